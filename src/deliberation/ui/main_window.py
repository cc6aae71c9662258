"""The main window: navigation between the areas of the product, menus, status bar."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from deliberation import __version__
from deliberation.paths import safe_location
from deliberation.records.places import Place
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.pages import empty_label
from deliberation.ui.kit.screen import available_area, first_size, frame_margins
from deliberation.ui.kit.settings import USER_NAME, WINDOW_GEOMETRY
from deliberation.ui.kit.shortcuts import GUIDE_KEYS
from deliberation.ui.kit.widgets import ElidedLabel
from deliberation.ui.shell.store_files import remember_store, store_name

if TYPE_CHECKING:
    from datetime import datetime

    from deliberation.records.home import HomeOverview
    from deliberation.services.root import Root
    from deliberation.ui.kit.editor import Editor  # built once the store is open
    from deliberation.ui.kit.search_dialog import SearchDialog
    from deliberation.ui.shell.shared_store import Opening

HOME, REFERENTIAL, GROUPS, MEETINGS, POSITIONS, OPINIONS = (
    "home",
    "referential",
    "groups",
    "meetings",
    "positions",
    "opinions",
)


STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0; }
QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid);
    padding-top: 8px; }
QListWidget#navigation::item { padding: 7px 12px; border-radius: 4px; margin: 0 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""


PREFERRED_SIZE = QSize(1280, 820)
"""The window's least size on a first start, when the screen has room for it."""
LOCATION_WIDTH = 560
"""The status bar's base path is elided past this width (the rest is the notes' room)."""
LARGE_SHARE = 85
"""On a first start, the window takes this share (in %) of a larger screen."""


@dataclass
class Area:
    """One entry of the navigation: its key, label, and how to build its page."""

    key: str
    label: str
    build: Callable[[], QWidget]
    available: bool = True
    page: QWidget | None = None


