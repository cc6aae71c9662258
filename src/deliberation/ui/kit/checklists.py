"""Lists of check boxes whose items carry record ids: building them, reading and setting them."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

ID_ROLE = Qt.ItemDataRole.UserRole


def checkable_list(min_height: int) -> QListWidget:
    """A list of check boxes whose long labels are elided rather than scrolled."""
    widget = QListWidget()
    widget.setMinimumHeight(min_height)
    widget.setMinimumWidth(380)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setUniformItemSizes(True)
    return widget


def checked_ids(widget: QListWidget) -> list[Any]:
    """The ids of the checked items of a checkable list, in display order."""
    return [
        widget.item(row).data(ID_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids: Iterable[Hashable], checked: bool = True) -> None:
    """Check (or uncheck) the items whose id is in `ids`."""
    wanted = set(ids)
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(ID_ROLE) in wanted:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
