"""Startup benchmark: process start to main window shown, against a bare PySide6 window.

Run: .venv/bin/python bench/startup.py [--runs N]. Prints the median of each and their ratio:
the window shown (target ≤ 2.5×) and its first page filled (Accueil, read without SQLAlchemy
before the store opens; target ≤ 2.0×); and, for information, the time until the store is open
and attached (it opens behind the shown window). The children run with their bytecode cached
(in the temporary folder), as an installed application's is. A benchmark, not a test: it
asserts nothing.
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
FILLED_RATIO = 2.0

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
    print("shown", flush=True)

def filled(window):
    print("filled", flush=True)

def ready(window):
    from PySide6.QtWidgets import QApplication
    print("ready", flush=True)
    QApplication.instance().quit()

sys.exit(run(sys.argv[1], after_show=shown, after_filled=filled, after_ready=ready))
"""


def cached_bytecode(env: dict[str, str], folder: str) -> dict[str, str]:
    """`env` with the children's bytecode written once under `folder` and read after."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
    return env


def time_to_shown(code: str, *args: str, env: dict[str, str]) -> list[float]:
    """Seconds from launching a fresh interpreter to each line it prints ("shown", "filled",
    "ready")."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    marks, lines = [], []
    for line in process.stdout:
        marks.append(time.perf_counter() - start)
        lines.append(line.strip())
    _, err = process.communicate(timeout=60)
    if not lines or lines[0] != "shown":
        raise SystemExit(f"the window never showed (exit {process.returncode}):\n{err}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "demo.sqlite3")
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[variable] = folder  # settings and logs of the runs stay in the temporary folder
        env = cached_bytecode(env, folder)
        subprocess.run(
            [sys.executable, "-m", "deliberation", "demo", "--store", store],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        # One warm-up of each so both read the same files from the page cache.
        time_to_shown(BARE, env=env)
        time_to_shown(APP, store, env=env)
        bare, app, filled, ready = [], [], [], []
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            bare.append(time_to_shown(BARE, env=env)[0])
            shown_at, filled_at, ready_at = time_to_shown(APP, store, env=env)
            app.append(shown_at)
            filled.append(filled_at)
            ready.append(ready_at)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    filled_median, ready_median = statistics.median(filled), statistics.median(ready)
    ratio, filled_ratio = app_median / bare_median, filled_median / bare_median
    print(f"bare PySide6 window   : median {bare_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"Délibération shown    : median {app_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"Délibération filled   : median {filled_median * 1000:7.1f} ms (Accueil filled)")
    print(f"Délibération ready    : median {ready_median * 1000:7.1f} ms (store open, attached)")
    verdict = "within" if ratio <= TARGET_RATIO else "ABOVE"
    print(f"ratio shown / bare    : {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    verdict = "within" if filled_ratio <= FILLED_RATIO else "ABOVE"
    print(f"ratio filled / bare   : {filled_ratio:.2f} ({verdict} the target of {FILLED_RATIO})")
    print(f"ratio ready / bare    : {ready_median / bare_median:.2f} (for information)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
