"""Every QSettings key the window remembers, with its type, its default and typed accessors."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from deliberation.exports.meeting_docx import Signature


@dataclass(frozen=True)
class TextSetting:
    """A remembered text; `default` until one is set."""

    key: str
    default: str = ""

    def get(self) -> str:
        value = QSettings().value(self.key)
        return self.default if value is None else str(value)

    def set(self, value: str) -> None:
        QSettings().setValue(self.key, value)

    def remove(self) -> None:
        QSettings().remove(self.key)


@dataclass(frozen=True)
class FolderSetting(TextSetting):
    """A remembered folder; the user's home folder until one is set."""

    def get(self) -> str:
        return super().get() or str(Path.home())


@dataclass(frozen=True)
class NumberSetting:
    """A remembered whole number within [`low`, `high`]; `default` until one is set (or if the
    one stored is not a number)."""

    key: str
    default: int
    low: int
    high: int

    def get(self) -> int:
        value = QSettings().value(self.key)
        try:
            number = int(str(value)) if value is not None else self.default
        except ValueError:
            number = self.default
        return min(max(number, self.low), self.high)

    def set(self, value: int) -> None:
        QSettings().setValue(self.key, int(value))

    def remove(self) -> None:
        QSettings().remove(self.key)


@dataclass(frozen=True)
class FlagSetting:
    """A remembered yes or no; `default` until one is set."""

    key: str
    default: bool = True

    def get(self) -> bool:
        value = QSettings().value(self.key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"true", "false"}:
            return value.lower() == "true"  # how the settings file keeps it
        return self.default

    def is_set(self) -> bool:
        """Whether a value was ever set (else `get` gives the default)."""
        return QSettings().contains(self.key)

    def set(self, value: bool) -> None:
        QSettings().setValue(self.key, bool(value))

    def remove(self) -> None:
        QSettings().remove(self.key)


@dataclass(frozen=True)
class StateSetting:
    """The saved state of a widget (a splitter's sizes, a header's columns, a window's geometry)."""

    key: str

    def get(self) -> QByteArray | bytes | None:
        """The state saved last, None if there is none (or not a state)."""
        value = QSettings().value(self.key)
        return value if isinstance(value, QByteArray | bytes) else None

    def set(self, state: QByteArray) -> None:
        QSettings().setValue(self.key, state)

    def remove(self) -> None:
        QSettings().remove(self.key)


INTERFACE_LANGUAGE = TextSetting("interface/language", "fr")
"""The interface's language, « fr » or « en » (Préférences › Langue; applies at the next start)."""
USER_NAME = TextSetting("user/name")
"""Who records positions and changes (empty: the default user)."""
WINDOW_GEOMETRY = StateSetting("main_window/geometry")
MEETINGS_SPLITTER = StateSetting("meetings/splitter")
POSITIONS_SPLITTER = StateSetting("positions/splitter")
OPINIONS_SPLITTER = StateSetting("opinions/splitter")
OPINION_WORKSPACE_SPLITTER = StateSetting("opinions/workspace_splitter")
OPINIONS_LIST_HEADER = StateSetting("opinions/list_header")
OPINION_ZOOM = NumberSetting("opinions/zoom", 100, 50, 300)
"""The opinion text's zoom, in percent of the usual size."""
OPINIONS_LIST_SHOWN = FlagSetting("opinions/list_shown")
"""Whether the list of opinions is shown beside the opened one (folded away: more room); until
the user chooses, shown only on a screen wide enough for it and a comfortable text."""
OPINION_OUTLINE_SHOWN = FlagSetting("opinions/outline_shown")
"""Whether the outline is shown beside the opinion's text."""
EXPORT_FOLDER = FolderSetting("exports/folder")
"""Where files were saved last (documents, calendars, exports)."""
REVIEW_FOLDER = TextSetting("exports/review_folder")
"""Where a returned Word file was read last (empty: the export folder)."""
OPINION_AUTHOR = TextSetting("exports/opinion_author")
"""The author written into exported documents, opinions and meetings' (Préférences; empty: the
committee's name)."""
OPINION_TEMPLATE = TextSetting("exports/opinion_template")
"""The Word template of exported opinions (empty: none)."""
RECENT_STORES = TextSetting("stores/recent")
"""The bases opened last, most recent first, one a line (Fichier › Récents)."""
STORE_FOLDER = FolderSetting("stores/folder")
"""Where a base was created, opened or copied last."""
SIGNATORY_NAME = TextSetting("exports/signatory_name")
"""Who signs the convocation (Préférences; empty: no signature)."""
SIGNATORY_TITLE = TextSetting("exports/signatory_title")
"""The signatory's title, above the name (« La présidente du comité »)."""
CONVOCATION_LOGO = TextSetting("exports/convocation_logo")
"""An image put in the convocation's header (empty: none)."""


def export_author() -> str:
    """The author written into exported documents (Préférences; empty: the committee)."""
    return OPINION_AUTHOR.get()


def convocation_signature() -> Signature:
    """The convocation's signatory and logo as Préférences set them, for the exporter."""
    from deliberation.exports.meeting_docx import Signature

    logo = CONVOCATION_LOGO.get()
    return Signature(SIGNATORY_NAME.get(), SIGNATORY_TITLE.get(), Path(logo) if logo else None)


OLD_SETTINGS_NAME = "Délibération"
"""The organisation and application names the settings were kept under before they took the
data and log folders' name (~/.config/Délibération/Délibération.conf on Linux)."""


def move_old_settings(old_name: str = OLD_SETTINGS_NAME) -> bool:
    """Move the settings kept under the old name into the current QSettings(), once.

    Nothing happens when the current settings already hold a key (they win) or the old ones
    hold none. The old settings are cleared, and their file and its emptied folder removed,
    only once the new ones are written; a failure leaves them for the next start. Returns
    whether settings were moved."""
    current = QSettings()
    if current.allKeys():
        return False
    old = QSettings(old_name, old_name)
    keys = old.allKeys()
    if not keys:
        return False
    for key in keys:
        current.setValue(key, old.value(key))
    current.sync()
    if current.status() != QSettings.Status.NoError:
        return False
    old.clear()
    old.sync()
    old_file = Path(old.fileName())  # a registry key on Windows: not a file
    if old_file.is_file():
        with contextlib.suppress(OSError):
            old_file.unlink(missing_ok=True)
            old_file.parent.rmdir()  # only if nothing else is in it
    return True