class MainWindow(QMainWindow):
    """The application window; pages are built the first time they are shown.

    Signals:
        store_switched(str): another base is now shown (Fichier › Ouvrir, Nouvelle, Récents).

    Attributes:
        editor: the edits and the undo stack of this window.
        location: the store's path or URL (password hidden), shown in the status bar.
        messages: the message service every screen uses.
        navigation: the sidebar listing the areas.
        undo_action, redo_action: Édition › Annuler / Rétablir.
    """

    store_switched = Signal(str)

    def __init__(
        self,
        editor: Editor | None,
        location: str,
        messages: MessageService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor: Editor | None = None
        self.location = safe_location(location)
        self.messages = messages or MessageService()
        self.body_name = ""
        self.raw_location = location  # what reopens it (Fichier › Récents)
        self.switching: Opening | None = None
        self._pending_place: Place | None = None
        # Qt appends the application display name (« — Délibération ») to any other title on
        # X11 and Windows; a title equal to it is shown alone.
        self.setWindowTitle("Délibération")
        self.areas = [
            Area(HOME, self.tr("Accueil"), self._build_home),
            Area(REFERENTIAL, self.tr("Référentiel"), self._build_referential),
            Area(GROUPS, self.tr("Groupes de travail"), self._build_groups),
            Area(MEETINGS, self.tr("Séances"), self._build_meetings),
            Area(POSITIONS, self.tr("Positions"), self._build_positions),
            Area(OPINIONS, self.tr("Avis"), self._build_opinions),
        ]
        self._build_navigation()
        self._build_menus()
        self._build_search()
        self._build_status_bar()
        self.setStyleSheet(STYLE)
        self._restore_geometry()
        if editor is None:
            self._show_loading()
        else:
            self.attach(editor)

    def _show_loading(self) -> None:
        """While the store opens (off the UI thread), the window shows that it is coming."""
        self.loading: QLabel | None = empty_label(self.tr("Ouverture de la base…"))
        self.stack.addWidget(self.loading)
        self.navigation.setEnabled(False)

    def preview_home(self, overview: HomeOverview, since: datetime | None) -> None:
        """Show Accueil filled with `overview`, read before the store is open (ui/app.py's
        light read); `attach` then gives that same page its editor, so nothing is rebuilt and
        the page does not flicker. Until then the other areas and the menus that need the
        store stay disabled, as while loading; a line chosen meanwhile opens once attached."""
        from deliberation.ui.home.home_page import HomePage

        if self.editor is not None:
            return
        page = HomePage(None, self.messages, since, overview=overview)
        page.status_message.connect(self.show_status)
        page.place_requested.connect(self.open_place)
        home = next(a for a in self.areas if a.key == HOME)
        home.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.navigation.blockSignals(True)  # no area is built before the store is open
        self.navigation.setCurrentRow(self.areas.index(home))
        self.navigation.blockSignals(False)
        loading = getattr(self, "loading", None)
        if loading is not None:
            self.stack.removeWidget(loading)
            loading.deleteLater()
            self.loading = None

    def attach(self, editor: Editor, reread_home: bool = False) -> None:
        """Connect the window to its open store and show the first page (the one previewed,
        if any, keeps what it shows unless `reread_home`)."""
        self.editor = editor
        previewed = next(a for a in self.areas if a.key == HOME).page
        if getattr(previewed, "editor", True) is not None:
            previewed = None  # no page shown before the store opened
        if previewed is not None:
            previewed.attach(editor, reread_home)  # type: ignore[attr-defined]
        body = editor.referential.body()
        self.body_name = body.name if body else ""
        # Shown as « Comité … — base.sqlite3 — Délibération »: the body, then the base's name.
        title = [body.short_name] if body and body.short_name else []
        self.setWindowTitle(" — ".join([*title, store_name(self.location)]))
        self.body_label.setText(self.body_name)
        self.file_menu.attach(editor.root, self.raw_location)
        remember_store(self.raw_location)
        self._build_edit_menu(editor)
        identity = editor.root.identity  # a shared base's login: its name is the user's
        editor.positions.user = USER_NAME.get() if identity is None else identity.name
        editor.replayed.connect(self.show_status)
        self._start_live(editor)
        editor.failed.connect(
            lambda text: self.messages.error(self, text), Qt.ConnectionType.QueuedConnection
        )
        self.navigation.setEnabled(True)
        # What the connected role may do (a shared base): noted in the status bar; the pages
        # hide their own actions (EditorPage.allow), the window the sending of mail.
        capabilities = editor.capabilities
        self.role_label.setText(capabilities.note)
        self.role_label.setVisible(bool(capabilities.note))
        self.mail_settings_action.setEnabled(capabilities.mail)
        self.outbox_action.setEnabled(capabilities.mail)
        self.search_action.setEnabled(True)
        self.search_field.setEnabled(True)
        self.show_area(HOME)
        if previewed is not None:
            self._area_changed(self.navigation.currentRow())  # printing and undo follow it
        loading = getattr(self, "loading", None)
        if loading is not None:
            self.stack.removeWidget(loading)
            loading.deleteLater()
            self.loading = None
        if self._login_note():
            self.statusBar().showMessage(self._login_note(), 60_000)
        pending, self._pending_place = self._pending_place, None
        if pending is not None:
            self.open_place(pending)

    # -- navigation -----------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(2)
        font = QFont(self.navigation.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        muted = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(area.label)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            shortcut = QKeySequence(f"Ctrl+{number}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            if area.available:
                item.setToolTip(shortcut)
            else:
                item.setForeground(muted)
                item.setToolTip(
                    self.tr("À venir dans une prochaine version (%1)").replace("%1", shortcut)
                )
            self.navigation.addItem(item)
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            self.addAction(go)
        # the widest label and the items' room, measured without laying the items out (which
        # sizeHintForColumn does, at a cost seen on the first window's time)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(area.label) for area in self.areas)
        self.navigation.setFixedWidth(max(widest + 70, 190))
        self.navigation.currentRowChanged.connect(self._area_changed)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def show_area(self, key: str) -> QWidget:
        """Show an area (building its page if needed) and return its page."""
        if self.editor is None:  # still opening the store
            loading = self.stack.currentWidget()
            assert loading is not None  # the label shown while the store opens
            return loading
        row = next(i for i, area in enumerate(self.areas) if area.key == key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page of an area, built now if it was not yet."""
        area = next(a for a in self.areas if a.key == key)
        if area.page is None:
            area.page = area.build()
            self.stack.addWidget(area.page)
        return area.page

    def current_area(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _area_changed(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            page = self.page(self.areas[row].key)
            self.stack.setCurrentWidget(page)
            self.printing.refresh()
            workspace = getattr(page, "workspace", None)
            self.use_stack(workspace.undo_stack if workspace is not None else None)

    def _attached(self) -> Editor:
        """The editor of the open store (pages are built only once it is attached)."""
        assert self.editor is not None
        return self.editor

    def _build_home(self) -> QWidget:
        from deliberation.ui.home.home_page import HomePage, remember_opening

        since = remember_opening(self.location)
        page = HomePage(self._attached(), self.messages, since)
        page.status_message.connect(self.show_status)
        page.place_requested.connect(self.open_place)
        return page

    def _build_referential(self) -> QWidget:
        from deliberation.ui.referential.referential_page import ReferentialPage

        page = ReferentialPage(self._attached(), self.messages)
        page.status_message.connect(self.show_status)
        return page

    def _build_groups(self) -> QWidget:
        from deliberation.ui.referential.groups_page import GroupsPage

        page = GroupsPage(self._attached(), self.messages)
        page.status_message.connect(self.show_status)
        return page

    def _build_meetings(self) -> QWidget:
        from deliberation.ui.meetings.meetings_page import MeetingsPage

        page = MeetingsPage(self._attached(), self.messages)
        page.status_message.connect(self.show_status)
        return page

    def _build_positions(self) -> QWidget:
        from deliberation.ui.positions.positions_page import PositionsPage

        page = PositionsPage(self._attached(), self.messages)
        page.status_message.connect(self.show_status)
        return page

    def _build_opinions(self) -> QWidget:
        from deliberation.ui.opinions.opinions_page import OpinionsPage

        page = OpinionsPage(self._attached(), self.messages)
        page.status_message.connect(self.show_status)
        page.stack_changed.connect(
            lambda stack: self.use_stack(stack) if self.current_area() == OPINIONS else None
        )
        page.workspace.positions.consultation_requested.connect(self.show_consultation)
        return page

    def show_consultation(self, consultation_id: int) -> None:
        """Open the Positions area on a consultation (from the positions beside a text)."""
        from deliberation.ui.positions.positions_page import PositionsPage

        page = self.show_area(POSITIONS)
        if isinstance(page, PositionsPage):
            page.reload()
            page.select_consultation(consultation_id)

    def open_place(self, place: Place) -> bool:
        """Open an item where it lives (home page, search): its area, then its row; True if shown.

        The detail inside the row (a paragraph, an agenda item, a delegate…) is honoured where the
        area can select it; otherwise the row is shown.
        """
        if self.editor is None:  # Accueil shown from the start-up's read: opens once attached
            self._pending_place = place
            self.show_status(self.tr("Ouverture de la base…"))
            return False
        if place.kind in ("organisation", "delegate"):
            referential = self.show_area(REFERENTIAL)
            shown = bool(referential.select_organisation(place.id))  # type: ignore[attr-defined]
            if shown and place.kind == "delegate" and place.detail.isdigit():
                referential.panel.select_delegate(int(place.detail))  # type: ignore[attr-defined]
            return shown
        if place.kind == "group":
            groups = self.show_area(GROUPS)
            return bool(groups.select_group(place.id))  # type: ignore[attr-defined]
        if place.kind in ("meeting", "agenda_item", "action"):
            return self._open_meeting_place(place)
        if place.kind in ("consultation", "position"):
            self.show_consultation(place.id)
            if place.kind == "position":
                organisation_id, _colon, subject_id = place.detail.partition(":")
                if organisation_id.isdigit() and subject_id.isdigit():
                    positions = self.page(POSITIONS)
                    cell = (int(subject_id), int(organisation_id))
                    positions.area.select_cell(cell)  # type: ignore[attr-defined]
            return True
        if place.kind in ("opinion", "paragraph"):
            opinions = self.show_area(OPINIONS)
            shown = bool(opinions.select_opinion(place.id))  # type: ignore[attr-defined]
            paragraph = _uuid(place.detail) if place.kind == "paragraph" else None
            if shown and paragraph is not None:
                opinions.workspace.go_to(paragraph)  # type: ignore[attr-defined]
            return shown
        return False

    def _open_meeting_place(self, place: Place) -> bool:
        """A meeting, one of its agenda items (its decision) or an action, in Séances."""
        meetings = self.show_area(MEETINGS)
        if place.kind == "action" and place.detail.isdigit():
            actions = meetings.actions_panel  # type: ignore[attr-defined]
            meetings.tabs.setCurrentWidget(actions)  # type: ignore[attr-defined]
            if actions.select_action(int(place.detail)) or not place.id:
                return True
        if not place.id:
            return False
        meetings.show_meeting(place.id)  # type: ignore[attr-defined]
        item = _uuid(place.detail) if place.kind == "agenda_item" else None
        if item is not None:
            page = meetings.meeting_page  # type: ignore[attr-defined]
            page.tabs.setCurrentWidget(page.agenda)
            page.agenda.select_item(item)
            page.decisions.select_point(item)
        return True

    def switch_store(self, location: str) -> None:
        """Show another base: the texts being typed are saved first, the base opens off the UI
        thread, then the areas are rebuilt on it and the previous one is closed. A shared base's
        password is the keyring's, else asked."""
        from deliberation.ui.shell.shared_store import Opening, password_for

        if self.editor is None or (self.switching is not None and self.switching.running):
            return
        if not self.flush_texts() and not self.messages.confirm(
            self,
            self.tr("Le texte d'un avis n'a pas pu être enregistré. Changer de base quand même "
                    "et perdre les dernières modifications ?"),
            self.tr("Changer de base"),
        ):  # fmt: skip
            return
        go_on, password = password_for(location, self, self.messages)
        if not go_on:
            return
        self.show_status(self.tr("Ouverture de la base %1…").replace("%1", safe_location(location)))
        self.switching = Opening(self, self.messages, ask_again=True)
        self.switching.opened.connect(self._show_store)
        self.switching.failed.connect(lambda text: self.messages.error(self, text))
        self.switching.start(location, password)

    def connect_shared(self) -> QDialog | None:
        """Fichier › Se connecter à une base partagée… (the texts being typed are saved first)."""
        from deliberation.ui.shell.connect_dialog import ConnectDialog

        if self.editor is None or not self.flush_texts():
            return None
        dialog = ConnectDialog(self.messages, self)
        dialog.connected.connect(lambda root, url: self._show_store(root, url, dialog.note))
        self.connect_dialog: QDialog = dialog
        dialog.open()
        return dialog

    def _show_store(self, root: Root, location: str, note: str = "") -> None:
        """Drop the areas built on the previous base, close it, and attach the new one."""
        from deliberation.ui.kit.editor import Editor

        previous = self.editor
        self._stop_live()
        for area in self.areas:
            if area.page is not None:
                self.stack.removeWidget(area.page)
                area.page.deleteLater()
                area.page = None
        for action in (self.undo_action, self.redo_action, self.preferences_action):
            self.removeAction(action)
            action.deleteLater()
        self.edit_menu.clear()
        self.undo_group.deleteLater()
        self.set_location(location)
        self.attach(Editor(root))
        if previous is not None:
            previous.root.close()
            previous.deleteLater()
        self.say_opened(root, note)
        self.store_switched.emit(location)

    def set_location(self, location: str) -> None:
        """The base shown from now on: its location kept, and named in the status bar."""
        self.raw_location = location
        self.location = safe_location(location)
        self.location_label.setText(self.tr("Base : %1").replace("%1", _shown_name(self.location)))
        self.location_label.setToolTip(
            self.location + "\n" + self.tr("Clic droit : copier le chemin")
        )

    def say_opened(self, root: Root, note: str = "") -> None:
        """« Base ouverte : … » in the status bar; on a shared base, first what the user must
        know: a login not named yet, the password kept (and, in a box, where pg_dump wrote the
        backup taken before an upgrade)."""
        opened = self.tr("Base ouverte : %1").replace("%1", _shown_name(self.location))
        notes = [n for n in (self._login_note(), note) if n]
        if notes:
            self.statusBar().showMessage(" ".join([*notes, opened + "."]), 60_000)
        else:
            self.show_status(opened)
        backup = root.store.backup_path if root.store.upgraded_from is not None else None
        if backup is not None:
            self.messages.information(
                self,
                self.tr("Base mise à jour"),
                self.tr(
                    "La base a été sauvegardée avant sa mise à jour, dans le fichier :\n%1"
                ).replace("%1", str(backup)),
            )

    def _login_note(self) -> str:
        """On a shared base, a login the secretariat has not named yet is said ('' otherwise)."""
        identity = self.editor.root.identity if self.editor is not None else None
        if identity is None or identity.mapped:
            return ""
        return self.tr(
            "Vos modifications sont inscrites sous l'identifiant « %1 » : le secrétariat peut "
            "lui donner votre nom."
        ).replace("%1", identity.login)

    def flush_texts(self) -> bool:
        """Save the opinions' texts being typed; False if one could not be (user told)."""
        area = next(a for a in self.areas if a.key == OPINIONS)
        workspace = getattr(area.page, "workspace", None)
        return workspace is None or workspace.flush_all()

    def show_status(self, text: str) -> None:
        """A short note in the status bar, for a few seconds."""
        self.statusBar().showMessage(text, 8000)

    # -- menus and status bar -------------------------------------------------------------------

    def _build_menus(self) -> None:
        from deliberation.ui.shell.file_menu import FileMenu

        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.file_menu = FileMenu(menu, self, self.messages)
        self.file_menu.open_requested.connect(self.switch_store)
        self.file_menu.connect_requested.connect(self.connect_shared)
        self.file_menu.status_message.connect(self.show_status)
        menu.addSeparator()
        from deliberation.ui.shell.printing import PrintActions

        self.printing = PrintActions(menu, self, self.messages)
        self.printing.status_message.connect(self.show_status)
        menu.addSeparator()
        self.mail_settings_action = QAction(self.tr("Paramètres d'&envoi…"), self)
        self.mail_settings_action.setStatusTip(
            self.tr("Le serveur d'envoi des courriels du secrétariat et l'adresse d'expéditeur")
        )
        self.mail_settings_action.triggered.connect(self.open_mail_settings)
        self.outbox_action = QAction(self.tr("&Boîte d'envoi…"), self)
        self.outbox_action.setStatusTip(
            self.tr("Les courriels envoyés, en attente ou en échec ; renvoyer un message")
        )
        self.outbox_action.triggered.connect(self.open_outbox)
        for action in (self.mail_settings_action, self.outbox_action):
            action.setEnabled(False)  # until the store is open
            menu.addAction(action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Édition"))

        menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.guide_action = QAction(self.tr("&Guide de l'utilisateur"), self)
        self.guide_action.setShortcut(QKeySequence(GUIDE_KEYS))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.setStatusTip(self.tr("Le guide de Délibération, page par page"))
        self.guide_action.triggered.connect(lambda: self.open_guide())
        self.addAction(self.guide_action)
        menu.addAction(self.guide_action)
        self.keys_action = QAction(self.tr("&Raccourcis clavier"), self)
        self.keys_action.setStatusTip(self.tr("Les touches de chaque page"))
        self.keys_action.triggered.connect(self.open_shortcuts)
        menu.addAction(self.keys_action)
        menu.addSeparator()
        self.log_folder_action = QAction(self.tr("Ouvrir le dossier du &journal"), self)
        self.log_folder_action.setStatusTip(
            self.tr("Le dossier du journal, où le détail des erreurs est consigné")
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        menu.addAction(self.log_folder_action)
        about = QAction(self.tr("À &propos de Délibération"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        menu.addAction(about)

    def _build_search(self) -> None:
        """Ctrl+K anywhere, and a field at the right of the menu bar, open the search."""
        self.search_action = QAction(self.tr("&Rechercher…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.search_action.setStatusTip(self.tr("Chercher dans toute la base"))
        self.search_action.triggered.connect(lambda: self.open_search())
        self.addAction(self.search_action)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Rechercher (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Rechercher dans toute la base"))
        self.search_field.setMaximumWidth(260)
        self.search_field.setMinimumWidth(180)
        self.search_field.textEdited.connect(self._search_typed)
        self.search_field.returnPressed.connect(lambda: self._search_typed(""))
        self.menuBar().setCornerWidget(self.search_field, Qt.Corner.TopRightCorner)
        for widget in (self.search_action, self.search_field):
            widget.setEnabled(False)  # until the store is open
        self.search_dialog: SearchDialog | None = None

    def _search_typed(self, text: str) -> None:
        self.search_field.clear()
        self.open_search(text)

    def open_search(self, text: str = "") -> SearchDialog | None:
        """The search popup on `text`; the hit chosen opens through open_place."""
        from deliberation.ui.kit.search_dialog import SearchDialog

        editor = self.editor
        if editor is None:
            return None
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(editor.root.search.find, self)
            self.search_dialog.place_chosen.connect(self.open_place)
        if self.search_dialog.isVisible():
            self.search_dialog.raise_()
        self.search_dialog.show()
        self.search_dialog.activateWindow()
        self.search_dialog.start(text)
        return self.search_dialog

    def open_mail_settings(self) -> None:
        """Fichier › Paramètres d'envoi…"""
        from deliberation.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self._attached().root.outbox, self.messages, self)
        dialog.accepted.connect(lambda: self.show_status(self.tr("Réglages d'envoi enregistrés.")))
        self.mail_dialog: QDialog = dialog
        dialog.open()

    def open_outbox(self) -> None:
        """Fichier › Boîte d'envoi…"""
        from deliberation.ui.mail.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self._attached().root.outbox, self.messages, self)
        dialog.status_message.connect(self.show_status)
        self.mail_dialog = dialog
        dialog.open()

    def _build_edit_menu(self, editor: Editor) -> None:
        # One Annuler/Rétablir for the whole window: the active stack is the editor's, or the
        # opened opinion's while its area is shown (its text has its own history).
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(editor.undo_stack)
        self.undo_group.setActiveStack(editor.undo_stack)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts(
            _shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
            self.addAction(action)
        self.edit_menu.addSeparator()
        self.user_name_action = QAction(self.tr("Votre &nom…"), self)
        self.user_name_action.setStatusTip(
            self.tr("Le nom inscrit dans l'historique des positions que vous saisissez.")
        )
        self.user_name_action.triggered.connect(self.ask_user_name)
        self.edit_menu.addAction(self.user_name_action)
        self.preferences_action = QAction(self.tr("&Préférences…"), self)
        self.preferences_action.setShortcuts(
            _shortcuts(QKeySequence.StandardKey.Preferences, "Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.edit_menu.addAction(self.preferences_action)
        self.addAction(self.preferences_action)

    def open_preferences(self) -> None:
        """Édition › Préférences…; the user's name applies at once to the positions entered."""
        from deliberation.ui.shell.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.messages, self)
        dialog.accepted.connect(lambda: self.set_user_name(USER_NAME.get()))
        self.preferences_dialog: QDialog = dialog
        dialog.open()

    def use_stack(self, stack: QUndoStack | None) -> None:
        """Let Annuler/Rétablir drive `stack` (None: the editor's own stack)."""
        if self.editor is None:
            return
        stack = stack or self.editor.undo_stack
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def ask_user_name(self) -> None:
        """Ask the name recorded in the history of the positions this user enters."""
        from deliberation.records.positions import DEFAULT_USER

        if self.editor is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Votre nom"))
        dialog.setLabelText(
            self.tr(
                "Nom inscrit comme auteur des positions que vous saisissez et de leurs "
                "modifications (vide : « Secrétariat ») :"
            )
        )
        user = self.editor.positions.user
        dialog.setTextValue("" if user == DEFAULT_USER else user)
        dialog.textValueSelected.connect(self.set_user_name)
        dialog.open()

    def set_user_name(self, name: str) -> None:
        """Keep the user's name for this and later sessions."""
        from deliberation.records.positions import DEFAULT_USER

        if self.editor is None:
            return
        identity = self.editor.root.identity
        if identity is not None:  # a shared base records the name given to the login
            self.show_status(
                self.tr(
                    "Sur une base partagée, vos modifications sont inscrites au nom de %1."
                ).replace("%1", identity.name)
            )
            return
        self.editor.positions.user = name
        user = self.editor.positions.user
        USER_NAME.set("" if user == DEFAULT_USER else user)
        self.show_status(self.tr("Les positions seront saisies au nom de %1.").replace("%1", user))

    def open_guide(self, section: str = "") -> QWidget:
        """Aide › Guide de l'utilisateur (F1), at `section` (an anchor) if given."""
        from deliberation.ui.shell.guide import GuideWindow

        guide = getattr(self, "guide", None)
        if guide is None:
            guide = self.guide = GuideWindow(self.messages, self)
        if section:
            guide.go_to(section)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def open_shortcuts(self) -> QDialog:
        """Aide › Raccourcis clavier."""
        from deliberation.ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        """Aide › Ouvrir le dossier du journal, in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from deliberation.ui.kit.messages import log_file

        folder = log_file().parent
        if not folder.is_dir() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.messages.error(
                self,
                self.tr("Le dossier du journal %1 n'a pas pu être ouvert.").replace(
                    "%1", str(folder)
                ),
            )

    def show_about(self) -> None:
        text = self.tr(
            "<h3>Délibération %1</h3>"
            "<p>Groupes de travail, séances, positions et avis du %2.</p>"
            "<p>Base :<br><code>%3</code></p>"
        )
        body = self.body_name[:1].lower() + self.body_name[1:] if self.body_name else ""
        text = text.replace("%1", __version__).replace("%2", html.escape(body))
        text = text.replace("%3", html.escape(self.location))
        self.messages.about(self, self.tr("À propos de Délibération"), text)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # Eliding labels: a long name or path never makes the window wider than the screen.
        self.body_label = ElidedLabel()
        self.location_label = ElidedLabel(self.tr("Base : %1").replace("%1", self.location))
        self.location_label.setToolTip(
            self.location + "\n" + self.tr("Clic droit : copier le chemin")
        )
        # Elided, the path can no longer be selected: its menu copies it whole.
        self.copy_location_action = QAction(self.tr("Copier le chemin"), self.location_label)
        self.copy_location_action.triggered.connect(self.copy_location)
        self.location_label.addAction(self.copy_location_action)
        self.location_label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.role_label = QLabel()  # the role on a shared base (« Rôle : rapporteur »…)
        self.role_label.setVisible(False)
        bar.addWidget(self.body_label, 1)
        bar.addPermanentWidget(self.role_label)
        # Not stretched, and at most about half a window wide: a note shown in the status bar
        # (show_status) is drawn left of it, where a stretched label would leave it no room.
        self.location_label.setMaximumWidth(LOCATION_WIDTH)
        bar.addPermanentWidget(self.location_label)

    def copy_location(self) -> None:
        """Put the store's path (or URL, password hidden) on the clipboard."""
        QApplication.clipboard().setText(self.location)
        self.show_status(self.tr("Chemin de la base copié."))

    # -- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The geometry of the last session if it still fits the screen, else a size that
        does (the screen may have changed since: a laptop away from its large monitor)."""
        geometry = WINDOW_GEOMETRY.get()
        if geometry is not None and self.restoreGeometry(geometry):
            if self.isMaximized() or self.isFullScreen():
                return
            if available_area(self).contains(self.geometry().marginsAdded(frame_margins(self))):
                return
        area = available_area(self)
        first_size(
            self,
            PREFERRED_SIZE.expandedTo(
                QSize(area.width() * LARGE_SHARE // 100, area.height() * LARGE_SHARE // 100)
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_texts() and not self.messages.confirm(
            self,
            self.tr("Le texte d'un avis n'a pas pu être enregistré. Fermer quand même et perdre "
                    "les dernières modifications ?"),
            self.tr("Fermer sans enregistrer"),
        ):  # fmt: skip
            event.ignore()
            return
        WINDOW_GEOMETRY.set(self.saveGeometry())
        self._stop_live()
        super().closeEvent(event)

    def _start_live(self, editor: Editor) -> None:
        """Refresh the open screens when another client changes the store (see LiveNews)."""
        from deliberation.ui.kit.live import LiveNews

        self.live = LiveNews(editor)
        self.live.start()

    def _stop_live(self) -> None:
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()


def _shown_name(location: str) -> str:
    """A base as the status bar shows it: a file's path, a shared base's user@host/base."""
    from deliberation.rules.connection import is_shared_url, shared_name

    return shared_name(location) if is_shared_url(location) else location


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


def _shortcuts(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's shortcuts for a standard key, plus `extra` ones, without duplicates."""
    result: list[QKeySequence] = []
    for sequence in [*QKeySequence.keyBindings(standard), *map(QKeySequence, extra)]:
        if not sequence.isEmpty() and sequence not in result:
            result.append(sequence)
    return result
