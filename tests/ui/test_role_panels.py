"""Inside the opened panels, what a role may not change is hidden or read only: the meeting
panels and the delegate buttons for a rapporteur and a reader, the opinion's text, amendments
and comments for a reader (the role set on the editor: the server's own refusal is tested on
PostgreSQL in test_shared_roles.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import RecordingMessages

from deliberation.records.access import LECTURE, RAPPORTEUR, Capabilities, for_role
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.main_window import MEETINGS, OPINIONS, REFERENTIAL, MainWindow
from deliberation.ui.meetings.meeting_models import ActionFilter
from deliberation.ui.meetings.meetings_page import MeetingsPage
from deliberation.ui.opinions.opinions_page import OpinionsPage
from deliberation.ui.referential.referential_page import ReferentialPage


@pytest.fixture
def role_window(qtbot: QtBot, demo_root: Root) -> Iterator[tuple[Root, list[MainWindow]]]:
    """The demo store, and the windows `open_window` opened on it (closed at the end)."""
    windows: list[MainWindow] = []
    yield demo_root, windows
    for window in windows:
        window.close()


def open_window(
    qtbot: QtBot, root: Root, windows: list[MainWindow], capabilities: Capabilities
) -> MainWindow:
    root.capabilities = capabilities  # what store.roles reads from a shared base's grants
    window = MainWindow(Editor(root), root.store.location, RecordingMessages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    windows.append(window)
    return window


def buttons_of(widget: QWidget, *actions: QAction) -> list[QToolButton]:
    found = [b for b in widget.findChildren(QToolButton) if b.defaultAction() in actions]
    assert found, "the panel shows these actions as buttons"
    return found


def assert_hidden(widget: QWidget, *actions: QAction) -> None:
    assert not any(action.isVisible() for action in actions)
    assert all(button.isHidden() for button in buttons_of(widget, *actions))


def assert_shown(widget: QWidget, *actions: QAction) -> None:
    assert all(action.isVisible() for action in actions)
    assert not any(button.isHidden() for button in buttons_of(widget, *actions))


def meetings_page(window: MainWindow, root: Root) -> MeetingsPage:
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    meeting = next(m for m in root.meetings.meetings() if m.day.year == 2026)
    page.show_meeting(meeting.id)
    return page


def opened_opinion(qtbot: QtBot, window: MainWindow, root: Root) -> OpinionsPage:
    """The opinions page with a demo opinion open that has comment threads."""
    page = window.show_area(OPINIONS)
    assert isinstance(page, OpinionsPage)
    opinion = next(o for o in root.opinions.opinions() if root.opinions.threads(o.id))
    assert page.select_opinion(opinion.id)
    qtbot.waitUntil(lambda: page.workspace.session is not None)
    return page


@pytest.mark.parametrize("role", [LECTURE, RAPPORTEUR])
def test_the_meeting_panels_and_delegates_read_only_without_the_right(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]], role: str
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(role))
    page = meetings_page(window, root)
    detail = page.meeting_page
    assert detail.agenda.details is not None  # a meeting is shown
    assert detail.edit_button.isHidden() and detail.status_button.isHidden()
    assert detail.send_button.isHidden()  # the convocation goes through the outbox

    agenda = detail.agenda
    assert_hidden(
        agenda,
        agenda.add_action,
        agenda.edit_action,
        agenda.remove_action,
        agenda.up_action,
        agenda.down_action,
        agenda.copy_action,
    )
    assert not agenda.view.dragEnabled() and not agenda.view.acceptDrops()

    attendance = detail.attendance
    assert_hidden(
        attendance,
        attendance.all_present_action,
        attendance.convene_action,
        attendance.remove_action,
    )
    assert attendance.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not attendance.side.isEnabled()
    shown = [a.status for a in attendance.model.entries()]
    attendance.view.setCurrentIndex(attendance.model.index(0, 0))
    attendance._status_keyed("absent")  # the P/E/A/N key of the sheet: nothing changes
    assert [a.status for a in attendance.model.entries()] == shown

    decisions = detail.decisions
    assert_hidden(decisions, decisions.new_action, decisions.edit_action, decisions.delete_action)
    assert decisions.editor_.outcome.isReadOnly() and decisions.editor_.decision.isReadOnly()

    actions = page.actions_panel
    assert not any(
        a.isVisible() for a in (actions.add_action, actions.edit_action, actions.done_action)
    )

    referential = window.show_area(REFERENTIAL)
    assert isinstance(referential, ReferentialPage)
    panel = referential.panel
    assert_hidden(panel, panel.new_delegate_action, panel.edit_delegate_action)


def test_a_reader_reads_the_opinion_without_a_way_to_change_it(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]]
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(LECTURE))
    workspace = opened_opinion(qtbot, window, root).workspace
    assert workspace.text.isReadOnly()
    assert workspace.text.toPlainText()  # the text is there to read
    assert not any(a.isVisible() for a in workspace.kind_actions)
    assert not workspace.freeze_action.isVisible()
    assert not workspace.bring_back_action.isVisible()
    assert workspace.versions_action.isVisible()  # reading the history stays
    assert workspace.export_action.isVisible()  # and so does the Word export

    amendments = workspace.amendments
    assert_hidden(
        amendments,
        amendments.new_action,
        amendments.accept_action,
        amendments.modify_action,
        amendments.reject_action,
        amendments.withdraw_action,
        amendments.reopen_action,
        amendments.treat_action,
    )
    assert_shown(amendments, amendments.export_action)

    comments = workspace.comments
    assert comments.editor.isHidden() and comments.send_button.isHidden()
    comments.all_paragraphs.setChecked(True)
    comments.show_resolved.setChecked(True)
    assert comments.cards, "the demo opinion has comments to read"
    for card in comments.cards.values():
        assert card.reply_button.isHidden() and card.resolve_button.isHidden()


def test_a_rapporteur_writes_the_opinion(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]]
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(RAPPORTEUR))
    workspace = opened_opinion(qtbot, window, root).workspace
    assert not workspace.text.isReadOnly()
    assert all(a.isVisible() for a in workspace.kind_actions)
    assert_shown(workspace.amendments, workspace.amendments.new_action)
    assert not workspace.comments.editor.isHidden()


def test_a_local_store_shows_every_panel_action(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]]
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, Capabilities())
    detail = meetings_page(window, root).meeting_page
    agenda = detail.agenda
    assert not detail.edit_button.isHidden() and not detail.send_button.isHidden()
    assert_shown(agenda, agenda.add_action, agenda.copy_action)
    assert agenda.view.dragEnabled()
    referential = window.show_area(REFERENTIAL)
    assert isinstance(referential, ReferentialPage)
    assert_shown(referential.panel, referential.panel.new_delegate_action)


READ_ONLY = "Lecture seule : votre rôle sur cette base ne permet pas de le modifier."


def _double_click(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "the row is on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _enter(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)


def _opened(page: QWidget) -> bool:
    dialog = getattr(page, "dialog", None)
    return isinstance(dialog, QDialog) and dialog.isVisible()


def _refused(window: MainWindow, page: QWidget) -> bool:
    """Nothing opened, and the status bar says why."""
    said = window.statusBar().currentMessage() == READ_ONLY
    window.statusBar().clearMessage()
    return said and not _opened(page)


def _meeting_with_actions(root: Root) -> int:
    return next(m.id for m in root.meetings.meetings() if root.meetings.actions(m.id))


@pytest.mark.parametrize("how", [_double_click, _enter])
@pytest.mark.parametrize("role", [LECTURE, RAPPORTEUR])
def test_a_row_of_the_agenda_opens_nothing_without_the_right(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]], role: str, how
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(role))
    agenda = meetings_page(window, root).meeting_page.agenda
    assert agenda.model.rowCount() > 0
    how(qtbot, agenda.view, 0)
    assert _refused(window, agenda)


@pytest.mark.parametrize("how", [_double_click, _enter])
def test_an_action_of_the_decisions_opens_nothing_for_a_reader(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]], how
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(LECTURE))
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    page.show_meeting(_meeting_with_actions(root))
    detail = page.meeting_page
    detail.tabs.setCurrentWidget(detail.decisions)
    decisions = detail.decisions
    qtbot.waitUntil(lambda: decisions.actions_model.rowCount() > 0)
    how(qtbot, decisions.actions_view, 0)
    assert _refused(window, decisions)


@pytest.mark.parametrize("how", [_double_click, _enter])
def test_the_actions_list_opens_nothing_for_a_reader(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]], how
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(LECTURE))
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    actions = page.actions_panel
    page.tabs.setCurrentWidget(actions)
    actions.set_filter(ActionFilter.ALL)
    qtbot.waitUntil(lambda: actions.proxy.rowCount() > 0)
    how(qtbot, actions.view, 0)
    assert _refused(window, actions)


@pytest.mark.parametrize("how", [_double_click, _enter])
def test_the_meetings_list_opens_nothing_for_a_reader(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]], how
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(LECTURE))
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(lambda: page.listing.proxy.rowCount() > 0)
    how(qtbot, page.listing.view, 0)
    assert _refused(window, page)


def test_a_meeting_of_the_month_view_opens_nothing_for_a_reader(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]]
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, for_role(LECTURE))
    page = window.show_area(MEETINGS)
    assert isinstance(page, MeetingsPage)
    meeting = next(m for m in root.meetings.meetings() if m.day.year == 2026)
    page.show_meeting(meeting.id)
    page.listing.set_month_view(True)
    month = page.listing.month
    qtbot.waitUntil(lambda: month.day_list.count() > 0)
    _double_click(qtbot, month.day_list, 0)
    assert _refused(window, page)
    _enter(qtbot, month.day_list, 0)
    assert _refused(window, page)


def test_with_the_right_a_double_click_opens_the_agenda_item(
    qtbot: QtBot, role_window: tuple[Root, list[MainWindow]]
) -> None:
    root, windows = role_window
    window = open_window(qtbot, root, windows, Capabilities())
    agenda = meetings_page(window, root).meeting_page.agenda
    _double_click(qtbot, agenda.view, 0)
    assert _opened(agenda)
    assert agenda.dialog is not None
    agenda.dialog.reject()
