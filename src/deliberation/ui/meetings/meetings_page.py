"""The Séances area: the meetings (list or month view) beside the selected one, the actions,
and attendance over a period."""

from __future__ import annotations

from datetime import date, timedelta
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
from deliberation.ui.kit.dates import abbreviated_date
from deliberation.ui.kit.editor import ACTIONS, GROUPS, MEETINGS
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import (
    DeferredTab,
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

RECENT_DAYS = 366
"""How far back the list reads meetings when the area opens (older ones when asked for)."""


class MeetingsPage(EditorPage):
    """The Séances area: meetings, actions and attendance in three tabs.

    The Séances tab lists the meetings (filtered by period, body and a search; or shown on a
    month calendar) beside the selected one's page. It opens on the next upcoming meeting.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        listing: the meetings, as a list or a month view, and their filters.
        meeting_page: the selected meeting.
        actions_panel, attendance: the Actions and Assiduité tabs (built when first shown or
            asked for).
        tabs: the three tabs.
        new_action, series_action, edit_action, delete_action, export_action: the toolbar.
        dialog: the last dialog opened (kept so that tests can drive it).
        opening: true from the list shown until the selected meeting's page follows, on the
            next turn of the event loop.
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self._shown_id: int | None = None
        self.opening = True  # the list first; the meeting's page on the next turn
        self._all_loaded = False  # the list reads the last twelve months until asked for more

        self._build_actions()
        self.listing = MeetingList(lambda: editor.meetings.today)
        self.listing.current_changed.connect(self._current_changed)
        self.listing.older_wanted.connect(self.load_older)
        self.listing.activated.connect(self.edit_meeting)
        self.listing.shown_changed.connect(lambda shown: self.export_action.setEnabled(shown > 0))
        self.listing.view.addAction(self.delete_action)
        self.meeting_page = MeetingPage(editor, messages)
        self.meeting_page.status_message.connect(self.status_message)
        self.meeting_page.edit_requested.connect(self.edit_meeting)

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
        # The other tabs are built when first shown: years of actions need not be read to open
        # the area, only how many are overdue (for the tab's title).
        self._actions = DeferredTab(self.tabs, self.tr("Actions"), self._build_actions_panel)
        self._attendance = DeferredTab(
            self.tabs, self.tr("Assiduité"), lambda: AttendanceSummary(editor, messages)
        )
        self._count_overdue()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Séances")))
        layout.addWidget(self.tabs, 1)

        editor.changed.connect(self.on_changed)
        self.listing.set_groups(editor.referential.groups())
        self.reload()
        self.listing.select_meeting(self.listing.next_meeting_id(editor.meetings.today))
        self.after_first_paint(self._complete_opening)

    def _complete_opening(self) -> None:
        """The selected meeting's page, once the list is shown (or at once when a meeting is
        asked for first)."""
        if self.opening:
            self.opening = False
            self._current_changed(self.listing.current_meeting())

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
        self.allow(
            self.editor.capabilities.meetings,
            self.new_action,
            self.series_action,
            self.edit_action,
            self.delete_action,
        )

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meetings again (one query), keeping the selection.

        Until older ones are asked for (scrolling to the top of the list, « Plus anciennes »,
        the past meetings, a search, the month view, a meeting chosen elsewhere), only the last
        twelve months and what is planned are read: what the list opens on, at any age of the
        base.
        """
        start: date | None = None
        try:
            if not self._all_loaded:
                start = self.editor.meetings.today - timedelta(days=RECENT_DAYS)
                if not self.editor.meetings.has_meeting_before(start):
                    start = None
            records = self.editor.meetings.meetings(start)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.listing.set_records(records, start)

    def load_older(self) -> None:
        """Read every meeting, however old (from now on, reloads read them all)."""
        if not self._all_loaded:
            self._all_loaded = True
            self.reload()

    def on_changed(self, topics: frozenset[str]) -> None:
        if not self._actions.built and topics & {ACTIONS, MEETINGS}:
            self._count_overdue()  # the built tab counts them itself
        if GROUPS in topics:
            self.listing.set_groups(self.editor.referential.groups())
        if topics & {MEETINGS, GROUPS}:
            self.reload()

    # -- selection ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int) -> None:
        """Show a meeting on the Séances tab, relaxing the filters that hide it."""
        self._complete_opening()
        self.tabs.setCurrentIndex(0)
        if not self.listing.select_meeting(meeting_id):
            self.load_older()
            self.listing.reveal()
            self.listing.select_meeting(meeting_id)

    def _current_changed(self, meeting: MeetingRecord | None) -> None:
        self.edit_action.setEnabled(meeting is not None)
        self.delete_action.setEnabled(meeting is not None)
        meeting_id = meeting.id if meeting is not None else None
        # the meeting page reloads itself after edits; while opening, it follows the list
        if not self.opening and meeting_id != self._shown_id:
            self._shown_id = meeting_id
            self.meeting_page.show_meeting(meeting_id)

    # -- edits ----------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        try:
            dialog = MeetingDialog(self.editor, None, self, day=self.listing.chosen_day())
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.open_editing(dialog, self._saved)

    def new_series(self) -> None:
        try:
            dialog = SeriesDialog(self.editor, self)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.open_editing(dialog, self._series_saved)

    def edit_meeting(self, meeting_id: int | None = None) -> None:
        meeting_id = meeting_id if meeting_id is not None else self.listing.current_meeting_id()
        if meeting_id is None or not self.may_change(self.editor.capabilities.meetings):
            return
        self.meeting_page.decisions.flush()  # a decision being typed is saved first
        try:
            before = self.editor.meetings.meeting(meeting_id)
            dialog = MeetingDialog(self.editor, before, self)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
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
            plural(len(saved), self.tr("%n séance créée"), self.tr("%n séances créées"))
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
            self.messages.error(self, error_text(exc))
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
            self.messages.error(self, error_text(exc))
            return
        self.status_message.emit(
            plural(len(meetings), self.tr("%n séance exportée"), self.tr("%n séances exportées"))
            + self.tr(" dans %1.").replace("%1", written.name)
        )

    # -- tabs -----------------------------------------------------------------------------------

    @property
    def actions_panel(self) -> ActionsPanel:
        """The Actions tab (built now if it was not yet)."""
        return self._actions.page()

    @property
    def attendance(self) -> AttendanceSummary:
        """The Assiduité tab (built now if it was not yet)."""
        return self._attendance.page()

    def _build_actions_panel(self) -> ActionsPanel:
        panel = ActionsPanel(self.editor, self.messages)
        panel.status_message.connect(self.status_message)
        panel.meeting_requested.connect(self.show_meeting)
        panel.overdue_changed.connect(self._overdue_changed)
        self._overdue_changed(panel.overdue_count())
        return panel

    def _count_overdue(self) -> None:
        try:
            overdue = self.editor.meetings.overdue_count()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self._overdue_changed(overdue)

    def _overdue_changed(self, overdue: int) -> None:
        title = self.tr("Actions")
        if overdue:
            title += " (" + plural(overdue, self.tr("%n en retard"), self.tr("%n en retard")) + ")"
        self.tabs.setTabText(1, title)  # the Actions tab, built or not
