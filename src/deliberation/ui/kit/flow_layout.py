"""A layout that lines widgets up left to right and wraps them onto new rows when narrow."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Widgets in a row that wraps, so that a button bar never makes its page wider.

    `add_stretch()` marks where the rest of a row is pushed to the right (on the row it falls
    on), as a QHBoxLayout's stretch would.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # indexes of items preceded by a stretch
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        self._breaks.add(len(self._items))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One row holding everything."""
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._spacing * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not ((w := i.widget()) is not None and w.isHidden())]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, bool]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, index in self._breaks))
            x += width + self._spacing
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item, _ in row)
            if apply:
                used = sum(item.sizeHint().width() for item, _ in row)
                used += self._spacing * (len(row) - 1)
                free = max(0, area.width() - used)
                x = area.x()
                for item, pushed in row:
                    if pushed and x > area.x():
                        x += free
                        free = 0
                    hint = item.sizeHint()
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()
