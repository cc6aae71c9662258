"""`deliberation send …` end to end on the demo store, against a real SMTP server on localhost:
who receives what (compared with the store), the messages parsed back, a second run, a moved and
a cancelled meeting, a refused recipient, a lost connection and a killed process."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from tests.cli.conftest import Dump, Run
from tests.mail.server import Behaviour, Received, Server, smtp_server
from tests.services.test_mailing import meeting_input, next_meeting

from deliberation.exports.text import xml_safe
from deliberation.mail.message import KEY_HEADER
from deliberation.records.mail import DOCX_TYPE, XLSX_TYPE
from deliberation.review.docx_reader import read_review_bytes
from deliberation.services.root import Root, open_root

from ..conftest import DEMO_DAY

SRC = Path(__file__).resolve().parents[2] / "src"
SENDER = "secretariat@comite.example"


@pytest.fixture
def root(demo_copy: Path) -> Iterator[Root]:
    """The demo store the commands send from, opened beside them to compare with."""
    opened = open_root(str(demo_copy)).acting(today=DEMO_DAY)
    yield opened
    opened.close()


def configure(run_cli: Run, store: Path, server: Server | None = None) -> None:
    where = ["--host", "127.0.0.1", "--port", str(server.port)] if server else []
    result = run_cli("mail", "settings", *where, "--security", "none", "--from", SENDER,
                     "--from-name", "Secrétariat du comité", store=store)  # fmt: skip
    assert result.returncode == 0, result.stderr


def addresses(root: Root, organisation_ids: Iterable[int]) -> dict[frozenset[str], int]:
    """The recipients each organisation's message must have (its active delegates with an
    address) → the organisation; those without any are left out, as the command leaves them."""
    found: dict[frozenset[str], int] = {}
    for org_id in organisation_ids:
        emails = frozenset(
            d.email for d in root.referential.delegates(org_id) if d.active and d.email.strip()
        )
        if emails:
            found[emails] = org_id
    return found


def by_recipients(received: list[Received]) -> Counter[frozenset[str]]:
    return Counter(frozenset(r.recipients) for r in received)


def attachments(message: EmailMessage) -> dict[str, tuple[str, bytes]]:
    """File name → (MIME type, content) of a received message's attachments."""
    found = {}
    for part in message.iter_attachments():
        name = part.get_filename()
        assert name is not None
        found[name] = (part.get_content_type(), part.get_payload(decode=True))
    return found


def invitation(message: EmailMessage) -> Calendar:
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    calendar = Calendar.from_ical(part.get_payload(decode=True))
    assert part.get_param("method") == str(calendar["METHOD"])
    return calendar


def event_of(message: EmailMessage) -> Any:
    (event,) = invitation(message).events
    return event


def attendees(event: Any) -> set[str]:
    found = event["ATTENDEE"]
    found = found if isinstance(found, list) else [found]
    return {str(a).removeprefix("mailto:") for a in found}


def a_plenary(root: Root) -> Any:
    """A planned meeting to come with many organisations convened."""
    return next(
        snap
        for m in root.meetings.meetings()
        if m.day >= DEMO_DAY and m.status == "planned"
        if len((snap := root.meetings.meeting(m.id)).convened) > 8
    )


def french_subject(received: Received) -> str:
    """The subject decoded, after checking it travels as RFC 2047 encoded words."""
    raw = re.search(rb"^Subject: ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", received.data, re.M)
    assert raw is not None and b"=?utf-8?" in raw.group(1).lower()
    assert raw.group(1).isascii()
    return str(received.message["Subject"])


