"""Navigation beside an opinion's text: the outline of its headings and the word count line."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinions import Paragraph, ParagraphNumber
from deliberation.rules.opinion_text import describe, numbering, word_count
from deliberation.rules.wording import NBSP, thousands
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.language import ENGLISH, FRENCH, LOCALES, current_language, plural
from deliberation.ui.kit.localize import label_text, localized
from deliberation.ui.kit.widgets import ElidedLabel
from deliberation.ui.opinions.opinion_session import OpinionSession, own_turn

REFRESH_MS = 300
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
START = "start"  # the key of the « Début du texte » item (what comes before the first heading)


WORDS = (QT_TRANSLATE_NOOP("Outline", "%n mot"), QT_TRANSLATE_NOOP("Outline", "%n mots"))
PARAGRAPHS = (
    QT_TRANSLATE_NOOP("Outline", "%n paragraphe"),
    QT_TRANSLATE_NOOP("Outline", "%n paragraphes"),
)
RECOMMENDATIONS = (
    QT_TRANSLATE_NOOP("Outline", "%n recommandation"),
    QT_TRANSLATE_NOOP("Outline", "%n recommandations"),
)
RECITALS = (
    QT_TRANSLATE_NOOP("Outline", "%n considérant"),
    QT_TRANSLATE_NOOP("Outline", "%n considérants"),
)
RECITAL = QT_TRANSLATE_NOOP("Outline", "considérant")


def _amount(number: int, one: str, many: str) -> str:
    """« 1 234 mots » (thousands grouped, a no-break space before the noun) / « 1,234 words »."""
    grouped = (
        thousands(number) if current_language() == FRENCH else LOCALES[ENGLISH].toString(number)
    )
    one = QCoreApplication.translate("Outline", one).replace("%n", "\x00")
    many = QCoreApplication.translate("Outline", many).replace("%n", "\x00")
    text = plural(number, one, many)
    return text.replace("\x00 ", grouped + NBSP, 1).replace("\x00", grouped)


def _counted(paragraph: Paragraph) -> int:
    return word_count(paragraph.text)


def count_text(
    paragraphs: Sequence[Paragraph],
    current: UUID | None,
    words_of: Callable[[Paragraph], int] = _counted,
    numbers: Mapping[UUID, ParagraphNumber] | None = None,
) -> str:
    """The status line: « 1 234 mots · 45 paragraphes · paragraphe 12 : 87 mots ».

    Paragraphs are the numbered body paragraphs; recommendations are told when there are any;
    the last part names the paragraph holding the cursor (if known). `words_of` counts a
    paragraph's words (the session's index keeps them).
    """
    words = sum(words_of(p) for p in paragraphs)
    body = sum(1 for p in paragraphs if p.kind == "paragraph")
    recommendations = sum(1 for p in paragraphs if p.kind == "recommendation")
    parts = [_amount(words, *WORDS), _amount(body, *PARAGRAPHS)]
    if recommendations:
        parts.append(_amount(recommendations, *RECOMMENDATIONS))
    paragraph = next((p for p in paragraphs if p.uuid == current), None) if current else None
    if paragraph is not None:
        name = label_text(RECITAL, "Outline") if paragraph.kind == "recital" else ""
        numbers = numbers if numbers is not None else numbering(paragraphs)
        name = name or localized(describe(paragraph, numbers.get(paragraph.uuid)))
        parts.append(
            QCoreApplication.translate("Outline", "%1\u00a0: %2")
            .replace("%1", name)
            .replace("%2", _amount(words_of(paragraph), *WORDS))
        )
    return " · ".join(parts)


def watch_text(
    old: OpinionSession | None, new: OpinionSession | None, slot: Callable[..., object]
) -> None:
    """Call `slot` on every change of `new` (its records or the text being typed) instead of
    `old`'s (either may be None)."""
    if old is not None:
        old.changed.disconnect(slot)
        old.document.contentsChanged.disconnect(slot)
    if new is not None:
        new.changed.connect(slot)
        new.document.contentsChanged.connect(slot)


