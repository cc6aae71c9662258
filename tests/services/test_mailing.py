"""The messages built on the demo store: recipients, attachments opened, invitations parsed."""

from __future__ import annotations

import io
import re
import time as clock
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from deliberation.errors import ResourceError, ValidationError
from deliberation.exports.text import xml_safe
from deliberation.records.mail import DOCX_TYPE, XLSX_TYPE, Recipient
from deliberation.records.referential import DelegateInput
from deliberation.review.docx_reader import read_review_bytes
from deliberation.rules.wording import clock as clock_text
from deliberation.rules.wording import long_date
from deliberation.services.mailing import Mailing, load_templates
from deliberation.services.root import Root

from ..conftest import DEMO_DAY

SENDER = Recipient("secretariat@comite.example", "Secrétariat du comité")


@pytest.fixture
def mailing(demo_root: Root, tmp_path: Path) -> Mailing:
    return Mailing(demo_root, SENDER, templates=tmp_path / "none.toml")


def addresses(root: Root, organisation_id: int) -> set[str]:
    return {d.email for d in root.referential.delegates(organisation_id) if d.active and d.email}


def next_meeting(root: Root) -> int:
    return next(
        m.id for m in root.meetings.meetings() if m.day >= DEMO_DAY and m.status == "planned"
    )


def invitation(mail: object) -> Calendar:
    assert mail.invitation is not None  # type: ignore[attr-defined]
    return Calendar.from_ical(mail.invitation.data)  # type: ignore[attr-defined]


def test_convocation_goes_to_the_delegates_of_each_convened_organisation(
    demo_root: Root, mailing: Mailing
) -> None:
    meeting_id = next_meeting(demo_root)
    snap = demo_root.meetings.meeting(meeting_id)
    batch = mailing.convocation_mails(meeting_id)
    convened = {a.organisation_id for a in snap.convened}
    assert {m.organisation_id for m in batch.mails} == convened
    assert batch.unreachable == ()
    for mail in batch.mails:
        assert mail.kind == "convocation"
        assert {r.address for r in mail.to} == addresses(demo_root, mail.organisation_id)
        assert mail.subject.startswith("Convocation : ")
        assert long_date(snap.day) in mail.body and clock_text(snap.start) in mail.body
        (agenda,) = mail.attachments
        assert agenda.mime_type == DOCX_TYPE and agenda.file_name.endswith(".docx")
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(agenda.data)).paragraphs)
        assert "Convocation et ordre du jour" in text or snap.title in text
        calendar = invitation(mail)
        assert str(calendar["METHOD"]) == "REQUEST"
        (event,) = calendar.events
        assert str(event["UID"]) == f"{snap.uuid}@deliberation"
        assert str(event["ORGANIZER"]) == "mailto:secretariat@comite.example"
        attendees = event["ATTENDEE"]
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert {str(a).removeprefix("mailto:") for a in attendees} == {r.address for r in mail.to}
        assert {a.params["PARTSTAT"] for a in attendees} == {"NEEDS-ACTION"}
        assert {a.params["RSVP"] for a in attendees} == {"TRUE"}
        assert {a.params["ROLE"] for a in attendees} <= {"REQ-PARTICIPANT", "OPT-PARTICIPANT"}
        assert int(event["SEQUENCE"]) >= 0
        assert mail.key.startswith(f"convocation:{snap.uuid}:{int(event['SEQUENCE'])}:")


