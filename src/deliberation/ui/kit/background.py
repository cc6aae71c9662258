"""Running one slow use case (an export) off the UI thread, its outcome delivered back on it."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from deliberation.errors import DeliberationError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


def unexpected() -> str:
    return QCoreApplication.translate(
        "background",
        "L'opération n'a pas pu aboutir à cause d'une erreur inattendue, dont le détail a été "
        "consigné dans le journal de l'application.",
    )


class _Thread(QThread):
    """Calls the work in its own thread; touches no widget and creates no Qt object."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    refused = Signal(str)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total))
        except DeliberationError as exc:
            self.refused.emit(str(exc))
        except Exception:
            log.exception("background work failed")
            self.refused.emit(unexpected())
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of work run in a thread of its own; signals arrive on the UI thread.

    `Task(work, parent)`, where `work(progress)` is called in the thread and may call
    `progress(done, total)`; `start()` runs it. The work must not touch widgets. A refusal
    (DeliberationError) arrives as its sentence; any other error is logged and reported as one
    sentence too — never as a traceback.

    Signals:
        progress(int, int): done, total.
        finished(object): the work's result (the thread has ended).
        failed(str): one French sentence (the thread has ended).

    Attributes:
        running: True between `start()` and `finished`/`failed`.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self.running = False
        self._thread = _Thread(work, self)
        self._thread.setObjectName("deliberation-task")
        self._thread.progressed.connect(self.progress)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.refused.connect(self._refused)

    def start(self) -> None:
        # Python's collector may run in the thread: free now, on this thread, the Qt objects
        # left unreachable, so that none is deleted from the worker (which crashes Qt).
        gc.collect()
        self.running = True
        self._thread.start()

    def wait(self) -> None:
        """Block until the work has ended (on shutdown)."""
        self._thread.wait()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._thread.wait()
        self.running = False
        self.finished.emit(result)

    @Slot(str)
    def _refused(self, text: str) -> None:
        self._thread.wait()
        self.running = False
        self.failed.emit(text)
