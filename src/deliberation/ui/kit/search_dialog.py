"""The search popup (Ctrl+K): results as one types, under their kinds, matched words in bold."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.places import Place
from deliberation.services.search import KINDS, Hit, Segment
from deliberation.ui.kit.localize import error_text, label_text, localized

DEBOUNCE_MS = 150  # a query runs once typing pauses this long
LIMIT = 60
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1

Finder = Callable[[str], list[Hit]]


def marked_html(segments: tuple[Segment, ...]) -> str:
    """Segments as HTML, the matched words in bold."""
    return "".join(
        f"<b>{html.escape(s.text)}</b>" if s.matched else html.escape(s.text) for s in segments
    )


class SearchDialog(QDialog):
    """Type words, see what matches across the store; Enter or a click opens the item.

    Attributes:
        field: the query field.
        results: the hits under their kinds' headings (a heading cannot be selected).
        place_chosen: emitted with the Place of the hit opened (the dialog then closes).
    """

    place_chosen = Signal(object)

    def __init__(self, find: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rechercher"))
        self.finder = find
        self.hits: list[Hit] = []
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Organisations, délégués, séances, décisions, positions, avis…")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Rechercher dans toute la base"))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Résultats de la recherche"))
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.resize(720, 520)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)

    def start(self, text: str = "") -> None:
        """Show the dialog on `text` (the query field selected, ready to be typed over)."""
        self.field.setText(text)
        self.field.setFocus()
        if text:
            self.run_query()
        else:
            self.field.selectAll()

    # -- querying -------------------------------------------------------------------------------

    def run_query(self) -> None:
        """Search for the field's words now and list the hits under their kinds."""
        self.timer.stop()
        query = self.field.text().strip()
        try:
            self.hits = self.finder(query) if query else []
        except DeliberationError as exc:
            self.hits = []
            self.status.setText(error_text(exc))
            self._fill()
            return
        if not query:
            self.status.setText("")
        elif not self.hits:
            self.status.setText(self.tr("Aucun résultat."))
        elif len(self.hits) >= LIMIT:
            self.status.setText(
                self.tr("Les %n premiers résultats ; précisez la recherche.", "", len(self.hits))
            )
        else:
            self.status.setText(self.tr("%n résultat(s).", "", len(self.hits)))
        self._fill()

    def _fill(self) -> None:
        self.results.clear()
        grouped: dict[str, list[Hit]] = {}
        for hit in self.hits:  # kinds in the order of their best hit
            grouped.setdefault(hit.kind, []).append(hit)
        for kind, hits in grouped.items():
            heading = QListWidgetItem(label_text(KINDS.get(kind, (kind, kind))[1]))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, yet not greyed
            self.results.addItem(heading)
            for hit in hits:
                self._add_hit(hit)
        first = next(
            (i for i in range(self.results.count()) if self._place(self.results.item(i))), -1
        )
        self.results.setCurrentRow(first)

    def _add_hit(self, hit: Hit) -> None:
        item = QListWidgetItem()
        item.setData(PLACE_ROLE, hit.place)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, f"{label_text(hit.kind_label)} : {hit.title_text}"
        )
        label = QLabel(
            f"{marked_html(hit.title)}"
            + (f"<br><small>{marked_html(hit.snippet)}</small>" if hit.snippet else "")
            + f"<br><small><i>→ {html.escape(localized(hit.where))}</i></small>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContentsMargins(14, 3, 6, 3)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.results.addItem(item)
        width = self.results.viewport().width() - 4
        width = width if width > 200 else 676  # before the first showing
        item.setSizeHint(QSize(width, label.heightForWidth(width)))
        self.results.setItemWidget(item, label)

    # -- opening --------------------------------------------------------------------------------

    @staticmethod
    def _place(item: QListWidgetItem | None) -> Place | None:
        place = item.data(PLACE_ROLE) if item is not None else None
        return place if isinstance(place, Place) else None

    def open_current(self) -> None:
        """Enter: open the current hit (after running a query still waiting for its pause)."""
        if self.timer.isActive():
            self.run_query()
        place = self._place(self.results.currentItem())
        if place is not None:
            self._open(place)

    def _activated(self, item: QListWidgetItem) -> None:
        place = self._place(item)
        if place is not None:
            self._open(place)

    def _open(self, place: Place) -> None:
        self.accept()
        self.place_chosen.emit(place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the field move through the hits, skipping the headings."""
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        for candidate in range(row + step, -1 if step < 0 else self.results.count(), step):
            if self._place(self.results.item(candidate)) is not None:
                self.results.setCurrentRow(candidate)
                return
