"""The convocation and the record of decisions as Word files, read back as a participant would."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.document import Document
from docx.table import Table

from deliberation.errors import ExportError
from deliberation.exports.meeting_docx import write_agenda, write_decisions
from deliberation.records.meetings import (
    ActionInput,
    AgendaLink,
    Attendance,
    MeetingDetails,
    MeetingInput,
)
from deliberation.records.referential import DelegateInput
from deliberation.services.meetings import Meetings
from deliberation.services.root import Root

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLES = [
    "Accueil et approbation du relevé précédent",
    "Avis sur les espaces numériques de travail",
    "Programme de travail 2026",
    "Questions diverses",
]
COMMITTEE = "Comité des partenaires du numérique pour l'éducation"


def plain(text: str) -> str:
    """Text as a reader compares it: no-break spaces are spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def build(opened: Root, meetings: Meetings, **changes: object) -> MeetingDetails:
    """A plenary on Tuesday 6 January 2026, 14:00–17:00, with four items, attendance, an action."""
    ref = opened.referential
    org = {o.acronym: o.id for o in ref.organisations()}
    martin = ref.apply_delegate(ref.new_delegate(DelegateInput(org["AMF"], "Claire", "Martin")))
    bernard = ref.apply_delegate(ref.new_delegate(DelegateInput(org["MEN"], "Marc", "Bernard")))
    data = MeetingInput(
        "plenary",
        date(2026, 1, 6),
        time(14),
        time(17),
        place="DNE, salle Condorcet, Paris",
        video_link="https://visio.example.fr/comite",
        **changes,  # type: ignore[arg-type]
    )
    snap = meetings.apply_meeting(meetings.new_meeting(data))
    items = [
        meetings.new_item("information", TITLES[0], 15, presenter_organisation_id=org["MEN"]),
        meetings.new_item(
            "decision",
            TITLES[1],
            90,
            presenter_delegate_id=martin.id,
            description="Présentation du projet d'avis.\nÉchanges sur les recommandations.",
            links=(AgendaLink("url", "https://example.org/avis.pdf", "Projet d'avis"),),
            outcome="Les rapporteurs ont présenté le projet.\nL'AMRF demande une précision.",
            decision="Le projet d'avis est adopté sous réserve.",
        ),
        meetings.new_item("discussion", TITLES[2], 45, presenter_delegate_id=bernard.id),
        meetings.new_item("information", TITLES[3], 20),
    ]
    snap = meetings.apply_meeting(meetings.with_items(snap, items))
    sheet = {a.organisation_id: replace(a, status="present") for a in snap.convened}
    sheet[org["AMF"]] = Attendance(org["AMF"], "present", delegate_ids=(martin.id,))
    sheet[org["AMRF"]] = Attendance(
        org["AMRF"], "represented", represented_by_id=org["AMF"], delegate_ids=(martin.id,)
    )
    sheet[org["VF"]] = Attendance(org["VF"], "excused")
    sheet[org["DECLIC"]] = Attendance(org["DECLIC"], "absent")
    snap = meetings.apply_meeting(meetings.with_attendance(snap, list(sheet.values())))
    meetings.apply_action(
        meetings.new_action(
            ActionInput(
                "Diffuser la version définitive de l'avis",
                snap.id,
                snap.items[1].uuid,
                delegate_id=martin.id,
                due_date=date(2026, 1, 31),
            )
        )
    )
    return meetings.details(snap.id)


@pytest.fixture
def details(opened: Root, meetings: Meetings) -> MeetingDetails:
    return build(opened, meetings)


@pytest.fixture
def exported(details: MeetingDetails, tmp_path: Path) -> tuple[Path, Path]:
    agenda = write_agenda(details, tmp_path / "ordre du jour.docx", today=date(2025, 12, 15))
    decisions = write_decisions(details, tmp_path / "relevé.docx", today=date(2026, 2, 10))
    return agenda, decisions


