"""Areas benchmark: the window's areas on a ten-year store against one year and bare SQLite reads.

Run: .venv/bin/python bench/areas.py [--runs N] [--keys N] [--starts N] [--fresh]. Generates (and
caches in the temporary folder, keyed by this generator's version) a ten-year store — about 820
meetings with agendas, attendance and actions, 46,000 positions over consultations, 300 opinions
with paragraphs — and a one-year store built the same way, then, in this process with the
offscreen platform:
- times each area's opening (Référentiel, Groupes de travail, Séances, Positions, Avis): the page
  is built and events processed until its list is filled; median over fresh pages;
- times a filter keystroke in each list that has a search field: the median for one character
  typed (the proxy's filtering, the count, the selection handlers), over a word typed and erased;
- reads the same rows with bare sqlite3 in the same run, as the reference each area's list stands
  on;
- and, as separate processes, the window's first page filled against a bare PySide6 window (the
  runner of bench/startup.py), on the ten-year store.
Each figure is printed with its target: an area opens in ≤ 1.2× its one-year time and ≤ 50 ms; a
keystroke costs < 16 ms (one frame); the first page is filled at ≤ 2.0× a bare window.
A benchmark, not a test: it prints and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from deliberation.records.meetings import ActionInput, Attendance, MeetingInput
from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.records.positions import (
    ConsultationInput,
    PositionInput,
    Subject,
)
from deliberation.records.referential import GroupInput
from deliberation.services.root import Root, open_root
from startup import BARE, cached_bytecode, time_to_shown

GENERATOR = 1
"""Bumped whenever the generated stores change, so that a cached store is made again."""
AREA_RATIO, AREA_MS, KEY_MS, FILLED_RATIO = 1.2, 50.0, 16.0, 2.0
MEETINGS_A_YEAR = 82  # 12 plenaries and 70 working-group sessions: ≈ 820 in ten years
CONSULTATIONS_A_YEAR, SUBJECTS = 23, 14  # × 14 members: ≈ 45,000 positions in ten years
OPINIONS_A_YEAR, PARAGRAPHS = 30, 40
GROUPS = 8
STANCES = ("favorable", "favorable", "reserved", "unfavorable", "abstention", "favorable")
WORDS = [
    "le",
    "comité",
    "recommande",
    "que",
    "les",
    "collectivités",
    "et",
    "les",
    "services",
    "académiques",
    "renforcent",
    "la",
    "coordination",
    "des",
    "projets",
    "numériques",
    "dans",
    "les",
    "écoles",
    "et",
    "les",
    "établissements",
    "afin",
    "de",
    "garantir",
    "un",
    "accès",
    "équitable",
    "aux",
    "ressources",
    "pédagogiques",
    "aux",
    "espaces",
    "numériques",
    "de",
    "travail",
]


# -- the stores ------------------------------------------------------------------------------------


def generate(path: Path, years: int, today: date) -> None:
    """A store with `years` of activity ending a month after `today` (some meetings to come)."""
    opened = open_root(str(path))
    opened.close()
    with sqlite3.connect(path) as raw:  # members since long enough to answer every consultation
        raw.execute("UPDATE membership SET start_date = ? WHERE end_date IS NULL", ("2010-01-01",))
    rng = random.Random(years)
    first = date(today.year - years, today.month, 1) + timedelta(days=40)
    end = today + timedelta(days=40)
    opened = open_root(str(path)).acting(today=today)
    members = [o.id for o in opened.referential.organisations() if o.is_member]
    themes = [t.id for t in opened.referential.themes()]
    groups = opened.referential.apply_groups(
        [
            opened.referential.new_group(
                GroupInput(
                    f"Groupe {n} : {' '.join(rng.sample(WORDS, 3))}",
                    themes[n % len(themes)],
                    status="active",
                    start_date=first,
                    member_ids=tuple(rng.sample(members, 6)),
                )
            )
            for n in range(1, GROUPS + 1)
        ]
    )
    _meetings(opened, rng, first, end, years, [g.id for g in groups])
    _consultations(opened, rng, first, years, members)
    _opinions(opened, rng, years, [g.id for g in groups])
    opened.close()


def _sentence(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize()


def _meetings(
    opened: Root, rng: random.Random, first: date, end: date, years: int, groups: list[int]
) -> None:
    meetings = opened.meetings
    total = MEETINGS_A_YEAR * years
    span = (end - first).days
    days = sorted(first + timedelta(days=span * n // total) for n in range(total))
    snaps = []
    for n, day in enumerate(days):
        group = None if n % 7 == 0 else groups[n % len(groups)]
        data = MeetingInput(
            "plenary" if group is None else "group_session",
            day,
            clock(14),
            clock(17),
            group_id=group,
            place=rng.choice(("Salle Condorcet", "Salle Jean Zay", "Visioconférence")),
            status="held" if day < opened.today() else "planned",
        )
        snap = meetings.new_meeting(data)
        items = [
            meetings.new_item("discussion", _sentence(rng, 5), 20, decision=_sentence(rng, 12))
            for _ in range(5)
        ]
        sheet = [
            Attendance(a.organisation_id, "present" if rng.random() < 0.8 else "excused")
            for a in snap.convened
        ]
        snaps.append(meetings.with_attendance(meetings.with_items(snap, items), sheet))
    written = meetings.apply_meetings(snaps)
    for snap in written:
        for k in range(2):
            meetings.apply_action(
                meetings.new_action(
                    ActionInput(
                        _sentence(rng, 6),
                        snap.id,
                        organisation_id=snap.convened[k].organisation_id if snap.convened else None,
                        due_date=snap.day + timedelta(days=30),
                        status="done" if snap.day < opened.today() - timedelta(days=60) else "open",
                    )
                )
            )


def _consultations(
    opened: Root, rng: random.Random, first: date, years: int, members: list[int]
) -> None:
    positions = opened.positions
    count = CONSULTATIONS_A_YEAR * years
    span = (opened.today() - timedelta(days=10) - first).days  # answers received by today
    for n in range(count):
        day = first + timedelta(days=n * span // count)
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    f"Consultation n° {n + 1} : {_sentence(rng, 4)}",
                    day,
                    day + timedelta(days=21),
                    subjects=tuple(Subject("other", _sentence(rng, 5)) for _ in range(SUBJECTS)),
                    consulted=tuple(members),
                    min_answers=3,
                )
            )
        )
        for s, subject in enumerate(snap.subjects):
            for k, org in enumerate(members):
                stance = STANCES[(s + k + n) % len(STANCES)]
                positions.apply_position(
                    positions.new_position(
                        PositionInput(
                            subject.id,
                            org,
                            stance,
                            reservation=_sentence(rng, 6) if stance == "reserved" else "",
                            reasons=_sentence(rng, 15),
                            received_on=day + timedelta(days=7),
                        )
                    )
                )


def _opinions(opened: Root, rng: random.Random, years: int, groups: list[int]) -> None:
    opinions = opened.opinions
    for n in range(OPINIONS_A_YEAR * years):
        snap = opinions.apply_opinion(
            opinions.new_opinion(
                OpinionInput("avis", f"Avis n° {n + 1} : {_sentence(rng, 5)}", groups[n % 8])
            )
        )
        text = [
            Paragraph(uuid.uuid4(), "paragraph", plain_lines(_sentence(rng, 40)), 1)
            for _ in range(PARAGRAPHS)
        ]
        opinions.save_text(snap.id, text, 0)


def cached_store(folder: Path, years: int, today: date, fresh: bool) -> Path:
    path = folder / f"areas-v{GENERATOR}-{years}y-{today.isoformat()}.sqlite3"
    if fresh or not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        generate(partial, years, today)
        with sqlite3.connect(partial) as raw:  # the write-ahead log goes into the file
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()
        partial.rename(path)
        for suffix in ("-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        print(f"generated {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


# -- the reference: the same rows read with bare sqlite3 -------------------------------------------

RAW_SQL = {
    "Référentiel": (
        "SELECT o.*, k.label, (SELECT count(*) FROM delegate d WHERE d.organisation_id = o.id),"
        " (SELECT min(start_date) FROM membership m WHERE m.organisation_id = o.id)"
        " FROM organisation o LEFT JOIN organisation_kind k ON k.id = o.kind_id",
        "SELECT * FROM organisation_name",
    ),
    "Groupes de travail": (
        "SELECT g.*, t.title, (SELECT count(*) FROM working_group_member m"
        " WHERE m.group_id = g.id) FROM working_group g LEFT JOIN theme t ON t.id = g.theme_id",
    ),
    "Séances": (
        "SELECT m.*, g.name,"
        " (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id),"
        " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id),"
        " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id"
        "  AND a.status IN ('present', 'represented'))"
        " FROM meeting m LEFT JOIN working_group g ON g.id = m.group_id"
        " ORDER BY m.day, m.start_time, m.id",
    ),
    "Positions": (
        "SELECT c.*,"
        " (SELECT count(*) FROM consultation_subject s WHERE s.consultation_id = c.id),"
        " (SELECT count(*) FROM consulted_organisation o WHERE o.consultation_id = c.id),"
        " (SELECT count(DISTINCT p.organisation_id) FROM position p"
        "  JOIN consultation_subject s ON s.id = p.subject_id"
        "  WHERE s.consultation_id = c.id AND p.stance != 'not_expressed')"
        " FROM consultation c ORDER BY c.opened_on DESC, c.id",
    ),
    "Avis": (
        "SELECT o.*, g.name, (SELECT max(changed_on) FROM opinion_status_change c"
        " WHERE c.opinion_id = o.id) FROM opinion o LEFT JOIN working_group g ON g.id = o.group_id",
        "SELECT r.opinion_id, d.first_name, d.last_name FROM opinion_rapporteur r"
        " JOIN delegate d ON d.id = r.delegate_id",
    ),
}


def raw_read(path: Path, area: str) -> Callable[[], object]:
    raw = sqlite3.connect(path)
    return lambda: [raw.execute(sql).fetchall() for sql in RAW_SQL[area]]


# -- the areas, in this process --------------------------------------------------------------------


def median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def pages() -> dict[str, Callable[..., Any]]:
    """Each area's page class, by the name its navigation shows."""
    from deliberation.ui.meetings.meetings_page import MeetingsPage
    from deliberation.ui.opinions.opinions_page import OpinionsPage
    from deliberation.ui.positions.positions_page import PositionsPage
    from deliberation.ui.referential.groups_page import GroupsPage
    from deliberation.ui.referential.referential_page import ReferentialPage

    return {
        "Référentiel": ReferentialPage,
        "Groupes de travail": GroupsPage,
        "Séances": MeetingsPage,
        "Positions": PositionsPage,
        "Avis": OpinionsPage,
    }


