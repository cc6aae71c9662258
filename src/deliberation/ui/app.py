"""Composition root of the desktop application: Qt, the store, the main window, the event loop."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypedDict

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from deliberation.errors import DeliberationError
from deliberation.paths import APP_NAME
from deliberation.ui.kit.language import chosen_language, current_language, install
from deliberation.ui.kit.messages import MessageService, with_log_path
from deliberation.ui.kit.settings import move_old_settings
from deliberation.ui.kit.style import apply_look

if TYPE_CHECKING:
    from datetime import datetime

    from deliberation.records.home import HomeOverview
    from deliberation.services.root import Root

log = logging.getLogger(__name__)

APPLICATION_NAME = APP_NAME
"""Qt's application and organisation names: « deliberation », as the data and log folders, so
that the settings sit in ~/.config/deliberation/ (the registry's Software\\deliberation on
Windows) beside the mail templates."""
ORGANISATION_NAME = APP_NAME
DISPLAY_NAME = "Délibération"
ORGANISATION_DOMAIN = "deliberation.education.fr"
DESKTOP_FILE = "deliberation"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, created if needed, speaking `language` (--lang), else the language of
    DELIBERATION_LANG or Préférences › Langue, else French (see ui/kit/language.py)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setDesktopFileName(DESKTOP_FILE)
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())  # every window without its own shows it
    if not app.property("deliberation_settings_moved"):
        move_old_settings()
        app.setProperty("deliberation_settings_moved", True)
    wanted = chosen_language(language)
    if not app.property("deliberation_translated") or current_language(app) != wanted:
        install(app, wanted)
        app.setProperty("deliberation_translated", True)
    apply_look(app)
    return app


def application_icon() -> QIcon:
    """The application's icon (resources/icons: the SVG, and a 256 px PNG where no SVG engine
    is at hand); a null icon, and a line in the log, when neither file is there."""
    from deliberation.resources import resource_path

    icon = QIcon()
    try:
        folder = resource_path("icons")
    except DeliberationError as exc:
        log.warning("no application icon: %s", exc)
        return icon
    for name in ("deliberation.svg", "deliberation-256.png"):
        if (folder / name).is_file():
            icon.addFile(str(folder / name))
    if icon.isNull():
        log.warning("no application icon under %s", folder)
    return icon


def excepthook(messages: MessageService, previous: ExceptHook) -> ExceptHook:
    """A sys.excepthook that logs the error and tells the user in one sentence."""
    showing = False

    def hook(
        kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, traceback)
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        if showing:
            return
        if isinstance(error, DeliberationError):
            text = str(error)
        else:
            text = with_log_path(
                QCoreApplication.translate(
                    "app",
                    "Une erreur inattendue s'est produite ; l'opération en cours n'a peut-être "
                    "pas abouti et le détail a été consigné dans le journal de l'application (%1).",
                )
            )
        showing = True
        try:
            messages.error(QApplication.activeWindow(), text)
        finally:
            showing = False

    return hook


def _configure_logging() -> None:
    """Log to stderr and, when its folder can be written, to the application's log file.

    The file handler is added even when the command line has already set up logging, since
    the messages shown to the user point to that file.
    """
    from logging.handlers import RotatingFileHandler

    from deliberation.paths import log_path

    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    if logging.getLogger("deliberation").level == logging.NOTSET:
        logging.getLogger("deliberation").setLevel(logging.INFO)
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    path = log_path()
    try:
        handler = _private_log_handler(path)
    except OSError as exc:
        log.warning("no log file at %s: %s", path, exc)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _private_log_handler(path: Path) -> logging.Handler:
    """A rotating log file readable by its owner only (it names delegates and stores): its folder
    made 0700, the file and each one rotation starts 0600, without touching the process umask."""
    from logging.handlers import RotatingFileHandler

    from deliberation.paths import PRIVATE_FILE, create_private_file, make_private_dirs

    class PrivateRotatingFileHandler(RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            with contextlib.suppress(FileExistsError):
                create_private_file(Path(self.baseFilename))
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, PRIVATE_FILE)  # a log an older version left 0644
            return super()._open()

    make_private_dirs(path.parent)
    return PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def _dispose(app: QApplication, window: QMainWindow) -> None:
    """Close the window (saving its geometry) without leaving a quit request behind.

    A quit request still queued once the loop has returned would make every later event loop
    of this QApplication (a test's, a second run's) return at once.
    """
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def _light_home(location: str) -> tuple[HomeOverview, datetime | None] | None:
    """Accueil's overview and the user's previous visit, read from a SQLite store at the
    current schema with the standard library alone (services/reading.py), or None where that
    read does not apply or fails: the store then opens, and is worded, as usual."""
    from deliberation.paths import safe_location
    from deliberation.services.reading import open_reading_root
    from deliberation.ui.home.home_page import previous_opening

    try:
        root = open_reading_root(location)
        if root is None:
            return None
        since = previous_opening(safe_location(location))
        with root as reading:
            return reading.home.overview(since), since
    except Exception as exc:  # the usual opening says what is wrong, if anything
        log.info("Accueil not read ahead of the store (%s): %s", safe_location(location), exc)
        return None


def run(
    location: str,
    argv: list[str] | None = None,
    after_show: Callable[[QMainWindow], None] | None = None,
    after_ready: Callable[[QMainWindow], None] | None = None,
    after_filled: Callable[[QMainWindow], None] | None = None,
    language: str | None = None,
) -> int:
    """Show the main window, open the store at `location` behind it, run until it closes.

    A SQLite store at the current schema is read first without SQLAlchemy, so that the window
    appears with Accueil filled; the store itself (SQLAlchemy, migrations, seeding) then opens
    in a background thread and is attached to that page when ready. Any other store (a URL, one
    to migrate, one the light read cannot read) shows « Ouverture de la base… » until then.
    `after_show(window)` is called once the window is shown, `after_filled(window)` once its
    first page is filled (from the light read, else once the store is open), `after_ready(window)`
    once the store is open and attached (the start-up benchmark measures the three). Returns the
    process exit code: 1 when the store cannot be opened.

    A shared base (a PostgreSQL URL) takes the keyring's password, else asks for it once the
    window is shown; a refused one is said and asked again, an upgrade asks how the base is
    backed up first (ui/shell/shared_store.py), and a base that is not opened in the end leaves
    the choice of the local one.
    """
    _configure_logging()
    app = application(argv, language)
    messages = MessageService()
    previous_hook = sys.excepthook
    sys.excepthook = excepthook(messages, previous_hook)
    from deliberation.paths import safe_location
    from deliberation.rules.connection import is_shared_url, shared_name
    from deliberation.ui.kit.background import Progress, Task
    from deliberation.ui.main_window import MainWindow

    shown = safe_location(location)  # what the log may say: never a password
    shared = is_shared_url(location)

    state: dict[str, Any] = {}
    window = MainWindow(None, location, messages)
    previewed = _light_home(location)
    if previewed is not None:
        from deliberation.ui.home.home_page import remember_opening

        window.preview_home(*previewed)
        remember_opening(shown)

    def ready(opened: Root) -> None:
        from deliberation.ui.kit.background import keep_for_good
        from deliberation.ui.kit.editor import Editor

        state["opened"] = opened
        if opened.seeded.changed:
            log.info("seeded %s: %s", shown, ", ".join(opened.seeded.added))
        try:
            state["editor"] = editor = Editor(opened)
            window.attach(editor, reread_home=opened.seeded.changed)
            keep_for_good()  # long-lived from here: out of the full collections' walk
        except DeliberationError as exc:
            failed(str(exc))
            return
        except Exception:
            log.exception("cannot show the store %s", shown)
            failed(
                with_log_path(
                    QCoreApplication.translate(
                        "app",
                        "La base a été ouverte mais n'a pas pu être affichée à cause d'une erreur "
                        "inattendue, dont le détail a été consigné dans le journal de "
                        "l'application (%1).",
                    )
                )
            )
            return
        if shared and window.raw_location == location:
            window.say_opened(opened)  # the login's note, and where pg_dump wrote its backup
        if after_filled is not None and previewed is None:
            QTimer.singleShot(0, lambda: after_filled(window))
        if after_ready is not None:
            QTimer.singleShot(0, lambda: after_ready(window))

    def failed(text: str) -> None:
        messages.error(window, text)
        if shared and window.raw_location == location:
            log.error("cannot open the store %s: %s", shown, text)
            back_to_local()
            return
        app.exit(1)

    def back_to_local() -> None:
        """The shared base was not opened: the local one instead, or quit."""
        from deliberation.paths import default_store_path

        local = str(default_store_path())
        chosen = messages.choose(
            window,
            QCoreApplication.translate(
                "app",
                "La base partagée %1 n'a pas été ouverte. Ouvrir votre base locale (%2) à la "
                "place ? Sinon, l'application se ferme.",
            )
            .replace("%1", shared_name(location))
            .replace("%2", local),
            [QCoreApplication.translate("app", "Ouvrir la base locale")],
        )
        if chosen is None:
            app.exit(1)
            return
        window.set_location(local)
        start_opener(local)

    def start_opener(where: str) -> None:
        """Open (create, migrate, seed) the store at `where` in a pool thread."""
        from deliberation.ui.shell.store_files import open_for_window

        def open_store(_progress: Progress) -> Root:
            try:
                return open_for_window(where)
            except DeliberationError as exc:
                log.error("cannot open the store %s: %s", safe_location(where), exc)
                raise

        opener = Task(
            open_store,
            failure=with_log_path(
                QCoreApplication.translate(
                    "app",
                    "La base n'a pas pu être ouverte à cause d'une erreur inattendue, "
                    "dont le détail a été consigné dans le journal de l'application (%1).",
                )
            ),
            name=f"opening the store {safe_location(where)}",
            collect=False,  # nothing to free yet; a collection here would delay the first frame
        )
        opener.finished.connect(ready)
        opener.failed.connect(failed)
        state.setdefault("openers", []).append(opener)
        opener.start()

    def start_shared() -> None:
        """A shared base: its password (keyring, else asked), then opened off the UI thread."""
        from deliberation.ui.shell.shared_store import Opening, password_for

        go_on, password = password_for(location, window, messages)
        if not go_on:
            back_to_local()
            return
        opening = Opening(window, messages, ask_again=True)
        opening.opened.connect(lambda root, _where: ready(root))
        opening.failed.connect(failed)
        opening.cancelled.connect(back_to_local)
        state["openers"] = [*state.get("openers", []), opening]
        opening.start(location, password)

    try:
        window.show()
        if shared:  # once the window is painted: the password may have to be asked
            QTimer.singleShot(0, start_shared)
        else:
            start_opener(location)
        if after_show is not None:
            QTimer.singleShot(0, lambda: after_show(window))
        if after_filled is not None and previewed is not None:
            QTimer.singleShot(0, lambda: after_filled(window))
        code = app.exec()
        for opener in state.get("openers", []):
            opener.wait()
            opener.blockSignals(True)  # a result still queued reaches no later run
        shown_last = window.editor  # Fichier › Ouvrir may have changed the base since
        _dispose(app, window)
        if shown_last is not None and shown_last.root is not state.get("opened"):
            shown_last.root.close()
        # Fichier › Ouvrir (or Se connecter…) deleted the first editor when it showed another.
        if "editor" in state and shiboken6.isValid(state["editor"]):
            state["editor"].deleteLater()
        return code
    finally:
        if "opened" in state:
            state["opened"].close()
        sys.excepthook = previous_hook


EXIT_AFTER_ENV = "DELIBERATION_EXIT_AFTER"
START_MARKS = ("shown", "filled", "ready")
"""The start-up's steps, in order: the window shown, its first page filled, the store open."""


class StartMarks(TypedDict, total=False):
    """`run`'s keyword arguments that start_marks fills."""

    after_show: Callable[[QMainWindow], None]
    after_filled: Callable[[QMainWindow], None]
    after_ready: Callable[[QMainWindow], None]


def start_marks(value: str | None) -> StartMarks:
    """`run`'s callbacks for DELIBERATION_EXIT_AFTER=shown|filled|ready: each step up to the
    named one printed on its own line of stdout, then the application quits. What a smoke test
    of an installed bundle and the start-up benchmarks use; empty for any other value."""
    marks = StartMarks()
    if value not in START_MARKS:
        return marks
    last = START_MARKS.index(value)

    def marker(step: str) -> Callable[[QMainWindow], None]:
        def mark(_window: QMainWindow) -> None:
            print(step, flush=True)
            if step == value:
                QCoreApplication.exit(0)

        return mark

    marks["after_show"] = marker("shown")
    if last >= 1:
        marks["after_filled"] = marker("filled")
    if last >= 2:
        marks["after_ready"] = marker("ready")
    return marks
