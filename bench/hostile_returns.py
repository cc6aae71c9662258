"""Refusing hostile returned files: how long the review import takes to say no.

Run: .venv/bin/python bench/hostile_returns.py [--paragraphs N] [--members N] [--runs N].
Builds, next to a fresh demo store with the opinions exported,
- a .docx of N paragraphs (3,000 by default, about 0.9 MB) made of the exported paragraphs'
  words shuffled, without bookmarks or properties: the text matching must look for the export
  it came from, and find none;
- a zip of M empty members (420,000 by default, about 38 MB);
then times, as medians, the import's preview of each (the refusal) against reading the same
bytes from disk and parsing them with bare lxml (for the first) or just reading them (for the
second): the least any reader does. Issue 20 measured 39 s and 35 s for these refusals; the
target is a ratio that keeps them under a second. A benchmark: it prints and asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' document builders

from tests.review.wordxml import build_docx, paragraph, run
from tests.review.zips import many_members, shuffled_paragraphs

from deliberation.demo import run_demo
from deliberation.errors import ReviewFileError
from deliberation.services.opinion_export import export_opinion
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import open_root


def median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def refused(action: Callable[[], object]) -> Callable[[], str]:
    def attempt() -> str:
        try:
            action()
        except ReviewFileError as error:
            return str(error)
        raise AssertionError("the file was not refused")

    return attempt


def bare_parse(path: Path) -> int:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return len(etree.fromstring(archive.read("word/document.xml")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=3000)
    parser.add_argument("--members", type=int, default=420_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        root = open_root(str(where / "demo.sqlite3"))
        try:
            run_demo(root)
            texts = []
            for opinion in root.opinions.opinions():
                export_opinion(root, opinion.id, where / f"avis-{opinion.id}.docx")
                texts += [p.text for p in root.opinions.text(opinion.id).paragraphs]
            shuffled = where / "mélange.docx"
            body = [paragraph(run(text)) for text in shuffled_paragraphs(texts, args.paragraphs)]
            shuffled.write_bytes(build_docx(body))
            many = where / "membres.docx"
            many_members(many, args.members)
            for path, reference in ((shuffled, bare_parse), (many, Path.read_bytes)):
                preview = refused(lambda p=path: ReviewImport(root).preview(p, "AMF"))
                ours = median_seconds(preview, args.runs)
                bare = median_seconds(lambda p=path, r=reference: r(p), args.runs)
                print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, « {preview()[:70]}… »")
                print(
                    f"  refusal {ours * 1000:8.1f} ms  reference {bare * 1000:7.1f} ms  "
                    f"ratio {ours / bare:6.1f}"
                )
        finally:
            root.close()


if __name__ == "__main__":
    main()
