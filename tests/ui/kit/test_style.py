"""Readable hints and a visible focus: WCAG contrast ratios computed from the palettes in use."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.colours import FOCUS_COLOUR, MUTED_TEXT
from deliberation.ui.kit.pages import empty_label
from deliberation.ui.kit.style import FOCUS_STYLE, apply_look, readable_hints
from deliberation.ui.kit.widgets import search_field


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG ratio of text `a` drawn on `b` (a translucent `a` blended over `b` first)."""
    alpha = a.alphaF()
    a = QColor.fromRgbF(*(alpha * x + (1 - alpha) * y for x, y in zip(
        (a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()), strict=True
    )))  # fmt: skip
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_wcag_formula() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    # What the issue measured: Qt's greyed text on the window.
    assert round(contrast(QColor("#c3c3c3"), QColor("#efefef")), 1) == 1.5


def test_the_empty_state_hint_is_readable(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = empty_label("Aucune consultation pour l'instant", wrap=True)
    QVBoxLayout(holder).addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)
    group = QPalette.ColorGroup.Disabled  # the hint is a disabled label
    text = label.palette().color(group, label.foregroundRole())
    background = holder.palette().color(group, QPalette.ColorRole.Window)
    assert text == QColor(MUTED_TEXT)
    assert contrast(text, background) >= 4.5
    assert contrast(text, QColor("white")) >= 4.5


def test_placeholders_are_readable_and_the_focus_shows(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.palette(), app.styleSheet())
    try:
        # What Qt gives, from the style's own palette (an earlier test may have set the look on
        # this application already): the hint at half the text's opacity.
        standard = app.style().standardPalette()
        default_hint = standard.color(QPalette.ColorRole.PlaceholderText)
        assert contrast(default_hint, standard.color(QPalette.ColorRole.Base)) < 4.5
        apply_look(app)
        field = search_field("Rechercher…")
        qtbot.addWidget(field)
        hint = field.palette().color(QPalette.ColorRole.PlaceholderText)
        assert contrast(hint, field.palette().color(QPalette.ColorRole.Base)) >= 4.5
        # The focus outline stands out of the field and of the window (≥ 3:1, WCAG 1.4.11).
        assert FOCUS_STYLE in app.styleSheet() and ":focus" in FOCUS_STYLE
        outline = QColor(FOCUS_COLOUR)
        assert contrast(outline, field.palette().color(QPalette.ColorRole.Base)) >= 3
        assert contrast(outline, app.palette().color(QPalette.ColorRole.Window)) >= 3
        apply_look(app)  # twice: the rule is not added twice
        assert app.styleSheet().count(":focus") == FOCUS_STYLE.count(":focus")
    finally:
        app.setPalette(before[0])
        app.setStyleSheet(before[1])


def test_readable_hints_sets_every_group() -> None:
    palette = readable_hints(QPalette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        assert palette.color(group, QPalette.ColorRole.PlaceholderText) == QColor(MUTED_TEXT)


def test_a_focused_field_draws_the_outline(qtbot: QtBot) -> None:
    """The outline is drawn: the focused field's border pixels take the focus colour."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(FOCUS_STYLE)
    first, second = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(first)
    layout.addWidget(second)
    holder.show()
    qtbot.waitExposed(holder)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    image = first.grab().toImage()
    assert image.pixelColor(0, image.height() // 2) == QColor(FOCUS_COLOUR)
    image = second.grab().toImage()
    assert image.pixelColor(0, image.height() // 2) != QColor(FOCUS_COLOUR)
