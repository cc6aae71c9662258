"""The import dialogs' shared frame: a file read off the UI thread, its refusal, the buttons."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deliberation.errors import DeliberationError
from deliberation.ui.kit.background import Progress
from deliberation.ui.kit.editor import Editor
from deliberation.ui.opinions.import_preview import PreviewDialog, import_buttons


class FileDialog(PreviewDialog):
    """Reads a real file's first line; « Importer » is enabled once it is read."""

    def __init__(self, editor: Editor, path: Path, parent: QWidget) -> None:
        super().__init__(editor, path, parent)
        self.shown: list[tuple[str | None, str | None]] = []
        self.worked = threading.Event()  # set when a reading's work has ended
        self.buttons = import_buttons(self.accept, self.reject)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)

    def read(self, gate: threading.Event | None = None) -> None:
        path, worked = self.path, self.worked

        def work(_progress: Progress) -> str:
            try:
                if gate is not None:
                    gate.wait(10)
                if not path.exists():
                    raise DeliberationError(f"Le fichier {path.name} est introuvable.")
                return path.read_text(encoding="utf-8").splitlines()[0]
            finally:
                worked.set()

        self.read_off_thread(work, self._read)

    def _read(self, preview: str | None, refusal: str | None) -> None:
        self.shown.append((preview, refusal))
        if refusal is not None:
            self.refuse(refusal)
        self.import_button.setEnabled(preview is not None)
        self.previewed.emit()


@pytest.fixture
def shown_on(qtbot: QtBot, editor: Editor, tmp_path: Path) -> Callable[[str | None], FileDialog]:
    """A dialog shown over a window, on a file holding this text (None: no such file)."""
    window = QWidget()  # a dialog is never left without one
    qtbot.addWidget(window)
    window.show()

    def make(text: str | None) -> FileDialog:
        path = tmp_path / ("retour.txt" if text is not None else "absent.docx")
        if text is not None:
            path.write_text(text, encoding="utf-8")
        dialog = FileDialog(editor, path, window)
        dialog.show()
        return dialog

    return make


def test_the_buttons_read_importer_and_fermer_and_importer_waits_for_a_preview(
    qtbot: QtBot,
) -> None:
    buttons = import_buttons(lambda: None, lambda: None)
    qtbot.addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Importer" and ok.isDefault() and not ok.isEnabled()
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Fermer"


def test_a_file_read_off_the_ui_thread_is_shown_and_the_task_cleared(
    qtbot: QtBot, editor: Editor, shown_on: Callable[[str | None], FileDialog]
) -> None:
    dialog = shown_on("Avis sur le projet\nsuite")
    dialog.read()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.shown == [("Avis sur le projet", None)]
    assert dialog.isModal() and dialog.editor is editor and dialog.path.name == "retour.txt"
    assert dialog.task is None
    assert dialog.error.isHidden() and dialog.warnings.isHidden()
    assert dialog.import_button.isEnabled()


def test_a_refused_file_shows_its_sentence_and_nothing_can_be_imported(
    qtbot: QtBot, shown_on: Callable[[str | None], FileDialog]
) -> None:
    dialog = shown_on(None)
    dialog.read()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.shown == [(None, "Le fichier absent.docx est introuvable.")]
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Le fichier absent.docx est introuvable."
    assert not dialog.import_button.isEnabled()
    assert dialog.task is None


def test_closing_while_the_file_is_read_lets_the_reading_end(
    qtbot: QtBot, shown_on: Callable[[str | None], FileDialog]
) -> None:
    dialog = shown_on("Texte\n")
    gate = threading.Event()
    dialog.read(gate)
    task = dialog.task
    assert task is not None and task.running
    threading.Timer(0.2, gate.set).start()
    dialog.reject()  # waits for the reading instead of leaving it to a closed dialog
    assert dialog.worked.is_set()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)  # its result still arrives
    assert dialog.shown == [("Texte", None)]
