"""The command line runs without a screen: it never imports Qt widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_commands_never_import_qt_widgets(tmp_path: Path) -> None:
    store = str(tmp_path / "s.sqlite3")
    code = (
        "import sys\n"
        "from deliberation.cli import main\n"
        f"store = {store!r}\n"
        "for args in (['init'], ['demo'], ['list', 'themes', '--json'], ['list', 'groups']):\n"
        "    assert main(['--store', store, *args]) == 0, args\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
        "assert 'PySide6.QtGui' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
