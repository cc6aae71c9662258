"""The composition root: start-up, refusal of a bad store, unexpected errors, lazy imports."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow
from tests.mail.server import memory_keyring
from tests.store.conftest import (  # noqa: F401 (the fixtures)
    PASSWORD,
    needs_postgres,
    password_server,
    pg_url,
)
from tests.ui.conftest import RecordingMessages

from deliberation.errors import StoreLockedError
from deliberation.services.store_secrets import store_password
from deliberation.ui import app as app_module


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch, messages):
    """Make run() use the recording message service."""
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    return messages


@pytest.fixture(autouse=True)
def _collector_restored():
    """run() puts the objects of the start out of the collector's reach: give them back."""
    yield
    gc.unfreeze()


def test_run_shows_the_window_then_fills_it(qapp, store_path: Path, recorded) -> None:
    seen: list[tuple[str, str, bool]] = []
    icons: list[QIcon] = []

    def after_show(window: QMainWindow) -> None:
        seen.append(("shown", window.windowTitle(), window.isVisible()))
        icons.append(window.windowIcon())

    def after_ready(window: QMainWindow) -> None:
        seen.append(("ready", window.windowTitle(), window.isVisible()))
        page = window.stack.currentWidget()
        seen.append(("page", type(page).__name__, page.isVisible()))
        QApplication.quit()

    previous_hook = sys.excepthook
    code = app_module.run(str(store_path), after_show=after_show, after_ready=after_ready)
    assert code == 0
    # the objects made at start are out of the full collections' walk (they stall typing)
    assert gc.get_freeze_count() > 0
    assert seen == [
        ("shown", "Délibération", True),
        # Qt appends « — Délibération » (the display name) itself on X11 and Windows
        ("ready", "Comité des partenaires — store.sqlite3", True),
        ("page", "HomePage", True),  # the window opens on Accueil
    ]
    assert not icons[0].isNull()  # the main window shows the application's icon
    assert store_path.is_file()
    assert sys.excepthook is previous_hook
    assert recorded.errors == []
    # settings, data and logs share one name (the title shows the display name)
    assert QApplication.applicationName() == "deliberation"
    assert QApplication.applicationDisplayName() == "Délibération"


def test_run_refuses_a_file_that_is_not_a_store(qapp, tmp_path: Path, recorded) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("Ceci n'est pas un magasin.\n" * 10, encoding="utf-8")
    assert app_module.run(str(bogus)) == 1
    [message] = recorded.errors
    assert message == f"Le fichier {bogus} n'est pas une base Délibération."
    assert bogus.read_text(encoding="utf-8").startswith("Ceci n'est pas")


def test_excepthook_shows_one_sentence(qapp, messages, caplog) -> None:
    hook = app_module.excepthook(messages, sys.__excepthook__)
    try:
        raise StoreLockedError("La base est verrouillée par un autre programme.")
    except StoreLockedError as exc:
        hook(type(exc), exc, exc.__traceback__)
    try:
        raise KeyError("interne")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert messages.errors[0] == "La base est verrouillée par un autre programme."
    assert messages.errors[1].startswith("Une erreur inattendue s'est produite")
    assert "KeyError" not in messages.errors[1] and "Traceback" not in messages.errors[1]
    assert "KeyError" in caplog.text