def all_paragraph_texts(document: Document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return [plain(t) for t in texts]


def table_with(document: Document, heading: str) -> Table:
    return next(t for t in document.tables if t.rows[0].cells[0].text == heading)


def rows(table: Table) -> list[list[str]]:
    return [[plain(cell.text) for cell in row.cells] for row in table.rows[1:]]


# -- python-docx ----------------------------------------------------------------------------------


def test_the_agenda_lists_the_items_in_order_with_their_hours(exported: tuple[Path, Path]) -> None:
    document = docx.Document(str(exported[0]))
    agenda = table_with(document, "N°")
    assert [c.text for c in agenda.rows[0].cells] == [
        "N°",
        "Horaire",
        "Point",
        "Nature",
        "Intervenant",
        "Durée",
    ]
    lines = rows(agenda)
    assert [line[2].split("\n")[0] for line in lines] == TITLES
    assert [line[1] for line in lines] == [
        "14 h 00 – 14 h 15",
        "14 h 15 – 15 h 45",
        "15 h 45 – 16 h 30",
        "16 h 30 – 16 h 50",
    ]
    assert lines[1][3] == "Décision" and lines[1][4] == "Claire Martin (AMF)"
    assert lines[1][5] == "1 h 30" and lines[0][4] == "MEN"
    assert "Projet d'avis" in lines[1][2] and "Échanges sur les recommandations." in lines[1][2]
    assert agenda.style is not None and agenda.style.name == "Tableau Délibération"

    texts = all_paragraph_texts(document)
    assert "Date\tmardi 6 janvier 2026" in texts
    assert "Horaire\t14 h 00 – 17 h 00" in texts
    assert "Lieu\tDNE, salle Condorcet, Paris" in texts
    assert any(
        t.startswith(
            "Les organisations ci-dessous sont convoquées à la réunion plénière "
            "qui se tiendra le mardi 6 janvier 2026"
        )
        for t in texts
    )
    convened = rows(table_with(document, "Sigle"))
    assert ["AMF", "Association des Maires de France"] in convened
    assert not any("attention" in t.lower() for t in texts)  # the agenda fits the meeting


def test_the_pages_are_a4_portrait_in_french_with_the_committee_in_the_header(
    exported: tuple[Path, Path],
) -> None:
    names = ("Ordre du jour", "Relevé de décisions")
    issued_on = ("15 décembre 2025", "10 février 2026")
    for path, name, issued in zip(exported, names, issued_on, strict=True):
        document = docx.Document(str(path))
        section = document.sections[0]
        assert section.page_width is not None and section.page_height is not None
        assert round(section.page_width.cm, 1) == 21.0
        assert round(section.page_height.cm, 1) == 29.7
        assert all(
            m is not None and 1.5 <= m.cm <= 3
            for m in (
                section.left_margin,
                section.right_margin,
                section.top_margin,
                section.bottom_margin,
            )
        )
        header = "\n".join(plain(p.text) for p in section.header.paragraphs)
        assert COMMITTEE in header and "Formation plénière" in header
        assert "6 janvier 2026" in header
        footer = plain(section.footer.paragraphs[0].text)
        assert footer.startswith(f"{name} du 6 janvier 2026 · établi le {issued}\tPage ")
        props = document.core_properties
        assert props.author == COMMITTEE and props.last_modified_by == COMMITTEE
        assert props.language == "fr-FR"
        assert "Réunion plénière" in props.title and "6 janvier 2026" in props.title


def test_paragraphs_use_named_styles(exported: tuple[Path, Path]) -> None:
    agenda, decisions = (docx.Document(str(p)) for p in exported)
    used = {p.style.name for p in agenda.paragraphs if p.style is not None}
    assert {"Title", "Subtitle", "Heading 1", "Information"} <= used
    used = {p.style.name for p in decisions.paragraphs if p.style is not None}
    assert {"Title", "Heading 1", "Point de l'ordre du jour", "Relevé", "Décision"} <= used
    headings = [
        plain(p.text)
        for p in decisions.paragraphs
        if p.style is not None and p.style.name == "Point de l'ordre du jour"
    ]
    assert headings == [f"{n}.\t{title}" for n, title in enumerate(TITLES, start=1)]


def test_the_record_holds_attendance_decisions_and_actions(exported: tuple[Path, Path]) -> None:
    document = docx.Document(str(exported[1]))
    texts = all_paragraph_texts(document)
    assert "14 organisations convoquées : 11 présentes, 1 représentée, 1 excusée, 1 absente." in (
        texts
    )
    attendance = {line[0]: line for line in rows(table_with(document, "Sigle"))}
    assert attendance["AMF"][2:] == ["Présente", "Claire Martin"]
    assert attendance["AMRF"][2:] == ["Représentée par AMF", "Claire Martin (AMF)"]
    assert attendance["VF"][2] == "Excusée" and attendance["DECLIC"][2] == "Absente"

    decision = next(p for p in document.paragraphs if p.style and p.style.name == "Décision")
    assert plain(decision.text) == "Décision : Le projet d'avis est adopté sous réserve."
    assert plain(decision.runs[0].text).strip() == "Décision :"
    assert decision.runs[0].bold or (
        decision.runs[0].style is not None and decision.runs[0].style.font.bold
    )
    outcome = [plain(p.text) for p in document.paragraphs if p.style and p.style.name == "Relevé"]
    assert outcome == ["Les rapporteurs ont présenté le projet.", "L'AMRF demande une précision."]
    assert "Information · présenté par MEN · 14 h 00 – 14 h 15" in texts

    actions = table_with(document, "Action")
    assert [c.text for c in actions.rows[0].cells] == [
        "Action",
        "Point",
        "Porteur",
        "Échéance",
        "Statut",
    ]
    assert rows(actions) == [
        [
            "Diffuser la version définitive de l'avis",
            "2",
            "Claire Martin (AMF)",
            "31/01/2026",
            "À faire (en retard)",
        ]
    ]


# -- an independent reader: the raw XML -----------------------------------------------------------


def paragraphs_in(xml: bytes) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [plain("".join(t.text or "" for t in p.iter(f"{W}t"))) for p in root.iter(f"{W}p")]


def test_the_raw_xml_has_the_items_in_order_page_fields_and_french(
    exported: tuple[Path, Path],
) -> None:
    for path in exported:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            body = paragraphs_in(package.read("word/document.xml"))
            found = [next(i for i, text in enumerate(body) if title in text) for title in TITLES]
            assert found == sorted(found)
            footers = [n for n in names if re.fullmatch(r"word/footer\d*\.xml", n)]
            assert footers
            codes = [
                (i.text or "").strip()
                for name in footers
                for i in ElementTree.fromstring(package.read(name)).iter(f"{W}instrText")
            ]
            assert codes == ["PAGE", "NUMPAGES"]
            footer = paragraphs_in(package.read(footers[0]))
            assert any(text.count("Page") == 1 and " / " in text for text in footer)

            styles = ElementTree.fromstring(package.read("word/styles.xml"))
            languages = {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")}
            assert languages == {"fr-FR"}
            defined = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
            document = ElementTree.fromstring(package.read("word/document.xml"))
            referenced = {
                e.get(f"{W}val")
                for tag in ("pStyle", "rStyle", "tblStyle")
                for e in document.iter(f"{W}{tag}")
            }
            assert referenced <= defined  # no style the reader would silently replace
            core = package.read("docProps/core.xml").decode()
            assert f"<dc:creator>{COMMITTEE}</dc:creator>" in core.replace("&apos;", "'")
            assert "<dc:language>fr-FR</dc:language>" in core


# -- cleaning, warnings, statuses, bad targets -----------------------------------------------------


def test_control_characters_are_cleaned_and_lines_become_paragraphs(
    details: MeetingDetails, tmp_path: Path
) -> None:
    first = details.schedule[0]
    dirty = replace(
        first.item,
        title="Accueil\x00 des\x0b membres\x1f",
        outcome="Première ligne\x07\r\nDeuxième\x0cligne\rTroisième",
        decision="Adopté\x02.",
    )
    meeting = replace(details.meeting, place="DNE,\x01 Paris", video_link="https://visio.fr/\x00a")
    details = replace(
        details, meeting=meeting, schedule=(replace(first, item=dirty), *details.schedule[1:])
    )
    agenda = write_agenda(details, tmp_path / "a.docx")
    decisions = write_decisions(details, tmp_path / "d.docx")
    assert "Lieu\tDNE, Paris" in [plain(p.text) for p in docx.Document(str(agenda)).paragraphs]
    assert rows(table_with(docx.Document(str(agenda)), "N°"))[0][2] == "Accueil des membres"
    document = docx.Document(str(decisions))
    texts = [plain(p.text) for p in document.paragraphs]
    assert "1.\tAccueil des membres" in texts
    assert texts.count("Première ligne") == 1
    assert "Deuxième" in texts and "ligne" in texts and "Troisième" in texts
    assert "Décision : Adopté." in texts


def test_french_punctuation_never_starts_a_line(details: MeetingDetails, tmp_path: Path) -> None:
    first = details.schedule[0]
    item = replace(first.item, title="Le projet « ENT » : qui décide ? Vite !")
    details = replace(details, schedule=(replace(first, item=item), *details.schedule[1:]))
    agenda = write_agenda(details, tmp_path / "a.docx")
    table = table_with(docx.Document(str(agenda)), "N°")
    title = table.rows[1].cells[2].paragraphs[0].text  # raw text, no-break spaces kept
    assert title == "Le projet «\u00a0ENT\u00a0»\u00a0: qui décide\u00a0? Vite\u00a0!"


def test_an_overrunning_agenda_is_flagged(
    opened: Root, meetings: Meetings, details: MeetingDetails, tmp_path: Path
) -> None:
    snap = details.meeting
    extra = meetings.new_item("decision", "Point de trop", 75)
    snap = meetings.apply_meeting(meetings.with_items(snap, [*snap.items, extra]))
    longer = meetings.details(snap.id)
    assert longer.overrun_minutes == 65
    document = docx.Document(str(write_agenda(longer, tmp_path / "a.docx")))
    warnings = [plain(p.text) for p in document.paragraphs if "dépasse" in p.text]
    assert warnings == [
        "Attention : l'ordre du jour (4 h 05) dépasse de 1 h 05 l'horaire de la séance "
        "(14 h 00 – 17 h 00)."
    ]


@pytest.mark.parametrize(
    ("status", "notice"), [("cancelled", "Séance annulée"), ("postponed", "Séance reportée")]
)
def test_a_cancelled_or_postponed_meeting_says_so_first(
    opened: Root, meetings: Meetings, tmp_path: Path, status: str, notice: str
) -> None:
    details = build(opened, meetings, status=status)
    for write in (write_agenda, write_decisions):
        document = docx.Document(str(write(details, tmp_path / "f.docx")))
        texts = [plain(p.text) for p in document.paragraphs]
        first_notice = next(i for i, t in enumerate(texts) if t.startswith(notice))
        assert first_notice < texts.index("Date\tmardi 6 janvier 2026")
        assert document.paragraphs[first_notice].style.name == "Avertissement"  # type: ignore[union-attr]


def test_bad_targets_raise_one_sentence_and_leave_nothing(
    details: MeetingDetails, tmp_path: Path
) -> None:
    before = sorted(tmp_path.iterdir())
    missing = tmp_path / "absent"
    for write in (write_agenda, write_decisions):
        with pytest.raises(ExportError, match="Impossible d'écrire dans le dossier"):
            write(details, missing / "ordre.docx")
        assert not missing.exists()
        folder = tmp_path / "dossier.docx"
        folder.mkdir(exist_ok=True)
        with pytest.raises(ExportError, match="c'est un dossier"):
            write(details, folder)
        assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(tmp_path.iterdir()) == sorted([*before, tmp_path / "dossier.docx"])


# -- LibreOffice ---------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_both_files_to_clean_a4_pdfs(
    exported: tuple[Path, Path], tmp_path: Path, libreoffice_profile: str
) -> None:
    out = tmp_path / "pdf"
    subprocess.run(
        [
            "soffice",
            "--headless",
            libreoffice_profile,
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, exported),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for path in exported:
        pdf = out / (path.stem + ".pdf")
        info = subprocess.run(
            ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=30
        ).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert size and (round(float(size[1])), round(float(size[2]))) == (595, 842)
        pages = int(re.search(r"Pages:\s+(\d+)", info)[1])  # type: ignore[index]
        text = plain(
            subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"],
                check=True,
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout
        )
        where = [text.index(title) for title in TITLES]
        assert where == sorted(where)
        assert f"Page {pages} / {pages}" in text  # the fields were computed
        assert COMMITTEE in text


def test_a_logo_that_is_not_an_image_is_one_sentence(
    details: MeetingDetails, tmp_path: Path
) -> None:
    from deliberation.errors import ExportError
    from deliberation.exports.meeting_docx import Signature

    fake = tmp_path / "logo.png"
    fake.write_text("pas une image", encoding="utf-8")
    with pytest.raises(ExportError, match=r"Le logo « logo\.png » n'a pas pu être lu"):
        write_agenda(details, tmp_path / "a.docx", signature=Signature(logo=fake))
    assert not (tmp_path / "a.docx").exists()
