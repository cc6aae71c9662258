"""The Séances area: the meetings (list or month view) beside the selected one, the actions,
and attendance over a period."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.meeting_records import MEETING_STATUSES, MeetingRecord
from deliberation.ui.actions_panel import ActionsPanel, segmented
from deliberation.ui.attendance_summary import AttendanceSummary
from deliberation.ui.editor import GROUPS, MEETINGS
from deliberation.ui.forms import to_date, to_qdate
from deliberation.ui.meeting_dialog import MeetingDialog
from deliberation.ui.meeting_models import (
    FRENCH,
    PLENARY,
    MeetingFilterModel,
    MeetingTableModel,
    Period,
    body_label,
    hours,
    kind_label,
    long_date,
    plural,
)
from deliberation.ui.meeting_page import MeetingPage
from deliberation.ui.organisation_panel import make_table, tool_button
from deliberation.ui.series_dialog import SeriesDialog
from deliberation.ui.table_model import RECORD_ROLE
from deliberation.ui.widgets import open_dialog

if TYPE_CHECKING:
    from deliberation.ui.editor import Editor
    from deliberation.ui.messages import MessageService

MEETING_DAY_COLOUR = QColor("#1a5fb4")
MEETING_DAY_BACKGROUND = QColor("#dde8f7")
CANCELLED_DAY_COLOUR = QColor("#8a8a8a")
ID_ROLE = Qt.ItemDataRole.UserRole

LIST_VIEW, EMPTY_VIEW, MONTH_VIEW = range(3)
SPLITTER_KEY = "meetings/splitter"
"""Where the list and the meeting's page split the width, kept across sessions."""