@dataclass
class Section:
    """A heading of the outline (or the start of the text) with what its section holds."""

    key: UUID | str  # the heading's identity, or START
    target: UUID  # the paragraph to jump to
    level: int  # 1–3; 0 for the start of the text
    number: str = ""  # « I. », « A. », « 1° »
    title: str = ""
    body: int = 0
    recommendations: int = 0
    recitals: int = 0
    words: int = 0

    def add(self, paragraph: Paragraph, words: int) -> None:
        if paragraph.kind == "paragraph":
            self.body += 1
        elif paragraph.kind == "recommendation":
            self.recommendations += 1
        elif paragraph.kind == "recital":
            self.recitals += 1
        self.words += words


def sections(
    paragraphs: Sequence[Paragraph],
    words_of: Callable[[Paragraph], int] = _counted,
    numbers: Mapping[UUID, ParagraphNumber] | None = None,
) -> tuple[list[Section], dict[UUID, UUID | str]]:
    """The outline's entries and, for every paragraph, the key of the section holding it.

    A section's counts include its subsections (what follows until a heading of the same or a
    higher level). What comes before the first heading is a « start » entry, if it has words.
    """
    numbers = numbers if numbers is not None else numbering(paragraphs)
    entries: list[Section] = []
    owner: dict[UUID, UUID | str] = {}
    running: list[Section] = []  # the sections still open, outermost first
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            level = min(max(paragraph.level, 1), 3)
            number = numbers.get(paragraph.uuid)
            title = " ".join(paragraph.text.split())
            section = Section(paragraph.uuid, paragraph.uuid, level, number.label if number else "",
                              title)  # fmt: skip
            running = [s for s in running if 0 < s.level < level] + [section]
            entries.append(section)
            owner[paragraph.uuid] = paragraph.uuid
            continue
        if not entries:
            entries.append(Section(START, paragraph.uuid, 0))
            running = [entries[0]]
        owner[paragraph.uuid] = running[-1].key
        words = words_of(paragraph)
        for section in running:
            section.add(paragraph, words)
    if entries and entries[0].key == START and not entries[0].words:
        del entries[0]  # only empty paragraphs before the first heading: nothing to show
        owner = {u: k for u, k in owner.items() if k != START}
    return entries, owner


def section_ranges(
    paragraphs: Sequence[Paragraph], entries: Sequence[Section]
) -> list[tuple[int, int]]:
    """Each entry's paragraphs as a range of indices [begin, end) (`sections(paragraphs)`'s
    entries): from its heading to the next heading of the same or a higher level."""
    headings = [(n, p) for n, p in enumerate(paragraphs) if p.kind == "heading"]
    place = {p.uuid: (n, min(max(p.level, 1), 3)) for n, p in headings}
    result = []
    for entry in entries:
        if entry.key == START:
            result.append((0, headings[0][0] if headings else len(paragraphs)))
            continue
        begin, level = place[entry.target]
        end = next(
            (n for n, p in headings if n > begin and min(max(p.level, 1), 3) <= level),
            len(paragraphs),
        )
        result.append((begin, end))
    return result


def compact(section: Section) -> str:
    """« 4 § · 2 R · 1 C » (what is not there is not shown)."""
    parts = []
    if section.body:
        parts.append(f"{section.body}{NBSP}§")
    if section.recommendations:
        parts.append(f"{section.recommendations}{NBSP}R")
    if section.recitals:
        parts.append(f"{section.recitals}{NBSP}C")
    return " · ".join(parts)


COUNTS_WIDTH = 260
"""The outline's least width that shows each heading's counts beside it."""


