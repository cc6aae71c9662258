"""Pieces shared by the amendments and comments panels: cards, word diffs, the live text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from deliberation.records.opinions import Paragraph
from deliberation.rules.opinion_text import describe, diff_words, numbering
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.localize import localized
from deliberation.ui.opinions.opinion_session import TEXT, own_turn

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.ui.opinions.opinion_session import OpinionSession

REFRESH_MS = 300  # a panel follows the typing this long after it stops
CARD_STYLE = (
    "Card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
    "Card[selected='true'] { border: 2px solid palette(highlight); }"
    "Card[resolved='true'] { background: palette(window); }"
)
INSERTED = "color:#1d5e2c; background-color:#dcf2e0;"
DELETED = "color:#8c1d16; background-color:#fbe0dc;"


def text_html(text: str) -> str:
    """Plain text as rich text, line breaks kept."""
    return escape(text, quote=False).replace("\n", "<br>")


def muted(html: str) -> str:
    return f"<span style='color:{MUTED_TEXT};'>{html}</span>"


def chip_html(text: str, background: str, foreground: str) -> str:
    return (
        f"<span style='background-color:{background}; color:{foreground}; font-weight:600;'>"
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


def diff_html(old: str, new: str) -> str:
    """A word diff as rich text: removed words struck through, added words underlined."""
    out = []
    for piece in diff_words(old, new):
        text = text_html(piece.text)
        if piece.op == "inserted":
            out.append(f"<u style='{INSERTED}'>{text}</u>")
        elif piece.op == "deleted":
            out.append(f"<s style='{DELETED}'>{text}</s>")
        else:
            out.append(text)
    return "".join(out)


class LiveText:
    """The text as the editor holds it now: numbers, labels, and where records now point.

    A record's paragraph is followed through merges not yet saved (`merges`) and through
    those the store knows (`aliases`); None when it left the text.
    """

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        merges: Mapping[UUID, UUID] | None = None,
        aliases: Mapping[UUID, UUID] | None = None,
    ) -> None:
        self.paragraphs = {p.uuid: p for p in paragraphs}
        self.order = {p.uuid: index for index, p in enumerate(paragraphs)}
        self.numbers = numbering(paragraphs)
        self.merges = dict(merges or {})
        self.aliases = dict(aliases or {})
        self.key = tuple((p.uuid, p.kind, p.level, p.text) for p in paragraphs)

    def resolve(self, uuid: UUID | None) -> UUID | None:
        seen: set[UUID] = set()
        current = uuid
        while current is not None and current not in self.paragraphs:
            if current in seen:
                return None
            seen.add(current)
            following = self.merges.get(current) or self.aliases.get(current)
            current = following if following != current else None
        return current

    def paragraph(self, uuid: UUID | None) -> Paragraph | None:
        return self.paragraphs.get(uuid) if uuid is not None else None

    def text(self, uuid: UUID) -> str:
        found = self.paragraphs.get(uuid)
        return found.text if found else ""

    def label(self, uuid: UUID | None) -> str:
        """« Paragraphe 12 », « Titre II », « Considérant « Les ENT… » »; '' if not in the text."""
        found = self.paragraph(uuid)
        if found is None:
            return ""
        named = localized(describe(found, self.numbers.get(found.uuid)))
        return named[:1].upper() + named[1:]

    def position(self, uuid: UUID) -> int:
        """The place of a record's paragraph in the text (deleted ones last)."""
        live = self.resolve(uuid)
        return self.order.get(live, len(self.order)) if live is not None else len(self.order)


class Card(QFrame):
    """A framed block of a review panel that can be selected by a click.

    Signals:
        clicked(object): the card's key, when the user clicks it.
    """

    clicked = Signal(object)

    def __init__(self, key: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setProperty("selected", False)
        self.setStyleSheet(CARD_STYLE)

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") != selected:
            self.setProperty("selected", selected)
            self.style().unpolish(self)
            self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)


