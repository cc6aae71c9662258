"""Opening the store off the UI thread at start-up, so that the window shows at once."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from deliberation.errors import DeliberationError

if TYPE_CHECKING:
    from deliberation.services.root import Root

log = logging.getLogger(__name__)


class _Worker(QObject):
    """Lives in the opener's thread; touches no widget."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, location: str) -> None:
        super().__init__()
        self.location = location

    @Slot()
    def work(self) -> None:
        try:
            from deliberation.services.root import (
                open_root,  # imports SQLAlchemy: the slow part
            )

            opened = open_root(self.location)
            # SQLite connections belong to the thread that made them: leave none in the pool.
            opened.store.engine.dispose()
        except DeliberationError as exc:
            log.error("cannot open the store %s: %s", self.location, exc)
            self.failed.emit(str(exc))
        except Exception:
            log.exception("cannot open the store %s", self.location)
            self.failed.emit(
                QCoreApplication.translate(
                    "app",
                    "Le magasin de données n'a pas pu être ouvert à cause d'une erreur inattendue, "
                    "dont le détail a été consigné dans le journal de l'application.",
                )
            )
        else:
            self.opened.emit(opened)


class StoreOpener(QObject):
    """Opens (creates, migrates, seeds) a store in a background thread.

    Signals:
        opened(Root): the store is ready; emitted in the opener's (UI) thread.
        failed(str): one sentence saying why the store cannot be used.
    """

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("store-opener")
        self._worker = _Worker(location)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.work)
        self._worker.opened.connect(self._finish_opened)
        self._worker.failed.connect(self._finish_failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until the thread has ended (on shutdown)."""
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _finish_opened(self, opened: Root) -> None:
        self.wait()
        self.opened.emit(opened)

    @Slot(str)
    def _finish_failed(self, text: str) -> None:
        self.wait()
        self.failed.emit(text)
