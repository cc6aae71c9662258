"""« Paramètres d'envoi… »: settings kept in the store, the password in the keyring and nowhere
else, no keyring said in one sentence, and the test message sent off the UI thread."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from tests.mail.server import PASSWORD, MemoryKeyring, Server, smtp_server
from tests.ui.conftest import RecordingMessages
from tests.ui.mail.conftest import SENDER

from deliberation.mail.secrets import NO_KEYRING, SERVICE
from deliberation.records.mail import MailSettings
from deliberation.services.root import Root
from deliberation.ui.mail.settings_dialog import MailSettingsDialog


def open_dialog(qtbot: QtBot, root: Root, messages: RecordingMessages) -> MailSettingsDialog:
    dialog = MailSettingsDialog(root.outbox, messages)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: MailSettingsDialog, host: str, port: int, user: str = "secretariat") -> None:
    dialog.host.setText(host)
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.port.setValue(port)
    dialog.user.setText(user)
    dialog.sender_address.setText(SENDER)
    dialog.sender_name.setText("Secrétariat du comité")


def files_holding(folder: Path, secret: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and secret.encode() in path.read_bytes():
            found.append(path)
    return found


def test_settings_are_saved_and_the_password_only_in_the_keyring(
    qtbot: QtBot,
    opened: Root,
    keys: MemoryKeyring,
    messages: RecordingMessages,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = open_dialog(qtbot, opened, messages)
    assert dialog.keyring_note == ""
    fill(dialog, "smtp.comite.example.org", 587)
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert opened.outbox.settings() == MailSettings(
        host="smtp.comite.example.org", port=587, security="starttls", user="secretariat",
        sender=SENDER, sender_name="Secrétariat du comité",
    )  # fmt: skip
    assert keys.passwords == {(SERVICE, "secretariat@smtp.comite.example.org"): PASSWORD}
    QSettings().sync()
    store_folder = Path(opened.store.location).parent
    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert files_holding(store_folder, PASSWORD) == []
    assert files_holding(config, PASSWORD) == [] if config.exists() else True
    assert PASSWORD not in caplog.text
    # opened again: the password is not shown, only said to be kept
    again = open_dialog(qtbot, opened, messages)
    assert again.password.text() == ""
    assert "gardé dans le trousseau" in again.password.placeholderText()


def test_a_bad_setting_is_shown_under_its_field_and_nothing_is_written(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    dialog = open_dialog(qtbot, opened, messages)
    fill(dialog, "smtp comite", 587)
    dialog.sender_address.setText("pas-une-adresse")
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "n'est pas valide" in dialog.field_error("host")
    assert "n'est pas valide" in dialog.field_error("sender")
    assert opened.outbox.settings() == MailSettings()
    assert keys.passwords == {}


def test_the_security_brings_its_usual_port(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    dialog = open_dialog(qtbot, opened, messages)
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.port.value() == 465
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.port.value() == 25
    dialog.port.setValue(2525)  # a custom port is kept
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    assert dialog.port.value() == 2525


def test_without_a_keyring_the_dialog_says_so_and_keeps_the_password_nowhere(
    qtbot: QtBot, opened: Root, messages: RecordingMessages
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = open_dialog(qtbot, opened, messages)
        assert dialog.keyring_note == NO_KEYRING
        labels = [w.text() for w in dialog.findChildren(type(dialog.test_result))]
        assert NO_KEYRING in labels
        assert dialog.password.placeholderText() == "demandé à chaque envoi"
        fill(dialog, "smtp.comite.example.org", 587)
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert opened.outbox.settings().user == "secretariat"
        assert files_holding(Path(opened.store.location).parent, PASSWORD) == []
    finally:
        keyring.set_keyring(previous)


def test_the_test_message_goes_to_the_sender_off_the_ui_thread(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    with smtp_server() as server:
        dialog = open_dialog(qtbot, opened, messages)
        fill(dialog, server.host, server.port, user="")
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.port.setValue(server.port)
        dialog.test_button.click()
        assert not dialog.test_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30000)
        assert dialog.test_result.text() == (
            f"Message d'essai envoyé à {SENDER} : vérifiez qu'il est arrivé."
        )
        (received,) = server.received
        assert received.recipients == [SENDER]
        assert str(received.message["Subject"]) == "Délibération : message d'essai"
    assert opened.outbox.entries() == []  # not an outbox message
    assert opened.outbox.settings() == MailSettings()  # nothing saved by the test


def test_a_failed_test_message_is_one_sentence(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages, server: Server
) -> None:
    dialog = open_dialog(qtbot, opened, messages)
    fill(dialog, server.host, 1, user="")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(1)  # nothing listens there
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30000)
    assert dialog.test_result.text().startswith("Impossible de joindre le serveur 127.0.0.1:1")
    assert "\n" not in dialog.test_result.text()
