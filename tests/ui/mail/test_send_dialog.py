"""The shared send dialog against a real SMTP server: preview, sending off the UI thread,
cancel, refusals, drafts, and the settings it asks for first."""

from __future__ import annotations

import io
import threading
from collections import Counter
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot
from tests.mail.server import Behaviour, MemoryKeyring, smtp_server
from tests.ui.conftest import RecordingMessages
from tests.ui.mail.conftest import SENDER, point_at

from deliberation.mail.message import KEY_HEADER
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.mail.send_dialog import SendDialog
from deliberation.ui.mail.settings_dialog import MailSettingsDialog
from deliberation.ui.meetings.meeting_page import MeetingPage


def next_meeting(root: Root) -> int:
    today = root.today()
    return next(m.id for m in root.meetings.meetings() if m.day >= today and m.status == "planned")


def delegates_of(root: Root, organisation_id: int) -> set[str]:
    return {d.email for d in root.referential.delegates(organisation_id) if d.active and d.email}


def built(qtbot: QtBot, dialog: SendDialog) -> SendDialog:
    qtbot.waitUntil(lambda: dialog.batch is not None, timeout=60000)
    return dialog


def states(dialog: SendDialog) -> list[str]:
    return [dialog.tree.topLevelItem(r).text(4) for r in range(dialog.tree.topLevelItemCount())]


def consultation_dialog(
    qtbot: QtBot, root: Root, messages: RecordingMessages
) -> tuple[SendDialog, int]:
    consultation_id = next(c.id for c in root.positions.consultations())
    dialog = SendDialog(
        root, "Consultation", lambda m: m.consultation_mails(consultation_id), messages
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return built(qtbot, dialog), consultation_id


def test_a_convocation_sent_from_the_meeting_arrives_with_agenda_and_invitation(
    qtbot: QtBot, mail_editor: Editor, mail_root: Root, server: object, messages: RecordingMessages
) -> None:
    page = MeetingPage(mail_editor, messages)
    qtbot.addWidget(page)
    meeting_id = next_meeting(mail_root)
    page.show_meeting(meeting_id)
    assert page.send_button.text() == "Envoyer la convocation…"
    page.send_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SendDialog)
    built(qtbot, dialog)
    assert dialog.batch is not None
    mails = dialog.batch.mails
    assert dialog.tree.topLevelItemCount() == len(mails) > 3
    assert set(states(dialog)) == {"Nouveau"}
    first = dialog.tree.topLevelItem(0)
    assert first.text(0) == mails[0].organisation_name
    assert ".docx" in first.text(3) and "invitation au calendrier" in first.text(3)
    assert first.text(2).startswith("Convocation")

    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=60000)
    qtbot.waitUntil(lambda: "envoyés" in dialog.note.text(), timeout=10000)
    assert dialog.note.text().startswith(f"{len(mails)} messages envoyés")

    received = server.received  # type: ignore[attr-defined]
    assert Counter(str(r.message[KEY_HEADER]) for r in received) == Counter(m.key for m in mails)
    snap = mail_root.meetings.meeting(meeting_id)
    by_key = {m.key: m for m in mails}
    for message in received:
        mail = by_key[str(message.message[KEY_HEADER])]
        assert set(message.recipients) == delegates_of(mail_root, mail.organisation_id)
        assert message.sender == SENDER
        parsed = message.message
        assert str(parsed["Subject"]).startswith("Convocation")
        files = {part.get_filename(): part for part in parsed.iter_attachments()}
        (agenda,) = [p for name, p in files.items() if name and name.endswith(".docx")]
        document = docx.Document(io.BytesIO(agenda.get_content()))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "Convocation et ordre du jour" in text or snap.title in text
        calendars = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
        calendar = Calendar.from_ical(calendars[0].get_content())
        assert str(calendar["METHOD"]) == "REQUEST"
        (event,) = calendar.events
        assert str(event["UID"]) == f"{snap.uuid}@deliberation"
    # sent ones are marked, and nothing is left to send
    assert all(s.startswith("Déjà envoyé le ") for s in states(dialog))
    assert not dialog.send_button.isEnabled()
    dialog.close()