def test_send_convocation_reaches_every_convened_delegate_once_then_its_updates(
    run_cli: Run, demo_copy: Path, root: Root
) -> None:
    meetings = root.meetings
    meeting_id = next_meeting(root)
    snap = meetings.meeting(meeting_id)
    expected = addresses(root, [a.organisation_id for a in snap.convened])
    with smtp_server() as server:
        configure(run_cli, demo_copy, server)
        result = run_cli("send", "convocation", str(meeting_id), store=demo_copy)
        assert result.returncode == 0, result.stderr
        assert f"{len(expected)} messages envoyés." in result.stderr
        assert f"[{len(expected)}/{len(expected)}] Envoyé — " in result.stderr
        first = server.received
        assert by_recipients(first) == Counter(expected.keys())
        sequences = set()
        for received in first:
            message = received.message
            assert received.sender == SENDER
            assert french_subject(received).startswith("Convocation : ")
            ((name, (kind, data)),) = attachments(message).items()
            assert kind == DOCX_TYPE and name.endswith(".docx")
            agenda = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
            assert "ordre du jour" in agenda.lower()
            calendar = invitation(message)
            assert str(calendar["METHOD"]) == "REQUEST"
            event = event_of(message)
            assert str(event["UID"]) == f"{snap.uuid}@deliberation"
            assert str(event["ORGANIZER"]) == f"mailto:{SENDER}"
            assert event["ORGANIZER"].params["CN"] == "Secrétariat du comité"
            assert attendees(event) == set(received.recipients)
            assert event["DTSTART"].dt.date() == snap.day
            sequences.add(int(event["SEQUENCE"]))
        (sequence,) = sequences

        again = run_cli("send", "convocation", str(meeting_id), store=demo_copy)
        assert again.returncode == 0, again.stderr
        assert "Rien de nouveau à envoyer" in again.stderr
        assert len(server.received) == len(first)

        time.sleep(1.1)  # SEQUENCE counts the seconds between the creation and the last change
        before = meetings.meeting(meeting_id)
        meetings.apply_meeting(
            meetings.edited_meeting(before, meeting_input(before, day=date(2026, 4, 14)))
        )
        moved = run_cli("send", "convocation", str(meeting_id), store=demo_copy)
        assert moved.returncode == 0, moved.stderr
        updates = server.received[len(first) :]
        assert by_recipients(updates) == Counter(expected.keys())
        for received in updates:
            event = event_of(received.message)
            assert str(invitation(received.message)["METHOD"]) == "REQUEST"
            assert str(event["UID"]) == f"{snap.uuid}@deliberation"
            assert int(event["SEQUENCE"]) > sequence
            assert event["DTSTART"].dt.date() == date(2026, 4, 14)
        moved_sequence = int(event_of(updates[0].message)["SEQUENCE"])

        time.sleep(1.1)
        meetings.apply_meeting(meetings.with_status(meetings.meeting(meeting_id), "cancelled"))
        cancelled = run_cli("send", "convocation", str(meeting_id), store=demo_copy)
        assert cancelled.returncode == 0, cancelled.stderr
        cancels = server.received[len(first) + len(updates) :]
    assert by_recipients(cancels) == Counter(expected.keys())
    for received in cancels:
        assert french_subject(received).startswith("Annulation : ")
        assert attachments(received.message) == {}  # no agenda for a cancelled meeting
        assert str(invitation(received.message)["METHOD"]) == "CANCEL"
        event = event_of(received.message)
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]) == f"{snap.uuid}@deliberation"
        assert int(event["SEQUENCE"]) > moved_sequence


def test_send_consultation_gives_each_organisation_its_form_and_reminders_only_the_late(
    run_cli: Run, demo_copy: Path, root: Root
) -> None:
    positions = root.positions
    record = positions.consultations()[0]  # on the paragraphs of a draft
    snap = positions.consultation(record.id)
    expected = addresses(root, snap.consulted)
    organisations = {o.id: o for o in root.referential.organisations()}
    refs = [s.ref for s in snap.subjects if s.kind == "paragraph" and s.ref]
    texts = {u: p.text for u, p in root.opinions.live_paragraphs(refs).items()}
    assert texts
    with smtp_server() as server:
        configure(run_cli, demo_copy, server)
        result = run_cli("send", "consultation", str(record.id), store=demo_copy)
        assert result.returncode == 0, result.stderr
        received = server.received
        assert by_recipients(received) == Counter(expected.keys())
        for mail in received:
            organisation = organisations[expected[frozenset(mail.recipients)]]
            assert snap.title in french_subject(mail)
            files = attachments(mail.message)
            (word,) = [n for n, (kind, _) in files.items() if kind == DOCX_TYPE]
            (sheet,) = [n for n, (kind, _) in files.items() if kind == XLSX_TYPE]
            assert organisation.acronym in word and organisation.acronym in sheet
            data = files[word][1]
            properties = read_review_bytes(data, word).properties
            assert properties["DeliberationConsultation"] == str(snap.uuid)
            assert properties["DeliberationOrganisation"] == str(organisation.uuid)
            tables = docx.Document(io.BytesIO(data)).tables
            assert len(tables) == len(snap.subjects)
            for table, subject in zip(tables, snap.subjects, strict=True):
                heading = table.rows[0].cells[1].text
                assert heading.startswith(subject.label)
                if subject.ref in texts:  # the paragraph's full text, not only its label
                    assert xml_safe(texts[subject.ref]) in heading  # with French spacing
            book = load_workbook(io.BytesIO(files[sheet][1]))
            identity = dict(book["Identification"].iter_rows(values_only=True))
            assert identity["organisation"] == str(organisation.uuid)
        again = run_cli("send", "consultation", str(record.id), store=demo_copy)
        assert "Rien de nouveau à envoyer" in again.stderr
        assert len(server.received) == len(received)

        late = next(
            c for c in positions.consultations() if 0 < c.answered_count < c.consulted_count
        )
        late_snap = positions.consultation(late.id)
        subjects = {s.id for s in late_snap.subjects}
        answered: dict[int, set[int]] = {}
        for position in positions.positions(late.id):
            answered.setdefault(position.organisation_id, set()).add(position.subject_id)
        owing = [o for o in late_snap.consulted if not subjects <= answered.get(o, set())]
        assert 0 < len(owing) < len(late_snap.consulted)
        reminded = run_cli("send", "reminders", str(late.id), store=demo_copy)
        assert reminded.returncode == 0, reminded.stderr
        reminders = server.received[len(received) :]
        assert by_recipients(reminders) == Counter(addresses(root, owing).keys())
        assert all(french_subject(r).startswith("Relance : ") for r in reminders)
        assert {str(r.message[KEY_HEADER]).split(":")[0] for r in reminders} == {"reminder"}
        twice = run_cli("send", "reminders", str(late.id), store=demo_copy)
        assert "Rien de nouveau à envoyer" in twice.stderr
        assert len(server.received) == len(received) + len(reminders)


