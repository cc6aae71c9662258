"""The outbox against a real SMTP server: each message sent once, whatever breaks meanwhile."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from tests.mail.server import Behaviour, Server, smtp_server
from tests.mail.test_message import convocation

from deliberation.errors import MailConnectionError, MailError, ValidationError
from deliberation.mail.message import KEY_HEADER, parse_message
from deliberation.records.mail import Mail, MailSettings, Recipient
from deliberation.services.outbox import UNCERTAIN, Outbox
from deliberation.services.root import Root

SENDER = "secretariat@cpne.example.org"


def mails(count: int = 5) -> list[Mail]:
    return [
        convocation(
            key=f"convocation:42:1:{n}",
            organisation_id=None,
            organisation_name=f"Organisation {n}",
            to=(Recipient(f"delegue{n}@membres.example.org", f"Délégué {n}"),),
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def outbox(opened: Root) -> Outbox:
    opened.outbox.save_settings(MailSettings(host="127.0.0.1", security="none", sender=SENDER))
    return opened.outbox


def point_at(outbox: Outbox, server: Server) -> None:
    outbox.save_settings(MailSettings(host=server.host, port=server.port, security="none",
                                      sender=SENDER))  # fmt: skip


def keys(server: Server) -> Counter[str]:
    return Counter(str(r.message[KEY_HEADER]) for r in server.received)


def states(outbox: Outbox) -> dict[str, str]:
    return {e.key: e.state for e in outbox.entries()}


def test_settings_are_kept_in_the_store_and_checked(outbox: Outbox) -> None:
    saved = outbox.save_settings(
        MailSettings(
            host=" smtp.example.org ",
            port=465,
            security="tls",
            user="secretariat",
            sender=SENDER,
            sender_name="Secrétariat  du CPNÉ",
        )
    )
    assert outbox.settings() == saved
    assert saved.host == "smtp.example.org" and saved.sender_name == "Secrétariat du CPNÉ"
    with pytest.raises(ValidationError) as caught:
        outbox.save_settings(MailSettings(host="smtp example", port=0, security="ssl",
                                          sender="pas-une-adresse"))  # fmt: skip
    assert set(caught.value.messages) == {"host", "port", "security", "sender"}
    assert outbox.settings() == saved  # nothing written


def test_a_key_is_queued_once(outbox: Outbox) -> None:
    added = outbox.queue(mails(3))
    assert [e.state for e in added] == ["pending"] * 3
    assert outbox.queue(mails(4)) == [e for e in outbox.entries() if e.key.endswith(":4")]
    assert outbox.queue(mails(4)) == []
    assert len(outbox.entries()) == 4
    first = outbox.entries()[0]
    assert first.recipients == "delegue1@membres.example.org"
    assert parse_message(outbox.message(first.id))["Subject"] == first.subject


def test_a_bad_address_queues_nothing(outbox: Outbox) -> None:
    bad = [*mails(2), convocation(key="convocation:42:1:9", to=(Recipient("nulle part"),))]
    with pytest.raises(MailError, match="n'est pas valide"):
        outbox.queue(bad)
    assert outbox.entries() == []


def test_pending_messages_are_sent_once_with_progress(outbox: Outbox) -> None:
    outbox.queue(mails(3))
    seen: list[tuple[int, int, str]] = []
    with smtp_server() as server:
        point_at(outbox, server)
        report = outbox.send_pending(None, progress=lambda d, t, e: seen.append((d, t, e.state)))
        assert outbox.send_pending(None).sent == []  # nothing left: nothing sent again
        assert keys(server) == Counter({f"convocation:42:1:{n}": 1 for n in (1, 2, 3)})
    assert seen == [(1, 3, "sent"), (2, 3, "sent"), (3, 3, "sent")]
    assert len(report.sent) == 3 and not report.failed and not report.left
    assert all(e.state == "sent" and e.sent_at and e.attempts == 1 for e in outbox.entries())


def test_a_refused_recipient_fails_that_message_only(outbox: Outbox) -> None:
    outbox.queue(mails(3))
    with smtp_server(Behaviour(refuse={"delegue2@membres.example.org"})) as server:
        point_at(outbox, server)
        report = outbox.send_pending(None)
        assert keys(server) == Counter({"convocation:42:1:1": 1, "convocation:42:1:3": 1})
    [failed] = report.failed
    assert failed.key == "convocation:42:1:2" and failed.state == "failed"
    assert "delegue2@membres.example.org" in failed.error
    assert "550 5.1.1 Destinataire inconnu" in failed.error
    assert states(outbox)["convocation:42:1:1"] == "sent"


def test_a_connection_dropped_between_messages_leaves_the_rest_for_the_next_run(
    outbox: Outbox,
) -> None:
    outbox.queue(mails(5))
    with smtp_server(Behaviour(drop_at_mail=3)) as server:
        point_at(outbox, server)
        report = outbox.send_pending(None)
        assert len(report.sent) == 2 and len(report.left) == 3
        assert "a été perdue" in report.stopped
        again = outbox.send_pending(None)
        assert len(again.sent) == 3
        assert keys(server) == Counter({f"convocation:42:1:{n}": 1 for n in range(1, 6)})
    assert set(states(outbox).values()) == {"sent"}


def test_an_answer_lost_after_the_message_is_never_sent_twice_by_itself(
    outbox: Outbox,
) -> None:
    outbox.queue(mails(4))
    # The server keeps the third message but the connection breaks before its « 250 ».
    with smtp_server(Behaviour(keep_then_drop=3)) as server:
        point_at(outbox, server)
        report = outbox.send_pending(None)
        [uncertain] = report.failed
        assert uncertain.key == "convocation:42:1:3"
        assert "a peut-être reçu" in uncertain.error
        outbox.send_pending(None)
        assert keys(server) == Counter({f"convocation:42:1:{n}": 1 for n in range(1, 5)})
    assert states(outbox)["convocation:42:1:3"] == "failed"


def test_an_uncertain_message_not_received_is_resent_by_the_user(outbox: Outbox) -> None:
    outbox.queue(mails(3))
    # The connection breaks after the second message's end, which the server did not keep.
    with smtp_server(Behaviour(drop_after_data=2)) as server:
        point_at(outbox, server)
        outbox.send_pending(None)
        outbox.send_pending(None)
        assert keys(server) == Counter({"convocation:42:1:1": 1, "convocation:42:1:3": 1})
        second = next(e for e in outbox.entries() if e.key == "convocation:42:1:2")
        assert second.state == "failed"
        assert outbox.resend(second.id).state == "pending"
        report = outbox.send_pending(None, only=[second.id])
        assert [e.key for e in report.sent] == ["convocation:42:1:2"]
        assert keys(server) == Counter({f"convocation:42:1:{n}": 1 for n in (1, 2, 3)})
    assert outbox.entry(second.id).attempts == 2


def test_a_sent_message_can_be_resent(outbox: Outbox) -> None:
    [entry] = outbox.queue(mails(1))
    with smtp_server() as server:
        point_at(outbox, server)
        outbox.send_pending(None)
        outbox.resend(entry.id)
        outbox.send_pending(None)
        assert keys(server) == Counter({"convocation:42:1:1": 2})


def test_cancel_stops_between_messages(outbox: Outbox) -> None:
    outbox.queue(mails(4))
    with smtp_server() as server:
        point_at(outbox, server)
        done: list[int] = []
        report = outbox.send_pending(
            None, progress=lambda d, t, e: done.append(d), cancelled=lambda: len(done) >= 2
        )
        assert report.cancelled and len(report.sent) == 2 and len(report.left) == 2
        assert len(server.received) == 2


def test_an_unreachable_server_changes_nothing(outbox: Outbox) -> None:
    from tests.mail.server import free_port

    outbox.queue(mails(2))
    outbox.save_settings(MailSettings(host="127.0.0.1", port=free_port(), security="none",
                                      sender=SENDER))  # fmt: skip
    with pytest.raises(MailConnectionError, match="Impossible de joindre"):
        outbox.send_pending(None, timeout=5)
    assert [(e.state, e.attempts) for e in outbox.entries()] == [("pending", 0)] * 2


def test_claims_of_a_dead_run_are_released(outbox: Outbox, store_path: Path) -> None:
    outbox.queue(mails(3))
    first, second, _third = outbox.entries()
    dead = "{host}:999999999:feedbeef"
    import socket

    with closing(sqlite3.connect(store_path)) as db:
        claimant = dead.format(host=socket.gethostname())
        db.execute(
            "UPDATE outbox_message SET claimed_by = ?, claimed_at = CURRENT_TIMESTAMP, "
            "delivering = ? WHERE id = ?",
            (claimant, False, first.id),
        )
        db.execute(
            "UPDATE outbox_message SET claimed_by = ?, claimed_at = CURRENT_TIMESTAMP, "
            "delivering = ? WHERE id = ?",
            (claimant, True, second.id),
        )
        db.commit()
    [uncertain] = outbox.recover()
    assert uncertain.id == second.id and uncertain.error == UNCERTAIN
    assert outbox.entry(first.id).state == "pending"
    with smtp_server() as server:
        point_at(outbox, server)
        report = outbox.send_pending(None)
        assert len(report.sent) == 2
        assert second.key not in keys(server)


def test_drafts_are_written_instead_of_sent(outbox: Outbox, tmp_path: Path) -> None:
    outbox.queue(mails(2))
    written = outbox.write_drafts(tmp_path / "brouillons")
    assert [p.name for p in written] == [
        "0001 Convocation - Organisation 1.eml",
        "0002 Convocation - Organisation 2.eml",
    ]
    message = parse_message(written[0].read_bytes())
    assert message["X-Unsent"] == "1"
    assert [a.get_filename() for a in message.iter_attachments()] == [
        "ordre-du-jour-2026-03-17.docx"
    ]
    assert set(states(outbox).values()) == {"drafted"}
    assert outbox.write_drafts(tmp_path / "brouillons") == []


def test_the_test_message_goes_to_the_sender_outside_the_outbox(outbox: Outbox) -> None:
    with smtp_server() as server:
        settings = MailSettings(host=server.host, port=server.port, security="none",
                                sender=SENDER, sender_name="Secrétariat")  # fmt: skip
        assert outbox.send_test(settings, None) == SENDER
        (received,) = server.received
    assert received.recipients == [SENDER]
    assert str(received.message["Subject"]) == "Délibération : message d'essai"
    assert outbox.entries() == []
    with pytest.raises(MailError, match="adresse d'expéditeur"):
        outbox.send_test(MailSettings(host="127.0.0.1", security="none"), None)


def test_the_password_is_kept_in_the_keyring_through_the_outbox(outbox: Outbox) -> None:
    from tests.mail.server import memory_keyring

    settings = MailSettings(host="smtp.example.org", user="secretariat", sender=SENDER)
    with memory_keyring() as backend:
        assert outbox.keyring_note() == ""
        outbox.keep_password(settings, "secret-é")
        assert outbox.password(settings) == "secret-é"
        outbox.keep_password(settings, "")  # an empty one forgets it
        assert backend.passwords == {}
        outbox.keep_password(MailSettings(host="smtp.example.org"), "ignoré")  # no login
        assert backend.passwords == {}
