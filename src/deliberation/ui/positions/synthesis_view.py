"""The stance matrix as a table whose letter keys record a position in one keystroke."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.ui.kit.looks import STATUS_LOOKS, stance_text
from deliberation.ui.positions.synthesis_model import STATUS_ROLE

STANCE_KEYS = {
    Qt.Key.Key_F: "favorable",
    Qt.Key.Key_R: "reserved",
    Qt.Key.Key_D: "unfavorable",
    Qt.Key.Key_A: "abstention",
    Qt.Key.Key_N: "not_expressed",
}
"""The letter that records each stance on the current cell."""
STANCE_CODES = ("favorable", "reserved", "unfavorable", "abstention", "not_expressed")
KEY_HELP = QT_TRANSLATE_NOOP(
    "SynthesisView",
    "F favorable · R sous réserve · D défavorable · A abstention · N non exprimée · "
    "Entrée détails · Suppr retirer",
)


class CellDelegate(QStyledItemDelegate):
    """A cell in its stance's colour; the current cell framed rather than filled, so that its
    colour still shows."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = (
            foreground.color()
            if isinstance(foreground, QBrush)
            else option.palette.color(QPalette.ColorRole.Text)
        )
        painter.setPen(colour)
        painter.setFont(option.font)
        text = option.fontMetrics.elidedText(
            index.data() or "", Qt.TextElideMode.ElideRight, rect.width() - 8
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
        painter.restore()


def wrapped(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """`text` on at most `lines` lines of `width` pixels, the last one cut with « … »."""
    result: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if not line or metrics.horizontalAdvance(trial) <= width:
            line = trial
        else:
            result.append(line)
            line = word
    if line:
        result.append(line)
    if len(result) > lines:
        result = [*result[: lines - 1], " ".join(result[lines - 1 :])]
    return [metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in result]


class SubjectHeader(QHeaderView):
    """The subjects above the matrix: a dot of the subject's status colour and its number, then
    its label on two lines; the current subject underlined."""

    LABEL_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        line = self.fontMetrics().height()
        self.setFixedHeight((self.LABEL_LINES + 1) * line + 14)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumSectionSize(60)
        self.current_column = -1

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        orientation = Qt.Orientation.Horizontal
        label = str(self.model().headerData(logical, orientation) or "")
        status = self.model().headerData(logical, orientation, STATUS_ROLE)
        look = STATUS_LOOKS.get(status or "", STATUS_LOOKS["not_enough_answers"])
        metrics = self.fontMetrics()
        line = metrics.height()
        inner = rect.adjusted(6, 5, -6, -5)
        bold = QFont(self.font())
        bold.setBold(True)
        number = str(logical + 1)
        dot = line * 0.55
        width = dot + 5 + QFontMetrics(bold).horizontalAdvance(number)
        left = inner.left() + (inner.width() - width) / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(look.foreground), 1))
        painter.setBrush(
            QColor(look.background if status == "not_enough_answers" else look.foreground)
        )
        painter.drawEllipse(QRectF(left, inner.top() + (line - dot) / 2, dot, dot))
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            QRectF(left + dot + 5, inner.top(), width, line), Qt.AlignmentFlag.AlignLeft, number
        )
        painter.setFont(self.font())
        top = inner.top() + line + 2
        for text in wrapped(label, metrics, inner.width(), self.LABEL_LINES):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), line), Qt.AlignmentFlag.AlignHCenter, text
            )
            top += line
        if logical == self.current_column:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.fillRect(QRect(rect.left(), rect.bottom() - 2, rect.width(), 3), highlight)
        painter.restore()


class SynthesisView(QTableView):
    """Organisations × subjects, one cell selected at a time.

    Signals:
        stance_key(str): a stance letter was typed on the current cell (its stance code).
        edit_requested(): Enter, F2 or a double-click on the current cell.
        withdraw_requested(): Delete or Backspace on the current cell.
    """

    stance_key = Signal(str)
    edit_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CellDelegate(self))
        line = self.fontMetrics().height()
        widest = max(self.fontMetrics().horizontalAdvance(stance_text(s)) for s in STANCE_CODES)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(line + 12)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(True)
        self.subjects = SubjectHeader(self)
        self.setHorizontalHeader(self.subjects)
        self.subjects.setDefaultSectionSize(max(widest + 24, 8 * line))
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def current_cell(self) -> QModelIndex | None:
        index = self.currentIndex()
        return index if index.isValid() and self.selectionModel().isSelected(index) else None

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        column = current.column() if current.isValid() else -1
        if column != self.subjects.current_column:
            self.subjects.current_column = column
            self.subjects.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers == Qt.KeyboardModifier.NoModifier and self.current_cell() is not None:
            if key in STANCE_KEYS:
                self.stance_key.emit(STANCE_KEYS[key])
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.edit_requested.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.withdraw_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters record stances here; they never jump to a row."""
