"""The editor of an opinion's text, keyboard first: paragraphs, kinds, lists, emphasis, markers."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDropEvent,
    QFont,
    QFontInfo,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from deliberation.rules.opinion_text import clean_pasted
from deliberation.ui import opinion_document as doc
from deliberation.ui.opinion_margin import ParagraphMargin
from deliberation.ui.opinion_session import OpinionSession

KEYS: tuple[tuple[str, str], ...] = (
    ("Entrée", "Nouveau paragraphe (dans une liste : nouvel élément ; "
               "sur un élément vide : fin de la liste)"),
    ("Maj+Entrée", "Nouvelle ligne dans le même paragraphe"),
    ("Retour arrière en début de paragraphe", "Fusionner avec le paragraphe précédent"),
    ("Suppr en fin de paragraphe", "Fusionner avec le paragraphe suivant"),
    ("Alt+Haut / Alt+Bas", "Monter / descendre le paragraphe"),
    ("Ctrl+Alt+1 / 2 / 3", "Titre de niveau 1 / 2 / 3"),
    ("Ctrl+Alt+0", "Paragraphe numéroté"),
    ("Ctrl+Alt+C", "Considérant"),
    ("Ctrl+Alt+R", "Recommandation"),
    ("Tab / Maj+Tab sur un titre", "Abaisser / relever le niveau du titre"),
    ("Tab ailleurs", "Passer à la zone suivante de la fenêtre"),
    ("Ctrl+B / Ctrl+I", "Gras / italique sur la sélection"),
    ("Ctrl+Maj+L", "Liste à puces (activer ou retirer)"),
    ("Ctrl+Maj+N", "Liste numérotée (activer ou retirer)"),
    ("Ctrl+Z", "Annuler"),
    ("Ctrl+Maj+Z ou Ctrl+Y", "Rétablir"),
    ("Ctrl+V", "Coller le texte seul, nettoyé (sauts de ligne de Word, tabulations…)"),
)  # fmt: skip
"""The editor's keys and what they do, in French, for a help menu."""

COLUMN_EM = 42
"""The width of the text column, in ems of the text's font."""
REFRESH_MS = 300

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_K = Qt.Key
# Ctrl+Alt+digit also arrives as the unshifted character of French keyboards (& é " à).
_KIND_KEYS = {
    _K.Key_1: "heading:1", _K.Key_Ampersand: "heading:1",
    _K.Key_2: "heading:2", _K.Key_Eacute: "heading:2",
    _K.Key_3: "heading:3", _K.Key_QuoteDbl: "heading:3",
    _K.Key_0: "paragraph:1", _K.Key_Agrave: "paragraph:1",
    _K.Key_C: "recital:1", _K.Key_R: "recommendation:1",
}  # fmt: skip
_KIND_TEXTS = set('0123&é"àcrCR')
_LIST_STYLES = {
    "bullet": QTextListFormat.Style.ListDisc,
    "number": QTextListFormat.Style.ListDecimal,
}


