"""The Positions area's consultations as cards (title, period, answers so far), with a search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.positions import ConsultationRecord
from deliberation.rules.consensus import answered_sentence, answers_summary
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.dates import abbreviated_date, long_date
from deliberation.ui.kit.labels import fold, sort_date
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import localized
from deliberation.ui.kit.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    AnyIndex,
    Column,
    RecordTableModel,
    refilter,
)
from deliberation.ui.kit.widgets import search_field
from deliberation.ui.positions.synthesis_model import period_text

PADDING = 8
BAR_HEIGHT = 4
ANSWERED_COLOUR = "#4f8a5b"


class ConsultationTableModel(RecordTableModel[ConsultationRecord]):
    """Consultations: title, period (a passed deadline in red), answers « 13/14 réponses (12
    complètes) »."""

    TITLE, PERIOD, ANSWERS = range(3)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        self._today = today
        super().__init__(parent)

    def columns(self) -> list[Column[ConsultationRecord]]:
        return [
            Column(
                self.tr("Consultation"),
                lambda c: c.title,
                lambda c: fold(c.title),
                self._card_tooltip,
            ),
            Column(
                self.tr("Période"),
                self.period_label,
                lambda c: sort_date(c.opened_on),
                self._period_tooltip,
            ),
            Column(
                self.tr("Réponses"),
                self.answers_label,
                self._answers_key,
                self._answers_tooltip,
                numeric=True,
            ),
        ]

    def complete(self, records: Sequence[ConsultationRecord]) -> None:
        """The same consultations, in the same order, now with their answers: redrawn in place
        (no reset: the selection and the scroll stay)."""
        assert [r.id for r in records] == [r.id for r in self._records]
        self._records = list(records)
        self._sort_keys = {}
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self.columns_) - 1)
            )

    def _card_tooltip(self, c: ConsultationRecord) -> str:
        return f"{c.title}\n{self._period_tooltip(c)}\n{self._answers_tooltip(c)}"

    def is_closed(self, c: ConsultationRecord) -> bool:
        return c.deadline is not None and c.deadline < self._today()

    def period_label(self, c: ConsultationRecord) -> str:
        text = period_text(c.opened_on, c.deadline)
        return text + self.tr(" (échue)") if self.is_closed(c) else text

    def _period_tooltip(self, c: ConsultationRecord) -> str:
        text = self.tr("Ouverte le %1").replace("%1", numeric_date(c.opened_on))
        if c.deadline is None:
            return text + self.tr(", sans date limite")
        if self.is_closed(c):
            return text + self.tr(" ; échéance dépassée depuis le %1").replace(
                "%1", numeric_date(c.deadline)
            )
        return text + self.tr(" ; réponses attendues le %1 au plus tard").replace(
            "%1", numeric_date(c.deadline)
        )

    @staticmethod
    def answers_label(c: ConsultationRecord) -> str:
        if not c.answers_known:
            return ""  # counted a moment later
        return localized(
            answers_summary(c.responded_count, c.answered_count, c.consulted_count, c.subject_count)
        )

    @staticmethod
    def _answers_key(c: ConsultationRecord) -> float:
        return c.responded_count / c.consulted_count if c.consulted_count else 0.0

    @staticmethod
    def _answers_tooltip(c: ConsultationRecord) -> str:
        if not c.answers_known:
            return ""
        return localized(
            answered_sentence(
                c.responded_count, c.answered_count, c.consulted_count, c.subject_count
            )
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.PERIOD
            and self.is_closed(self.record(index.row()))
        ):
            return QBrush(QColor(WARNING_TEXT))
        return super().data(index, role)


class ConsultationDelegate(QStyledItemDelegate):
    """Draws a consultation on three lines: its title in bold, its period (red once the deadline
    has passed), and « 3/9 réponses » beside a thin bar of the answers received."""

    def __init__(self, model: ConsultationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * PADDING + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        record: ConsultationRecord | None = index.data(RECORD_ROLE)
        if record is None:
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else QColor(MUTED_TEXT)
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING - 2, -PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = QFontMetrics(bold).elidedText(
            record.title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(option.font)
        closed = self._model.is_closed(record)
        painter.setPen(text_colour if selected else QColor(WARNING_TEXT) if closed else muted)
        period = metrics.elidedText(
            self._model.period_label(record), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line + 3, rect.width(), line), 0, period)
        answers = ConsultationTableModel.answers_label(record)
        top = rect.top() + 2 * line + 6
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), top, rect.width(), line), 0, answers)
        bar_left = rect.left() + metrics.horizontalAdvance(answers) + 10
        bar = QRect(bar_left, top + (line - BAR_HEIGHT) // 2, rect.right() - bar_left, BAR_HEIGHT)
        if bar.width() > 20 and record.consulted_count and record.answers_known:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 30) if not selected else QColor(255, 255, 255, 70))
            painter.drawRoundedRect(bar, 2, 2)
            done = round(bar.width() * record.responded_count / record.consulted_count)
            if done:
                painter.setBrush(QColor("white") if selected else QColor(ANSWERED_COLOUR))
                painter.drawRoundedRect(QRect(bar.left(), bar.top(), done, bar.height()), 2, 2)
        painter.restore()


class ConsultationFilter(QSortFilterProxyModel):
    """Keeps the consultations whose title, subjects or meeting (its title, its date written
    « 06/04/2027 », « 6 avril 2027 » or « 6 avr. 2027 ») hold every word searched, accents and
    case aside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self._records: Sequence[ConsultationRecord] = ()
        self._keys: dict[int, str] | None = None

    def set_records(self, records: Sequence[ConsultationRecord]) -> None:
        """The consultations searched; their words are folded when first searched."""
        self._records = records
        self._keys = None

    def keys(self) -> dict[int, str]:
        """What each consultation is searched by (folded once per set of records)."""
        if self._keys is None:
            self._keys = {r.id: fold(" ".join(_searched(r))) for r in self._records}
        return self._keys

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "words", fold(text).split()))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ConsultationTableModel)
        if not self.words:
            return True
        key = self.keys().get(model.record(source_row).id, "")
        return all(word in key for word in self.words)


