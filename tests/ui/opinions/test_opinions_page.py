"""The Opinions area's page: create, describe, move through statuses, delete and filter opinions."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import RecordingMessages, settle

from deliberation.records.meetings import MeetingInput
from deliberation.records.opinions import OpinionInput, OpinionSnapshot, Paragraph, plain_lines
from deliberation.records.referential import DelegateRecord
from deliberation.services.meetings import Meetings
from deliberation.services.opinions import Opinions
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.forms import to_qdate
from deliberation.ui.kit.settings import OPINIONS_LIST_SHOWN
from deliberation.ui.opinions.opinion_dialog import OpinionDialog, StatusDialog
from deliberation.ui.opinions.opinions_model import OPEN_FILTER
from deliberation.ui.opinions.opinions_page import OpinionsPage

Typist = Callable[[QWidget, str], None]


@pytest.fixture
def page(qtbot: QtBot, editor: Editor, messages: RecordingMessages) -> Iterator[OpinionsPage]:
    widget = OpinionsPage(editor, messages)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    OPINIONS_LIST_SHOWN.remove()  # a test that showed or folded the list leaves no choice


@pytest.fixture
def plenary(meetings: Meetings) -> int:
    """A plenary on 10 March 2026 with two points."""
    snap = meetings.apply_meeting(
        meetings.new_meeting(
            MeetingInput(
                "plenary", date(2026, 3, 10), time(14), time(17), title="Plénière de printemps"
            )
        )
    )
    items = [
        meetings.new_item("decision", title, 30)
        for title in ("Projet d'avis sur les ENT", "Questions diverses")
    ]
    return meetings.apply_meeting(meetings.with_items(snap, items)).id


def make(opinions: Opinions, title: str, kind: str = "avis", status: str = "") -> OpinionSnapshot:
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput(kind, title)))
    if status:
        snap = opinions.apply_opinion(opinions.with_status(snap, status))
    return snap


def active_dialog(qtbot: QtBot, page: OpinionsPage) -> OpinionDialog | StatusDialog:
    dialog = page.dialog
    assert isinstance(dialog, OpinionDialog | StatusDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts (Ctrl+Entrée) reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def save(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_an_opinion_created_through_the_dialog_is_listed_opened_and_undoable(
    qtbot: QtBot,
    page: OpinionsPage,
    editor: Editor,
    delegates: dict[str, DelegateRecord],
    plenary: int,
    typist: Typist,
) -> None:
    assert page.body.currentWidget() is page.empty
    page.empty_button.click()
    dialog = active_dialog(qtbot, page)
    assert isinstance(dialog, OpinionDialog)
    assert dialog.windowTitle() == "Nouvel avis"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Avis → Recommandation
    typist(dialog.title, "Recommandation sur la donnée scolaire")
    # Rapporteurs in the order they are picked: Leroy first, then Bernard.
    typist(dialog.rapporteurs.search, "leroy")
    assert dialog.rapporteurs.visible_labels() == ["Sophie Leroy (RdF)"]
    qtbot.keyClick(dialog.rapporteurs.search, Qt.Key.Key_Return)
    typist(dialog.rapporteurs.search, "Bernard")
    qtbot.keyClick(dialog.rapporteurs.search, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Entrée in a search field ticks, it does not save
    assert dialog.rapporteurs.summary.text() == (
        "Retenus : Sophie Leroy (RdF) ; Marc Bernard (MEN)"
    )
    typist(dialog.agenda.search, "ENT")
    qtbot.keyClick(dialog.agenda.search, Qt.Key.Key_Return)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = dialog.saved
    assert saved is not None
    assert page.listing.visible_titles() == ["Recommandation sur la donnée scolaire"]
    assert page.current_opinion_id() == saved.id
    assert page.workspace.session is not None
    # the rapporteur starts writing at once: what is typed goes into the text
    focused = page.window().focusWidget()
    assert focused is page.workspace.text
    typist(focused, "Premier paragraphe.")
    assert [p.text for p in page.workspace.session.paragraphs()] == ["Premier paragraphe."]
    assert page.listing.visible_titles() == ["Recommandation sur la donnée scolaire"]
    assert page.workspace.session.opinion_id == saved.id
    stored = editor.opinions.opinion(saved.id)
    assert stored.kind == "recommandation"
    ids = (delegates["Leroy"].id, delegates["Bernard"].id)
    assert stored.rapporteur_ids == ids
    assert page.header.title.text() == "Recommandation sur la donnée scolaire"
    assert page.header.details.text() == (
        "Recommandation · Comité plénier · Rapporteurs : Sophie Leroy, Marc Bernard"
    )
    today = editor.opinions.today.strftime("%d/%m/%Y")
    assert page.header.status.text() == f"Projet depuis le {today}"
    assert page.header.agenda.text() == "Discuté en séance : 10/03/2026 — Projet d'avis sur les ENT"
    assert editor.undo_stack.undoText() == (
        "la création de l'avis « Recommandation sur la donnée scolaire »"
    )

    editor.undo_stack.undo()
    assert page.listing.visible_titles() == []
    assert page.body.currentWidget() is page.empty
    assert saved.id not in page.workspace.sessions
    editor.undo_stack.redo()
    assert page.listing.visible_titles() == ["Recommandation sur la donnée scolaire"]
    assert page.current_opinion_id() == saved.id


def test_undoing_a_creation_keeps_what_was_typed_for_the_redo(
    qtbot: QtBot, page: OpinionsPage, editor: Editor, typist: Typist
) -> None:
    page.new_action.trigger()
    dialog = active_dialog(qtbot, page)
    assert isinstance(dialog, OpinionDialog)
    typist(dialog.title, "Avis sur les ENT")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    session = page.workspace.session
    assert session is not None
    QTextCursor(session.document).insertText("Premier constat.")  # not saved yet
    editor.undo_stack.undo()
    assert page.listing.visible_titles() == []
    editor.undo_stack.redo()
    opinion_id = page.current_opinion_id()
    assert opinion_id is not None
    assert [p.text for p in editor.opinions.text(opinion_id).paragraphs] == ["Premier constat."]


def test_a_refused_description_shows_its_message_under_the_field(
    qtbot: QtBot, page: OpinionsPage, editor: Editor
) -> None:
    page.new_action.trigger()
    dialog = active_dialog(qtbot, page)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("title") == "Le titre est obligatoire."
    assert editor.opinions.opinions() == []


def test_editing_the_title_changes_the_list_and_the_header(
    qtbot: QtBot, page: OpinionsPage, opinions: Opinions, editor: Editor, typist: Typist
) -> None:
    snap = make(opinions, "Avis sur les ENT")
    page.reload()
    assert page.current_opinion_id() == snap.id
    page.edit_action.trigger()
    dialog = active_dialog(qtbot, page)
    assert isinstance(dialog, OpinionDialog)
    assert dialog.windowTitle() == "Fiche de l'avis « Avis sur les ENT »"
    dialog.title.selectAll()
    typist(dialog.title, "Avis sur les espaces numériques de travail")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.listing.visible_titles() == ["Avis sur les espaces numériques de travail"]
    assert page.header.title.text() == "Avis sur les espaces numériques de travail"
    editor.undo_stack.undo()
    assert page.listing.visible_titles() == ["Avis sur les ENT"]
    assert page.header.title.text() == "Avis sur les ENT"


def test_a_status_change_is_recorded_in_the_history_and_undoable(
    qtbot: QtBot, page: OpinionsPage, opinions: Opinions, editor: Editor, typist: Typist
) -> None:
    snap = make(opinions, "Avis sur les ENT")
    page.reload()
    page.status_action.trigger()
    dialog = active_dialog(qtbot, page)
    assert isinstance(dialog, StatusDialog)
    assert dialog.status.currentData() == "consultation"  # the next step is offered
    assert [row[0] for row in dialog.history_rows()] == ["Projet"]
    # A date before the last change is refused under the field, nothing written.
    dialog.changed_on.setDate(to_qdate(opinions.today - timedelta(days=1)))
    save(qtbot, dialog)
    assert "précéder le dernier changement" in dialog.field_error("changed_on")
    dialog.changed_on.setDate(to_qdate(opinions.today))
    dialog.status.setCurrentIndex(dialog.status.findData("adopted"))
    typist(dialog.note, "Adopté en plénière")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    today = opinions.today.strftime("%d/%m/%Y")
    assert page.header.status.text() == f"Adopté depuis le {today}"
    assert editor.undo_stack.undoText() == (
        "le passage de l'avis « Avis sur les ENT » à l'état « Adopté »"
    )
    page.status_action.trigger()
    again = active_dialog(qtbot, page)
    assert isinstance(again, StatusDialog)
    assert [(row[0], row[1], row[3]) for row in again.history_rows()] == [
        ("Projet", today, ""),
        ("Adopté", today, "Adopté en plénière"),
    ]
    again.reject()
    editor.undo_stack.undo()
    assert opinions.opinion(snap.id).status == "draft"
    assert page.header.status.text() == f"Projet depuis le {today}"


def test_the_list_starts_folded_on_a_narrow_screen_until_the_user_shows_it(
    qtbot: QtBot, page: OpinionsPage, editor: Editor, messages: RecordingMessages
) -> None:
    """The tests' screen is 800 px wide: before any choice, the text gets the room; once the
    list is shown, every new window shows it."""
    assert OPINIONS_LIST_SHOWN.is_set() is False
    assert page.listing.isHidden() and not page.list_action.isChecked()
    page.list_action.trigger()
    assert not page.listing.isHidden()
    again = OpinionsPage(editor, messages)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.listing.isHidden() and again.list_action.isChecked()
    page.list_action.trigger()  # folded again: remembered too
    assert OPINIONS_LIST_SHOWN.get() is False


def test_a_deleted_opinion_comes_back_whole_with_undo(
    qtbot: QtBot, page: OpinionsPage, opinions: Opinions, editor: Editor
) -> None:
    kept = make(opinions, "Contribution au schéma directeur", "contribution")
    snap = make(opinions, "Avis sur les ENT")
    text = [
        Paragraph(uuid.uuid4(), "heading", plain_lines("Constats")),
        Paragraph(uuid.uuid4(), "paragraph", plain_lines("Les ENT sont utilisés partout.")),
        Paragraph(uuid.uuid4(), "recommendation", plain_lines("Ouvrir les données.")),
    ]
    opinions.save_text(snap.id, text, None)
    opinions.freeze(snap.id, "Avant circulation")
    page.reload()
    assert page.select_opinion(snap.id)
    assert page.workspace.session is not None

    page.show_list(True)  # folded away at first on the tests' 800-pixel screen
    page.listing.view.setFocus()
    qtbot.keyClick(page.listing.view, Qt.Key.Key_Delete)
    assert page.listing.visible_titles() == ["Contribution au schéma directeur"]
    assert snap.id not in page.workspace.sessions
    assert page.current_opinion_id() == kept.id
    assert editor.undo_stack.undoText() == "la suppression de l'avis « Avis sur les ENT »"

    editor.undo_stack.undo()
    assert sorted(page.listing.visible_titles()) == [
        "Avis sur les ENT",
        "Contribution au schéma directeur",
    ]
    assert page.current_opinion_id() == snap.id  # what came back is shown
    restored = opinions.text(snap.id).paragraphs
    assert [(p.uuid, p.text) for p in restored] == [(p.uuid, p.text) for p in text]
    assert [v.note for v in opinions.versions(snap.id)] == ["Avant circulation"]
    record = page.listing.record(snap.id)
    assert record is not None and (record.paragraphs, record.versions) == (3, 1)


def test_nothing_is_deleted_when_the_user_declines(
    page: OpinionsPage, opinions: Opinions, messages: RecordingMessages
) -> None:
    make(opinions, "Avis sur les ENT")
    page.reload()
    messages.answer = False
    page.delete_action.trigger()
    assert page.listing.visible_titles() == ["Avis sur les ENT"]


def test_search_and_status_filter_the_list_without_closing_the_open_opinion(
    qtbot: QtBot, page: OpinionsPage, opinions: Opinions, typist: Typist
) -> None:
    ent = make(opinions, "Avis sur les ENT")
    make(opinions, "Recommandation sur la donnée scolaire", "recommandation", "consultation")
    make(opinions, "Contribution au schéma directeur", "contribution", "adopted")
    page.reload()
    page.select_opinion(ent.id)
    assert page.listing.count.text() == "3 avis"

    typist(page.listing.search, "donnee")  # no accent needed
    assert page.listing.visible_titles() == ["Recommandation sur la donnée scolaire"]
    assert page.listing.count.text() == "1 sur 3 avis"
    assert page.current_opinion_id() == ent.id  # hidden, still open
    page.listing.search.clear()

    status = page.listing.status
    status.setCurrentIndex(status.findData(OPEN_FILTER))
    assert sorted(page.listing.visible_titles()) == [
        "Avis sur les ENT",
        "Recommandation sur la donnée scolaire",
    ]
    status.setCurrentIndex(status.findData("adopted"))
    assert page.listing.visible_titles() == ["Contribution au schéma directeur"]
    status.setCurrentIndex(status.findText("Tous"))
    assert len(page.listing.visible_titles()) == 3
    assert page.current_opinion_id() == ent.id


def test_the_opinions_model_is_a_sound_qt_model(
    qtmodeltester: object, page: OpinionsPage, opinions: Opinions
) -> None:
    make(opinions, "Avis sur les ENT")
    make(opinions, "Contribution au schéma directeur", "contribution", "abandoned")
    page.reload()
    qtmodeltester.check(page.listing.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.listing.proxy)  # type: ignore[attr-defined]


def test_the_word_exchange_is_on_the_page_row_at_the_default_width(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, opinions: Opinions
) -> None:
    from PySide6.QtWidgets import QToolButton

    make(opinions, "Avis sur les ENT")
    widget = OpinionsPage(editor, messages)
    qtbot.addWidget(widget)
    widget.resize(1090, 700)  # the page's share of a 1280 px window
    widget.show()
    qtbot.waitExposed(widget)
    settle(widget)  # the opinion's text, and so its Word exchange, follows the list
    buttons = {b.defaultAction(): b for b in widget.findChildren(QToolButton) if b.defaultAction()}

    for action in (widget.workspace.export_action, widget.workspace.import_action):
        button = buttons[action]
        assert button.isVisible() and button.isEnabled(), action.text()
        assert button.geometry().right() <= widget.width()


def test_the_list_shows_before_the_opinion_which_follows_on_the_next_turn(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, opinions: Opinions
) -> None:
    make(opinions, "Avis sur les ENT")
    latest = make(opinions, "Avis sur la sobriété numérique")
    widget = OpinionsPage(editor, messages)
    qtbot.addWidget(widget)
    # Built: the list is filled and its latest opinion selected, its text not yet read.
    assert widget.opening
    assert widget.listing.model.rowCount() == 2
    assert widget.current_opinion_id() == latest.id
    assert widget.workspace.session is None and widget.header.title.text() == ""
    settle(widget)
    session = widget.workspace.session
    assert session is not None and session.opinion_id == latest.id
    assert widget.header.title.text() == "Avis sur la sobriété numérique"
    assert widget.edit_action.isEnabled()


def test_an_opinion_asked_for_while_the_list_opens_opens_at_once(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, opinions: Opinions
) -> None:
    first = make(opinions, "Avis sur les ENT")
    make(opinions, "Avis sur la sobriété numérique")
    widget = OpinionsPage(editor, messages)
    qtbot.addWidget(widget)
    assert widget.select_opinion(first.id)  # as the search and the home page do
    session = widget.workspace.session
    assert not widget.opening and session is not None and session.opinion_id == first.id
    assert widget.header.title.text() == "Avis sur les ENT"
    settle(widget)  # the deferred turn changes nothing
    assert widget.workspace.session is session
