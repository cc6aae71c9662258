"""A program that rewrites one position over and over, for the concurrent-writer tests.

Run as `python concurrent_writer.py MODE STORE SUBJECT ORG TAG SECONDS REPORT`:
- MODE `cli`: one `deliberation record position --replace` after another (each opens the store,
  writes and closes it, as a script calling the command would);
- MODE `cases`: the window's way, one open store and the use cases, read then write each time.
Each write sets the position's reasons to a value of its own (`TAG-n`). Until SECONDS have passed
it writes; then it writes REPORT, a JSON object: `acknowledged` (the values it was told were
written), `errors` (what it was told instead) and `attempts`.
"""

from __future__ import annotations

import io
import json
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace
from pathlib import Path


def run_cli(store: str, subject: int, org: str, tag: str, seconds: float) -> dict[str, object]:
    from deliberation.cli import main

    acknowledged: list[str] = []
    errors: list[str] = []
    attempts = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        attempts += 1
        value = f"{tag}-{attempts}"
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(
                [
                    "record",
                    "position",
                    "--store",
                    store,
                    "--subject",
                    str(subject),
                    "--org",
                    org,
                    "--stance",
                    "reserved",
                    "--reservation",
                    "Sous réserve",
                    "--reasons",
                    value,
                    "--by",
                    tag,
                    "--replace",
                ]
            )
        if status == 0:
            acknowledged.append(value)
        else:
            errors.append(err.getvalue().strip() or f"status {status}")
    return {"acknowledged": acknowledged, "errors": errors, "attempts": attempts}


def run_cases(store: str, subject: int, org: str, tag: str, seconds: float) -> dict[str, object]:
    from deliberation.errors import DeliberationError
    from deliberation.records.positions import PositionInput
    from deliberation.services.root import open_existing_root

    acknowledged: list[str] = []
    errors: list[str] = []
    attempts = 0
    deadline = time.monotonic() + seconds
    with open_existing_root(store) as root:
        positions = root.acting(user=tag).positions
        organisation = next(
            o.id for o in root.referential.organisations() if o.acronym.casefold() == org.casefold()
        )
        while time.monotonic() < deadline:
            attempts += 1
            value = f"{tag}-{attempts}"
            try:
                found = positions.positions(subject_id=subject)
                current = next(p for p in found if p.organisation_id == organisation)
                data = PositionInput(
                    subject, organisation, current.stance, reservation=current.reservation
                )
                record = positions.edited_position(current, replace(data, reasons=value))
                positions.apply_position(record)
            except DeliberationError as exc:
                errors.append(str(exc))
            else:
                acknowledged.append(value)
    return {"acknowledged": acknowledged, "errors": errors, "attempts": attempts}


def main(argv: list[str]) -> int:
    mode, store, subject, org, tag, seconds, report = argv
    runner = run_cli if mode == "cli" else run_cases
    result = runner(store, int(subject), org, tag, float(seconds))
    Path(report).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
