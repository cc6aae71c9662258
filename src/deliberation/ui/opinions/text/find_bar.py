"""Find and replace under an opinion's text: every match highlighted, each replacement undoable."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from deliberation.rules.opinion_text import clean_inline
from deliberation.rules.wording import thousands
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.opinions.opinion_session import OpinionSession

REFRESH_MS = 300
MAX_HIGHLIGHTS = 2000  # beyond that, matches are counted but not all painted
MATCH_BACKGROUND = QColor("#fff0a8")
CURRENT_BACKGROUND = QColor("#ffb84d")
FIND_MARK = QTextCharFormat.Property.UserProperty + 40  # tells our highlights from others'
PARAGRAPH_SEPARATOR = "\u2029"


@dataclass(frozen=True)
class Match:
    """A stretch of the document matching the search, in document positions."""

    start: int
    end: int


def pattern(text: str, case: bool, whole_word: bool) -> re.Pattern[str] | None:
    """The search as a regular expression: literal text, accents matter, case optionally."""
    if not text:
        return None
    body = re.escape(text)
    if whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if case else re.IGNORECASE)


def _utf16(text: str, index: int) -> int:
    """A Python index into `text` as Qt counts it (UTF-16 units)."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def find_all(document: QTextDocument, regex: re.Pattern[str]) -> list[Match]:
    """Every match, block by block (a match never spans two paragraphs, nor two lines of a list)."""
    result: list[Match] = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        if text:
            wide = any(ord(ch) > 0xFFFF for ch in text)
            base = block.position()
            for found in regex.finditer(text):
                if found.end() == found.start():
                    continue
                start, end = found.start(), found.end()
                if wide:
                    start, end = _utf16(text, start), _utf16(text, end)
                result.append(Match(base + start, base + end))
        block = block.next()
    return result


