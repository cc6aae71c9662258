"""Returned-file benchmark: reading a 200-page reviewed export, against plain lxml on its XML.

Run: .venv/bin/python bench/review.py [--paragraphs N] [--runs N]. Builds a returned .docx of N
paragraphs (about N / 12 pages; tests/review/wordxml.py's `long_document`: bookmarks, split runs,
emphasis, tracked changes, a comment every tenth paragraph), then times, as medians:
- `read_review_bytes` (what the review import reads: limits, hardened parsing, paragraphs with
  their runs, changes and bookmarks, comments with their anchors)
- against the same parts unzipped and parsed with bare `lxml.etree.fromstring`, each paragraph's
  text joined: the least any reader does. Target ratio ≤ 10 (about 5 when written).
A benchmark, not a test: it prints the ratio and asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' document builder

from tests.review.wordxml import W_NS, long_document

from deliberation.review.docx_reader import read_review_bytes

TARGET_RATIO = 10.0
PARAGRAPH = f"{{{W_NS}}}p"
TEXT = f"{{{W_NS}}}t"


def bare_read(data: bytes) -> list[str]:
    """The body's and the comments' paragraphs as text, with nothing checked or interpreted."""
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in ("word/document.xml", "word/comments.xml"):
            root = etree.fromstring(archive.read(part))
            for paragraph in root.iter(PARAGRAPH):
                texts.append("".join(t.text or "" for t in paragraph.iter(TEXT)))
    return texts


def median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2400)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = long_document(args.paragraphs)
    document = read_review_bytes(data, "long.docx")
    ours = median_seconds(lambda: read_review_bytes(data, "long.docx"), args.runs)
    reference = median_seconds(lambda: bare_read(data), args.runs)
    ratio = ours / reference
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(
        f"{len(document.paragraphs)} paragraphs, {len(document.comments)} comments, "
        f"{len(data) // 1024} KiB"
    )
    print(
        f"read {ours * 1000:8.1f} ms  lxml {reference * 1000:7.1f} ms  "
        f"ratio {ratio:5.1f} (target ≤ {TARGET_RATIO:.0f}): {verdict}"
    )


if __name__ == "__main__":
    main()