class OpinionTextEdit(QTextEdit):
    """Edits the document of an `OpinionSession`; every change is one step of its undo stack.

    Signals:
        current_paragraph_changed(UUID | None): the cursor entered another paragraph.

    Attributes:
        session: the opinion being edited (None: an empty, read-only editor).
        margin: the numbers and consensus markers beside the paragraphs.
    """

    current_paragraph_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: OpinionSession | None = None
        self._empty = doc.new_document(self)
        self._current: UUID | None = None
        self._busy = False
        self._dropping = False
        self._margins = (0, 0)
        self.margin = ParagraphMargin(self)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setCursorWidth(2)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        palette = self.palette()  # one page: the margins share the text's background
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Texte de l'avis"))
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh_labels)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._repaint_margin)
        self.set_session(None)

    # -- the session ----------------------------------------------------------------------------

    def set_session(self, session: OpinionSession | None) -> None:
        """Edit this opinion's text (None: show nothing, read-only)."""
        if self.session is not None:
            old = self.session.document
            old.contentsChanged.disconnect(self._contents_changed)
            old.documentLayout().update.disconnect(self._repaint_margin)
        self.session = session
        document: QTextDocument = session.document if session is not None else self._empty
        self.setDocument(document)
        self.setReadOnly(session is None)
        self.setPlaceholderText(
            self.tr("Écrivez le texte de l'avis ; Entrée commence un nouveau paragraphe.")
            if session is not None
            else self.tr("Aucun avis ouvert.")
        )
        if session is not None:
            document.contentsChanged.connect(self._contents_changed)
            document.documentLayout().update.connect(self._repaint_margin)
        self._layout_margins()
        self.refresh_labels()
        self._current = None
        self._cursor_moved()

    def current_paragraph(self) -> UUID | None:
        if self.session is None:
            return None
        return doc.block_id(self.textCursor().block())

    def go_to(self, uuid: UUID) -> bool:
        """Put the cursor at the start of a paragraph, scrolled into view; False if absent."""
        blocks = doc.paragraph_blocks(self.document(), uuid)
        if not blocks:
            return False
        cursor = QTextCursor(blocks[0])
        self.setTextCursor(cursor)
        rect = self.document().documentLayout().blockBoundingRect(blocks[0])
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        if rect.top() < bar.value() or rect.bottom() > bar.value() + view:
            bar.setValue(int(rect.top() - view / 4))
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- margin ---------------------------------------------------------------------------------

    def set_markers(self, statuses: dict[UUID, str]) -> None:
        """Show each paragraph's consensus status (a CONSENSUS_STATUSES code) in the margin.

        Kept across `set_session`: paragraph identities are unique, so another opinion's
        statuses simply match nothing, and coming back to an opinion shows its markers at once.
        """
        self.margin.statuses = dict(statuses)
        self.margin.update()

    def margin_labels(self) -> list[tuple[UUID, str, str]]:
        """(paragraph, label shown, status code or "") in the order of the text."""
        if self.refresh_timer.isActive():
            self.refresh_labels()
        margin = self.margin
        return [(u, margin.labels.get(u, ""), margin.statuses.get(u, "")) for u in margin.order]

    def refresh_labels(self) -> None:
        self.refresh_timer.stop()
        self.margin.recompute()

    def _contents_changed(self) -> None:
        self.refresh_timer.start()
        self.margin.update()

    def _repaint_margin(self, *args: object) -> None:
        self.margin.update()

    def _column_width(self) -> int:
        em = QFontInfo(self.document().defaultFont()).pixelSize() or 13
        return int(em * COLUMN_EM + 2 * self.document().documentMargin())

    def _layout_margins(self) -> None:
        """Centre a column of readable width; the margin takes the space on the left."""
        base = self.margin.base_width()
        rect = self.contentsRect()
        bar = self.verticalScrollBar()
        available = rect.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        column = self._column_width()
        left = max(base, (available - column) // 2)
        right = max(0, available - column - left)
        if (left, right) != self._margins:
            self._margins = (left, right)
            self.setViewportMargins(left, 0, right, 0)
        self.margin.setGeometry(rect.left(), rect.top(), left, self.viewport().height())
        self.margin.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_margins()

    # -- the current paragraph ------------------------------------------------------------------

    def _cursor_moved(self) -> None:
        if self._busy:
            return
        uuid = self.current_paragraph()
        if uuid != self._current:
            self._current = uuid
            self.margin.update()
            self.current_paragraph_changed.emit(uuid)

    def _structural(self, action: Callable[[], object]) -> None:
        """Run an operation on the session, then follow the cursor once."""
        self._busy = True
        try:
            action()
        finally:
            self._busy = False
        self.refresh_labels()
        self.ensureCursorVisible()
        self._cursor_moved()

    def _first_blocks(self, uuid: UUID) -> tuple[QTextBlock, QTextBlock] | None:
        blocks = doc.paragraph_blocks(self.document(), uuid)
        return (blocks[0], blocks[-1]) if blocks else None

    def _neighbour(self, uuid: UUID, delta: int) -> UUID | None:
        sequence = doc.order(self.document())
        index = sequence.index(uuid) + delta
        return sequence[index] if 0 <= index < len(sequence) else None

    # -- keys -----------------------------------------------------------------------------------

    def command_for(self, event: QKeyEvent) -> str | None:
        """The editor command a key press stands for (see KEYS), if any."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo) or (mods == _CTRL and key == _K.Key_Z):
            return "undo"
        if (
            event.matches(QKeySequence.StandardKey.Redo)
            or (mods == _CTRL | _SHIFT and key == _K.Key_Z)
            or (mods == _CTRL and key == _K.Key_Y)
        ):
            return "redo"
        if mods == _ALT and key in (_K.Key_Up, _K.Key_Down):
            return "up" if key == _K.Key_Up else "down"
        if mods == _CTRL | _ALT and key in _KIND_KEYS:
            text = event.text()
            if text and text.isprintable() and text not in _KIND_TEXTS:
                return None  # AltGr (reported as Ctrl+Alt) typing a character such as @ or #
            return "kind:" + _KIND_KEYS[key]  # type: ignore[index]
        if mods == _CTRL and key in (_K.Key_B, _K.Key_I):
            return "bold" if key == _K.Key_B else "italic"
        if mods == _CTRL | _SHIFT and key in (_K.Key_L, _K.Key_N):
            return "list:bullet" if key == _K.Key_L else "list:number"
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.session is not None
            and self.command_for(event) is not None
        ):
            event.accept()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (_K.Key_Tab, _K.Key_Backtab)
            and not event.modifiers() & (_CTRL | _ALT)
            and self._heading_level() is not None
        ):
            self.run_command("demote" if event.key() == _K.Key_Tab else "promote")
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.session is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        command = self.command_for(event)
        if command is not None:
            self.run_command(command)
            event.accept()
            return
        key = event.key()
        if key in (_K.Key_Return, _K.Key_Enter):
            if event.modifiers() & _SHIFT:
                self.textCursor().insertText(doc.SOFT_BREAK)
            else:
                self._enter()
            self.ensureCursorVisible()
            event.accept()
            return
        if key == _K.Key_Backspace and not event.modifiers() and self._backspace():
            event.accept()
            return
        if key == _K.Key_Delete and not event.modifiers() and self._delete():
            event.accept()
            return
        super().keyPressEvent(event)

    def run_command(self, command: str) -> None:
        """Carry out an editor command: undo, redo, up, down, kind:<kind>:<level>, demote,
        promote, bold, italic, list:bullet, list:number."""
        session = self.session
        if session is None or self.isReadOnly():
            return
        if command in ("undo", "redo"):
            self._structural(getattr(session.undo_stack, command))
        elif command in ("up", "down"):
            self._move(-1 if command == "up" else 1)
        elif command.startswith("kind:"):
            _, kind, level = command.split(":")
            self._set_kind(kind, int(level))
        elif command in ("demote", "promote"):
            level = self._heading_level() or 1
            level = min(level + 1, 3) if command == "demote" else max(level - 1, 1)
            self._set_kind("heading", level)
        elif command in ("bold", "italic"):
            self._emphasis(command)
        elif command.startswith("list:"):
            self._toggle_list(command.split(":")[1])

    def _heading_level(self) -> int | None:
        if self.session is None or self.isReadOnly():
            return None
        kind, level = doc.block_kind(self.textCursor().block())
        return level if kind == "heading" else None

    # -- structure ------------------------------------------------------------------------------

    def _keeping_offset(self, action: Callable[[UUID], object]) -> None:
        """Run `action(paragraph)` and put the cursor back at the same place in the paragraph."""
        uuid = self.current_paragraph()
        ends = self._first_blocks(uuid) if uuid else None
        if uuid is None or ends is None:
            return
        offset = self.textCursor().position() - ends[0].position()

        def run() -> None:
            action(uuid)
            moved = self._first_blocks(uuid)
            if moved is not None:
                cursor = self.textCursor()
                end = moved[1].position() + moved[1].length() - 1
                cursor.setPosition(min(moved[0].position() + offset, end))
                self.setTextCursor(cursor)

        self._structural(run)

    def _move(self, delta: int) -> None:
        assert self.session is not None
        session = self.session
        self._keeping_offset(lambda uuid: session.move(uuid, delta))

    def _set_kind(self, kind: str, level: int) -> None:
        assert self.session is not None
        session = self.session
        self._keeping_offset(lambda uuid: session.set_kind(uuid, kind, level))

    def _enter(self) -> None:
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        block = cursor.block()
        if block.textList() is not None and not cursor.hasSelection():
            if block.length() > 1:
                self._structural(
                    lambda: session.edit(self.tr("le nouvel élément de liste"), cursor.insertBlock)
                )
                self.setTextCursor(cursor)
            else:
                self._structural(lambda: self._end_list(cursor))
            return

        def split() -> None:
            session.split(cursor)
            self.setTextCursor(cursor)

        self._structural(split)

    def _end_list(self, cursor: QTextCursor) -> None:
        """Entrée on an empty list item: the list ends and a plain paragraph starts there."""
        session = self.session
        assert session is not None
        block = cursor.block()
        uuid = doc.block_id(block)
        previous = block.previous()
        if uuid is None or not previous.isValid() or doc.block_id(previous) != uuid:
            session.edit(self.tr("la fin de la liste"), lambda: _unlist([block]))
            return

        def end() -> None:
            cursor.beginEditBlock()
            cursor.deletePreviousChar()  # the empty item goes…
            new = doc.split(cursor)  # …and a paragraph starts after the last item
            cursor.endEditBlock()
            session.splits[new] = uuid

        session.edit(self.tr("la fin de la liste"), end)
        self.setTextCursor(cursor)

    def _backspace(self) -> bool:
        """At the start of a paragraph: leave its list, or merge it into the previous one."""
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        if cursor.hasSelection() or not cursor.atBlockStart():
            return False
        block = cursor.block()
        if block.textList() is not None or block.blockFormat().indent() > 0:
            self._structural(lambda: session.edit(self.tr("la fin de la liste"),
                                                  lambda: _unlist([block])))  # fmt: skip
            return True
        uuid = doc.block_id(block)
        previous = block.previous()
        if uuid is None or not previous.isValid() or doc.block_id(previous) == uuid:
            return False
        before = doc.block_id(previous)
        assert before is not None
        empty = not _paragraph_text(self.document(), before)
        if empty and doc.block_kind(previous)[0] != "heading":
            self._structural(lambda: self._remove(before))  # an empty paragraph just goes
            return True
        from_end = self.document().characterCount() - cursor.position()

        def merge() -> None:
            session.merge(before, uuid)
            moved = self.textCursor()
            moved.setPosition(self.document().characterCount() - from_end)
            self.setTextCursor(moved)

        self._structural(merge)
        return True

    def _delete(self) -> bool:
        """At the end of a paragraph: merge the next one into it."""
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        if cursor.hasSelection() or not cursor.atBlockEnd():
            return False
        block = cursor.block()
        uuid = doc.block_id(block)
        following = block.next()
        if uuid is None or not following.isValid() or doc.block_id(following) == uuid:
            return False
        after = doc.block_id(following)
        assert after is not None
        if not _paragraph_text(self.document(), uuid):
            self._structural(lambda: self._remove(uuid))
            return True
        position = cursor.position()

        def merge() -> None:
            session.merge(uuid, after)
            moved = self.textCursor()
            moved.setPosition(position)
            self.setTextCursor(moved)

        self._structural(merge)
        return True

    def _remove(self, uuid: UUID) -> None:
        """Delete an empty paragraph (the neighbour keeps its identity); the cursor stays."""
        session = self.session
        assert session is not None
        document = self.document()
        session.edit(self.tr("la suppression d'un paragraphe vide"),
                     lambda: doc.replace_paragraphs(document, [uuid], []))  # fmt: skip

    # -- emphasis and lists ---------------------------------------------------------------------

    def _emphasis(self, which: str) -> None:
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        if not cursor.hasSelection():  # what is typed next
            current = cursor.charFormat()
            if which == "bold":
                bold = current.fontWeight() >= QFont.Weight.DemiBold.value
                fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
            else:
                fmt.setFontItalic(not current.fontItalic())
            self.mergeCurrentCharFormat(fmt)
            return
        on = not _all_emphasised(cursor, which)
        if which == "bold":
            fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        else:
            fmt.setFontItalic(on)
        label = self.tr("la mise en gras") if which == "bold" else self.tr("la mise en italique")

        def apply() -> None:
            cursor.beginEditBlock()
            for start, end, block in _ranges(cursor):
                if which == "bold" and doc.block_kind(block)[0] == "heading":
                    continue  # a heading is bold already
                part = QTextCursor(cursor.document())
                part.setPosition(start)
                part.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                part.mergeCharFormat(fmt)
            cursor.endEditBlock()

        self._structural(lambda: session.edit(label, apply))

    def _toggle_list(self, style: str) -> None:
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        wanted = _LIST_STYLES[style]
        listed = [block.textList() for _, _, block in _ranges(cursor)]
        remove = all(lst is not None and lst.format().style() == wanted for lst in listed)

        def apply() -> None:
            cursor.beginEditBlock()
            if not remove:
                _own_blocks(cursor)
            blocks = [block for _, _, block in _ranges(cursor)]
            _unlist([b for b in blocks if b.textList() is not None])
            if not remove:
                previous = blocks[0].previous()
                target = previous.textList() if previous.isValid() else None
                same = target is not None and doc.block_id(previous) == doc.block_id(blocks[0])
                if target is None or not same or target.format().style() != wanted:
                    list_format = QTextListFormat()
                    list_format.setStyle(wanted)
                    list_format.setIndent(1)
                    target = QTextCursor(blocks[0]).createList(list_format)
                for block in blocks:
                    if block.textList() is None:
                        target.add(block)
            cursor.endEditBlock()

        label = self.tr("la liste à puces") if style == "bullet" else self.tr("la liste numérotée")
        self._structural(lambda: session.edit(label, apply))

    # -- clipboard ------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return self.session is not None and source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        session = self.session
        if session is None or self.isReadOnly() or not source.hasText():
            return
        pasted = clean_pasted(source.text())
        if not pasted:
            return
        cursor = self.textCursor()
        if self._dropping:  # already inside the drop's own step
            doc.insert_pasted(cursor, pasted)
        else:
            self._structural(lambda: session.insert_pasted(cursor, pasted))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        text = self.textCursor().selectedText()
        data.setText(
            text.replace("\u2029", "\n").replace(doc.SOFT_BREAK, "\n").replace(doc.OBJECT, "")
        )
        return data

    def dropEvent(self, event: QDropEvent) -> None:
        if self.session is None:
            event.ignore()
            return
        session = self.session
        self._dropping = True
        try:
            self._structural(
                lambda: session.edit(self.tr("le glisser-déposer"), lambda: super(
                    OpinionTextEdit, self).dropEvent(event))
            )  # fmt: skip
        finally:
            self._dropping = False

    # -- context menu ---------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The French context menu (undo and redo go through the session's stack)."""
        menu = QMenu(self)
        editable = self.session is not None and not self.isReadOnly()
        stack = self.session.undo_stack if self.session is not None else None

        def add(text: str, keys: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
            action = menu.addAction(text)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            return action

        undo = self.tr("Annuler")
        redo = self.tr("Rétablir")
        if stack is not None and stack.canUndo():
            undo = self.tr("Annuler %1").replace("%1", stack.undoText())
        if stack is not None and stack.canRedo():
            redo = self.tr("Rétablir %1").replace("%1", stack.redoText())
        add(undo, "Ctrl+Z", lambda: self.run_command("undo"),
            editable and stack is not None and stack.canUndo())  # fmt: skip
        add(redo, "Ctrl+Shift+Z", lambda: self.run_command("redo"),
            editable and stack is not None and stack.canRedo())  # fmt: skip
        menu.addSeparator()
        selected = self.textCursor().hasSelection()
        add(self.tr("Couper"), "Ctrl+X", self.cut, editable and selected)
        add(self.tr("Copier"), "Ctrl+C", self.copy, selected)
        add(self.tr("Coller"), "Ctrl+V", self.paste, editable and self.canPaste())
        add(self.tr("Tout sélectionner"), "Ctrl+A", self.selectAll)
        menu.addSeparator()
        kinds = menu.addMenu(self.tr("Type du paragraphe"))
        kinds.setEnabled(editable)
        kind, level = doc.block_kind(self.textCursor().block())
        current = f"{kind}:{level if kind == 'heading' else 1}"
        for text, keys, code in (
            (self.tr("Titre de niveau 1"), "Ctrl+Alt+1", "heading:1"),
            (self.tr("Titre de niveau 2"), "Ctrl+Alt+2", "heading:2"),
            (self.tr("Titre de niveau 3"), "Ctrl+Alt+3", "heading:3"),
            (self.tr("Paragraphe numéroté"), "Ctrl+Alt+0", "paragraph:1"),
            (self.tr("Considérant"), "Ctrl+Alt+C", "recital:1"),
            (self.tr("Recommandation"), "Ctrl+Alt+R", "recommendation:1"),
        ):
            action = kinds.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.run_command("kind:" + c))
        add(self.tr("Gras"), "Ctrl+B", lambda: self.run_command("bold"), editable)
        add(self.tr("Italique"), "Ctrl+I", lambda: self.run_command("italic"), editable)
        add(self.tr("Liste à puces"), "Ctrl+Shift+L", lambda: self.run_command("list:bullet"),
            editable)  # fmt: skip
        add(self.tr("Liste numérotée"), "Ctrl+Shift+N", lambda: self.run_command("list:number"),
            editable)  # fmt: skip
        menu.addSeparator()
        add(self.tr("Monter le paragraphe"), "Alt+Up", lambda: self.run_command("up"), editable)
        add(self.tr("Descendre le paragraphe"), "Alt+Down", lambda: self.run_command("down"),
            editable)  # fmt: skip
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


# -- helpers ------------------------------------------------------------------------------------


def _paragraph_text(document: QTextDocument, uuid: UUID) -> str:
    return "".join(block.text() for block in doc.paragraph_blocks(document, uuid)).strip()


def _unlist(blocks: list[QTextBlock]) -> None:
    """Take blocks out of their lists, without the indent Qt leaves behind."""
    for block in blocks:
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        cursor = QTextCursor(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)


def _own_blocks(cursor: QTextCursor) -> None:
    """Make the lines under the cursor blocks of their own (within their paragraph): a soft
    line break just before or after them becomes a block break, so that they can be listed."""
    document = cursor.document()
    start, end = sorted((cursor.anchor(), cursor.position()))
    for position, forward in ((end, True), (start, False)):
        block = document.findBlock(position)
        text, inside = block.text(), position - block.position()
        found = (
            text.find(doc.SOFT_BREAK, inside) if forward else text.rfind(doc.SOFT_BREAK, 0, inside)
        )
        if found < 0:
            continue
        fmt = block.blockFormat()
        fmt.setObjectIndex(-1)
        fmt.setIndent(0)
        breaker = QTextCursor(document)
        breaker.setPosition(block.position() + found)
        breaker.deleteChar()
        breaker.insertBlock(fmt)  # one character for one: positions hold


def _ranges(cursor: QTextCursor) -> list[tuple[int, int, QTextBlock]]:
    """The (start, end, block) pieces of the selection (or the cursor's block), block by block."""
    document = cursor.document()
    start, end = sorted((cursor.anchor(), cursor.position()))
    result = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        first = max(start, block.position())
        last = min(end, block.position() + block.length() - 1)
        result.append((first, last, block))
        block = block.next()
    return result


def _all_emphasised(cursor: QTextCursor, which: str) -> bool:
    """Whether every selected character (bold: outside headings) already has the emphasis."""
    for start, end, block in _ranges(cursor):
        if which == "bold" and doc.block_kind(block)[0] == "heading":
            continue
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            inside = fragment.position() < end and fragment.position() + fragment.length() > start
            if fragment.isValid() and inside:
                fmt = fragment.charFormat()
                if which == "bold" and fmt.fontWeight() < QFont.Weight.DemiBold.value:
                    return False
                if which == "italic" and not fmt.fontItalic():
                    return False
            iterator += 1
    return True
