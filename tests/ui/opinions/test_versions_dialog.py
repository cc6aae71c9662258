"""Versions of an opinion through the real widgets: freeze, browse, compare, restore."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, RecordingMessages, para

from deliberation.services.opinions import NOTE_MAX, Opinions
from deliberation.ui.opinions.diff_view import SIDE_BY_SIDE
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.versions_dialog import (
    CURRENT,
    FreezeDialog,
    VersionsDialog,
    freeze_version,
)

SHOTS = os.environ.get("DELIBERATION_SHOTS")  # a folder: save screenshots there


@pytest.fixture
def session(opinions: Opinions, open_session: OpenSession) -> OpinionSession:
    opinions.positions.user = "Jeanne Martin"
    return open_session(
        [
            para("Constats", "heading"),
            para("Les ENT sont utiles aux familles."),
            para("Ils coûtent cher aux communes rurales."),
            para("Leur accessibilité reste inégale."),
            para("Financer durablement les ENT.", "recommendation"),
        ],
        "Avis sur les espaces numériques de travail",
    )


@pytest.fixture
def dialog(qtbot: QtBot, session: OpinionSession, messages: RecordingMessages) -> VersionsDialog:
    window = VersionsDialog(session, messages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def edit_paragraph(session: OpinionSession, index: int, text: str) -> None:
    """Retype a paragraph's text as a user would (one undo step of typing)."""
    target = session.paragraphs()[index]
    block = doc.paragraph_blocks(session.document, target.uuid)[0]
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def freeze_through_ui(
    qtbot: QtBot,
    dialog: VersionsDialog,
    typist: Callable[[QWidget, str], None],
    note: str,
) -> FreezeDialog:
    qtbot.mouseClick(dialog.freeze_button, Qt.MouseButton.LeftButton)
    freezer = dialog.dialog
    assert isinstance(freezer, FreezeDialog) and freezer.isVisible()
    typist(freezer.note, note)
    qtbot.mouseClick(
        freezer.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    return freezer


def formatted_words(document: QTextDocument, strike: bool) -> str:
    """The text shown struck through (or underlined) in a rich-text document."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if (fmt.fontStrikeOut() if strike else fmt.fontUnderline()) and fragment.text():
                found.append(fragment.text())
            it += 1
        block = block.next()
    return "|".join(found)


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_freeze_two_versions_compare_them_and_restore_the_first(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    typist: Callable[[QWidget, str], None],
    messages: RecordingMessages,
) -> None:
    assert dialog.labels() == ["Texte actuel"]
    freezer = freeze_through_ui(qtbot, dialog, typist, "Version avant circulation aux membres")
    assert freezer.windowTitle() == "Figer la version 1" and not freezer.isVisible()
    first = opinions.version(session.opinion_id, 1)
    assert first.note == "Version avant circulation aux membres"
    assert first.paragraphs == tuple(session.paragraphs())

    # The rapporteur rewrites a paragraph, removes one and adds one, then freezes again.
    edit_paragraph(session, 2, "Ils coûtent trop cher aux petites communes rurales.")
    session.edit("suppression", lambda: doc.replace_all(session.document, [
        *session.paragraphs()[:3], para("Un nouvel alinéa sur la sobriété."),
        session.paragraphs()[4],
    ]))  # fmt: skip
    freeze_through_ui(qtbot, dialog, typist, "Après la réunion du groupe")
    labels = dialog.labels()
    assert labels[0] == "Texte actuel"
    assert labels[1].startswith("Version 2 — ") and labels[1].endswith(
        " — Jeanne Martin — Après la réunion du groupe"
    )
    assert labels[2].startswith("Version 1 — ") and "avant circulation" in labels[2]
    assert dialog.selected_number() == 2

    # Browsing version 1: its text, read-only.
    dialog.select(1)
    assert dialog.tabs.currentIndex() == 0
    shown = dialog.reader.browser.toPlainText()
    assert "Ils coûtent cher aux communes rurales." in shown
    assert "Leur accessibilité reste inégale." in shown
    assert dialog.reader.browser.isReadOnly()

    # Comparing 1 with 2: the words struck out and those inserted, and the counts.
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 1
    dialog.set_compared(1, 2)
    browser = dialog.diff.browser
    struck = formatted_words(browser.document(), strike=True)
    underlined = formatted_words(browser.document(), strike=False)
    assert "Leur accessibilité reste inégale." in struck
    assert "trop" in underlined and "petites" in underlined
    assert "Un nouvel alinéa sur la sobriété." in underlined
    assert "Ils coûtent" not in struck + underlined  # unchanged words stay plain
    assert dialog.diff.summary.text().endswith("\u00a0: 1 paragraphe modifié, 1 ajouté, 1 supprimé")
    plain = browser.toPlainText()
    assert "modifié" in plain and "supprimé" in plain and "ajouté" in plain
    shoot(dialog, "versions-inline.png")

    # Side by side: the old text left, the new one right, on the same row.
    dialog.diff.set_mode(SIDE_BY_SIDE)
    side = browser.toPlainText()
    assert "Version 1" in side and "Version 2" in side
    assert "Ils coûtent cher aux communes rurales." in side.replace("\u00a0", " ")
    assert "Ils coûtent trop cher aux petites communes rurales." in side
    assert "trop" not in formatted_words(browser.document(), strike=True)
    shoot(dialog, "versions-side.png")

    # Hiding unchanged paragraphs leaves a note of how many were hidden.
    dialog.diff.hide_same.setChecked(True)
    assert "Les ENT sont utiles" not in browser.toPlainText()
    assert "2 paragraphes inchangés" in browser.toPlainText()

    # Restoring version 1: the text and its paragraph identities come back, one undo step.
    before = session.paragraphs()
    dialog.select(1)
    count = session.undo_stack.count()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert session.paragraphs() == list(first.paragraphs)
    assert [p.uuid for p in opinions.text(session.opinion_id).paragraphs] == [
        p.uuid for p in first.paragraphs
    ]
    assert session.undo_stack.count() == count + 1
    assert session.undo_stack.undoText() == "la restauration de la version 1"
    session.undo_stack.undo()
    assert session.paragraphs() == before
    assert messages.errors == []


def test_freezing_is_undoable_and_redoable(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    typist: Callable[[QWidget, str], None],
) -> None:
    freeze_through_ui(qtbot, dialog, typist, "Première lecture")
    assert len(dialog.labels()) == 2
    created = opinions.version(session.opinion_id, 1)
    session.undo_stack.undo()
    assert dialog.labels() == ["Texte actuel"]
    assert opinions.versions(session.opinion_id) == []
    session.undo_stack.redo()
    assert len(dialog.labels()) == 2 and "Première lecture" in dialog.labels()[1]
    assert opinions.version(session.opinion_id, 1) == created


def test_freezing_saves_what_was_just_typed(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    typist: Callable[[QWidget, str], None],
) -> None:
    edit_paragraph(session, 1, "Texte tapé à l'instant.")
    assert session.dirty
    freeze_through_ui(qtbot, dialog, typist, "")
    assert opinions.version(session.opinion_id, 1).paragraphs[1].text == "Texte tapé à l'instant."


def test_a_too_long_note_is_refused_in_the_dialog_and_an_empty_text_cannot_be_frozen(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
) -> None:
    qtbot.mouseClick(dialog.freeze_button, Qt.MouseButton.LeftButton)
    freezer = dialog.dialog
    assert isinstance(freezer, FreezeDialog)
    freezer.note.setText("x" * (NOTE_MAX + 1))
    qtbot.mouseClick(
        freezer.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert freezer.isVisible()
    assert freezer.field_error("note") == f"La note ne doit pas dépasser {NOTE_MAX} caractères."
    assert opinions.versions(session.opinion_id) == []
    freezer.reject()

    session.replace_all([para("")], "vider")
    qtbot.mouseClick(dialog.freeze_button, Qt.MouseButton.LeftButton)
    assert messages.errors == ["Le texte est vide : il n'y a rien à figer."]
    assert opinions.versions(session.opinion_id) == []


def test_restore_is_refused_when_the_text_being_typed_cannot_be_saved(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
) -> None:
    opinions.freeze(session.opinion_id, "Avant")
    dialog.reload()
    # Another window saved the text meanwhile: what is typed here cannot be saved over it.
    stored = opinions.text(session.opinion_id)
    opinions.save_text(session.opinion_id, [*stored.paragraphs, para("Ailleurs.")], stored.revision)
    edit_paragraph(session, 1, "Tapé ici.")
    dialog.select(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert messages.errors and "n'est pas restaurée" in messages.errors[-1]
    assert "Ailleurs." in [p.text for p in session.paragraphs()]  # the stored text, reloaded
    # What was typed is a proposal (here, without a rapporteur, a comment), not a version.
    assert [v.number for v in opinions.versions(session.opinion_id)] == [1]
    threads = opinions.threads(session.opinion_id)
    assert len(threads) == 1 and threads[0].first.text.startswith(
        "Texte proposé pour ce paragraphe :\nTapé ici."
    )
    assert threads[0].first.paragraph_uuid == session.paragraphs()[1].uuid
    assert dialog.labels()[1].startswith("Version 1 — ")


def test_cancelled_restore_changes_nothing(
    qtbot: QtBot,
    dialog: VersionsDialog,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
) -> None:
    opinions.freeze(session.opinion_id, "Avant")
    dialog.reload()
    edit_paragraph(session, 1, "Changé après la version.")
    before = session.paragraphs()
    messages.answer = False
    dialog.select(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert session.paragraphs() == before


def test_the_current_text_follows_typing_and_compares_with_a_version(
    qtbot: QtBot, dialog: VersionsDialog, session: OpinionSession, opinions: Opinions
) -> None:
    opinions.freeze(session.opinion_id, "Avant")
    dialog.reload()
    dialog.select(CURRENT)
    assert not dialog.restore_button.isEnabled()
    edit_paragraph(session, 3, "Leur accessibilité progresse.")
    qtbot.waitUntil(lambda: "progresse" in dialog.reader.browser.toPlainText())
    dialog.select(1)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.old_combo.currentData() == 1 and dialog.new_combo.currentData() == CURRENT
    assert "reste inégale" in formatted_words(dialog.diff.browser.document(), strike=True)
    assert "progresse" in formatted_words(dialog.diff.browser.document(), strike=False)


def test_freeze_version_asks_the_note_and_returns_the_version(
    qtbot: QtBot,
    session: OpinionSession,
    opinions: Opinions,
    messages: RecordingMessages,
    typist: Callable[[QWidget, str], None],
) -> None:
    def answer() -> None:
        freezer = QApplication.activeModalWidget()
        assert isinstance(freezer, FreezeDialog)
        assert freezer.windowTitle() == "Figer la version 1"
        typist(freezer.note, "Version avant circulation aux membres")
        qtbot.keyClick(freezer.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    version = freeze_version(None, session, messages)
    assert version is not None and version.number == 1
    assert version.note == "Version avant circulation aux membres"
    assert session.undo_stack.undoText() == "la version figée"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert freeze_version(None, session, messages) is None
    assert [v.number for v in opinions.versions(session.opinion_id)] == [1]
