"""Undoable changes of an opinion's description on the window's undo stack (not its text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from deliberation.records.opinions import OPINION_STATUSES
from deliberation.ui.kit.editor import OPINIONS, SnapshotCommand
from deliberation.ui.kit.localize import label_text

if TYPE_CHECKING:
    from deliberation.records.opinions import OpinionSnapshot
    from deliberation.services.opinions import OpinionArchive
    from deliberation.ui.kit.editor import Editor

TOPICS = frozenset({OPINIONS})
Flush = Callable[[int], object]
"""Saves the open text of an opinion now (before it is archived or deleted)."""


def short(text: str, limit: int = 40) -> str:
    """A title cut to fit a menu item (« Avis sur les espaces numériques de tr… »)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def create_opinion(
    editor: Editor, snap: OpinionSnapshot, flush: Flush | None = None
) -> OpinionSnapshot:
    """Write a new opinion (from `Opinions.new_opinion`). Undo removes it with whatever was
    written in it since (`flush(id)` first saves its open text), and redo brings that back."""
    o = editor.opinions
    kept: list[OpinionArchive] = []

    def apply(s: OpinionSnapshot) -> OpinionSnapshot:
        return o.restore(kept.pop()) if kept else o.apply_opinion(s)

    def remove(s: OpinionSnapshot) -> None:
        if flush is not None:
            flush(s.id)
        kept[:] = [o.archive(s.id)]
        o.remove_opinion(s)

    text = QCoreApplication.translate("opinion_commands", "la création de l'avis « %1 »").replace(
        "%1", short(snap.title)
    )
    saved: OpinionSnapshot = editor.push(
        SnapshotCommand(editor, text, TOPICS, None, snap, apply, remove)
    )
    return saved


def edit_opinion(
    editor: Editor, before: OpinionSnapshot, after: OpinionSnapshot, text: str | None = None
) -> OpinionSnapshot:
    """Change an opinion's description or status; undo puts `before` back."""
    o = editor.opinions
    text = text or QCoreApplication.translate(
        "opinion_commands", "la modification de l'avis « %1 »"
    ).replace("%1", short(after.title))
    saved: OpinionSnapshot = editor.push(
        SnapshotCommand(editor, text, TOPICS, before, after, o.apply_opinion, o.remove_opinion)
    )
    return saved


def status_text(snap: OpinionSnapshot) -> str:
    """« le passage de l'avis « … » à l'état « Adopté » » (the undo item of a status change)."""
    return (
        QCoreApplication.translate(
            "opinion_commands", "le passage de l'avis « %1 » à l'état « %2 »"
        )
        .replace("%1", short(snap.title))
        .replace("%2", label_text(OPINION_STATUSES.get(snap.status, snap.status)))
    )


def delete_opinion(editor: Editor, opinion_id: int, flush: Flush | None = None) -> OpinionSnapshot:
    """Delete an opinion with its text, versions, amendments and comments (`flush(id)` first
    saves its open text); undo brings it all back with the same ids. Returns the deleted
    opinion's description."""
    o = editor.opinions
    archive = o.archive(opinion_id)
    text = QCoreApplication.translate(
        "opinion_commands", "la suppression de l'avis « %1 »"
    ).replace("%1", short(archive.snapshot.title))

    def delete(kept: OpinionArchive) -> OpinionArchive:
        # Redone after an undo, the opinion may have been written to since: keep it as it is.
        if flush is not None:
            flush(kept.snapshot.id)
        fresh = o.archive(kept.snapshot.id)
        o.remove_opinion(fresh.snapshot)
        return fresh

    def restore(kept: OpinionArchive) -> None:
        o.restore(kept)

    editor.push(SnapshotCommand(editor, text, TOPICS, None, archive, delete, restore))
    return archive.snapshot
