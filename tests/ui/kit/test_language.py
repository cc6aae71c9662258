"""The interface's language: --lang, DELIBERATION_LANG and Préférences › Langue choose it, and
installing it loads the catalogue, Qt's own strings and the locale of that language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deliberation.cli.commands import build_parser
from deliberation.ui import app as app_module
from deliberation.ui.kit.language import (
    ENGLISH,
    ENVIRONMENT,
    FRENCH,
    chosen_language,
    current_language,
    install,
    language_code,
    plural,
)
from deliberation.ui.kit.settings import INTERFACE_LANGUAGE
from deliberation.ui.shell.preferences import PreferencesDialog
from deliberation.ui.shell.shortcuts_dialog import shortcut_rows

ONE_MESSAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Montrer ou masquer la liste des avis</source>
        <translation>Show or hide the list of opinions</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def kept() -> Iterator[None]:
    """Préférences › Langue as the user left it, forgotten after the test."""
    INTERFACE_LANGUAGE.remove()
    yield
    INTERFACE_LANGUAGE.remove()


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """A folder holding a deliberation_en.qm compiled from a two-message catalogue."""
    ts = tmp_path / "deliberation_en.ts"
    ts.write_text(ONE_MESSAGE, encoding="utf-8")
    code = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    qm = tmp_path / "deliberation_en.qm"
    subprocess.run([sys.executable, "-c", code, "-silent", str(ts), "-qm", str(qm)], check=True)
    return tmp_path


@pytest.fixture
def french_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install(qapp, FRENCH)


def test_french_unless_something_asks_otherwise(qapp, kept) -> None:
    assert chosen_language(None, {}) == FRENCH


def test_lang_then_the_environment_then_the_preference(qapp, kept) -> None:
    INTERFACE_LANGUAGE.set("en")
    assert chosen_language(None, {}) == ENGLISH
    assert chosen_language(None, {ENVIRONMENT: "fr"}) == FRENCH
    assert chosen_language("en", {ENVIRONMENT: "fr"}) == ENGLISH
    INTERFACE_LANGUAGE.set("fr")
    assert chosen_language(None, {ENVIRONMENT: "en_GB.UTF-8"}) == ENGLISH


def test_a_value_naming_no_language_is_passed_over(qapp, kept) -> None:
    assert chosen_language("de", {ENVIRONMENT: "klingon"}) == FRENCH
    assert chosen_language(None, {ENVIRONMENT: "xx"}) == FRENCH
    assert [language_code(v) for v in ("EN", "fr-FR", "en_US.utf8", "", None, "it")] == [
        "en",
        "fr",
        "en",
        None,
        None,
        None,
    ]


def test_the_command_line_takes_lang_for_the_window() -> None:
    assert build_parser(["--lang", "en"]).parse_args(["--lang", "en"]).lang == "en"
    assert build_parser([]).parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser(["--lang", "de"]).parse_args(["--lang", "de"])


def test_english_loads_its_catalogue_and_english_dates(french_after, compiled: Path) -> None:
    assert install(french_after, ENGLISH, compiled)
    assert current_language() == ENGLISH
    assert QCoreApplication.translate("PreferencesDialog", "Préférences") == "Preferences"
    assert QLocale().toString(QDate(2026, 3, 10), "dddd d MMMM") == "Tuesday 10 March"
    # Qt's own strings in English: the French ones and their gaps are gone
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Folder"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_french_again_drops_the_english_catalogue(french_after, compiled: Path) -> None:
    install(french_after, ENGLISH, compiled)
    install(french_after, FRENCH)
    assert current_language() == FRENCH
    assert QCoreApplication.translate("PreferencesDialog", "Préférences") == "Préférences"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().toString(QDate(2026, 3, 10), "dddd d MMMM") == "mardi 10 mars"


def test_a_missing_catalogue_leaves_the_french_source(french_after, tmp_path: Path) -> None:
    assert not install(french_after, ENGLISH, tmp_path)
    assert QCoreApplication.translate("PreferencesDialog", "Préférences") == "Préférences"


def test_the_application_follows_lang_and_the_environment(
    french_after, kept, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_module.application(language="en")
    assert current_language() == ENGLISH
    monkeypatch.setenv(ENVIRONMENT, "fr")
    app_module.application()
    assert current_language() == FRENCH
    monkeypatch.setenv(ENVIRONMENT, "en")
    app_module.application()
    assert current_language() == ENGLISH


def test_the_preference_is_kept_for_the_next_start(
    qtbot: QtBot, french_after, kept, messages, compiled: Path
) -> None:
    dialog = PreferencesDialog(messages)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Français"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Français",
        "English",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert INTERFACE_LANGUAGE.get() == "en"
    assert messages.abouts == [
        "La langue choisie s'appliquera au prochain démarrage de Délibération."
    ]
    assert current_language() == FRENCH  # this start keeps its language
    assert chosen_language(None, {}) == ENGLISH  # the next one speaks English
    again = PreferencesDialog(messages)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    again.accept()  # unchanged: nothing more said
    assert len(messages.abouts) == 1


def test_the_preferences_speak_english_once_loaded(
    qtbot: QtBot, french_after, messages, compiled: Path
) -> None:
    install(french_after, ENGLISH, compiled)
    dialog = PreferencesDialog(messages)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"


def test_the_shortcuts_speak_the_language_and_its_keyboard(french_after, compiled: Path) -> None:
    wanted = "Montrer ou masquer la liste des avis"
    assert [keys for _, keys, what in shortcut_rows() if what == wanted] == ["Ctrl+Maj+K"]
    install(french_after, ENGLISH, compiled)
    rows = shortcut_rows()
    assert [k for _, k, w in rows if w == "Show or hide the list of opinions"] == ["Ctrl+Shift+K"]


def test_plural_counts_as_the_language_does(french_after, compiled: Path) -> None:
    forms = ("%n séance", "%n séances")
    assert [plural(n, *forms) for n in (0, 1, 2)] == ["0 séance", "1 séance", "2 séances"]
    install(french_after, ENGLISH, compiled)
    forms = ("%n meeting", "%n meetings")
    assert [plural(n, *forms) for n in (0, 1, 2)] == ["0 meetings", "1 meeting", "2 meetings"]
