"""`deliberation list meetings|actions`, `show meeting` and `export …` run as a user runs them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from icalendar import Calendar

from deliberation.records.meetings import ActionInput, AgendaLink, Attendance, MeetingInput
from deliberation.records.referential import DelegateInput, GroupInput
from deliberation.services.root import open_root

if TYPE_CHECKING:
    from tests.conftest import QtFreeRun

PARIS = ZoneInfo("Europe/Paris")
TODAY = date.today()


@dataclass(frozen=True)
class Data:
    """What the store holds: ids and UUIDs the tests look for."""

    store: Path
    plenary: int
    plenary_uuid: str
    session: int
    session_uuid: str
    cancelled: int
    cancelled_uuid: str
    group: int


@pytest.fixture
def data(tmp_path: Path) -> Data:
    """A seeded store with a group, three meetings, an agenda, attendance and three actions."""
    store = tmp_path / "s.sqlite3"
    opened = open_root(str(store))
    try:
        ref, meetings = opened.referential, opened.meetings
        orgs = {o.acronym: o.id for o in ref.organisations()}
        camille = ref.apply_delegate(
            ref.new_delegate(DelegateInput(orgs["MEN"], "Camille", "Roux"))
        )
        group = ref.apply_group(
            ref.new_group(GroupInput("Usages", ref.themes()[0].id, member_ids=(orgs["AMF"],)))
        )
        plenary = meetings.apply_meeting(
            meetings.new_meeting(
                MeetingInput(
                    "plenary",
                    date(2026, 1, 6),
                    time(14, 0),
                    time(17, 0),
                    place="DNE, Paris",
                    video_link="https://visio.example/cpne",
                )
            )
        )
        items = [
            meetings.new_item("information", "Accueil", 15, presenter_delegate_id=camille.id),
            meetings.new_item(
                "decision",
                "Avis sur les ENT",
                90,
                presenter_organisation_id=orgs["AMF"],
                outcome="Échanges sur le projet d'avis.",
                decision="Avis adopté à l'unanimité.",
                links=(AgendaLink("url", "https://example.org/avis.pdf", "Projet d'avis"),),
            ),
            meetings.new_item("discussion", "Questions diverses", 20),
        ]
        plenary = meetings.apply_meeting(meetings.with_items(plenary, items))
        sheet = {
            orgs["MEN"]: Attendance(orgs["MEN"], "present", delegate_ids=(camille.id,)),
            orgs["CDC"]: Attendance(orgs["CDC"], "represented", represented_by_id=orgs["MEN"]),
            orgs["AMF"]: Attendance(orgs["AMF"], "excused"),
        }
        convened = [sheet.get(a.organisation_id, a) for a in plenary.convened]
        plenary = meetings.apply_meeting(meetings.with_attendance(plenary, convened))
        item = plenary.items[1].uuid
        for title, due, status in (
            ("Publier l'avis", TODAY - timedelta(days=10), "open"),
            ("Préparer la plénière suivante", TODAY + timedelta(days=20), "in_progress"),
            ("Envoyer le relevé", TODAY - timedelta(days=30), "done"),
        ):
            meetings.apply_action(
                meetings.new_action(
                    ActionInput(title, plenary.id, item, orgs["AMF"], None, due, status)
                )
            )
        session = meetings.apply_meeting(
            meetings.new_meeting(
                MeetingInput("group_session", date(2026, 2, 10), time(10), time(12), group.id)
            )
        )
        cancelled = meetings.apply_meeting(
            meetings.new_meeting(
                MeetingInput("plenary", date(2026, 3, 3), time(14), time(17), status="cancelled")
            )
        )
    finally:
        opened.close()
    return Data(
        store,
        plenary.id,
        str(plenary.uuid),
        session.id,
        str(session.uuid),
        cancelled.id,
        str(cancelled.uuid),
        group.id,
    )


def as_json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_sentence(result: Any, expected: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"deliberation : {expected}\n"


# -- list ---------------------------------------------------------------------------------------


def test_list_meetings_as_json(run_cli, data: Data) -> None:
    rows = as_json(run_cli("list", "meetings", "--json", store=data.store))
    assert [r["id"] for r in rows] == [data.plenary, data.session, data.cancelled]
    plenary, session, cancelled = rows
    assert plenary["date"] == "2026-01-06"
    assert (plenary["start"], plenary["end"]) == ("14:00", "17:00")
    assert plenary["body"] == "Plénière" and plenary["kind_label"] == "Réunion plénière"
    assert plenary["item_count"] == 3
    assert plenary["convened_count"] == 14 and plenary["attended_count"] == 2
    assert plenary["status_label"] == "Prévue" and plenary["uuid"] == data.plenary_uuid
    assert session["body"] == "Usages" and session["title"] == "Séance du groupe « Usages »"
    assert session["convened_count"] == 1
    assert cancelled["status"] == "cancelled" and cancelled["status_label"] == "Annulée"


def test_list_meetings_of_a_period_and_of_a_body(run_cli, data: Data) -> None:
    def ids(*args: str) -> list[int]:
        return [r["id"] for r in as_json(run_cli("list", "meetings", "--json", *args,
                                                 store=data.store))]  # fmt: skip

    assert ids("--from", "2026-02-01") == [data.session, data.cancelled]
    assert ids("--from", "01/02/2026", "--to", "28/02/2026") == [data.session]
    assert ids("--to", "2026-01-06") == [data.plenary]
    assert ids("--group", str(data.group)) == [data.session]
    assert ids("--group", "plenary") == [data.plenary, data.cancelled]
    assert ids("--from", "2027-01-01") == []


def test_list_meetings_as_a_table(run_cli, data: Data) -> None:
    result = run_cli("list", "meetings", store=data.store)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "N°", "Date", "Heures", "Type", "Instance", "Intitulé", "Statut", "Points", "Présents",
    ]  # fmt: skip
    first = lines[2]
    assert first.startswith(f"{data.plenary}  ")
    for text in ("06/01/2026", "14 h 00 – 17 h 00", "Plénière", "Prévue", "2/14"):
        assert text in first, text
    assert "Usages" in lines[3] and "Annulée" in lines[4]
    assert lines[-1] == "3 séances."


def test_list_actions_open_by_default_with_the_overdue_marked(run_cli, data: Data) -> None:
    result = run_cli("list", "actions", store=data.store)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    late = next(line for line in lines if "Publier l'avis" in line)
    assert "À faire (en retard)" in late and "AMF" in late
    assert "Réunion plénière du 06/01/2026" in late
    ahead = next(line for line in lines if "Préparer la plénière suivante" in line)
    assert "En cours" in ahead and "retard" not in ahead
    assert "Envoyer le relevé" not in result.stdout
    assert lines[-1] == "2 actions ouvertes, dont 1 en retard."

    rows = as_json(run_cli("list", "actions", "--json", store=data.store))
    assert [(r["title"], r["overdue"]) for r in rows] == [
        ("Publier l'avis", True),
        ("Préparer la plénière suivante", False),
    ]
    assert rows[0]["due_date"] == (TODAY - timedelta(days=10)).isoformat()
    assert rows[0]["meeting_id"] == data.plenary

    everything = as_json(run_cli("list", "actions", "--json", "--all", store=data.store))
    assert {r["title"]: r["is_open"] for r in everything}["Envoyer le relevé"] is False
    table = run_cli("list", "actions", "--all", store=data.store)
    assert table.stdout.splitlines()[-1] == "3 actions, dont 2 ouvertes (1 en retard)."


# -- show ---------------------------------------------------------------------------------------


def test_show_meeting_as_json(run_cli, data: Data) -> None:
    shown = as_json(run_cli("show", "meeting", str(data.plenary), "--json", store=data.store))
    assert shown["uuid"] == data.plenary_uuid
    assert (shown["date"], shown["place"]) == ("2026-01-06", "DNE, Paris")
    assert shown["video_link"] == "https://visio.example/cpne"
    agenda = shown["agenda"]
    assert [(i["number"], i["start"], i["end"], i["title"]) for i in agenda] == [
        (1, "14:00", "14:15", "Accueil"),
        (2, "14:15", "15:45", "Avis sur les ENT"),
        (3, "15:45", "16:05", "Questions diverses"),
    ]
    assert agenda[0]["presenter"]["label"] == "Camille Roux (MEN)"
    assert agenda[1]["presenter"]["organisation"] == "AMF"
    assert agenda[1]["duration_minutes"] == 90 and agenda[1]["kind_label"] == "Décision"
    assert agenda[1]["decision"] == "Avis adopté à l'unanimité."
    assert agenda[1]["outcome"] == "Échanges sur le projet d'avis."
    assert agenda[1]["links"] == [
        {
            "kind": "url",
            "kind_label": "Adresse web",
            "target": "https://example.org/avis.pdf",
            "label": "Projet d'avis",
        }
    ]
    attendance = {a["organisation"]: a for a in shown["attendance"]}
    assert len(attendance) == 14
    assert attendance["MEN"]["status"] == "present"
    assert [d["name"] for d in attendance["MEN"]["delegates"]] == ["Camille Roux"]
    assert attendance["CDC"]["represented_by"] == "MEN"
    assert attendance["AMF"]["status_label"] == "Excusée"
    assert shown["attendance_summary"]["convened"] == 14
    assert shown["attendance_summary"]["present"] == 1
    assert [(a["title"], a["overdue"]) for a in shown["actions"]] == [
        ("Envoyer le relevé", False),
        ("Publier l'avis", True),
        ("Préparer la plénière suivante", False),
    ]


def test_show_meeting_as_text(run_cli, data: Data) -> None:
    result = run_cli("show", "meeting", str(data.plenary), store=data.store)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(f"Réunion plénière (séance n° {data.plenary})\n")
    assert "06/01/2026, de 14 h 00 à 17 h 00" in text
    assert "Lieu : DNE, Paris" in text
    assert "Ordre du jour (3 points, 2 h 05)" in text
    lines = text.splitlines()
    numbered = [line.strip() for line in lines if line.strip()[:2] in ("1.", "2.", "3.")]
    assert numbered == [
        "1. 14 h 00–14 h 15  Accueil  [Information, 15 min]",
        "2. 14 h 15–15 h 45  Avis sur les ENT  [Décision, 90 min]",
        "3. 15 h 45–16 h 05  Questions diverses  [Discussion, 20 min]",
    ]
    assert "Présenté par : Camille Roux (MEN)" in text
    # The record of a point is named as on the meeting page.
    assert "Relevé des échanges : Échanges sur le projet d'avis." in text
    assert "Décision : Avis adopté à l'unanimité." in text
    assert "Lien : Projet d'avis : https://example.org/avis.pdf" in text
    assert any(line.split() == ["CDC", "Représentée", "par", "MEN"] for line in lines)
    assert any(line.split() == ["MEN", "Présente", ":", "Camille", "Roux"] for line in lines)
    assert "Publier l'avis — AMF — échéance" in text and "(en retard)" in text


def test_an_unknown_meeting_is_one_sentence(run_cli, data: Data, tmp_path: Path) -> None:
    expected = "Aucune séance n'a l'identifiant 99."
    one_sentence(run_cli("show", "meeting", "99", store=data.store), expected)
    for document in ("agenda", "decisions"):
        out = tmp_path / f"{document}.docx"
        one_sentence(run_cli("export", document, "99", "-o", str(out), store=data.store), expected)
        assert not out.exists()
    out = tmp_path / "x.ics"
    one_sentence(run_cli("export", "calendar", "99", "-o", str(out), store=data.store), expected)
    assert not out.exists()
    one_sentence(
        run_cli("list", "meetings", "--group", "99", store=data.store),
        "Aucun groupe de travail n'a l'identifiant 99.",
    )


# -- export -------------------------------------------------------------------------------------


def read_calendar(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_export_calendar_of_every_meeting_one_or_a_period(
    run_cli, data: Data, tmp_path: Path
) -> None:
    everything = run_cli("export", "calendar", "-o", "tout.ics", store=data.store)
    assert everything.returncode == 0, everything.stderr
    assert everything.stdout == f"{(tmp_path / 'tout.ics').resolve()}\n"
    assert "3 séances" in everything.stderr
    events = read_calendar(tmp_path / "tout.ics").events
    assert [str(e["UID"]) for e in events] == [
        f"{data.plenary_uuid}@deliberation",
        f"{data.session_uuid}@deliberation",
        f"{data.cancelled_uuid}@deliberation",
    ]
    assert events[0].start == datetime(2026, 1, 6, 14, tzinfo=PARIS)
    assert events[0]["DTSTART"].params["TZID"] == "Europe/Paris"
    assert events[0].start.astimezone(UTC).hour == 13
    assert str(events[2]["STATUS"]) == "CANCELLED"

    one = run_cli("export", "calendar", str(data.session), "-o", "une.ics", store=data.store)
    assert one.returncode == 0, one.stderr
    [event] = read_calendar(tmp_path / "une.ics").events
    assert str(event["UID"]) == f"{data.session_uuid}@deliberation"
    assert event.start == datetime(2026, 2, 10, 10, tzinfo=PARIS)

    period = run_cli(
        "export", "calendar", "--from", "2026-02-01", "--to", "31/03/2026", "-o", "p.ics",
        store=data.store,
    )  # fmt: skip
    assert period.returncode == 0, period.stderr
    uids = [str(e["UID"]) for e in read_calendar(tmp_path / "p.ics").events]
    assert uids == [f"{data.session_uuid}@deliberation", f"{data.cancelled_uuid}@deliberation"]

    empty = run_cli("export", "calendar", "--from", "2030-01-01", "-o", "v.ics", store=data.store)
    one_sentence(empty, "Aucune séance à partir du 01/01/2030 : aucun fichier écrit.")
    assert not (tmp_path / "v.ics").exists()


def test_an_unwritable_output_is_one_sentence_and_leaves_nothing(
    run_cli, data: Data, tmp_path: Path
) -> None:
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    before = sorted(p.name for p in tmp_path.iterdir())
    for target in (tmp_path / "absent" / "x.ics", blocker / "x.ics", tmp_path):
        result = run_cli("export", "calendar", "-o", str(target), store=data.store)
        assert result.returncode == 1, result.stderr
        assert result.stdout == ""
        assert result.stderr.startswith("deliberation : Impossible d'écrire")
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    agenda = run_cli(
        "export", "agenda", str(data.plenary), "-o", str(tmp_path / "absent" / "a.docx"),
        store=data.store,
    )  # fmt: skip
    assert agenda.returncode == 1 and agenda.stderr.count("\n") == 1, agenda.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert blocker.read_text() == "pas un dossier"


def docx_text(path: Path) -> str:
    """Every paragraph of the document, its tables' cells included, in reading order."""
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return "\n".join(texts)