def test_send_draft_names_the_file_for_each_organisation_and_a_dry_run_writes_nothing(
    run_cli: Run, demo_copy: Path, root: Root, dump_tables: Dump
) -> None:
    opinion = next(o for o in root.opinions.opinions() if o.group_id is not None)
    snap = root.opinions.opinion(opinion.id)
    assert snap.group_id is not None
    expected = addresses(root, root.referential.group(snap.group_id).member_ids)
    organisations = {o.id: o for o in root.referential.organisations()}
    with smtp_server() as server:
        configure(run_cli, demo_copy, server)
        before = dump_tables(demo_copy)
        preview = run_cli("send", "draft", str(opinion.id), "--dry-run", store=demo_copy)
        assert preview.returncode == 0, preview.stderr
        assert dump_tables(demo_copy) == before  # no export recorded, nothing queued
        assert server.received == []
        for emails, org_id in expected.items():
            acronym = organisations[org_id].acronym
            assert f"  {acronym} : " in preview.stdout
            assert all(email in preview.stdout for email in emails)
            assert f"retour {acronym}.docx" in preview.stdout
        assert "Objet : " in preview.stdout
        assert "rien n'a été envoyé ni enregistré" in preview.stdout

        sent = run_cli("send", "draft", str(opinion.id), store=demo_copy)
        assert sent.returncode == 0, sent.stderr
        received = server.received
        assert by_recipients(received) == Counter(expected.keys())
        exports = set()
        for mail in received:
            acronym = organisations[expected[frozenset(mail.recipients)]].acronym
            ((name, (kind, data)),) = attachments(mail.message).items()
            assert kind == DOCX_TYPE
            assert acronym in re.split(r"[^\w]+", Path(name).stem)  # how a return is recognised
            properties = read_review_bytes(data, name).properties
            assert properties["DeliberationOpinion"] == str(snap.uuid)
            exports.add(properties["DeliberationExport"])
            assert docx.Document(io.BytesIO(data)).paragraphs
        assert len(exports) == 1
        recorded = dump_tables(demo_copy)["opinion_export"]
        assert len(recorded) == len(before["opinion_export"]) + 1

        again = run_cli("send", "draft", str(opinion.id), store=demo_copy)
        assert again.returncode == 0, again.stderr
        assert "Rien de nouveau à envoyer" in again.stderr
        assert len(server.received) == len(received)
        assert dump_tables(demo_copy)["opinion_export"] == recorded  # no second export


def test_without_settings_one_sentence_and_nothing_written(
    run_cli: Run, demo_copy: Path, root: Root, dump_tables: Dump
) -> None:
    record = root.positions.consultations()[0]
    before = dump_tables(demo_copy)
    for mode in ([], ["--dry-run"], ["--eml", "brouillons"]):
        result = run_cli("send", "consultation", str(record.id), *mode, store=demo_copy)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "deliberation mail settings" in result.stderr
    configure(run_cli, demo_copy)  # a sender, no server: drafts only
    result = run_cli("send", "consultation", str(record.id), store=demo_copy)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--eml" in result.stderr
    after = dump_tables(demo_copy)
    assert {k: v for k, v in after.items() if k != "mail_settings"} == {
        k: v for k, v in before.items() if k != "mail_settings"
    }
    both = run_cli("send", "consultation", str(record.id), "--dry-run", "--eml", "x")
    assert both.returncode == 2


