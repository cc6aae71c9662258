"""One opinion open for editing: its document, one undo stack for everything, and the autosave."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoCommand, QUndoStack

from deliberation.errors import ConflictError, DeliberationError
from deliberation.records.opinions import Paragraph, TextChange
from deliberation.ui.kit.editor import SnapshotCommand
from deliberation.ui.kit.localize import error_text
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.opinions.text.index import TextIndex

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500  # what is typed reaches the store within about two seconds of idle
FIRST_PART = 40
"""A text longer than this many paragraphs is loaded in parts: these first (the first screens,
shown and editable at once), then LOAD_PART more at each turn of the event loop."""
LOAD_PART = 100

TEXT = "text"
AMENDMENTS = "amendments"
COMMENTS = "comments"
VERSIONS = "versions"
OPINION = "opinion"
ALL_TOPICS = frozenset({TEXT, AMENDMENTS, COMMENTS, VERSIONS, OPINION})

_OPEN: dict[tuple[str, int], dict[int, weakref.ref[OpinionSession]]] = {}
"""The sessions open in this process, by (store location, opinion)."""


_TURN_TAKEN = [False]


_USUAL = "deliberationUsualInterval"


def own_turn(timer: QTimer) -> bool:
    """Whether a refresh whose `timer` just fired may run now: one refresh per turn of the
    event loop. The outline, the word count, the margin, the positions and the review panels
    all wait the same pause, so their timers fire together; the first runs, each other one
    starts its timer again for the next turn, so that their costs never add up in one frame
    (the timer stays active until its refresh has run, then gets its usual interval back)."""
    if _TURN_TAKEN[0]:
        if timer.property(_USUAL) is None:
            timer.setProperty(_USUAL, timer.interval())
        timer.start(1)
        return False
    usual = timer.property(_USUAL)
    if usual is not None:
        timer.setProperty(_USUAL, None)
        if not timer.isActive():
            timer.setInterval(int(usual))
    _TURN_TAKEN[0] = True
    QTimer.singleShot(0, _next_turn)
    return True


def _next_turn() -> None:
    _TURN_TAKEN[0] = False


class DocumentCommand(QUndoCommand):
    """One step of the document's own undo history, replayed through the session's stack."""

    def __init__(self, session: OpinionSession, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._session.replaying(self._session.document.redo)

    def undo(self) -> None:
        self._session.replaying(self._session.document.undo)


class OpinionSession(QObject):
    """An opinion's text in a QTextDocument, saved to the store shortly after each change.

    Every change — typing, structure, an accepted amendment, a comment, a frozen version — goes
    through `undo_stack`, so that Ctrl+Z undoes them in the order they were made. Widgets
    editing the document must route undo and redo here, never to the document itself.

    Signals:
        changed(frozenset[str]): TEXT, AMENDMENTS, COMMENTS, VERSIONS or OPINION changed.
        failed(str): one French sentence (a save or an undo could not be done).
        replayed(str): an undo or redo was applied (for the status bar).
        saved(): the text reached the store.
        notice(str): one French sentence (the opinion is open or was saved elsewhere).
    """

    changed = Signal(object)
    failed = Signal(str)
    notice = Signal(str)
    replayed = Signal(str)
    saved = Signal()
    loaded = Signal()

    def __init__(self, opinions: Opinions, opinion_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.opinion_id = opinion_id
        self.undo_stack = QUndoStack(self)
        self.document = doc.new_document(self)
        self.merges: dict[UUID, UUID] = {}
        self.splits: dict[UUID, UUID] = {}
        self._label = ""
        self._replaying = False
        self._index = TextIndex(self.document, self)
        self._loading: list[Paragraph] = []  # the text read, while it is loaded in parts
        self._rest = 0  # how many of its paragraphs are still to be written
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_part)
        self._saved: dict[UUID, Paragraph] = {}  # as stored (the index's own readings, shared)
        self._saved_order: list[UUID] = []
        self.reordered = False  # whether the last save made paragraphs come, go or move
        self.revision = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.document.undoCommandAdded.connect(self._document_step)
        self.document.contentsChanged.connect(self._touched)
        self._told_revision = 0
        self.reload()
        self._register()

    # -- loading and saving ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the text from the store again (the undo history starts afresh).

        A long text is written into the document in parts: the first screens at once, the rest
        at the following turns of the event loop (`loading` until then, `loaded` at the end).
        Anything that reads or edits the text first writes the rest (`complete`): the editor
        does on the first key, so typing never meets a half-loaded text, and the undo history
        starts with the whole text.
        """
        text = self.opinions.text(self.opinion_id)
        self.revision = text.revision
        self.timer.stop()
        self._load_timer.stop()
        self.undo_stack.clear()
        paragraphs = list(text.paragraphs)
        self._loading = paragraphs
        first = paragraphs if len(paragraphs) <= FIRST_PART else paragraphs[:FIRST_PART]
        doc.begin_load(self.document, first)
        self._rest = len(paragraphs) - len(first)
        self._saved = {p.uuid: p for p in paragraphs}
        self._saved_order = [p.uuid for p in paragraphs]
        self.merges.clear()
        self.splits.clear()
        if not self._rest:
            self._end_load()
        self.changed.emit(ALL_TOPICS)

    @property
    def loading(self) -> bool:
        """Whether part of the text is still to be written into the document."""
        return bool(self._rest) or bool(self._loading)

    @property
    def index(self) -> TextIndex:
        """The paragraphs of the document (the whole text: it finishes loading first)."""
        if self._loading:
            self.complete()
        return self._index

    def shown(self) -> None:
        """The first part of a long text is on screen: write the rest at the next turns of the
        event loop (not before that first paint). Until then it is written only on demand."""
        if self._rest and not self._load_timer.isActive():
            self._load_timer.start(0)

    def complete(self) -> None:
        """Write now what is left of a text being loaded in parts."""
        if not self._loading:
            return
        self._load_timer.stop()
        if self._rest:
            doc.load_more(self.document, self._loading[-self._rest :])
            self._rest = 0
        self._end_load()

    def _load_part(self) -> None:
        if not self._rest:
            return
        start = len(self._loading) - self._rest
        part = self._loading[start : start + LOAD_PART]
        doc.load_more(self.document, part)
        self._rest -= len(part)
        if self._rest:
            self._load_timer.start(0)
        else:
            self._end_load()

    def _end_load(self) -> None:
        paragraphs, self._loading = self._loading, []
        doc.end_load(self.document)
        self._index.rebuild(paragraphs)
        self.loaded.emit()

    @property
    def dirty(self) -> bool:
        if self.timer.isActive():
            return True
        try:
            changed, order = self._changes()
        except DeliberationError:
            return True
        return bool(changed) or order is not None

    def paragraphs(self) -> list[Paragraph]:
        """The text as the document holds it now (saved or not)."""
        return self.index.paragraphs()

    def _changes(self) -> tuple[list[Paragraph], list[UUID] | None]:
        """The paragraphs that differ from the stored ones (cleaned), and the order if it
        changed: only the paragraphs touched since the last save are read and compared."""
        order = self.index.order()
        touched = [
            p for u in self.index.unsaved if u in self.index and (p := self.index.paragraph(u))
        ]
        changed = [p for p in self.opinions.cleaned(touched) if self._saved.get(p.uuid) != p]
        return changed, (order if order != self._saved_order else None)

    def flush(self) -> bool:
        """Write the text now if it changed; False if it could not be (the user is told).

        Only what changed since the last save is read, compared and written (a few rows while
        typing), so that the autosave of a long text stays well under a frame.
        """
        self.timer.stop()
        try:
            touched = set(self.index.unsaved)
            changed, order = self._changes()
            if not changed and order is None:
                self.index.mark_saved(touched)
                return True
            revision, stored = self.opinions.save_changes(
                self.opinion_id, changed, order, self.revision, self.merges, self.splits
            )
        except ConflictError as exc:
            self._keep_after_conflict(tuple(self.paragraphs()), error_text(exc))
            return False
        except DeliberationError as exc:
            log.warning("autosave failed: %s", exc)
            self.failed.emit(
                self.tr("Le texte n'a pas pu être enregistré : %1 Il reste affiché ; un nouvel "
                        "essai aura lieu à la prochaine modification.")
                .replace("%1", error_text(exc))
            )  # fmt: skip
            return False
        self.revision = revision
        self.reordered = order is not None
        self.index.mark_saved(touched)
        for paragraph in stored:
            self._saved[paragraph.uuid] = paragraph
        if order is not None:
            kept = set(order)
            self._saved = {u: p for u, p in self._saved.items() if u in kept}
            self._saved_order = list(order)
        self.saved.emit()
        return True

    def prepare_saving(self) -> None:
        """Ready the autosave ahead (for a long text, once it is loaded): its first save after
        an Entrée then takes no longer than the next ones. A failure is left to the save."""
        try:
            self.opinions.prepare_saves(self.opinion_id)
        except DeliberationError as exc:
            log.info("autosave not prepared: %s", exc)

    def _keep_after_conflict(self, paragraphs: tuple[Paragraph, ...], reason: str) -> None:
        """Another session saved first: what was typed here becomes proposed amendments on the
        stored text (never a version, whose numbering is circulated), then the text reloads."""
        try:
            base = [self._saved[uuid] for uuid in self._saved_order if uuid in self._saved]
            kept = self.opinions.keep_as_proposals(self.opinion_id, paragraphs, base)
        except DeliberationError as exc:
            self.failed.emit(
                self.tr("%1 Votre texte n'a pas pu être gardé comme proposition (%2) : il reste "
                        "affiché ; copiez-le avant de changer d'avis.")
                .replace("%1", reason).replace("%2", error_text(exc))
            )  # fmt: skip
            return
        if kept.count == 0:
            message = self.tr("%1 Le texte enregistré est rechargé.").replace("%1", reason)
        elif kept.as_comments:
            message = (
                self.tr("%1 Vos modifications sont gardées comme %2 commentaire(s) à votre nom "
                        "(onglet « Commentaires ») ; le texte enregistré est rechargé.")
                .replace("%1", reason).replace("%2", str(kept.count))
            )  # fmt: skip
        else:
            message = (
                self.tr("%1 Vos modifications sont gardées comme %2 proposition(s) d'amendement "
                        "à votre nom (onglet « Amendements ») ; le texte enregistré est rechargé.")
                .replace("%1", reason).replace("%2", str(kept.count))
            )  # fmt: skip
        self.failed.emit(message)
        self.reload()

    # -- other sessions on the same opinion -----------------------------------------------------

    def _register(self) -> None:
        key = (self.opinions.store.location, self.opinion_id)
        entries = _OPEN.setdefault(key, {})
        others = self.others()
        entries[id(self)] = weakref.ref(self)
        mine = id(self)
        self.destroyed.connect(lambda *_: _OPEN.get(key, {}).pop(mine, None))
        for other in others:
            other.notice.emit(
                self.tr("Cet avis vient d'être ouvert une seconde fois : ce qui sera tapé dans "
                        "l'une des fenêtres après un enregistrement de l'autre sera gardé comme "
                        "proposition d'amendement.")
            )  # fmt: skip

    def others(self) -> list[OpinionSession]:
        """The other sessions of this process open on the same opinion."""
        key = (self.opinions.store.location, self.opinion_id)
        found = (ref() for mine, ref in _OPEN.get(key, {}).items() if mine != id(self))
        return [session for session in found if session is not None]

    def catch_up(self) -> bool:
        """Another client changed this opinion: read the text again if it was saved elsewhere
        and nothing typed here waits (True), else only refresh its amendments and comments.
        What is being typed is never replaced: its save keeps it as proposals if need be."""
        if self.dirty or self._rest:
            return False
        try:
            revision = self.opinions.text_revision(self.opinion_id)
        except DeliberationError:
            return False
        if revision != self.revision:
            self.reload()
            return True
        self.changed.emit(frozenset({AMENDMENTS, COMMENTS}))
        return False

    def _check_elsewhere(self) -> None:
        """At the first change after a pause: if the stored text was saved by someone else
        since it was read here, say so once (what is typed will become proposals)."""
        try:
            revision = self.opinions.text_revision(self.opinion_id)
        except DeliberationError:
            return
        if revision != self.revision and revision != self._told_revision:
            self._told_revision = revision
            self.notice.emit(
                self.tr("Cet avis a été enregistré entre-temps dans une autre fenêtre ou sur un "
                        "autre poste : ce que vous tapez ici sera gardé comme proposition "
                        "d'amendement, puis le texte enregistré sera rechargé.")
            )  # fmt: skip

    def _touched(self) -> None:
        if not self.document.isUndoRedoEnabled():  # loading
            return
        if not self.timer.isActive():
            self._check_elsewhere()
        self.timer.start()
        if not self._replaying:
            self.changed.emit(frozenset({TEXT}))

    # -- the one undo stack ---------------------------------------------------------------------

    def _document_step(self) -> None:
        if self._replaying:
            return
        label = self._label or self.tr("la saisie")
        self.undo_stack.push(DocumentCommand(self, label))

    def replaying(self, action: Callable[[], None]) -> None:
        self._replaying = True
        try:
            action()
        finally:
            self._replaying = False
        self.changed.emit(frozenset({TEXT}))

    def edit(self, label: str, action: Callable[[], Any]) -> Any:
        """Run a structural change of the document as one undo step named `label`."""
        self.complete()
        self._label = label
        try:
            return action()
        finally:
            self._label = ""

    def push(self, command: SnapshotCommand[Any]) -> Any:
        """Apply a record command (errors reach the caller, nothing is pushed) and stack it."""
        result = command.first_apply()
        self.undo_stack.push(command)
        self.changed.emit(command.topics)
        return result

    def record_command(
        self,
        text: str,
        topics: frozenset[str],
        before: Any,
        after: Any,
        apply: Callable[[Any], Any],
        remove: Callable[[Any], None],
    ) -> Any:
        """Apply and stack a change of a record (amendment, comment, version…): `before` None
        for a creation (undo calls `remove`)."""
        return self.push(SnapshotCommand(self, text, topics, before, after, apply, remove))

    # -- structural operations (each one undo step) ---------------------------------------------

    def split(self, cursor: QTextCursor) -> UUID:
        origin = doc.block_id(cursor.block())
        new = self.edit(self.tr("le nouveau paragraphe"), lambda: doc.split(cursor))
        if origin is not None:
            self.splits[new] = origin
        return new

    def merge(self, first: UUID, second: UUID) -> bool:
        done = self.edit(
            self.tr("la fusion de deux paragraphes"),
            lambda: doc.merge(self.document, first, second, finder=self.index),
        )
        if done:
            self.merges[second] = first
        return bool(done)

    def move(self, uuid: UUID, delta: int) -> bool:
        return bool(
            self.edit(
                self.tr("le déplacement du paragraphe"),
                lambda: doc.move(self.document, uuid, delta, finder=self.index),
            )
        )

    def set_kind(self, uuid: UUID, kind: str, level: int = 1) -> None:
        self.edit(
            self.tr("le changement de type du paragraphe"),
            lambda: doc.set_kind(self.document, uuid, kind, level, finder=self.index),
        )

    def apply_change(self, change: TextChange, label: str) -> None:
        """Apply an accepted amendment's change to the text as one undo step."""
        self.edit(label, lambda: doc.apply_change(self.document, change, finder=self.index))

    def replace_all(self, paragraphs: Sequence[Paragraph], label: str) -> None:
        """Replace the whole text (restore a version) as one undo step."""
        self.edit(label, lambda: doc.replace_all(self.document, paragraphs))

    def insert_pasted(self, cursor: QTextCursor, pasted: Sequence[Sequence[str]]) -> None:
        self.edit(self.tr("le collage"), lambda: doc.insert_pasted(cursor, pasted))

    def close(self) -> bool:
        """Save what is pending before the session goes away; False if it could not be."""
        return self.flush()
