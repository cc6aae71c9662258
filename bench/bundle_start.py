"""Bundle start-up benchmark: the window's start from the frozen bundle against from the venv.

Run after `bash packaging/build.sh`: .venv/bin/python bench/bundle_start.py [--runs N]
[--bundle dist/deliberation]. Both start the same way (`DELIBERATION_EXIT_AFTER`, ui/app.py) on
one demo store, interleaved; prints the median time to the window shown, its first page filled
and the store open, the ratio bundle / venv (target ≤ 1.5× for the window shown) and the
bundle's size on disk. A benchmark, not a test: it asserts nothing.
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

TARGET_RATIO = 1.5
ROOT = Path(__file__).resolve().parents[1]


def marks(command: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from launching `command` to each start-up mark it prints."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    found = [time.perf_counter() - start for _line in process.stdout]
    _, err = process.communicate(timeout=120)
    if len(found) != 3:
        raise SystemExit(f"{command[0]} did not start (exit {process.returncode}):\n{err}")
    return found


def size_on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "deliberation")
    args = parser.parse_args()
    executable = args.bundle / "deliberation"
    if not executable.is_file():
        raise SystemExit(f"no bundle at {args.bundle}: run `bash packaging/build.sh` first")
    env = dict(os.environ, DELIBERATION_EXIT_AFTER="ready")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "demo.sqlite3")
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[variable] = folder  # settings and logs of the runs stay in the temporary folder
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")  # the venv's bytecode cached
        subprocess.run(
            [sys.executable, "-m", "deliberation", "demo", "--store", store],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        venv = [sys.executable, "-m", "deliberation", "--store", store]
        bundle = [str(executable), "--store", store]
        marks(venv, env)  # one warm-up of each: both read their files from the page cache
        marks(bundle, env)
        from_venv, from_bundle = [], []
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            from_venv.append(marks(venv, env))
            from_bundle.append(marks(bundle, env))
    for index, step in enumerate(("window shown", "page filled", "store ready")):
        venv_median = statistics.median(run[index] for run in from_venv)
        bundle_median = statistics.median(run[index] for run in from_bundle)
        print(
            f"{step:13}: venv {venv_median * 1000:7.1f} ms, bundle {bundle_median * 1000:7.1f} ms"
            f" (median of {args.runs}), ratio {bundle_median / venv_median:.2f}"
        )
    shown_ratio = statistics.median(r[0] for r in from_bundle) / statistics.median(
        r[0] for r in from_venv
    )
    verdict = "within" if shown_ratio <= TARGET_RATIO else "ABOVE"
    print(f"window shown ratio {shown_ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    print(f"bundle size: {size_on_disk(args.bundle) / 2**20:.1f} MiB ({args.bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
