"""A page's « Exporter » menu of Word and spreadsheet files, written on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from deliberation.ui.kit.background import Task

if TYPE_CHECKING:
    from deliberation.ui.kit.messages import MessageService

WORD_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents Word (*.docx)"))
SHEET_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Classeurs (*.xlsx)"))
FORMATS = {".docx": WORD_FILTER, ".xlsx": SHEET_FILTER}


class RegisterExport(QObject):
    """Ask where to write a file, write it on a worker thread (the window stays responsive), then
    say where it went, or the one sentence of a refusal.

    `write(path)` runs off the UI thread: it must read the store and write the file only.

    Signals:
        done(str): the status bar's line once written.

    Attributes:
        task: the running (or last) writing, None before the first.
    """

    done = Signal(str)

    def __init__(self, widget: QWidget, messages: MessageService) -> None:
        super().__init__(widget)
        self.widget = widget
        self.messages = messages
        self.task: Task | None = None

    def menu(self, label: str, export: Callable[[str], None]) -> QMenu:
        """An « Exporter » menu: « En Word… » calls `export(".docx")`, « En tableur… »
        `export(".xlsx")`; put its `menuAction()` in a page's bar (`show_in`), where it folds
        into the « » menu on a narrow screen."""
        menu = QMenu(label, self.widget)
        for text, suffix in (
            (QCoreApplication.translate("exporting", "En Word…"), ".docx"),
            (QCoreApplication.translate("exporting", "En tableur…"), ".xlsx"),
        ):
            menu.addAction(text).triggered.connect(lambda *_, s=suffix: export(s))
        return menu

    def start(self, title: str, suggested: str, write: Callable[[Path], Path], done: str) -> bool:
        """Ask where (the suggested name's suffix chooses the file type), then write there;
        `done` holds %1 for the path. False when the user cancelled or a writing is running."""
        if self.task is not None and self.task.running:
            return False
        suffix = Path(suggested).suffix
        path = self.messages.save_file(self.widget, title, suggested, FORMATS[suffix])
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(suffix)
        task = Task(lambda _progress: write(path), self)
        task.finished.connect(lambda written: self._finished(done, written))
        task.failed.connect(self._failed)
        self.task = task
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        task.start()
        return True

    def _finished(self, done: str, written: object) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.done.emit(done.replace("%1", str(written)))

    def _failed(self, text: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.messages.error(self.widget, text)


def show_in(bar: QToolBar, menu: QMenu) -> QAction:
    """Add the menu to a bar of text buttons as a button that opens it at once."""
    action = menu.menuAction()
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return action
