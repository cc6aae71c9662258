"""The rapporteur's comforts: zoom, the versions compared first, a second window on one opinion."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, RecordingMessages, open_workspace, para

from deliberation.records.opinions import OpinionInput
from deliberation.records.referential import DelegateRecord
from deliberation.services.opinions import Opinions
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.settings import OPINION_ZOOM
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
from deliberation.ui.opinions.text.editor import OpinionTextEdit
from deliberation.ui.opinions.versions_dialog import CURRENT, VersionsDialog, freeze

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _usual_zoom() -> Iterator[None]:
    """Each test starts at 100 % and leaves the remembered zoom as it found it."""
    OPINION_ZOOM.remove()
    yield
    OPINION_ZOOM.remove()


@pytest.fixture
def session(open_session: OpenSession) -> OpinionSession:
    return open_session(
        [para("Constats", "heading"), para("Les ENT sont utiles."), para("Ils coûtent cher.")]
    )


@pytest.fixture
def text(qtbot: QtBot, session: OpinionSession) -> OpinionTextEdit:
    widget = OpinionTextEdit()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def sizes(session: OpinionSession) -> tuple[float, float]:
    """The point sizes the heading and the first body paragraph are drawn with."""
    heading = session.document.begin()
    body = heading.next()
    return (
        heading.begin().fragment().charFormat().font().pointSizeF(),
        body.begin().fragment().charFormat().font().pointSizeF(),
    )


def wheel(widget: OpinionTextEdit, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    centre = QPointF(widget.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget.viewport(), event)


# -- zoom -----------------------------------------------------------------------------------------


def test_zoom_keys_and_wheel_enlarge_the_text_and_keep_headings_in_proportion(
    qtbot: QtBot, text: OpinionTextEdit, session: OpinionSession
) -> None:
    heading, body = sizes(session)
    assert heading > body
    ratio = heading / body
    qtbot.keyClick(text, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(text, Qt.Key.Key_Plus, CTRL)
    assert text.zoom() == 120
    zoomed_heading, zoomed_body = sizes(session)
    assert zoomed_body == pytest.approx(body * 1.2)
    assert zoomed_heading / zoomed_body == pytest.approx(ratio)
    wheel(text, 3, CTRL)
    assert text.zoom() == 150
    assert sizes(session)[1] == pytest.approx(body * 1.5)
    assert sizes(session)[0] / sizes(session)[1] == pytest.approx(ratio)
    qtbot.keyClick(text, Qt.Key.Key_Minus, CTRL)
    assert text.zoom() == 140
    qtbot.keyClick(text, Qt.Key.Key_0, CTRL)
    assert text.zoom() == 100 and sizes(session) == pytest.approx((heading, body))


def test_the_wheel_without_ctrl_scrolls_and_zoom_stays_within_bounds(
    qtbot: QtBot, text: OpinionTextEdit
) -> None:
    wheel(text, -1, Qt.KeyboardModifier.NoModifier)
    assert text.zoom() == 100
    for _ in range(40):
        qtbot.keyClick(text, Qt.Key.Key_Plus, CTRL)
    assert text.zoom() == 300
    for _ in range(40):
        wheel(text, -1, CTRL)
    assert text.zoom() == 50


def test_zoom_writes_nothing_into_the_text_nor_its_undo_history(
    qtbot: QtBot, text: OpinionTextEdit, session: OpinionSession, opinions: Opinions
) -> None:
    stored = opinions.text(session.opinion_id)
    changes: list[object] = []
    session.changed.connect(changes.append)
    text.set_zoom(180)
    qtbot.keyClick(text, Qt.Key.Key_Minus, CTRL)
    assert not session.timer.isActive() and not session.dirty
    assert session.undo_stack.count() == 0 and not session.document.isModified()
    assert changes == []
    assert session.flush()
    assert opinions.text(session.opinion_id) == stored  # same paragraphs, same revision


def test_the_zoom_is_remembered_and_shown_in_the_workspace(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, session: OpinionSession
) -> None:
    first = OpinionWorkspace(editor, messages)
    qtbot.addWidget(first)
    first.open_opinion(session.opinion_id)
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    assert first.text.zoom() == 120 and OPINION_ZOOM.get() == 120
    assert first.zoom_button.text() == "120\u00a0%"
    assert "120 %" in first.zoom_button.toolTip()
    second = OpinionWorkspace(editor, messages)  # the next start of the application
    qtbot.addWidget(second)
    assert second.text.zoom() == 120 and second.zoom_button.text() == "120\u00a0%"
    second.zoom_reset_action.trigger()
    assert second.text.zoom() == 100 and OPINION_ZOOM.get() == 100


def test_a_heading_made_while_zoomed_has_the_same_proportion(
    qtbot: QtBot, text: OpinionTextEdit, session: OpinionSession
) -> None:
    _, body = sizes(session)
    text.set_zoom(200)
    text.go_to(session.paragraphs()[2].uuid)
    qtbot.keyClick(text, Qt.Key.Key_1, CTRL | Qt.KeyboardModifier.AltModifier)
    last = session.document.lastBlock().begin().fragment().charFormat().font().pointSizeF()
    assert last == pytest.approx(sizes(session)[0])
    text.set_zoom(100)
    assert sizes(session)[1] == pytest.approx(body)


# -- the versions compared at first ---------------------------------------------------------------


def test_the_comparison_opens_on_the_last_version_against_the_current_text(
    qtbot: QtBot, session: OpinionSession, messages: RecordingMessages
) -> None:
    freeze(session, "première")
    cursor = QTextCursor(session.document)
    cursor.insertText("Nouveau : ")
    freeze(session, "seconde")
    cursor.insertText("encore ")
    dialog = VersionsDialog(session, messages)
    qtbot.addWidget(dialog)
    assert (dialog.old_combo.currentData(), dialog.new_combo.currentData()) == (2, CURRENT)
    assert dialog.comparison.currentIndex() == 0
    assert "encore" in dialog.diff.browser.toPlainText()
    assert "<b>Version 2</b> → <b>Texte actuel</b>" in dialog.diff.summary.text()


def test_without_a_version_the_comparison_says_so_and_offers_to_freeze_one(
    qtbot: QtBot, session: OpinionSession, messages: RecordingMessages
) -> None:
    dialog = VersionsDialog(session, messages)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.comparison.currentIndex() == 1
    assert "Aucune version n'est encore figée" in dialog.nothing_to_compare.text()
    assert dialog.freeze_first_button.isVisibleTo(dialog.comparison.widget(1))
    freeze(session, "première")  # e.g. through « Figer une version… »
    assert dialog.comparison.currentIndex() == 0
    assert (dialog.old_combo.currentData(), dialog.new_combo.currentData()) == (1, CURRENT)


# -- a second window on the same opinion ----------------------------------------------------------


@pytest.fixture
def rapporteur(delegates: dict[str, DelegateRecord]) -> DelegateRecord:
    return delegates["Martin"]  # of AMF


@pytest.fixture
def opinion_id(opinions: Opinions, rapporteur: DelegateRecord) -> int:
    data = OpinionInput("avis", "Avis ENT", rapporteur_ids=(rapporteur.id,))
    snap = opinions.apply_opinion(opinions.new_opinion(data))
    opinions.save_text(
        snap.id,
        [para("Constats", "heading"), para("Les ENT sont utiles."), para("Ils coûtent cher.")],
        0,
    )
    return snap.id


def test_two_windows_typing_on_one_opinion_keep_the_loser_as_proposals_not_a_version(
    qtbot: QtBot,
    editor: Editor,
    opinions: Opinions,
    opinion_id: int,
    rapporteur: DelegateRecord,
    typist: Callable[[QWidget, str], None],
) -> None:
    first_messages, second_messages = RecordingMessages(), RecordingMessages()
    first = open_workspace(qtbot, editor, first_messages, opinion_id)
    session = first.session
    assert session is not None
    freeze(session, "avant circulation")  # a version circulated already: numbering stays
    second = open_workspace(qtbot, editor, second_messages, opinion_id)
    # told at once, in both windows
    qtbot.waitUntil(lambda: bool(second_messages.abouts) and bool(first_messages.abouts))
    assert "déjà ouvert dans une autre fenêtre" in second_messages.abouts[0]
    assert "ouvert une seconde fois" in first_messages.abouts[0]
    other = second.session
    assert other is not None and other is not session
    _heading, useful, costly = session.paragraphs()
    saved: list[bool] = []
    lost: list[str] = []
    session.saved.connect(lambda: saved.append(True))
    other.failed.connect(lost.append)

    # both type; the first window's autosave comes first
    first.text.go_to(useful.uuid)
    first.text.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    typist(first.text, " Très utiles.")
    second.text.go_to(costly.uuid)
    second.text.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    typist(second.text, " Beaucoup trop.")
    qtbot.keyClick(second.text, Qt.Key.Key_Return)
    typist(second.text, "Il faut mutualiser.")
    qtbot.waitUntil(lambda: bool(saved) and bool(lost), timeout=5000)

    # the second window's text is two proposals by its user, the versions are unchanged
    assert "2 proposition(s) d'amendement" in lost[0]
    assert second_messages.errors == lost
    assert [v.number for v in opinions.versions(opinion_id)] == [1]
    proposed = opinions.amendments(opinion_id)
    assert {(a.action, a.paragraph_uuid, a.text) for a in proposed} == {
        ("replace", costly.uuid, "Ils coûtent cher. Beaucoup trop."),
        ("insert_after", costly.uuid, "Il faut mutualiser."),
    }
    assert all(a.status == "proposed" for a in proposed)
    assert all(a.author == opinions.user for a in proposed)
    assert all(a.organisation_id == rapporteur.organisation_id for a in proposed)
    assert all(a.original == "Ils coûtent cher." for a in proposed)
    # nothing typed is lost: the first window's text is stored, the second shows it again
    stored = [p.text for p in opinions.text(opinion_id).paragraphs]
    assert stored == ["Constats", "Les ENT sont utiles. Très utiles.", "Ils coûtent cher."]
    assert [p.text for p in other.paragraphs()] == stored
    assert second.amendments.open_count() == 2
    # the tab's title may be shortened to fit the panel; its tooltip is the whole title
    assert second.review.tabToolTip(1) == "Amendements (2)"
    assert second.review.tabText(1) in {"Amendements (2)", "Amend. (2)"}


def test_typing_after_someone_else_saved_is_told_once(
    qtbot: QtBot, opinions: Opinions, opinion_id: int
) -> None:
    session = OpinionSession(opinions, opinion_id)
    notices: list[str] = []
    session.notice.connect(notices.append)
    cursor = QTextCursor(session.document)
    cursor.insertText("a")
    assert notices == []  # nobody else saved
    assert session.flush()
    stored = opinions.text(opinion_id)  # another process saves (same store file)
    opinions.save_text(opinion_id, [*stored.paragraphs, para("Ajout d'ailleurs.")], stored.revision)
    cursor.insertText("b")
    assert len(notices) == 1 and "enregistré entre-temps" in notices[0]
    session.timer.stop()
    cursor.insertText("c")  # the same foreign save is not told twice
    assert len(notices) == 1
    assert not session.flush()  # the conflict: kept as a proposal
    session.timer.stop()
    assert [a.text for a in opinions.amendments(opinion_id)] == ["abcConstats"]
