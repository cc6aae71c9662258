"""Fichier › Se connecter à une base partagée…, against the real PostgreSQL test server."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.mail.server import memory_keyring
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401 (the fixture)

from deliberation.records.connection import SharedConnection
from deliberation.rules.connection import shared_url
from deliberation.services.root import open_root
from deliberation.services.store_secrets import SERVICE
from deliberation.store.database import upgrade_to
from deliberation.store.schema import HEAD
from deliberation.ui.main_window import MainWindow
from deliberation.ui.shell.connect_dialog import ConnectDialog
from deliberation.ui.shell.store_files import recent_stores

pytestmark = needs_postgres

SECRET = "Tr3s-s3cret-mot-de-passe"


def _fields(url: str) -> SharedConnection:
    parsed = make_url(url)
    return SharedConnection(
        host=str(parsed.query["host"]),
        database=parsed.database or "",
        user=parsed.username or "",
        port=int(str(parsed.query["port"])),
        sslmode="disable",
    )


def _fill(dialog: ConnectDialog, fields: SharedConnection, password: str = SECRET) -> None:
    dialog.host.setText(fields.host)
    dialog.port.setValue(fields.port)
    dialog.database.setText(fields.database)
    dialog.user.setText(fields.user)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData(fields.sslmode))
    dialog.password.setText(password)


def _revision(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(revision)


def _files_holding(secret: str) -> list[Path]:
    QSettings().sync()
    found = []
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        for path in Path(os.environ[variable]).rglob("*"):
            if path.is_file() and secret.encode() in path.read_bytes():
                found.append(path)
    return found


def test_connecting_shows_the_shared_base_and_keeps_the_password_nowhere_but_the_keyring(
    qtbot: QtBot,
    window: MainWindow,
    messages,
    pg_url: str,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    fields = _fields(pg_url)
    url = shared_url(fields)
    before = window.editor
    with memory_keyring() as keyring:
        dialog = window.connect_shared()
        assert isinstance(dialog, ConnectDialog)
        _fill(dialog, fields)
        dialog.remember.setChecked(True)
        with qtbot.waitSignal(window.store_switched, timeout=60_000):
            dialog.ok_button.click()
        assert keyring.passwords == {
            (SERVICE, f"{fields.user}@{fields.host}:{fields.port}/{fields.database}"): SECRET
        }
    assert window.editor is not before and window.location == url
    assert not dialog.isVisible() and dialog.password.text() == ""
    assert recent_stores()[0] == url
    window.file_menu.fill_recent()
    assert window.file_menu.location == url
    assert window.editor is not None
    assert window.editor.positions.user == "deliberation"  # the login, not yet named
    assert "Mot de passe gardé dans le trousseau" in window.statusBar().currentMessage()
    assert "« deliberation »" in window.statusBar().currentMessage()
    assert "secrétariat peut lui donner votre nom" in window.statusBar().currentMessage()
    assert (
        window.statusBar()
        .currentMessage()
        .endswith(f"Base ouverte : {fields.user}@{fields.host}/{fields.database}.")
    )
    assert fields.database in window.windowTitle()
    assert window.location_label.text() == (f"Base : {fields.user}@{fields.host}/{fields.database}")
    assert window.location_label.toolTip().startswith(url)
    shown = [window.windowTitle(), window.location_label.text(), window.location_label.toolTip()]
    shown += [window.statusBar().currentMessage(), *messages.errors, caplog.text]
    assert not any(SECRET in text for text in shown)
    assert _files_holding(SECRET) == []
    window.close()


def test_the_name_given_to_the_login_is_the_user_of_the_window(
    qtbot: QtBot,
    window: MainWindow,
    pg_url: str,  # noqa: F811
) -> None:
    with open_root(pg_url) as secretariat:
        secretariat.users.set_user("deliberation", "Claire Martin", "RdF")
    dialog = window.connect_shared()
    assert isinstance(dialog, ConnectDialog)
    _fill(dialog, _fields(pg_url), "")
    with qtbot.waitSignal(window.store_switched, timeout=60_000):
        dialog.ok_button.click()
    assert window.editor is not None and window.editor.positions.user == "Claire Martin"
    window.set_user_name("Quelqu'un d'autre")  # Préférences do not rename a login
    assert window.editor.positions.user == "Claire Martin"
    window.close()


def test_an_unknown_database_is_one_sentence_and_keeps_what_was_typed(
    qtbot: QtBot,
    window: MainWindow,
    pg_url: str,  # noqa: F811
) -> None:
    before = window.editor
    dialog = window.connect_shared()
    assert isinstance(dialog, ConnectDialog)
    fields = _fields(pg_url)
    _fill(dialog, SharedConnection(fields.host, "base_absente", fields.user, fields.port))
    dialog.remember.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=30_000)
    assert dialog.general_error.text() == (
        f"La base « base_absente » n'existe pas sur le serveur {fields.host}."
    )
    assert dialog.isVisible() and dialog.database.text() == "base_absente"
    assert dialog.password.text() == SECRET and dialog.remember.isChecked()
    assert window.editor is before
    dialog.host.setText("")
    dialog.ok_button.click()
    assert dialog.field_error("host").startswith("Indiquez le serveur")
    dialog.discard()
    window.close()


def test_an_old_shared_base_is_backed_up_with_pg_dump_once_the_user_chooses_it(
    qtbot: QtBot,
    window: MainWindow,
    messages,
    pg_url: str,  # noqa: F811
) -> None:
    engine = create_engine(pg_url)
    upgrade_to(engine, "0009")
    engine.dispose()
    dialog = window.connect_shared()
    assert isinstance(dialog, ConnectDialog)
    _fill(dialog, _fields(pg_url))
    messages.choice = None  # Annuler: nothing changes, the dialog stays
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(messages.choices) == 1, timeout=30_000)
    question, choices = messages.choices[0]
    assert "schéma 0009" in question
    assert choices == [
        "Sauvegarder puis mettre à jour",
        "J'ai une sauvegarde, mettre à jour",
    ]
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert dialog.isVisible() and _revision(pg_url) == "0009"
    messages.choice = 0
    with qtbot.waitSignal(window.store_switched, timeout=60_000):
        dialog.ok_button.click()
    assert _revision(pg_url) == HEAD
    dumps = list((Path(os.environ["XDG_DATA_HOME"]) / "deliberation" / "sauvegardes").iterdir())
    database = make_url(pg_url).database or ""
    mine = [d for d in dumps if d.name.startswith(f"{database}-schema-0009-")]
    assert len(mine) == 1 and mine[0].read_bytes()[:5] == b"PGDMP"
    assert messages.abouts == [
        f"La base a été sauvegardée avant sa mise à jour, dans le fichier :\n{mine[0]}"
    ]
    assert messages.errors == []
    window.close()


def test_reopening_from_recent_asks_the_password_only_without_one_kept(
    qtbot: QtBot,
    window: MainWindow,
    messages,
    pg_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = shared_url(_fields(pg_url))
    open_root(url).close()
    with memory_keyring() as keyring:
        keyring.passwords[(SERVICE, "x")] = "autre"
        messages.password = None  # asked, and cancelled: nothing opens
        window.file_menu.open_recent(url)
        assert len(messages.password_requests) == 1
        assert "« deliberation »" in messages.password_requests[0]
        from deliberation.services.store_secrets import store_password

        store_password(url, SECRET)
        with qtbot.waitSignal(window.store_switched, timeout=60_000):
            window.file_menu.open_recent(url)
        assert len(messages.password_requests) == 1  # the keyring's was used
    assert window.location == url and messages.errors == []
    window.close()
