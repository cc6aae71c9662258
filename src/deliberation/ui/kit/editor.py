"""Undoable edits of the referential, meetings and positions on one undo stack, and change news."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from deliberation.errors import DeliberationError
from deliberation.records.positions import ConsultationArchive
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.localize import error_text

if TYPE_CHECKING:
    from deliberation.records.access import Capabilities
    from deliberation.records.meetings import ActionRecord, MeetingSnapshot
    from deliberation.records.positions import ConsultationSnapshot, PositionRecord
    from deliberation.records.referential import DelegateRecord, GroupRecord, OrganisationSnapshot
    from deliberation.services.root import Root

log = logging.getLogger(__name__)

S = TypeVar("S")

ORGANISATIONS = "organisations"
DELEGATES = "delegates"
GROUPS = "groups"
MEETINGS = "meetings"
ACTIONS = "actions"
CONSULTATIONS = "consultations"
POSITIONS = "positions"
OPINIONS = "opinions"
EVERYTHING = frozenset(
    {ORGANISATIONS, DELEGATES, GROUPS, MEETINGS, ACTIONS, CONSULTATIONS, POSITIONS, OPINIONS}
)


_DeletedMeeting = tuple["MeetingSnapshot", tuple["ActionRecord", ...], list[int]]
"""A deleted meeting, its actions and the ids of the consultations opened for it."""


class CommandHost(Protocol):
    """Where a SnapshotCommand reports: an Editor, or an opinion's session (see those)."""

    @property
    def changed(self) -> SignalInstance: ...

    @property
    def failed(self) -> SignalInstance: ...

    @property
    def replayed(self) -> SignalInstance: ...

    def tr(self, text: str, /) -> str: ...