class MeetingsPage(QWidget):
    """The Séances area: meetings, actions and attendance in three tabs.

    The Séances tab lists the meetings (filtered by period, body and a search; or shown on a
    month calendar) beside the selected one's page. It opens on the next upcoming meeting.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        model, proxy, view: the meetings, their filtered view and its table.
        periods: À venir / Passées / Toutes (ids are `Period` values).
        body: the body filter (None: every body; PLENARY or a group's id).
        search: the search field.
        modes: Liste / Mois.
        calendar, day_list: the month view and the meetings of its selected day.
        meeting_page: the selected meeting.
        actions_panel, attendance: the Actions and Assiduité tabs.
        tabs: the three tabs.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    status_message = Signal(str)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.dialog: QDialog | None = None
        self._syncing = False
        self._by_day: dict[date, list[MeetingRecord]] = {}
        self._calendar_stale = True
        self._shown_id: int | None = None

        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterModel(lambda: editor.meetings.today, self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_filters()
        self._build_views()
        self.meeting_page = MeetingPage(editor, messages)
        self.meeting_page.status_message.connect(self.status_message)
        self.meeting_page.edit_requested.connect(self.edit_meeting)
        self.actions_panel = ActionsPanel(editor, messages)
        self.actions_panel.status_message.connect(self.status_message)
        self.actions_panel.meeting_requested.connect(self.show_meeting)
        self.attendance = AttendanceSummary(editor, messages)

        bar = QHBoxLayout()
        for action in (
            self.new_action,
            self.series_action,
            self.edit_action,
            self.delete_action,
            self.export_action,
        ):
            bar.addWidget(tool_button(action))
        bar.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._periods_holder)
        row.addStretch(1)
        row.addWidget(self.count)
        row.addSpacing(8)
        row.addWidget(self._modes_holder)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.body)
        row.addWidget(self.search, 1)
        column.addLayout(row)
        column.addWidget(self.left_stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # The meeting page scrolls rather than widen the window beyond a small screen.
        detail = QScrollArea()
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setWidget(self.meeting_page)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 540])
        splitter.setChildrenCollapsible(False)
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(SPLITTER_KEY, splitter.saveState())
        )
        self.splitter = splitter
        meetings_tab = QWidget()
        layout = QVBoxLayout(meetings_tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(meetings_tab, self.tr("Séances"))
        self.tabs.addTab(self.actions_panel, self.tr("Actions"))
        self.tabs.addTab(self.attendance, self.tr("Assiduité"))
        self.actions_panel.overdue_changed.connect(self._overdue_changed)
        self._overdue_changed(self.actions_panel.overdue_count())
        title = QLabel(self.tr("Séances"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        editor.changed.connect(self.on_changed)
        self.reload()
        self.select_meeting(self.next_meeting_id())

    # -- building -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("Nouvelle séance…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_meeting)
        self.series_action = QAction(self.tr("Série de séances…"), self)
        self.series_action.triggered.connect(self.new_series)
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(lambda: self.edit_meeting())
        self.delete_action = QAction(self.tr("Supprimer"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_meeting)
        self.export_action = QAction(self.tr("Exporter au calendrier (.ics)…"), self)
        self.export_action.setToolTip(
            self.tr("Enregistre les séances affichées dans un fichier que les agendas importent")
        )
        self.export_action.triggered.connect(self.export_calendar)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addActions([self.new_action, find])

    def _build_filters(self) -> None:
        self._periods_holder, self.periods = segmented(
            [self.tr("À venir"), self.tr("Passées"), self.tr("Toutes")], self
        )
        self.periods.button(int(Period.ALL)).setChecked(True)
        self.periods.idToggled.connect(self._period_toggled)
        self._modes_holder, self.modes = segmented([self.tr("Liste"), self.tr("Mois")], self)
        self.modes.idToggled.connect(self._mode_toggled)
        self.body = QComboBox()
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body.setMinimumContentsLength(18)
        self._fill_bodies()
        self.body.currentIndexChanged.connect(self._body_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un intitulé, un groupe, un lieu…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._search_changed)
        self.count = QLabel()

    def _build_views(self) -> None:
        m = MeetingTableModel
        self.view = make_table(self.proxy, m.TITLE)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(m.DAY, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_meeting())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.addAction(self.delete_action)
        header = self.view.horizontalHeader()
        header.setSectionHidden(m.KIND, True)  # the body and the title say it, mostly
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.calendar = QCalendarWidget()
        self.calendar.setLocale(FRENCH)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.day_title = QLabel()
        self.day_list = QListWidget()
        self.day_list.currentItemChanged.connect(self._day_meeting_chosen)
        self.day_list.itemActivated.connect(lambda _item: self.edit_meeting())
        month = QWidget()
        column = QVBoxLayout(month)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar, 3)
        column.addWidget(self.day_title)
        column.addWidget(self.day_list, 1)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.view)
        self.left_stack.addWidget(self.empty)
        self.left_stack.addWidget(month)

    def _size_columns(self, records: list[MeetingRecord]) -> None:
        """Widths from the texts a column can hold, not from every row (years of meetings)."""
        m = MeetingTableModel
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        bold = header.fontMetrics()
        days = [FRENCH.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        months = [FRENCH.monthName(n, QLocale.FormatType.ShortFormat) for n in range(1, 13)]
        day = f"{max(days, key=metrics.horizontalAdvance)} 30 "
        day += f"{max(months, key=metrics.horizontalAdvance)} 2000"
        samples = {
            m.DAY: [day],
            m.HOURS: ["00:00–00:00"],
            m.BODY: list({body_label(r) for r in records}),
            m.STATUS: list(MEETING_STATUSES.values()),
            m.ATTENDANCE: ["000/000"],
            m.KIND: list({kind_label(r.kind) for r in records}),
        }
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(
                [bold.horizontalAdvance(title) + 22]
                + [metrics.horizontalAdvance(t) + 12 for t in texts]
            )
            header.resizeSection(column, min(width, 150))

    def _column_menu(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns (the date always shows)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

    def _fill_bodies(self) -> None:
        current = self.body.currentData() if self.body.count() else None
        self.body.blockSignals(True)
        self.body.clear()
        self.body.addItem(self.tr("Toutes les instances"), None)
        self.body.addItem(self.tr("Plénière"), PLENARY)
        for group in sorted(self.editor.referential.groups(), key=lambda g: g.name.casefold()):
            label = group.name + (self.tr(" (clos)") if group.status == "closed" else "")
            self.body.addItem(label, group.id)
        index = self.body.findData(current)
        self.body.setCurrentIndex(max(index, 0))
        self.body.blockSignals(False)
        if index < 0 and current is not None:  # the group shown is gone
            self._body_changed()

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meetings again (one query), keeping the selection."""
        selected = self.current_meeting_id()
        try:
            records = self.editor.meetings.meetings()
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.model.set_records(records)
        self._size_columns(records)
        self._shown_changed()
        if selected is None or not self.select_meeting(selected):
            self._selection_changed()

    def on_changed(self, topics: frozenset[str]) -> None:
        if GROUPS in topics:
            self._fill_bodies()
        if topics & {MEETINGS, GROUPS}:
            self.reload()

    def next_meeting_id(self) -> int | None:
        """The next meeting from today (planned rather than cancelled), else the last one."""
        today = self.editor.meetings.today
        records = self.model.records()
        upcoming = [m for m in records if m.day >= today]
        planned = [m for m in upcoming if m.status in ("planned", "held")]
        chosen = (planned or upcoming or records[-1:] or [None])[0]
        return chosen.id if chosen is not None else None

    # -- filters --------------------------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        self.periods.button(int(period)).setChecked(True)

    def set_body(self, body: int | None) -> None:
        self.body.setCurrentIndex(max(self.body.findData(body), 0))

    def _period_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.proxy.set_period(Period(button_id))
            self._shown_changed()

    def _body_changed(self, *_args: object) -> None:
        self.proxy.set_body(self.body.currentData())
        self._shown_changed()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._shown_changed()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _shown_changed(self) -> None:
        """After a reload or a filter change: the count, the empty notice, the month view."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(plural(total, "%n séance", "%n séances"))
        else:
            self.count.setText(
                self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", str(total))
            )
        if not total:
            self.empty.setText(
                self.tr(
                    "Aucune séance pour l'instant : créez-en une avec « Nouvelle séance », ou "
                    "planifiez l'année avec « Série de séances »."
                )
            )
        else:
            self.empty.setText(self.tr("Aucune séance ne correspond à ces filtres."))
        self.export_action.setEnabled(shown > 0)
        self._show_left()
        self._calendar_stale = True
        if self.in_month_view():
            self._refresh_calendar()

    # -- list or month --------------------------------------------------------------------------

    def in_month_view(self) -> bool:
        return self.modes.checkedId() == 1

    def set_month_view(self, month: bool) -> None:
        self.modes.button(1 if month else 0).setChecked(True)

    def _mode_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        self._show_left()
        if button_id == 1:
            if self._calendar_stale:
                self._refresh_calendar()
            self._sync_calendar()

    def _show_left(self) -> None:
        if self.in_month_view():
            self.left_stack.setCurrentIndex(MONTH_VIEW)
        else:
            self.left_stack.setCurrentIndex(LIST_VIEW if self.proxy.rowCount() else EMPTY_VIEW)

    def _refresh_calendar(self) -> None:
        """Mark the days of the meetings shown (bold, coloured) with a tooltip listing them."""
        self._calendar_stale = False
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day
        by_day: dict[date, list[MeetingRecord]] = defaultdict(list)
        for meeting in self.proxy.meetings():
            by_day[meeting.day].append(meeting)
        for day, meetings in by_day.items():
            meetings.sort(key=lambda m: m.start)
            cancelled = all(m.status == "cancelled" for m in meetings)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if cancelled:
                fmt.setForeground(QBrush(CANCELLED_DAY_COLOUR))
                fmt.setFontStrikeOut(True)
            else:
                fmt.setForeground(QBrush(MEETING_DAY_COLOUR))
                fmt.setBackground(QBrush(MEETING_DAY_BACKGROUND))
            fmt.setToolTip("\n".join(self._day_line(m) for m in meetings))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        today = self.editor.meetings.today
        fmt = self.calendar.dateTextFormat(to_qdate(today))
        fmt.setFontUnderline(True)
        fmt.setToolTip("\n".join(line for line in (self.tr("Aujourd'hui"), fmt.toolTip()) if line))
        self.calendar.setDateTextFormat(to_qdate(today), fmt)
        self._by_day = dict(by_day)
        self._fill_day_list()

    def _day_line(self, m: MeetingRecord) -> str:
        line = f"{hours(m.start, m.end)} · {m.title}"
        if m.group_id is not None and m.body_label not in m.title:
            line += f" ({body_label(m)})"
        if m.status in ("cancelled", "postponed"):
            line += f" — {MEETING_STATUSES[m.status].lower()}"
        return line

    def meetings_on(self, day: date) -> list[MeetingRecord]:
        """The meetings the month view shows on a day."""
        if self._calendar_stale:
            self._refresh_calendar()
        return list(self._by_day.get(day, []))

    def _sync_calendar(self) -> None:
        """Show the selected meeting's day on the calendar (without choosing another one)."""
        current = self.current_meeting()
        if current is None:
            return
        self._syncing = True
        self.calendar.setSelectedDate(to_qdate(current.day))
        self._syncing = False
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = to_date(self.calendar.selectedDate())
        meetings = self._by_day.get(day, [])
        current = self.current_meeting_id()
        title = f"<b>{long_date(day)}</b>"
        if not meetings:
            title += self.tr(" — aucune séance ce jour")
        self.day_title.setText(title)
        self._syncing = True
        self.day_list.clear()
        for meeting in meetings:
            item = QListWidgetItem(self._day_line(meeting))
            item.setData(ID_ROLE, meeting.id)
            if meeting.status == "cancelled":
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.day_list.addItem(item)
            if meeting.id == current:
                self.day_list.setCurrentItem(item)
        self._syncing = False

    def _day_chosen(self) -> None:
        """A day clicked on the calendar: select its (first) meeting, or none."""
        if self._syncing:
            return
        if self._calendar_stale:
            self._refresh_calendar()
        meetings = self._by_day.get(to_date(self.calendar.selectedDate()), [])
        current = self.current_meeting_id()
        if meetings and current not in {m.id for m in meetings}:
            self.select_meeting(meetings[0].id)
        elif not meetings:
            self.view.selectionModel().clearSelection()
        self._fill_day_list()

    def _day_meeting_chosen(self, item: QListWidgetItem | None, *_args: object) -> None:
        if not self._syncing and item is not None:
            self._syncing = True  # the calendar already shows this day
            try:
                self.select_meeting(item.data(ID_ROLE))
            finally:
                self._syncing = False

    def chosen_day(self) -> date | None:
        """The day selected on the month view (None in the list view)."""
        return to_date(self.calendar.selectedDate()) if self.in_month_view() else None

    # -- selection ------------------------------------------------------------------------------

    def current_meeting(self) -> MeetingRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def current_meeting_id(self) -> int | None:
        meeting = self.current_meeting()
        return meeting.id if meeting is not None else None

    def select_meeting(self, meeting_id: int | None) -> bool:
        """Select a meeting among those shown; False if it is not shown."""
        if meeting_id is None:
            return False
        row = self.model.row_where(lambda m: m.id == meeting_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def show_meeting(self, meeting_id: int) -> None:
        """Show a meeting on the Séances tab, relaxing the filters that hide it."""
        self.tabs.setCurrentIndex(0)
        if not self.select_meeting(meeting_id):
            self.reveal()
            self.select_meeting(meeting_id)

    def reveal(self) -> None:
        """Relax every filter (to show a meeting that they hid)."""
        self.search.clear()
        self.set_body(None)
        self.set_period(Period.ALL)

    def _selection_changed(self, *_args: object) -> None:
        meeting = self.current_meeting()
        self.edit_action.setEnabled(meeting is not None)
        self.delete_action.setEnabled(meeting is not None)
        meeting_id = meeting.id if meeting is not None else None
        if meeting_id != self._shown_id:  # the meeting page reloads itself after edits
            self._shown_id = meeting_id
            self.meeting_page.show_meeting(meeting_id)
        if self.in_month_view() and not self._syncing:
            self._sync_calendar()

    # -- edits ----------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        try:
            dialog = MeetingDialog(self.editor, None, self, day=self.chosen_day())
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = open_dialog(self.dialog, dialog)

    def new_series(self) -> None:
        try:
            dialog = SeriesDialog(self.editor, self)
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        dialog.accepted.connect(lambda: self._series_saved(dialog))
        self.dialog = open_dialog(self.dialog, dialog)

    def edit_meeting(self, meeting_id: int | None = None) -> None:
        meeting_id = meeting_id if meeting_id is not None else self.current_meeting_id()
        if meeting_id is None:
            return
        try:
            before = self.editor.meetings.meeting(meeting_id)
            dialog = MeetingDialog(self.editor, before, self)
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = open_dialog(self.dialog, dialog)

    def _saved(self, dialog: MeetingDialog) -> None:
        saved = dialog.result_record
        if saved is None:
            return
        self.show_meeting(saved.id)
        self.status_message.emit(
            self.tr("Séance du %1 enregistrée.").replace("%1", long_date(saved.day))
        )

    def _series_saved(self, dialog: SeriesDialog) -> None:
        saved = dialog.result_records
        if not saved:
            return
        self.show_meeting(saved[0].id)
        self.status_message.emit(
            plural(len(saved), "%n séance créée", "%n séances créées")
            + self.tr(", du %1 au %2.")
            .replace("%1", long_date(saved[0].day))
            .replace("%2", long_date(saved[-1].day))
        )

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        question = self.tr(
            "Supprimer la séance « %1 » du %2, avec son ordre du jour, ses présences et son "
            "relevé de décisions ? (Édition › Annuler la rétablit.)"
        )
        question = question.replace("%1", meeting.title).replace("%2", long_date(meeting.day))
        if not self.messages.confirm(self, question, self.tr("Supprimer")):
            return
        try:
            self.editor.delete_meeting(self.editor.meetings.meeting(meeting.id))
        except DeliberationError as exc:
            self.messages.error(self, str(exc))
            return
        self.status_message.emit(
            self.tr("Séance du %1 supprimée.").replace("%1", long_date(meeting.day))
        )

    def export_calendar(self) -> None:
        meetings = self.proxy.meetings()
        if not meetings:
            return
        target = self.messages.save_file(
            self,
            self.tr("Exporter les séances au calendrier"),
            self.tr("seances.ics"),
            self.tr("Calendrier iCalendar (*.ics)"),
        )
        if target is None:
            return
        from deliberation.exports.calendar import export_calendar

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
