"""Remembered settings in the isolated test home: read back, defaults, a bad stored value."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.settings import (
    EXPORT_FOLDER,
    USER_NAME,
    FlagSetting,
    FolderSetting,
    StateSetting,
    TextSetting,
)


@pytest.fixture
def fresh(qapp: object) -> Iterator[None]:
    """No setting of this module stored before or after the test (the home is the tests')."""
    keys = (
        "tests/text",
        "tests/folder",
        "tests/state",
        "tests/flag",
        USER_NAME.key,
        EXPORT_FOLDER.key,
    )
    for key in keys:
        QSettings().remove(key)
    yield
    for key in keys:
        QSettings().remove(key)


def test_the_settings_file_is_in_the_tests_home(fresh: None) -> None:
    assert QSettings().fileName().startswith(os.environ["XDG_CONFIG_HOME"])


def test_a_text_is_its_default_until_set_then_read_back_until_removed(fresh: None) -> None:
    setting = TextSetting("tests/text", "Comité")
    assert setting.get() == "Comité"
    setting.set("Hélène Marty")
    assert TextSetting("tests/text").get() == "Hélène Marty"  # stored, not held in the object
    setting.remove()
    assert setting.get() == "Comité"
    USER_NAME.set("Paul Girard")
    assert USER_NAME.get() == "Paul Girard"


def test_a_flag_is_its_default_until_set_then_read_back_as_a_boolean(fresh: None) -> None:
    shown = FlagSetting("tests/flag")
    assert shown.get() is True
    shown.set(False)
    assert FlagSetting("tests/flag").get() is False
    QSettings().setValue("tests/flag", "true")  # how the settings file gives it back
    assert shown.get() is True
    QSettings().setValue("tests/flag", "rubbish")
    assert shown.get() is True and FlagSetting("tests/flag", default=False).get() is False
    shown.remove()
    assert shown.get() is True


def test_a_folder_is_the_home_folder_until_one_is_chosen(fresh: None, tmp_path: Path) -> None:
    folder = FolderSetting("tests/folder")
    assert folder.get() == str(Path.home())
    folder.set(str(tmp_path))
    assert folder.get() == str(tmp_path)
    folder.set("")  # an emptied value is no folder
    assert folder.get() == str(Path.home())
    assert EXPORT_FOLDER.get() == str(Path.home())


def test_a_widget_state_is_restored_and_a_bad_stored_value_is_none(
    fresh: None, qtbot: QtBot
) -> None:
    state = StateSetting("tests/state")
    assert state.get() is None
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.resize(400, 100)
    splitter.setSizes([300, 100])
    state.set(splitter.saveState())
    saved = state.get()
    assert isinstance(saved, QByteArray | bytes)
    other = QSplitter()
    qtbot.addWidget(other)
    other.addWidget(QWidget())
    other.addWidget(QWidget())
    other.resize(400, 100)
    assert other.restoreState(saved)
    assert other.sizes() == splitter.sizes()
    QSettings().setValue("tests/state", "pas un état")  # written by hand, or by an old version
    assert state.get() is None
    state.remove()
    assert QSettings().value("tests/state") is None


@pytest.fixture
def other_names(qapp: object) -> Iterator[None]:
    """Settings under names of this test's own (the old file is written under its own too)."""
    from PySide6.QtCore import QCoreApplication

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("deliberation-moved")
    QCoreApplication.setApplicationName("deliberation-moved")
    QSettings().clear()
    yield
    QSettings().clear()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def test_old_settings_are_moved_once(other_names: None) -> None:
    """A user's preferences kept under the old name (« Délibération ») are found under the new
    one after the first start; the old file and its folder are gone; a later start moves
    nothing and keeps what the user set since."""
    from deliberation.ui.kit.settings import RECENT_STORES, SIGNATORY_NAME, move_old_settings

    config = Path(os.environ["XDG_CONFIG_HOME"])
    old_file = config / "Ancien nom" / "Ancien nom.conf"
    old_file.parent.mkdir(parents=True)
    old_file.write_text(
        "[exports]\nsignatory_name=Mme Durand\n\n[stores]\nrecent=/srv/comite.sqlite3\n",
        encoding="utf-8",
    )
    assert move_old_settings("Ancien nom")
    assert SIGNATORY_NAME.get() == "Mme Durand"
    assert RECENT_STORES.get() == "/srv/comite.sqlite3"
    new_file = config / "deliberation-moved" / "deliberation-moved.conf"
    assert "Mme Durand" in new_file.read_text(encoding="utf-8")
    assert not old_file.exists()
    assert not old_file.parent.exists()

    SIGNATORY_NAME.set("M. Martin")
    old_file.parent.mkdir()
    old_file.write_text("[exports]\nsignatory_name=Mme Durand\n", encoding="utf-8")
    assert not move_old_settings("Ancien nom")  # the new settings win
    assert SIGNATORY_NAME.get() == "M. Martin"
    assert old_file.exists()


def test_nothing_to_move_writes_nothing(other_names: None) -> None:
    from deliberation.ui.kit.settings import move_old_settings

    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert not move_old_settings("Jamais utilisé")
    assert QSettings().allKeys() == []
    assert not (config / "Jamais utilisé").exists()
