"""The small widgets the screens share: the search field that filters as the user types."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from deliberation.ui.kit.widgets import search_field


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
