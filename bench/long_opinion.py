"""Writes a realistic long Word draft (160 pages by default) for the editor's benchmarks.

Run: .venv/bin/python bench/long_opinion.py OUT.docx [--pages N] [--import STORE]. The draft is
what a rapporteur brings from Word: a title, headings on three levels with typed numbers
(« I. », « A. », « 1. »), « Considérant » paragraphs, body paragraphs with bold and italic words,
bulleted and numbered lists after a paragraph that announces them, and « Recommandation n° … : »
paragraphs. At 160 pages: about 1,500 paragraphs of the opinion (1,980 Word paragraphs, list items
being Word paragraphs of their own) and 71,000 words. The text is the same on
every run (a seeded generator). With --import, the file is brought into that store through
`deliberation import opinion`, as the editor's benchmark does.

`write_long_docx(path, pages=160)` is the function the benchmarks call; it needs no Qt.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph as WordParagraph

WORDS_PER_PAGE = 71_000 / 160
PARTS_PER_160 = 8  # level-1 headings at 160 pages
SECTIONS = 5  # level-2 headings per part
SUBSECTIONS = 3  # level-3 headings per section
PARAGRAPHS = 10  # body paragraphs per subsection (two announce a list)

_TEXT = (
    "le comité recommande que les collectivités territoriales et les services académiques "
    "renforcent la coordination des projets numériques dans les écoles les collèges et les "
    "lycées afin de garantir un accès équitable aux ressources pédagogiques aux espaces "
    "numériques de travail et aux outils de communication avec les familles en tenant compte "
    "des contraintes budgétaires des communes rurales de la sobriété des équipements de la "
    "protection des données personnelles des élèves et de la formation des enseignants qui "
    "doivent disposer d'un accompagnement durable pour intégrer ces usages dans leurs pratiques "
    "quotidiennes tandis que les départements et les régions financent la maintenance des "
    "réseaux et le renouvellement des matériels selon un calendrier partagé"
)
_VOCABULARY = tuple(_TEXT.split(" "))
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass
class LongDraft:
    """What was written: Word paragraphs, words, and how many of each kind."""

    path: Path
    paragraphs: int = 0
    words: int = 0
    headings: int = 0
    recitals: int = 0
    recommendations: int = 0
    list_items: int = 0


def write_long_docx(path: Path, pages: int = 160, seed: int = 2026) -> LongDraft:
    """Write a Word draft of about `pages` pages to `path` (python-docx, built-in styles)."""
    rng = random.Random(seed)
    document = docx.Document()
    result = LongDraft(Path(path))
    words_target = int(pages * WORDS_PER_PAGE)
    parts = max(1, round(PARTS_PER_160 * pages / 160))
    subsections = parts * SECTIONS * SUBSECTIONS
    listing = 2 * (1 / 3 + 3 / 4)  # two paragraphs announce three items each
    units = subsections * (PARAGRAPHS - 2 + listing) + parts * SECTIONS + 6  # in paragraphs
    headings_words = 7 * (parts + parts * SECTIONS + subsections)
    per_paragraph = max(12, round((words_target - headings_words) / units))

    def sentence(count: int) -> str:
        words = [rng.choice(_VOCABULARY) for _ in range(count)]
        return " ".join(words).capitalize()

    def add(text: str, style: str | None = None) -> WordParagraph:
        result.paragraphs += 1
        result.words += len(text.split())
        return document.add_paragraph(text, style=style)

    def body(paragraph: WordParagraph, count: int) -> None:
        """A paragraph of `count` words, a few of them bold or italic."""
        words = sentence(count).split()
        cut = sorted(rng.sample(range(1, len(words)), 2)) if len(words) > 4 else [1, 2]
        runs = (
            (" ".join(words[: cut[0]]) + " ", False, False),
            (" ".join(words[cut[0] : cut[1]]), rng.random() < 0.5, rng.random() >= 0.5),
            (" " + " ".join(words[cut[1] :]) + ".", False, False),
        )
        for text, bold, italic in runs:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
        result.paragraphs += 1
        result.words += count

    title = "Avis sur la transformation numérique de l'éducation : bilan et perspectives"
    add(title, "Title")
    recommendation = 0
    for part in range(parts):
        add(f"{_ROMAN[part % len(_ROMAN)]}. {sentence(5)}", "Heading 1")
        result.headings += 1
        if part == 0:
            for _ in range(6):
                add(f"Considérant que {sentence(per_paragraph - 2).lower()} ;")
                result.recitals += 1
        for section in range(SECTIONS):
            add(f"{chr(ord('A') + section)}. {sentence(6)}", "Heading 2")
            result.headings += 1
            for subsection in range(SUBSECTIONS):
                add(f"{subsection + 1}. {sentence(7)}", "Heading 3")
                result.headings += 1
                for index in range(PARAGRAPHS):
                    if index in (3, 7):  # a paragraph announcing a list
                        add(f"{sentence(per_paragraph // 3)} :")
                        style = "List Bullet" if index == 3 else "List Number"
                        for _ in range(3):
                            add(f"{sentence(per_paragraph // 4).lower()} ;", style)
                            result.list_items += 1
                    else:
                        body(document.add_paragraph(), per_paragraph)
            for _ in range(2):
                recommendation += 1
                add(f"Recommandation n° {recommendation} : {sentence(per_paragraph // 2)}.")
                result.recommendations += 1
    document.core_properties.title = title
    document.save(str(path))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--pages", type=int, default=160)
    parser.add_argument("--import", dest="store", metavar="STORE", help="import it into STORE")
    args = parser.parse_args(argv)
    written = write_long_docx(args.output, args.pages)
    print(
        f"{written.path}: {written.paragraphs} Word paragraphs, {written.words} words, "
        f"{written.headings} headings, {written.recitals} considérants, "
        f"{written.recommendations} recommendations, {written.list_items} list items"
    )
    if args.store:
        from deliberation.cli import main as deliberation

        return deliberation(["--store", args.store, "import", "opinion", str(args.output)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
