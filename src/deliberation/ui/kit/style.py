"""The look every window shares: hints that stay readable and a keyboard focus that shows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from deliberation.ui.kit.colours import FOCUS_COLOUR, MUTED_TEXT

FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
"""
"""A clear outline around the field or the list that has the keyboard (Qt's is faint)."""

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def readable_hints(palette: QPalette) -> QPalette:
    """`palette` with placeholder text (« Rechercher… ») dark enough to read: Qt draws it at
    half the text's opacity, about 4:1 on white, under the 4.5:1 that text needs."""
    for group in GROUPS:
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(MUTED_TEXT))
    return palette


def muted(widget: QWidget) -> None:
    """Draw a widget's text in MUTED_TEXT, enabled or not (Qt's greyed text is ≈ 1.5:1)."""
    palette = widget.palette()
    for group in GROUPS:
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(MUTED_TEXT))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(MUTED_TEXT))
    widget.setPalette(palette)


def apply_look(app: QApplication) -> None:
    """Readable hints and a visible focus, in every window of the application."""
    app.setPalette(readable_hints(app.palette()))
    if FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
