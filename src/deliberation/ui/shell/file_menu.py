"""Fichier's bases: Nouvelle base…, Ouvrir une base…, Bases récentes, Enregistrer une copie…."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from deliberation.paths import is_url, safe_location
from deliberation.rules.connection import is_shared_url, shared_name
from deliberation.ui.shell.store_files import (
    STORE_FILTER,
    forget_store,
    recent_stores,
    store_name,
)

if TYPE_CHECKING:
    from deliberation.services.root import Root
    from deliberation.ui.kit.background import Task
    from deliberation.ui.kit.messages import MessageService


class FileMenu(QObject):
    """The bases' actions of Fichier, for a window that can switch base.

    Signals:
        open_requested(str): the base the user chose (new, opened or recent).
        connect_requested(): Se connecter à une base partagée… was chosen.
        status_message(str): a short note for the status bar.
    """

    open_requested = Signal(str)
    connect_requested = Signal()
    status_message = Signal(str)

    def __init__(self, menu: QMenu, window: QWidget, messages: MessageService) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.root: Root | None = None
        self.location = ""
        self.copying: Task | None = None
        # No key: Ctrl+N is each page's « Nouveau » (a new base is rare; one key, one meaning).
        self.new_action = self._action(self.tr("&Nouvelle base…"))
        self.new_action.setStatusTip(
            self.tr("Créer une base vide, avec la composition du comité, et l'ouvrir")
        )
        self.new_action.triggered.connect(self.new_store)
        self.open_action = self._action(self.tr("&Ouvrir une base…"), QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Ouvrir une autre base à la place de celle-ci"))
        self.open_action.triggered.connect(self.open_store)
        self.connect_action = self._action(self.tr("&Se connecter à une base partagée…"))
        self.connect_action.setStatusTip(
            self.tr("Ouvrir la base commune du comité sur un serveur PostgreSQL")
        )
        self.connect_action.triggered.connect(self.connect_requested)
        self.recent_menu = QMenu(self.tr("Bases &récentes"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.copy_action = self._action(self.tr("Enregistrer une &copie…"))
        self.copy_action.setStatusTip(
            self.tr("Copier la base dans un fichier (possible pendant que vous travaillez)")
        )
        self.copy_action.triggered.connect(self.save_copy)
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.connect_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.copy_action)
        self.fill_recent()

    def _action(self, text: str, key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        self.window.addAction(action)
        return action

    def attach(self, root: Root, location: str) -> None:
        """The base now shown (its copy is the one Enregistrer une copie… makes)."""
        self.root = root
        self.location = location

    # -- the actions ----------------------------------------------------------------------------

    def new_store(self) -> None:
        """Fichier › Nouvelle base…: a new file, seeded like a first start, then opened."""
        path = self.messages.save_file(
            self.window, self.tr("Nouvelle base"), "deliberation.sqlite3", STORE_FILTER
        )
        if path is None:
            return
        if path.exists():
            self.messages.error(
                self.window,
                self.tr(
                    "Le fichier %1 existe déjà ; ouvrez-le avec « Ouvrir une base… » ou "
                    "choisissez un autre nom."
                ).replace("%1", str(path)),
            )
            return
        self.open_requested.emit(str(path))

    def open_store(self) -> None:
        """Fichier › Ouvrir une base…"""
        path = self.messages.open_file(self.window, self.tr("Ouvrir une base"), STORE_FILTER)
        if path is None:
            return
        if not path.is_file():
            self.messages.error(
                self.window, self.tr("La base %1 n'existe pas.").replace("%1", str(path))
            )
            return
        self.open_requested.emit(str(path))

    def fill_recent(self) -> None:
        """List the bases opened last (the one shown is not listed)."""
        self.recent_menu.clear()
        current = str(Path(self.location).absolute()) if self.location else ""
        listed = [s for s in recent_stores() if s != current]
        for number, location in enumerate(listed, start=1):
            name = shared_name(location) if is_shared_url(location) else store_name(location)
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.setToolTip(safe_location(location))
            action.setStatusTip(safe_location(location))
            action.setData(location)
            action.triggered.connect(lambda _=False, chosen=location: self.open_recent(chosen))
        if not listed:
            empty = self.recent_menu.addAction(self.tr("Aucune autre base ouverte récemment"))
            empty.setEnabled(False)

    def open_recent(self, location: str) -> None:
        """Fichier › Bases récentes › a base; a file gone since is said so and left out."""
        if not is_url(location) and not Path(location).is_file():
            forget_store(location)
            self.fill_recent()
            self.messages.error(
                self.window,
                self.tr(
                    "La base %1 n'existe plus à cet emplacement ; elle est retirée des bases "
                    "récentes."
                ).replace("%1", location),
            )
            return
        self.open_requested.emit(location)

    def save_copy(self) -> None:
        """Fichier › Enregistrer une copie…: SQLite's online backup, while the app goes on."""
        from deliberation.store.backup import SHARED_COPY, store_file

        if self.root is None or (self.copying is not None and self.copying.running):
            return
        source = store_file(self.location)
        if source is None:
            self.messages.information(self.window, self.tr("Enregistrer une copie"), SHARED_COPY)
            return
        suggested = f"{source.stem}-copie-{date.today().isoformat()}{source.suffix or '.sqlite3'}"
        target = self.messages.save_file(
            self.window, self.tr("Enregistrer une copie de la base"), suggested, STORE_FILTER
        )
        if target is None:
            return
        from deliberation.ui.kit.background import Task

        root = self.root
        self.copying = Task(lambda _progress: root.save_copy(target), self, name="store copy")
        self.copying.finished.connect(
            lambda path: self.status_message.emit(
                self.tr("Copie de la base enregistrée : %1").replace("%1", str(path))
            )
        )
        self.copying.failed.connect(lambda text: self.messages.error(self.window, text))
        self.copying.start()
