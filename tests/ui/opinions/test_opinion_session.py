"""An opinion's document and session: identities through edits, one undo stack, the autosave."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenSession, para

from deliberation.records.opinions import (
    Line,
    Paragraph,
    Run,
    TextChange,
    plain_lines,
)
from deliberation.services.opinions import Opinions
from deliberation.ui.opinions.opinion_session import OpinionSession, own_turn
from deliberation.ui.opinions.text import document as doc


@pytest.fixture
def session(opinions: Opinions, open_session: OpenSession) -> OpinionSession:
    return open_session(
        [para("Constats", "heading"), para("Les ENT sont utiles."), para("Ils coûtent cher.")]
    )


def texts(session: OpinionSession) -> list[str]:
    return [p.text for p in session.paragraphs()]


def test_rich_content_survives_the_document(session: OpinionSession) -> None:
    rich = Paragraph(
        uuid.uuid4(),
        "paragraph",
        (
            Line(
                (Run("Les "), Run("communes", bold=True), Run(" et "), Run("l'État", italic=True))
            ),
            Line((Run("premier point"),), "bullet"),
            Line((Run("second point"),), "bullet"),
        ),
    )
    heading = para("Titre", "heading", 2)
    doc.load(session.document, [heading, rich])
    assert doc.read(session.document) == [heading, rich]


def test_split_keeps_the_first_part_and_merge_keeps_the_first_paragraph(
    session: OpinionSession, opinions: Opinions
) -> None:
    before = session.paragraphs()
    body = before[1]
    cursor = QTextCursor(doc.paragraph_blocks(session.document, body.uuid)[0])
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=len("Les ENT"))
    new = session.split(cursor)
    after = session.paragraphs()
    assert [p.text for p in after] == ["Constats", "Les ENT", " sont utiles.", "Ils coûtent cher."]
    assert after[1].uuid == body.uuid and after[2].uuid == new
    assert session.flush()
    assert session.merge(body.uuid, new)
    assert texts(session)[1] == "Les ENT sont utiles."
    assert session.paragraphs()[1].uuid == body.uuid
    assert session.flush()
    assert opinions.resolve(session.opinion_id, new) == body.uuid


def test_enter_at_the_start_of_a_paragraph_opens_an_empty_one_before_it(
    session: OpinionSession,
) -> None:
    body = session.paragraphs()[1]
    cursor = QTextCursor(doc.paragraph_blocks(session.document, body.uuid)[0])
    new = session.split(cursor)
    after = session.paragraphs()
    assert (after[1].uuid, after[1].text) == (new, "")
    assert (after[2].uuid, after[2].text) == (body.uuid, "Les ENT sont utiles.")


def test_moves_and_kind_changes_keep_identities_and_undo_in_order(
    session: OpinionSession,
) -> None:
    heading, first, second = session.paragraphs()
    assert session.move(second.uuid, -1)
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, second.uuid, first.uuid]
    session.set_kind(first.uuid, "recommendation")
    assert session.paragraphs()[2].kind == "recommendation"
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.paragraphs()[2].kind == "paragraph"
    session.undo_stack.undo()
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, first.uuid, second.uuid]
    session.undo_stack.redo()
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, second.uuid, first.uuid]


def test_an_amendment_change_is_one_undo_step(session: OpinionSession) -> None:
    heading, first, second = session.paragraphs()
    added = uuid.uuid4()
    session.apply_change(
        TextChange("insert_after", first.uuid, plain_lines("Ajouté."), added, "paragraph"),
        "l'amendement",
    )
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, first.uuid, added, second.uuid]
    session.apply_change(TextChange("delete", second.uuid), "l'amendement")
    assert texts(session) == ["Constats", "Les ENT sont utiles.", "Ajouté."]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [p.uuid for p in session.paragraphs()] == [heading.uuid, first.uuid, second.uuid]


def test_typing_reaches_the_store_after_a_short_idle(
    qtbot: QtBot, session: OpinionSession, opinions: Opinions
) -> None:
    first = session.paragraphs()[1]
    cursor = QTextCursor(doc.paragraph_blocks(session.document, first.uuid)[0])
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" Très utiles.")
    assert session.timer.isActive()
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass
    stored = opinions.text(session.opinion_id).paragraphs[1]
    assert (stored.uuid, stored.text) == (first.uuid, "Les ENT sont utiles. Très utiles.")


def test_a_conflicting_save_keeps_the_typed_text_as_a_comment_without_a_rapporteur(
    session: OpinionSession, opinions: Opinions
) -> None:
    # Was « kept as version 1 »: a lost save no longer creates a formal version (it would shift
    # the circulated numbering); without a rapporteur to propose it, it becomes a comment.
    failures: list[str] = []
    session.failed.connect(failures.append)
    stored = opinions.text(session.opinion_id)
    opinions.save_text(session.opinion_id, [para("Écrit ailleurs.")], stored.revision)
    cursor = QTextCursor(session.document)
    cursor.insertText("Mon ajout. ")
    assert not session.flush()
    assert "1 commentaire(s)" in failures[0]
    assert opinions.versions(session.opinion_id) == []
    threads = opinions.threads(session.opinion_id)
    assert len(threads) == 1 and "Mon ajout. Constats" in threads[0].first.text
    assert threads[0].first.paragraph_uuid == opinions.text(session.opinion_id).paragraphs[0].uuid
    assert texts(session) == ["Écrit ailleurs."]


def test_a_text_the_store_refuses_stays_on_screen_with_one_sentence(
    session: OpinionSession,
) -> None:
    from deliberation.records.opinions import PARAGRAPH_MAX

    failures: list[str] = []
    session.failed.connect(failures.append)
    cursor = QTextCursor(session.document)
    cursor.insertText("x" * (PARAGRAPH_MAX + 1))
    assert not session.flush()
    assert failures and "ne doit pas dépasser" in failures[0]
    assert session.paragraphs()[0].text.startswith("xxx")


def test_refreshes_waiting_the_same_pause_run_one_per_turn(qtbot: QtBot) -> None:
    """Timers that fire together (the outline, word count, margin… after a pause): the first
    refresh runs, the others in the following turns, each timer active until its refresh ran
    and given its usual interval back."""
    ran: list[tuple[str, int]] = []
    turn = [0]
    ticker = QTimer()
    ticker.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))
    timers = []
    for name in ("outline", "words", "margin"):
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setInterval(50)
        timer.timeout.connect(
            lambda t=timer, n=name: own_turn(t) and ran.append((n, turn[0]))  # type: ignore[func-returns-value]
        )
        timers.append(timer)
    for timer in timers:
        timer.start()
    ticker.start(0)
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=3000)
    ticker.stop()
    assert sorted(n for n, _ in ran) == ["margin", "outline", "words"]
    turns = [t for _, t in ran]
    assert len(set(turns)) == 3  # never two in one turn
    assert all(not timer.isActive() and timer.interval() == 50 for timer in timers)
