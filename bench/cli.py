"""Command-line start-up benchmark: each command's process, as a ratio to a bare `python -c pass`.

Run: .venv/bin/python bench/cli.py [--runs N]. Builds a demo store in a temporary folder, then
times, as medians over --runs interleaved rounds (so machine load hits them all alike), each a
new process as a user's shell starts it:
- the reference: `python -c pass`;
- `deliberation --version` and `deliberation --help` (the parser alone);
- each read-only command on the demo store, which reads it without SQLAlchemy
  (services/reading.py): `list …` (organisations, delegates, themes, groups, meetings, actions,
  consultations, opinions, outbox) and `show meeting` (target ≤ 10× the reference each);
- for comparison, `list positions`, which still opens the store through SQLAlchemy;
- for information, the floors a read path cannot go under while it uses them: importing
  SQLAlchemy, its ORM, and the store's models.
The children run with their bytecode cached (in the temporary folder, not in the sources), as
an installed application's is: with PYTHONDONTWRITEBYTECODE set, as it may be in a development
shell, every process would compile the application's modules again. The export figures against
pandoc are bench/export_opinion.py's. A benchmark, not a test: it prints figures, asserts nothing.
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

TARGET_RATIO = 10.0
READS = (  # the read-only commands that read a SQLite store without SQLAlchemy
    "list organisations --json",
    "list delegates --json",
    "list themes --json",
    "list groups --json",
    "list meetings --json",
    "list actions --json",
    "list consultations --json",
    "list opinions --json",
    "list outbox --json",
    "list meetings",
    "show meeting 1 --json",
    "show meeting 1",
)


def child_env(folder: Path) -> dict[str, str]:
    """The environment of a timed child process: this one's, with the bytecode cached under
    `folder` (written by a first run, read by the next ones) and settings kept in `folder`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(folder)
    env.pop("DELIBERATION_STORE", None)
    return env


def seconds(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one process, from its start to its exit (which must be 0)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = child_env(folder)
        store = str(folder / "demo.sqlite3")
        subprocess.run(
            [python, "-m", "deliberation", "demo", "--store", store],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        app = [python, "-m", "deliberation"]
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "deliberation --version": [*app, "--version"],
            "deliberation --help": [*app, "--help"],
        }
        for read in READS:
            commands[read] = [*app, "--store", store, *read.split()]
        commands |= {
            "list positions --json (ORM)": [*app, "--store", store, "list", "positions", "--json"],
            "  import sqlalchemy": [python, "-c", "import sqlalchemy"],
            "  import sqlalchemy.orm": [python, "-c", "import sqlalchemy.orm"],
            "  import the store's models": [python, "-c", "import deliberation.store.models"],
        }
        for command in commands.values():  # warm-up: bytecode written, files in the page cache
            seconds(command, env)
        samples: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label, command in commands.items():
                samples[label].append(seconds(command, env))
    medians = {label: statistics.median(times) for label, times in samples.items()}
    reference = medians["python -c pass"]
    print(f"medians over {args.runs} interleaved runs, each a new process")
    for label, median in medians.items():
        print(f"  {label:<30} {median * 1000:7.1f} ms  {median / reference:5.1f}×")
    print(f"read-only commands / pass (target ≤ {TARGET_RATIO:g}× each):")
    for read in READS:
        ratio = medians[read] / reference
        verdict = "within" if ratio <= TARGET_RATIO else "ABOVE"
        print(f"  {read:<30} {ratio:5.1f}×  {verdict} the target")
    print("(indented lines: floors of a read path that imports them, for information)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
