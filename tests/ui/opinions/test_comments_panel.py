"""Comment threads beside the text: written, answered, resolved, deleted, and undone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, RecordingMessages, para

from deliberation.services.opinions import Opinions
from deliberation.ui.opinions.comments_panel import CommentsPanel
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.text import document as doc


@pytest.fixture
def session(opinions: Opinions, open_session: OpenSession) -> OpinionSession:
    opinions.positions.user = "Claire Martin"
    return open_session(
        [
            para("Constats", "heading"),
            para("Les ENT sont utiles aux familles."),
            para("Ils coûtent cher aux communes."),
        ]
    )


@pytest.fixture
def panel(
    qtbot: QtBot, opinions: Opinions, messages: RecordingMessages, session: OpinionSession
) -> CommentsPanel:
    widget = CommentsPanel(opinions, messages)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_session(session)
    return widget


def shown(panel: CommentsPanel) -> list[list[str]]:
    """Each thread's comments as listed: [first, reply, …] texts."""
    return [
        [c.text for c in (card.comment_thread.first, *card.comment_thread.replies)]
        for card in panel.cards.values()
    ]


def write(
    qtbot: QtBot, panel: CommentsPanel, typist: Callable[[QWidget, str], None], text: str
) -> None:
    panel.editor.setFocus()
    typist(panel.editor, text)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_write_reply_resolve_and_undo(
    qtbot: QtBot,
    panel: CommentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    typist: Callable[[QWidget, str], None],
) -> None:
    _heading, first, second = session.paragraphs()
    panel.show_paragraph(first.uuid)
    assert panel.title.text() == "Commentaires — Paragraphe 1"
    write(qtbot, panel, typist, "Préciser « utiles » : à qui ?")
    assert panel.editor.toPlainText() == ""
    threads = opinions.threads(session.opinion_id, first.uuid)
    assert [(t.first.author, t.first.text) for t in threads] == [
        ("Claire Martin", "Préciser « utiles » : à qui ?")
    ]
    assert shown(panel) == [["Préciser « utiles » : à qui ?"]]
    assert panel.open_count() == 1
    label = panel.cards[threads[0].first.id].findChild(QWidget, f"comment_{threads[0].first.id}")
    assert "Claire Martin" in label.text() and " à " in label.text()  # « 12/03/2026 à 14:05 »

    card = panel.cards[threads[0].first.id]
    qtbot.mouseClick(card.reply_button, Qt.MouseButton.LeftButton)
    assert "Réponse à Claire Martin" in panel.reply_note.text()
    write(qtbot, panel, typist, "Aux familles et aux élèves.")
    assert shown(panel) == [["Préciser « utiles » : à qui ?", "Aux familles et aux élèves."]]

    with qtbot.waitSignal(panel.count_changed) as counted:
        qtbot.mouseClick(panel.cards[threads[0].first.id].resolve_button, Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    assert opinions.threads(session.opinion_id)[0].resolved
    assert shown(panel) == []  # resolved threads are hidden…
    assert panel.hidden_note.text() == "1 fil(s) résolu(s) masqué(s)"
    panel.show_resolved.setChecked(True)  # …until asked for, folded
    folded = panel.cards[threads[0].first.id]
    assert folded.resolve_button.text() == "Rouvrir" and not folded.reply_button.isVisibleTo(folded)
    assert len(folded.delete_buttons) == 1  # the replies are folded away

    session.undo_stack.undo()  # the resolution
    assert not opinions.threads(session.opinion_id)[0].resolved
    assert panel.open_count() == 1
    session.undo_stack.undo()  # the reply
    assert shown(panel) == [["Préciser « utiles » : à qui ?"]]
    session.undo_stack.undo()  # the comment
    assert opinions.threads(session.opinion_id) == []
    assert shown(panel) == []
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert shown(panel) == [["Préciser « utiles » : à qui ?", "Aux familles et aux élèves."]]
    panel.show_paragraph(second.uuid)
    assert shown(panel) == []


def test_deleting_a_thread_and_undoing_brings_back_its_replies(
    qtbot: QtBot,
    panel: CommentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
    typist: Callable[[QWidget, str], None],
) -> None:
    first = session.paragraphs()[1]
    panel.show_paragraph(first.uuid)
    write(qtbot, panel, typist, "Une question.")
    thread_id = next(iter(panel.cards))
    panel.reply_to(panel.cards[thread_id].comment_thread)
    write(qtbot, panel, typist, "Une réponse.")
    card = panel.cards[thread_id]
    reply_id = card.comment_thread.replies[0].id
    qtbot.mouseClick(card.delete_buttons[reply_id], Qt.MouseButton.LeftButton)
    assert shown(panel) == [["Une question."]]
    session.undo_stack.undo()
    assert shown(panel) == [["Une question.", "Une réponse."]]
    qtbot.mouseClick(panel.cards[thread_id].delete_buttons[thread_id], Qt.MouseButton.LeftButton)
    assert shown(panel) == [] and opinions.threads(session.opinion_id) == []
    session.undo_stack.undo()
    assert shown(panel) == [["Une question.", "Une réponse."]]
    restored = opinions.threads(session.opinion_id)[0]
    assert restored.first.id == thread_id and restored.replies[0].id == reply_id


def test_all_paragraphs_names_each_threads_paragraph_and_goes_there(
    qtbot: QtBot,
    panel: CommentsPanel,
    session: OpinionSession,
    typist: Callable[[QWidget, str], None],
) -> None:
    _heading, first, second = session.paragraphs()
    panel.show_paragraph(second.uuid)
    write(qtbot, panel, typist, "Chiffrer le coût.")
    panel.show_paragraph(first.uuid)
    write(qtbot, panel, typist, "Sources ?")
    panel.all_paragraphs.setChecked(True)
    assert shown(panel) == [["Sources ?"], ["Chiffrer le coût."]]  # in the order of the text
    cards = list(panel.cards.values())
    assert "Paragraphe 2" in cards[1].findChildren(QWidget)[0].text()
    with qtbot.waitSignal(panel.go_to) as signal:
        qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton)
    assert signal.args == [second.uuid]


def test_a_comment_on_a_paragraph_just_typed_is_kept(
    qtbot: QtBot,
    panel: CommentsPanel,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
    typist: Callable[[QWidget, str], None],
) -> None:
    second = session.paragraphs()[2]
    cursor = QTextCursor(doc.paragraph_blocks(session.document, second.uuid)[0])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    new = session.split(cursor)
    cursor.insertText("Un paragraphe neuf.")
    panel.show_paragraph(new)
    qtbot.waitUntil(lambda: panel.title.text() == "Commentaires — Paragraphe 3")
    write(qtbot, panel, typist, "À développer.")
    assert messages.errors == []
    assert [t.first.text for t in opinions.threads(session.opinion_id, new)] == ["À développer."]


def test_a_hidden_panel_still_counts_the_open_threads(
    qtbot: QtBot, panel: CommentsPanel, session: OpinionSession, opinions: Opinions
) -> None:
    first = session.paragraphs()[1]
    panel.show_paragraph(first.uuid)
    panel.hide()  # another tab of the review area is shown
    record = opinions.new_comment(session.opinion_id, first.uuid, "Vu en séance.")
    with qtbot.waitSignal(panel.count_changed) as counted:
        session.record_command(
            "le commentaire",
            frozenset({"comments"}),
            None,
            record,
            opinions.apply_comment,
            opinions.remove_comment,
        )
    assert counted.args == [1]
    panel.show()
    assert shown(panel) == [["Vu en séance."]]
