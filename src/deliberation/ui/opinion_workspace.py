"""The opinion being written: its text in the middle, outline on one side, review on the other."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deliberation.ui.editor import Editor
from deliberation.ui.messages import MessageService
from deliberation.ui.opinion_session import OpinionSession


class OpinionWorkspace(QWidget):
    """Edits one opinion at a time; sessions stay open (with their undo) while the app runs.

    Signals:
        stack_changed(QUndoStack | None): the undo stack the Edit menu should drive.
        status_message(str): a short note for the status bar.
    """

    stack_changed = Signal(object)
    status_message = Signal(str)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.sessions: dict[int, OpinionSession] = {}
        self.session: OpinionSession | None = None
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.tr("Choisissez un avis dans la liste, ou créez-en un."))
        layout.addWidget(self.placeholder)

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.session.undo_stack if self.session else None

    def open_opinion(self, opinion_id: int | None) -> None:
        """Show an opinion (None: nothing), saving the one left first."""
        if self.session is not None:
            self.session.flush()
        if opinion_id is None:
            self.session = None
        else:
            if opinion_id not in self.sessions:
                session = OpinionSession(self.editor.opinions, opinion_id, self)
                session.failed.connect(lambda text: self.messages.error(self, text))
                self.sessions[opinion_id] = session
            self.session = self.sessions[opinion_id]
        self.stack_changed.emit(self.undo_stack)

    def forget(self, opinion_id: int) -> None:
        """Drop the session of a deleted opinion (without saving it)."""
        session = self.sessions.pop(opinion_id, None)
        if session is not None:
            session.timer.stop()
            if self.session is session:
                self.session = None
                self.stack_changed.emit(None)
            session.deleteLater()

    def flush_all(self) -> bool:
        """Save every open text now; False if one could not be (the user was told)."""
        return all([session.flush() for session in self.sessions.values()])
