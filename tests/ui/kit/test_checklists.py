"""Lists of check boxes carrying record ids: which are checked, checking by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from deliberation.ui.kit.checklists import ID_ROLE, checkable_list, checked_ids, set_checked


def organisations() -> QListWidget:
    """Three organisations, none checked, listed in another order than their ids."""
    widget = checkable_list(120)
    for record_id, label in ((3, "AMF"), (1, "ADF"), (7, "Régions de France")):
        item = QListWidgetItem(label, widget)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    return widget


def test_checked_ids_follow_the_boxes_in_display_order(qapp: object) -> None:
    widget = organisations()
    assert checked_ids(widget) == []
    set_checked(widget, [7, 3, 99])  # an id no longer listed is ignored
    assert checked_ids(widget) == [3, 7]
    set_checked(widget, {3}, checked=False)
    assert checked_ids(widget) == [7]
    widget.item(1).setCheckState(Qt.CheckState.Checked)  # the user ticks ADF
    assert checked_ids(widget) == [1, 7]


def test_long_labels_are_elided_not_scrolled(qapp: object) -> None:
    widget = checkable_list(150)
    assert widget.minimumHeight() == 150
    assert widget.textElideMode() == Qt.TextElideMode.ElideRight
    assert widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
