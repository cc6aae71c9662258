"""The opinions of the Opinions area as a table, with a search and a status filter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import OPINION_STATUSES, OpinionRecord
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.settings import OPINIONS_LIST_HEADER
from deliberation.ui.kit.table_model import RECORD_ROLE, SORT_ROLE
from deliberation.ui.kit.tables import select_row_at
from deliberation.ui.kit.widgets import search_field
from deliberation.ui.opinions.opinions_model import (
    OPEN_FILTER,
    ROW_PADDING,
    OpinionFilter,
    OpinionTableModel,
    TwoLineDelegate,
)

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions

"""The columns' widths, order, visibility and sort, kept across sessions."""


class OpinionsList(QWidget):
    """Every opinion, the most recently changed first, with a search and a status filter.

    `OpinionsList(opinions, parent=None)`: `opinions` are the use cases the list reads.

    Signals:
        opinion_selected(object): the selected opinion's id, or None when there is none. A
            search that merely hides the selected opinion does not unselect it.
        activated(int): the user asked to edit an opinion's description (double-click, Enter).

    Attributes:
        model, proxy, view: the opinions, filtered and sorted, and their table.
        search: the search field; status: the status filter; count: « 3 avis sur 12 ».
    """

    opinion_selected = Signal(object)
    activated = Signal(int)

    def __init__(self, opinions: Opinions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self._quiet = False
        self._current: int | None = None
        self.model = OpinionTableModel(self)
        self.proxy = OpinionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = search_field(
            self.tr("Rechercher un titre, un groupe, un rapporteur"), self._search_changed
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("Tous"), "")
        self.status.addItem(self.tr("En cours"), OPEN_FILTER)
        for code, label in OPINION_STATUSES.items():
            self.status.addItem(label_text(label), code)
        self.status.setToolTip(self.tr("« En cours » : ni adoptés, ni publiés, ni abandonnés"))
        self.status.currentIndexChanged.connect(self._status_changed)

        view = QTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(
            2 * QFontMetrics(view.font()).height() + 3 * ROW_PADDING
        )
        two_lines = TwoLineDelegate(view)
        view.setItemDelegateForColumn(OpinionTableModel.TITLE, two_lines)
        view.setItemDelegateForColumn(OpinionTableModel.STATUS, two_lines)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OpinionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in (
            (OpinionTableModel.KIND, 110),
            (OpinionTableModel.GROUP, 130),
            (OpinionTableModel.STATUS, 125),
            (OpinionTableModel.RAPPORTEURS, 160),
            (OpinionTableModel.PARAGRAPHS, 50),
            (OpinionTableModel.VERSIONS, 65),
            (OpinionTableModel.AMENDMENTS, 60),
            (OpinionTableModel.CHANGED, 125),
        ):
            header.resizeSection(column, width)
        for column in OpinionTableModel.HIDDEN_BY_DEFAULT:
            header.setSectionHidden(column, True)
        view.setSortingEnabled(True)
        view.sortByColumn(OpinionTableModel.CHANGED, Qt.SortOrder.DescendingOrder)
        state = OPINIONS_LIST_HEADER.get()
        if isinstance(state, QByteArray | bytes):
            header.restoreState(state)
        header.sectionResized.connect(lambda *_: self._keep_header())
        header.sectionMoved.connect(lambda *_: self._keep_header())
        header.sortIndicatorChanged.connect(lambda *_: self._keep_header())
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.activated.connect(self._activated)
        self.view = view

        self.count = QLabel()
        self.count.setStyleSheet(f"color: {MUTED_TEXT};")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(view, 1)
        layout.addWidget(self.count)

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the opinions again (one query), keeping the selection; with it gone, the first
        opinion shown is selected (and announced)."""
        try:
            records = self.opinions.opinions()
        except DeliberationError:
            records = []
        self.set_records(records)

    def set_records(self, records: Sequence[OpinionRecord]) -> None:
        previous = self._current
        self._quiet = True
        self.proxy.set_records(records)
        self.model.set_records(records)
        if previous is None or not self._select_id(previous):
            self._current = None
            self._select_row(0)
            self._current = self._selected_id()
        self._quiet = False
        self._count()
        if self._current != previous:
            self.opinion_selected.emit(self._current)

    def records(self) -> list[OpinionRecord]:
        return self.model.records()

    def update_record(self, record: OpinionRecord) -> bool:
        """Show one opinion's record afresh (its text was saved) without reading the others;
        False if it is not listed."""
        records = self.model.records()
        row = next((n for n, r in enumerate(records) if r.id == record.id), -1)
        if row < 0:
            return False
        records[row] = record
        ordered = sorted(records, key=lambda r: (r.updated_at, r.id), reverse=True)
        if [r.id for r in ordered] != [r.id for r in records]:
            self.set_records(ordered)  # it moves up the list: the most recently changed first
            return True
        self.model.set_record(row, record)
        self.proxy.set_records(records)
        self.proxy.invalidate()
        return True

    def record(self, opinion_id: int) -> OpinionRecord | None:
        row = self.model.row_where(lambda o: o.id == opinion_id)
        return self.model.record(row) if row >= 0 else None

    def visible_titles(self) -> list[str]:
        """The titles shown, in the order shown (for tests and checks)."""
        return [
            self.proxy.index(row, OpinionTableModel.TITLE).data()
            for row in range(self.proxy.rowCount())
        ]

    # -- selection ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._current

    def select(self, opinion_id: int | None) -> bool:
        """Select an opinion (clearing a filter hiding it); False if there is no such one."""
        if opinion_id is None:
            self.view.clearSelection()
            self._set_current(None)
            return True
        if self.model.row_where(lambda o: o.id == opinion_id) < 0:
            return False
        if not self._select_id(opinion_id):
            self.search.clear()
            self.status.setCurrentIndex(0)
            self._select_id(opinion_id)
        self._set_current(opinion_id)
        return True

    def _select_id(self, opinion_id: int) -> bool:
        row = self.model.row_where(lambda o: o.id == opinion_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_row(index.row())
        return True

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, OpinionTableModel.TITLE)
        if not index.isValid():
            return
        select_row_at(self.view, index)

    def _selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE).id if rows else None

    def _set_current(self, opinion_id: int | None) -> None:
        if opinion_id != self._current:
            self._current = opinion_id
            self.opinion_selected.emit(opinion_id)

    def _selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        selected = self._selected_id()
        if selected is None:
            return  # hidden by a filter, or cleared by a reload: the opinion stays open
        self._set_current(selected)

    def _activated(self, *_args: object) -> None:
        selected = self._selected_id()
        if selected is not None:
            self.activated.emit(selected)

    # -- filters --------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self._quiet = True  # the view moving its selection to another row opens nothing
        self.proxy.set_search(text)
        self._after_filter()

    def _status_changed(self, _index: int) -> None:
        self._quiet = True
        self.proxy.set_status(self.status.currentData())
        self._after_filter()

    def _after_filter(self) -> None:
        """Select the opened opinion again when the filter lets it through, else nothing."""
        self._quiet = True
        if self._current is None or not self._select_id(self._current):
            self.view.selectionModel().clear()
        self._quiet = False
        self._count()

    def _count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        one, many = self.tr("%n avis", "one"), self.tr("%n avis", "several")
        text = plural(total, one, many)
        if shown != total:
            text = self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", text)
        self.count.setText(text)

    # -- columns --------------------------------------------------------------------------------

    def _header_menu(self, point: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == OpinionTableModel.TITLE:
                continue
            action = menu.addAction(self.model.columns_[column].header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
        menu.popup(header.mapToGlobal(point))

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._keep_header()

    def _keep_header(self) -> None:
        OPINIONS_LIST_HEADER.set(self.view.horizontalHeader().saveState())
