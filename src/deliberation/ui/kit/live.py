"""Other clients' changes as the editor's `changed` news, so that open screens refresh."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, Signal

from deliberation.store.live import Change, Watcher
from deliberation.ui.kit.editor import (
    ACTIONS,
    CONSULTATIONS,
    DELEGATES,
    EVERYTHING,
    GROUPS,
    MEETINGS,
    OPINIONS,
    ORGANISATIONS,
    POSITIONS,
    Editor,
)

log = logging.getLogger(__name__)

# What a change of a row of each table shows in: the editor's topics.
TOPICS: dict[str, frozenset[str]] = {
    "body": EVERYTHING,
    "organisation_kind": frozenset({ORGANISATIONS}),
    "organisation": EVERYTHING,  # an acronym shows everywhere
    "organisation_name": EVERYTHING,
    "membership": frozenset({ORGANISATIONS, DELEGATES}),
    "delegate": EVERYTHING,
    "theme": frozenset({GROUPS}),
    "working_group": frozenset({GROUPS}),
    "working_group_member": frozenset({GROUPS}),
    "working_group_rapporteur": frozenset({GROUPS}),
    "meeting": frozenset({MEETINGS}),
    "agenda_item": frozenset({MEETINGS}),
    "agenda_link": frozenset({MEETINGS}),
    "attendance": frozenset({MEETINGS}),
    "attendance_delegate": frozenset({MEETINGS}),
    "action": frozenset({ACTIONS}),
    "consultation": frozenset({CONSULTATIONS}),
    "consultation_subject": frozenset({CONSULTATIONS, POSITIONS}),
    "consulted_organisation": frozenset({CONSULTATIONS, POSITIONS}),
    "position": frozenset({POSITIONS, CONSULTATIONS}),
    "opinion": frozenset({OPINIONS}),
    "opinion_rapporteur": frozenset({OPINIONS}),
    "opinion_agenda_link": frozenset({OPINIONS}),
    "opinion_status_change": frozenset({OPINIONS}),
    "opinion_paragraph": frozenset({OPINIONS}),
    "opinion_version": frozenset({OPINIONS}),
    "amendment": frozenset({OPINIONS}),
    "opinion_comment": frozenset({OPINIONS}),
}


def topics_of(changes: Iterable[Change]) -> frozenset[str]:
    """The editor's topics the changes touch (everything for a table not known here)."""
    found: set[str] = set()
    for change in changes:
        found |= TOPICS.get(change.table, EVERYTHING)
    return frozenset(found)


class LiveNews(QObject):
    """Turns the changes other clients commit into `editor.changed`, on the window's thread.

    The store's watcher waits on a thread of its own (PostgreSQL LISTEN, or SQLite's
    data_version polled every second) and posts each batch here; the editor's pages then
    reload what those topics touch, as after an edit made in this window.

    Signals:
        arrived(list[Change]): a batch of other clients' changes, on the window's thread
            (after `editor.changed` was emitted for them).
    """

    arrived = Signal(object)
    _posted = Signal(object)

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._watcher: Watcher | None = None
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Start listening (a store that cannot give news leaves the window as it was)."""
        if self._watcher is None:
            self._watcher = self.editor.root.store.watch(self._posted.emit)

    def stop(self) -> None:
        """Stop listening: before the store closes."""
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    def _deliver(self, changes: list[Change]) -> None:
        if self._watcher is None:
            return
        topics = topics_of(changes)
        log.debug("live news: %s", sorted(topics))
        self.editor.changed.emit(topics)
        self.arrived.emit(changes)
