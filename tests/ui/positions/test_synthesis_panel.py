"""The Positions area driven as a new user drives it: with the mouse as well as the keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import settle

from deliberation.records.positions import (
    ConsultationInput,
    ConsultationSnapshot,
    PositionInput,
    Subject,
)
from deliberation.services.positions import Positions
from deliberation.ui.main_window import POSITIONS
from deliberation.ui.positions.position_history import HistoryModel
from deliberation.ui.positions.positions_page import PositionsPage
from deliberation.ui.positions.synthesis_area import SynthesisArea
from deliberation.ui.positions.synthesis_panel import MissingPanel, PositionPanel

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
    settle(page)  # the synthesis follows the list on the next turn of the event loop
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


def test_the_history_in_the_narrow_side_panel_is_not_cut(
    qtbot: QtBot, positions: Positions, consultation, org_id: Callable[[str], int]
) -> None:
    subject, men = consultation.subjects[0].id, org_id("MEN")
    first = positions.apply_position(
        positions.new_position(
            PositionInput(subject, men, "unfavorable", recorded_by="Secrétariat")
        )
    )
    changed = positions.apply_position(
        positions.edited_position(
            first, PositionInput(subject, men, "favorable", recorded_by="Secrétariat")
        )
    )
    panel = PositionPanel()
    qtbot.addWidget(panel)
    panel.resize(310, 600)
    panel.show()
    qtbot.waitExposed(panel)
    men_row = ("MEN", "Ministère de l'Éducation nationale")
    panel.show_cell(positions, (men, *men_row), (1, consultation.subjects[0]), changed)
    table = panel.history.table
    assert panel.history.model.rowCount() == 2
    shown = [c for c in range(panel.history.model.columnCount()) if not table.isColumnHidden(c)]
    assert shown == [HistoryModel.REPLACED, HistoryModel.STANCE, HistoryModel.ORIGIN]
    # The source (how and when it came, who entered it) ends inside the table, not past its edge.
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(HistoryModel.ORIGIN) + header.sectionSize(
        HistoryModel.ORIGIN
    )
    assert right <= table.viewport().width()
    # With a reservation too, what does not fit scrolls rather than being cut.
    reserved = positions.apply_position(
        positions.edited_position(
            changed,
            PositionInput(
                subject, men, "reserved", reservation="Que les communes rurales soient aidées"
            ),
        )
    )
    panel.show_cell(positions, (men, *men_row), (1, consultation.subjects[0]), reserved)
    assert not table.isColumnHidden(HistoryModel.RESERVATION)

    def whole_or_scrolled() -> bool:
        total = sum(
            header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
        return total <= table.viewport().width() or table.horizontalScrollBar().maximum() > 0

    qtbot.waitUntil(whole_or_scrolled)


def test_addresses_to_chase_are_never_broken_across_lines(qtbot: QtBot) -> None:
    panel = MissingPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    avi = ("nicolas.lacroix@villes-internet.example", "sandrine.nguyen@villes-internet.example")
    panel.set_missing(((1, "AVI", avi),))
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.tree.topLevelItem(0)
    assert item.text(1).split("\n") == list(avi)
    # The column is narrower than an address: cut with « … », not wrapped at its hyphen.
    assert panel.tree.columnWidth(1) < panel.fontMetrics().horizontalAdvance(avi[0])
    assert not panel.tree.wordWrap()
    assert item.toolTip(1) == "; ".join(avi)