class FindBar(QWidget):
    """A bar under the text: « Rechercher », optionally « Remplacer par », previous/next, options.

    All matches are painted with the text edit's extra selections (the document is not
    touched); the current one is selected in the text. Replacing goes through the session's
    undo stack: one step for « Remplacer », one step for « Tout remplacer ». Without a session
    (or with a read-only text) only finding is possible.

    Signals:
        status_message(str): a note for the status bar (« 12 remplacements »).
        closed(): the bar was closed (focus went back to the text).
    """

    status_message = Signal(str)
    closed = Signal()

    def __init__(self, text_edit: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = text_edit
        self.session: OpinionSession | None = None
        self.matches: list[Match] = []
        self._note = ""
        self._painted: int | None = None  # the match painted as the current one
        self._document: QTextDocument | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.research)
        self._build()
        self._build_actions()
        self._follow_document()
        text_edit.cursorPositionChanged.connect(self._cursor_moved)
        self.hide()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Rechercher"))
        self.find_field.setAccessibleName(self.tr("Rechercher"))
        self.find_field.setClearButtonEnabled(True)
        self.previous_button = QPushButton(self.tr("Précédent"))
        self.previous_button.setToolTip(self.tr("Résultat précédent (Maj+Entrée, Maj+F3)"))
        self.next_button = QPushButton(self.tr("Suivant"))
        self.next_button.setToolTip(self.tr("Résultat suivant (Entrée, F3)"))
        self.case_box = QCheckBox(self.tr("Respecter la casse"))
        self.word_box = QCheckBox(self.tr("Mot entier"))
        self.count_label = QLabel()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Fermer (Échap)"))
        self.close_button.setAccessibleName(self.tr("Fermer la recherche"))
        self.replace_field = QLineEdit()
        self.replace_field.setPlaceholderText(self.tr("Remplacer par"))
        self.replace_field.setAccessibleName(self.tr("Remplacer par"))
        self.replace_button = QPushButton(self.tr("Remplacer"))
        self.replace_button.setToolTip(self.tr("Remplacer ce résultat et passer au suivant"))
        self.replace_all_button = QPushButton(self.tr("Tout remplacer"))
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):  # fmt: skip
            button.setAutoDefault(False)
        # The buttons, options and count wrap onto more lines in a narrow text column: the bar
        # never makes the window wider than a small screen.
        self.find_field.setMinimumWidth(100)
        self.replace_field.setMinimumWidth(100)
        grid.addWidget(self.find_field, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(
            _flow(self.previous_button, self.next_button, self.case_box, self.word_box,
                  self.count_label), 0, 1,
        )  # fmt: skip
        grid.addWidget(self.close_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.replace_field, 1, 0, Qt.AlignmentFlag.AlignTop)
        self.replace_buttons = _flow(self.replace_button, self.replace_all_button)
        grid.addWidget(self.replace_buttons, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._replace_row = (self.replace_field, self.replace_buttons)
        self._show_replace(False)
        self.find_field.textChanged.connect(lambda _text: self.research())
        self.case_box.toggled.connect(lambda _on: self.research())
        self.word_box.toggled.connect(lambda _on: self.research())
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_field.returnPressed.connect(self.replace)
        self.find_field.installEventFilter(self)

    def _build_actions(self) -> None:
        """F3 and Maj+F3 in the text and in the bar; Ctrl+F and Ctrl+H for the host to place.

        `find_action` and `replace_action` carry their shortcuts but are bound to no widget:
        the host adds them where they should work (the workspace, a menu), so that one key
        never has two meanings.
        """

        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.find_action = action(self.tr("Rechercher…"), "Ctrl+F", self.open_find)
        self.replace_action = action(self.tr("Remplacer…"), "Ctrl+H", self.open_replace)
        self.next_action = action(self.tr("Suivant"), "F3", self.find_next)
        self.previous_action = action(self.tr("Précédent"), "Shift+F3", self.find_previous)
        for made in (self.next_action, self.previous_action):
            self.text_edit.addAction(made)
            self.addAction(made)

    # -- session and state ----------------------------------------------------------------------

    def set_session(self, session: OpinionSession | None) -> None:
        """The opinion whose undo stack takes the replacements (None: finding only)."""
        self.session = session
        self._follow_document()
        self._update_enabled()
        if self.isVisible():
            self.research()

    @property
    def can_replace(self) -> bool:
        return self.session is not None and not self.text_edit.isReadOnly()

    def _update_enabled(self) -> None:
        allowed = self.can_replace
        self.replace_action.setEnabled(allowed)
        for widget in self._replace_row:
            widget.setEnabled(allowed)
        if not allowed:
            self._show_replace(False)

    def _show_replace(self, show: bool) -> None:
        for widget in self._replace_row:
            widget.setVisible(show)

    def _follow_document(self) -> None:
        """Listen to the document the text edit shows now (it changes with the session)."""
        document = self.text_edit.document()
        if document is self._document:
            return
        if self._document is not None:
            self._document.contentsChanged.disconnect(self._document_changed)
        self._document = document
        document.contentsChanged.connect(self._document_changed)

    def _cursor_moved(self) -> None:
        if not self.isVisible():
            return
        if self.current_index() != self._painted:
            self._paint()
        self._show_count()

    def _document_changed(self) -> None:
        if self.isVisible():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- opening and closing --------------------------------------------------------------------

    def open_find(self) -> None:
        """Show the bar and put the focus in « Rechercher », with the selected text if any."""
        self._open(False)

    def open_replace(self) -> None:
        """Show the bar with its « Remplacer par » row (finding only when read-only)."""
        self._open(self.can_replace)

    def _open(self, replace: bool) -> None:
        self._update_enabled()
        self._show_replace(replace or (self.isVisible() and self.replace_field.isVisible()))
        selected = self.text_edit.textCursor().selectedText()
        if selected and PARAGRAPH_SEPARATOR not in selected and "\u2028" not in selected:
            self.find_field.setText(clean_inline(selected).strip())
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
        self.research()

    def close_bar(self) -> None:
        """Hide the bar, remove the highlights and give the focus back to the text."""
        self.timer.stop()
        self.hide()
        self.matches = []
        self._paint()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- finding --------------------------------------------------------------------------------

    def _regex(self) -> re.Pattern[str] | None:
        return pattern(self.find_field.text(), self.case_box.isChecked(), self.word_box.isChecked())

    def research(self) -> None:
        """Find every match again (as typed, or 300 ms after the text changed)."""
        self.timer.stop()
        if self.session is not None:
            self.session.complete()  # the whole of a long text still loading
        self._follow_document()
        regex = self._regex()
        self.matches = find_all(self.text_edit.document(), regex) if regex else []
        self._note = ""
        self._paint()
        self._show_count()

    def current_index(self) -> int | None:
        """The index of the match selected in the text, if the selection is one."""
        cursor = self.text_edit.textCursor()
        if not cursor.hasSelection():
            return None
        wanted = Match(cursor.selectionStart(), cursor.selectionEnd())
        index = _bisect(self.matches, wanted.start)
        if index < len(self.matches) and self.matches[index] == wanted:
            return index
        return None

    def find_next(self) -> None:
        self._step(forward=True)

    def find_previous(self) -> None:
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        if not self.isVisible():
            self.open_find()
            if self.find_field.text():
                self._step(forward)
            return
        if self.timer.isActive():
            self.research()
        if not self.matches:
            self._show_count()
            return
        cursor = self.text_edit.textCursor()
        wrapped = False
        if forward:
            index = _bisect(self.matches, cursor.selectionEnd())
            if index >= len(self.matches):
                index, wrapped = 0, True
        else:
            index = _bisect(self.matches, cursor.selectionStart()) - 1
            if index < 0:
                index, wrapped = len(self.matches) - 1, True
        self._select(index)
        if wrapped:
            self._note = (self.tr("reprise au début") if forward
                          else self.tr("reprise à la fin"))  # fmt: skip
        self._show_count()

    def _select(self, index: int) -> None:
        match = self.matches[index]
        cursor = self.text_edit.textCursor()
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        self._note = ""
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()
        self._paint()

    # -- showing --------------------------------------------------------------------------------

    def _paint(self) -> None:
        """Paint every match (the current one stronger), keeping others' extra selections."""
        kept = [s for s in self.text_edit.extraSelections() if not s.format.hasProperty(FIND_MARK)]
        current = self.current_index()
        self._painted = current
        ours = []
        document = self.text_edit.document()
        formats = (_format(MATCH_BACKGROUND), _format(CURRENT_BACKGROUND))
        for index, match in enumerate(self.matches[:MAX_HIGHLIGHTS]):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = formats[index == current]
            ours.append(selection)
        self.text_edit.setExtraSelections(kept + ours)

    def _show_count(self) -> None:
        if not self.isVisible():
            return
        if not self.find_field.text():
            self._set_count("", MUTED_TEXT)
            return
        if not self.matches:
            self._set_count(self.tr("Aucun résultat"), WARNING_TEXT)
            return
        index = self.current_index()
        total = len(self.matches)
        if index is None:
            text = (self.tr("1 résultat") if total == 1
                    else self.tr("%1 résultats").replace("%1", thousands(total)))  # fmt: skip
        else:
            text = (self.tr("%1 sur %2").replace("%1", thousands(index + 1))
                    .replace("%2", thousands(total)))  # fmt: skip
        if self._note:
            text = f"{text} · {self._note}"
        self._set_count(text, MUTED_TEXT)

    def _set_count(self, text: str, colour: str) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {colour};")

    # -- replacing ------------------------------------------------------------------------------

    def replace(self) -> None:
        """Replace the selected match and go to the next one (one undo step)."""
        if not self.can_replace or self.session is None:
            return
        if self.timer.isActive():
            self.research()
        index = self.current_index()
        if index is None:  # nothing selected yet: first show what would be replaced
            self.find_next()
            return
        match = self.matches[index]
        replacement = clean_inline(self.replace_field.text())
        self.session.edit(
            self.tr("le remplacement de « %1 »").replace("%1", self.find_field.text()),
            lambda: self._write([match], replacement),
        )
        after = match.start + len(replacement.encode("utf-16-le")) // 2
        cursor = self.text_edit.textCursor()
        cursor.setPosition(after)
        self.text_edit.setTextCursor(cursor)
        self.research()
        if self.matches:
            self.find_next()
        self.status_message.emit(self.tr("1 remplacement"))

    def replace_all(self) -> int:
        """Replace every match in one undo step; how many were replaced."""
        if not self.can_replace or self.session is None:
            return 0
        self.research()
        matches = list(self.matches)
        if not matches:
            message = self.tr("Aucun remplacement : « %1 » ne figure pas dans le texte.")
            message = message.replace("%1", self.find_field.text())
        else:
            replacement = clean_inline(self.replace_field.text())
            self.session.edit(
                self.tr("le remplacement de « %1 » partout").replace("%1", self.find_field.text()),
                lambda: self._write(matches, replacement),
            )
            cursor = self.text_edit.textCursor()
            cursor.clearSelection()  # what was selected is gone
            self.text_edit.setTextCursor(cursor)
            self.research()
            message = self.tr("%1 remplacements").replace("%1", thousands(len(matches)))
            if len(matches) == 1:
                message = self.tr("1 remplacement")
        self._set_count(message, MUTED_TEXT)
        self.status_message.emit(message)
        return len(matches)

    def _write(self, matches: list[Match], replacement: str) -> None:
        """Replace the matches inside their blocks (identities stay), as one edit block."""
        cursor = QTextCursor(self.text_edit.document())
        cursor.beginEditBlock()
        try:
            for match in reversed(matches):  # from the end, so that earlier positions hold
                cursor.setPosition(match.start)
                cursor.setPosition(match.start + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = cursor.charFormat()  # the emphasis of the replaced text's first letter
                cursor.setPosition(match.start)
                cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(replacement, fmt)
        finally:
            cursor.endEditBlock()


def _format(background: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setProperty(FIND_MARK, True)
    return fmt


def _bisect(matches: list[Match], position: int) -> int:
    """The index of the first match starting at or after `position`."""
    low, high = 0, len(matches)
    while low < high:
        middle = (low + high) // 2
        if matches[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


def _flow(*widgets: QWidget) -> QWidget:
    """Widgets on a line that wraps when narrow."""
    holder = QWidget()
    flow = FlowLayout(holder)
    for widget in widgets:
        flow.addWidget(widget)
    return holder
