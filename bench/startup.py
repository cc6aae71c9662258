"""Startup benchmark: process start to main window shown, against a bare PySide6 window.

Run: .venv/bin/python bench/startup.py [--runs N]. Prints the median of each and their ratio;
the target is a ratio of at most 2.5. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 2.5

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from deliberation.ui.app import run

def shown(window):
    from PySide6.QtWidgets import QApplication
    print("shown", flush=True)
    QApplication.instance().quit()

sys.exit(run(sys.argv[1], after_show=shown))
"""


def time_to_shown(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from launching a fresh interpreter to its "shown" line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = process.communicate(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"the window never showed (exit {process.returncode}):\n{err}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "demo.sqlite3")
        env["XDG_CONFIG_HOME"] = folder
        subprocess.run(
            [sys.executable, "-m", "deliberation", "demo", "--store", store],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        # One warm-up of each so both read the same files from the page cache.
        time_to_shown(BARE, env=env)
        time_to_shown(APP, store, env=env)
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            bare.append(time_to_shown(BARE, env=env))
            app.append(time_to_shown(APP, store, env=env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = app_median / bare_median
    print(f"bare PySide6 window : median {bare_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"Délibération (demo) : median {app_median * 1000:7.1f} ms over {args.runs} runs")
    verdict = "within" if ratio <= TARGET_RATIO else "ABOVE"
    print(f"ratio               : {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
