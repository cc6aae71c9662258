"""The opinions of the Opinions area as a table: status chips, counts, search and status filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.opinion_records import OPINION_KINDS, OPINION_STATUSES, OpinionRecord
from deliberation.ui.labels import fold, format_date
from deliberation.ui.meeting_labels import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.meeting_models import plural
from deliberation.ui.table_model import RECORD_ROLE, SORT_ROLE, AnyIndex, Column, RecordTableModel
from deliberation.ui.table_model import refilter as _refilter

if TYPE_CHECKING:
    from deliberation.opinions import Opinions

HEADER_KEY = "opinions/list_header"
"""The columns' widths, order, visibility and sort, kept across sessions."""
OPEN_FILTER = "open"
"""The status filter keeping opinions still being worked on."""
CLOSED_STATUSES = frozenset({"adopted", "published", "abandoned"})
STATUS_COLOURS = {  # (background, text) of each status's chip
    "draft": ("#e6edf7", "#27456b"),
    "consultation": ("#fdf0d5", "#7a4700"),
    "consolidated": ("#ebe4f7", "#4b3587"),
    "adopted": ("#dcf0e1", "#1f5e35"),
    "published": ("#d6eef0", "#175a61"),
    "abandoned": ("#ececec", "#5f5f5f"),
}
CHIP_PADDING = 7
ROW_PADDING = 4


def status_since(status: str, since: date | None) -> str:
    """« Projet depuis le 12/03/2026 » (the status alone when its date is unknown)."""
    label = OPINION_STATUSES.get(status, status)
    return f"{label} depuis le {format_date(since)}" if since else label


def changed_label(moment: datetime) -> str:
    """When an opinion was last changed, in local time: « 12/03/2026 14:05 »."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class OpinionTableModel(RecordTableModel[OpinionRecord]):
    """Opinions: kind, title, group, status (chip), rapporteurs, paragraphs, versions, open
    amendments, last change. Abandoned opinions are greyed."""

    KIND, TITLE, GROUP, STATUS, RAPPORTEURS, PARAGRAPHS, VERSIONS, AMENDMENTS, CHANGED = range(9)
    HIDDEN_BY_DEFAULT = (KIND, GROUP, RAPPORTEURS, VERSIONS, CHANGED)

    def columns(self) -> list[Column[OpinionRecord]]:
        return [
            Column(self.tr("Type"), lambda o: OPINION_KINDS.get(o.kind, o.kind)),
            Column(self.tr("Titre"), lambda o: o.title, lambda o: fold(o.title), self._tooltip),
            Column(
                self.tr("Groupe"),
                self.group_label,
                lambda o: fold(o.group_name or "0"),
            ),
            Column(
                self.tr("État"),
                lambda o: status_since(o.status, o.status_since),
                lambda o: (
                    list(OPINION_STATUSES).index(o.status) if o.status in OPINION_STATUSES else 99
                ),
            ),
            Column(self.tr("Rapporteurs"), lambda o: ", ".join(o.rapporteurs)),
            Column(
                self.tr("Texte"),
                lambda o: f"{o.paragraphs} §",
                lambda o: o.paragraphs,
                lambda o: plural(o.paragraphs, "%n paragraphe", "%n paragraphes"),
                numeric=True,
            ),
            Column(
                self.tr("Versions"),
                lambda o: str(o.versions) if o.versions else "—",
                lambda o: o.versions,
                lambda o: plural(o.versions, "%n version figée", "%n versions figées"),
                numeric=True,
            ),
            Column(
                self.tr("Amend."),
                lambda o: str(o.open_amendments) if o.open_amendments else "—",
                lambda o: o.open_amendments,
                lambda o: plural(
                    o.open_amendments,
                    "%n amendement à trancher",
                    "%n amendements à trancher",
                ),
                numeric=True,
            ),
            Column(
                self.tr("Modifié"),
                lambda o: changed_label(o.updated_at),
                lambda o: o.updated_at.timestamp(),
            ),
        ]

    def summary(self, o: OpinionRecord) -> str:
        """« Avis · Usages numériques · Claire Martin, Marc Bernard » (under the title)."""
        parts = [OPINION_KINDS.get(o.kind, o.kind), self.group_label(o)]
        if o.rapporteurs:
            parts.append(", ".join(o.rapporteurs))
        return " · ".join(parts)

    def group_label(self, o: OpinionRecord) -> str:
        return o.group_name or self.tr("Comité plénier")

    def _tooltip(self, o: OpinionRecord) -> str:
        lines = [
            f"{OPINION_KINDS.get(o.kind, o.kind)} — {o.title}",
            self.group_label(o),
            status_since(o.status, o.status_since),
        ]
        if o.rapporteurs:
            lines.append(self.tr("Rapporteurs : %1").replace("%1", ", ".join(o.rapporteurs)))
        lines.append(self.tr("Modifié le %1").replace("%1", changed_label(o.updated_at)))
        return "\n".join(lines)

    def is_muted(self, record: OpinionRecord) -> bool:
        return record.status == "abandoned"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.AMENDMENTS
            and self.record(index.row()).open_amendments
        ):
            return QColor(WARNING_TEXT)
        return super().data(index, role)


class OpinionFilter(QSortFilterProxyModel):
    """Keeps the opinions whose title, group or rapporteurs hold every word searched, in the
    chosen status ("" all, OPEN_FILTER those still being worked on, or one status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.status = ""
        self._keys: dict[int, str] = {}

    def set_records(self, records: Sequence[OpinionRecord]) -> None:
        self._keys = {
            r.id: fold(" ".join((r.title, r.group_name, *r.rapporteurs))) for r in records
        }

    def set_search(self, text: str) -> None:
        _refilter(self, lambda: setattr(self, "words", fold(text).split()))

    def set_status(self, status: str) -> None:
        _refilter(self, lambda: setattr(self, "status", status))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OpinionTableModel)
        record = model.record(source_row)
        if self.status == OPEN_FILTER and record.status in CLOSED_STATUSES:
            return False
        if self.status not in ("", OPEN_FILTER) and record.status != self.status:
            return False
        key = self._keys.get(record.id, "")
        return all(word in key for word in self.words)


