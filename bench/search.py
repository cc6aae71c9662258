"""Search benchmark: typical queries on a generated ten-year store, against the 16 ms target.

Run: .venv/bin/python bench/search.py [--years N] [--runs N]. Builds a store the size of ten
years of the committee (by default ≈ 820 meetings with their agenda and decisions, 46,000
positions, 300 opinions of 30 paragraphs with amendments and comments), written with bare SQL so
that the index is filled by its triggers as the application's writes fill it, then times, as
medians over the runs, `Search.find(query)` (the window's and the command line's call: the index
query, the ordering, the marked snippets, the hits) for typical queries, and the same rows read
with bare sqlite3 (the index query alone).
Target: the median of `find` ≤ 16 ms (one frame). A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from deliberation.services.root import open_root

TARGET_MS = 16.0
QUERIES = (
    "etablissement",
    "ENT",
    "avr. 2024",
    "réserve financement",
    "chef etab",
    "ARF",
    "délégué mutualisé",
    "collectivités territoriales numérique",
)
_VOCABULARY = (
    "établissement collectivité numérique éducation données élèves familles enseignants ENT "
    "financement réversibilité hébergement sécurité accessibilité mutualisé délégué protection "
    "académie département région commune collège lycée école ressources services formation "
    "identité accès messagerie cahier textes agenda usages territoire marché logiciel libre "
    "interopérabilité gouvernance schéma directeur recommandation avis contribution réserve "
    "calendrier déploiement équipement maintenance référent responsable traitement registre"
)
# The domain's words first, then rarer ones, drawn with Zipf's law as in real text.
WORDS = _VOCABULARY.split(" ") + [f"terme{n}" for n in range(3000)]
WEIGHTS = [1 / rank for rank in range(1, len(WORDS) + 1)]
NOW = "2026-01-01 00:00:00"


def sentence(rng: random.Random, length: int) -> str:
    return " ".join(rng.choices(WORDS, WEIGHTS, k=length)).capitalize() + "."


def uid() -> str:
    return uuid.uuid4().hex


def build(path: Path, years: int) -> None:
    """The store described above, written with bare SQL (the triggers index it)."""
    open_root(str(path)).close()
    rng = random.Random(15)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    orgs = [row[0] for row in db.execute("SELECT id FROM organisation")]

    def insert(table: str, tracked: bool = True, **values: object) -> int:
        if tracked:
            values = {"uuid": uid(), "created_at": NOW, "updated_at": NOW, **values}
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return int(cursor.lastrowid or 0)

    start = date(2017, 1, 3)
    for n in range(82 * years):
        day = start + timedelta(days=(n * 365) // 82)
        meeting = insert(
            "meeting", kind="plenary", title=sentence(rng, 4), day=day.isoformat(),
            start_time="14:00:00.000000", end_time="17:00:00.000000", place="Paris",
            video_link="", status="held", notes="",
        )  # fmt: skip
        for position in range(5):
            insert(
                "agenda_item", meeting_id=meeting, position=position, kind="decision",
                title=sentence(rng, 6), description=sentence(rng, 30), duration_minutes=30,
                outcome=sentence(rng, 20), decision=sentence(rng, 15),
            )  # fmt: skip
        insert("action", meeting_id=meeting, title=sentence(rng, 8), status="open", note="")
    for n in range(12 * years):
        day = start + timedelta(days=30 * n)
        consultation = insert(
            "consultation", title=sentence(rng, 8), question=sentence(rng, 20),
            opened_on=day.isoformat(), min_answers=1, max_unfavorable=0, abstentions_count=0,
        )  # fmt: skip
        for s in range(26):
            subject = insert(
                "consultation_subject", consultation_id=consultation, position=s, kind="other",
                label=f"Sujet {s + 1}",
            )  # fmt: skip
            for org in orgs[:15]:
                reserved = rng.random() < 0.3
                insert(
                    "position", subject_id=subject, organisation_id=org,
                    stance="reserved" if reserved else "favorable",
                    reservation=sentence(rng, 12) if reserved else "",
                    reasons=sentence(rng, 15), amendment="", received_on=day.isoformat(),
                    recorded_by="", source="email",
                )  # fmt: skip
    for _ in range(30 * years):
        opinion = insert(
            "opinion", kind="avis", title=sentence(rng, 7), status="draft", text_revision=0
        )
        paragraphs = []
        for p in range(30):
            paragraphs.append(uid())
            insert(
                "opinion_paragraph", tracked=False, uuid=paragraphs[-1], opinion_id=opinion,
                position=p, kind="paragraph", level=1, removed=0, updated_at=NOW,
                content=f'[{{"list":"","runs":[["{sentence(rng, 40)}",""]]}}]',
            )  # fmt: skip
        for _ in range(5):
            insert(
                "amendment", opinion_id=opinion, paragraph_uuid=rng.choice(paragraphs),
                organisation_id=rng.choice(orgs), action="replace", content="[]",
                justification=sentence(rng, 25), status="proposed", proposed_on="2026-01-01",
                author="", original="", applied="[]", decided_by="", decision_note="",
                treatment="", treatment_note="",
            )  # fmt: skip
            insert(
                "opinion_comment", opinion_id=opinion, paragraph_uuid=rng.choice(paragraphs),
                author="Secrétariat", text=sentence(rng, 20), anchor="", written_at=NOW,
                resolved=0,
            )  # fmt: skip
    db.commit()
    db.close()


def median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        build(path, args.years)
        built = time.perf_counter() - started
        opened = open_root(str(path))
        raw = sqlite3.connect(path)
        sizes = {
            table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("meeting", "position", "opinion", "opinion_paragraph", "search_index")
        }
        print(
            f"{args.years} years, built in {built:.0f} s: "
            + ", ".join(f"{count} {table}" for table, count in sizes.items())
        )
        medians = []
        for query in QUERIES:
            hits = opened.search.find(query)
            ours = median_ms(lambda q=query: opened.search.find(q), args.runs)
            match = " ".join(f'"{w}"*' for w in query.replace(".", " ").split())
            bare = median_ms(
                lambda m=match: raw.execute(
                    "SELECT kind, place_id, detail, label, context, title, body FROM search_index "
                    "WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 200",
                    (m,),
                ).fetchall(),
                args.runs,
            )
            medians.append(ours)
            print(
                f"{query!r:42} {len(hits):3} hits  find {ours:6.2f} ms  bare sqlite3 {bare:6.2f} ms"
            )
        raw.close()
        opened.close()
    overall = statistics.median(medians)
    verdict = "ok" if overall <= TARGET_MS else "over target"
    print(f"median search time {overall:.2f} ms (target ≤ {TARGET_MS:.0f} ms): {verdict}")


if __name__ == "__main__":
    main()