class OpinionOutline(QTreeWidget):
    """The headings of the opened opinion, nested by level, with their computed numbers.

    Refreshes about 300 ms after the text last changed, keeping what was collapsed and selected.
    Clicking a heading (or Entrée on it) asks to jump there.

    Signals:
        activated(UUID): the paragraph to jump to (a heading, or the first paragraph of the text).
    """

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: OpinionSession | None = None
        self.show_counts = True
        self._items: dict[UUID | str, QTreeWidgetItem] = {}
        self._shape: list[tuple[UUID | str, int]] = []
        self._owner: dict[UUID, UUID | str] = {}
        self._targets: dict[UUID | str, UUID] = {}  # where each entry jumps to
        # (index, its structure, the entries, their ranges of paragraphs) at the last refresh
        self._cached: tuple[object, int, list[Section], list[tuple[int, int]]] | None = None
        self._collapsed: dict[int, set[UUID | str]] = {}  # by opinion id
        self._wanted: UUID | None = None  # the paragraph to highlight after the next refresh
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(self.tr("Plan de l'avis"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._timed)
        self.itemClicked.connect(lambda item, _column: self._activate(item))
        self.itemCollapsed.connect(lambda item: self._remember(item, True))
        self.itemExpanded.connect(lambda item: self._remember(item, False))

    # -- the session ----------------------------------------------------------------------------

    def set_session(self, session: OpinionSession | None) -> None:
        if self.session is session:
            return
        watch_text(self.session, session, self._schedule)
        self.session = session
        self._wanted = None
        self.clear()
        self._items, self._shape, self._owner = {}, [], {}
        self._cached = None
        if session is None or not session.loading:  # else the workspace refreshes once loaded
            self.refresh()

    def set_show_counts(self, show: bool) -> None:
        """Show or hide the « 4 § · 2 R » beside each heading."""
        self.show_counts = show
        self._fit_counts()

    def _fit_counts(self) -> None:
        """The counts only where they leave the headings their room (else in the tooltips):
        beside them in a narrow outline, the headings were cut to « … »."""
        hidden = not self.show_counts or self.width() < COUNTS_WIDTH
        if self.isColumnHidden(1) != hidden:
            self.setColumnHidden(1, hidden)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_counts()

    def _schedule(self, *_args: object) -> None:
        self.timer.start()

    def _timed(self) -> None:
        if own_turn(self.timer):
            self.refresh()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    # -- refreshing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the headings again now (normally done 300 ms after the last change)."""
        self.timer.stop()
        if self.session is None:
            self.clear()
            self._items, self._shape, self._owner = {}, [], {}
            self.viewport().update()
            return
        entries = self._sections()
        shape = [(e.key, e.level) for e in entries]
        if shape != self._shape:
            self._rebuild(entries)
            self._shape = shape
        for entry in entries:
            self._fill(self._items[entry.key], entry)
        self._targets = {entry.key: entry.target for entry in entries}
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted in self._owner:  # an unknown one is dropped
            self.highlight(wanted)

    def _sections(self) -> list[Section]:
        """The entries: computed again when the structure changed, otherwise only their words
        and titles follow the text (sums over each section's range of paragraphs)."""
        assert self.session is not None
        index = self.session.index
        paragraphs = index.paragraphs()
        cached = self._cached
        if cached is not None and cached[0] is index and cached[1] == index.structure:
            entries, ranges = cached[2], cached[3]
            prefix = [0]
            total = 0
            for paragraph in paragraphs:
                if paragraph.kind != "heading":
                    total += index.words(paragraph.uuid)
                prefix.append(total)
            first = next((n for n, p in enumerate(paragraphs) if p.kind == "heading"), None)
            start_words = prefix[first if first is not None else len(paragraphs)]
            if (start_words > 0) == bool(entries and entries[0].key == START):
                for entry, (begin, end) in zip(entries, ranges, strict=True):
                    entry.words = prefix[end] - prefix[begin]
                    if entry.key != START:
                        found = index.paragraph(entry.target)
                        entry.title = " ".join(found.text.split()) if found else entry.title
                return entries
        entries, self._owner = sections(paragraphs, lambda p: index.words(p.uuid), index.numbers())
        self._cached = (index, index.structure, entries, section_ranges(paragraphs, entries))
        return entries

    def _rebuild(self, entries: list[Section]) -> None:
        selected = self.currentItem()
        keep = selected.data(0, UUID_ROLE) if selected is not None else None
        scroll = self.verticalScrollBar().value()
        collapsed = self._collapsed_keys()
        self.setUpdatesEnabled(False)
        self.blockSignals(True)
        try:
            self.clear()
            self._items = {}
            parents: list[QTreeWidgetItem | None] = [None, None, None, None]
            for entry in entries:
                parent = next((p for p in reversed(parents[: entry.level]) if p), None)
                item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self)
                item.setData(0, UUID_ROLE, entry.key)
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setForeground(1, QBrush(QColor(MUTED_TEXT)))
                self._items[entry.key] = item
                if entry.level:
                    parents[entry.level] = item
                    parents[entry.level + 1 :] = [None] * (3 - entry.level)
            for key, item in self._items.items():
                item.setExpanded(key not in collapsed)
            if keep in self._items:
                self.setCurrentItem(self._items[keep])
            self.verticalScrollBar().setValue(scroll)
        finally:
            self.blockSignals(False)
            self.setUpdatesEnabled(True)

    def _fill(self, item: QTreeWidgetItem, entry: Section) -> None:
        if entry.key == START:
            title = self.tr("Début du texte")
        else:
            title = entry.title or self.tr("(titre sans texte)")
            title = f"{entry.number} {title}" if entry.number else title
        if item.text(0) != title:
            item.setText(0, title)
            font = QFont(self.font())
            font.setBold(entry.level == 1)
            font.setItalic(entry.key == START)
            item.setFont(0, font)
        counts = compact(entry)
        if item.text(1) != counts:
            item.setText(1, counts)
        tip = self._tooltip(title, entry)
        if item.toolTip(0) != tip:
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)

    def _tooltip(self, title: str, entry: Section) -> str:
        parts = [
            _amount(entry.body, *PARAGRAPHS),
            _amount(entry.recommendations, *RECOMMENDATIONS),
        ]
        if entry.recitals:
            parts.append(_amount(entry.recitals, *RECITALS))
        parts.append(_amount(entry.words, *WORDS))
        return f"{title}\n{', '.join(parts)}"

    def _collapsed_keys(self) -> set[UUID | str]:
        if self.session is None:
            return set()
        return self._collapsed.setdefault(self.session.opinion_id, set())

    def _remember(self, item: QTreeWidgetItem, collapsed: bool) -> None:
        keys = self._collapsed_keys()
        key = item.data(0, UUID_ROLE)
        if collapsed:
            keys.add(key)
        else:
            keys.discard(key)

    # -- jumping --------------------------------------------------------------------------------

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(0, UUID_ROLE)
        target = self._targets.get(key)
        if target is not None:
            self.activated.emit(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activate(self.currentItem())
            return
        super().keyPressEvent(event)

    def highlight(self, paragraph: UUID | None) -> None:
        """Select the heading of the section holding `paragraph` (the cursor moved there).

        A paragraph not known yet (just typed) is highlighted after the pending refresh.
        """
        if paragraph is None:
            return
        if self.pending or paragraph not in self._owner:
            self._wanted = paragraph
            if not self.pending:
                self.timer.start()
            return
        item = self._items.get(self._owner[paragraph])
        while (
            item is not None and (parent := item.parent()) is not None and not parent.isExpanded()
        ):
            item = parent  # inside a collapsed section: show the section
        if item is None or item is self.currentItem():
            return
        self.setCurrentItem(item)
        self.scrollToItem(item)

    def heading_items(self) -> dict[UUID | str, QTreeWidgetItem]:
        """The items by heading identity (for tests and the workspace)."""
        return dict(self._items)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() or self.session is None:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(MUTED_TEXT))
        rect = self.viewport().rect().adjusted(10, 10, -10, -10)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
            self.tr("Aucun titre pour l'instant. Donnez le type « Titre » à un paragraphe "
                    "pour structurer le texte."),
        )  # fmt: skip
        painter.end()