def _searched(c: ConsultationRecord) -> list[str]:
    texts = [c.title, *c.subject_labels, c.meeting_title]
    if c.meeting_day is not None:
        day = c.meeting_day
        texts += [
            numeric_date(day),
            long_date(day, weekday=False),
            abbreviated_date(day, weekday=False),
        ]
    return texts


class ConsultationList(QWidget):
    """The consultations, the latest opened first, one selected.

    Signals:
        current_changed(object): the selected consultation's id, or None.
        activated(int): the user asked to edit a consultation (double-click, Enter).

    Attributes:
        model, proxy, view: the consultations, sorted, and their list.
        count: « 3 consultations ».
    """

    current_changed = Signal(object)
    activated = Signal(int)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.model = ConsultationTableModel(today, self)
        self.proxy = ConsultationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.sort(ConsultationTableModel.PERIOD, Qt.SortOrder.DescendingOrder)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ConsultationDelegate(self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSpacing(1)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)
        self.search = search_field(
            self.tr("Rechercher un intitulé, un sujet, une séance"), self._search_changed
        )
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {MUTED_TEXT};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def set_records(self, records: Sequence[ConsultationRecord]) -> None:
        """Show these consultations, keeping the selection (else the first one), quietly."""
        selected = self.current_id()
        self._quiet = True
        self.proxy.set_records(records)
        self.model.set_records(records)
        if selected is None or not self.select(selected):
            self._select_row(0)
        self._quiet = False
        self._count()

    def complete(self, records: Sequence[ConsultationRecord]) -> None:
        """The same consultations now with their answers and subjects: redrawn in place, the
        selection kept, the search's words folded now (the list is shown and idle)."""
        self.proxy.set_records(records)
        self.model.complete(records)
        self.proxy.keys()

    def _count(self) -> None:
        """« 5 consultations », or « 2 sur 5 consultations » while a search hides some."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = plural(total, self.tr("%n consultation"), self.tr("%n consultations"))
        if shown != total:
            text = self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", text)
        self.count.setText(text)

    def _search_changed(self, text: str) -> None:
        """Filter; the selected consultation stays if shown, else the first one shown opens."""
        selected = self.current_id()
        self._quiet = True  # the view moving its selection opens nothing by itself
        self.proxy.set_search(text)
        if selected is None or not self.select(selected):
            self._select_row(0)
        self._quiet = False
        self._count()
        if self.current_id() not in (None, selected):
            self.current_changed.emit(self.current_id())

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedIndexes()
        return rows[0].data(RECORD_ROLE).id if rows else None

    def select(self, consultation_id: int) -> bool:
        row = self.model.row_where(lambda c: c.id == consultation_id)
        if row < 0:
            return False
        self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.current_changed.emit(self.current_id())

    def _activated(self, *_args: object) -> None:
        consultation_id = self.current_id()
        if consultation_id is not None:
            self.activated.emit(consultation_id)