def rich_label(html: str = "") -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # its size policy then has a height for each width
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class CardList(QScrollArea):
    """Cards of rich text, one selected; ↑/↓ move the selection, Entrée activates it.

    Signals:
        selected(object): the selected card's key changed (None: no card selected).
        clicked(object): a card was clicked or activated with Entrée.
    """

    selected = Signal(object)
    clicked = Signal(object)

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current: object = None
        self.keys: list[object] = []
        self._cards: list[Card] = []
        self._labels: list[QLabel] = []
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, 4, 0)
        self.column.setSpacing(8)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_TEXT};")
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.setWidget(inner)

    @property
    def empty_text(self) -> str:
        return self.empty.text()

    @empty_text.setter
    def empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_cards(self, cards: Sequence[tuple[object, str]]) -> None:
        """Show cards (key, rich text) in order; the selection stays on the same key if listed."""
        while len(self._cards) < len(cards):
            card = Card(parent=self.widget())
            card.clicked.connect(self._card_clicked)
            label = rich_label()
            box = QVBoxLayout(card)
            box.setContentsMargins(10, 8, 10, 8)
            box.addWidget(label)
            self.column.insertWidget(self.column.count() - 1, card)
            self._cards.append(card)
            self._labels.append(label)
        for index, card in enumerate(self._cards):
            if index < len(cards):
                card.key, html = cards[index]
                self._labels[index].setText(html)
                card.show()
            else:
                card.key = None
                card.hide()
        self.keys = [key for key, _html in cards]
        self.empty.setVisible(not cards)
        self.select(self.current if self.current in self.keys else None)

    def html(self, key: object) -> str:
        """The rich text of a listed card ('' when it is not listed)."""
        for card, label in zip(self._cards, self._labels, strict=True):
            if card.key == key and not card.isHidden():
                return label.text()
        return ""

    def text(self, key: object) -> str:
        """The plain text of a listed card, as a user reads it."""
        document = QTextDocument()
        document.setHtml(self.html(key))
        return document.toPlainText().replace("\u00a0", " ")

    def select(self, key: object) -> None:
        changed = key != self.current
        self.current = key
        for card in self._cards:
            card.set_selected(key is not None and card.key == key and not card.isHidden())
            if card.key == key and key is not None and not card.isHidden():
                self.ensureWidgetVisible(card, 0, 0)
        if changed:
            self.selected.emit(key)

    def _card_clicked(self, key: object) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(key)
        self.clicked.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.keys:
            index = self.keys.index(self.current) if self.current in self.keys else -1
            index += -1 if key == Qt.Key.Key_Up else 1
            self.select(self.keys[max(0, min(index, len(self.keys) - 1))])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.clicked.emit(self.current)
            return
        super().keyPressEvent(event)


# The mixin is a QWidget for the type checker only: at run time, the panel's own QWidget base
# comes after it.
if TYPE_CHECKING:
    _PanelBase = QWidget
else:
    _PanelBase = object


