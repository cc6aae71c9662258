"""Running slow work (an export, a file's reading, the store's opening) off the UI thread."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from deliberation.errors import DeliberationError
from deliberation.ui.kit.localize import error_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


def unexpected() -> str:
    from deliberation.ui.kit.messages import with_log_path

    return with_log_path(
        QCoreApplication.translate(
            "background",
            "L'opération n'a pas pu aboutir à cause d'une erreur inattendue, dont le détail a été "
            "consigné dans le journal de l'application (%1).",
        )
    )


def keep_for_good() -> None:
    """Put every object made so far (modules, SQLAlchemy's mappers and caches, the store's
    use cases, the window) out of the garbage collector's reach: they live as long as the
    application, and a full collection walking them all (≈ 70 ms once SQLAlchemy is loaded)
    would stall typing for several frames. Objects made later are collected as usual; done once
    the application is ready, after one collection (so that no garbage is kept for good)."""
    gc.collect()
    gc.freeze()


class _Relay(QObject):
    """Carries the outcome from the pool's thread to the UI thread (queued signals)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    refused = Signal(str)


class _Runnable(QRunnable):
    """Calls the work in a thread of the pool; touches no widget and creates no Qt object."""

    def __init__(self, work: Work, relay: _Relay, failure: str, name: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps it until the work has ended
        self.ended = threading.Event()
        self._work = work
        self._relay = relay
        self._failure = failure
        self._name = name

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self._relay.progressed.emit(done, total))
        except DeliberationError as exc:
            self._relay.refused.emit(error_text(exc))
        except Exception:
            log.exception("background work %s failed", self._name)
            self._relay.refused.emit(self._failure)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self.ended.set()


class Task(QObject):
    """One piece of work run on Qt's global thread pool; its signals arrive on the UI thread.

    `Task(work, parent)`, where `work(progress)` is called in a pool thread and may call
    `progress(done, total)`; `start()` runs it. The work must not touch widgets. A refusal
    (DeliberationError) arrives as its sentence; any other error is logged and reported as one
    sentence too (`failure`, by default a general one) — never as a traceback. `collect=False`
    skips the garbage collection made before starting (for the store's opening at start-up,
    when no Qt object has been dropped yet and the first frame must not wait).

    Signals:
        progress(int, int): done, total.
        finished(object): the work's result (the work has ended).
        failed(str): one French sentence (the work has ended).

    Attributes:
        running: True between `start()` and `finished`/`failed`.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Work,
        parent: QObject | None = None,
        failure: str | None = None,
        name: str = "deliberation-task",
        collect: bool = True,
    ) -> None:
        super().__init__(parent)
        self.running = False
        self._collect = collect
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progress)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.refused.connect(self._refused)
        self._runnable = _Runnable(work, self._relay, failure or unexpected(), name)

    def start(self) -> None:
        # Python's collector may run in the worker: free now, on this thread, the Qt objects
        # left unreachable, so that none is deleted from the worker (which crashes Qt).
        if self._collect:
            gc.collect()
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)

    def wait(self) -> None:
        """Block until the work has ended (on shutdown); at once if it was never started."""
        if self.running:
            self._runnable.ended.wait()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._runnable.ended.wait()
        self.running = False
        self.finished.emit(result)

    @Slot(str)
    def _refused(self, text: str) -> None:
        self._runnable.ended.wait()
        self.running = False
        self.failed.emit(text)
