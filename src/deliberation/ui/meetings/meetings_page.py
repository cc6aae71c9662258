"""The Séances area: the meetings (list or month view) beside the selected one, the actions,
and attendance over a period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import MeetingRecord
from deliberation.rules.file_names import period_file_name
from deliberation.rules.wording import abbreviated_date, plural
from deliberation.ui.kit.editor import GROUPS, MEETINGS
from deliberation.ui.kit.pages import (
    EditorPage,
    delete_key_action,
    page_title,
    shortcut_action,
    splitter,
)
from deliberation.ui.kit.settings import MEETINGS_SPLITTER
from deliberation.ui.kit.widgets import toolbar
from deliberation.ui.meetings.actions_panel import ActionsPanel
from deliberation.ui.meetings.attendance_summary import AttendanceSummary
from deliberation.ui.meetings.meeting_dialog import MeetingDialog
from deliberation.ui.meetings.meeting_list import MeetingList
from deliberation.ui.meetings.meeting_page import MeetingPage
from deliberation.ui.meetings.series_dialog import SeriesDialog

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

"""Where the list and the meeting's page split the width, kept across sessions."""


class MeetingsPage(EditorPage):
    """The Séances area: meetings, actions and attendance in three tabs.

    The Séances tab lists the meetings (filtered by period, body and a search; or shown on a
    month calendar) beside the selected one's page. It opens on the next upcoming meeting.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        listing: the meetings, as a list or a month view, and their filters.
        meeting_page: the selected meeting.
        actions_panel, attendance: the Actions and Assiduité tabs.
        tabs: the three tabs.
        new_action, series_action, edit_action, delete_action, export_action: the toolbar.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self._shown_id: int | None = None

        self._build_actions()
        self.listing = MeetingList(lambda: editor.meetings.today)
        self.listing.current_changed.connect(self._current_changed)
        self.listing.activated.connect(self.edit_meeting)
        self.listing.shown_changed.connect(lambda shown: self.export_action.setEnabled(shown > 0))
        self.listing.view.addAction(self.delete_action)
        self.meeting_page = MeetingPage(editor, messages)
        self.meeting_page.status_message.connect(self.status_message)
        self.meeting_page.edit_requested.connect(self.edit_meeting)
        self.actions_panel = ActionsPanel(editor, messages)
        self.actions_panel.status_message.connect(self.status_message)
        self.actions_panel.meeting_requested.connect(self.show_meeting)
        self.attendance = AttendanceSummary(editor, messages)
        self.attendance.status_message.connect(self.status_message)

        bar = toolbar(
            [
                self.new_action,
                self.series_action,
                self.edit_action,
                self.delete_action,
                self.export_action,
            ],
            [],
        )
        # The meeting page scrolls rather than widen the window beyond a small screen.
        detail = QScrollArea()
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setWidget(self.meeting_page)
        self.splitter = splitter(
            Qt.Orientation.Horizontal,
            [self.listing, detail],
            [(0, 2), (1, 3)],  # the meeting page gets the larger share
            [480, 700],
            MEETINGS_SPLITTER,
        )
        meetings_tab = QWidget()
        layout = QVBoxLayout(meetings_tab)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(meetings_tab, self.tr("Séances"))
        self.tabs.addTab(self.actions_panel, self.tr("Actions"))
        self.tabs.addTab(self.attendance, self.tr("Assiduité"))
        self.actions_panel.overdue_changed.connect(self._overdue_changed)
        self._overdue_changed(self.actions_panel.overdue_count())
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Séances")))
        layout.addWidget(self.tabs, 1)

        editor.changed.connect(self.on_changed)
        self.listing.set_groups(editor.referential.groups())
        self.reload()
        self.listing.select_meeting(self.listing.next_meeting_id(editor.meetings.today))

    def _build_actions(self) -> None:
        self.new_action = shortcut_action(
            self, QKeySequence.StandardKey.New, self.new_meeting, self.tr("Nouvelle séance…")
        )
        self.series_action = QAction(self.tr("Série de séances…"), self)
        self.series_action.triggered.connect(self.new_series)
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(lambda: self.edit_meeting())
        self.delete_action = delete_key_action(self, self.delete_meeting, self.tr("Supprimer"))
        self.export_action = QAction(self.tr("Exporter au calendrier (.ics)…"), self)
        self.export_action.setToolTip(
            self.tr("Enregistre les séances affichées dans un fichier que les agendas importent")
        )
        self.export_action.triggered.connect(self.export_calendar)
        shortcut_action(self, QKeySequence.StandardKey.Find, lambda: self.listing.focus_search())

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meetings again (one query), keeping the selection."""
        try:
            records = self.editor.meetings.meetings()
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.listing.set_records(records)

    def on_changed(self, topics: frozenset[str]) -> None:
        if GROUPS in topics:
            self.listing.set_groups(self.editor.referential.groups())
        if topics & {MEETINGS, GROUPS}:
            self.reload()

    # -- selection ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int) -> None:
        """Show a meeting on the Séances tab, relaxing the filters that hide it."""
        self.tabs.setCurrentIndex(0)
        if not self.listing.select_meeting(meeting_id):
            self.listing.reveal()
            self.listing.select_meeting(meeting_id)

    def _current_changed(self, meeting: MeetingRecord | None) -> None:
        self.edit_action.setEnabled(meeting is not None)
        self.delete_action.setEnabled(meeting is not None)
        meeting_id = meeting.id if meeting is not None else None
        if meeting_id != self._shown_id:  # the meeting page reloads itself after edits
            self._shown_id = meeting_id
            self.meeting_page.show_meeting(meeting_id)

    # -- edits ----------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        try:
            dialog = MeetingDialog(self.editor, None, self, day=self.listing.chosen_day())
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.open_editing(dialog, self._saved)

    def new_series(self) -> None:
        try:
            dialog = SeriesDialog(self.editor, self)
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.open_editing(dialog, self._series_saved)

    def edit_meeting(self, meeting_id: int | None = None) -> None:
        meeting_id = meeting_id if meeting_id is not None else self.listing.current_meeting_id()
        if meeting_id is None:
            return
        self.meeting_page.decisions.flush()  # a decision being typed is saved first
        try:
            before = self.editor.meetings.meeting(meeting_id)
            dialog = MeetingDialog(self.editor, before, self)
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.open_editing(dialog, self._saved)

    def _saved(self, dialog: MeetingDialog) -> None:
        saved = dialog.result_record
        if saved is None:
            return
        self.show_meeting(saved.id)
        self.status_message.emit(
            self.tr("Séance du %1 enregistrée.").replace("%1", abbreviated_date(saved.day))
        )

    def _series_saved(self, dialog: SeriesDialog) -> None:
        saved = dialog.result_records
        if not saved:
            return
        self.show_meeting(saved[0].id)
        self.status_message.emit(
            plural(len(saved), "%n séance créée", "%n séances créées")
            + self.tr(", du %1 au %2.")
            .replace("%1", abbreviated_date(saved[0].day))
            .replace("%2", abbreviated_date(saved[-1].day))
        )

    def delete_meeting(self) -> None:
        meeting = self.listing.current_meeting()
        if meeting is None:
            return
        question = self.tr(
            "Supprimer la séance « %1 » du %2, avec son ordre du jour, ses présences et son "
            "relevé de décisions ? (Édition › Annuler la rétablit.)"
        )
        question = question.replace("%1", meeting.title).replace(
            "%2", abbreviated_date(meeting.day)
        )
        if not self.messages.confirm(self, question, self.tr("Supprimer")):
            return
        try:
            self.editor.delete_meeting(self.editor.meetings.meeting(meeting.id))
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.status_message.emit(
            self.tr("Séance du %1 supprimée.").replace("%1", abbreviated_date(meeting.day))
        )

    def export_calendar(self) -> None:
        meetings = self.listing.shown()
        if not meetings:
            return
        target = self.messages.save_file(
            self,
            self.tr("Exporter les séances au calendrier"),
            period_file_name(
                "séances", min(m.day for m in meetings), max(m.day for m in meetings), ".ics"
            ),
            self.tr("Calendrier iCalendar (*.ics)"),
        )
        if target is None:
            return
        from deliberation.services.meetings import export_calendar

        try:
            written = export_calendar(self.editor.meetings, [m.id for m in meetings], target)
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.status_message.emit(
            plural(len(meetings), "%n séance exportée", "%n séances exportées")
            + self.tr(" dans %1.").replace("%1", written.name)
        )

    # -- tabs -----------------------------------------------------------------------------------

    def _overdue_changed(self, overdue: int) -> None:
        title = self.tr("Actions")
        if overdue:
            title += " (" + plural(overdue, "%n en retard", "%n en retard") + ")"
        self.tabs.setTabText(self.tabs.indexOf(self.actions_panel), title)
