"""MIME messages built from Mail records, read back as a mail client reads them."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
import pytest
from icalendar import Calendar

from deliberation.errors import MailError
from deliberation.mail.message import (
    KEY_HEADER,
    build_message,
    draft_bytes,
    envelope,
    message_id,
    parse_message,
)
from deliberation.records.mail import (
    DOCX_TYPE,
    Attachment,
    Invitation,
    Mail,
    MailSettings,
    Recipient,
)

SETTINGS = MailSettings(
    host="smtp.example.org",
    sender="secretariat@cpne.example.org",
    sender_name="Secrétariat du CPNÉ",
)
WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def agenda_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Ordre du jour de la séance plénière du 17 mars 2026")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def invitation(method: str = "REQUEST", sequence: int = 2) -> Invitation:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Délibération//FR\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:seance-42@deliberation\r\n"
        f"SEQUENCE:{sequence}\r\nDTSTAMP:20260310T093000Z\r\n"
        "DTSTART:20260317T130000Z\r\nDTEND:20260317T160000Z\r\n"
        "SUMMARY:Séance plénière\r\nORGANIZER:mailto:secretariat@cpne.example.org\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anne.leroux@regions.example.fr\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:paul.morel@regions.example.fr\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return Invitation(method, text.encode("utf-8"))


def convocation(**changes: object) -> Mail:
    values: dict[str, object] = {
        "kind": "convocation",
        "key": "convocation:42:2:7",
        "organisation_id": 7,
        "organisation_name": "Régions de France",
        "to": (
            Recipient("anne.leroux@regions.example.fr", "Anne Le Roux"),
            Recipient("paul.morel@regions.example.fr", "Paul Morel"),
        ),
        "subject": "Convocation : séance plénière du mardi 17 mars 2026 — « numérique éducatif »",
        "body": "Madame, Monsieur,\n\nVous êtes convié·e à la séance du 17 mars.\n.\nÀ bientôt.",
        "attachments": (Attachment("ordre-du-jour-2026-03-17.docx", DOCX_TYPE, agenda_docx()),),
        "invitation": invitation(),
    }
    values.update(changes)
    return Mail(**values)  # type: ignore[arg-type]


def test_headers_subject_and_body_read_back_in_french() -> None:
    data = build_message(convocation(), SETTINGS, WHEN)
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    assert data.isascii()  # French travels as encoded words and quoted-printable
    message = parse_message(data)
    assert message["Subject"] == convocation().subject
    assert message["From"].addresses[0].display_name == "Secrétariat du CPNÉ"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "anne.leroux@regions.example.fr",
        "paul.morel@regions.example.fr",
    ]
    assert message["To"].addresses[0].display_name == "Anne Le Roux"
    assert message["Message-ID"] == message_id("convocation:42:2:7", SETTINGS.sender)
    assert message[KEY_HEADER] == "convocation:42:2:7"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").rstrip("\n") == convocation().body


def test_the_invitation_is_a_calendar_alternative_with_its_method() -> None:
    message = parse_message(build_message(convocation(), SETTINGS, WHEN))
    calendars = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(calendars) == 1
    part = calendars[0]
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    calendar = Calendar.from_ical(part.get_content())
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert str(event["UID"]) == "seance-42@deliberation"
    assert int(event["SEQUENCE"]) == 2
    attendees = [str(a) for a in event["ATTENDEE"]]
    assert attendees == [
        "mailto:anne.leroux@regions.example.fr",
        "mailto:paul.morel@regions.example.fr",
    ]
    assert str(event["SUMMARY"]) == "Séance plénière"
    # The text and the invitation are alternatives of one another, beside the attachments.
    assert message.get_content_type() == "multipart/mixed"
    assert message.get_payload()[0].get_content_type() == "multipart/alternative"


def test_a_cancellation_says_cancel() -> None:
    mail = convocation(key="convocation:42:3:7", invitation=invitation("CANCEL", 3))
    message = parse_message(build_message(mail, SETTINGS, WHEN))
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "CANCEL"
    assert Calendar.from_ical(part.get_content())["METHOD"] == "CANCEL"


def test_the_attachment_opens_in_word() -> None:
    message = parse_message(build_message(convocation(), SETTINGS, WHEN))
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["ordre-du-jour-2026-03-17.docx"]
    assert attachments[0].get_content_type() == DOCX_TYPE
    document = docx.Document(io.BytesIO(attachments[0].get_content()))
    assert document.paragraphs[0].text.startswith("Ordre du jour de la séance plénière")


def test_an_accented_file_name_is_kept() -> None:
    mail = convocation(
        attachments=(Attachment("Réponse — Régions de France.docx", DOCX_TYPE, agenda_docx()),)
    )
    message = parse_message(build_message(mail, SETTINGS, WHEN))
    assert [a.get_filename() for a in message.iter_attachments()] == [
        "Réponse — Régions de France.docx"
    ]


def test_the_same_mail_keeps_its_message_id_and_the_envelope_follows_the_headers() -> None:
    first = build_message(convocation(), SETTINGS, WHEN)
    again = build_message(convocation(), SETTINGS, datetime(2026, 3, 11, tzinfo=UTC))
    assert parse_message(first)["Message-ID"] == parse_message(again)["Message-ID"]
    other = build_message(convocation(key="convocation:42:2:8"), SETTINGS, WHEN)
    assert parse_message(other)["Message-ID"] != parse_message(first)["Message-ID"]
    assert envelope(first) == (
        "secretariat@cpne.example.org",
        ["anne.leroux@regions.example.fr", "paul.morel@regions.example.fr"],
    )


def test_a_draft_is_marked_unsent_and_keeps_its_attachments() -> None:
    draft = draft_bytes(build_message(convocation(), SETTINGS, WHEN))
    assert draft.startswith(b"X-Unsent: 1\r\n")
    message = parse_message(draft)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == convocation().subject
    assert len(list(message.iter_attachments())) == 1


@pytest.mark.parametrize(
    ("settings", "mail", "says"),
    [
        (MailSettings(), convocation(), "adresse d'expéditeur"),
        (SETTINGS, convocation(to=()), "aucun destinataire"),
        (SETTINGS, convocation(to=(Recipient("pas-une-adresse"),)), "n'est pas valide"),
        (SETTINGS, convocation(invitation=Invitation("PUBLISH", b"")), "inconnue"),
    ],
)
def test_what_cannot_be_built_is_refused_in_one_sentence(
    settings: MailSettings, mail: Mail, says: str
) -> None:
    with pytest.raises(MailError, match=says):
        build_message(mail, settings, WHEN)


def test_a_long_french_subject_comes_back_exactly_with_its_spaces() -> None:
    # The standard folder doubled the space before a fold and dropped the one between two
    # accented words (« ENT  —réponse »): every client showed the subject so.
    subject = (
        "Consultation : Consultation sur les recommandations relatives aux données des élèves "
        "dans les ENT — réponse attendue le 26 mars 2026"
    )
    data = build_message(convocation(subject=subject), SETTINGS, WHEN)
    assert data.isascii()
    head = data.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    assert parse_message(data)["Subject"] == subject
    import email

    legacy = email.message_from_bytes(data)  # the compat32 reader, as older tools read it
    decoded = email.header.make_header(email.header.decode_header(legacy["Subject"]))
    assert str(decoded) == subject
    plain = build_message(convocation(subject="Convocation : plenary of 17 March"), SETTINGS, WHEN)
    assert b"\r\nSubject: Convocation : plenary of 17 March\r\n" in plain
