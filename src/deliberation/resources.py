"""Access to the data files under `resources/`, installed or from a source checkout."""

from __future__ import annotations

import re
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from deliberation.errors import ResourceError, os_reason
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


@cache
def resources_dir() -> Path:
    """The folder holding the shipped data files: in the frozen bundle (PyInstaller, see
    packaging/deliberation.spec), in the installed package, or in a source checkout."""
    if getattr(sys, "frozen", False):
        bundled = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        frozen = bundled / "deliberation" / "resources"
        if frozen.is_dir():
            return frozen
    installed = Path(__file__).with_name("resources")
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise ResourceError(
        QT_TRANSLATE_NOOP("errors", "Les fichiers de données de l'application sont introuvables.")
    )


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. resource_path("seed", "committee.toml")."""
    return resources_dir().joinpath(*parts)


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML data file, turning every failure into a ResourceError."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ResourceError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Le fichier de données {name} est introuvable."),
                name=path.name,
            )
        ) from exc
    except OSError as exc:
        reason = os_reason(exc)
    except UnicodeDecodeError as exc:
        reason = f"il n'est pas écrit en UTF-8 (octet invalide en position {exc.start})"
    except tomllib.TOMLDecodeError as exc:
        where = _TOML_WHERE.search(str(exc))
        reason = "ce n'est pas du TOML valide" + (
            f" (ligne {where.group(1)}, colonne {where.group(2)})" if where else ""
        )
    except ValueError:  # an integer of thousands of digits
        reason = "un nombre y est trop long"
    except RecursionError:
        reason = "ses tableaux ou tables sont imbriqués trop profondément"
    raise ResourceError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Le fichier de données {name} est illisible : {reason}."),
            name=path.name,
            reason=reason,
        )
    )
