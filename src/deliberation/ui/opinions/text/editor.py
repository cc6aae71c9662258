"""The editor of an opinion's text, keyboard first: paragraphs, kinds, lists, emphasis, markers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDropEvent,
    QFont,
    QFontInfo,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from deliberation.rules.opinion_text import clean_pasted
from deliberation.ui.kit.settings import OPINION_ZOOM
from deliberation.ui.opinions.opinion_session import OpinionSession, own_turn
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text import formatting as fmt_ops
from deliberation.ui.opinions.text.keys import ALT, CTRL, SHIFT, command_for, context_menu
from deliberation.ui.opinions.text.keys import KEYS as KEYS
from deliberation.ui.opinions.text.margin import MarginEditor, ParagraphMargin

COLUMN_EM = 42
"""The width of the text column, in ems of the text's font."""
REFRESH_MS = 300
ZOOM_STEP = 10
"""Percent added or taken by one Ctrl++ / Ctrl+- or one notch of Ctrl+wheel."""


_EDITING_EVENTS = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.ContextMenu,
    }
)
"""The events that may change the text: a text still loading is loaded whole first."""


class OpinionTextEdit(QTextEdit):
    """Edits the document of an `OpinionSession`; every change is one step of its undo stack.

    Signals:
        current_paragraph_changed(UUID | None): the cursor entered another paragraph.
        zoom_changed(int): the text is shown at another zoom (percent).

    Attributes:
        session: the opinion being edited (None: an empty, read-only editor).
        margin: the numbers and consensus markers beside the paragraphs.
    """

    current_paragraph_changed = Signal(object)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: OpinionSession | None = None
        self.locked = False  # True: the connected role may not change opinions (read only)
        self._empty = doc.new_document(self)
        self._current: UUID | None = None
        self._busy = False
        self._dropping = False
        self._margins = (0, 0)
        self._zoom = OPINION_ZOOM.get()
        self._base_size = self._usual_size()
        self.margin = ParagraphMargin(self)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setCursorWidth(2)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        # The text wraps to the view; it never scrolls sideways.
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.palette()  # one page: the margins share the text's background
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Texte de l'avis"))
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._timed_labels)
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
        self._apply_zoom()
        self.setReadOnly(session is None or self.locked)
        self.setPlaceholderText(
            self.tr("Écrivez le texte de l'avis ; Entrée commence un nouveau paragraphe.")
            if session is not None
            else self.tr("Aucun avis ouvert.")
        )
        if session is not None:
            document.contentsChanged.connect(self._contents_changed)
            document.documentLayout().update.connect(self._repaint_margin)
        self._layout_margins()
        if session is not None and session.loading:  # numbered once the whole text is there
            self.margin.recompute()
        else:
            self.refresh_labels()
        self._current = None
        self._cursor_moved()

    def current_paragraph(self) -> UUID | None:
        if self.session is None:
            return None
        return doc.block_id(self.textCursor().block())

    def selected_paragraphs(self) -> list[UUID]:
        """The paragraphs the selection touches, in order ([] without a selection)."""
        cursor = self.textCursor()
        if self.session is None or not cursor.hasSelection():
            return []
        document = self.document()
        block = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        found: list[UUID] = []
        while block.isValid() and block.blockNumber() <= last:
            uuid = doc.block_id(block)
            if uuid is not None and uuid not in found:
                found.append(uuid)
            block = block.next()
        return found

    def go_to(self, uuid: UUID) -> bool:
        """Put the cursor at the start of a paragraph, scrolled into view; False if absent."""
        blocks = self._blocks(uuid)
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

    # -- zoom -----------------------------------------------------------------------------------

    def zoom(self) -> int:
        """The zoom of the text, in percent of the usual size."""
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        """Show the text at `percent` of its usual size (kept within 50–300 %, remembered).

        Only the document's default font changes: headings are sized relative to it, so they
        keep their proportion; nothing is written into the text, nor into its undo history.
        """
        percent = min(max(int(percent), OPINION_ZOOM.low), OPINION_ZOOM.high)
        if percent == self._zoom:
            return
        self._zoom = percent
        OPINION_ZOOM.set(percent)
        self._apply_zoom()
        self.zoom_changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(OPINION_ZOOM.default)

    def _usual_size(self) -> float:
        size = self.font().pointSizeF()
        return size if size > 0 else 10.0

    def _apply_zoom(self) -> None:
        document = self.document()
        font = QFont(document.defaultFont())
        font.setPointSizeF(self._base_size * self._zoom / 100)
        if font != document.defaultFont():
            document.setDefaultFont(font)  # a layout change only: no undo step, not modified
        self._layout_margins()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & CTRL:
            notches = event.angleDelta().y() / 120
            if notches:
                step = max(1, round(abs(notches))) * ZOOM_STEP
                self.set_zoom(self._zoom + (step if notches > 0 else -step))
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Qt gave the document the widget's font
            self._base_size = self._usual_size()
            self._apply_zoom()

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

    def _timed_labels(self) -> None:
        if own_turn(self.refresh_timer):
            self.refresh_labels()

    def refresh_labels(self) -> None:
        self.refresh_timer.stop()
        session = self.session
        if session is None:
            self.margin.recompute()
        else:
            self.margin.recompute(session.index.paragraphs(), session.index.numbers())

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
        self._wrap_to_view()
        self.margin.setGeometry(rect.left(), rect.top(), left, self.viewport().height())
        self.margin.update()

    def _wrap_to_view(self) -> None:
        """Lay the text out to the viewport's width if it is not already.

        QTextEdit lays its document out again on its own resize events only; changing the
        viewport margins from one of them, or resizing while hidden (a window restored
        maximized shows the page later), leaves the text laid out to a width the viewport no
        longer has: lines cut at the right edge behind a horizontal scroll bar.
        """
        width = self.viewport().width()
        if width > 0 and int(self.document().pageSize().width()) != width:
            self.setLineWrapColumnOrWidth(self.lineWrapColumnOrWidth())  # lays out again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_margins()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.session is not None and self.session.loading:
            self.session.shown()  # the first screen is painted: the rest of the text may come

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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

    def _blocks(self, uuid: UUID) -> list[QTextBlock]:
        if self.session is not None:
            return self.session.index.blocks(uuid)
        return doc.paragraph_blocks(self.document(), uuid)

    def _paragraph_text(self, uuid: UUID) -> str:
        return "".join(block.text() for block in self._blocks(uuid)).strip()

    def _first_blocks(self, uuid: UUID) -> tuple[QTextBlock, QTextBlock] | None:
        blocks = self._blocks(uuid)
        return (blocks[0], blocks[-1]) if blocks else None

    # -- keys -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if self.session is not None and self.session.loading and event.type() in _EDITING_EVENTS:
            self.session.complete()  # the rest of a long text first: never typed into half
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.session is not None
            and command_for(event) is not None
        ):
            event.accept()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & (CTRL | ALT)
            and self._heading_level() is not None
        ):
            self.run_command("demote" if event.key() == Qt.Key.Key_Tab else "promote")
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.session is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        command = command_for(event)
        if command is not None:
            self.run_command(command)
            event.accept()
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & SHIFT:
                self.textCursor().insertText(doc.SOFT_BREAK)
            else:
                self._enter()
            self.ensureCursorVisible()
            event.accept()
            return
        if key == Qt.Key.Key_Backspace and not event.modifiers() and self._backspace():
            event.accept()
            return
        if key == Qt.Key.Key_Delete and not event.modifiers() and self._delete():
            event.accept()
            return
        super().keyPressEvent(event)

    def run_command(self, command: str) -> None:
        """Carry out an editor command: undo, redo, up, down, kind:<kind>:<level>, demote,
        promote, bold, italic, list:bullet, list:number, zoom:in, zoom:out, zoom:reset."""
        if command.startswith("zoom:"):
            {"in": self.zoom_in, "out": self.zoom_out, "reset": self.reset_zoom}[command[5:]]()
            return
        session = self.session
        if session is None or self.isReadOnly():
            return
        if command in ("undo", "redo"):
            self._structural(getattr(session.undo_stack, command))
        elif command in ("up", "down"):
            self._move(-1 if command == "up" else 1)
        elif command.startswith("kind:"):
            _, kind, level_text = command.split(":")
            self._set_kind(kind, int(level_text))
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
                cursor = QTextCursor(self.document())  # a fresh one: the old may carry a format
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
            session.edit(self.tr("la fin de la liste"), lambda: fmt_ops.unlist([block]))
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
                                                  lambda: fmt_ops.unlist([block])))  # fmt: skip
            return True
        uuid = doc.block_id(block)
        previous = block.previous()
        if uuid is None or not previous.isValid() or doc.block_id(previous) == uuid:
            return False
        before = doc.block_id(previous)
        assert before is not None
        empty = not self._paragraph_text(before)
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
        if not self._paragraph_text(uuid):
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
        fmt = fmt_ops.emphasis_format(cursor, which)
        if not cursor.hasSelection():  # what is typed next
            self.mergeCurrentCharFormat(fmt)
            return
        label = self.tr("la mise en gras") if which == "bold" else self.tr("la mise en italique")
        self._structural(
            lambda: session.edit(label, lambda: fmt_ops.apply_emphasis(cursor, which, fmt))
        )

    def _toggle_list(self, style: str) -> None:
        session = self.session
        assert session is not None
        cursor = self.textCursor()
        label = self.tr("la liste à puces") if style == "bullet" else self.tr("la liste numérotée")
        self._structural(lambda: session.edit(label, lambda: fmt_ops.toggle_list(cursor, style)))

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
        if self.session is not None:
            self.session.complete()
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
        stack = self.session.undo_stack if self.session is not None else None
        return context_menu(self, stack, self.run_command)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


if TYPE_CHECKING:  # the editor is what its margin expects of the text edit it is painted in
    _MARGIN_EDITOR: type[MarginEditor] = OpinionTextEdit
