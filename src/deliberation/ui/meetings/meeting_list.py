"""The meetings of the Séances area as a filtered list or a month view, with one selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.meetings import MEETING_STATUSES, MeetingRecord
from deliberation.records.referential import GroupRecord
from deliberation.rules.wording import SHORT_MONTHS, SHORT_WEEKDAYS
from deliberation.ui.kit.dates import abbreviated_date
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.pages import empty_label, stacked
from deliberation.ui.kit.table_model import RECORD_ROLE
from deliberation.ui.kit.tables import make_table, select_row_at
from deliberation.ui.kit.widgets import search_field, segmented
from deliberation.ui.meetings.meeting_models import (
    PLENARY,
    MeetingFilterModel,
    MeetingTableModel,
    Period,
    body_label,
    kind_label,
)
from deliberation.ui.meetings.meeting_month import MeetingMonthView

LIST_VIEW, EMPTY_VIEW, MONTH_VIEW = range(3)


class MeetingList(QWidget):
    """The meetings filtered by period (À venir / Passées / Toutes), body and a search, shown as
    a table or on a month calendar; both views share the table's selection.

    Signals:
        current_changed(object): the selected meeting (MeetingRecord) or None.
        activated(int): the user asked to edit a meeting (double-click, Enter).
        shown_changed(int): how many meetings the filters let through, after every change.
        older_wanted(): the list holds recent meetings only and the user wants older ones
            (scrolled to the top, « Plus anciennes », past meetings, a search, the month view).

    Attributes:
        model, proxy, view: the meetings, their filtered view and its table.
        periods: À venir / Passées / Toutes (ids are `Period` values).
        body: the body filter (None: every body; PLENARY or a group's id).
        search: the search field.
        count: « 27 séances », « 3 sur 27 », « 95 séances depuis le 7 déc. 2025 ».
        older: « Plus anciennes », shown while older meetings are not read yet.
        recent_from: the day the meetings read start from (None: every meeting is read).
        modes: Liste / Mois (ids 0 and 1).
        month: the month view.
        empty: what the list says when it shows nothing.
    """

    current_changed = Signal(object)
    activated = Signal(int)
    shown_changed = Signal(int)
    older_wanted = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month_stale = True
        self._quiet = False  # while a filter changes: the selection handlers wait for the end
        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterModel(today, self)
        self.proxy.setSourceModel(self.model)

        periods_holder, self.periods = segmented(
            [self.tr("À venir"), self.tr("Passées"), self.tr("Toutes")], self
        )
        self.periods.button(int(Period.ALL)).setChecked(True)
        self.periods.idToggled.connect(self._period_toggled)
        modes_holder, self.modes = segmented([self.tr("Liste"), self.tr("Mois")], self)
        self.modes.idToggled.connect(self._mode_toggled)
        self.body = QComboBox()
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body.setMinimumContentsLength(18)
        self.set_groups([])
        self.body.currentIndexChanged.connect(self._body_changed)
        self.search = search_field(
            self.tr("Rechercher un intitulé, un groupe, un lieu…"), self._search_changed, 160
        )
        self.count = QLabel()
        self.recent_from: date | None = None
        self.older = QToolButton()
        self.older.setText(self.tr("Plus anciennes"))
        self.older.setToolTip(self.tr("Affiche aussi les séances de plus d'un an"))
        self.older.setAutoRaise(True)
        self.older.hide()
        self.older.clicked.connect(self.older_wanted)

        m = MeetingTableModel
        self.view = make_table(self.proxy, m.TITLE)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(m.DAY, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.verticalScrollBar().actionTriggered.connect(self._scrolled)
        header = self.view.horizontalHeader()
        header.setSectionHidden(m.KIND, True)  # the body and the title say it, mostly
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.empty = empty_label("", wrap=True)
        self.month = MeetingMonthView(today)
        self.month.meeting_chosen.connect(self._month_chose)
        self.month.meeting_activated.connect(self.activated)
        self.stack = stacked(self.view, self.empty, self.month)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(periods_holder)
        row.addStretch(1)
        row.addWidget(self.count)
        row.addWidget(self.older)
        row.addSpacing(8)
        row.addWidget(modes_holder)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.body)
        row.addWidget(self.search, 1)
        column.addLayout(row)
        column.addWidget(self.stack, 1)

    # -- contents -------------------------------------------------------------------------------

    def set_records(
        self, records: Sequence[MeetingRecord], recent_from: date | None = None
    ) -> None:
        """Show these meetings, keeping the selection if it is still there; `recent_from`: the
        day they start from when older ones were left unread (None: these are all)."""
        selected = self.current_meeting_id()
        self.recent_from = recent_from
        self.older.setVisible(recent_from is not None)
        self.model.set_records(records)
        self._size_columns(records)
        self._shown_changed()
        if selected is None or not self.select_meeting(selected):
            self._selection_changed()

    def set_groups(self, groups: Sequence[GroupRecord]) -> None:
        """The working groups offered by the body filter (closed ones marked)."""
        current = self.body.currentData() if self.body.count() else None
        self.body.blockSignals(True)
        self.body.clear()
        self.body.addItem(self.tr("Toutes les instances"), None)
        self.body.addItem(self.tr("Plénière"), PLENARY)
        for group in sorted(groups, key=lambda g: g.name.casefold()):
            label = group.name + (self.tr(" (clos)") if group.status == "closed" else "")
            self.body.addItem(label, group.id)
        index = self.body.findData(current)
        self.body.setCurrentIndex(max(index, 0))
        self.body.blockSignals(False)
        if index < 0 and current is not None:  # the group shown is gone
            self._body_changed()

    def shown(self) -> list[MeetingRecord]:
        """The meetings the filters let through, in display order."""
        return self.proxy.meetings()

    def _size_columns(self, records: Sequence[MeetingRecord]) -> None:
        """Widths from the texts a column can hold, not from every row (years of meetings)."""
        m = MeetingTableModel
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        day = f"{max(SHORT_WEEKDAYS, key=metrics.horizontalAdvance)} 30 "
        day += f"{max(SHORT_MONTHS, key=metrics.horizontalAdvance)} 2000"
        samples = {
            m.DAY: [day],
            m.HOURS: ["00:00–00:00"],
            m.BODY: list({body_label(r) for r in records}),
            m.STATUS: [label_text(text) for text in MEETING_STATUSES.values()],
            m.ATTENDANCE: ["000/000"],
            m.KIND: list({kind_label(r.kind) for r in records}),
        }
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(
                [header.fontMetrics().horizontalAdvance(title) + 22]
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

    # -- filters --------------------------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        self.periods.button(int(period)).setChecked(True)

    def set_body(self, body: int | None) -> None:
        self.body.setCurrentIndex(max(self.body.findData(body), 0))

    def reveal(self) -> None:
        """Relax every filter (to show a meeting that they hid)."""
        self.search.clear()
        self.set_body(None)
        self.set_period(Period.ALL)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _period_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._refilter(lambda: self.proxy.set_period(Period(button_id)))

    def _body_changed(self, *_args: object) -> None:
        self._refilter(lambda: self.proxy.set_body(self.body.currentData()))

    def _search_changed(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_search(text))

    def _scrolled(self, _action: int) -> None:
        """The user scrolls (wheel, bar, keys on the bar); not the list moving by itself."""
        bar = self.view.verticalScrollBar()
        if self.recent_from is None or bar.sliderPosition() != bar.minimum():
            return
        top = self.view.indexAt(QPoint(0, 0)).data(RECORD_ROLE)
        self.older_wanted.emit()  # the top of what was read: the older ones come in above
        if top is not None and self.recent_from is None:
            row = self.model.row_where(lambda m: m.id == top.id)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():  # the rows seen stay in view, the older ones just above
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                bar.setSliderPosition(bar.value())

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change; the selection handlers run once, and only if the selected
        meeting changed (the proxy moves the selection once per range of rows it drops)."""
        if self.recent_from is not None and (
            self.search.text().strip() or self.periods.checkedId() == int(Period.PAST)
        ):
            self.older_wanted.emit()  # a search or the past meetings look through every year
        before = self.current_meeting_id()
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        self._shown_changed()
        if self.current_meeting_id() != before:
            self._selection_changed()

    def _shown_changed(self) -> None:
        """After new meetings or a filter change: the count, the empty notice, the month view."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total and self.recent_from is not None:
            self.count.setText(
                plural(total, self.tr("%n séance"), self.tr("%n séances"))
                + self.tr(" depuis le %1").replace("%1", abbreviated_date(self.recent_from))
            )
        elif shown == total:
            self.count.setText(plural(total, self.tr("%n séance"), self.tr("%n séances")))
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
        self._show_view()
        self._month_stale = True
        if self.in_month_view():
            self._refresh_month()
        self.shown_changed.emit(shown)

    # -- list or month --------------------------------------------------------------------------

    def in_month_view(self) -> bool:
        return self.modes.checkedId() == 1

    def set_month_view(self, month: bool) -> None:
        self.modes.button(1 if month else 0).setChecked(True)

    def chosen_day(self) -> date | None:
        """The day selected on the month view (None in the list view)."""
        return self.month.selected_day() if self.in_month_view() else None

    def _mode_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        if button_id == 1 and self.recent_from is not None:
            self.older_wanted.emit()  # the calendar can go back any number of months
        self._show_view()
        if button_id == 1:
            if self._month_stale:
                self._refresh_month()
            self.month.show_meeting(self.current_meeting())

    def _show_view(self) -> None:
        if self.in_month_view():
            self.stack.setCurrentIndex(MONTH_VIEW)
        else:
            self.stack.setCurrentIndex(LIST_VIEW if self.proxy.rowCount() else EMPTY_VIEW)

    def _refresh_month(self) -> None:
        self._month_stale = False
        self.month.set_meetings(self.proxy.meetings())

    def _month_chose(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            self.view.selectionModel().clearSelection()
        else:
            self.select_meeting(meeting_id)

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
        select_row_at(self.view, index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def next_meeting_id(self, today: date) -> int | None:
        """The next meeting from today (planned rather than cancelled), else the last one."""
        records = self.model.records()
        upcoming = [m for m in records if m.day >= today]
        planned = [m for m in upcoming if m.status in ("planned", "held")]
        chosen = next(iter(planned or upcoming or records[-1:]), None)
        return chosen.id if chosen is not None else None

    def _selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        meeting = self.current_meeting()
        if self.in_month_view():
            self.month.show_meeting(meeting)
        self.current_changed.emit(meeting)

    def _activated(self, *_args: object) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.activated.emit(meeting.id)
