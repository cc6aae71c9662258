"""Undoable edits of the referential: snapshot commands on one undo stack, and change news."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from deliberation.errors import DeliberationError
from deliberation.records.positions import ConsultationArchive
from deliberation.rules.wording import numeric_date

if TYPE_CHECKING:
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
            self._editor.failed.emit(str(exc))
            self._editor.changed.emit(EVERYTHING)
            return False
        self._editor.changed.emit(self.topics)
        return True


class Editor(QObject):
    """Applies the referential's edits through one undo stack and says what changed.

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

    def push(self, command: SnapshotCommand[Any]) -> Any:
        """Apply a command (errors reach the caller, nothing is pushed) and stack it."""
        result = command.first_apply()
        self.undo_stack.push(command)
        self.changed.emit(command.topics)
        return result

    # -- organisations --------------------------------------------------------------------------

    def create_organisation(self, snap: OrganisationSnapshot) -> OrganisationSnapshot:
        ref = self.referential
        text = self.tr("la création de l'organisation %1").replace("%1", snap.acronym)
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({ORGANISATIONS}),
                None,
                snap,
                ref.apply_organisation,
                ref.remove_organisation,
            )
        )

    def edit_organisation(
        self, before: OrganisationSnapshot, after: OrganisationSnapshot, text: str | None = None
    ) -> OrganisationSnapshot:
        ref = self.referential
        text = text or self.tr("la modification de l'organisation %1").replace("%1", after.acronym)
        return self.push(
            SnapshotCommand(
                self,
                text,
                EVERYTHING,
                before,
                after,
                ref.apply_organisation,
                ref.remove_organisation,
            )
        )

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

    # -- delegates ------------------------------------------------------------------------------

    def create_delegate(self, record: DelegateRecord) -> DelegateRecord:
        ref = self.referential
        text = self.tr("l'ajout du délégué %1").replace("%1", record.full_name)
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({DELEGATES, ORGANISATIONS}),
                None,
                record,
                ref.apply_delegate,
                ref.remove_delegate,
            )
        )

    def edit_delegate(self, before: DelegateRecord, after: DelegateRecord) -> DelegateRecord:
        ref = self.referential
        text = self.tr("la modification du délégué %1").replace("%1", after.full_name)
        return self.push(
            SnapshotCommand(
                self, text, EVERYTHING, before, after, ref.apply_delegate, ref.remove_delegate
            )
        )

    # -- working groups -------------------------------------------------------------------------

    def create_group(self, record: GroupRecord) -> GroupRecord:
        ref = self.referential
        text = self.tr("la création du groupe « %1 »").replace("%1", record.name)
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({GROUPS}),
                None,
                record,
                ref.apply_group,
                ref.remove_group,
            )
        )

    def edit_group(self, before: GroupRecord, after: GroupRecord) -> GroupRecord:
        ref = self.referential
        text = self.tr("la modification du groupe « %1 »").replace("%1", after.name)
        return self.push(
            SnapshotCommand(
                self, text, frozenset({GROUPS}), before, after, ref.apply_group, ref.remove_group
            )
        )

    # -- meetings -------------------------------------------------------------------------------

    def create_meeting(self, snap: MeetingSnapshot) -> MeetingSnapshot:
        m = self.meetings
        text = self.tr("la création de la séance du %1").replace("%1", numeric_date(snap.day))
        return self.push(
            SnapshotCommand(
                self, text, frozenset({MEETINGS}), None, snap, m.apply_meeting, m.remove_meeting
            )
        )

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
                self,
                text,
                frozenset({MEETINGS}),
                None,
                list(snaps),
                m.apply_meetings,
                m.remove_meetings,
            )
        )

    def edit_meeting(
        self, before: MeetingSnapshot, after: MeetingSnapshot, text: str | None = None
    ) -> MeetingSnapshot:
        """Any change of a meeting (details, agenda, attendance, decisions) as one undo step."""
        m = self.meetings
        text = text or self.tr("la modification de la séance du %1").replace(
            "%1", numeric_date(after.day)
        )
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({MEETINGS}),
                before,
                after,
                m.apply_meeting,
                m.remove_meeting,
            )
        )

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
        text = self.tr("la suppression de la séance du %1").replace("%1", numeric_date(snap.day))

        def delete(deleted: _DeletedMeeting) -> _DeletedMeeting:
            meeting, linked, _ = deleted
            consultations = p.meeting_consultations(meeting.id)
            m.remove_meeting(meeting)
            return meeting, linked, consultations

        def restore(deleted: _DeletedMeeting) -> None:
            meeting, linked, consultations = deleted
            m.restore_meeting(meeting, linked)
            p.link_meeting(consultations, meeting.id)

        self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({MEETINGS, ACTIONS, CONSULTATIONS}),
                None,
                (snap, actions, []),
                delete,
                restore,
            )
        )

    # -- actions --------------------------------------------------------------------------------

    def create_action(self, record: ActionRecord) -> ActionRecord:
        m = self.meetings
        text = self.tr("l'ajout de l'action « %1 »").replace("%1", _short(record.title))
        return self.push(
            SnapshotCommand(
                self, text, frozenset({ACTIONS}), None, record, m.apply_action, m.remove_action
            )
        )

    def edit_action(self, before: ActionRecord, after: ActionRecord) -> ActionRecord:
        m = self.meetings
        text = self.tr("la modification de l'action « %1 »").replace("%1", _short(after.title))
        return self.push(
            SnapshotCommand(
                self, text, frozenset({ACTIONS}), before, after, m.apply_action, m.remove_action
            )
        )

    def delete_action(self, record: ActionRecord) -> None:
        m = self.meetings
        text = self.tr("la suppression de l'action « %1 »").replace("%1", _short(record.title))
        self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({ACTIONS}),
                None,
                record,
                _removing(m.remove_action),
                m.apply_action,
            )
        )

    # -- consultations --------------------------------------------------------------------------

    def create_consultation(self, snap: ConsultationSnapshot) -> ConsultationSnapshot:
        p = self.positions
        text = self.tr("la création de la consultation « %1 »").replace("%1", _short(snap.title))
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({CONSULTATIONS}),
                None,
                snap,
                p.apply_consultation,
                p.remove_consultation,
            )
        )

    def edit_consultation(
        self, before: ConsultationSnapshot, after: ConsultationSnapshot
    ) -> ConsultationSnapshot:
        """Change a consultation; undo brings back the subjects it drops with the history of
        their withdrawn positions."""
        p = self.positions
        text = self.tr("la modification de la consultation « %1 »").replace(
            "%1", _short(after.title)
        )
        saved: ConsultationArchive = self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({CONSULTATIONS, POSITIONS}),
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
        text = self.tr("la suppression de la consultation « %1 »").replace(
            "%1", _short(archive.consultation.title)
        )
        self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({CONSULTATIONS, POSITIONS}),
                None,
                archive,
                p.delete_consultation,
                p.restore_consultation,
            )
        )

    # -- positions ------------------------------------------------------------------------------

    def record_position(self, record: PositionRecord) -> PositionRecord:
        """Record an organisation's first position on a subject (`Positions.new_position`)."""
        p = self.positions
        text = self.tr("la position saisie pour %1").replace("%1", record.organisation_acronym)
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({POSITIONS, CONSULTATIONS}),
                None,
                record,
                p.apply_position,
                p.remove_position,
            )
        )

    def edit_position(self, before: PositionRecord, after: PositionRecord) -> PositionRecord:
        """Change a position; the previous values join its history (undo too is recorded there)."""
        p = self.positions
        text = self.tr("la modification de la position pour %1").replace(
            "%1", after.organisation_acronym or before.organisation_acronym
        )
        return self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({POSITIONS, CONSULTATIONS}),
                before,
                after,
                p.apply_position,
                p.remove_position,
            )
        )

    def delete_position(self, record: PositionRecord) -> None:
        """Withdraw a position (its history is kept, and undo brings the position back)."""
        p = self.positions
        text = self.tr("le retrait de la position pour %1").replace(
            "%1", record.organisation_acronym
        )
        self.push(
            SnapshotCommand(
                self,
                text,
                frozenset({POSITIONS, CONSULTATIONS}),
                None,
                record,
                _removing(p.remove_position),
                p.apply_position,
            )
        )


def _removing(remove: Callable[[S], None]) -> Callable[[S], S]:
    """A deletion as a command's `apply` (redo deletes again; undo re-applies the snapshot)."""

    def apply(snapshot: S) -> S:
        remove(snapshot)
        return snapshot

    return apply


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
