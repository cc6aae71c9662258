"""The synthesis of a consultation as a Word file, read back as the plenary would read it."""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
import zipfile
from datetime import date, time
from pathlib import Path
from xml.etree import ElementTree

import docx
import openpyxl
import pytest
from docx.document import Document
from docx.table import Table

from deliberation.errors import ExportError, NotFoundError
from deliberation.records.meetings import MeetingInput
from deliberation.records.positions import (
    CONSENSUS_STATUSES,
    NO_ANSWER,
    POSITION_SOURCES,
    STANCES,
    ConsultationInput,
    PositionInput,
    Subject,
)
from deliberation.services.positions import Positions
from deliberation.services.root import Root
from deliberation.services.synthesis_export import SYNTHESIS_SUFFIXES, export_synthesis

from .conftest import (
    AMENDMENT,
    CONSULTATION,
    DIRTY,
    FORMULA,
    REASONS,
    RESERVATION,
    SUBJECTS,
    build_consultation,
    organisation_ids,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMMITTEE = "Comité des partenaires du numérique pour l'éducation"


def plain(text: str) -> str:
    """Text as a reader compares it: no-break spaces are spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def tables_with(document: Document, heading: str) -> list[Table]:
    return [t for t in document.tables if plain(t.rows[0].cells[0].text) == heading]


def rows(table: Table) -> list[list[str]]:
    return [[plain(cell.text) for cell in row.cells] for row in table.rows[1:]]


@pytest.fixture
def exported(positions: Positions, consultation_id: int, tmp_path: Path) -> Path:
    return export_synthesis(Root(positions.store), [consultation_id], tmp_path / "synthèse.docx")


def test_each_subject_has_one_row_per_organisation_with_the_stores_positions(
    positions: Positions, consultation_id: int, exported: Path
) -> None:
    synthesis = positions.synthesis(consultation_id)
    document = docx.Document(str(exported))
    (summary,) = tables_with(document, "N°")
    assert [c.text for c in summary.rows[0].cells] == [
        "N°", "Sujet", "Statut", "Favorable", "Sous réserve", "Défavorable", "Abstention",
        "Non exprimée",
    ]  # fmt: skip
    assert [row[:3] for row in rows(summary)] == [
        ["1", f"{SUBJECTS[0]}\nProjet d'avis", "Contesté"],
        ["2", f"{SUBJECTS[1]}\nAutre sujet", "Consensus avec réserves"],
    ]
    for row, result in zip(rows(summary), synthesis.results, strict=True):
        assert row[2] == CONSENSUS_STATUSES[result.status]
        assert [int(n) for n in row[3:]] == [result.counts[code] for code in STANCES]

    subjects = tables_with(document, "Organisation")
    assert len(subjects) == 2
    names = {org: (acronym, name) for org, acronym, name in synthesis.organisations}
    for table, result in zip(subjects, synthesis.results, strict=True):
        assert [c.text for c in table.rows[0].cells] == [
            "Organisation", "Position", "Réserve", "Motifs", "Amendement proposé", "Source",
        ]  # fmt: skip
        lines = rows(table)
        assert [line[0] for line in lines] == [f"{a}\n{n}" for _, a, n in synthesis.organisations]
        assert len(lines) == len(synthesis.organisations) == 6
        for (org, _, _), line in zip(synthesis.organisations, lines, strict=True):
            position = synthesis.position(result.subject.id, org)
            if position is None:
                assert line[1:] == [NO_ANSWER, "—", "—", "—", "—"], names[org]
                continue
            assert line[1] == STANCES[position.stance], names[org]
            if position.reasons != DIRTY:  # the cleaned one is checked below
                texts = (position.reservation, position.reasons, position.amendment)
                assert line[2:5] == [text or "—" for text in texts]
            received = position.received_on.strftime("%d/%m/%Y")
            assert line[5] == f"{POSITION_SOURCES[position.source]}\nreçue le {received}"

    first = {line[0].split("\n")[0]: line for line in rows(subjects[0])}
    assert first["AMF"][1:3] == ["Favorable sous réserve", RESERVATION]
    assert first["AMRF"][1] == "Défavorable" and first["AMRF"][3] == REASONS
    assert first["ADF"][4] == AMENDMENT
    assert first["RdF"][1] == "Abstention" and first["FU"][1] == "Sans réponse"
    second = {line[0].split("\n")[0]: line for line in rows(subjects[1])}
    # RdF said it takes no position on the second subject; AMRF has not answered it.
    assert second["RdF"][1] == "Non exprimée" and second["AMRF"][1] == "Sans réponse"

    headings = [
        plain(p.text) for p in document.paragraphs if p.style and p.style.name == "Sujet consulté"
    ]
    assert headings == [
        f"1.\t{SUBJECTS[0]} – Contesté",
        f"2.\t{SUBJECTS[1]} – Consensus avec réserves",
    ]
    texts = [plain(p.text) for p in document.paragraphs]
    assert "Question\tApprouvez-vous le projet d'avis ?" in texts
    assert "\tPrécisez vos réserves éventuelles." in texts
    assert "Ouverture\tlundi 2 mars 2026" in texts and "Date limite\tmardi 31 mars 2026" in texts
    assert "Règle\t" + plain(synthesis.rule_text) in texts
    assert "Consultées\t6 organisations, dont 5 ont répondu (4 sur chaque sujet)" in texts
    assert "Projet d'avis · 5 réponses sur 6 : 2 favorables, 1 favorable sous réserve, " \
           "1 défavorable, 1 abstention ; 1 sans réponse." in texts  # fmt: skip
    assert "Autre sujet · 4 réponses sur 6 : 2 favorables, 1 favorable sous réserve, " \
           "1 non exprimée ; 2 sans réponse." in texts  # fmt: skip

    # To remind: FU (nothing yet) and AMRF (the second subject); not RdF, which answered both.
    (silent,) = tables_with(document, "Sigle")
    assert [plain(c.text) for c in silent.rows[0].cells] == [
        "Sigle", "Organisation", "Sujets sans réponse"
    ]  # fmt: skip
    assert rows(silent) == [
        ["AMRF", "Association des Maires Ruraux de France", "2"],
        ["FU", "France Urbaine", "tous"],
    ]
    reminder = "2 organisations consultées sur 6 n'ont pas encore répondu sur tous les sujets."
    assert f"À relancer : {reminder}" in texts
    assert not any("partielles" in t for t in texts)


def test_a_former_member_without_an_answer_is_named_but_not_to_remind(
    opened: Root, positions: Positions, tmp_path: Path
) -> None:
    amf, amrf, mein = organisation_ids(opened, "AMF", "AMRF", "MEIN")  # MEIN left in May 2025
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Charte des ENT", date(2026, 3, 2), date(2026, 3, 31),
                subjects=(Subject("other", "La charte"),), consulted=(amf, amrf, mein),
            )
        )
    )  # fmt: skip
    (subject,) = snap.subjects
    positions.apply_position(
        positions.new_position(
            PositionInput(subject.id, amf, "not_expressed", received_on=date(2026, 3, 5))
        )
    )
    path = export_synthesis(Root(positions.store), [snap.id], tmp_path / "charte.docx")
    document = docx.Document(str(path))
    texts = [plain(p.text) for p in document.paragraphs]
    assert "Consultées\t3 organisations, dont 1 a répondu" in texts
    (silent,) = tables_with(document, "Sigle")  # one subject: no column of subjects owed
    assert rows(silent) == [["AMRF", "Association des Maires Ruraux de France"]]
    assert "À relancer : 1 organisation consultée sur 3 n'a pas encore répondu." in texts
    assert "Sans réponse mais plus membres du comité, donc pas relancées : MEIN." in texts


def test_the_pages_are_landscape_a4_in_french_with_the_committee_as_author(
    exported: Path,
) -> None:
    document = docx.Document(str(exported))
    (section,) = document.sections
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    header = "\n".join(plain(p.text) for p in section.header.paragraphs)
    assert COMMITTEE in header and CONSULTATION in header
    assert "Date limite : 31 mars 2026" in header
    assert plain(section.footer.paragraphs[0].text).startswith("Synthèse des positions · établie")
    props = document.core_properties
    assert props.author == props.last_modified_by == COMMITTEE != getpass.getuser()
    assert props.language == "fr-FR" and CONSULTATION in props.title

    with zipfile.ZipFile(exported) as package:
        body = ElementTree.fromstring(package.read("word/document.xml"))
        (sect_pr,) = body.iter(f"{W}sectPr")
        size = sect_pr.find(f"{W}pgSz")
        assert size is not None and size.get(f"{W}orient") == "landscape"
        assert abs(int(size.get(f"{W}w", 0)) - 16838) <= 2
        assert abs(int(size.get(f"{W}h", 0)) - 11906) <= 2
        styles = ElementTree.fromstring(package.read("word/styles.xml"))
        assert {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")} == {"fr-FR"}
        for row in body.iter(f"{W}tr"):  # no row split across pages; the heading row repeats
            properties = row.find(f"{W}trPr")
            assert properties is not None and properties.find(f"{W}cantSplit") is not None
        headings = [t.find(f"{W}tr") for t in body.iter(f"{W}tbl")]
        assert all(h is not None and h.find(f"{W}trPr/{W}tblHeader") is not None for h in headings)
        defined = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
        referenced = {
            e.get(f"{W}val")
            for tag in ("pStyle", "rStyle", "tblStyle")
            for e in body.iter(f"{W}{tag}")
        }
        assert referenced <= defined
        footers = [n for n in package.namelist() if re.fullmatch(r"word/footer\d*\.xml", n)]
        codes = [
            (i.text or "").strip()
            for name in footers
            for i in ElementTree.fromstring(package.read(name)).iter(f"{W}instrText")
        ]
        assert codes == ["PAGE", "NUMPAGES"]


def test_text_is_cleaned_of_control_characters_and_spaced_the_french_way(
    exported: Path,
) -> None:
    document = docx.Document(str(exported))
    second = tables_with(document, "Organisation")[1]
    men = next(row for row in second.rows if row.cells[0].text.startswith("MEN"))
    assert men.cells[3].text == "Accord total\u00a0; voir «\u00a0annexe\u00a0»."
    assert men.cells[4].text == FORMULA
    first = tables_with(document, "Organisation")[0]
    adf = next(row for row in first.rows if row.cells[0].text.startswith("ADF"))
    assert (
        adf.cells[4].text == "Remplacer «\u00a0doit\u00a0» par «\u00a0peut\u00a0» au paragraphe 4."
    )


def test_several_consultations_make_one_section_each(
    opened: Root, positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    other = build_consultation(opened, positions, title="Programme de travail 2026")
    path = export_synthesis(Root(positions.store), [consultation_id, other], tmp_path / "DEUX.DOCX")
    document = docx.Document(str(path))
    assert len(document.sections) == 2
    for section, title in zip(document.sections, (CONSULTATION, "Programme de travail 2026"),
                              strict=True):  # fmt: skip
        assert section.orientation == 1  # WD_ORIENT.LANDSCAPE
        assert title in "\n".join(plain(p.text) for p in section.header.paragraphs)
    titles = [p.text for p in document.paragraphs if p.style and p.style.name == "Title"]
    assert titles == [CONSULTATION, "Programme de travail 2026"]
    assert len(tables_with(document, "Organisation")) == 4


def test_a_wrong_suffix_or_an_unknown_consultation_writes_nothing(
    positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    assert SYNTHESIS_SUFFIXES == (".docx", ".xlsx")
    out = tmp_path / "exports"
    out.mkdir()
    for name in ("synthèse.pdf", "synthèse", "synthèse.doc"):
        with pytest.raises(ExportError, match=r"choisissez un fichier \.docx ou \.xlsx\.$"):
            export_synthesis(Root(positions.store), [consultation_id], out / name)
    with pytest.raises(NotFoundError, match="Aucune consultation n'a l'identifiant 9999"):
        export_synthesis(Root(positions.store), [consultation_id, 9999], out / "synthèse.docx")
    with pytest.raises(ExportError, match="Aucune consultation à exporter"):
        export_synthesis(Root(positions.store), [], out / "synthèse.docx")
    with pytest.raises(ExportError, match="Impossible d'écrire dans le dossier"):
        export_synthesis(Root(positions.store), [consultation_id], out / "absent" / "synthèse.docx")
    assert list(out.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_it_on_landscape_a4_pages(
    exported: Path, tmp_path: Path, libreoffice_profile: str
) -> None:
    out = tmp_path / "pdf"
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", "pdf", "--outdir", str(out), str(exported)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = out / (exported.stem + ".pdf")
    info = subprocess.run(
        ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=30
    ).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and (round(float(size[1])), round(float(size[2]))) == (842, 595)
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])  # type: ignore[index]
    text = plain(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=30
        ).stdout
    )
    flat = " ".join(text.split())
    expected = (CONSULTATION, COMMITTEE, "Contesté", "Consensus avec réserves", "Favorable sous",
                "Défavorable", "Non exprimée", "France Urbaine",
                "Calendrier irréaliste : 2026 au plus tôt.", f"Page {pages} / {pages}")  # fmt: skip
    for piece in expected:
        assert piece in flat, piece


def test_only_a_row_taller_than_a_third_of_a_page_may_break_across_pages(
    positions: Positions, consultation_id: int, tmp_path: Path
) -> None:
    record = next(p for p in positions.positions(consultation_id) if p.reasons == REASONS)
    long = "\n".join(f"Motif n° {n} : la charge pour les petites communes." for n in range(1, 25))
    before = positions.edited_position(record, PositionInput(
        record.subject_id, record.organisation_id, record.stance, reasons=long,
        received_on=record.received_on, source=record.source,
    ))  # fmt: skip
    positions.apply_position(before)
    path = export_synthesis(Root(positions.store), [consultation_id], tmp_path / "long.docx")
    first = tables_with(docx.Document(str(path)), "Organisation")[0]
    splittable = [
        row.cells[0].text.split("\n")[0]
        for row in first.rows
        if row._tr.trPr is None or row._tr.trPr.find(f"{W}cantSplit") is None
    ]
    assert splittable == ["AMRF"]
    assert plain(first.rows[3].cells[3].text) == long


def test_the_meeting_the_consultation_was_opened_for_is_named(
    opened: Root, positions: Positions, tmp_path: Path
) -> None:
    meetings = opened.meetings
    meeting = meetings.apply_meeting(
        meetings.new_meeting(MeetingInput("plenary", date(2026, 3, 24), time(14), time(17)))
    )
    consultation = build_consultation(opened, positions, meeting_id=meeting.id)
    word = export_synthesis(Root(positions.store), [consultation], tmp_path / "s.docx")
    texts = [plain(p.text) for p in docx.Document(str(word)).paragraphs]
    assert "Séance\tRéunion plénière du mardi 24 mars 2026" in texts
    sheet = openpyxl.load_workbook(
        export_synthesis(Root(positions.store), [consultation], tmp_path / "s.xlsx")
    )
    facts = {row[0].value: row[2].value for row in sheet.worksheets[0].iter_rows(max_row=9)}
    assert facts["Séance"] == "Réunion plénière du mardi 24 mars 2026"