class FollowsLiveText(_PanelBase):
    """Mixin of a review panel (before QWidget in its bases) that follows the text being typed.

    The panel re-reads the live text REFRESH_MS after typing stops — later, when shown, if it
    is hidden — follows merges once they are saved, and reloads its records when its `TOPIC`
    (AMENDMENTS or COMMENTS) changes. The panel provides `opinions`, `session`, `reload()`
    and `_render()`, and calls `_start_following()` in its constructor.
    """

    TOPIC = ""
    opinions: Opinions
    session: OpinionSession | None

    if TYPE_CHECKING:  # provided by the panel

        def reload(self) -> None: ...

        def _render(self) -> None: ...

    def _start_following(self) -> None:
        self._aliases: dict[UUID, UUID] = {}
        self._live = LiveText([])
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._timed_text)
        self._aliases_timer = QTimer(self)  # the aliases are read after the save, not inside it
        self._aliases_timer.setSingleShot(True)
        self._aliases_timer.setInterval(0)
        self._aliases_timer.timeout.connect(self._timed_aliases)

    def _follow(self, session: OpinionSession | None) -> None:
        """Listen to `session` instead of the previous one."""
        if self.session is not None:
            self.session.changed.disconnect(self._session_changed)
            self.session.saved.disconnect(self._saved)
        if session is not None:
            session.changed.connect(self._session_changed)
            session.saved.connect(self._saved)

    def _refresh_view(self) -> None:
        """Follow the live text and show the records (later, when the panel is hidden)."""
        if self.session is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._live = (
            LiveText(self.session.paragraphs(), self.session.merges, self._aliases)
            if self.session is not None
            else LiveText([])
        )
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_view()

    def _session_changed(self, topics: frozenset[str]) -> None:
        if self.TOPIC in topics:
            self._timer.stop()
            self.reload()
        elif TEXT in topics:
            self._timer.start()

    def _saved(self) -> None:
        if self.session is not None and self.session.reordered:  # merges saved: records
            # follow the paragraphs kept (a save of typed words changes no paragraph's place)
            self._aliases_timer.start()

    def _timed_text(self) -> None:
        if own_turn(self._timer):
            self._text_changed()

    def _timed_aliases(self) -> None:
        if own_turn(self._aliases_timer):
            self._read_aliases()

    def _read_aliases(self) -> None:
        if self.session is not None:
            self._aliases = self.opinions.moved_aliases(self.session.opinion_id)

    def _needs_render(self, old: LiveText, new: LiveText) -> bool:
        return bool(old.key != new.key)

    def _text_changed(self) -> None:
        if self.session is None or not self.isVisible():
            self._stale = True
            return
        live = LiveText(self.session.paragraphs(), self.session.merges, self._aliases)
        render = self._needs_render(self._live, live)
        self._live = live
        if render:
            self._render()


class ReviewsParagraphs(FollowsLiveText):
    """Mixin of a review panel listing an opinion's records (amendments or comments) on the
    paragraph where the cursor is, or on every paragraph with its « Tous les paragraphes » box.

    Beside what FollowsLiveText asks, the panel provides `paragraph`, `all_paragraphs` and a
    `go_to(UUID)` signal; `set_session` and `show_paragraph` are its public entry points.
    """

    paragraph: UUID | None
    all_paragraphs: QCheckBox

    if TYPE_CHECKING:  # provided by the panel

        @property
        def go_to(self) -> SignalInstance: ...

    def set_session(self, session: OpinionSession | None) -> None:
        """Show the records of another opinion (None: nothing)."""
        if self.session is session and session is not None:
            return
        self._follow(session)
        self._forget_paragraph()
        if session is not None and session.loading:
            # A long text still loading: its records are read once it is whole (the workspace
            # asks, after the first frame); meanwhile nothing of the previous opinion is shown.
            self.session = None
            self.reload()
        self.session = session
        if session is None or not session.loading:
            self.reload()

    def show_paragraph(self, uuid: UUID | None) -> None:
        """List the records on the paragraph where the cursor is (None: none)."""
        if uuid == self.paragraph:
            return
        self.paragraph = uuid
        self._paragraph_moved()

    def _forget_paragraph(self) -> None:
        """Forget the paragraph of the previous opinion (and what was about it)."""
        self.paragraph = None

    def _paragraph_moved(self) -> None:
        """Show the records of the new current paragraph (unless all paragraphs are listed)."""
        if not self.all_paragraphs.isChecked():
            self._render()

    def _show_in_text(self, paragraph: UUID | None) -> None:
        """A record clicked in the list of all paragraphs: show its paragraph, if still there."""
        if not self.all_paragraphs.isChecked():
            return
        live = self._live.resolve(paragraph) if paragraph is not None else None
        if live is not None:
            self.go_to.emit(live)
