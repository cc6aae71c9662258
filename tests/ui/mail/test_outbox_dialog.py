"""« Boîte d'envoi »: states per message, filter, resending a failed message, sending the rest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.mail.server import Behaviour, MemoryKeyring, smtp_server
from tests.services.test_outbox import mails
from tests.ui.conftest import RecordingMessages
from tests.ui.mail.conftest import point_at

from deliberation.services.root import Root
from deliberation.ui.mail.outbox_dialog import OutboxDialog


def rows(dialog: OutboxDialog) -> list[tuple[str, str, str]]:
    """(organisation, state, reason) of each row shown."""
    result = []
    for r in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(r)
        result.append((item.text(2), item.text(5), item.text(7)))
    return result


def finished(qtbot: QtBot, dialog: OutboxDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.run.running, timeout=60000)
    qtbot.waitUntil(lambda: not dialog.run_bar.isVisible(), timeout=10000)


def test_the_outbox_lists_states_filters_and_resends(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    refused = "delegue2@membres.example.org"
    with smtp_server(Behaviour(refuse={refused})) as server:
        point_at(opened, server)
        opened.outbox.queue(mails(3))
        opened.outbox.send_pending(None)
        opened.outbox.queue(mails(4))  # the 4th stays to send
        dialog = OutboxDialog(opened.outbox, messages)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = rows(dialog)
        assert [s for _o, s, _r in shown] == ["À envoyer", "Envoyé", "Échec", "Envoyé"]
        assert "550 5.1.1 Destinataire inconnu" in shown[2][2]
        assert dialog.counts.text() == "4 messages ; 1 à envoyer ; 1 en échec"
        dialog.state_filter.setCurrentIndex(dialog.state_filter.findData("failed"))
        assert rows(dialog) == [shown[2]]
        assert not dialog.resend_button.isEnabled()  # nothing chosen yet

        server.handler.behaviour.refuse.clear()  # the address was corrected at the server
        failed_id = opened.outbox.entries(["failed"])[0].id
        assert dialog.select(failed_id)
        dialog.resend_button.click()
        finished(qtbot, dialog)
        assert dialog.note.text() == "1 message envoyé."
        assert rows(dialog) == []  # no failure left under this filter
        assert dialog.empty.isVisible()

        dialog.state_filter.setCurrentIndex(0)
        assert dialog.send_rest_button.isEnabled()
        dialog.send_rest_button.click()
        finished(qtbot, dialog)
        assert [s for _o, s, _r in rows(dialog)] == ["Envoyé"] * 4
        assert not dialog.send_rest_button.isEnabled()
        received = [r.recipients[0] for r in server.received]
    assert sorted(received) == [f"delegue{n}@membres.example.org" for n in (1, 2, 3, 4)]


def test_a_lost_server_is_one_sentence_and_loses_nothing(
    qtbot: QtBot, opened: Root, keys: MemoryKeyring, messages: RecordingMessages
) -> None:
    with smtp_server() as server:
        point_at(opened, server)
    # the server is gone now
    opened.outbox.queue(mails(2))
    dialog = OutboxDialog(opened.outbox, messages)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.send_rest_button.click()
    finished(qtbot, dialog)
    assert dialog.note.text().startswith("Impossible de joindre le serveur")
    assert dialog.note.text().endswith("Rien n'est perdu : les messages restent à envoyer.")
    assert [s for _o, s, _r in rows(dialog)] == ["À envoyer", "À envoyer"]