def test_the_send_runs_off_the_ui_thread_and_cancel_leaves_the_rest_to_send(
    qtbot: QtBot, demo_root: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    release = threading.Event()
    reached = threading.Event()

    def hold_first(number: int) -> None:
        if number == 1:
            reached.set()
            release.wait(30)

    with smtp_server(Behaviour(on_mail=hold_first)) as server:
        point_at(demo_root, server)
        dialog, _ = consultation_dialog(qtbot, demo_root, messages)
        total = len(dialog.todo())
        assert total > 2
        dialog.send_button.click()
        # The server holds the first message: the UI thread still answers (this wait runs
        # its event loop), the bar is shown and « Annuler l'envoi » can be clicked.
        qtbot.waitUntil(reached.is_set, timeout=30000)
        assert dialog.run.running and dialog.run_bar.isVisible()
        assert not dialog.send_button.isEnabled()
        dialog.run_bar.cancel_button.click()
        assert dialog.note.text() == "Arrêt après le message en cours…"
        release.set()
        qtbot.waitUntil(lambda: not dialog.run.running, timeout=30000)
        qtbot.waitUntil(lambda: "interrompu" in dialog.note.text(), timeout=10000)
        assert len(server.received) == 1
    entries = demo_root.outbox.entries()
    assert Counter(e.state for e in entries) == {"sent": 1, "pending": total - 1}
    assert states(dialog).count("À envoyer") == total - 1
    assert dialog.send_button.isEnabled()  # the rest can be sent later
    dialog.close()


def test_a_refused_recipient_is_a_failure_with_the_server_s_reason(
    qtbot: QtBot, demo_root: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    consultation_id = next(c.id for c in demo_root.positions.consultations())
    snap = demo_root.positions.consultation(consultation_id)
    refused = sorted(delegates_of(demo_root, snap.consulted[0]))[0]
    with smtp_server(Behaviour(refuse={refused})) as server:
        point_at(demo_root, server)
        dialog, _ = consultation_dialog(qtbot, demo_root, messages)
        dialog.send_button.click()
        qtbot.waitUntil(lambda: not dialog.run.running, timeout=60000)
        qtbot.waitUntil(lambda: "échec" in dialog.note.text(), timeout=10000)
    failed = [s for s in states(dialog) if s.startswith("Échec")]
    assert len(failed) == 1 and "550" in failed[0]
    assert "550 5.1.1 Destinataire inconnu" in dialog.note.text()
    dialog.close()


def test_without_settings_the_dialog_says_so_and_opens_them(
    qtbot: QtBot, demo_root: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    with smtp_server() as server:
        dialog = SendDialog(
            demo_root, "Convocation",
            lambda m: m.convocation_mails(next_meeting(demo_root)), messages,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.note.text().startswith("Les réglages d'envoi ne sont pas faits")
        assert dialog.settings_button.isVisible()
        assert not dialog.send_button.isEnabled() and not dialog.drafts_button.isEnabled()
        dialog.settings_button.click()
        settings = dialog.settings_dialog
        assert isinstance(settings, MailSettingsDialog)
        settings.host.setText(server.host)
        settings.security.setCurrentIndex(settings.security.findData("none"))
        settings.port.setValue(server.port)
        settings.sender_address.setText(SENDER)
        settings.ok_button.click()
        assert demo_root.outbox.settings().sender == SENDER
        built(qtbot, dialog)
        assert not dialog.settings_button.isVisible()
        assert dialog.send_button.isEnabled()
        dialog.close()


def test_drafts_are_written_as_eml_files_and_not_sent_afterwards(
    qtbot: QtBot, mail_root: Root, server: object, messages: RecordingMessages, tmp_path: Path
) -> None:
    dialog, _ = consultation_dialog(qtbot, mail_root, messages)
    count = len(dialog.todo())
    messages.folder = tmp_path / "brouillons"
    dialog.drafts_button.click()
    qtbot.waitUntil(lambda: "brouillons écrits" in dialog.note.text(), timeout=60000)
    files = sorted((tmp_path / "brouillons").glob("*.eml"))
    assert len(files) == count
    assert files[0].read_bytes().startswith(b"X-Unsent: 1\r\n")
    assert set(states(dialog)) == {"Brouillon écrit"}
    assert not dialog.send_button.isEnabled()
    assert server.received == []  # type: ignore[attr-defined]
    dialog.close()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_the_password_is_taken_from_the_keyring_or_asked(
    qtbot: QtBot, demo_root: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    from tests.mail.server import PASSWORD, USER

    with smtp_server(login=True) as server:
        point_at(demo_root, server, user=USER)
        dialog, _ = consultation_dialog(qtbot, demo_root, messages)
        messages.password = None  # asked, and the user cancels: nothing happens
        dialog.send_button.click()
        assert len(messages.password_requests) == 1
        assert not dialog.run.running and demo_root.outbox.entries() == []
        demo_root.outbox.keep_password(demo_root.outbox.settings(), PASSWORD)
        dialog.send_button.click()  # from the keyring, not asked
        assert len(messages.password_requests) == 1
        qtbot.waitUntil(lambda: not dialog.run.running, timeout=60000)
        qtbot.waitUntil(lambda: "envoyés" in dialog.note.text(), timeout=10000)
        assert len(server.received) == len(dialog.batch.mails)  # type: ignore[union-attr]
    dialog.close()


def test_a_draft_is_circulated_from_the_opinion_each_copy_named_for_its_organisation(
    qtbot: QtBot, mail_editor: Editor, mail_root: Root, server: object, messages: RecordingMessages
) -> None:
    from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace

    opinion_id = mail_root.opinions.opinions()[0].id
    workspace = OpinionWorkspace(mail_editor, messages)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.open_opinion(opinion_id)
    assert workspace.circulate_action in workspace.word_menu.actions()
    workspace.circulate_action.trigger()
    exports_before = recorded_exports(mail_root)
    dialog = built(qtbot, workspace.send_dialog)
    assert dialog.batch is not None and dialog.batch.mails
    for mail in dialog.batch.mails:
        (attachment,) = mail.attachments
        assert attachment.file_name.endswith(f"retour {mail.organisation_name}.docx")
    assert recorded_exports(mail_root) == exports_before, "a preview records no export"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.run.running and dialog._final is None, timeout=60000)
    qtbot.waitUntil(lambda: "envoyé" in dialog.note.text(), timeout=60000)
    received = server.received  # type: ignore[attr-defined]
    assert len(received) == len(dialog.batch.mails)
    assert recorded_exports(mail_root) == exports_before + 1, "the copies sent: one export"
    dialog.close()


def test_reminders_go_from_the_missing_answers_only_to_who_has_not_answered(
    qtbot: QtBot, mail_editor: Editor, mail_root: Root, server: object, messages: RecordingMessages
) -> None:
    from deliberation.ui.positions.synthesis_area import SynthesisArea

    consultation_id = next(
        c.id for c in mail_root.positions.consultations()
        if mail_root.positions.synthesis(c.id).missing
    )  # fmt: skip
    area = SynthesisArea(mail_editor, messages)
    qtbot.addWidget(area)
    area.show_consultation(consultation_id)
    missing = {org for org, _acronym, emails in area.synthesis.missing if emails}  # type: ignore[union-attr]
    area.missing_panel.remind_button.click()
    dialog = area.dialog
    assert isinstance(dialog, SendDialog)
    built(qtbot, dialog)
    assert dialog.batch is not None
    assert {m.organisation_id for m in dialog.batch.mails} <= missing
    assert {m.kind for m in dialog.batch.mails} == {"reminder"}
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=60000)
    qtbot.waitUntil(lambda: "envoyé" in dialog.note.text(), timeout=10000)
    assert len(server.received) == len(dialog.batch.mails)  # type: ignore[attr-defined]
    dialog.close()


def recorded_exports(root: Root) -> int:
    """How many opinion exports the store records (read with sqlite3, as a user's tool would)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(str(root.store.location))) as db:
        return int(db.execute("SELECT count(*) FROM opinion_export").fetchone()[0])