def test_the_same_meeting_gives_the_same_keys_a_moved_one_new_keys_a_cancelled_one_cancels(
    demo_root: Root, mailing: Mailing
) -> None:
    meetings = demo_root.meetings
    meeting_id = next_meeting(demo_root)
    first = mailing.convocation_mails(meeting_id)
    assert [m.key for m in mailing.convocation_mails(meeting_id)] == [m.key for m in first]
    clock.sleep(1.1)  # SEQUENCE counts seconds between the creation and the last change
    before = meetings.meeting(meeting_id)
    moved = meetings.edited_meeting(
        before,
        meeting_input(before, day=date(2026, 4, 14)),
    )
    meetings.apply_meeting(moved)
    second = mailing.convocation_mails(meeting_id)
    assert not {m.key for m in second} & {m.key for m in first}
    old = int(invitation(first.mails[0]).events[0]["SEQUENCE"])
    new_event = invitation(second.mails[0]).events[0]
    assert int(new_event["SEQUENCE"]) > old
    assert new_event["DTSTART"].dt.date() == date(2026, 4, 14)
    clock.sleep(1.1)
    meetings.apply_meeting(meetings.with_status(meetings.meeting(meeting_id), "cancelled"))
    cancelled = mailing.convocation_mails(meeting_id)
    calendar = invitation(cancelled.mails[0])
    assert str(calendar["METHOD"]) == "CANCEL"
    (event,) = calendar.events
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) > int(new_event["SEQUENCE"])
    assert cancelled.mails[0].subject.startswith("Annulation : ")
    assert cancelled.mails[0].attachments == ()


def meeting_input(snap: object, **changes: object) -> object:
    from deliberation.records.meetings import MeetingInput

    data = MeetingInput(
        kind=snap.kind, day=snap.day, start=snap.start, end=snap.end,  # type: ignore[attr-defined]
        group_id=snap.group_id, title=snap.title, place=snap.place,  # type: ignore[attr-defined]
        video_link=snap.video_link, status=snap.status, notes=snap.notes,  # type: ignore[attr-defined]
    )  # fmt: skip
    return replace(data, **changes)


def test_an_organisation_without_an_address_gets_no_mail_and_is_reported(
    demo_root: Root, mailing: Mailing
) -> None:
    referential = demo_root.referential
    meeting_id = next_meeting(demo_root)
    org_id = demo_root.meetings.meeting(meeting_id).convened[0].organisation_id
    organisation = next(o for o in referential.organisations() if o.id == org_id)
    for delegate in referential.delegates(org_id):
        data = DelegateInput(
            org_id, delegate.first_name, delegate.last_name, delegate.role, "",
            delegate.function, delegate.active,
        )  # fmt: skip
        referential.apply_delegate(referential.edited_delegate(delegate, data))
    batch = mailing.convocation_mails(meeting_id)
    assert org_id not in {m.organisation_id for m in batch.mails}
    assert batch.unreachable == (f"{organisation.acronym} — {organisation.name}",)
    assert organisation.acronym in batch.unreachable_sentence()


def test_convocation_refusals(demo_root: Root, tmp_path: Path) -> None:
    meeting_id = next_meeting(demo_root)
    with pytest.raises(ValidationError, match="adresse d'expédition"):
        Mailing(demo_root, None, templates=tmp_path / "none.toml").convocation_mails(meeting_id)
    held = next(m.id for m in demo_root.meetings.meetings() if m.status == "held")
    with pytest.raises(ValidationError, match="déjà eu lieu"):
        Mailing(demo_root, SENDER, templates=tmp_path / "none.toml").convocation_mails(held)


