"""The base of the meeting page's panels: the meeting they show, and changing it as undo steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from deliberation.errors import DeliberationError
from deliberation.records.meetings import MeetingDetails
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import EditorPage

if TYPE_CHECKING:
    from deliberation.records.meetings import MeetingSnapshot
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


class MeetingPanel(EditorPage):
    """A panel of the meeting page (agenda, attendance, decisions) showing one meeting.

    The page hands every panel the meeting it shows through `set_details`, which each panel
    implements. Attributes: details, the meeting shown (None: none); writable, whether the
    connected role may change meetings (else each panel hides its writing widgets).
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self.details: MeetingDetails | None = None
        self.writable = editor.capabilities.meetings  # False: the role may not change meetings

    def set_details(self, details: MeetingDetails | None) -> None:
        """Show another meeting, or the same one as stored now (None: none)."""
        raise NotImplementedError

    def change_meeting(
        self, change: Callable[[MeetingSnapshot], MeetingSnapshot], text: str
    ) -> bool:
        """Apply `change` to the meeting shown, as stored now, as one undo step; on refusal say
        why, show the meeting as stored, and return False."""
        if self.details is None:
            return False
        try:
            self.editor.change_meeting(self.details.meeting.id, change, text)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            self.set_details(self.details)
            return False
        return True
