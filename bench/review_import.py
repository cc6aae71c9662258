"""Review import benchmark: a 160-page opinion returned with 400 items, import against dry run.

Run: .venv/bin/python bench/review_import.py [--pages N] [--items N] [--runs N] [--profile].
Builds a fresh store holding a long opinion brought in from Word as a rapporteur does
(`long_opinion.write_long_docx`, then the `import opinion` use case), exports it to .docx as the
secretariat sends it, and makes the return of one reviewer in Word: --items edits (400 by
default) on as many body paragraphs spread over the text, half of them tracked replacements of
a word, half comments on a word, written as Word writes them (tests/review/reviewer.py: w:del and
w:ins with author and date, comment ranges and references, comments.xml, rsids, paragraph ids,
proofing marks). Then times, as medians over --runs:
- a bare read of the returned file (`review.docx_reader.read_review`: the least the import does);
- the dry run (`ReviewImport.preview`: read, matched, checked, nothing written);
- the import (`preview` then `apply`: the same, and every new item written), the store put back
  as it was between runs (the import undone, untimed).
Issue 18 measured 13.6 s for the import of 400 items against 1.0 s for the dry run; the targets
are an import ≤ 1 s and ≤ 1.5× the dry run, with the ratio to the bare read printed for
information (measured here, machine quiet: before, 7.1 s import and 0.30 s dry run, 24×;
after, 0.50 s import, 0.41 s dry run, 0.21 s bare read: 1.22×). Under a loaded machine the
absolute times stretch; the ratios hold. --profile prints cProfile's top functions of one
import. A benchmark, not a test:
it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' document builders
sys.path.insert(0, str(Path(__file__).resolve().parent))  # long_opinion

from tests.review.reviewer import Reviewer, W

from deliberation.review.docx_reader import read_review
from deliberation.services.opinion_export import export_opinion
from deliberation.services.opinion_import import OpinionImport
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import Root, open_root
from long_opinion import write_long_docx

TARGET_SECONDS = 1.0
TARGET_RATIO = 1.5
ORGANISATION = "AMF"


def median_seconds(action: Callable[[], object], runs: int, between: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
        between()
    return statistics.median(samples)


def first_word(p: etree._Element) -> str:
    """A word of the paragraph that lies within one run (what a reviewer selects)."""
    for t in p.iter(W + "t"):
        for word in (t.text or "").split():
            if len(word) >= 5 and word.isalpha():
                return word
    raise AssertionError("no word to edit")


def build(where: Path, pages: int, items: int) -> tuple[Root, int, Path]:
    """The store with the long opinion, its export, and the reviewer's return of `items` edits."""
    draft = write_long_docx(where / "brouillon.docx", pages=pages)
    root = open_root(str(where / "bench.sqlite3"))
    importer = OpinionImport(root)
    snap = importer.apply(importer.preview(draft.path, "Avis de 160 pages sur le numérique"))
    exported = where / "export.docx"
    record = export_opinion(root, snap.id, exported)
    body = [p.uuid for p in record.paragraphs if p.kind == "paragraph" and len(p.lines) == 1]
    step = max(1, len(body) // items)
    chosen = body[::step][:items]
    reviewer = Reviewer(date="2026-11-18T09:30:00Z")

    def edit(tree: etree._Element) -> None:
        for number, uuid in enumerate(chosen):
            p = reviewer.paragraph(tree, UUID(str(uuid)))
            word = first_word(p)
            if number % 2 == 0:
                reviewer.track_replace(p, word, f"{word} modifié ({number})")
            else:
                reviewer.comment(p, word, f"Remarque n° {number} sur « {word} » : à préciser.")
        reviewer.word_noise(tree)

    returned = reviewer.save(exported, where / "retour AMF.docx", edit)
    return root, snap.id, returned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=160)
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root, opinion_id, returned = build(Path(folder), args.pages, args.items)
        try:
            review = ReviewImport(root)
            undo: list[Callable[[], object]] = []

            def dry_run() -> None:
                review.preview(returned, ORGANISATION, opinion_id)

            def full_import() -> None:
                result = review.apply(review.preview(returned, ORGANISATION, opinion_id))
                undo.append(lambda: review.undo(result))

            def put_back() -> None:
                while undo:
                    undo.pop()()

            preview = review.preview(returned, ORGANISATION, opinion_id)
            counted = review.apply(preview)
            review.undo(counted)
            if args.profile:
                profile = cProfile.Profile()
                profile.runcall(full_import)
                put_back()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            bare = median_seconds(lambda: read_review(returned), args.runs, put_back)
            dry = median_seconds(dry_run, args.runs, put_back)
            ours = median_seconds(full_import, args.runs, put_back)
            size = returned.stat().st_size
        finally:
            root.close()
    print(
        f"{size // 1024} KiB returned file: "
        f"{len(preview.new_items)} new items ({len(counted.amendments)} amendments, "
        f"{len(counted.comments)} comments written)"
    )
    ratio = ours / dry
    verdict = "ok" if ours <= TARGET_SECONDS and ratio <= TARGET_RATIO else "over target"
    print(f"bare read {bare * 1000:8.1f} ms")
    print(f"dry run   {dry * 1000:8.1f} ms  ({dry / bare:4.1f}× the bare read)")
    print(
        f"import    {ours * 1000:8.1f} ms  ({ours / bare:4.1f}× the bare read; "
        f"{ratio:4.2f}× the dry run, target ≤ {TARGET_RATIO}; "
        f"target ≤ {TARGET_SECONDS:.0f} s): {verdict}"
    )


if __name__ == "__main__":
    main()
