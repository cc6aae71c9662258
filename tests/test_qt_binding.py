"""The Qt binding installed does not corrupt the interpreter (a PySide6 6.12.0 regression)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")  # a Qt call returning nothing
print(before - sys.getrefcount(None))
"""


def test_qt_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per such call: the app aborted
    # (« deallocating None ») after a few thousand keystrokes. Run apart: it kills the process.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100
