"""Small widget helpers shared by the pages: detail headings, eliding labels, tool buttons and
bars, dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.messages import file_filter
from deliberation.ui.kit.settings import REVIEW_FOLDER


def heading_label() -> QLabel:
    """The bold, larger, wrapping title of a details panel."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: too long for its room, it ends in « … »
    (`text()` stays the whole text, shown as the tooltip while cut unless one is set)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self._tooltip = ""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("…") * 3
        return QSize(min(hint.width(), least), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._show_tooltip()

    def setToolTip(self, text: str) -> None:
        self._tooltip = text
        self._show_tooltip()

    def is_elided(self) -> bool:
        """Whether the text is cut to fit the label's width."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _show_tooltip(self) -> None:
        super().setToolTip(self._tooltip or (self.text() if self.is_elided() else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()) | Qt.TextFlag.TextSingleLine, shown)
        painter.end()


class TallScroll(QScrollArea):
    """Holds a page's part that may need more height than a small screen has: it scrolls up and
    down only when its room is lower than the part's minimum (wrapped rows counted); wider, the
    part is as wide as the room, never scrolled sideways.

    Its minimum is the part's minimum width and a low height, so the layouts around give way
    instead of drawing the part's widgets over each other.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        part = self.widget()
        inner = part.minimumSizeHint() if part is not None else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(inner.width(), 0) + bar, min(max(inner.height(), 0), 80))


def open_dialog(previous: QDialog | None, dialog: QDialog) -> QDialog:
    """Open `dialog` (window-modal, without blocking), disposing of a closed previous one."""
    if previous is not None and not previous.isVisible():
        previous.deleteLater()
    dialog.open()
    return dialog


def segmented(labels: list[str], parent: QWidget) -> tuple[QWidget, QButtonGroup]:
    """A row of exclusive toggle buttons (ids 0, 1, …), the first one checked."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    group = QButtonGroup(holder)
    group.setExclusive(True)
    for number, label in enumerate(labels):
        button = QToolButton()
        button.setText(label)
        button.setCheckable(True)
        button.setAutoRaise(False)
        group.addButton(button, number)
        row.addWidget(button)
    group.button(0).setChecked(True)
    return holder, group


def muted_label(text: str = "") -> QLabel:
    """A wrapped label in the muted colour of secondary text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_TEXT};")
    return label


def search_field(
    placeholder: str, changed: Callable[[str], object] | None = None, minimum_width: int = 0
) -> QLineEdit:
    """A field that filters what is listed as the user types: the hint `placeholder`, a clear
    button, and `changed(text)` called on every change."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    if minimum_width:
        field.setMinimumWidth(minimum_width)
    if changed is not None:
        field.textChanged.connect(changed)
    return field


def tool_button(action: QAction) -> QToolButton:
    """A text-only tool button showing `action`."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def toolbar(left: Sequence[QAction], right: Sequence[QAction]) -> QHBoxLayout:
    """A row of text buttons, `right` ones pushed to the far side; those that do not fit go
    into the bar's « » menu instead of widening the window."""
    bar = QHBoxLayout()
    # Without right-hand buttons the bar takes what its buttons need, before any stretching
    # neighbour (a search field): a stretch factor would share the row by ratio and fold
    # buttons away on a wide screen.
    bar.addWidget(overflow_bar(left, right), 1 if right else 0)
    return bar


def overflow_bar(left: Sequence[QAction], right: Sequence[QAction] = ()) -> QToolBar:
    """A bar of text buttons, `right` ones pushed to the far side, whose buttons that do not
    fit its width are offered in its « » menu: its least width is one button's."""
    tools = QToolBar()
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tools.setMovable(False)
    tools.setFloatable(False)
    tools.setStyleSheet("QToolBar { border: none; background: transparent; spacing: 2px; }")
    for action in left:
        tools.addAction(action)
    if right:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setMinimumWidth(0)
        tools.addWidget(spacer)
        for action in right:
            tools.addAction(action)
    tools.setMinimumWidth(0)
    return tools


def choose_returned_file(
    parent: QWidget | None, title: str, name_filter: str, start: str
) -> Path | None:
    """Ask for a file that came back (a review, a Word draft, response forms), in the folder
    of the last one (else `start`); None if cancelled. The file's folder is remembered."""
    folder = REVIEW_FOLDER.get() or start
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter(name_filter))
    if not chosen:
        return None
    REVIEW_FOLDER.set(str(Path(chosen).parent))
    return Path(chosen)