class TwoLineDelegate(QStyledItemDelegate):
    """Draws a cell on two lines: the title (bold) over kind · group · rapporteurs, or the
    status chip over the date it was reached."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(120, 2 * metrics.height() + 3 * ROW_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        record: OpinionRecord | None = index.data(RECORD_ROLE)
        if record is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else QColor(MUTED_TEXT)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = option.rect.adjusted(5, ROW_PADDING, -5, -ROW_PADDING)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + ROW_PADDING, rect.width(), line)
        painter.save()
        if index.column() == OpinionTableModel.STATUS:
            background, text = STATUS_COLOURS.get(record.status, ("#eeeeee", "#333333"))
            label = OPINION_STATUSES.get(record.status, record.status)
            chip = QRect(
                top.left(),
                top.top() - 1,
                min(metrics.horizontalAdvance(label) + 2 * CHIP_PADDING, top.width()),
                line + 2,
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(QColor(text))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            second = (
                self.tr("depuis le %1").replace("%1", format_date(record.status_since))
                if record.status_since
                else ""
            )
        else:
            font = QFont(option.font)
            font.setBold(True)
            if record.status == "abandoned":
                font.setItalic(True)
            painter.setFont(font)
            painter.setPen(muted if record.status == "abandoned" else text_colour)
            title = QFontMetrics(font).elidedText(
                record.title, Qt.TextElideMode.ElideRight, top.width()
            )
            painter.drawText(top, int(Qt.AlignmentFlag.AlignVCenter), title)
            painter.setFont(option.font)
            model = index.model()
            source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
            assert isinstance(source, OpinionTableModel)
            second = source.summary(record)
        painter.setPen(muted)
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()


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

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un titre, un groupe, un rapporteur"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.status = QComboBox()
        self.status.addItem(self.tr("Tous"), "")
        self.status.addItem(self.tr("En cours"), OPEN_FILTER)
        for code, label in OPINION_STATUSES.items():
            self.status.addItem(label, code)
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
            (OpinionTableModel.STATUS, 140),
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
        state = QSettings().value(HEADER_KEY)
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
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

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
        text = plural(total, "%n avis", "%n avis")
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
        QSettings().setValue(HEADER_KEY, self.view.horizontalHeader().saveState())
