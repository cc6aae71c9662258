"""The margin beside an opinion's text: each paragraph's computed number and consensus marker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, cast
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QTextEdit, QToolTip, QWidget

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinions import Paragraph, ParagraphNumber, plain_lines
from deliberation.records.positions import CONSENSUS_STATUSES
from deliberation.rules.opinion_text import describe, numbering
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.localize import label_text, localized
from deliberation.ui.kit.looks import STATUS_LOOKS
from deliberation.ui.opinions.text import document as doc


class MarginEditor(Protocol):
    """What the margin asks of the text edit it is painted in (the opinion text editor)."""

    def document(self) -> QTextDocument: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def cursorForPosition(self, pos: QPoint) -> QTextCursor: ...
    def wheelEvent(self, e: QWheelEvent) -> None: ...
    def current_paragraph(self) -> UUID | None: ...
    def go_to(self, uuid: UUID) -> bool: ...


MARKER_SIZE = 11
"""Side of a consensus marker, in pixels."""
BAR_WIDTH = 3
"""The coloured bar running along a paragraph that has a status."""
STATUS_HINTS = {  # how each marker reads without colour (tooltips, help)
    "consensus": QT_TRANSLATE_NOOP("ParagraphMargin", "● cercle plein"),
    "consensus_with_reservations": QT_TRANSLATE_NOOP("ParagraphMargin", "◐ demi-cercle"),
    "disputed": QT_TRANSLATE_NOOP("ParagraphMargin", "✖ croix"),
    "not_enough_answers": QT_TRANSLATE_NOOP("ParagraphMargin", "○ cercle vide"),
}


def short_label(kind: str, number: ParagraphNumber | None) -> str:
    """The margin's label: « I. », « A. », « 1° », « 12. », « R3 », « Cons. »."""
    if kind == "recital":
        return QCoreApplication.translate("ParagraphMargin", "Cons.")
    if number is None or not number.number:
        return ""
    if kind == "recommendation":
        return f"R{number.number}"
    return number.label


def status_colour(status: str) -> QColor:
    look = STATUS_LOOKS.get(status)
    return QColor(look.foreground if look else MUTED_TEXT)


