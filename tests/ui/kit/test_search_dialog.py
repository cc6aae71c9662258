"""The search popup in the real window: Ctrl+K, typing, headings, bold words, Enter opens."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from deliberation.records.places import Place
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.search_dialog import PLACE_ROLE, SearchDialog
from deliberation.ui.main_window import MEETINGS, OPINIONS, POSITIONS, REFERENTIAL, MainWindow


@pytest.fixture
def demo_window(qtbot: QtBot, qapp: object, demo_root: Root, messages) -> Iterator[MainWindow]:
    win = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def ctrl_k(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def rows(dialog: SearchDialog) -> list[tuple[str, Place | None]]:
    """(text, place) of each row: a heading has no place."""
    out = []
    for row in range(dialog.results.count()):
        item = dialog.results.item(row)
        label = dialog.results.itemWidget(item)
        text = label.text() if isinstance(label, QLabel) else item.text()
        out.append((text, item.data(PLACE_ROLE)))
    return out


def test_ctrl_k_typing_and_enter_open_the_paragraph(
    qtbot: QtBot, demo_window: MainWindow, demo_root: Root
) -> None:
    dialog = ctrl_k(qtbot, demo_window)
    qtbot.keyClicks(dialog.field, "chef etablissement")
    qtbot.waitUntil(lambda: dialog.hits != [], timeout=3000)  # after the typing pause
    shown = rows(dialog)
    assert shown[0] == ("Paragraphes", None)  # the kind's heading
    text, place = shown[1]
    assert "<b>établissement</b>" in text and "<b>chef</b>" in text
    assert place is not None and place.kind == "paragraph"
    assert dialog.results.currentRow() == 1

    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert demo_window.current_area() == OPINIONS
    workspace = demo_window.page(OPINIONS).workspace
    assert workspace.session is not None and workspace.session.opinion_id == place.id
    assert workspace.text.current_paragraph() == UUID(place.detail)
    paragraph = next(
        p for p in demo_root.opinions.text(place.id).paragraphs if p.uuid == UUID(place.detail)
    )
    assert "chef d'établissement" in paragraph.text


def test_the_top_bar_field_opens_the_search_with_what_is_typed(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    field = demo_window.search_field
    assert field.isEnabled() and field.placeholderText() == "Rechercher (Ctrl+K)"
    qtbot.keyClicks(field, "a")
    dialog = demo_window.search_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() == "a" and field.text() == ""
    qtbot.keyClicks(dialog.field, "rf")  # the rest of the word, in the popup
    dialog.run_query()  # as the typing pause does
    assert ("Anciens noms", None) in rows(dialog)

    heading = next(
        i for i, (_t, p) in enumerate(rows(dialog)) if p is None and _t == "Anciens noms"
    )
    dialog.results.setCurrentRow(heading + 1)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert demo_window.current_area() == REFERENTIAL
    assert demo_window.page(REFERENTIAL).current_organisation().acronym == "RdF"


def test_a_decision_and_a_position_open_at_their_row(
    qtbot: QtBot, demo_window: MainWindow, demo_root: Root
) -> None:
    (decision, *_rest) = demo_root.search.find("ENT", kinds=["decision"])
    assert demo_window.open_place(decision.place)
    assert demo_window.current_area() == MEETINGS
    page = demo_window.page(MEETINGS).meeting_page
    assert page.meeting_id == decision.place.id
    assert str(page.agenda.current_item().uuid) == decision.place.detail

    (position, *_rest) = demo_root.search.find("mutualisé", kinds=["position"])
    assert demo_window.open_place(position.place)
    assert demo_window.current_area() == POSITIONS
    organisation_id, subject_id = (int(n) for n in position.place.detail.split(":"))
    assert demo_window.page(POSITIONS).area.current_cell() == (subject_id, organisation_id)


def test_up_and_down_skip_the_headings_and_escape_closes(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    dialog = ctrl_k(qtbot, demo_window)
    dialog.field.setText("ent")
    dialog.run_query()
    headings = {i for i, (_t, place) in enumerate(rows(dialog)) if place is None}
    assert len(headings) >= 2
    for _ in range(12):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
        assert dialog.results.currentRow() not in headings
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.results.currentRow() not in headings
    dialog.field.setText("zzzqxw")
    dialog.run_query()
    assert dialog.status.text() == "Aucun résultat." and dialog.results.count() == 0
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_delegate_and_an_action_open_at_their_row(
    qtbot: QtBot, demo_window: MainWindow, demo_root: Root
) -> None:
    (delegate, *_rest) = demo_root.search.find(
        "Fabre", kinds=["delegate"]
    ) or demo_root.search.find("a", kinds=["delegate"])
    assert demo_window.open_place(delegate.place)
    referential = demo_window.page(REFERENTIAL)
    assert referential.current_organisation().id == delegate.place.id
    assert referential.panel.current_delegate().id == int(delegate.place.detail)

    action = demo_root.meetings.actions(open_only=True)[0]
    (hit, *_rest) = [
        h
        for h in demo_root.search.find(action.title, kinds=["action"])
        if h.place.detail == str(action.id)
    ]
    assert demo_window.open_place(hit.place)
    meetings = demo_window.page(MEETINGS)
    assert meetings.tabs.currentWidget() is meetings.actions_panel
    assert meetings.actions_panel.current_action().id == action.id
