"""Navigating an opinion: the outline of its headings, find and replace, the word count line."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, para

from deliberation.services.opinions import Opinions
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text.find_bar import FindBar
from deliberation.ui.opinions.text.outline import OpinionOutline, WordCountLabel, count_text

TEXT = [
    para("Considérant que les ENT sont déployés dans tous les collèges.", "recital"),
    para("Constats", "heading"),
    para("Usages", "heading", 2),
    para("Les ENT sont utiles aux familles."),
    para("Ils coûtent cher aux communes."),
    para("Financement", "heading", 2),
    para("Le financement des ENT repose sur les départements."),
    para("Recommandations", "heading"),
    para("Généraliser un ENT par académie.", "recommendation"),
    para("Former les enseignants.", "recommendation"),
]


@pytest.fixture
def session(opinions: Opinions, open_session: OpenSession) -> OpinionSession:
    return open_session(TEXT)


@pytest.fixture
def outline(qtbot: QtBot, session: OpinionSession) -> OpinionOutline:
    view = OpinionOutline()
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(320, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


class Editing(QWidget):
    """The text with its find bar under it, as the workspace lays them out."""

    def __init__(self, session: OpinionSession | None) -> None:
        super().__init__()
        self.text = QTextEdit()
        if session is not None:
            self.text.setDocument(session.document)
        self.bar = FindBar(self.text)
        self.bar.set_session(session)
        self.addAction(self.bar.find_action)  # as the workspace places Ctrl+F and Ctrl+H
        self.addAction(self.bar.replace_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)


@pytest.fixture
def editing(qtbot: QtBot, session: OpinionSession) -> Editing:
    widget = Editing(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.text.setFocus()
    return widget


def titles(outline: OpinionOutline) -> list[tuple[str, list[str]]]:
    result = []
    for index in range(outline.topLevelItemCount()):
        item = outline.topLevelItem(index)
        children = [item.child(i).text(0) for i in range(item.childCount())]
        result.append((item.text(0), children))
    return result


# -- the outline --------------------------------------------------------------------------------


def test_a_narrow_outline_gives_the_headings_the_room_and_the_counts_to_tooltips(
    outline: OpinionOutline, qtbot: QtBot
) -> None:
    """At its least width (150 px) the counts beside the headings cut them to « … »."""
    heading = outline.heading_items()[TEXT[1].uuid]
    assert not outline.isColumnHidden(1)  # 320 px: room for both
    outline.resize(150, 300)
    qtbot.waitUntil(lambda: outline.isColumnHidden(1))
    assert heading.text(1) == "3\u00a0§"  # still known, in the tooltip
    assert "3\u00a0paragraphes" in heading.toolTip(0)
    metrics = outline.fontMetrics()
    rect = outline.visualItemRect(heading)
    assert rect.right() <= outline.viewport().width()
    assert metrics.horizontalAdvance(heading.text(0)) <= rect.width()  # « I. Constats » whole
    outline.resize(320, 300)
    qtbot.waitUntil(lambda: not outline.isColumnHidden(1))
    outline.set_show_counts(False)
    assert outline.isColumnHidden(1)


def test_the_outline_nests_numbered_headings_with_what_each_section_holds(
    outline: OpinionOutline,
) -> None:
    assert titles(outline) == [
        ("Début du texte", []),
        ("I. Constats", ["A. Usages", "B. Financement"]),
        ("II. Recommandations", []),
    ]
    items = outline.heading_items()
    assert items[TEXT[1].uuid].text(1) == "3\u00a0§"  # its two subsections included
    assert items[TEXT[2].uuid].text(1) == "2\u00a0§"
    assert items[TEXT[7].uuid].text(1) == "2\u00a0R"
    assert items["start"].text(1) == "1\u00a0C"
    assert "2\u00a0recommandations" in items[TEXT[7].uuid].toolTip(0)


def test_clicking_or_entering_a_heading_asks_to_jump_to_it(
    qtbot: QtBot, outline: OpinionOutline
) -> None:
    item = outline.heading_items()[TEXT[5].uuid]
    with qtbot.waitSignal(outline.activated) as blocker:
        qtbot.mouseClick(
            outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(item).center()
        )
    assert blocker.args == [TEXT[5].uuid]
    outline.setCurrentItem(outline.heading_items()[TEXT[7].uuid])
    with qtbot.waitSignal(outline.activated) as blocker:
        qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert blocker.args == [TEXT[7].uuid]
    outline.setCurrentItem(outline.heading_items()["start"])
    with qtbot.waitSignal(outline.activated) as blocker:
        qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert blocker.args == [TEXT[0].uuid]


def test_a_new_heading_appears_and_collapsed_sections_stay_collapsed(
    qtbot: QtBot, outline: OpinionOutline, session: OpinionSession
) -> None:
    constats = outline.heading_items()[TEXT[1].uuid]
    constats.setExpanded(False)
    session.set_kind(TEXT[4].uuid, "heading", 2)  # « Ils coûtent cher… » becomes B.
    qtbot.waitUntil(lambda: len(titles(outline)[1][1]) == 3)
    assert titles(outline)[1] == (
        "I. Constats",
        ["A. Usages", "B. Ils coûtent cher aux communes.", "C. Financement"],
    )
    assert not outline.heading_items()[TEXT[1].uuid].isExpanded()
    assert outline.heading_items()[TEXT[2].uuid].text(1) == "1\u00a0§"
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: len(titles(outline)[1][1]) == 2)


def test_the_heading_of_the_cursor_s_section_is_highlighted(
    qtbot: QtBot, outline: OpinionOutline, session: OpinionSession
) -> None:
    outline.highlight(TEXT[6].uuid)
    assert outline.currentItem().text(0) == "B. Financement"
    outline.highlight(TEXT[9].uuid)
    assert outline.currentItem().text(0) == "II. Recommandations"
    outline.heading_items()[TEXT[1].uuid].setExpanded(False)
    outline.highlight(TEXT[3].uuid)  # inside a collapsed section: the section is shown
    assert outline.currentItem().text(0) == "I. Constats"
    # a paragraph just typed is found once the outline has caught up
    cursor = QTextCursor(doc.paragraph_blocks(session.document, TEXT[9].uuid)[0])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    new = session.split(cursor)
    outline.highlight(new)
    qtbot.waitUntil(lambda: not outline.pending)
    assert outline.currentItem().text(0) == "II. Recommandations"
    outline.highlight(uuid.uuid4())  # not in the text (any more): ignored after one look
    qtbot.waitUntil(lambda: not outline.pending)
    assert outline.currentItem().text(0) == "II. Recommandations"


def test_an_outline_without_session_is_empty(qtbot: QtBot, outline: OpinionOutline) -> None:
    outline.set_session(None)
    assert outline.topLevelItemCount() == 0


# -- find and replace ---------------------------------------------------------------------------


def selected(editing: Editing) -> str:
    return editing.text.textCursor().selectedText()


def test_find_counts_matches_and_next_previous_move_through_them(
    qtbot: QtBot, editing: Editing
) -> None:
    bar = editing.bar
    qtbot.keyClick(editing.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.find_field.hasFocus()
    qtbot.keyClicks(bar.find_field, "ENT")
    # case-insensitive by default: « souvENT »-like endings count too
    plain = "\n".join(p.text for p in TEXT)
    assert len(bar.matches) == plain.lower().count("ent") == 8
    assert bar.count_label.text() == "8 résultats"
    assert len(editing.text.extraSelections()) == 8
    bar.word_box.setChecked(True)
    assert len(bar.matches) == 4
    bar.case_box.setChecked(True)
    bar.word_box.setChecked(False)
    assert len(bar.matches) == 4
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert selected(editing) == "ENT"
    assert bar.count_label.text() == "1 sur 4"
    assert editing.text.textCursor().block().text() == TEXT[0].text
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 sur 4"
    assert editing.text.textCursor().block().text() == TEXT[3].text
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "4 sur 4 · reprise à la fin"
    qtbot.keyClick(editing.text, Qt.Key.Key_F3)  # F3 works from the text too
    assert bar.count_label.text() == "1 sur 4 · reprise au début"
    bar.find_field.setText("écoles")
    assert bar.count_label.text() == "Aucun résultat"
    assert not editing.text.document().isModified()


def test_search_respects_accents(qtbot: QtBot, editing: Editing) -> None:
    editing.bar.open_find()
    qtbot.keyClicks(editing.bar.find_field, "generaliser")
    assert editing.bar.matches == []
    editing.bar.find_field.setText("GÉNÉRALISER")
    assert len(editing.bar.matches) == 1


def test_escape_closes_the_bar_clears_highlights_and_returns_to_the_text(
    qtbot: QtBot, editing: Editing
) -> None:
    cursor = editing.text.textCursor()
    cursor.setPosition(doc.paragraph_blocks(editing.text.document(), TEXT[4].uuid)[0].position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editing.text.setTextCursor(cursor)
    editing.bar.open_find()
    assert editing.bar.find_field.text() == "Ils"  # prefilled with the selection
    assert editing.bar.count_label.text() == "1 sur 1"
    assert not editing.bar.replace_field.isVisible()
    qtbot.keyClick(editing.bar.find_field, Qt.Key.Key_Escape)
    assert not editing.bar.isVisible()
    assert editing.text.hasFocus()
    assert editing.text.extraSelections() == []


def test_replace_all_is_one_undo_step_and_keeps_paragraph_identities(
    qtbot: QtBot, editing: Editing, session: OpinionSession, typist: Callable[[QWidget, str], None]
) -> None:
    before = session.paragraphs()
    bar = editing.bar
    qtbot.keyClick(editing.text, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "ENT")
    bar.word_box.setChecked(True)
    typist(bar.replace_field, "espace numérique de travail")
    steps = session.undo_stack.count()
    with qtbot.waitSignal(bar.status_message) as blocker:
        qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["4 remplacements"]
    assert bar.count_label.text() == "4 remplacements"
    after = session.paragraphs()
    assert [p.uuid for p in after] == [p.uuid for p in before]
    assert [p.kind for p in after] == [p.kind for p in before]
    assert after[3].text == "Les espace numérique de travail sont utiles aux familles."
    assert not any("ENT" in p.text for p in after)
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.paragraphs() == before


def test_replace_changes_the_selected_match_then_shows_the_next(
    qtbot: QtBot, editing: Editing, session: OpinionSession
) -> None:
    bar = editing.bar
    bar.open_replace()
    qtbot.keyClicks(bar.find_field, "ENT ")
    qtbot.keyClicks(bar.replace_field, "espaces ")
    bar.case_box.setChecked(True)
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # first: shows the match
    assert bar.count_label.text() == "1 sur 4"
    assert session.paragraphs()[0].text == TEXT[0].text
    steps = session.undo_stack.count()
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert session.paragraphs()[0].text.startswith("Considérant que les espaces sont")
    assert bar.count_label.text() == "1 sur 3"
    assert editing.text.textCursor().block().text() == TEXT[3].text
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.paragraphs()[0].text == TEXT[0].text


def test_without_a_session_the_bar_only_finds(qtbot: QtBot) -> None:
    widget = Editing(None)
    qtbot.addWidget(widget)
    widget.text.setPlainText("Un ENT, deux ENT.")
    widget.show()
    widget.bar.open_replace()
    assert not widget.bar.replace_field.isVisible()
    qtbot.keyClicks(widget.bar.find_field, "ent")
    assert widget.bar.count_label.text() == "2 résultats"
    widget.bar.replace_all()
    assert widget.text.toPlainText() == "Un ENT, deux ENT."


# -- the word count -----------------------------------------------------------------------------


def test_the_count_line_reads_in_french() -> None:
    assert count_text(TEXT, TEXT[6].uuid) == (
        "41\u00a0mots · 3\u00a0paragraphes · 2\u00a0recommandations"
        " · paragraphe 3\u00a0: 8\u00a0mots"
    )
    assert count_text(TEXT, TEXT[0].uuid).endswith("considérant\u00a0: 10\u00a0mots")
    long = [para(" ".join(["mot"] * 1234)), para("")]
    assert count_text(long, None) == "1\u202f234\u00a0mots · 2\u00a0paragraphes"
    assert count_text([para("Un")], None) == "1\u00a0mot · 1\u00a0paragraphe"


def test_the_word_count_label_follows_typing_and_the_cursor(
    qtbot: QtBot, session: OpinionSession
) -> None:
    label = WordCountLabel()
    qtbot.addWidget(label)
    label.set_session(session)
    assert label.text().startswith("41\u00a0mots")
    label.set_current(TEXT[4].uuid)
    qtbot.waitUntil(lambda: label.text().endswith("paragraphe 2\u00a0: 5\u00a0mots"))
    cursor = QTextCursor(doc.paragraph_blocks(session.document, TEXT[4].uuid)[0])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" Et beaucoup")
    qtbot.waitUntil(lambda: label.text().startswith("43\u00a0mots"))
    assert label.text().endswith("paragraphe 2\u00a0: 7\u00a0mots")
