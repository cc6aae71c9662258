"""The Positions area driven as a new user drives it: with the mouse as well as the keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deliberation.position_records import ConsultationInput, ConsultationSnapshot, Subject
from deliberation.positions import Positions
from deliberation.ui.main_window import POSITIONS
from deliberation.ui.positions_page import PositionsPage
from deliberation.ui.synthesis_area import SynthesisArea

TODAY = date.today()


@pytest.fixture
def consultation(positions: Positions, org_id: Callable[[str], int]) -> ConsultationSnapshot:
    return positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                TODAY - timedelta(days=5),
                TODAY + timedelta(days=10),
                subjects=(Subject("opinion", "Projet d'avis sur les ENT"),),
                consulted=tuple(org_id(a) for a in ("MEN", "AMF", "ADF")),
            )
        )
    )


def open_area(window) -> SynthesisArea:
    page = window.show_area(POSITIONS)
    assert isinstance(page, PositionsPage)
    return page.area


def click_cell(qtbot: QtBot, area: SynthesisArea, organisation_id: int) -> None:
    row = area.matrix.row_of(organisation_id)
    index = area.matrix_proxy.mapFromSource(area.matrix.index(row, 0))
    rect = area.matrix_view.visualRect(index)
    qtbot.mouseClick(area.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_clicked_cell_shows_in_the_side_panel(
    qtbot: QtBot, window, consultation, org_id: Callable[[str], int]
) -> None:
    area = open_area(window)
    click_cell(qtbot, area, org_id("MEN"))
    panel = area.position_panel
    assert panel.organisation.text() == "MEN"
    assert panel.edit_button.text() == "Saisir…" and panel.edit_button.isEnabled()
    qtbot.keyClick(area.matrix_view, Qt.Key.Key_F)
    click_cell(qtbot, area, org_id("MEN"))
    assert panel.organisation.text() == "MEN"
    assert panel.stance.text() == "✓ Favorable"
    assert area.counts.counts_text()["favorable"] == "✓ Favorable 1"