def search_of(page: Any) -> Any:
    """The list's search field of a page, or None (the Positions list has none)."""
    listing = getattr(page, "listing", page)
    return getattr(listing, "search", None)


class Areas:
    """The areas of one store, opened and typed into."""

    def __init__(self, path: Path) -> None:
        from deliberation.ui.kit.editor import Editor
        from deliberation.ui.kit.messages import MessageService

        self.root = open_root(str(path))
        self.editor = Editor(self.root)
        self.messages = MessageService()

    def open(self, page_class: Callable[..., Any]) -> Any:
        from PySide6.QtWidgets import QApplication

        page = page_class(self.editor, self.messages)
        page.resize(1180, 760)
        page.show()
        QApplication.processEvents()  # laid out and painted: the list is filled
        return page

    def close(self, page: Any) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        page.close()
        page.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    def opening_ms(self, page_class: Callable[..., Any], runs: int) -> float:
        self.close(self.open(page_class))  # warm-up: imports, caches, fonts
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            page = self.open(page_class)
            samples.append(time.perf_counter() - started)
            self.close(page)
        return statistics.median(samples) * 1000

    def keystroke_ms(self, page_class: Callable[..., Any], word: str, rounds: int) -> float | None:
        """The median cost of one character typed into the list's search field, then erased."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        page = self.open(page_class)
        field = search_of(page)
        if field is None:
            self.close(page)
            return None
        field.setFocus()
        samples = []
        for _ in range(rounds):
            for key in [*word, *([Qt.Key.Key_Backspace] * len(word))]:
                started = time.perf_counter()
                if isinstance(key, str):
                    QTest.keyClicks(field, key)
                else:
                    QTest.keyClick(field, key)
                QApplication.processEvents()
                samples.append(time.perf_counter() - started)
        self.close(page)
        return statistics.median(samples) * 1000

    def dispose(self) -> None:
        self.root.close()


def first_page_filled(store: Path, runs: int) -> tuple[float, float]:
    """Medians (ms) of a bare PySide6 window shown and of the app's first page filled."""
    from startup import APP

    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env[variable] = folder  # settings and logs of the runs stay in the temporary folder
        env = cached_bytecode(env, folder)
        time_to_shown(BARE, env=env)
        time_to_shown(APP, str(store), env=env)
        bare, filled = [], []
        for _ in range(runs):  # interleaved, so machine load hits both alike
            bare.append(time_to_shown(BARE, env=env)[0])
            filled.append(time_to_shown(APP, str(store), env=env)[1])  # "filled"
    return statistics.median(bare) * 1000, statistics.median(filled) * 1000


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="openings timed per area and store")
    parser.add_argument("--keys", type=int, default=2, help="times the word is typed and erased")
    parser.add_argument("--starts", type=int, default=5, help="process starts of each kind")
    parser.add_argument("--fresh", action="store_true", help="generate the stores again")
    parser.add_argument("--only", help="time only this area (its French name)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("deliberation-bench")
    folder = Path(tempfile.gettempdir()) / "deliberation-bench-areas"
    folder.mkdir(exist_ok=True)
    today = date.today()
    stores = {years: cached_store(folder, years, today, args.fresh) for years in (1, 10)}
    with sqlite3.connect(stores[10]) as raw:
        counts = [
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("meeting", "position", "opinion", "action", "consultation")
        ]
    meetings, positions, opinions, actions, consultations = counts
    print(
        f"ten-year store: {meetings} meetings, {positions} positions, {opinions} opinions,"
        f" {actions} actions, {consultations} consultations"
    )
    areas = {years: Areas(path) for years, path in stores.items()}
    word = "etablissement"
    print(
        f"\narea opening (median of {args.runs};"
        f" target ≤ {AREA_RATIO}× one year, ≤ {AREA_MS:.0f} ms)"
    )
    print(
        f"and a keystroke in its search field (median over « {word} » typed and erased;"
        f" target < {KEY_MS:.0f} ms)"
    )
    for name, page_class in pages().items():
        if args.only and name != args.only:
            continue
        one = areas[1].opening_ms(page_class, args.runs)
        ten = areas[10].opening_ms(page_class, args.runs)
        raw = median_ms(raw_read(stores[10], name), args.runs)
        ratio = ten / one
        print(
            f"  {name:19} 10 y {ten:7.1f} ms  1 y {one:7.1f} ms  ratio {ratio:4.2f}"
            f"  (bare SQLite read {raw:6.2f} ms, ×{ten / raw:5.0f}):"
            f" {verdict(ratio <= AREA_RATIO and ten <= AREA_MS)}"
        )
        key = areas[10].keystroke_ms(page_class, word, args.keys)
        if key is not None:
            print(f"  {'':19} keystroke {key:6.2f} ms: {verdict(key < KEY_MS)}")
        else:
            print(f"  {'':19} keystroke: no search field in this list")
    for opened in areas.values():
        opened.dispose()
    if args.starts:
        bare, filled = first_page_filled(stores[10], args.starts)
        ratio = filled / bare
        print(f"\nfirst page filled, ten-year store (median of {args.starts} process starts)")
        print(f"  bare PySide6 window {bare:7.1f} ms")
        print(
            f"  first page filled   {filled:7.1f} ms  ratio {ratio:4.2f}"
            f" (target ≤ {FILLED_RATIO}): {verdict(ratio <= FILLED_RATIO)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