def test_export_agenda_and_decisions_as_word(run_cli, data: Data, tmp_path: Path) -> None:
    agenda = run_cli("export", "agenda", str(data.plenary), "-o", "odj.docx", store=data.store)
    assert agenda.returncode == 0, agenda.stderr
    assert agenda.stdout == f"{(tmp_path / 'odj.docx').resolve()}\n"
    text = docx_text(tmp_path / "odj.docx")
    positions = [text.find(t) for t in ("Accueil", "Avis sur les ENT", "Questions diverses")]
    assert -1 not in positions and positions == sorted(positions), positions

    decisions = run_cli(
        "export", "decisions", str(data.plenary), "--output", "rd.docx", store=data.store
    )
    assert decisions.returncode == 0, decisions.stderr
    assert "Avis adopté à l'unanimité." in docx_text(tmp_path / "rd.docx")


# -- usage --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["list", "meetings", "--from", "2026-13-01"],
        ["list", "meetings", "--to", "31/02/2026"],
        ["list", "meetings", "--from", "2026-03-01", "--to", "2026-01-01"],
        ["list", "meetings", "--group", "usages"],
        ["list", "themes", "--from", "2026-01-01"],
        ["show"],
        ["show", "meeting"],
        ["show", "meeting", "abc"],
        ["export"],
        ["export", "agenda", "1"],
        ["export", "decisions", "-o", "x.docx"],
        ["export", "calendar"],
        ["export", "calendar", "1", "--from", "2026-01-01", "-o", "x.ics"],
        ["export", "calendar", "--from", "demain", "-o", "x.ics"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2_in_french(run_cli, tmp_path: Path, args) -> None:
    result = run_cli(*args, store=tmp_path / "s.sqlite3")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("utilisation : deliberation")
    assert " : erreur : " in result.stderr and "Traceback" not in result.stderr
    assert "invalid " not in result.stderr and "required" not in result.stderr  # in French
    assert list(tmp_path.iterdir()) == [], "no store, no file"


def test_a_wrong_body_names_both_kinds_of_body(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", "meetings", "--group", "usages", store=tmp_path / "s.sqlite3")
    assert result.returncode == 2
    assert result.stderr.endswith(
        "erreur : argument --group : instance invalide : « usages » (l'identifiant d'un groupe "
        "de travail, ou « plenary » pour les réunions plénières)\n"
    )


def test_meeting_commands_never_import_qt_widgets(
    run_without_qt: QtFreeRun, data: Data, tmp_path: Path
) -> None:
    store = str(data.store)
    commands = [
        ["list", "meetings", "--json"],
        ["list", "actions"],
        ["show", "meeting", str(data.plenary)],
        ["export", "calendar", "-o", str(tmp_path / "c.ics")],
        ["export", "agenda", str(data.plenary), "-o", str(tmp_path / "a.docx")],
    ]
    done = run_without_qt(store, commands, tmp_path)
    assert done.returncode == 0, done.stderr
