"""Issue 18's trial redone: reviewers' edits made in LibreOffice come back intact, damaged or lost.

Run by hand: PYTHONPATH=src .venv/bin/python bench/review_trial.py [--keep DIR] [--only WORD…]
Makes a demo store in a temporary folder and exports two opinions (.docx and .odt, with and
without the tracked changes between versions). One LibreOffice, driven through UNO by
bench/review_trial_office.py (run by /usr/bin/python3), makes each kind of reviewer edit and
saves; each file is then imported with `deliberation import review FILE --org AMF --dry-run
--json` and what comes back is compared with what was done. Prints per kind: edits made, intact,
damaged (right paragraph, wrong content), lost, and spurious (proposed though nobody made them),
then the totals. A tool, not a test: it asserts nothing. Comments are written into a LibreOffice
.odt as LibreOffice writes them (inserting one through UNO kills LibreOffice 7.4), and
LibreOffice converts that file (soffice --convert-to).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from lxml import etree

from deliberation.demo import run_demo
from deliberation.records.opinions import Paragraph
from deliberation.services.opinion_export import ExportOptions, export_opinion
from deliberation.services.root import open_root

OFFICE_SCRIPT = Path(__file__).with_name("review_trial_office.py")
UNO_PYTHON = "/usr/bin/python3"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"
TRACKED_IN = "1 paragraphe(s) modifié(s) avec suivi dans"


def norm(text: str) -> str:
    """Text compared without typography: apostrophes, narrow spaces, line breaks, spacing."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Expect:
    """One thing the reviewer did, as the import should propose it."""

    action: str  # replace | insert_after | delete | comment | warning
    paragraph: UUID | None = None
    text: str | None = None  # the new text (normalised on comparison), None: not checked
    lists: tuple[str, ...] | None = None  # each line's list style, None: not checked
    bold: str | None = None  # a word that must come back bold
    warning: str = ""  # for "warning": the start of the warning expected


@dataclass
class Kind:
    name: str
    source: str  # a key of the exports (or of an earlier kind's output)
    extension: str
    ops: list[dict[str, Any]]
    expect: list[Expect]
    track: bool = True
    comments: list[tuple[str, str, str]] = field(default_factory=list)  # (find, author, text)


@dataclass
class Score:
    intact: int = 0
    damaged: int = 0
    lost: int = 0
    spurious: int = 0
    notes: list[str] = field(default_factory=list)


def score(kind: Kind, found: dict[str, Any]) -> Score:
    result = Score()
    items = list(found.get("items", []))
    warnings = list(found.get("warnings", []))
    for expect in kind.expect:
        if expect.action == "warning":
            hits = [w for w in warnings if w.startswith(expect.warning)]
            if hits:
                result.intact += 1
                warnings.remove(hits[0])
            else:
                result.lost += 1
                result.notes.append(f"lost: warning « {expect.warning}… »")
            continue
        wanted = "comment" if expect.action == "comment" else "amendment"
        candidates = [
            i
            for i in items
            if i["kind"] == wanted
            and (expect.action == "comment" or i["action"] == expect.action)
            and i["paragraph_uuid"] == str(expect.paragraph)
        ]
        if not candidates:
            result.lost += 1
            result.notes.append(f"lost: {expect.action} {expect.paragraph} {expect.text!r:.60}")
            continue
        best = next((i for i in candidates if norm(i["text"]) == norm(expect.text or "")), None)
        item = best or candidates[0]
        items.remove(item)
        problems = []
        if expect.text is not None and norm(item["text"]) != norm(expect.text):
            problems.append(f"text {norm(item['text'])!r} instead of {norm(expect.text)!r}")
        if expect.lists is not None:
            lists = tuple(line["list"] for line in item["lines"])
            if lists != expect.lists:
                problems.append(f"lists {lists} instead of {expect.lists}")
        if expect.bold is not None:
            bold = [r["text"] for line in item["lines"] for r in line["runs"] if r["bold"]]
            if expect.bold not in " ".join(bold):
                problems.append(f"« {expect.bold} » not bold (bold: {bold})")
        if problems:
            result.damaged += 1
            result.notes.append(f"damaged {expect.action}: " + "; ".join(problems))
        else:
            result.intact += 1
    for item in items:
        result.spurious += 1
        result.notes.append(
            f"spurious: {item['kind']} {item['action']} {item['paragraph_label']} "
            f"{norm(item['text'])!r:.80}"
        )
    result.notes += [f"warning: {w}" for w in warnings]
    return result


