"""Three-way merge benchmark: how the merge of an opinion's text grows with its length.

Run: .venv/bin/python bench/text_merge.py [--runs N]. Makes texts of 150 and 1,500 paragraphs
(the long draft of bench/long_opinion.py), edits each twice from the same base (a few moves, a
tenth of the paragraphs changed and as many added on each side, a seeded generator), and times,
as medians over the runs, `merge_texts` (what `import package`, `sync` and `import text` run)
and the merge of the result again (a package brought twice). Prints the times and the ratio of
the long text to the short one: about 10 means the merge grows with the text, about 100 with
its square. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Sequence

from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.rules.text_merge import merge_texts

Text = list[Paragraph]


def _paragraph(text: str) -> Paragraph:
    return Paragraph(uuid.UUID(int=random.getrandbits(128)), "paragraph", plain_lines(text))


def _edited(base: Text, moves: int) -> Text:
    """`base` with `moves` paragraphs moved, a tenth changed and a tenth added."""
    text = list(base)
    for _ in range(moves):
        moving = text.pop(random.randrange(len(text)))
        text.insert(random.randrange(len(text)), moving)
    for _ in range(len(base) // 10):
        at = random.randrange(len(text))
        old = text[at]
        text[at] = Paragraph(old.uuid, old.kind, plain_lines(old.text + " modifié"), old.level)
        text.insert(random.randrange(len(text)), _paragraph("Paragraphe ajouté."))
    return text


def _median(runs: int, base: Text, ours: Sequence[Paragraph], theirs: Text) -> float:
    """The median time of `merge_texts(base, ours, theirs)` over `runs`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        merge_texts(base, ours, theirs)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    random.seed(17)
    results = {}
    for size in (150, 1500):
        base = [_paragraph(f"Paragraphe {i} de l'avis.") for i in range(size)]
        ours, theirs = _edited(base, 5), _edited(base, 5)
        first = merge_texts(base, ours, theirs)
        once = _median(args.runs, base, ours, theirs)
        again = _median(args.runs, base, first.paragraphs, theirs)
        results[size] = (once, again)
        print(f"{size:>5} paragraphs: merge {once:8.1f} ms, merged again {again:8.1f} ms")
    print(
        f"ratio 1,500 / 150: merge {results[1500][0] / results[150][0]:.1f}, "
        f"again {results[1500][1] / results[150][1]:.1f} (10: linear, 100: square)"
    )


if __name__ == "__main__":
    main()
