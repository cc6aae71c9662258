"""What the import dialogs share: a file read off the UI thread, banners, Importer and Fermer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.forms import ERROR_STYLE
from deliberation.ui.kit.screen import FittedDialog

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from deliberation.ui.kit.editor import Editor

WARNING_STYLE = "background: #fff4d6; color: #5c4400; padding: 6px; border-radius: 3px;"

PreviewT = TypeVar("PreviewT")


def import_buttons(on_import: Callable[[], None], on_close: Callable[[], None]) -> QDialogButtonBox:
    """« Importer » (the default, disabled until a preview allows it) and « Fermer »."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    import_button.setText(QCoreApplication.translate("import_preview", "&Importer"))
    import_button.setDefault(True)
    import_button.setEnabled(False)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("import_preview", "Fermer")
    )
    buttons.accepted.connect(on_import)
    buttons.rejected.connect(on_close)
    return buttons


class PreviewDialog(FittedDialog):
    """A dialog that reads a file off the UI thread, shows what it would bring, then writes it.

    `PreviewDialog(editor, path, parent)`, window-modal. Subclasses set the title, lay out
    `error` and `warnings` where they belong, start each reading with
    `read_off_thread` and end a failed write with `refuse`; closing the dialog while a file is
    read lets the reading end first.

    Signals:
        previewed(): the file was read (or refused) and its preview is shown.
        status_message(str): what was written, for the status bar.

    Attributes:
        editor, path: the window's editor and the file read.
        error: why nothing can be written (one sentence, hidden until there is one).
        warnings: what the file holds that is not carried across (hidden while there is none).
        task: the reading under way, if any.
    """

    previewed = Signal()
    status_message = Signal(str)

    def __init__(self, editor: Editor, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.path = path
        self.task: Task | None = None
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()

    def read_off_thread(
        self,
        work: Callable[[Progress], PreviewT],
        shown: Callable[[PreviewT | None, str | None], None],
    ) -> None:
        """Run `work` off the UI thread, then `shown(preview, None)`, or `shown(None, why)`
        when it refused (`task` is cleared before `shown` runs)."""
        task = Task(work, self)
        task.finished.connect(lambda preview: self._read_off_thread(task, shown, preview, None))
        task.failed.connect(lambda text: self._read_off_thread(task, shown, None, text))
        self.task = task
        task.start()

    def _read_off_thread(
        self,
        task: Task,
        shown: Callable[[PreviewT | None, str | None], None],
        preview: PreviewT | None,
        refusal: str | None,
    ) -> None:
        task.deleteLater()
        if self.task is task:
            self.task = None
        shown(preview, refusal)

    def refuse(self, text: str) -> None:
        """Show why nothing was (or can be) written."""
        self.error.setText(text)
        self.error.show()

    def done(self, code: int) -> None:
        if self.task is not None:  # closed while the file is read: let the reading end
            self.task.wait()
        super().done(code)
