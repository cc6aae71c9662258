"""Comment threads beside the text: those on the current paragraph (or all), replies, resolving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import CommentRecord, CommentThread
from deliberation.ui.kit.dates import moment
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import hide_unless
from deliberation.ui.kit.widgets import heading_label, muted_label
from deliberation.ui.opinions.opinion_session import COMMENTS, OpinionSession
from deliberation.ui.opinions.review_cards import (
    Card,
    LiveText,
    ReviewsParagraphs,
    muted,
    rich_label,
    text_html,
)

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.ui.kit.messages import MessageService

REPLY_INDENT = 20


def written_at(when: datetime) -> str:
    """« 12/03/2026 à 14:05 », in local time (a naive moment is UTC, as the store keeps it)."""
    return moment(when if when.tzinfo else when.replace(tzinfo=UTC))


def link_button(text: str, slot: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ThreadCard(Card):
    """A thread: its first comment, its replies indented, and its buttons.

    Attributes:
        comment_thread: the CommentThread shown.
        reply_button, resolve_button: « Répondre » and « Résoudre »/« Rouvrir ».
        delete_buttons: comment id → its « Supprimer » button.
    """

    def __init__(
        self, panel: CommentsPanel, thread: CommentThread, where: str, parent: QWidget
    ) -> None:
        super().__init__(thread.first.id, parent)
        self.comment_thread = thread
        self.setProperty("resolved", thread.resolved)
        self.delete_buttons: dict[int, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(4)
        if where:
            layout.addWidget(rich_label(where))
        comments = [thread.first] if thread.resolved else [thread.first, *thread.replies]
        for comment in comments:
            layout.addLayout(self._comment(panel, comment, comment is not thread.first))
        if thread.resolved and thread.replies:
            count = len(thread.replies)
            hidden = self.tr("%1 réponse(s) masquée(s)").replace("%1", str(count))
            layout.addWidget(muted_label(hidden))
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.reply_button = link_button(self.tr("Répondre"), lambda: panel.reply_to(thread))
        self.resolve_button = link_button(
            self.tr("Rouvrir") if thread.resolved else self.tr("Résoudre"),
            lambda: panel.set_resolved(thread, not thread.resolved),
        )
        self.reply_button.setVisible(not thread.resolved and panel.writable)
        self.resolve_button.setVisible(panel.writable)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if thread.resolved:
            self.setToolTip(self.tr("Fil résolu"))

    def _comment(self, panel: CommentsPanel, comment: CommentRecord, reply: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(REPLY_INDENT if reply else 0, 0, 0, 0)
        head = f"<b>{escape(comment.author)}</b>"
        if comment.organisation_acronym:  # came back in an organisation's returned Word file
            head += f" ({escape(comment.organisation_acronym)})"
        head += f" {muted(escape(written_at(comment.written_at)))}"
        if self.comment_thread.resolved:
            head += " " + muted(escape(self.tr("· résolu")))
        parts = [head]
        if comment.anchor:
            quote = self.tr("« %1 »").replace("%1", comment.anchor)
            parts.append(f"<i>{muted(escape(quote))}</i>")
        text = comment.text
        if self.comment_thread.resolved:
            first = text.split("\n", 1)[0]
            text = first if len(first) <= 120 else first[:120].rstrip() + "…"
        parts.append(muted(text_html(text)) if self.comment_thread.resolved else text_html(text))
        label = rich_label("<br>".join(parts))
        label.setObjectName(f"comment_{comment.id}")
        row.addWidget(label, 1)
        delete = link_button("✕", lambda: panel.delete(self.comment_thread, comment))
        delete.setToolTip(self.tr("Supprimer ce commentaire"))
        delete.setAccessibleName(self.tr("Supprimer"))
        self.delete_buttons[comment.id] = delete
        row.addWidget(delete, 0, Qt.AlignmentFlag.AlignTop)
        return row


class CommentsPanel(ReviewsParagraphs, QWidget):
    """The comment threads of the opinion being edited; every change is one undo step of the
    session's stack.

    `CommentsPanel(opinions, messages, parent=None)`; `set_session(session)` chooses the opinion,
    `show_paragraph(uuid)` the paragraph whose threads are shown. « Tous les paragraphes »
    lists every thread with its paragraph; resolved threads are folded and shown only with
    « Afficher les résolus ». Ctrl+Entrée sends what is typed (a new thread, or the reply).

    Signals:
        go_to(UUID): the user wants to see that paragraph in the text.
        count_changed(int): how many threads are open, after every reload (for a tab title).

    Attributes:
        all_paragraphs, show_resolved: the two check boxes.
        cards: thread id → its ThreadCard, as shown now.
        editor: where a comment is typed; send_button sends it.
        replying: the thread being answered (None: a new thread).
    """

    TOPIC = COMMENTS
    go_to = Signal(object)
    count_changed = Signal(int)

    def __init__(
        self, opinions: Opinions, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.messages = messages
        self.session: OpinionSession | None = None
        self.paragraph: UUID | None = None
        self.replying: CommentThread | None = None
        self.anchor = ""
        self.cards: dict[int, ThreadCard] = {}
        self.writable = True  # False: the connected role may not comment (see allow_writes)
        self._threads: list[CommentThread] = []
        self._start_following()

        self.title = heading_label()
        self.all_paragraphs = QCheckBox(self.tr("Tous les para&graphes"))
        self.show_resolved = QCheckBox(self.tr("Afficher les &résolus"))
        self.all_paragraphs.toggled.connect(self._render)
        self.show_resolved.toggled.connect(self._render)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = muted_label()
        self.hidden_note = muted_label()

        self.reply_note = muted_label()
        self.cancel_reply = link_button(self.tr("Annuler la réponse"), self.new_thread)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(72)
        self.editor.setPlaceholderText(self.tr("Écrire un commentaire… (Ctrl+Entrée pour envoyer)"))
        self.send_button = QPushButton(self.tr("Envoyer"))
        self.send_button.clicked.connect(self.send)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self.editor, self.send)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        toggles = FlowLayout()  # wraps in a narrow side panel rather than widen the window
        toggles.addWidget(self.all_paragraphs)
        toggles.addWidget(self.show_resolved)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_note, 1)
        reply_row.addWidget(self.cancel_reply)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(toggles)
        layout.addWidget(self.area, 1)
        layout.addLayout(reply_row)
        layout.addWidget(self.editor)
        layout.addLayout(send_row)
        self.set_session(None)

    def allow_writes(self, allowed: bool) -> None:
        """For a role that may not change opinions: no box to write in, no reply nor resolve
        (the threads stay readable)."""
        self.writable = allowed
        hide_unless(allowed, self.editor, self.send_button, self.cancel_reply)
        self._render()

    # -- what is shown --------------------------------------------------------------------------

    def _forget_paragraph(self) -> None:
        super()._forget_paragraph()
        self.replying = None

    def _paragraph_moved(self) -> None:
        """Show the threads of the new paragraph, and type a new thread on it unless all are
        listed (the compose note follows the paragraph either way)."""
        if self.replying is not None and not self.all_paragraphs.isChecked():
            self.replying = None
        self._render()

    def set_anchor(self, words: str) -> None:
        """The words selected in the text: a new thread will be about them ('' for none)."""
        self.anchor = " ".join(words.split())
        self._follow_compose()

    def reload(self) -> None:
        """Read the threads again from the store."""
        if self.session is None:
            self._threads, self._aliases = [], {}
        else:
            self._threads = self.opinions.threads(self.session.opinion_id)
            self._aliases = self.opinions.moved_aliases(self.session.opinion_id)
        if self.replying is not None:
            self.replying = next(
                (t for t in self._threads if t.first.id == self.replying.first.id), None
            )
        self.count_changed.emit(self.open_count())
        self._refresh_view()

    def open_count(self) -> int:
        """How many threads of the opinion are still open."""
        return sum(1 for t in self._threads if not t.resolved)

    def _needs_render(self, old: LiveText, new: LiveText) -> bool:
        return [k[:3] for k in old.key] != [k[:3] for k in new.key]  # numbers may move

    def visible_threads(self) -> tuple[list[CommentThread], int]:
        """The threads listed now, in the order of the text, and how many resolved are hidden."""
        every = self.all_paragraphs.isChecked()
        here = self.paragraph
        found = [
            t
            for t in self._threads
            if every or (here is not None and self._live.resolve(t.first.paragraph_uuid) == here)
        ]
        hidden = 0
        if not self.show_resolved.isChecked():
            hidden = sum(1 for t in found if t.resolved)
            found = [t for t in found if not t.resolved]
        found.sort(key=lambda t: (self._live.position(t.first.paragraph_uuid), t.first.id))
        return found, hidden

    def _render(self, *_args: object) -> None:
        every = self.all_paragraphs.isChecked()
        label = self._live.label(self.paragraph)
        if every:
            self.title.setText(self.tr("Commentaires de l'avis"))
        elif label:
            self.title.setText(self.tr("Commentaires — %1").replace("%1", label))
        else:
            self.title.setText(self.tr("Commentaires"))
        threads, hidden = self.visible_threads()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        self.cards = {}
        for thread in threads:
            where = ""
            if every:
                live = self._live.resolve(thread.first.paragraph_uuid)
                where = (
                    f"<span style='color:#1f3f73;'>{escape(self._live.label(live))}</span>"
                    if live
                    else f"<span style='color:#8c1d16;'>{escape(self.tr('paragraphe supprimé'))}"
                    "</span>"
                )
            card = ThreadCard(self, thread, where, inner)
            card.clicked.connect(self._clicked)
            card.set_selected(self.replying is not None and self.replying.first.id == card.key)
            self.cards[thread.first.id] = card
            column.addWidget(card)
        if not threads:
            if every:
                self.empty.setText(self.tr("Aucun commentaire ouvert sur cet avis."))
            elif self.paragraph is None:
                self.empty.setText(
                    self.tr("Placez le curseur dans un paragraphe pour voir ses commentaires.")
                )
            else:
                self.empty.setText(self.tr("Aucun commentaire ouvert sur ce paragraphe."))
            column.addWidget(self.empty)
        if hidden:
            self.hidden_note.setText(
                self.tr("%1 fil(s) résolu(s) masqué(s)").replace("%1", str(hidden))
            )
            column.addWidget(self.hidden_note)
        column.addStretch(1)
        old = self.area.takeWidget()
        self.empty.setParent(None)
        self.hidden_note.setParent(None)
        if old is not None:
            old.deleteLater()
        self.area.setWidget(inner)
        self._follow_compose()

    def _follow_compose(self) -> None:
        """Where what is typed goes: a reply, or a new thread on the current paragraph."""
        if self.replying is not None:
            first = self.replying.first
            start = " ".join(first.text.split())
            start = start if len(start) <= 60 else start[:60].rstrip() + "…"
            self.reply_note.setText(
                self.tr("Réponse à %1 : « %2 »").replace("%1", first.author).replace("%2", start)
            )
        elif self.paragraph is not None and self._live.paragraph(self.paragraph) is not None:
            note = self.tr("Nouveau commentaire sur : %1").replace(
                "%1", self._live.label(self.paragraph)
            )
            if self.anchor:
                words = self.anchor if len(self.anchor) <= 60 else self.anchor[:60] + "…"
                note += self.tr(", à propos de « %1 »").replace("%1", words)
            self.reply_note.setText(note)
        else:
            self.reply_note.setText("")
        self.cancel_reply.setVisible(self.replying is not None and self.writable)
        self.editor.setPlaceholderText(
            self.tr("Écrire une réponse… (Ctrl+Entrée pour envoyer)")
            if self.replying is not None
            else self.tr("Écrire un commentaire… (Ctrl+Entrée pour envoyer)")
        )
        can_write = self.session is not None and (
            self.replying is not None or self._live.paragraph(self.paragraph) is not None
        )
        self.editor.setEnabled(can_write)
        self.send_button.setEnabled(can_write)

    def _clicked(self, key: object) -> None:
        thread = next((t for t in self._threads if t.first.id == key), None)
        self._show_in_text(thread.first.paragraph_uuid if thread else None)

    # -- changes (each one undo step) -----------------------------------------------------------

    def reply_to(self, thread: CommentThread) -> None:
        """What is typed next answers `thread`."""
        self.replying = thread
        for key, card in self.cards.items():
            card.set_selected(key == thread.first.id)
        self._follow_compose()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_thread(self) -> None:
        """What is typed next starts a thread on the current paragraph."""
        self.replying = None
        for card in self.cards.values():
            card.set_selected(False)
        self._follow_compose()

    def send(self) -> bool:
        """Post what is typed (a reply or a new thread); False when refused (the user is told)."""
        session = self.session
        text = self.editor.toPlainText()
        if session is None or not text.strip():
            return False
        reply = self.replying
        try:
            if reply is None:
                if self.paragraph is None or not session.flush():  # the paragraph may be new
                    return False
                record = self.opinions.new_comment(
                    session.opinion_id, self.paragraph, text, anchor=self.anchor
                )
            else:
                record = self.opinions.new_comment(
                    session.opinion_id, reply.first.paragraph_uuid, text, reply_to=reply.first
                )
            session.record_command(
                self.tr("le commentaire") if reply is None else self.tr("la réponse"),
                frozenset({COMMENTS}),
                None,
                record,
                self.opinions.apply_comment,
                self.opinions.remove_comment,
            )
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return False
        self.editor.clear()
        self.anchor = ""
        self.new_thread()
        return True

    def set_resolved(self, thread: CommentThread, resolved: bool) -> None:
        session = self.session
        if session is None:
            return
        after = self.opinions.with_resolved(thread.first, resolved)
        try:
            session.record_command(
                self.tr("la résolution du fil") if resolved else self.tr("la réouverture du fil"),
                frozenset({COMMENTS}),
                thread.first,
                after,
                self.opinions.apply_comment,
                self.opinions.remove_comment,
            )
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))

    def delete(self, thread: CommentThread, comment: CommentRecord) -> None:
        """Delete a reply, or a whole thread when its first comment is deleted."""
        session = self.session
        if session is None:
            return
        whole = comment.id == thread.first.id
        items = (thread.first, *thread.replies) if whole else (comment,)
        if (
            whole
            and thread.replies
            and not self.messages.confirm(
                self,
                self.tr("Supprimer ce fil et ses %1 réponse(s) ?").replace(
                    "%1", str(len(thread.replies))
                ),
                self.tr("Supprimer"),
            )
        ):
            return

        def apply(kept: tuple[CommentRecord, ...]) -> tuple[CommentRecord, ...]:
            if kept:  # the undo: write them back, the first comment before its replies
                return tuple(self.opinions.apply_comment(c) for c in kept)
            for item in reversed(items):
                self.opinions.remove_comment(item)
            return ()

        try:
            session.record_command(
                self.tr("la suppression du fil")
                if whole
                else self.tr("la suppression du commentaire"),
                frozenset({COMMENTS}),
                items,
                (),
                apply,
                lambda _gone: None,
            )
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        if self.replying is not None and self.replying.first.id == thread.first.id and whole:
            self.new_thread()
