"""Wheel build hook: resources/ into the wheel, the translations compiled from .ts into .qm.

The .qm are not committed: they are compiled here (and by scripts/translations.sh compile for a
checkout); the wheel carries them under deliberation/resources/translations and leaves the .ts
sources out. lrelease comes from PySide6, a build requirement in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> list[str]:
    """The command running Qt's lrelease: PySide6's, else one on PATH."""
    try:
        import PySide6  # noqa: F401  (a build requirement: its lrelease is used)
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        if found is None:
            raise RuntimeError("lrelease not found: install PySide6 to build the wheel") from None
        return [found]
    code = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    return [sys.executable, "-c", code]


class ResourcesHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds resources/ to the wheel, with each translation's .qm in place of its .ts."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        resources = Path(self.root) / "resources"
        included = build_data["force_include"]
        for path in sorted(resources.rglob("*")):
            if path.is_file() and path.suffix not in (".ts", ".qm"):
                included[str(path)] = f"deliberation/resources/{path.relative_to(resources)}"
        out = Path(tempfile.mkdtemp(prefix="deliberation-qm-"))
        for ts in sorted((resources / "translations").glob("*.ts")):
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            included[str(qm)] = f"deliberation/resources/translations/{qm.name}"