# -- the opinions' texts ----------------------------------------------------------------------


class Text:
    """An exported text, to name its paragraphs by their words and say what an edit makes."""

    def __init__(self, paragraphs: tuple[Paragraph, ...]) -> None:
        self.paragraphs = paragraphs

    def holding(self, words: str) -> Paragraph:
        (hit,) = [p for p in self.paragraphs if words in norm(p.text)]
        return hit

    def lists(self, words: str) -> tuple[str, ...]:
        return tuple(line.list for line in self.holding(words).lines)

    def edited(self, words: str, old: str, new: str) -> Expect:
        """A replacement of the paragraph holding `words` where `old` became `new`."""
        p = self.holding(words)
        text = norm(p.text)
        assert old in text, old
        return Expect("replace", p.uuid, text.replace(old, new, 1), self.lists(words))


def comment_in_odt(source: Path, target: Path, comments: list[tuple[str, str, str]]) -> None:
    """Each (find, author, text) as an office:annotation spanning the paragraph holding `find`,
    written as LibreOffice writes one in content.xml."""
    with zipfile.ZipFile(source) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    tree = etree.fromstring(parts["content.xml"])
    for number, (find, author, text) in enumerate(comments):
        paragraph = next(
            p
            for p in tree.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h")
            if find in norm("".join(p.itertext()))
        )
        name = f"__Annotation__{number}_trial"
        note = etree.Element(f"{{{OFFICE}}}annotation", {f"{{{OFFICE}}}name": name})
        etree.SubElement(note, f"{{{DC}}}creator").text = author
        etree.SubElement(note, f"{{{DC}}}date").text = f"2026-03-04T11:2{number}:00.000000000"
        etree.SubElement(note, f"{{{TEXT}}}p").text = text
        note.tail = paragraph.text
        paragraph.text = None
        paragraph.insert(0, note)
        paragraph.append(etree.Element(f"{{{OFFICE}}}annotation-end", {f"{{{OFFICE}}}name": name}))
    parts["content.xml"] = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(target, "w") as zout:
        zout.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, data in parts.items():
            zout.writestr(name, data, zipfile.ZIP_DEFLATED)


def run_office(jobs: list[dict[str, Any]], work: Path) -> list[str | None]:
    path = work / "jobs.json"
    path.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
    profile = (work / "profile").as_uri()
    done = subprocess.run(
        [UNO_PYTHON, str(OFFICE_SCRIPT), str(path), profile],
        capture_output=True, text=True, check=True, timeout=1800,
    )  # fmt: skip
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def convert(source: Path, target: Path, work: Path) -> str | None:
    """LibreOffice's own conversion (`soffice --convert-to`) of `source` to `target`."""
    out = work / "converted"
    out.mkdir(exist_ok=True)
    filters = {".docx": "docx:MS Word 2007 XML", ".odt": "odt:writer8"}
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--convert-to", filters[target.suffix], "--outdir", str(out), str(source)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    made = out / (source.stem + target.suffix)
    if done.returncode != 0 or not made.exists():
        return f"soffice --convert-to: {done.stderr.strip()}"
    made.replace(target)
    return None


