"""The opinion text editor driven from the keyboard: paragraphs, kinds, undo, paste, margin."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, para

from deliberation.records.opinions import Line, OpinionInput, Run
from deliberation.rules.opinion_text import numbering
from deliberation.services.opinions import Opinions
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text.editor import KEYS, OpinionTextEdit

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def session(open_session: OpenSession) -> Iterator[OpinionSession]:
    session = open_session(
        [para("Constats", "heading"), para("Les ENT sont utiles."), para("Ils coûtent cher.")]
    )
    yield session
    session.timer.stop()
    shiboken6.delete(session)  # here, not later by the garbage collector on some other thread


@pytest.fixture
def edit(qtbot: QtBot, session: OpinionSession) -> Iterator[OpinionTextEdit]:
    widget = OpinionTextEdit()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_session(None)


def texts(session: OpinionSession) -> list[str]:
    return [p.text for p in session.paragraphs()]


def put_cursor(edit: OpinionTextEdit, index: int, offset: int = 0) -> None:
    """The cursor in the index-th paragraph, `offset` characters in (-1: at its end)."""
    paragraph = edit.session.paragraphs()[index]  # type: ignore[union-attr]
    blocks = doc.paragraph_blocks(edit.document(), paragraph.uuid)
    cursor = QTextCursor(blocks[0])
    if offset < 0:
        cursor.setPosition(blocks[-1].position() + blocks[-1].length() - 1)
    else:
        cursor.setPosition(blocks[0].position() + offset)
    edit.setTextCursor(cursor)


def test_typing_then_enter_splits_and_undo_walks_back_through_the_stack(
    qtbot: QtBot,
    edit: OpinionTextEdit,
    session: OpinionSession,
    typist: Callable[[QWidget, str], None],
) -> None:
    heading, first, second = session.paragraphs()
    put_cursor(edit, 1, -1)
    typist(edit, " Très.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    typist(edit, "Mais inégaux.")
    after = session.paragraphs()
    assert [p.text for p in after] == [
        "Constats", "Les ENT sont utiles. Très.", "Mais inégaux.", "Ils coûtent cher.",
    ]  # fmt: skip
    assert after[1].uuid == first.uuid and after[2].uuid not in {heading.uuid, second.uuid}
    assert edit.current_paragraph() == after[2].uuid

    qtbot.keyClick(edit, Qt.Key.Key_Home)  # back to the start of the new paragraph
    assert edit.textCursor().atBlockStart()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # merges into the previous paragraph
    assert texts(session)[1] == "Les ENT sont utiles. Très. Mais inégaux."
    assert session.paragraphs()[1].uuid == first.uuid
    assert (
        edit.textCursor().block().text()[: edit.textCursor().positionInBlock()].endswith("Très. ")
    )

    qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)  # the merged paragraph goes above the heading
    assert [p.uuid for p in session.paragraphs()][:2] == [first.uuid, heading.uuid]
    assert edit.current_paragraph() == first.uuid

    qtbot.keyClick(edit, Qt.Key.Key_2, CTRL | ALT)
    assert (session.paragraphs()[0].kind, session.paragraphs()[0].level) == ("heading", 2)

    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # kind
    assert session.paragraphs()[0].kind == "paragraph"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # move
    assert [p.uuid for p in session.paragraphs()][:2] == [heading.uuid, first.uuid]
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # merge
    assert texts(session)[1:3] == ["Les ENT sont utiles. Très.", "Mais inégaux."]
    while session.undo_stack.canUndo():
        qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert session.paragraphs() == [heading, first, second]
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert session.undo_stack.index() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert session.undo_stack.index() == 2


def test_the_document_own_undo_is_never_used(edit: OpinionTextEdit, qtbot: QtBot) -> None:
    session = edit.session
    assert session is not None
    put_cursor(edit, 2, -1)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    steps = session.undo_stack.count()
    menu = edit.context_menu()
    undo = next(a for a in menu.actions() if a.text().startswith("Annuler"))
    assert undo.text() == "Annuler le nouveau paragraphe"
    undo.trigger()
    assert len(session.paragraphs()) == 3
    assert session.undo_stack.index() == steps - 1  # the stack moved, not the document alone
    redo = next(a for a in edit.context_menu().actions() if a.text().startswith("Rétablir"))
    redo.trigger()
    assert len(session.paragraphs()) == 4


def test_shift_enter_keeps_one_paragraph_and_delete_at_the_end_merges_the_next(
    edit: OpinionTextEdit, session: OpinionSession, qtbot: QtBot
) -> None:
    heading, first, _ = session.paragraphs()
    put_cursor(edit, 1, len("Les ENT"))
    qtbot.keyClick(edit, Qt.Key.Key_Return, SHIFT)
    assert session.paragraphs()[1].text == "Les ENT\n sont utiles."
    assert len(session.paragraphs()) == 3
    put_cursor(edit, 1, -1)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, first.uuid]
    assert session.paragraphs()[1].text.endswith("sont utiles. Ils coûtent cher.")


def test_enter_in_a_list_continues_it_and_on_an_empty_item_ends_it(
    edit: OpinionTextEdit,
    session: OpinionSession,
    qtbot: QtBot,
    typist: Callable[[QWidget, str], None],
) -> None:
    first = session.paragraphs()[1]
    put_cursor(edit, 1, -1)
    qtbot.keyClick(edit, Qt.Key.Key_Return, SHIFT)
    typist(edit, "les écoles")
    qtbot.keyClick(edit, Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    typist(edit, "les collèges")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # on the empty item: the list ends
    typist(edit, "Suite.")
    paragraphs = session.paragraphs()
    assert paragraphs[1].uuid == first.uuid
    assert [(line.text, line.list) for line in paragraphs[1].lines] == [
        ("Les ENT sont utiles.", ""), ("les écoles", "bullet"), ("les collèges", "bullet"),
    ]  # fmt: skip
    assert (paragraphs[2].text, paragraphs[2].lines[0].list) == ("Suite.", "")
    assert len(paragraphs) == 4
    put_cursor(edit, 1, -1)
    qtbot.keyClick(edit, Qt.Key.Key_L, CTRL | SHIFT)  # the last item leaves the list
    assert [line.list for line in session.paragraphs()[1].lines] == ["", "bullet", ""]


def test_kinds_and_heading_levels_from_the_keyboard(
    edit: OpinionTextEdit, session: OpinionSession, qtbot: QtBot
) -> None:
    put_cursor(edit, 0, 3)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.paragraphs()[0].level == 2
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.paragraphs()[0].level == 3
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, SHIFT)
    assert session.paragraphs()[0].level == 2
    assert edit.textCursor().positionInBlock() == 3  # the cursor stayed where it was
    put_cursor(edit, 1)
    qtbot.keyClick(edit, Qt.Key.Key_C, CTRL | ALT)
    put_cursor(edit, 2)
    qtbot.keyClick(edit, Qt.Key.Key_R, CTRL | ALT)
    assert [p.kind for p in session.paragraphs()] == ["heading", "recital", "recommendation"]
    qtbot.keyClick(edit, Qt.Key.Key_0, CTRL | ALT)
    assert session.paragraphs()[2].kind == "paragraph"


def test_bold_on_a_selection_is_one_undo_step(
    edit: OpinionTextEdit, session: OpinionSession, qtbot: QtBot
) -> None:
    put_cursor(edit, 1, len("Les "))
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 3)
    edit.setTextCursor(cursor)
    steps = session.undo_stack.count()
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    assert session.paragraphs()[1].lines[0].runs == (
        Run("Les "), Run("ENT", bold=True), Run(" sont utiles."),
    )  # fmt: skip
    assert session.undo_stack.count() == steps + 1
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    assert session.paragraphs()[1].lines[0].runs[1] == Run("ENT", bold=True, italic=True)
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)  # all bold already: bold goes
    assert session.paragraphs()[1].lines[0].runs[1] == Run("ENT", italic=True)


def test_pasting_from_word_gives_clean_paragraphs_in_one_step(
    edit: OpinionTextEdit, session: OpinionSession
) -> None:
    put_cursor(edit, 2, -1)
    steps = session.undo_stack.count()
    data = QMimeData()
    data.setText("Un\tdeux\x0btrois\n\nQuatre\x07")
    data.setHtml("<b>ignored</b>")
    assert edit.canInsertFromMimeData(data)
    edit.insertFromMimeData(data)
    paragraphs = session.paragraphs()
    assert [p.text for p in paragraphs[2:]] == ["Ils coûtent cher.Un deux\ntrois", "Quatre"]
    assert paragraphs[2].lines == (Line((Run("Ils coûtent cher.Un deux"),)), Line((Run("trois"),)))
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert texts(session) == ["Constats", "Les ENT sont utiles.", "Ils coûtent cher."]


def test_copy_gives_plain_text(edit: OpinionTextEdit) -> None:
    edit.selectAll()
    data = edit.createMimeDataFromSelection()
    assert data.text() == "Constats\nLes ENT sont utiles.\nIls coûtent cher."
    assert not data.hasHtml()


def test_margin_numbers_and_markers(
    edit: OpinionTextEdit, session: OpinionSession, tmp_path: Path
) -> None:
    paragraphs = [
        para("Constats", "heading"),
        para("Considérant que l'école change.", "recital"),
        para("Les ENT", "heading", 2),
        para("Les ENT sont utiles."),
        para("Ils coûtent cher."),
        para("Mutualiser les ENT.", "recommendation"),
    ]
    session.replace_all(paragraphs, "le texte")
    statuses = {
        paragraphs[3].uuid: "consensus",
        paragraphs[4].uuid: "disputed",
        paragraphs[5].uuid: "consensus_with_reservations",
        paragraphs[1].uuid: "not_enough_answers",
    }
    edit.set_markers(statuses)
    labels = edit.margin_labels()
    assert [(u, label) for u, label, _ in labels] == [
        (paragraphs[0].uuid, "I."), (paragraphs[1].uuid, "Cons."), (paragraphs[2].uuid, "A."),
        (paragraphs[3].uuid, "1."), (paragraphs[4].uuid, "2."), (paragraphs[5].uuid, "R1"),
    ]  # fmt: skip
    assert {u: s for u, _, s in labels if s} == statuses
    numbers = numbering(session.paragraphs())
    assert labels[3][1] == numbers[paragraphs[3].uuid].label
    assert "contesté" in edit.margin.tooltip(paragraphs[4].uuid)
    image = edit.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "editor.png"))

    edit.go_to(paragraphs[4].uuid)
    edit.run_command("up")
    assert [label for _, label, _ in edit.margin_labels()][3:5] == ["1.", "2."]
    assert edit.margin_labels()[3][0] == paragraphs[4].uuid


def test_current_paragraph_signal_and_go_to(edit: OpinionTextEdit, qtbot: QtBot) -> None:
    third = edit.session.paragraphs()[2]  # type: ignore[union-attr]
    with qtbot.waitSignal(edit.current_paragraph_changed) as blocker:
        assert edit.go_to(third.uuid)
    assert blocker.args == [third.uuid]
    assert edit.textCursor().atBlockStart()
    assert not edit.go_to(uuid.uuid4())


def test_without_a_session_the_editor_is_empty_and_read_only(
    edit: OpinionTextEdit, qtbot: QtBot
) -> None:
    edit.set_session(None)
    assert edit.isReadOnly() and edit.document().isEmpty()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.document().isEmpty()
    assert edit.current_paragraph() is None and edit.margin_labels() == []


def test_the_keys_table_names_every_editor_key() -> None:
    keys = " ".join(key for key, _ in KEYS)
    for needed in ("Entrée", "Maj+Entrée", "Alt+Haut", "Ctrl+Alt+1", "Ctrl+Maj+L", "Ctrl+Z"):
        assert needed in keys


def test_backspace_after_an_empty_paragraph_removes_it_and_keeps_the_text_identity(
    edit: OpinionTextEdit, session: OpinionSession, qtbot: QtBot
) -> None:
    heading, first, second = session.paragraphs()
    put_cursor(edit, 1, -1)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # an empty paragraph between the two
    assert len(session.paragraphs()) == 4
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert session.paragraphs() == [heading, first, second]
    assert edit.current_paragraph() == second.uuid


def test_numbered_list_and_altgr_characters(
    edit: OpinionTextEdit, session: OpinionSession, qtbot: QtBot
) -> None:
    put_cursor(edit, 2, -1)
    qtbot.keyClick(edit, Qt.Key.Key_N, CTRL | SHIFT)
    assert session.paragraphs()[2].lines[0].list == "number"
    qtbot.keyClick(edit, Qt.Key.Key_N, CTRL | SHIFT)
    assert session.paragraphs()[2].lines[0].list == ""
    # AltGr+à types « @ » on a French keyboard and reaches Qt as Ctrl+Alt: not a kind change.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_0, CTRL | ALT, "@"))
    assert session.paragraphs()[2].kind == "paragraph"
    assert session.paragraphs()[2].text == "Ils coûtent cher.@"


def test_a_heading_typed_after_ctrl_alt_1_looks_like_a_heading(
    opinions: Opinions, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QFont

    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Nouvel avis")))
    widget = OpinionTextEdit()
    qtbot.addWidget(widget)
    session = OpinionSession(opinions, snap.id, widget)  # a new opinion: one empty paragraph
    widget.set_session(session)
    widget.show()
    widget.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(widget, Qt.Key.Key_1, ctrl_alt)
    qtbot.keyClicks(widget, "Constats")
    shown = session.document.begin().begin().fragment().charFormat()
    assert session.paragraphs()[0].kind == "heading"
    assert shown.fontWeight() >= QFont.Weight.Bold.value  # what the rapporteur sees
    assert shown.font().pointSizeF() > session.document.defaultFont().pointSizeF()
