"""Small widget helpers shared by the pages: detail headings, tool buttons and bars, dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from deliberation.ui.kit.colours import MUTED_TEXT


def heading_label() -> QLabel:
    """The bold, larger, wrapping title of a details panel."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


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
    """A row of text buttons, `right` ones pushed to the far side."""
    bar = QHBoxLayout()
    for action in left:
        bar.addWidget(tool_button(action))
    bar.addStretch(1)
    for action in right:
        bar.addWidget(tool_button(action))
    return bar
