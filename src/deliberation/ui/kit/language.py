"""The interface's language: French (the source) or English, its catalogues and Qt's own strings."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deliberation.errors import ResourceError
from deliberation.resources import resource_path
from deliberation.ui.kit.settings import INTERFACE_LANGUAGE

log = logging.getLogger(__name__)

FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = {FRENCH: "Français", ENGLISH: "English"}
"""The interface's languages by code, each named in itself (Préférences › Langue)."""
DEFAULT = FRENCH
ENVIRONMENT = "DELIBERATION_LANG"
"""The environment variable choosing the language for one start (like `--lang`)."""

LOCALES = {
    FRENCH: QLocale(QLocale.Language.French, QLocale.Country.France),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

QT_FRENCH_GAPS = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    # the file dialog's « Type » column (Qt 6 moved these to a context of their own)
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "Drive"): "Disque",
    ("QAbstractFileIconProvider", "File"): "Fichier",
    ("QAbstractFileIconProvider", "Unknown"): "Inconnu",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Shortcut"): "Raccourci",
}
"""Qt's own labels that its French catalogue (qtbase_fr.qm) misses: Qt 6 added a mnemonic to
some and moved others, and the catalogue still has them as they were, so the file dialog
showed them in English."""


class QtFrenchGaps(QTranslator):
    """Translates QT_FRENCH_GAPS; everything else falls through to Qt's own catalogue."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "": Qt takes an empty string for a translation and looks no further
        return QT_FRENCH_GAPS.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def language_code(text: str | None) -> str | None:
    """The language a value names (« en », « EN », « en_GB.UTF-8 », « fr-FR »), None if none."""
    if not text:
        return None
    code = text.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


def chosen_language(asked: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language of this start: `asked` (--lang), else DELIBERATION_LANG, else the one kept
    in Préférences › Langue, else French. A value naming no language is passed over (logged)."""
    environ = os.environ if environ is None else environ
    for where, value in (("--lang", asked), (ENVIRONMENT, environ.get(ENVIRONMENT))):
        if value:
            code = language_code(value)
            if code is not None:
                return code
            log.warning("%s=%r names no language of the interface (fr, en): ignored", where, value)
    return language_code(INTERFACE_LANGUAGE.get()) or DEFAULT


def catalogue(language: str, folder: Path | None = None) -> Path:
    """Where the compiled catalogue of `language` is (resources/translations unless `folder`)."""
    name = f"deliberation_{language}.qm"
    return folder / name if folder is not None else resource_path("translations", name)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str, folder: Path | None = None) -> bool:
    """Make `app` speak `language`: its catalogue, Qt's own strings and the default locale (dates,
    numbers) in that language, replacing those installed before. French, the source, needs no
    catalogue but Qt's own (qtbase_fr) and QT_FRENCH_GAPS; English loads deliberation_en.qm
    (from `folder` if given) and nothing of Qt's, whose strings are English. Returns False when
    the catalogue could not be loaded (the interface then shows its French source)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(LOCALES[language])
    app.setProperty("deliberation_language", language)
    loaded = True
    if language == FRENCH:
        qt_french = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_french.load(LOCALES[FRENCH], "qtbase", "_", qt_folder):
            _installed.append(qt_french)
        _installed.append(QtFrenchGaps(app))  # installed last: asked first
    else:
        own = QTranslator(app)
        try:
            path = catalogue(language, folder)
        except ResourceError:
            path = None
        if path is not None and own.load(str(path)):
            _installed.append(own)
        else:
            log.warning("no compiled catalogue for %r (scripts/translations.sh compile)", language)
            loaded = False
    for translator in _installed:
        app.installTranslator(translator)
    return loaded


def current_language(app: QCoreApplication | None = None) -> str:
    """The language `install` last gave the application (French before any)."""
    app = app or QCoreApplication.instance()
    value = app.property("deliberation_language") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def plural(number: int, one: str, many: str) -> str:
    """`one` or `many` (both translated, holding %n for the number) as the interface's language
    counts: French takes the singular below two (« 0 séance »), English for one only."""
    singular = number < 2 if current_language() == FRENCH else number == 1
    return (one if singular else many).replace("%n", str(number))
