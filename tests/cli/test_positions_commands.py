"""`deliberation list consultations|positions`, `show consultation|position`, `record position` and
`export synthesis`, run as a secretary scripting the entry of answers would run them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from docx import Document
from openpyxl import load_workbook

from deliberation.records.positions import ConsultationInput, Subject
from deliberation.records.referential import DelegateInput
from deliberation.services.positions import Positions
from deliberation.services.referential import Referential
from deliberation.services.root import open_root
from deliberation.store.database import open_store

if TYPE_CHECKING:
    from tests.conftest import QtFreeRun

CONSULTED = ("MEN", "AMF", "AMRF", "ADF", "RdF", "MEIN")  # MEIN left the committee in May 2025


@dataclass(frozen=True)
class Data:
    store: Path
    consultation: int
    opinion: int  # subject ids
    recommendation: int
    orgs: dict[str, int]


@pytest.fixture
def data(tmp_path: Path) -> Data:
    """A seeded store with delegates and one consultation on two subjects, 3 answers needed."""
    store = tmp_path / "s.sqlite3"
    opened = open_root(str(store))
    try:
        ref, positions = opened.referential, opened.positions
        orgs = {o.acronym: o.id for o in ref.organisations()}
        for acronym, first, last, email in (
            ("ADF", "Lina", "Marchal", "l.marchal@adf.example"),
            ("RdF", "Paul", "Texier", "p.texier@rdf.example"),
            ("RdF", "Nora", "Benali", "n.benali@rdf.example"),
            ("AMRF", "Jean", "Dupin", ""),
        ):
            ref.apply_delegate(ref.new_delegate(DelegateInput(orgs[acronym], first, last,
                                                              email=email)))  # fmt: skip
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    "Avis sur les ENT",
                    date(2026, 3, 1),
                    date(2026, 3, 31),
                    question="Approuvez-vous le projet d'avis ?",
                    subjects=(Subject("opinion", "Projet d'avis sur les ENT"),
                              Subject("other", "Recommandation 3")),
                    consulted=tuple(orgs[a] for a in CONSULTED),
                    min_answers=3,
                )
            )
        )  # fmt: skip
    finally:
        opened.close()
    return Data(store, snap.id, snap.subjects[0].id, snap.subjects[1].id, orgs)


def as_json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_sentence(result: Any, expected: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"deliberation : {expected}\n"


def record(run_cli, data: Data, subject: int, org: str, stance: str, *options: str) -> Any:
    return run_cli(
        "record", "position", "--subject", str(subject), "--org", org, "--stance", stance,
        *options, store=data.store,
    )  # fmt: skip


def stored(data: Data) -> Positions:
    return Positions(open_store(str(data.store), migrate=False))


# -- record and list ----------------------------------------------------------------------------


def test_recorded_positions_are_listed_as_stored(run_cli, data: Data) -> None:
    reserved = record(
        run_cli, data, data.opinion, "amf", "Favorable sous réserve",
        "--reservation", "Sous réserve d'un financement pérenne.",
        "--reasons", "Les communes portent la charge.\nVoir le courrier du 2 mars.",
        "--amendment", "Ajouter « et des départements » au § 3.",
        "--source", "téléphone", "--received", "05/03/2026", "--by", "Camille Roux",
    )  # fmt: skip
    assert reserved.returncode == 0, reserved.stderr
    assert reserved.stdout.count("\n") == 1
    assert "Position enregistrée" in reserved.stdout
    assert "AMF, Favorable sous réserve, sur « Projet d'avis sur les ENT »" in reserved.stdout
    men = as_json(
        record(run_cli, data, data.opinion, "MEN", "favorable", "--source", "meeting",
               "--received", "2026-03-06", "--json")
    )  # fmt: skip
    assert men["organisation"] == "MEN" and men["stance_label"] == "Favorable"
    assert men["recorded_by"] == "Secrétariat"
    days = {date.today()}
    assert record(run_cli, data, data.opinion, "ADF", "DÉFAVORABLE").returncode == 0
    days.add(date.today())  # the default date is the day the command ran
    assert record(run_cli, data, data.recommendation, "ADF", "non exprimee").returncode == 0

    rows = as_json(run_cli("list", "positions", "--json", store=data.store))
    assert [(r["subject_id"], r["organisation"], r["stance"]) for r in rows] == [
        (data.opinion, "ADF", "unfavorable"),
        (data.opinion, "AMF", "reserved"),
        (data.opinion, "MEN", "favorable"),
        (data.recommendation, "ADF", "not_expressed"),
    ]
    amf = rows[1]
    assert amf == {
        "id": amf["id"],
        "uuid": amf["uuid"],
        "consultation_id": data.consultation,
        "consultation": "Avis sur les ENT",
        "subject_id": data.opinion,
        "subject": "Projet d'avis sur les ENT",
        "organisation_id": data.orgs["AMF"],
        "organisation": "AMF",
        "stance": "reserved",
        "stance_label": "Favorable sous réserve",
        "reservation": "Sous réserve d'un financement pérenne.",
        "reasons": "Les communes portent la charge.\nVoir le courrier du 2 mars.",
        "amendment": "Ajouter « et des départements » au § 3.",
        "source": "phone",
        "source_label": "Téléphone",
        "received_on": "2026-03-05",
        "recorded_by": "Camille Roux",
    }
    positions = stored(data)
    try:
        in_store = {p.id: p for p in positions.positions(data.consultation)}
    finally:
        positions.store.close()
    assert sorted(in_store) == sorted(r["id"] for r in rows)
    for row in rows:
        p = in_store[row["id"]]
        assert (p.stance, p.reservation, p.reasons, p.amendment, p.source) == (
            row["stance"], row["reservation"], row["reasons"], row["amendment"], row["source"]
        )  # fmt: skip
        assert (p.received_on.isoformat(), p.recorded_by) == (
            row["received_on"],
            row["recorded_by"],
        )
    assert in_store[men["id"]].received_on == date(2026, 3, 6)
    assert rows[0]["received_on"] in {d.isoformat() for d in days}

    one_subject = as_json(
        run_cli("list", "positions", "--subject", str(data.recommendation), "--json",
                store=data.store)
    )  # fmt: skip
    assert [(r["organisation"], r["stance_label"]) for r in one_subject] == [
        ("ADF", "Non exprimée")
    ]
    one_consultation = run_cli(
        "list", "positions", "--consultation", str(data.consultation), "--json", store=data.store
    )
    assert as_json(one_consultation) == rows

    text = run_cli("list", "positions", store=data.store)
    assert text.returncode == 0, text.stderr
    assert f"sujet n° {data.opinion} : Projet d'avis sur les ENT" in text.stdout
    assert "Favorable sous réserve · reçue le 05/03/2026 (téléphone) · saisie par Camille Roux" in (
        text.stdout
    )
    assert "Réserve : Sous réserve d'un financement pérenne." in text.stdout
    assert text.stdout.endswith("\n4 positions.\n")


def test_list_consultations(run_cli, data: Data) -> None:
    # AMF has answered both subjects (« non exprimée » too is an answer), MEN only the first.
    assert record(run_cli, data, data.opinion, "AMF", "favorable").returncode == 0
    assert record(run_cli, data, data.recommendation, "AMF", "non exprimée").returncode == 0
    assert record(run_cli, data, data.opinion, "MEN", "favorable").returncode == 0
    rows = as_json(run_cli("list", "consultations", "--json", store=data.store))
    assert len(rows) == 1
    row = rows[0]
    assert (row["id"], row["title"], row["opened_on"], row["deadline"]) == (
        data.consultation, "Avis sur les ENT", "2026-03-01", "2026-03-31"
    )  # fmt: skip
    assert (row["subject_count"], row["consulted_count"], row["answered_count"]) == (2, 6, 1)
    assert [(s["id"], s["label"]) for s in row["subjects"]] == [
        (data.opinion, "Projet d'avis sur les ENT"),
        (data.recommendation, "Recommandation 3"),
    ]
    text = run_cli("list", "consultations", store=data.store)
    assert text.returncode == 0, text.stderr
    heading, _, line, total = text.stdout.splitlines()
    assert heading.split() == ["N°", "Intitulé", "Ouverture", "Date", "limite", "Sujets",
                               "Consultées", "Ont", "répondu", "Complètes"]  # fmt: skip
    assert "Avis sur les ENT" in line and "01/03/2026" in line and "31/03/2026" in line
    # subjects, consulted, answered (AMF and MEN), on every subject (AMF only)
    assert line.split()[-4:] == ["2", "6", "2", "1"]
    assert row["responded_count"] == 2
    assert total == "1 consultation."


# -- refusals -----------------------------------------------------------------------------------

REFUSALS = {
    "a reservation without its text": (
        ("opinion", "AMF", "reserved", "--reasons", "Le financement."),
        "Une position favorable sous réserve doit énoncer la réserve.",
    ),
    "an organisation not consulted": (
        ("opinion", "CDC", "favorable"),
        "CDC n'est pas consultée sur « Avis sur les ENT ».",
    ),
    "a former member": (
        ("opinion", "MEIN", "favorable", "--received", "2026-03-05"),
        "MEIN n'est pas membre du comité le 05/03/2026.",
    ),
    "a second position": (
        ("opinion", "MEN", "unfavorable"),
        "MEN a déjà une position sur ce sujet : modifiez-la plutôt que d'en enregistrer une "
        "seconde (option --replace).",
    ),
    "an unknown acronym": (
        ("opinion", "XYZ", "favorable"),
        "Aucune organisation n'a le sigle « XYZ » "
        "(voir « deliberation list organisations --all »).",
    ),
    "an unknown subject": (
        ("999", "MEN", "favorable"),
        "Aucun sujet de consultation n'a l'identifiant 999 "
        "(voir « deliberation show consultation ID »).",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_position_is_one_sentence_and_saves_nothing(
    run_cli, dump_tables, data: Data, case: str
) -> None:
    assert record(run_cli, data, data.opinion, "MEN", "favorable").returncode == 0
    before = dump_tables(data.store)
    (subject, *arguments), expected = REFUSALS[case]
    subject_id = data.opinion if subject == "opinion" else int(subject)
    one_sentence(record(run_cli, data, subject_id, *arguments), expected)
    assert dump_tables(data.store) == before


def test_a_former_member_may_answer_for_a_date_when_it_was_one(run_cli, data: Data) -> None:
    done = record(run_cli, data, data.opinion, "MEIN", "abstention", "--received", "2025-01-10")
    assert done.returncode == 0, done.stderr


def test_replace_changes_the_position_and_keeps_the_previous_values(
    run_cli, dump_tables, data: Data
) -> None:
    first = as_json(
        record(run_cli, data, data.opinion, "AMF", "reserved", "--reservation", "Le § 3.",
               "--received", "2026-03-05", "--by", "Camille Roux", "--json")
    )  # fmt: skip
    replaced = record(
        run_cli, data, data.opinion, "AMF", "défavorable", "--replace", "--reasons", "Trop flou.",
        "--received", "2026-03-09", "--source", "written", "--by", "Lina Marchal",
    )  # fmt: skip
    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout == (
        f"Position remplacée (n° {first['id']}) : AMF, Défavorable, sur « Projet d'avis sur les "
        f"ENT » (sujet n° {data.opinion}) ; la précédente reste dans son historique.\n"
    )
    rows = as_json(run_cli("list", "positions", "--json", store=data.store))
    assert [
        (r["id"], r["stance"], r["reservation"], r["reasons"], r["recorded_by"]) for r in rows
    ] == [(first["id"], "unfavorable", "", "Trop flou.", "Lina Marchal")]

    shown = as_json(run_cli("show", "position", str(first["id"]), "--json", store=data.store))
    assert shown["stance"] == "unfavorable" and shown["received_on"] == "2026-03-09"
    [previous] = shown["history"]
    assert previous["changed_by"] == "Lina Marchal"
    assert (previous["stance"], previous["reservation"], previous["received_on"]) == (
        "reserved", "Le § 3.", "2026-03-05"
    )  # fmt: skip
    assert previous["recorded_by"] == "Camille Roux"
    text = run_cli("show", "position", str(first["id"]), store=data.store)
    assert text.returncode == 0, text.stderr
    assert (
        "Défavorable · reçue le 09/03/2026 (contribution écrite) · saisie par Lina" in text.stdout
    )
    assert "Historique (1 modification" in text.stdout
    assert "par Lina Marchal :" in text.stdout
    assert "Favorable sous réserve · reçue le 05/03/2026 (courriel)" in text.stdout
    assert "Réserve : Le § 3." in text.stdout

    before = dump_tables(data.store)
    again = record(
        run_cli, data, data.opinion, "AMF", "unfavorable", "--replace", "--reasons", "Trop flou.",
        "--received", "2026-03-09", "--source", "written", "--by", "Lina Marchal",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"Position inchangée (n° {first['id']})")
    assert dump_tables(data.store) == before, "the same values again add no history"

    refused = record(run_cli, data, data.opinion, "AMF", "reserved", "--replace")
    one_sentence(refused, "Une position favorable sous réserve doit énoncer la réserve.")
    assert dump_tables(data.store) == before


def test_replace_without_a_current_position_records_one(run_cli, data: Data) -> None:
    done = record(run_cli, data, data.opinion, "RdF", "abstention", "--replace")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Position enregistrée")


# -- the synthesis ------------------------------------------------------------------------------


def test_show_consultation_moves_to_consensus_with_reservations(run_cli, data: Data) -> None:
    text = run_cli("show", "consultation", str(data.consultation), store=data.store)
    assert text.returncode == 0, text.stderr
    assert "Avis sur les ENT (consultation n° " in text.stdout
    assert "Règle en vigueur — Consensus : aucun avis défavorable et au moins 3 réponses" in (
        text.stdout
    )
    assert "Réponses insuffisantes : 6 sans réponse" in text.stdout
    assert "Sans réponse (5 organisations)" in text.stdout  # MEIN has left: not reminded

    record(run_cli, data, data.opinion, "MEN", "favorable")
    record(run_cli, data, data.opinion, "AMF", "reserved", "--reservation", "Le financement.")
    record(run_cli, data, data.opinion, "AMRF", "favorable")
    record(run_cli, data, data.recommendation, "AMF", "not_expressed")
    referential = Referential(open_store(str(data.store), migrate=False))
    try:  # a delegate of RdF also represents AMRF: one address, reminded once
        referential.apply_delegate(referential.new_delegate(
            DelegateInput(data.orgs["AMRF"], "Paul", "Texier", email="p.texier@rdf.example")
        ))  # fmt: skip
    finally:
        referential.store.close()
    text = run_cli("show", "consultation", str(data.consultation), store=data.store)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    # MEN and AMRF answered the first subject only: they have answered, not completely.
    assert "6 organisations, dont 3 ont répondu (1 sur chaque sujet)" in lines[1]
    # Numbered as in the app and in Word, with the id that `record position` asks for.
    opinion = lines.index(f"  1. (n° {data.opinion}) Projet d'avis sur les ENT  [Projet d'avis]")
    assert lines[opinion + 1].split() == ["Consensus", "avec", "réserves", ":", "2",
                                          "favorables,", "1", "favorable", "sous", "réserve,",
                                          "3", "sans", "réponse"]  # fmt: skip
    assert lines[opinion + 2].strip() == "Réserve (AMF) : Le financement."
    recommendation = lines.index(f"  2. (n° {data.recommendation}) Recommandation 3  [Autre sujet]")
    assert lines[recommendation + 1].strip() == (
        "Réponses insuffisantes : 1 non exprimée, 5 sans réponse"
    )
    heading = lines.index("Positions (organisations × sujets)")
    assert lines[heading + 1].split() == ["Organisation", "1", "2"]
    matrix = lines[heading + 3 :]
    assert matrix[0].split() == ["ADF", "sans", "réponse", "sans", "réponse"]
    assert matrix[1].split() == ["AMF", "sous", "réserve", "non", "exprimée"]
    assert matrix[4].split() == ["MEN", "favorable", "sans", "réponse"]

    # AMF answered both subjects; those that answered the first only owe the second.
    start = lines.index("Sans réponse (4 organisations)")
    assert [line.split() for line in lines[start + 1 : start + 5]] == [
        ["ADF", "l.marchal@adf.example"],
        ["AMRF", "(sujet", "2)", "p.texier@rdf.example"],
        ["MEN", "(sujet", "2)", "aucun", "délégué", "n'a", "de", "courriel"],
        ["RdF", "n.benali@rdf.example,", "p.texier@rdf.example"],
    ]
    reminder = lines[lines.index("Courriels pour la relance :") + 1]
    assert reminder.split("; ") == [
        "l.marchal@adf.example",
        "p.texier@rdf.example",
        "n.benali@rdf.example",
    ]

    document = as_json(
        run_cli("show", "consultation", str(data.consultation), "--json", store=data.store)
    )
    first = document["subjects"][0]
    assert (first["number"], first["status"], first["status_label"]) == (
        1, "consensus_with_reservations", "Consensus avec réserves"
    )  # fmt: skip
    # « non exprimée » counts the positions recorded so; three have not answered (one rule).
    assert first["counts"] == {"favorable": 2, "reserved": 1, "unfavorable": 0, "abstention": 0,
                               "not_expressed": 0}  # fmt: skip
    assert first["unanswered"] == 3
    assert document["subjects"][1]["status"] == "not_enough_answers"
    assert document["rule"]["min_answers"] == 3
    assert [(m["organisation"], m["owed_subjects"]) for m in document["missing"]] == [
        ("ADF", [1, 2]), ("AMRF", [2]), ("MEN", [2]), ("RdF", [1, 2])
    ]  # fmt: skip
    assert document["missing"][0]["emails"] == ["l.marchal@adf.example"]
    amf = next(row for row in document["matrix"] if row["organisation"] == "AMF")
    assert [cell["stance"] for cell in amf["positions"]] == ["reserved", "not_expressed"]
    assert amf["positions"][0]["reservation"] == "Le financement."
    men = next(row for row in document["matrix"] if row["organisation"] == "MEN")
    assert [cell["stance_label"] for cell in men["positions"]] == ["Favorable", "Sans réponse"]
    assert (amf["answered"], men["answered"]) == (True, False)
    assert (document["consulted_count"], document["answered_count"]) == (6, 1)


def test_export_synthesis_to_word_and_to_a_spreadsheet(run_cli, data: Data, tmp_path: Path) -> None:
    reservation = "Sous réserve d'un financement pérenne."
    for org, stance, *texts in (
        ("MEN", "favorable"),
        ("AMF", "reserved", "--reservation", reservation),
        ("AMRF", "favorable", "--amendment", "Citer les communes rurales."),
    ):
        done = record(run_cli, data, data.opinion, org, stance, *texts, "--received", "2026-03-05")
        assert done.returncode == 0, done.stderr
    consultation = str(data.consultation)

    word = run_cli("export", "synthesis", consultation, "-o", "synthese.docx", store=data.store)
    assert word.returncode == 0, word.stderr
    assert word.stdout == f"{(tmp_path / 'synthese.docx').resolve()}\n"
    assert word.stderr == "Synthèse de la consultation « Avis sur les ENT » écrite.\n"
    cells = [
        [cell.text for cell in row.cells]
        for table in Document(str(tmp_path / "synthese.docx")).tables
        for row in table.rows
    ]
    amf = [row for row in cells if row[0].startswith("AMF")]
    assert any("Favorable sous réserve" in row and reservation in row for row in amf), amf
    assert any("Citer les communes rurales." in row for row in cells if row[0].startswith("AMRF"))
    assert any("Consensus avec réserves" in row for row in cells)

    sheet = run_cli("export", "synthesis", consultation, "-o", "synthese.xlsx", store=data.store)
    assert sheet.returncode == 0, sheet.stderr
    assert sheet.stdout == f"{(tmp_path / 'synthese.xlsx').resolve()}\n"
    book = load_workbook(tmp_path / "synthese.xlsx")
    rows = [row for ws in book.worksheets for row in ws.iter_rows(values_only=True)]
    assert any(
        "AMF" in row and "Favorable sous réserve" in row and reservation in row for row in rows
    )
    assert any("MEN" in row and "Favorable" in row for row in rows)
    assert any("Consensus avec réserves" in row for row in rows)

    text = run_cli("export", "synthesis", consultation, "-o", "synthese.txt", store=data.store)
    assert text.returncode == 1 and text.stdout == ""
    assert text.stderr.startswith("deliberation : ") and text.stderr.count("\n") == 1
    assert ".docx" in text.stderr and ".xlsx" in text.stderr
    assert not (tmp_path / "synthese.txt").exists()
    nowhere = tmp_path / "absent" / "synthese.docx"
    refused = run_cli("export", "synthesis", consultation, "-o", str(nowhere), store=data.store)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert not nowhere.parent.exists()


def test_unknown_records_are_one_sentence(run_cli, data: Data, tmp_path: Path) -> None:
    one_sentence(
        run_cli("show", "consultation", "99", store=data.store),
        "Aucune consultation n'a l'identifiant 99.",
    )
    one_sentence(
        run_cli("show", "position", "99", store=data.store), "Aucune position n'a l'identifiant 99."
    )
    one_sentence(
        run_cli("list", "positions", "--consultation", "99", store=data.store),
        "Aucune consultation n'a l'identifiant 99.",
    )
    one_sentence(
        run_cli("list", "positions", "--subject", "99", store=data.store),
        "Aucun sujet de consultation n'a l'identifiant 99 "
        "(voir « deliberation show consultation ID »).",
    )
    out = tmp_path / "s.docx"
    one_sentence(
        run_cli("export", "synthesis", "99", "-o", str(out), store=data.store),
        "Aucune consultation n'a l'identifiant 99.",
    )
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["record", "position", "--subject", "1", "--org", "AMF", "--stance", "peut-être"],
        ["record", "position", "--org", "AMF", "--stance", "favorable"],
        ["record", "position", "--subject", "1", "--org", "AMF", "--stance", "favorable",
         "--received", "hier"],
        ["record", "position", "--subject", "1", "--org", "AMF", "--stance", "favorable",
         "--source", "pigeon"],
        ["record", "position", "--subject", "1", "--org", "AMF", "--stance", "favorable",
         "--reservation", "Le § 3."],
        ["record"],
        ["list", "meetings", "--consultation", "1"],
        ["show", "consultation"],
        ["export", "synthesis", "1"],
    ],
)  # fmt: skip
def test_usage_errors_exit_2_in_french(run_cli, dump_tables, data: Data, args) -> None:
    before = dump_tables(data.store)
    result = run_cli(*args, store=data.store)
    assert result.returncode == 2
    assert result.stderr.startswith("utilisation : deliberation")
    assert " : erreur : " in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert dump_tables(data.store) == before


def test_positions_commands_never_import_qt_widgets(
    run_without_qt: QtFreeRun, data: Data, tmp_path: Path
) -> None:
    store = str(data.store)
    commands = [
        ["list", "consultations"],
        ["record", "position", "--subject", str(data.opinion), "--org", "MEN",
         "--stance", "favorable"],
        ["list", "positions", "--json"],
        ["show", "consultation", str(data.consultation)],
        ["show", "position", "1"],
        ["export", "synthesis", str(data.consultation), "-o", str(tmp_path / "s.docx")],
        ["export", "synthesis", str(data.consultation), "-o", str(tmp_path / "s.xlsx")],
    ]  # fmt: skip
    done = run_without_qt(store, commands, tmp_path)
    assert done.returncode == 0, done.stderr


def test_export_synthesis_leaves_the_addresses_out_unless_asked(
    run_cli, data: Data, tmp_path: Path
) -> None:
    consultation = str(data.consultation)
    sent = run_cli("export", "synthesis", consultation, "-o", "diffusion.xlsx", store=data.store)
    assert sent.returncode == 0, sent.stderr
    kept = run_cli(
        "export", "synthesis", consultation, "-o", "secretariat.xlsx", "--with-addresses",
        store=data.store,
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr

    def addresses(name: str) -> list[str]:
        book = load_workbook(tmp_path / name)
        return [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None and "@" in str(value)
        ]

    assert addresses("diffusion.xlsx") == []
    assert addresses("secretariat.xlsx"), "the secretariat's copy lists who to write to"
    for name in ("diffusion.xlsx", "secretariat.xlsx"):  # readable by their owner only
        assert (tmp_path / name).stat().st_mode & 0o077 == 0
