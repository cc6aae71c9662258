"""Export benchmark: a 160-page opinion written to Word, against pandoc converting the same text.

Run: .venv/bin/python bench/export_opinion.py [--pages N] [--runs R] [--profile plain|tracked].
Builds a store holding a long opinion brought in from Word as a rapporteur does
(`long_opinion.write_long_docx` writes the draft, the `import opinion` use case creates it),
freezes it as version 1, then edits it as a secretariat does between two versions: a word
changed in one paragraph in twenty, a paragraph added after one in sixty, one in eighty removed.
It then times, as medians over --runs, in the same run:
- the reference: pandoc (/usr/bin/pandoc) converting the same text, written as Markdown
  (headings, lists, bold and italic), to .docx, as a subprocess;
- the plain export: `export_opinion` of the current text (header, title block, table of contents,
  numbered text, footnotes, annexes);
- the tracked export: the same against version 1 (tracked changes between the versions);
- both again as commands (`deliberation export opinion`), each a new process as pandoc is, and,
  to read them, that process's start-up alone (imports and the store opened, nothing written);
  the processes run with their bytecode cached, as an installed application's is (see
  bench/cli.py, which times the command line's start-up itself).
Prints each time and its ratio to pandoc's, with the targets (plain ≤ 0.6, tracked ≤ 1.0).
With --profile, prints the cProfile of one export of that kind instead. A benchmark, not a
test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli import child_env
from deliberation.records.opinions import Line, Paragraph, Run
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.opinion_import import OpinionImport
from deliberation.services.root import Root, open_root
from long_opinion import write_long_docx

TARGETS = {"plain": 0.6, "tracked": 1.0}
STARTUP = [  # what `deliberation export opinion` loads and opens before it writes anything
    sys.executable,
    "-c",
    "import sys, docx\n"
    "from deliberation.cli import main\n"
    "from deliberation.services.opinion_export import export_opinion\n"
    "from deliberation.services.root import open_root\n"
    "open_root(sys.argv[1]).close()",
]
PANDOC = "/usr/bin/pandoc"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def build(where: Path, pages: int) -> tuple[Root, int]:
    """The store with the long opinion, version 1 frozen and the current text edited."""
    draft = where / "brouillon.docx"
    write_long_docx(draft, pages=pages)
    root = open_root(str(where / "store.sqlite3"))
    importer = OpinionImport(root)
    snap = importer.apply(importer.preview(draft, "Avis sur la transformation numérique"))
    opinions = root.opinions
    opinions.freeze(snap.id, "Version soumise au groupe de travail")
    edited: list[Paragraph] = []
    for index, paragraph in enumerate(opinions.text(snap.id).paragraphs):
        if index and index % 80 == 0:
            continue  # removed
        if index and index % 20 == 0 and paragraph.kind != "heading":
            first = paragraph.lines[0]
            runs = (Run("Par ailleurs, "), *first.runs)
            paragraph = replace(paragraph, lines=(replace(first, runs=runs), *paragraph.lines[1:]))
        edited.append(paragraph)
        if index and index % 60 == 0:
            added = "Le comité souhaite en outre qu'un bilan annuel soit présenté."
            edited.append(Paragraph(_uuid(index), "paragraph", (Line((Run(added),)),)))
    opinions.save_text(snap.id, edited, None)
    return root, snap.id


def _uuid(index: int):  # type: ignore[no-untyped-def]
    import uuid

    return uuid.UUID(int=index + 1)


def markdown(paragraphs: tuple[Paragraph, ...]) -> str:
    """The opinion's text as pandoc's Markdown: the reference converts the same words."""

    def runs(line: Line) -> str:
        out = []
        for run in line.runs:
            text = run.text.replace("*", "\\*")
            stripped = text.strip()
            if stripped and (run.bold or run.italic):
                mark = "**" if run.bold else "*"
                lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
                text = f"{lead}{mark}{stripped}{mark}{trail}"
            out.append(text)
        return "".join(out)

    blocks = []
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            blocks.append("#" * paragraph.level + " " + runs(paragraph.lines[0]))
            continue
        lines = []
        for line in paragraph.lines:
            if line.list == "bullet":
                lines.append(f"\n- {runs(line)}")
            elif line.list == "number":
                lines.append(f"\n1. {runs(line)}")
            else:
                lines.append(runs(line) + "\\")
        blocks.append("\n".join(lines).rstrip("\\"))
    return "\n\n".join(blocks) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=160)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", choices=("plain", "tracked"))
    parser.add_argument("--sort", default="cumulative", help="the profile's order (tottime…)")
    args = parser.parse_args()
    if shutil.which(PANDOC) is None:
        sys.exit(f"{PANDOC} is needed for the reference")
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        root, opinion_id = build(where, args.pages)
        try:
            text = root.opinions.text(opinion_id).paragraphs
            source = where / "avis.md"
            source.write_text(markdown(text), encoding="utf-8")
            options = {"plain": ExportOptions(), "tracked": ExportOptions(against=1)}

            def export(kind: str) -> None:
                export_opinion(root, opinion_id, where / f"{kind}.docx", options[kind])

            def pandoc() -> None:
                subprocess.run(
                    [PANDOC, "-f", "markdown", "-t", "docx", "-o", str(where / "pandoc.docx"),
                     str(source)],
                    check=True,
                )  # fmt: skip

            export("plain")  # python-docx and the store's statements loaded once, as in the app
            store = str(where / "store.sqlite3")
            env = child_env(where)

            def command(kind: str) -> None:
                against = ["--against", "1"] if kind == "tracked" else []
                subprocess.run(
                    [sys.executable, "-m", "deliberation", "--store", store, "export", "opinion",
                     str(opinion_id), *against, "-o", str(where / f"cli-{kind}.docx")],
                    check=True, capture_output=True, env=env,
                )  # fmt: skip

            if args.profile:
                profile = cProfile.Profile()
                profile.runcall(export, args.profile)
                pstats.Stats(profile).sort_stats(args.sort).print_stats(35)
                return
            words = sum(len(p.text.split()) for p in text)
            print(f"{len(text)} paragraphs, {words} words; {args.runs} runs each, medians")
            reference = median_seconds(pandoc, args.runs)
            print(f"  pandoc (reference)  {reference * 1000:8.1f} ms")
            for kind in ("plain", "tracked"):
                ours = median_seconds(lambda k=kind: export(k), args.runs)
                print(
                    f"  export {kind:<12} {ours * 1000:8.1f} ms  ratio {ours / reference:5.2f}"
                    f"  (target ≤ {TARGETS[kind]})"
                )
            for kind in ("plain", "tracked"):  # warm-up: the bytecode written once
                command(kind)
            start_up = median_seconds(
                lambda: subprocess.run([*STARTUP, store], check=True, env=env), args.runs
            )
            print(
                f"  command start-up    {start_up * 1000:8.1f} ms  (Python, SQLAlchemy, the store's"
                " models, python-docx: before the command exports)"
            )
            for kind in ("plain", "tracked"):
                ours = median_seconds(lambda k=kind: command(k), args.runs)
                print(
                    f"  command {kind:<11} {ours * 1000:8.1f} ms  ratio {ours / reference:5.2f}"
                    f"  (a new process, as pandoc is; target ≤ {TARGETS[kind]})"
                )
        finally:
            root.close()


if __name__ == "__main__":
    main()
