"""A long opinion edited incrementally: only what changed is read again and saved."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import RecordingMessages, para

from deliberation.records.opinions import Line, OpinionInput, Paragraph, Run
from deliberation.rules.opinion_text import describe, numbering
from deliberation.services.opinions import Opinions
from deliberation.ui.kit.editor import Editor
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
from deliberation.ui.opinions.paragraph_positions import capitalised
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text.margin import short_label
from deliberation.ui.opinions.text.outline import compact, count_text, sections

Typist = Callable[[QWidget, str], None]


def long_text(count: int) -> list[Paragraph]:
    """Headings every 40 paragraphs, a recommendation every 9th, emphasis and a list now and
    then."""
    result = []
    for n in range(count):
        if n % 40 == 0:
            result.append(para(f"Partie {n // 40}", "heading", 1 + (n // 40) % 2))
        elif n % 9 == 0:
            result.append(para(f"Recommandation numéro {n}.", "recommendation"))
        elif n % 13 == 0:
            lines = (
                Line((Run(f"Paragraphe {n} "), Run("en gras", bold=True))),
                Line((Run("premier point"),), "bullet"),
                Line((Run("second point"),), "bullet"),
            )
            result.append(Paragraph(uuid.uuid4(), "paragraph", lines))
        else:
            result.append(para(f"Paragraphe {n} : les collectivités financent les équipements."))
    return result


def stored_rows(store_path: Path) -> dict[str, tuple[int, str, str]]:
    with sqlite3.connect(store_path) as raw:
        found = raw.execute(
            "SELECT uuid, position, content, updated_at FROM opinion_paragraph WHERE NOT removed"
        ).fetchall()
    return {u.replace("-", ""): (p, c, at) for u, p, c, at in found}


@pytest.fixture
def opened_long(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages
) -> Callable[[int], OpinionWorkspace]:
    def open_(count: int) -> OpinionWorkspace:
        opinions: Opinions = editor.opinions
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis long")))
        opinions.save_text(snap.id, long_text(count), 0)
        widget = OpinionWorkspace(editor, messages)
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.open_opinion(snap.id)
        return widget

    return open_


def settle(qtbot: QtBot, workspace: OpinionWorkspace) -> None:
    """Wait for the refreshes that follow the typing (outline, word count, margin)."""
    qtbot.waitUntil(
        lambda: (
            not workspace.outline.pending
            and not workspace.word_count.timer.isActive()
            and not workspace.text.refresh_timer.isActive()
        ),
        timeout=3000,
    )


def assert_views_match_a_full_reading(workspace: OpinionWorkspace) -> None:
    """The outline, the word count, the margin and the positions title say what reading the
    whole document afresh says."""
    session = workspace.session
    assert session is not None
    full = doc.read(session.document)
    assert session.paragraphs() == full
    current = workspace.text.current_paragraph()
    assert workspace.word_count.text() == count_text(full, current)
    entries, _owner = sections(full)
    shown = workspace.outline.heading_items()
    assert list(shown) == [e.key for e in entries]
    for entry in entries:
        assert shown[entry.key].text(0).endswith(entry.title)
        assert shown[entry.key].text(1) == compact(entry)
    numbers = numbering(full)
    assert workspace.text.margin_labels() == [
        (p.uuid, short_label(p.kind, numbers.get(p.uuid)), "") for p in full
    ]
    here = next(p for p in full if p.uuid == current)
    assert workspace.positions.title.text() == capitalised(describe(here, numbers.get(here.uuid)))


def test_typing_in_paragraph_700_saves_that_row_alone(
    qtbot: QtBot, opened_long: Callable[[int], OpinionWorkspace], typist: Typist,
    store_path: Path,
) -> None:  # fmt: skip
    workspace = opened_long(800)
    session = workspace.session
    assert session is not None
    before = stored_rows(store_path)
    target = session.paragraphs()[700]
    assert workspace.text.go_to(target.uuid)
    cursor = workspace.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    workspace.text.setTextCursor(cursor)
    typist(workspace.text, " Ajout tapé à la fin.")
    assert session.dirty
    qtbot.waitUntil(lambda: not session.dirty, timeout=5000)  # the autosave, nobody asked
    after = stored_rows(store_path)
    assert {u for u in after if after[u] != before[u]} == {target.uuid.hex}
    stored = {p.uuid: p for p in editor_text(workspace)}
    assert stored[target.uuid].text == target.text + " Ajout tapé à la fin."
    settle(qtbot, workspace)
    assert_views_match_a_full_reading(workspace)


def editor_text(workspace: OpinionWorkspace) -> tuple[Paragraph, ...]:
    session = workspace.session
    assert session is not None
    return session.opinions.text(session.opinion_id).paragraphs


def test_outline_counts_margin_and_panel_follow_every_kind_of_edit(
    qtbot: QtBot, opened_long: Callable[[int], OpinionWorkspace], typist: Typist
) -> None:
    workspace = opened_long(120)
    session = workspace.session
    assert session is not None
    text = workspace.text
    text.setFocus()
    paragraphs = session.paragraphs()
    target = paragraphs[50]

    def check() -> None:
        settle(qtbot, workspace)
        qtbot.waitUntil(lambda: not workspace.positions._relabel.isActive(), timeout=3000)
        assert_views_match_a_full_reading(workspace)

    # typing in the middle of a paragraph
    assert text.go_to(target.uuid)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=len("Paragraphe"))
    text.setTextCursor(cursor)
    typist(text, " très long")
    check()
    # typing in a heading: its title in the outline follows
    heading = next(p for p in paragraphs if p.kind == "heading" and p.uuid != paragraphs[0].uuid)
    assert text.go_to(heading.uuid)
    text.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    typist(text, " (suite)")
    check()
    assert workspace.outline.heading_items()[heading.uuid].text(0).endswith("(suite)")
    assert text.go_to(target.uuid)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=len("Paragraphe très long"))
    text.setTextCursor(cursor)
    # Entrée splits it; the new paragraph is numbered, counted and outlined
    qtbot.keyClick(text, Qt.Key.Key_Return)
    typist(text, "Début ")
    check()
    assert len(session.paragraphs()) == len(paragraphs) + 1
    # Backspace at its start merges it back
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    check()
    assert len(session.paragraphs()) == len(paragraphs)
    # a move up, a kind change into a heading (the outline gains an entry)
    qtbot.keyClick(text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    check()
    text.run_command("kind:heading:2")
    check()
    assert target.uuid in workspace.outline.heading_items()
    # undo the last three steps, then redo them
    for _ in range(3):
        text.run_command("undo")
        check()
    for _ in range(3):
        text.run_command("redo")
        check()
    # a paste of two paragraphs
    pasted = QMimeData()
    pasted.setText("Premier collé.\n\nSecond collé, plus long que le premier.")
    text.insertFromMimeData(pasted)
    check()
    # a whole text restored (a version) and undone
    session.replace_all([para("Seul titre", "heading"), para("Seul paragraphe.")], "restaurer")
    text.setTextCursor(QTextCursor(session.document))
    check()
    assert [p.text for p in session.paragraphs()] == ["Seul titre", "Seul paragraphe."]
    text.run_command("undo")
    check()
    assert len(session.paragraphs()) == len(paragraphs) + 1  # the pasted one is back too
    # and the store ends up with exactly the text on screen
    assert session.flush()
    assert editor_text(workspace) == session.opinions.cleaned(doc.read(session.document))


def test_after_a_save_the_list_updates_that_opinion_without_reading_every_one(
    qtbot: QtBot, window, editor: Editor, typist: Typist, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deliberation.ui.main_window import OPINIONS

    opinions = editor.opinions
    other = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Autre avis")))
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis long")))
    opinions.save_text(snap.id, long_text(60), 0)
    opinions.save_text(other.id, [para("Un paragraphe plus récent.")], 0)
    page = window.show_area(OPINIONS)
    page.reload()
    assert page.listing.visible_titles()[0] == "Autre avis"  # the most recently changed first
    assert page.select_opinion(snap.id)
    listed = page.listing.record(snap.id)
    assert listed is not None and listed.paragraphs == 60
    read_all: list[int] = []
    whole = opinions.opinions
    monkeypatch.setattr(opinions, "opinions", lambda: read_all.append(1) or whole())
    session = page.workspace.session
    assert session is not None
    text = page.workspace.text
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    typist(text, "Un paragraphe de plus.")
    qtbot.waitUntil(lambda: not session.dirty, timeout=5000)
    qtbot.waitUntil(lambda: page.listing.record(snap.id).paragraphs == 61, timeout=3000)
    assert page.listing.visible_titles()[0] == "Avis long"  # it moved up: just changed
    assert page.listing.current_id() == snap.id
    assert read_all == []


def test_a_long_text_shows_its_first_part_at_once_then_everything(
    qtbot: QtBot, opened_long: Callable[[int], OpinionWorkspace]
) -> None:
    workspace = opened_long(400)
    session = workspace.session
    assert session is not None
    # the first screens are there and editable; the rest comes at the next turns
    assert session.loading and workspace.filling
    shown = session.document.blockCount()
    assert 0 < shown < 400
    assert session.document.firstBlock().text() == "Partie 0"
    assert not workspace.text.isReadOnly()
    qtbot.waitUntil(lambda: not workspace.filling, timeout=5000)
    stored = editor_text(workspace)
    assert doc.read(session.document) == list(stored)
    # loaded outside the undo history, nothing to save
    assert session.undo_stack.count() == 0
    assert not session.document.isUndoAvailable()
    assert not session.dirty
    # the margin, outline, word count and positions were filled once it was whole
    assert_views_match_a_full_reading(workspace)


def test_a_key_pressed_while_a_long_text_loads_lands_in_the_whole_text(
    qtbot: QtBot, opened_long: Callable[[int], OpinionWorkspace], typist: Typist
) -> None:
    workspace = opened_long(400)
    session = workspace.session
    assert session is not None and session.loading
    stored = editor_text(workspace)
    text = workspace.text
    text.setFocus()
    typist(text, "Ô")
    assert not session.loading  # the key wrote the rest of the text first
    paragraphs = session.paragraphs()
    assert len(paragraphs) == 400
    assert paragraphs[0].text == "ÔPartie 0"
    assert [p.text for p in paragraphs[1:]] == [p.text for p in stored[1:]]
    # one undo takes the key back, and only it: the loaded text is not in the history
    text.run_command("undo")
    assert session.paragraphs() == list(stored)
    assert not session.document.isUndoAvailable()
    text.run_command("redo")
    assert session.paragraphs()[0].text == "ÔPartie 0"
    qtbot.waitUntil(lambda: not session.dirty, timeout=5000)
    assert editor_text(workspace)[0].text == "ÔPartie 0"
    qtbot.waitUntil(lambda: not workspace.filling, timeout=5000)
    settle(qtbot, workspace)
    assert_views_match_a_full_reading(workspace)


def test_a_search_while_a_long_text_loads_finds_in_the_whole_text(
    qtbot: QtBot, opened_long: Callable[[int], OpinionWorkspace]
) -> None:
    workspace = opened_long(400)
    session = workspace.session
    assert session is not None and session.loading
    workspace.find_bar.open_find()
    workspace.find_bar.find_field.setText("Recommandation numéro")
    workspace.find_bar.research()
    assert not session.loading
    assert len(workspace.find_bar.matches) == len(
        [p for p in editor_text(workspace) if p.text.startswith("Recommandation numéro")]
    )
