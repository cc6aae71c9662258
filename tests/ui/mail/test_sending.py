"""What a run says, what the settings lack, and how the password is found."""

from __future__ import annotations

from datetime import UTC, datetime

import keyring
from keyring.backends import fail
from tests.mail.server import MemoryKeyring
from tests.ui.conftest import RecordingMessages

from deliberation.records.mail import MailSettings, OutboxEntry
from deliberation.services.outbox import SendReport
from deliberation.services.root import Root
from deliberation.ui.mail.sending import ask_password, missing_settings, report_sentence


def entry(name: str, state: str, error: str = "") -> OutboxEntry:
    return OutboxEntry(1, "reminder", "k", None, name, "a@b.example", "Relance", state,
                       datetime(2026, 3, 10, tzinfo=UTC), None, error, 1)  # fmt: skip


def test_a_run_is_told_in_one_sentence() -> None:
    sent = [entry("AMF", "sent"), entry("MEN", "sent")]
    assert report_sentence(SendReport(sent=sent)) == "2 messages envoyés."
    failed = entry("RdF", "failed", "Le serveur a refusé le message : 550 inconnu.")
    report = SendReport(sent=sent[:1], failed=[failed], left=[entry("X", "pending")])
    assert report_sentence(report) == (
        "1 message envoyé ; échec pour RdF : Le serveur a refusé le message : 550 inconnu ; "
        "1 reste à envoyer."
    )
    cancelled = SendReport(sent=sent[:1], left=sent, cancelled=True, stopped="Envoi interrompu.")
    assert report_sentence(cancelled) == "Envoi interrompu. 1 message envoyé ; 2 restent à envoyer."
    lost = SendReport(left=sent, stopped="La connexion au serveur a été perdue.")
    assert report_sentence(lost) == (
        "La connexion au serveur a été perdue. 0 message envoyé ; 2 restent à envoyer."
    )


def test_what_the_settings_lack() -> None:
    assert missing_settings(MailSettings()).startswith("Les réglages d'envoi ne sont pas faits")
    assert missing_settings(MailSettings(sender="s@c.example")).startswith(
        "Aucun serveur d'envoi n'est réglé"
    )
    assert missing_settings(MailSettings(host="smtp.c.example", sender="s@c.example")) == ""


def test_the_password_comes_from_the_keyring_or_is_asked(
    opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    outbox = opened.outbox
    assert ask_password(outbox, MailSettings(host="h"), None, messages) == (True, None)
    settings = MailSettings(host="smtp.c.example", user="secretariat")
    messages.password = "tapé"
    assert ask_password(outbox, settings, None, messages) == (True, "tapé")
    assert messages.password_requests == [
        "Mot de passe de secretariat sur le serveur smtp.c.example :"
    ]
    outbox.keep_password(settings, "gardé")
    assert ask_password(outbox, settings, None, messages) == (True, "gardé")
    messages.password = None
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert ask_password(outbox, settings, None, messages) == (False, None)
    finally:
        keyring.set_keyring(previous)
    assert messages.password_requests[-1].startswith("Aucun trousseau du système")
