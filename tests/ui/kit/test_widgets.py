"""The small widgets the screens share: the search field that filters as the user types, the
label that elides instead of widening its window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.settings import REVIEW_FOLDER
from deliberation.ui.kit.widgets import (
    ElidedLabel,
    TallScroll,
    choose_returned_file,
    search_field,
    toolbar,
)


def test_a_search_field_hints_clears_and_reports_each_change(qtbot: QtBot) -> None:
    typed: list[str] = []
    field = search_field("Rechercher un sigle", typed.append, 200)
    qtbot.addWidget(field)
    assert field.placeholderText() == "Rechercher un sigle"
    assert field.isClearButtonEnabled()
    assert field.minimumWidth() == 200
    field.setText("AMF")
    field.clear()
    assert typed == ["AMF", ""]


def test_a_search_field_without_reaction_keeps_its_natural_width(qtbot: QtBot) -> None:
    field = search_field("Filtrer")
    qtbot.addWidget(field)
    assert field.minimumWidth() == 0 and field.isClearButtonEnabled()


def test_a_long_elided_label_does_not_widen_its_window_and_shows_whole_in_its_tooltip(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    words = "1 234 mots · 45 paragraphes · 3 recommandations · recommandation n° 2 : 15 mots"
    label = ElidedLabel(words)
    row.addWidget(label)
    window.resize(200, 40)
    window.show()
    qtbot.waitExposed(window)
    assert label.fontMetrics().horizontalAdvance(words) > 200
    assert window.minimumSizeHint().width() < 100  # the text sets no minimum width
    assert window.width() == 200
    assert label.text() == words  # the whole text is kept
    assert label.is_elided() and label.toolTip() == words
    window.resize(label.fontMetrics().horizontalAdvance(words) + 60, 40)
    qtbot.waitUntil(lambda: not label.is_elided())
    assert label.toolTip() == ""
    label.setToolTip("12 345 caractères")  # a tooltip of its own wins
    window.resize(200, 40)
    qtbot.waitUntil(label.is_elided)
    assert label.toolTip() == "12 345 caractères"


def test_a_toolbar_beside_a_stretching_search_field_shows_every_button_when_there_is_room(
    qtbot: QtBot,
) -> None:
    """On a wide page every button is on the bar; only a narrow one folds some into « »."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolBar, QToolButton

    host = QWidget()
    qtbot.addWidget(host)
    actions = [QAction(name, host) for name in ("Nouvelle organisation", "Modifier", "Désactiver")]
    row = toolbar(actions, [])
    row.addWidget(search_field("Rechercher un sigle, un nom, un ancien nom…"), 3)
    host.setLayout(row)
    bar = host.findChild(QToolBar)

    def shown() -> list[str]:
        return [
            b.text()
            for b in bar.findChildren(QToolButton)
            if b.isVisible() and b.defaultAction() in actions
        ]

    host.resize(1060, 40)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: len(shown()) == 3)
    host.resize(260, 40)
    qtbot.waitUntil(lambda: len(shown()) < 3)
    assert host.minimumSizeHint().width() <= 260


def test_a_tall_part_scrolls_only_when_its_room_is_lower_than_its_wrapped_rows(
    qtbot: QtBot,
) -> None:
    """A row of chips that wraps above a help line, in a splitter pane: low, the pane scrolls
    instead of drawing the chips over the help; high, nothing scrolls."""
    part = QWidget()
    chips = FlowLayout()
    labels = [QLabel(f"Pastille numéro {n}") for n in range(8)]
    for label in labels:
        chips.addWidget(label)
    help_line = QLabel("Touches : F favorable")
    layout = QVBoxLayout(part)
    layout.addLayout(chips)
    layout.addWidget(help_line)
    scroll = TallScroll(part)
    pane = QSplitter()
    pane.addWidget(scroll)
    qtbot.addWidget(pane)
    pane.resize(260, 60)
    pane.show()
    qtbot.waitExposed(pane)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert scroll.horizontalScrollBar().maximum() == 0  # never sideways
    below = max(label.geometry().bottom() for label in labels if label.isVisible())
    assert below < help_line.geometry().top()  # the help under the last row of chips
    assert part.width() == scroll.viewport().width()
    pane.resize(260, 600)
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    assert part.height() == scroll.viewport().height()  # the part fills its room


def test_a_returned_file_is_asked_for_where_the_last_one_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, str]] = []
    answers = [str(tmp_path / "retours" / "retour AMF.docx"), ""]  # then the user cancels

    def get_open_file_name(parent: object, title: str, folder: str, name_filter: str):
        asked.append((title, folder, name_filter))
        return answers.pop(0), name_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    REVIEW_FOLDER.set("")
    first = choose_returned_file(None, "Importer un retour", "Word (*.docx)", str(tmp_path))
    assert first == tmp_path / "retours" / "retour AMF.docx"
    assert choose_returned_file(None, "Importer des réponses", "Formulaires (*.xlsx)", "/") is None
    assert asked == [
        ("Importer un retour", str(tmp_path), "Word (*.docx)"),
        ("Importer des réponses", str(tmp_path / "retours"), "Formulaires (*.xlsx)"),
    ]
    assert REVIEW_FOLDER.get() == str(tmp_path / "retours")  # a cancel forgets nothing