class WordCountLabel(ElidedLabel):
    """« 1 234 mots · 45 paragraphes · paragraphe 12 : 87 mots », updated 300 ms after a change
    (cut with « … » when the footer is narrower: it never widens the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.session: OpinionSession | None = None
        self.current: UUID | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._timed)

    def set_session(self, session: OpinionSession | None) -> None:
        if self.session is session:
            return
        watch_text(self.session, session, self._schedule)
        self.session = session
        self.current = None
        if session is None or not session.loading:  # else the workspace refreshes once loaded
            self.refresh()
        else:
            self.clear()

    def set_current(self, paragraph: UUID | None) -> None:
        """The paragraph holding the cursor (its count is shown at the end)."""
        if paragraph != self.current:
            self.current = paragraph
            self._schedule()

    def _schedule(self, *_args: object) -> None:
        self.timer.start()

    def _timed(self) -> None:
        if own_turn(self.timer):
            self.refresh()

    def refresh(self) -> None:
        self.timer.stop()
        if self.session is None:
            self.clear()
            self.setToolTip("")
            return
        index = self.session.index
        paragraphs = index.paragraphs()
        words = index.words
        self.setText(count_text(paragraphs, self.current, lambda p: words(p.uuid), index.numbers()))
        characters = sum(index.characters(p.uuid) for p in paragraphs)
        self.setToolTip(
            self.tr("%1 caractères, espaces comprises").replace("%1", thousands(characters))
        )
