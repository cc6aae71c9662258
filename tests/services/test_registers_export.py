"""Exporting the actions, the attendance and the members' directory on a real store."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import docx
import openpyxl
import pytest

from deliberation.errors import ExportError, NotFoundError
from deliberation.records.meetings import ActionInput, Attendance, MeetingInput
from deliberation.records.referential import DelegateInput
from deliberation.services.registers_export import (
    attendance_register,
    export_actions,
    export_attendance,
    export_directory,
)
from deliberation.services.root import Root

TODAY = date(2027, 4, 20)


@pytest.fixture
def root(opened: Root) -> Root:
    return opened.acting(today=TODAY)


def org_id(root: Root, acronym: str) -> int:
    return next(o.id for o in root.referential.organisations() if o.acronym == acronym)


def plenary(root: Root, day: date, status: str = "held", **attended: str) -> int:
    meetings = root.meetings
    snap = meetings.apply_meeting(
        meetings.new_meeting(
            MeetingInput("plenary", day, time(14), time(17), title="Plénière", status=status)
        )
    )
    sheet = [
        Attendance(a.organisation_id, attended.get(str(a.organisation_id), "present"))
        for a in snap.convened
    ]
    return meetings.apply_meeting(meetings.with_attendance(snap, sheet)).id


def word_rows(path: Path) -> list[list[str]]:
    (table,) = docx.Document(str(path)).tables
    return [[c.text for c in row.cells] for row in table.rows]


def sheet_rows(path: Path, header: int) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=header)]


def test_actions_open_or_all_with_meeting_owner_due_date_and_status(
    root: Root, tmp_path: Path
) -> None:
    meetings = root.meetings
    meeting = plenary(root, date(2027, 4, 6))
    amf = org_id(root, "AMF")
    for title, due, status in (
        ("Envoyer la note sur les ENT", date(2027, 4, 10), "open"),
        ("Relire la charte", date(2027, 5, 30), "in_progress"),
        ("Publier le relevé", date(2027, 4, 8), "done"),
    ):
        meetings.apply_action(
            meetings.new_action(ActionInput(title, meeting, None, amf, None, due, status))
        )
    word = export_actions(root, tmp_path / "actions.docx")
    rows = word_rows(word)
    assert rows[0] == ["Action", "Séance", "Porteur", "Échéance", "Statut"]
    assert [r[0] for r in rows[1:]] == ["Envoyer la note sur les ENT", "Relire la charte"]
    assert rows[1][2:] == ["AMF", "10/04/2027", "À faire, en retard"]
    assert "06/04/2027" in rows[1][1]
    texts = [p.text for p in docx.Document(str(word)).paragraphs]
    assert "Actions en cours" in texts and "Actions\t2 en cours, dont 1 en retard" in texts
    sheet = export_actions(root, tmp_path / "actions.xlsx", open_only=False)
    found = sheet_rows(sheet, 5)
    assert found[0] == ["Action", "Séance", "Porteur", "Échéance", "Statut"]
    assert [r[0] for r in found[1:]] == [
        "Publier le relevé",
        "Envoyer la note sur les ENT",
        "Relire la charte",
    ]
    assert found[1][3].date() == date(2027, 4, 8) and found[1][4] == "Faite"


def test_attendance_per_organisation_over_a_period(root: Root, tmp_path: Path) -> None:
    amf, men = org_id(root, "AMF"), org_id(root, "MEN")
    plenary(root, date(2027, 1, 12), **{str(amf): "excused", str(men): "absent"})
    plenary(root, date(2027, 3, 9), **{str(amf): "present"})
    plenary(root, date(2026, 1, 13), **{str(amf): "absent"})  # before the period
    plenary(root, date(2027, 4, 6), status="cancelled")  # does not count
    register = attendance_register(root, date(2027, 1, 1), date(2027, 4, 20))
    assert dict(register.facts)["Séances"] == "2 séances tenues ou prévues"
    assert dict(register.facts)["Période"] == "du 1er janvier 2027 au 20 avril 2027"
    path = export_attendance(root, tmp_path / "assiduite.xlsx", date(2027, 1, 1), TODAY)
    rows = {r[0]: r for r in sheet_rows(path, 7)[1:]}
    assert rows["AMF"][1:8] == ["Association des Maires de France", 2, 1, 0, 1, 0, 0]
    assert rows["AMF"][8] == 0.5
    assert rows["MEN"][2:8] == [2, 1, 0, 0, 1, 0]
    word = word_rows(export_attendance(root, tmp_path / "assiduite.docx", plenary_only=True))
    assert word[0][-1] == "Taux de présence"
    amf_row = next(r for r in word if r[0] == "AMF")
    assert amf_row[2:] == ["2", "1", "0", "1", "0", "0", "50\u00a0%"]  # the last twelve months


def test_the_directory_lists_members_with_their_delegates(root: Root, tmp_path: Path) -> None:
    ref = root.referential
    amf = org_id(root, "AMF")
    ref.apply_delegate(ref.new_delegate(DelegateInput(
        amf, "Zoé", "Abel", "alternate", "zoe.abel@amf.example", "Chargée de mission"
    )))  # fmt: skip
    ref.apply_delegate(ref.new_delegate(DelegateInput(amf, "Luc", "Martin", "titular")))
    ref.apply_delegate(ref.new_delegate(DelegateInput(amf, "Ancien", "Délégué", active=False)))
    rows = word_rows(export_directory(root, tmp_path / "annuaire.docx"))
    start = rows.index(["AMF – Association des Maires de France"] * 4)
    assert rows[start + 1 : start + 3] == [
        ["Luc Martin", "Titulaire", "", ""],
        ["Zoé Abel", "Suppléant", "Chargée de mission", "zoe.abel@amf.example"],
    ]
    assert not any("Ancien" in r[0] for r in rows)
    acronyms = {o.acronym for o in ref.organisations() if o.is_member}
    headings = [r[0] for r in rows if len(set(r)) == 1 and r[0]]
    assert len(headings) == len(acronyms)
    assert "MEIN" not in " ".join(headings)  # no longer a member
    sheet = sheet_rows(export_directory(root, tmp_path / "annuaire.xlsx"), 5)
    assert sheet[0] == ["Organisation", "Délégué", "Rôle", "Fonction", "Courriel"]
    amf_rows = [r for r in sheet if r[0] == "AMF – Association des Maires de France"]
    assert [r[1] for r in amf_rows] == ["Luc Martin", "Zoé Abel"]


def test_a_wrong_suffix_or_group_writes_nothing(root: Root, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for export in (export_actions, export_attendance, export_directory):
        with pytest.raises(ExportError) as caught:
            export(root, tmp_path / "liste.pdf")
        assert str(caught.value) == (
            "« liste.pdf » n'est ni un document Word ni un classeur : "
            "choisissez un fichier .docx ou .xlsx."
        )
    with pytest.raises(NotFoundError):
        export_attendance(root, tmp_path / "a.xlsx", group_id=999)
    assert list(tmp_path.iterdir()) == []