def import_dry_run(store: Path, file: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "deliberation", "--store", str(store), "import", "review",
         str(file), "--org", "AMF", "--dry-run", "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return {"error": done.stderr.strip() or done.stdout.strip()}
    return dict(json.loads(done.stdout))


def version_changes(before: tuple[Paragraph, ...], after: tuple[Paragraph, ...]) -> list[Expect]:
    """What rejecting every tracked change from `before` to `after` proposes."""
    old = {p.uuid: p for p in before}
    new = {p.uuid for p in after}
    result = []
    for p in after:
        if p.uuid not in old:
            result.append(Expect("delete", p.uuid))
        elif norm(old[p.uuid].text) != norm(p.text):
            result.append(Expect("replace", p.uuid, norm(old[p.uuid].text)))
    previous: UUID | None = None
    for p in before:
        if p.uuid not in new:
            result.append(Expect("insert_after", previous, norm(p.text)))
        else:
            previous = p.uuid
    return result


def kinds(rec: Text, con: Text, rejected: list[Expect]) -> list[Kind]:
    """The reviewers' edits: `rec` is the recommendation (opinion 2, bulleted list, reservations),
    `con` the contribution (opinion 3, numbered list) at version 3, exported against version 1."""
    chef = "responsable des traitements mis"
    typed = rec.edited("traitements mis en œuvre", chef, "seul " + chef)
    registre = rec.holding("registre de traitement partagé")
    informer = rec.holding("Informer les familles")
    old_lines = [norm(line.text) for line in informer.lines]
    first = rec.paragraphs[0]
    split = rec.holding("la collectivité qui acquiert")
    head, tail = norm(split.text).split("la collectivité qui acquiert")
    third = rec.holding("délégué à la protection des données mutualisé")
    bold_same = Expect("replace", third.uuid, norm(third.text), bold="adhérentes")
    family = rec.holding("sauf demande contraire")
    insert = [{"do": "insert", "find": "responsable des traitements mis", "text": "seul "}]
    portability = "droit à la portabilité des données ;"
    reply = "Réponse : la collectivité le tient, l'établissement le consulte."
    nothing: list[Expect] = []
    question = "Qui tient ce registre ?"
    asked = ("registre de traitement partagé", "Jeanne Martin", question)
    socle = con.edited("agenda des élèves", "agenda des élèves", "agenda partagé des élèves")
    return [
        Kind("typing in a paragraph (.docx)", "rec.docx", ".docx", insert, [typed]),
        Kind("typing in a paragraph (.odt)", "rec.odt", ".odt", insert, [typed]),
        Kind("typing, untracked (.docx)", "rec.docx", ".docx", insert, [typed], track=False),
        Kind("typing, untracked (.odt)", "rec.odt", ".odt", insert, [typed], track=False),
        Kind("words replaced", "rec.docx", ".docx",
             [{"do": "replace", "find": "registre de traitement partagé",
               "text": "registre commun"}],
             [rec.edited("registre de traitement", "registre de traitement partagé",
                         "registre commun")]),
        Kind("words deleted", "rec.docx", ".docx",
             [{"do": "replace", "find": ", tenu à jour par la collectivité", "text": ""}],
             [rec.edited("registre de traitement", ", tenu à jour par la collectivité", "")]),
        Kind("two edits in two paragraphs", "rec.docx", ".docx",
             [*insert, {"do": "replace", "find": "un an après", "text": "deux ans après"}],
             [typed, rec.edited("sauf demande contraire", "un an après", "deux ans après")]),
        Kind("list item edited", "rec.docx", ".docx",
             [{"do": "insert", "find": "auprès de la CNIL", "text": " ou du délégué",
               "where": "after"}],
             [rec.edited("Informer les familles", "auprès de la CNIL",
                         "auprès de la CNIL ou du délégué")]),
        Kind("list item edited (.odt)", "rec.odt", ".odt",
             [{"do": "insert", "find": "auprès de la CNIL", "text": " ou du délégué",
               "where": "after"}],
             [rec.edited("Informer les familles", "auprès de la CNIL",
                         "auprès de la CNIL ou du délégué")]),
        Kind("list item added", "rec.docx", ".docx",
             [{"do": "paragraph_after", "find": "auprès de la CNIL", "text": portability}],
             [Expect("replace", informer.uuid, " ".join([*old_lines, portability]),
                     (*rec.lists("Informer les familles"), "bullet"))]),
        Kind("list item removed", "rec.docx", ".docx",
             [{"do": "delete_paragraph", "find": "et de rectification"}],
             [Expect("replace", informer.uuid,
                     " ".join(line for line in old_lines if "rectification" not in line),
                     tuple(line.list for line in informer.lines
                           if "rectification" not in line.text))]),
        Kind("numbered item in a recommendation edited", "con.docx", ".docx",
             [{"do": "replace", "find": "agenda des élèves", "text": "agenda partagé des élèves"}],
             [socle]),
        Kind("numbered item edited (.odt)", "con.odt", ".odt",
             [{"do": "replace", "find": "agenda des élèves", "text": "agenda partagé des élèves"}],
             [socle]),
        Kind("a word made bold", "rec.docx", ".docx",
             [{"do": "format", "find": "adhérentes", "name": "CharWeight", "value": 150.0}],
             [bold_same]),
        Kind("a word made bold (.odt)", "rec.odt", ".odt",
             [{"do": "format", "find": "adhérentes", "name": "CharWeight", "value": 150.0}],
             [bold_same]),
        Kind("a word made italic", "rec.docx", ".docx",
             [{"do": "format", "find": "contraire", "name": "CharPosture", "value": "ITALIC"}],
             [Expect("replace", family.uuid, norm(family.text))]),
        Kind("a heading edited", "rec.docx", ".docx",
             [{"do": "insert", "find": "Conservation des données", "text": "Durée de "}],
             [Expect("replace", rec.holding("Conservation des données").uuid,
                     "Durée de Conservation des données")]),
        Kind("a paragraph added", "rec.docx", ".docx",
             [{"do": "paragraph_after", "find": "services académiques.",
               "text": "Les familles sont informées de la tenue de ce registre."}],
             [Expect("insert_after", registre.uuid,
                     "Les familles sont informées de la tenue de ce registre.")]),
        Kind("a paragraph added (.odt)", "rec.odt", ".odt",
             [{"do": "paragraph_after", "find": "services académiques.",
               "text": "Les familles sont informées de la tenue de ce registre."}],
             [Expect("insert_after", registre.uuid,
                     "Les familles sont informées de la tenue de ce registre.")]),
        Kind("a paragraph deleted", "rec.docx", ".docx",
             [{"do": "delete_paragraph", "find": "Former les référents"}],
             [Expect("delete", rec.holding("Former les référents").uuid)]),
        Kind("a paragraph deleted, untracked", "rec.docx", ".docx",
             [{"do": "delete_paragraph", "find": "Former les référents"}],
             [Expect("delete", rec.holding("Former les référents").uuid)], track=False),
        Kind("a paragraph split", "rec.docx", ".docx",
             [{"do": "split", "at": "la collectivité qui acquiert"}],
             [Expect("replace", split.uuid, head),
              Expect("insert_after", split.uuid, "la collectivité qui acquiert" + tail)]),
        Kind("a paragraph split, untracked", "rec.docx", ".docx",
             [{"do": "split", "at": "la collectivité qui acquiert"}],
             [Expect("replace", split.uuid, head),
              Expect("insert_after", split.uuid, "la collectivité qui acquiert" + tail)],
             track=False),
        Kind("two paragraphs merged", "rec.docx", ".docx",
             [{"do": "merge", "end_of": "services académiques."}],
             [Expect("replace", registre.uuid, norm(registre.text) + " " + norm(third.text)),
              Expect("delete", third.uuid)]),
        Kind("two paragraphs merged, untracked", "rec.docx", ".docx",
             [{"do": "merge", "end_of": "services académiques."}],
             [Expect("replace", registre.uuid, norm(registre.text) + " " + norm(third.text)),
              Expect("delete", third.uuid)], track=False),
        Kind("a paragraph before the first", "rec.docx", ".docx",
             [{"do": "paragraph_before", "find": "Préambule", "text": "Avant-propos"}],
             [Expect("replace", first.uuid, "Avant-propos " + norm(first.text))]),
        Kind("a reservation's footnote edited", "rec.docx", ".docx",
             [{"do": "footnote_replace", "find": "ne soient pas tenus",
               "text": "ne soient jamais tenus"}],
             [Expect("warning", warning="Réserve du paragraphe 3 modifiée avec suivi")]),
        Kind("the title block edited", "rec.docx", ".docx",
             [{"do": "replace", "find": "document de travail", "text": "document provisoire"}],
             [Expect("warning", warning=TRACKED_IN + " la page de titre")]),
        Kind("an annex edited", "rec.docx", ".docx",
             [{"do": "replace", "find": "pas partie aux", "text": "pas partie prenante aux"}],
             [Expect("warning", warning=TRACKED_IN + " les annexes")]),
        Kind("a comment", "rec.lo.odt", ".docx", [], [Expect("comment", registre.uuid, question)],
             comments=[asked]),
        Kind("a comment and a reply", "rec.lo.odt", ".docx", [],
             [Expect("comment", registre.uuid, question),
              Expect("comment", registre.uuid, reply)],
             comments=[asked,
                       ("registre de traitement partagé", "Paul Durand", reply)]),
        Kind("a comment (.odt)", "rec.lo.odt", ".odt", [],
             [Expect("comment", registre.uuid, question)], comments=[asked]),
        Kind("accept all the secretariat's changes", "con.tracked.docx", ".docx",
             [{"do": "dispatch", "command": ".uno:AcceptAllTrackedChanges"}], nothing),
        Kind("reject all the secretariat's changes", "con.tracked.docx", ".docx",
             [{"do": "dispatch", "command": ".uno:RejectAllTrackedChanges"}], rejected),
        Kind("accept all (.odt)", "con.tracked.odt", ".odt",
             [{"do": "dispatch", "command": ".uno:AcceptAllTrackedChanges"}], nothing),
        Kind("reject all (.odt)", "con.tracked.odt", ".odt",
             [{"do": "dispatch", "command": ".uno:RejectAllTrackedChanges"}], rejected),
        Kind("typing in a file with the secretariat's changes", "con.tracked.docx", ".docx",
             [{"do": "replace", "find": "agenda des élèves", "text": "agenda partagé des élèves"}],
             [socle]),
        Kind("saved once, unchanged", "rec.docx", ".docx", [], nothing, track=False),
        Kind("saved twice, unchanged", "saved once, unchanged", ".docx", [], nothing, track=False),
        Kind("numbered list saved twice", "con.docx", ".docx", [], nothing, track=False),
        Kind("numbered list saved twice (2)", "numbered list saved twice", ".docx", [], nothing,
             track=False),
        Kind("saved as .odt, unchanged", "rec.docx", ".odt", [], nothing, track=False),
        Kind(".odt saved as .docx, unchanged", "rec.odt", ".docx", [], nothing, track=False),
        Kind(".odt typed in, saved as .docx", "rec.odt", ".docx", insert, [typed]),
        Kind(".docx typed in, saved as .odt", "rec.docx", ".odt", insert, [typed]),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--only", nargs="*", help="only the kinds whose name holds one of these")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="review_trial_"))
    work.mkdir(parents=True, exist_ok=True)
    store = work / "demo.sqlite3"
    store.unlink(missing_ok=True)
    root = open_root(str(store))
    try:
        run_demo(root)
        opinions = {o.kind: o.id for o in root.opinions.opinions()}
        rec_id, con_id = opinions["recommandation"], opinions["contribution"]
        files = {}
        for name, opinion_id, options in [
            ("rec.docx", rec_id, ExportOptions()),
            ("rec.odt", rec_id, ExportOptions()),
            ("con.docx", con_id, ExportOptions()),
            ("con.odt", con_id, ExportOptions()),
            ("con.tracked.docx", con_id, ExportOptions(version=3, against=1)),
            ("con.tracked.odt", con_id, ExportOptions(version=3, against=1)),
        ]:
            export_opinion(root, opinion_id, work / name, options)
            files[name] = work / name
        rec = Text(root.opinions.text(rec_id).paragraphs)
        con = Text(root.opinions.version(con_id, 3).paragraphs)
        rejected = version_changes(root.opinions.version(con_id, 1).paragraphs, con.paragraphs)
    finally:
        root.close()
    trial = kinds(rec, con, rejected)
    if args.only:
        trial = [k for k in trial if any(word in k.name for word in args.only)]
    # First LibreOffice's own .odt of the recommendation (to write comments in), then each kind.
    files["rec.lo.odt"] = work / "rec.lo.odt"
    run_office(
        [{"source": str(files["rec.docx"]), "target": str(files["rec.lo.odt"]), "ops": []}], work
    )
    jobs = []
    converted: dict[str, str | None] = {}
    for number, kind in enumerate(trial, 1):
        source = files[kind.source]
        target = work / f"{number:02d}{kind.extension}"
        files[kind.name] = target
        if kind.comments:  # LibreOffice converts the file: opening it through UNO kills it
            commented = work / f"{number:02d}.commented.odt"
            comment_in_odt(source, commented, kind.comments)
            converted[kind.name] = convert(commented, target, work)
            continue
        jobs.append({"source": str(source), "target": str(target), "track": kind.track,
                     "ops": kind.ops})  # fmt: skip
    errors = iter(run_office(jobs, work))
    totals = Score()
    edits = 0
    print(f"{'kind':<52} {'edits':>5} {'intact':>6} {'damaged':>7} {'lost':>4} {'spurious':>8}")
    for kind in trial:
        error = converted[kind.name] if kind.name in converted else next(errors)
        if error is not None:
            print(f"{kind.name:<52} LibreOffice: {error}")
            continue
        found = import_dry_run(store, files[kind.name])
        result = score(kind, found) if "error" not in found else Score(lost=len(kind.expect))
        if "error" in found:
            result.notes.append("import: " + found["error"])
        edits += len(kind.expect)
        for name in ("intact", "damaged", "lost", "spurious"):
            setattr(totals, name, getattr(totals, name) + getattr(result, name))
        print(f"{kind.name:<52} {len(kind.expect):>5} {result.intact:>6} {result.damaged:>7} "
              f"{result.lost:>4} {result.spurious:>8}")  # fmt: skip
        for note in result.notes:
            print(f"    {note}")
    print(f"{'total (' + str(len(trial)) + ' kinds)':<52} {edits:>5} {totals.intact:>6} "
          f"{totals.damaged:>7} {totals.lost:>4} {totals.spurious:>8}")  # fmt: skip
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