class SnapshotCommand(QUndoCommand, Generic[S]):
    """Moves one record between two snapshots: `before` on undo, `after` on redo.

    `before` None means the edit created the record (undo removes it). The snapshots returned by
    `apply` are kept, so that redoing a creation recreates the record with the same id and UUID.
    The command is applied once by `Editor.push` before it enters the stack; a failure then
    reaches the caller and nothing is pushed. A later failure makes the command obsolete (the
    stack drops it) and is reported through the editor.
    """

    def __init__(
        self,
        editor: CommandHost,
        text: str,
        topics: frozenset[str],
        before: S | None,
        after: S,
        apply: Callable[[S], S],
        remove: Callable[[S], object],
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self.topics = topics
        self.before = before
        self.after = after
        self._apply = apply
        self._remove = remove
        self._skip_redo = False

    def first_apply(self) -> S:
        """Apply the edit for the first time; errors reach the caller."""
        self.after = self._apply(self.after)
        self._skip_redo = True
        return self.after

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._guarded(lambda: setattr(self, "after", self._apply(self.after))):
            self._editor.replayed.emit(self._editor.tr("Rétabli : %1.").replace("%1", self.text()))

    def undo(self) -> None:
        if self.before is None:
            done = self._guarded(lambda: self._remove(self.after))
        else:
            before = self.before
            done = self._guarded(lambda: setattr(self, "before", self._apply(before)))
        if done:
            self._editor.replayed.emit(self._editor.tr("Annulé : %1.").replace("%1", self.text()))

    def _guarded(self, action: Callable[[], object]) -> bool:
        """Run an undo or redo; False (the failure reported) when it could not be applied."""
        try:
            action()
        except DeliberationError as exc:
            log.warning("undo/redo of %r failed: %s", self.text(), exc)
            self.setObsolete(True)
            self._editor.failed.emit(error_text(exc))
            self._editor.changed.emit(EVERYTHING)
            return False
        self._editor.changed.emit(self.topics)
        return True


@dataclass(frozen=True)
class Operation(Generic[S]):
    """How one kind of record is created, edited and deleted as undo steps.

    `service` is the editor's attribute holding the use cases, `apply` and `remove` the names of
    its methods that store a snapshot and take it out. `create`, `edit` and `delete` word the
    undo step, « %1 » standing for `name` of the record. `topics` is what a creation or a deletion
    changes; `edit_topics` and `delete_topics`, when given, what an edit or a deletion does.
    """

    service: str
    apply: str
    remove: str
    name: Callable[[S], str]
    topics: frozenset[str]
    create: str = ""
    edit: str = ""
    delete: str = ""
    edit_topics: frozenset[str] | None = None
    delete_topics: frozenset[str] | None = None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# fmt: off
ORGANISATION: Operation[OrganisationSnapshot] = Operation(
    "referential", "apply_organisation", "remove_organisation", lambda r: r.acronym,
    frozenset({ORGANISATIONS}), edit_topics=EVERYTHING,  # an acronym shows everywhere
    create=str(QT_TRANSLATE_NOOP("Editor", "la création de l'organisation %1")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification de l'organisation %1")),
)
DELEGATE: Operation[DelegateRecord] = Operation(
    "referential", "apply_delegate", "remove_delegate", lambda r: r.full_name,
    frozenset({DELEGATES, ORGANISATIONS}), edit_topics=EVERYTHING,
    create=str(QT_TRANSLATE_NOOP("Editor", "l'ajout du délégué %1")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification du délégué %1")),
)
GROUP: Operation[GroupRecord] = Operation(
    "referential", "apply_group", "remove_group", lambda r: r.name, frozenset({GROUPS}),
    create=str(QT_TRANSLATE_NOOP("Editor", "la création du groupe « %1 »")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification du groupe « %1 »")),
)
MEETING: Operation[MeetingSnapshot] = Operation(
    "meetings", "apply_meeting", "remove_meeting", lambda r: numeric_date(r.day),
    frozenset({MEETINGS}), delete_topics=frozenset({MEETINGS, ACTIONS, CONSULTATIONS}),
    create=str(QT_TRANSLATE_NOOP("Editor", "la création de la séance du %1")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification de la séance du %1")),
    delete=str(QT_TRANSLATE_NOOP("Editor", "la suppression de la séance du %1")),
)
ACTION: Operation[ActionRecord] = Operation(
    "meetings", "apply_action", "remove_action", lambda r: _short(r.title), frozenset({ACTIONS}),
    create=str(QT_TRANSLATE_NOOP("Editor", "l'ajout de l'action « %1 »")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification de l'action « %1 »")),
    delete=str(QT_TRANSLATE_NOOP("Editor", "la suppression de l'action « %1 »")),
)
CONSULTATION: Operation[ConsultationSnapshot] = Operation(
    "positions", "apply_consultation", "remove_consultation", lambda r: _short(r.title),
    frozenset({CONSULTATIONS}),
    edit_topics=frozenset({CONSULTATIONS, POSITIONS}),
    delete_topics=frozenset({CONSULTATIONS, POSITIONS}),
    create=str(QT_TRANSLATE_NOOP("Editor", "la création de la consultation « %1 »")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification de la consultation « %1 »")),
    delete=str(QT_TRANSLATE_NOOP("Editor", "la suppression de la consultation « %1 »")),
)
POSITION: Operation[PositionRecord] = Operation(
    "positions", "apply_position", "remove_position", lambda r: r.organisation_acronym,
    frozenset({POSITIONS, CONSULTATIONS}),
    create=str(QT_TRANSLATE_NOOP("Editor", "la position saisie pour %1")),
    edit=str(QT_TRANSLATE_NOOP("Editor", "la modification de la position pour %1")),
    delete=str(QT_TRANSLATE_NOOP("Editor", "le retrait de la position pour %1")),
)
# fmt: on


class Editor(QObject):
    """Applies the referential's edits through one undo stack and says what changed.

    The edits of a record follow its `Operation` (ORGANISATION, DELEGATE, GROUP, MEETING,
    ACTION, CONSULTATION, POSITION) through `create`, `edit` and `delete`; the named methods
    (`create_group`…) are those, typed, plus the edits that need more than one service.

    Signals:
        changed(frozenset[str]): after every edit, undo or redo, the topics that changed
            (ORGANISATIONS, DELEGATES, GROUPS, MEETINGS, ACTIONS, CONSULTATIONS, POSITIONS),
            so that screens reload only those.
        failed(str): an undo or redo could not be applied; one French sentence.
        replayed(str): an undo or redo was applied; a French sentence naming it, for the status
            bar (« Annulé : la création du groupe « Usages ». »).

    Attributes:
        root: the open store's root, for the use cases that need several services.
        referential: the use cases of the referential.
        meetings: the use cases of meetings and actions.
        positions: the use cases of consultations and positions.
        opinions: the use cases of draft opinions (their text is edited through an
            OpinionSession, with its own undo stack).
        undo_stack: the window's undo stack.
    """

    changed = Signal(object)
    failed = Signal(str)
    replayed = Signal(str)

    def __init__(self, root: Root, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.referential = root.referential
        self.meetings = root.meetings
        self.positions = root.positions
        self.opinions = root.opinions
        self.undo_stack = QUndoStack(self)

    @property
    def capabilities(self) -> Capabilities:
        """What the connected person may change (see records/access.py)."""
        return self.root.capabilities

    def push(self, command: SnapshotCommand[Any]) -> Any:
        """Apply a command (errors reach the caller, nothing is pushed) and stack it."""
        result = command.first_apply()
        self.undo_stack.push(command)
        self.changed.emit(command.topics)
        return result

    # -- any record, by its operation -----------------------------------------------------------

    def create(self, op: Operation[S], record: S) -> S:
        """Store a new record; undo removes it, redo recreates it with the same id and UUID."""
        apply, remove = self._functions(op)
        text = self._label(op.create, op.name(record))
        return self.push(SnapshotCommand(self, text, op.topics, None, record, apply, remove))

    def edit(self, op: Operation[S], before: S, after: S, text: str | None = None) -> S:
        """Store a changed record; undo stores `before` again. `text` words the step."""
        apply, remove = self._functions(op)
        text = text or self._label(op.edit, op.name(after) or op.name(before))
        topics = op.edit_topics or op.topics
        return self.push(SnapshotCommand(self, text, topics, before, after, apply, remove))

    def delete(self, op: Operation[S], record: S) -> None:
        """Remove a record; undo stores it again."""
        apply, remove = self._functions(op)
        text = self._label(op.delete, op.name(record))
        topics = op.delete_topics or op.topics
        self.push(SnapshotCommand(self, text, topics, None, record, _removing(remove), apply))

    def _functions(self, op: Operation[S]) -> tuple[Callable[[S], S], Callable[[S], None]]:
        service = getattr(self, op.service)
        return getattr(service, op.apply), getattr(service, op.remove)

    def _label(self, wording: str, name: str) -> str:
        return self.tr(wording).replace("%1", name)

    # -- the referential ------------------------------------------------------------------------

    def create_organisation(self, snap: OrganisationSnapshot) -> OrganisationSnapshot:
        return self.create(ORGANISATION, snap)

    def edit_organisation(
        self, before: OrganisationSnapshot, after: OrganisationSnapshot, text: str | None = None
    ) -> OrganisationSnapshot:
        return self.edit(ORGANISATION, before, after, text)

    def set_membership(self, organisation_id: int, member: bool) -> OrganisationSnapshot | None:
        """Deactivate (leave the body today) or reactivate an organisation; None if no change."""
        before = self.referential.organisation(organisation_id)
        after = self.referential.with_membership(before, member)
        if after == before:
            return None
        if member:
            text = self.tr("la réactivation de %1").replace("%1", before.acronym)
        else:
            text = self.tr("la désactivation de %1").replace("%1", before.acronym)
        return self.edit_organisation(before, after, text)

    def create_delegate(self, record: DelegateRecord) -> DelegateRecord:
        return self.create(DELEGATE, record)

    def edit_delegate(self, before: DelegateRecord, after: DelegateRecord) -> DelegateRecord:
        return self.edit(DELEGATE, before, after)

    def create_group(self, record: GroupRecord) -> GroupRecord:
        return self.create(GROUP, record)

    def edit_group(self, before: GroupRecord, after: GroupRecord) -> GroupRecord:
        return self.edit(GROUP, before, after)

    # -- meetings and actions -------------------------------------------------------------------

    def create_meeting(self, snap: MeetingSnapshot) -> MeetingSnapshot:
        return self.create(MEETING, snap)

    def create_series(self, snaps: list[MeetingSnapshot]) -> list[MeetingSnapshot]:
        """Create a series of meetings in one transaction and one undo step."""
        m = self.meetings
        text = (
            self.tr("la création d'une série de %1 séances").replace("%1", str(len(snaps)))
            if len(snaps) > 1
            else self.tr("la création d'une série d'une séance")
        )
        return self.push(
            SnapshotCommand(
                self, text, MEETING.topics, None, list(snaps), m.apply_meetings, m.remove_meetings
            )
        )

    def edit_meeting(
        self, before: MeetingSnapshot, after: MeetingSnapshot, text: str | None = None
    ) -> MeetingSnapshot:
        """Any change of a meeting (details, agenda, attendance, decisions) as one undo step."""
        return self.edit(MEETING, before, after, text)

    def change_meeting(
        self,
        meeting_id: int,
        change: Callable[[MeetingSnapshot], MeetingSnapshot],
        text: str | None = None,
    ) -> MeetingSnapshot:
        """Apply `change` to the meeting as stored now (never to a stale copy), as one undo step."""
        before = self.meetings.meeting(meeting_id)
        return self.edit_meeting(before, change(before), text)

    def delete_meeting(self, snap: MeetingSnapshot) -> None:
        """Delete a meeting; undo recreates it with its agenda, attendance, actions' links and
        consultations' links."""
        m, p = self.meetings, self.positions
        actions = tuple(m.actions(meeting_id=snap.id))

        def delete(deleted: _DeletedMeeting) -> _DeletedMeeting:
            meeting, linked, _ = deleted
            consultations = p.meeting_consultations(meeting.id)
            m.remove_meeting(meeting)
            return meeting, linked, consultations

        def restore(deleted: _DeletedMeeting) -> None:
            meeting, linked, consultations = deleted
            m.restore_meeting(meeting, linked)
            p.link_meeting(consultations, meeting.id)

        text = self._label(MEETING.delete, MEETING.name(snap))
        topics = MEETING.delete_topics or MEETING.topics
        self.push(SnapshotCommand(self, text, topics, None, (snap, actions, []), delete, restore))

    def create_action(self, record: ActionRecord) -> ActionRecord:
        return self.create(ACTION, record)

    def edit_action(self, before: ActionRecord, after: ActionRecord) -> ActionRecord:
        return self.edit(ACTION, before, after)

    def delete_action(self, record: ActionRecord) -> None:
        self.delete(ACTION, record)

    # -- consultations and positions ------------------------------------------------------------

    def create_consultation(self, snap: ConsultationSnapshot) -> ConsultationSnapshot:
        return self.create(CONSULTATION, snap)

    def edit_consultation(
        self, before: ConsultationSnapshot, after: ConsultationSnapshot
    ) -> ConsultationSnapshot:
        """Change a consultation; undo brings back the subjects it drops with the history of
        their withdrawn positions."""
        p = self.positions
        text = self._label(CONSULTATION.edit, CONSULTATION.name(after))
        saved: ConsultationArchive = self.push(
            SnapshotCommand(
                self,
                text,
                CONSULTATION.edit_topics or CONSULTATION.topics,
                p.with_dropped_history(before, after),
                ConsultationArchive(after),
                p.apply_consultation_archive,
                lambda archive: p.remove_consultation(archive.consultation),
            )
        )
        return saved.consultation

    def delete_consultation(self, consultation_id: int) -> None:
        """Delete a consultation; undo brings it back with its positions and their history."""
        p = self.positions
        archive: ConsultationArchive = p.archive(consultation_id)
        text = self._label(CONSULTATION.delete, CONSULTATION.name(archive.consultation))
        topics = CONSULTATION.delete_topics or CONSULTATION.topics
        self.push(
            SnapshotCommand(
                self, text, topics, None, archive, p.delete_consultation, p.restore_consultation
            )
        )

    def record_position(self, record: PositionRecord) -> PositionRecord:
        """Record an organisation's first position on a subject (`Positions.new_position`)."""
        return self.create(POSITION, record)

    def edit_position(self, before: PositionRecord, after: PositionRecord) -> PositionRecord:
        """Change a position; the previous values join its history (undo too is recorded there)."""
        return self.edit(POSITION, before, after)

    def delete_position(self, record: PositionRecord) -> None:
        """Withdraw a position (its history is kept, and undo brings the position back)."""
        self.delete(POSITION, record)


def _removing(remove: Callable[[S], None]) -> Callable[[S], S]:
    """A deletion as a command's `apply` (redo deletes again; undo re-applies the snapshot)."""

    def apply(snapshot: S) -> S:
        remove(snapshot)
        return snapshot

    return apply