def paint_marker(painter: QPainter, status: str, centre: QPointF, size: float) -> None:
    """A shape that tells the status apart even in black and white."""
    colour = status_colour(status)
    radius = size / 2
    box = QRectF(centre.x() - radius, centre.y() - radius, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.6)
    painter.setPen(pen)
    if status == "consensus":
        painter.setBrush(colour)
        painter.drawEllipse(box)
    elif status == "consensus_with_reservations":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)  # the left half filled
    elif status == "disputed":
        pen.setWidthF(2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        inner = box.adjusted(1, 1, -1, -1)
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


class ParagraphMargin(QWidget):
    """Painted in the text edit's left viewport margin; scrolls with the text.

    Clicking a label puts the cursor in its paragraph; hovering tells the number and the
    consensus status in words.
    """

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self.labels: dict[UUID, str] = {}
        self.numbers: dict[UUID, ParagraphNumber] = {}
        self.order: list[UUID] = []
        self.statuses: dict[UUID, str] = {}
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        self.setFont(font)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def editor(self) -> MarginEditor:
        # Not kept as an attribute: a reference cycle would leave the widget to the garbage
        # collector, which may run on another thread.
        # The margin is always made with the editor as its parent.
        return cast(MarginEditor, self.parentWidget())

    def base_width(self) -> int:
        """The width the labels and markers need (the editor adds centring space to it)."""
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance("XXVIII.") + MARKER_SIZE + 24

    # -- numbers --------------------------------------------------------------------------------

    def recompute(
        self,
        paragraphs: Sequence[Paragraph] | None = None,
        numbers: dict[UUID, ParagraphNumber] | None = None,
    ) -> None:
        """Number the paragraphs from their kinds: those given (the session's index knows them
        without reading the text), or else those of the document's blocks (no text is read)."""
        light: list[Paragraph] = list(paragraphs) if paragraphs is not None else []
        block = self.editor.document().begin() if paragraphs is None else QTextBlock()
        while block.isValid():
            uuid = doc.block_id(block)
            if uuid is not None and (not light or light[-1].uuid != uuid):
                kind, level = doc.block_kind(block)
                light.append(Paragraph(uuid, kind, (), level))
            block = block.next()
        self.numbers = numbers if numbers is not None else numbering(light)
        self.labels = {p.uuid: short_label(p.kind, self.numbers.get(p.uuid)) for p in light}
        self.order = [p.uuid for p in light]
        self.update()

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        editor = self.editor
        document = editor.document()
        layout = document.documentLayout()
        scroll = editor.verticalScrollBar().value()
        height = self.height()
        right = self.width() - BAR_WIDTH - 8
        marker_x = self.width() - self.base_width() + 4 + MARKER_SIZE / 2
        current = editor.current_paragraph()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.fillRect(event.rect(), self.palette().base())
        block = editor.cursorForPosition(QPoint(0, 0)).block()
        previous = block.previous()
        previous_id = doc.block_id(previous) if previous.isValid() else None
        bars: list[tuple[str, float, float]] = []  # one bar along each paragraph with a status
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() - scroll
            if top > height:
                break
            uuid = doc.block_id(block)
            status = self.statuses.get(uuid, "") if uuid else ""
            start, end = top, top + rect.height()  # the text's box, without the block's margins
            if status and uuid == previous_id and bars:
                bars[-1] = (status, bars[-1][1], end)
            elif status:
                bars.append((status, start, end))
            if uuid is not None and uuid != previous_id:
                self._paint_label(painter, block, top, right, marker_x, uuid, status,
                                  bold if uuid == current else self.font())  # fmt: skip
            previous_id = uuid
            block = block.next()
        for status, top, bottom in bars:
            colour = status_colour(status)
            colour.setAlpha(255 if status == "disputed" else 150)
            x = self.width() - BAR_WIDTH - 2
            painter.fillRect(QRectF(x, top + 1, BAR_WIDTH, max(bottom - top, 4)), colour)
        painter.end()

    def _paint_label(
        self,
        painter: QPainter,
        block: QTextBlock,
        top: float,
        right: float,
        marker_x: float,
        uuid: UUID,
        status: str,
        font: QFont,
    ) -> None:
        text_layout = block.layout()
        if text_layout is None or text_layout.lineCount() == 0:
            return
        line = text_layout.lineAt(0)
        baseline = top + line.y() + line.ascent()
        middle = top + line.y() + line.height() / 2
        painter.setFont(font)
        label = self.labels.get(uuid, "")
        if label:
            painter.setPen(QColor("#202020") if font.bold() else QColor(MUTED_TEXT))
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(QPointF(right - width, baseline), label)
        if status:
            paint_marker(painter, status, QPointF(marker_x, middle), MARKER_SIZE)

    # -- interaction ----------------------------------------------------------------------------

    def paragraph_at(self, y: int) -> UUID | None:
        block = self.editor.cursorForPosition(QPoint(0, y)).block()
        return doc.block_id(block) if block.isValid() else None

    def tooltip(self, uuid: UUID) -> str:
        """« Paragraphe 12 : consensus avec réserves (◐ demi-cercle) »."""
        blocks = doc.paragraph_blocks(self.editor.document(), uuid)
        kind, level = doc.block_kind(blocks[0]) if blocks else ("paragraph", 1)
        text = blocks[0].text() if blocks else ""
        name = localized(
            describe(Paragraph(uuid, kind, plain_lines(text), level), self.numbers.get(uuid))
        )
        name = name[:1].upper() + name[1:]
        status = self.statuses.get(uuid, "")
        if not status:
            return self.tr("%1\u00a0: aucune position enregistrée").replace("%1", name)
        return (
            self.tr("%1\u00a0: %2 (%3)")
            .replace("%1", name)
            .replace("%2", label_text(CONSENSUS_STATUSES.get(status, status)).lower())
            .replace("%3", label_text(STATUS_HINTS.get(status, ""), "ParagraphMargin"))
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            uuid = self.paragraph_at(event.pos().y())
            if uuid is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(uuid), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        uuid = self.paragraph_at(int(event.position().y()))
        if uuid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.editor.go_to(uuid)
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.editor.wheelEvent(event)