def test_send_with_eml_writes_one_draft_per_organisation(
    run_cli: Run, demo_copy: Path, root: Root, tmp_path: Path
) -> None:
    record = root.positions.consultations()[0]
    expected = addresses(root, root.positions.consultation(record.id).consulted)
    configure(run_cli, demo_copy)
    folder = tmp_path / "brouillons"
    result = run_cli("send", "consultation", str(record.id), "--eml", str(folder),
                     store=demo_copy)  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = [Path(line) for line in result.stdout.splitlines()]
    assert len(files) == len(expected) and {f.parent for f in files} == {folder}
    from deliberation.mail.message import parse_message

    found = set()
    for path in files:
        data = path.read_bytes()
        assert data.startswith(b"X-Unsent: 1\r\n")
        message = parse_message(data)
        found.add(frozenset(a.addr_spec for a in message["To"].addresses))
        assert len(attachments(message)) == 2  # the Word and the spreadsheet forms
    assert found == set(expected)
    assert {e.state for e in root.outbox.entries()} == {"drafted"}
    again = run_cli("send", "consultation", str(record.id), "--eml", str(folder), store=demo_copy)
    assert again.stdout == "" and "Rien de nouveau à envoyer" in again.stderr


def test_a_refused_recipient_and_a_lost_connection_each_message_once_in_the_end(
    run_cli: Run, demo_copy: Path, root: Root
) -> None:
    plenary = a_plenary(root)
    expected = addresses(root, [a.organisation_id for a in plenary.convened])
    refused_group = sorted(expected, key=sorted)[0]
    refused = sorted(refused_group)[0]
    behaviour = Behaviour(refuse={refused}, drop_at_mail=5)
    with smtp_server(behaviour) as server:
        configure(run_cli, demo_copy, server)
        first = run_cli("send", "convocation", str(plenary.id), store=demo_copy)
        assert first.returncode == 1
        assert "a été perdue" in first.stderr  # the run stops, the rest left for the next one
        assert len(server.received) < len(expected)
        behaviour.drop_at_mail = None
        second = run_cli("send", "convocation", str(plenary.id), store=demo_copy)
        assert "Déjà traités avant cet envoi" in second.stderr
        # The refused message failed (in one run or the other) with the server's reason.
        assert "550 5.1.1 Destinataire inconnu" in first.stderr + second.stderr
        third = run_cli("send", "convocation", str(plenary.id), store=demo_copy)
        assert "Rien de nouveau à envoyer" in third.stderr and "échec : 1" in third.stderr
        received = by_recipients(server.received)
    assert received == Counter(k for k in expected if k != refused_group)
    failed = [e for e in root.outbox.entries() if e.state == "failed"]
    assert len(failed) == 1 and refused in failed[0].recipients


def test_a_killed_send_convocation_is_completed_by_the_next_run_each_message_once(
    run_cli: Run, demo_copy: Path, root: Root, tmp_path: Path
) -> None:
    plenary = a_plenary(root)
    expected = addresses(root, [a.organisation_id for a in plenary.convened])
    process: list[subprocess.Popen[bytes]] = []
    killed = threading.Event()

    def kill_at_the_fourth(number: int) -> None:
        # At the fourth MAIL FROM three messages are sent and recorded: the process dies there.
        if number == 4 and process:
            process[0].send_signal(signal.SIGKILL)
            process[0].wait()
            killed.set()

    env = {**os.environ, "PYTHONPATH": str(SRC), "DELIBERATION_STORE": str(demo_copy)}
    command = [sys.executable, "-m", "deliberation", "send", "convocation", str(plenary.id)]
    with smtp_server(Behaviour(on_mail=kill_at_the_fourth)) as server:
        configure(run_cli, demo_copy, server)
        process.append(subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE))
        process[0].communicate(timeout=120)
        assert killed.is_set() and process[0].returncode == -signal.SIGKILL
        assert len(server.received) == 3
        process.clear()
        rerun = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr.decode()
        assert "Déjà traités avant cet envoi : 3 messages" in rerun.stderr.decode()
        received = by_recipients(server.received)
    assert received == Counter(expected.keys())  # every message exactly once
    assert {e.state for e in root.outbox.entries()} == {"sent"}
