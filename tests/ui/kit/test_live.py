"""Two clients on one PostgreSQL database: each window hears of the other's changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401  (the fixture)
from tests.ui.conftest import RecordingMessages, open_workspace, para

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.records.positions import ConsultationInput, PositionInput
from deliberation.records.positions import Subject as S
from deliberation.records.referential import OrganisationInput
from deliberation.services.root import Root, open_root
from deliberation.store.live import Change
from deliberation.ui.kit.editor import (
    CONSULTATIONS,
    EVERYTHING,
    OPINIONS,
    ORGANISATIONS,
    POSITIONS,
    Editor,
)
from deliberation.ui.kit.live import LiveNews, topics_of
from deliberation.ui.positions.position_dialog import PositionDialog

NEWS_MS = 2000  # a functional bound: another client's change arrives within a second

Typist = Callable[[QWidget, str], None]


def test_each_table_reaches_the_pages_that_show_it() -> None:
    assert topics_of([Change("position", 1)]) == {POSITIONS, CONSULTATIONS}
    assert topics_of([Change("amendment", 4, {"opinion_id": 2})]) == {OPINIONS}
    assert topics_of([Change("*")]) == EVERYTHING  # SQLite: something changed
    assert topics_of([Change("a_table_of_tomorrow")]) == EVERYTHING


@pytest.fixture
def clients(qtbot: QtBot, pg_url: str) -> Iterator[tuple[Root, Editor]]:  # noqa: F811
    """Claire writes with the services; Paul has a window's editor that listens."""
    claire = open_root(pg_url).acting(user="Claire Martin")
    paul = open_root(pg_url).acting(user="Paul Durand")
    editor = Editor(paul)
    live = LiveNews(editor)
    live.start()
    yield claire, editor
    live.stop()
    for widget in QApplication.topLevelWidgets():  # their last saves, before the base goes
        widget.close()
    qtbot.wait(300)  # and their last reads (a workspace fills its panels in steps)
    claire.close()
    paul.close()


def edited(paragraph: Paragraph, text: str) -> Paragraph:
    return Paragraph(paragraph.uuid, paragraph.kind, plain_lines(text), paragraph.level)


@needs_postgres
def test_a_change_by_one_client_reaches_the_other_windows_editor(
    qtbot: QtBot, clients: tuple[Root, Editor]
) -> None:
    claire, editor = clients
    referential = claire.referential
    with qtbot.waitSignal(
        editor.changed, timeout=NEWS_MS, check_params_cb=lambda topics: ORGANISATIONS in topics
    ):
        referential.apply_organisation(
            referential.new_organisation(OrganisationInput("ANDEV", "Association", "other"))
        )
    assert "ANDEV" in {o.acronym for o in editor.referential.organisations()}
    # the window's own edits are not news coming back to it
    with qtbot.assertNotEmitted(editor.changed, wait=800):
        editor.root.opinions.apply_opinion(
            editor.root.opinions.new_opinion(OpinionInput("avis", "Avis de Paul"))
        )


@needs_postgres
def test_an_open_text_follows_the_other_client_when_nothing_is_typed(
    qtbot: QtBot, clients: tuple[Root, Editor]
) -> None:
    claire, editor = clients
    opinions = claire.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis partagé")))
    first, second = para("Un."), para("Deux.")
    opinions.save_text(snap.id, [first, second], 0)
    workspace = open_workspace(qtbot, editor, RecordingMessages(), snap.id)
    cursor = workspace.text.textCursor()
    cursor.setPosition(2)  # Paul reads the first paragraph; he types nowhere
    workspace.text.setTextCursor(cursor)
    workspace.outline.setFocus()
    assert workspace.session is not None
    with qtbot.waitSignal(editor.changed, timeout=NEWS_MS):
        opinions.save_text(snap.id, [first, edited(second, "Deux, revu par Claire.")], 1)
    qtbot.waitUntil(
        lambda: "Deux, revu par Claire." in workspace.text.toPlainText(), timeout=NEWS_MS
    )
    assert workspace.text.textCursor().position() == 2  # he is still where he was reading


@needs_postgres
def test_a_text_being_typed_is_kept_and_its_save_explains_who_saved_first(
    qtbot: QtBot, clients: tuple[Root, Editor], typist: Typist
) -> None:
    claire, editor = clients
    opinions = claire.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis partagé")))
    first, second = para("Un."), para("Deux.")
    opinions.save_text(snap.id, [first, second], 0)
    messages = RecordingMessages()
    workspace = open_workspace(qtbot, editor, messages, snap.id)
    session, text = workspace.session, workspace.text
    assert session is not None
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    typist(text, " Ajout de Paul.")
    with qtbot.waitSignal(editor.changed, timeout=NEWS_MS):
        opinions.save_text(snap.id, [first, edited(second, "Deux, revu par Claire.")], 1)
    qtbot.wait(300)  # the news was handled: what Paul types is still there, untouched
    assert "Deux. Ajout de Paul." in text.toPlainText()
    assert "revu par Claire" not in text.toPlainText()

    assert not session.flush()  # his save comes second: refused, explained, kept
    (said,) = messages.errors
    assert "modifié ailleurs par Claire Martin" in said
    assert "sont gardées comme 1 commentaire(s) à votre nom" in said  # no rapporteur yet
    (kept,) = editor.opinions.threads(snap.id)
    assert kept.first.paragraph_uuid == second.uuid and "Ajout de Paul." in kept.first.text
    qtbot.waitUntil(lambda: "Deux, revu par Claire." in text.toPlainText(), timeout=NEWS_MS)


@needs_postgres
def test_a_position_dialog_keeps_what_is_typed_and_names_who_recorded_meanwhile(
    qtbot: QtBot, clients: tuple[Root, Editor], typist: Typist
) -> None:
    claire, editor = clients
    positions = claire.positions
    amf = next(o.id for o in claire.referential.organisations() if o.acronym == "AMF")
    consultation = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 1),
                date(2026, 3, 31),
                subjects=(S("other", "Recommandation 3"),),
                consulted=(amf,),
            )
        )
    )
    subject = consultation.subjects[0].id
    dialog = PositionDialog(editor, subject, amf, "favorable")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reasons.setFocus()
    typist(dialog.reasons, "Lu en commission.")
    with qtbot.waitSignal(
        editor.changed, timeout=NEWS_MS, check_params_cb=lambda topics: POSITIONS in topics
    ):
        positions.apply_position(
            positions.new_position(PositionInput(subject, amf, "unfavorable", reasons="Trop tôt."))
        )
    assert dialog.reasons.toPlainText() == "Lu en commission."  # the news left it alone

    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # refused: Claire's position is named, Paul's values stay
    shown = dialog.general_error.text()
    assert "Claire Martin" in shown and "Trop tôt." in shown
    assert dialog.reasons.toPlainText() == "Lu en commission."
    assert dialog.stance() == "favorable"

    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()  # saving again keeps Paul's; Claire's stays in the history
    now = editor.positions.positions(subject_id=subject)
    assert [(p.stance, p.reasons, p.recorded_by) for p in now] == [
        ("favorable", "Lu en commission.", "Paul Durand")
    ]