def test_startup_imports_only_what_the_first_page_needs(opened, store_path: Path) -> None:
    opened.close()
    script = textwrap.dedent(
        f"""
        import sys
        assert "sqlalchemy" not in sys.modules
        from deliberation.ui.app import run
        assert "sqlalchemy" not in sys.modules, "ui.app must not import the store"
        found = {{}}

        def after_ready(window):
            for name in ("alembic", "docx", "keyring", "deliberation.ui.referential.groups_page"):
                found[name] = name in sys.modules
            from PySide6.QtWidgets import QApplication
            QApplication.quit()

        code = run({str(store_path)!r}, after_ready=after_ready)
        print(sorted(name for name, loaded in found.items() if loaded), code)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[] 0"


def test_closing_while_the_store_opens_ends_cleanly(qapp, store_path: Path, recorded) -> None:
    code = app_module.run(str(store_path), after_show=lambda window: QApplication.quit())
    assert code == 0
    assert recorded.errors == []
    assert app_module.run(str(store_path), after_ready=lambda window: QApplication.quit()) == 0


def test_log_file_is_kept_even_when_the_command_line_set_up_logging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    import deliberation.paths

    log_file = tmp_path / "log" / "deliberation.log"
    monkeypatch.setattr(deliberation.paths, "log_path", lambda: log_file)
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [logging.StreamHandler()]  # what `deliberation` (the CLI) installs
    try:
        app_module._configure_logging()
        app_module._configure_logging()  # idempotent
        files = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
        assert len(files) == 1
        logging.getLogger("deliberation.test").error("magasin illisible")
        files[0].flush()
        assert "magasin illisible" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers:
            if handler not in saved:
                handler.close()
        root.handlers = saved


def test_the_start_up_never_logs_a_store_password(
    qapp, tmp_path: Path, recorded, monkeypatch: pytest.MonkeyPatch, caplog, capfd
) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    import deliberation.paths

    log_file = tmp_path / "log" / "deliberation.log"
    monkeypatch.setattr(deliberation.paths, "log_path", lambda: log_file)
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [h for h in saved if not isinstance(h, RotatingFileHandler)]
    secret = "s3cret-Mot2passe"
    # Nothing listens on port 9: the opening fails at once, and says so.
    url = f"postgresql+psycopg://delib:{secret}@127.0.0.1:9/comite?password={secret}"
    try:
        with caplog.at_level(logging.INFO):
            assert app_module.run(url) == 1
        for handler in root.handlers:
            handler.flush()
        logged = log_file.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers:
            if handler not in saved:
                handler.close()
        root.handlers = saved
    [message] = recorded.errors
    assert "delib:***@127.0.0.1:9" in message
    assert "cannot open the store postgresql+psycopg://delib:***@127.0.0.1:9" in logged
    texts = [logged, caplog.text, *capfd.readouterr(), message]
    assert [t for t in texts if secret in t] == []


def test_an_unexpected_error_says_where_the_log_is(qapp, messages) -> None:
    from deliberation.paths import log_path
    from deliberation.ui.kit.background import unexpected

    hook = app_module.excepthook(messages, sys.__excepthook__)
    try:
        raise KeyError("interne")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert f"journal de l'application ({log_path()})" in messages.errors[0]
    assert "%1" not in messages.errors[0]
    assert str(log_path()) in unexpected() and "%1" not in unexpected()


def test_qt_file_dialog_speaks_french(qapp) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    app_module.application()
    dialog = QFileDialog(None, "Enregistrer")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels == ["&Voir dans\u00a0:", "&Nom de fichier\u00a0:", "Fichiers de &type\u00a0:"]
        assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Annuler"
        # the « Type » column of a folder
        assert QApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
    finally:
        dialog.deleteLater()


def test_accueil_is_filled_from_the_light_read_then_attached(
    qapp, demo_copy: Path, recorded
) -> None:
    """Accueil shows before the ORM store is open; the same page gets the editor, unchanged."""
    seen: dict[str, object] = {}

    def after_filled(window) -> None:
        page = window.stack.currentWidget()
        seen["filled"] = (type(page).__name__, page.isVisible(), window.editor is None)
        seen["page"] = page
        seen["lines"] = [page.lines(section) for section in page.sections()]
        seen["disabled"] = (window.navigation.isEnabled(), window.search_action.isEnabled())

    def after_ready(window) -> None:
        page = window.stack.currentWidget()
        seen["same page"] = page is seen["page"] and page.editor is window.editor
        seen["lines after"] = [page.lines(section) for section in page.sections()]
        seen["enabled"] = (window.navigation.isEnabled(), window.search_action.isEnabled())
        seen["area"] = window.current_area()
        QApplication.quit()

    code = app_module.run(str(demo_copy), after_filled=after_filled, after_ready=after_ready)
    assert code == 0
    assert seen["filled"] == ("HomePage", True, True)  # filled while the store still opens
    assert seen["disabled"] == (False, False)  # what needs the store waits for it
    lines = seen["lines"]
    assert isinstance(lines, list) and any(lines)  # the demo has open actions
    assert seen["same page"] is True  # not rebuilt: nothing flickers
    assert seen["lines after"] == lines
    assert seen["enabled"] == (True, True)
    assert seen["area"] == "home"
    assert recorded.errors == []


def test_a_store_to_migrate_skips_the_light_read(qapp, tmp_path: Path, recorded) -> None:
    from deliberation.store.database import sqlite_engine, upgrade_to
    from deliberation.store.sqlite_file import inspect_sqlite

    old = tmp_path / "old.sqlite3"
    engine = sqlite_engine(old)
    upgrade_to(engine, "0001")
    engine.dispose()
    seen: list[tuple[str, bool]] = []

    def after_show(window) -> None:
        seen.append(("shown", type(window.stack.currentWidget()).__name__ == "HomePage"))

    def after_filled(window) -> None:
        seen.append(("filled", window.editor is not None))

    def after_ready(window) -> None:
        seen.append(("ready", type(window.stack.currentWidget()).__name__ == "HomePage"))
        QApplication.quit()

    code = app_module.run(
        str(old), after_show=after_show, after_filled=after_filled, after_ready=after_ready
    )
    assert code == 0
    # « Ouverture de la base… » first; Accueil once the store is migrated and open
    assert seen == [("shown", False), ("filled", True), ("ready", True)]
    from deliberation.store.schema import HEAD

    assert inspect_sqlite(old) == HEAD
    assert recorded.errors == []


def test_a_line_chosen_before_the_store_is_open_opens_once_attached(
    qapp, demo_copy: Path, recorded
) -> None:
    seen: dict[str, object] = {}

    def after_filled(window) -> None:
        page = window.stack.currentWidget()
        action = page.overview.actions[0]
        seen["action"] = action.id
        page.actions_box.lines.place_requested.emit(action.place)  # the user clicks it
        seen["while opening"] = window.current_area()

    def after_ready(window) -> None:
        seen["area"] = window.current_area()
        QApplication.quit()

    assert app_module.run(str(demo_copy), after_filled=after_filled, after_ready=after_ready) == 0
    assert seen["while opening"] == "home"  # nothing to open it with yet
    assert seen["area"] == "meetings"  # opened as soon as the store was
    assert recorded.errors == []


def test_quitting_after_opening_another_base_ends_cleanly(
    qapp, store_path: Path, tmp_path: Path, recorded
) -> None:
    """Fichier › Ouvrir deletes the first base's editor; the shutdown must not touch it again."""
    other = tmp_path / "autre.sqlite3"

    def after_ready(window: QMainWindow) -> None:
        window.store_switched.connect(lambda _location: QApplication.quit())
        window.switch_store(str(other))

    assert app_module.run(str(store_path), after_ready=after_ready) == 0
    assert other.is_file() and recorded.errors == []


def test_start_marks_print_each_step_then_quit_after_the_named_one(
    qapp, store_path: Path, recorded, capsys: pytest.CaptureFixture[str]
) -> None:
    """DELIBERATION_EXIT_AFTER (the bundle's smoke test, the start-up benchmarks)."""
    assert app_module.start_marks(None) == {}
    assert app_module.start_marks("never") == {}
    assert set(app_module.start_marks("filled")) == {"after_show", "after_filled"}
    code = app_module.run(str(store_path), **app_module.start_marks("ready"))
    assert code == 0
    assert capsys.readouterr().out.split() == ["shown", "filled", "ready"]
    assert recorded.errors == []


def test_every_window_shows_the_application_icon(qapp, messages) -> None:
    """The icon is the application's: the main window, a dialog and a window opened without a
    parent (the guide) all show it, at the small and the large sizes desktops ask for."""
    from deliberation.ui.shell.guide import GuideWindow
    from deliberation.ui.shell.preferences import PreferencesDialog

    app = app_module.application()
    icon = app.windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        assert icon.pixmap(size, size).width() == size
    dialog = PreferencesDialog(messages)
    guide = GuideWindow(messages)
    try:
        assert guide.parent() is None
        for window in (dialog, guide):
            shown = window.windowIcon()
            assert not shown.isNull()
            assert shown.cacheKey() == icon.cacheKey()
    finally:
        dialog.deleteLater()
        guide.deleteLater()


def test_settings_sit_beside_the_data_and_logs() -> None:
    """The settings file is ~/.config/deliberation/deliberation.conf (XDG_CONFIG_HOME), the same
    name as the data folder, the log folder and the mail templates' folder."""
    from platformdirs import user_config_path, user_data_path

    from deliberation.paths import log_path

    app_module.application()
    settings = Path(QSettings().fileName())
    assert settings == Path(os.environ["XDG_CONFIG_HOME"]) / "deliberation" / "deliberation.conf"
    assert settings.parent == user_config_path("deliberation", appauthor=False)
    assert user_data_path("deliberation", appauthor=False).name == settings.parent.name
    assert settings.parent.name in log_path().parts  # ~/.local/state/deliberation/log


# -- a shared base at start-up ------------------------------------------------------------------


class AnsweringMessages(RecordingMessages):
    """Answers the password questions in turn (None: Annuler)."""

    def __init__(self, *passwords: str | None) -> None:
        super().__init__()
        self.answers = list(passwords)

    def ask_password(self, parent: object, text: str) -> str | None:
        self.password_requests.append(text)
        return self.answers.pop(0) if self.answers else None


def _opened_on(seen: list[str]):
    """An after_ready that notes the base the window shows, then quits."""

    def after_ready(window) -> None:
        assert window.editor is not None
        seen.append(window.raw_location)
        QApplication.quit()

    return after_ready


def test_a_shared_base_opens_with_the_keyrings_password_without_asking(
    qapp,
    password_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages = AnsweringMessages()
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    seen: list[str] = []
    with memory_keyring():
        store_password(password_server, PASSWORD)
        assert app_module.run(password_server, after_ready=_opened_on(seen)) == 0
    assert seen == [password_server]
    assert messages.password_requests == [] and messages.errors == []


def test_without_a_kept_password_it_is_asked_and_asked_again_when_refused(
    qapp,
    password_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    caplog,
) -> None:
    import logging

    messages = AnsweringMessages("mauvais-mot-de-passe", PASSWORD)
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    seen: list[str] = []
    with memory_keyring() as keyring, caplog.at_level(logging.INFO):
        assert app_module.run(password_server, after_ready=_opened_on(seen)) == 0
        assert keyring.passwords == {}  # asked, not kept
    assert seen == [password_server]
    first, second = messages.password_requests
    assert first.startswith("Mot de passe de « deliberation » pour la base comite du serveur")
    assert second.startswith("Le serveur ")
    assert "a refusé l'identifiant « deliberation » ou son mot de passe : vérifiez-les." in second
    assert second.endswith(first)  # the question again, under the refusal
    assert messages.errors == []
    assert PASSWORD not in caplog.text and "mauvais-mot-de-passe" not in caplog.text


def test_without_a_keyring_the_password_is_asked_and_that_is_said(
    qapp,
    password_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from deliberation.ui.shell import shared_store

    monkeypatch.setattr(shared_store, "_keyring_note_said", False)
    messages = AnsweringMessages(PASSWORD)
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    seen: list[str] = []
    try:
        assert app_module.run(password_server, after_ready=_opened_on(seen)) == 0
    finally:
        keyring.set_keyring(previous)
    assert seen == [password_server]
    [asked] = messages.password_requests
    assert asked.startswith("Aucun trousseau du système n'est disponible")
    assert "Mot de passe de « deliberation »" in asked


def test_cancelling_the_password_leaves_the_way_back_to_the_local_base(
    qapp,
    password_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from deliberation.paths import default_store_path

    messages = AnsweringMessages(None)
    messages.choice = 0  # « Ouvrir la base locale »
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    seen: list[str] = []
    with memory_keyring():
        assert app_module.run(password_server, after_ready=_opened_on(seen)) == 0
    assert seen == [str(default_store_path())]
    [(question, choices)] = messages.choices
    assert question.startswith("La base partagée deliberation@")
    assert choices == ["Ouvrir la base locale"]
    messages = AnsweringMessages(None)  # and Annuler there: the application closes
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    with memory_keyring():
        assert app_module.run(password_server, after_ready=_opened_on(seen)) == 1
    assert len(messages.choices) == 1 and len(seen) == 1


def _revision(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(revision)


@needs_postgres
def test_an_outdated_shared_base_at_start_up_asks_how_it_is_backed_up(
    qapp,
    pg_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import create_engine

    from deliberation.store.database import upgrade_to
    from deliberation.store.schema import HEAD

    engine = create_engine(pg_url)
    upgrade_to(engine, "0009")
    engine.dispose()
    messages = AnsweringMessages()
    messages.choice = None  # Annuler, then Annuler again: nothing changed, the app closes
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    seen: list[str] = []
    with memory_keyring():
        store_password(pg_url, "gardé")
        assert app_module.run(pg_url, after_ready=_opened_on(seen)) == 1
        assert _revision(pg_url) == "0009" and seen == []
        (question, choices), (back, _local) = messages.choices
        assert "schéma 0009" in question and "Une mise à jour ne se défait pas" in question
        assert choices == ["Sauvegarder puis mettre à jour", "J'ai une sauvegarde, mettre à jour"]
        assert back.startswith("La base partagée")

        messages = AnsweringMessages()
        messages.choice = 1  # « J'ai une sauvegarde, mettre à jour »
        monkeypatch.setattr(app_module, "MessageService", lambda: messages)
        assert app_module.run(pg_url, after_ready=_opened_on(seen)) == 0
    assert seen == [pg_url] and _revision(pg_url) == HEAD
    assert messages.errors == [] and messages.abouts == []


@needs_postgres
def test_an_outdated_shared_base_is_dumped_first_when_chosen(
    qapp,
    pg_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import create_engine

    from deliberation.store.database import upgrade_to
    from deliberation.store.schema import HEAD

    engine = create_engine(pg_url)
    upgrade_to(engine, "0009")
    engine.dispose()
    messages = AnsweringMessages()
    messages.choice = 0  # « Sauvegarder puis mettre à jour »
    monkeypatch.setattr(app_module, "MessageService", lambda: messages)
    seen: list[str] = []
    with memory_keyring():
        store_password(pg_url, "gardé")
        assert app_module.run(pg_url, after_ready=_opened_on(seen)) == 0
    assert _revision(pg_url) == HEAD
    [said] = messages.abouts
    dump = Path(said.rpartition("\n")[2])
    assert said.startswith("La base a été sauvegardée avant sa mise à jour")
    assert dump.read_bytes()[:5] == b"PGDMP" and "-schema-0009-" in dump.name