def test_consultation_sends_each_consulted_organisation_its_own_form(
    demo_root: Root, mailing: Mailing
) -> None:
    record = demo_root.positions.consultations()[0]
    snap = demo_root.positions.consultation(record.id)
    batch = mailing.consultation_mails(record.id)
    assert {m.organisation_id for m in batch.mails} == set(snap.consulted)
    organisations = {o.id: o for o in demo_root.referential.organisations()}
    refs = [s.ref for s in snap.subjects if s.kind == "paragraph" and s.ref]
    texts = {u: p.text for u, p in demo_root.opinions.live_paragraphs(refs).items()}
    assert texts and all(texts.values())  # the demo's consultation on a draft's paragraphs
    for mail in batch.mails:
        organisation = organisations[mail.organisation_id]
        assert {r.address for r in mail.to} == addresses(demo_root, organisation.id)
        assert snap.title in mail.subject
        word, sheet = mail.attachments
        assert (word.mime_type, sheet.mime_type) == (DOCX_TYPE, XLSX_TYPE)
        assert organisation.acronym in word.file_name
        properties = read_review_bytes(word.data, word.file_name).properties
        assert properties["DeliberationConsultation"] == str(snap.uuid)
        assert properties["DeliberationOrganisation"] == str(organisation.uuid)
        document = docx.Document(io.BytesIO(word.data))
        # Each subject's label, then a paragraph's full text for a subject that is one.
        assert [[p.text for p in t.rows[0].cells[1].paragraphs] for t in document.tables] == [
            [s.label, *(xml_safe(texts[s.ref]).split("\n") if s.ref in texts else [])]
            for s in snap.subjects
        ]
        book = load_workbook(io.BytesIO(sheet.data))
        ids = dict(book["Identification"].iter_rows(values_only=True))
        assert ids["organisation"] == str(organisation.uuid)
    assert len({m.key for m in batch.mails}) == len(batch.mails)


def test_reminders_go_only_to_who_has_not_answered_every_subject(
    demo_root: Root, mailing: Mailing
) -> None:
    positions = demo_root.positions
    record = next(c for c in positions.consultations() if 0 < c.answered_count < c.consulted_count)
    snap = positions.consultation(record.id)
    subjects = {s.id for s in snap.subjects}
    answered: dict[int, set[int]] = {}
    for position in positions.positions(record.id):
        answered.setdefault(position.organisation_id, set()).add(position.subject_id)
    complete = {o for o, done in answered.items() if done >= subjects}
    batch = mailing.reminder_mails(record.id)
    assert {m.organisation_id for m in batch.mails} == set(snap.consulted) - complete
    mail = batch.mails[0]
    assert mail.kind == "reminder" and mail.subject.startswith("Relance : ")
    assert mail.key.endswith(f":{DEMO_DAY.isoformat()}")
    if snap.deadline:
        assert str(snap.deadline.year) in mail.body


def test_draft_gives_each_organisation_the_export_named_for_it(
    demo_root: Root, mailing: Mailing
) -> None:
    opinion = demo_root.opinions.opinions()[0]
    batch = mailing.draft_mails(opinion.id)
    assert batch.mails
    exports = set()
    for mail in batch.mails:
        (attachment,) = mail.attachments
        words = set(re.split(r"[^\w]+", Path(attachment.file_name).stem))
        assert mail.organisation_name in words  # how the review import recognises the sender
        properties = read_review_bytes(attachment.data, attachment.file_name).properties
        assert properties["DeliberationOpinion"] == str(opinion.uuid)
        exports.add(properties["DeliberationExport"])
        assert attachment.file_name in mail.body
    assert len(exports) == 1  # one export recorded, read against for every returned copy


def test_the_secretariat_s_templates_replace_the_wording_and_unknown_fields_are_refused(
    demo_root: Root, tmp_path: Path
) -> None:
    own = tmp_path / "modeles-courriels.toml"
    own.write_text('[reminder]\nsubject = "Rappel {acronym} avant le {deadline}"\n')
    record = demo_root.positions.consultations()[0]
    mail = Mailing(demo_root, SENDER, templates=own).reminder_mails(record.id).mails[0]
    assert mail.subject.startswith(f"Rappel {mail.organisation_name} avant le ")
    assert "Sauf erreur de notre part" in mail.body  # the body kept its default
    own.write_text('[reminder]\nsubject = "Rappel {date}"\n')
    with pytest.raises(ResourceError, match=r"champ \{date\}, inconnu"):
        load_templates(own)
    own.write_text('[relance]\nsubject = "Rappel"\n')
    with pytest.raises(ResourceError, match=r"section \[relance\], inconnue"):
        load_templates(own)
