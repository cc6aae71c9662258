"""Reads a Word draft (.docx) into an opinion's paragraphs: headings, considérants, lists, emphasis.

The package is opened by docx_package (size, zip-bomb, DTD, encryption and .doc refusals) and
the body walked by docx_body, as for returned files. What the app numbers itself (typed
« I. », « 1. », « a) », « Recommandation n° 2 : » and Word's own list numbers) is dropped;
comments, tracked changes, footnotes and tables are reported as warnings, never silently lost.
A file written by the app's own export comes back to the same structure (its title page,
table of contents and annexes are recognised and skipped).
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from deliberation.errors import ReviewFileError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import HEADING_LEVELS, Line, Paragraph, Run
from deliberation.review.docx_body import BodyWalker
from deliberation.review.docx_package import W_STRICT, Package, W, not_word, read_file
from deliberation.review.docx_reader import _comments, _core, custom_properties
from deliberation.review.docx_styles import folded, num_pr, outline, styles_of
from deliberation.review.returned import ReturnedComment, ReturnedParagraph
from deliberation.rules.opinion_text import clean_lines, describe, numbering
from deliberation.rules.typography import untypeset
from deliberation.rules.word_exchange import ANNEX_BOOKMARK, PROPERTY_OPINION
from deliberation.rules.wording import count

_W = "{" + W + "}"
SHOWN_PLACES = 5  # places named in a warning before « … »

# Styles of the app's export (ids as it writes them), and how each reads back.
_OWN_TITLE = "title"
_OWN_SKIPPED = frozenset({"surtitre", "statutdudocument", "statutadopte", "information", "mention"})
# Styles of a title page or a table of contents, in any document (folded ids and names).
_SKIPPED = frozenset(
    {"subtitle", "soustitre", "tocheading", *(f"toc{n}" for n in range(1, 10)),
     *(f"tm{n}" for n in range(1, 10))}
)  # fmt: skip
_ANNEX_STYLE = "titredannexe"


@dataclass(frozen=True)
class DraftDocument:
    """What a Word draft holds, as the app's paragraphs (new identities) and what was left out.

    `title` is the document's title (its Title paragraph, else its properties' title, else its
    first heading; "" if none). `warnings` say, in French, what the file had that the draft does
    not keep: comments, tracked deletions, footnotes, tables, deeper headings.
    """

    file_name: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[str, ...] = ()
    comments: int = 0
    insertions: int = 0
    deletions: int = 0
    numbers_dropped: int = 0
    skipped: int = 0  # title page, table of contents, annexes
    own_export: bool = False  # written by the app's export


def read_draft(path: Path) -> DraftDocument:
    """Read a Word draft; ReviewFileError (one French sentence) if it cannot be."""
    return read_draft_bytes(read_file(path), path.name or str(path))


def read_draft_bytes(data: bytes, name: str) -> DraftDocument:
    """Read a Word draft from its bytes; `name` is how messages call the file."""
    package = Package(data, name)
    try:
        return _read(package)
    finally:
        package.close()


# -- the body -----------------------------------------------------------------------------------


class _DraftWalker(BodyWalker):
    """The body walker, also keeping each paragraph's numbering and outline level, and counting
    footnote references."""

    def __init__(self) -> None:
        super().__init__(anchors=True)
        self.props: list[tuple[tuple[str, int] | None, int | None]] = []
        self.footnotes: list[int] = []  # the paragraph of each footnote reference
        self.handlers[_W + "footnoteReference"] = self._footnote
        self.handlers[_W + "endnoteReference"] = self._footnote

    def _paragraph(self, element: etree._Element) -> None:
        if self.para is not None:
            return
        props = element.find(_W + "pPr")
        before = len(self.paragraphs)
        super()._paragraph(element)
        if len(self.paragraphs) > before:
            self.props.append((num_pr(props), outline(props)))

    def _footnote(self, element: etree._Element) -> None:
        if self.para is not None and not self.hidden:
            self.footnotes.append(self.para.index)


# Typed numbers at the start of a paragraph, which the app computes itself.
_HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:[IVXLCDM]+|[A-Z]|[a-z]|\d+(?:\.\d+)*)\s*[.)°]|\d+(?:\.\d+)+|"
    r"(?:[IVXLCDM]+|[A-Z]|\d+)\s*[–—-])\s+"
)
_BODY_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s*[.)°]|\d+(?:\.\d+)+)\s+")
_LETTER_ITEM = re.compile(r"^\s*[a-z]\s*\)\s+")
_BULLET_ITEM = re.compile(r"^\s*[–—•·▪◦*-]\s+")
_RECOMMENDATION_WORD = re.compile(
    r"^\s*recommandation\s*(?:n\s*[°ºo]\s*\.?\s*)?\d{1,3}\s*(?:[.:)–—-]\s*|\s+|$)",
    re.IGNORECASE,
)
_RECOMMENDATION_R = re.compile(r"^\s*R\s?\d{1,3}\s*(?:[.:)–—-]\s*|\s+|$)")  # upper case only


def recommendation_prefix(text: str) -> int:
    """How many characters of `text` are a typed « Recommandation n° 2 : » or « R2. » (0: none)."""
    match = _RECOMMENDATION_WORD.match(text) or _RECOMMENDATION_R.match(text)
    return match.end() if match else 0


_RECITAL = re.compile(r"^\s*consid[ée]rant\b", re.IGNORECASE)


def _drop(runs: Sequence[Run], length: int) -> tuple[Run, ...]:
    """The runs without their first `length` characters."""
    result: list[Run] = []
    for run in runs:
        if length >= len(run.text):
            length -= len(run.text)
            continue
        result.append(Run(run.text[length:], run.bold, run.italic) if length else run)
        length = 0
    return tuple(result)


def _plain_runs(runs: Sequence[Run]) -> tuple[Run, ...]:
    text = "".join(run.text for run in runs)
    return (Run(text),) if text else ()


@dataclass
class _Building:
    """The draft being built: its paragraphs, and what a following list item may join."""

    paragraphs: list[tuple[str, int, list[Line]]] = field(default_factory=list)
    sources: list[list[int]] = field(default_factory=list)  # Word paragraphs of each
    host: bool = False  # the last paragraph may take list items and continuation lines
    in_list: bool = False  # the last Word paragraph was a list item
    pending_recommendation: bool = False  # « Recommandation n° 2 » alone: the next one is it

    def add(self, kind: str, level: int, line: Line, source: int) -> None:
        self.paragraphs.append((kind, level, [line]))
        self.sources.append([source])
        self.host = kind != "heading"
        self.in_list = bool(line.list)

    def extend(self, line: Line, source: int) -> None:
        self.paragraphs[-1][2].append(line)
        if self.sources[-1][-1] != source:
            self.sources[-1].append(source)
        self.in_list = bool(line.list)

    def last_kind(self) -> str:
        return self.paragraphs[-1][0] if self.paragraphs else ""


class _Reader:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.numbers_dropped = 0
        self.skipped = 0
        self.deep_headings = 0
        self.title = ""

    def read(self) -> DraftDocument:
        package = self.package
        main = package.related("", "officeDocument")
        root = package.xml(main) if main is not None else None
        if main is None or root is None:
            raise not_word(package.name)
        if root.tag == "{" + W_STRICT + "}document":
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » est au format « Document Open XML strict "
                        "», que l'import ne lit pas : enregistrez-le au format « "
                        "Document Word (.docx) » puis importez-le à nouveau.",
                    ),
                    name=package.name,
                )
            )
        if root.tag != _W + "document":
            raise not_word(package.name)
        self.styles = styles_of(package, main)
        own = bool(custom_properties(package).get(PROPERTY_OPINION))
        walker = _DraftWalker()
        body = root.find(_W + "body")
        if body is not None:
            walker.walk(body)
        returned = walker.finish()
        comments = _comments(package, main, walker)
        built = _Building()
        end = len(returned)
        for paragraph in returned:
            if ANNEX_BOOKMARK in paragraph.bookmarks or (
                own and folded(paragraph.style) == _ANNEX_STYLE
            ):
                end = paragraph.index
                break
        tables = 0
        table_open = False
        for paragraph in returned[:end]:
            num, outline = walker.props[paragraph.index]
            if paragraph.in_table and not table_open:
                tables += 1
            table_open = paragraph.in_table
            self._paragraph(built, paragraph, num, outline, own)
        self.skipped += sum(1 for p in returned[end:] if p.text.strip())
        paragraphs = self._finish(built)
        if not self.title:
            self.title = _core(package).get("title", "")
        if not self.title:
            self.title = next((p.text for p in paragraphs if p.kind == "heading"), "")
        where = _places(paragraphs, built.sources)
        insertions = sum(1 for p in returned[:end] for c in p.changes if c.kind == "insert") + sum(
            1 for p in returned[:end] if p.inserted
        )
        deletions = sum(1 for p in returned[:end] for c in p.changes if c.kind == "delete") + sum(
            1 for p in returned[:end] if p.deleted
        )
        body_comments = [
            c for c in comments if c.paragraph_index is None or c.paragraph_index < end
        ]
        notes = [index for index in walker.footnotes if index < end]
        warnings = self._warnings(
            returned[:end], body_comments, insertions, deletions, notes, tables, where, own
        )
        return DraftDocument(
            file_name=package.name,
            title=" ".join(self.title.split()),
            paragraphs=paragraphs,
            warnings=tuple(warnings),
            comments=len(body_comments),
            insertions=insertions,
            deletions=deletions,
            numbers_dropped=self.numbers_dropped,
            skipped=self.skipped,
            own_export=own,
        )

    # -- one Word paragraph ---------------------------------------------------------------------

    def _paragraph(
        self,
        built: _Building,
        paragraph: ReturnedParagraph,
        num: tuple[str, int] | None,
        outline: int | None,
        own: bool,
    ) -> None:
        names = self.styles.names(paragraph.style)
        lines = [
            Line(tuple(Run(untypeset(r.text), r.bold, r.italic) for r in line.runs if r.text))
            for line in paragraph.lines
        ]
        lines = [line for line in clean_lines(lines) if line.text.strip()]
        if not lines:
            built.in_list = False if not paragraph.text.strip() else built.in_list
            return
        style_key = folded(paragraph.style)
        if style_key == _OWN_TITLE or names & {"title", "titre"}:
            if not self.title:
                self.title = "\n".join(line.text for line in lines)
            self.skipped += 1
            return
        if names & _SKIPPED or (own and style_key in _OWN_SKIPPED):
            self.skipped += 1
            return
        source = paragraph.index
        level = outline + 1 if outline is not None and outline < 9 else None
        level = level or self.styles.heading_level(paragraph.style)
        first, rest = lines[0], lines[1:]
        if level is not None:
            self._heading(built, level, lines, source)
            return
        style_num = num if num is not None else self.styles.num(paragraph.style)
        list_kind = self.styles.list_kind(*style_num) if style_num else ""
        # the app's own styles first, then the generic list styles, then the text itself
        if any(n.startswith("suitede") for n in names) and built.host:
            for line in lines:
                built.extend(Line(line.runs), source)
            built.in_list = False
            return
        if any(n.startswith("recommandation") for n in names):
            self._add(built, "recommendation", self._unprefixed(first, "recommendation"), rest,
                      source)  # fmt: skip
            return
        if any(n.startswith("considerant") for n in names):
            if built.in_list and built.last_kind() == "recital" and not _RECITAL.match(first.text):
                for line in lines:
                    built.extend(Line(line.runs), source)
                built.in_list = False
                return
            self._add(built, "recital", first, rest, source)
            return
        if any(n.startswith("paragraphenumerote") for n in names):
            self._add(built, "paragraph", self._unprefixed(first, "paragraph"), rest, source)
            return
        if names & {"listeatirets", "listbullet"}:
            list_kind = "bullet"
        elif names & {"listealettres", "listnumber"}:
            list_kind = "number"
        text = first.text
        typed = ""
        if not list_kind:
            if _BULLET_ITEM.match(text):
                typed = "bullet"
            elif _LETTER_ITEM.match(text) and built.host:
                typed = "number"
        if list_kind or typed:
            joins = built.host and (
                list_kind == "bullet" or typed or built.in_list or built.paragraphs[-1][2][-1]
                .text.rstrip().endswith(":")
            )  # fmt: skip
            if joins or list_kind == "bullet" or typed:
                kind = list_kind or typed
                pattern = _BULLET_ITEM if typed == "bullet" else _LETTER_ITEM
                runs = first.runs
                if typed:
                    match = pattern.match(text)
                    runs = _drop(runs, match.end()) if match else runs
                    self.numbers_dropped += typed == "number"
                item = Line(runs, kind)
                if joins:
                    built.extend(item, source)
                else:
                    built.add("paragraph", 1, item, source)
                for line in rest:
                    built.extend(Line(line.runs), source)
                built.in_list = True
                return
            # a numbered paragraph that introduces nothing: an ordinary numbered paragraph
        if built.pending_recommendation:
            self._add(built, "recommendation", first, rest, source)
            return
        prefix = recommendation_prefix(text)
        if prefix:
            self.numbers_dropped += 1
            runs = _drop(first.runs, prefix)
            if not "".join(r.text for r in runs).strip() and not rest:
                built.pending_recommendation = True  # the text follows in the next paragraph
                return
            self._add(built, "recommendation", Line(runs), rest, source)
            return
        if _RECITAL.match(text):
            self._add(built, "recital", first, rest, source)
            return
        self._add(built, "paragraph", self._unprefixed(first, "paragraph"), rest, source)

    def _unprefixed(self, line: Line, kind: str) -> Line:
        if kind == "recommendation":
            length = recommendation_prefix(line.text)
        else:
            match = _BODY_NUMBER.match(line.text)
            length = match.end() if match else 0
        if not length:
            return line
        self.numbers_dropped += 1
        return Line(_drop(line.runs, length), line.list)

    def _add(
        self, built: _Building, kind: str, first: Line, rest: Sequence[Line], source: int
    ) -> None:
        built.pending_recommendation = False
        built.add(kind, 1, Line(first.runs), source)
        for line in rest:
            built.extend(Line(line.runs), source)
        built.in_list = False

    def _heading(self, built: _Building, level: int, lines: Sequence[Line], source: int) -> None:
        if level > max(HEADING_LEVELS):
            self.deep_headings += 1
            level = max(HEADING_LEVELS)
        text = " ".join(line.text for line in lines)
        match = _HEADING_NUMBER.match(text)
        if match:
            text = text[match.end() :]
            self.numbers_dropped += 1
        runs = _plain_runs((Run(text.strip()),))
        if not runs:
            return
        built.pending_recommendation = False
        built.add("heading", level, Line(runs), source)

    # -- the result -----------------------------------------------------------------------------

    def _finish(self, built: _Building) -> tuple[Paragraph, ...]:
        result = []
        for kind, level, lines in built.paragraphs:
            cleaned = clean_lines(
                Line(_strip(line.runs), line.list) for line in lines
            )  # spaces left by a dropped number
            result.append(Paragraph(uuid_module.uuid4(), kind, cleaned, level))
        return tuple(result)

    def _warnings(
        self,
        body: Sequence[ReturnedParagraph],
        comments: Sequence[ReturnedComment],
        insertions: int,
        deletions: int,
        notes: Sequence[int],
        tables: int,
        where: dict[int, str],
        own: bool,
    ) -> list[str]:
        warnings = []
        if comments:
            places = _listed(where.get(c.paragraph_index, "") for c in comments
                             if c.paragraph_index is not None)  # fmt: skip
            one = len(comments) == 1
            verb = "n'est pas repris" if one else "ne sont pas repris"
            warnings.append(
                f"{count(len(comments), 'commentaire', 'commentaires')} du fichier {verb}"
                f"{f' ({places})' if places else ''} : "
                f"{'relisez-le' if one else 'relisez-les'} dans Word."
            )
        if insertions or deletions:
            changed = [p.index for p in body if p.changes or p.inserted or p.deleted]
            places = _listed(where.get(index, "") for index in changed)
            parts = []
            if insertions:
                parts.append(f"{count(insertions, 'insertion reprise', 'insertions reprises')}")
            if deletions:
                parts.append(
                    f"{count(deletions, 'suppression appliquée', 'suppressions appliquées')} "
                    "(le texte supprimé n'est pas repris)"
                )
            warnings.append(
                f"Le fichier contient des modifications suivies{f' ({places})' if places else ''}"
                f", lues comme si elles étaient acceptées : {', '.join(parts)}."
            )
        if notes and not own:
            places = _listed(where.get(index, "") for index in notes)
            verb = "n'est pas reprise" if len(notes) == 1 else "ne sont pas reprises"
            warnings.append(
                f"{count(len(notes), 'note de bas de page', 'notes de bas de page')} {verb}"
                f"{f' ({places})' if places else ''}."
            )
        if tables:
            warnings.append(
                f"Le texte {'du tableau' if tables == 1 else f'des {tables} tableaux'} est repris "
                "en paragraphes, une cellule par paragraphe : vérifiez-le."
            )
        if self.deep_headings:
            warnings.append(
                f"{count(self.deep_headings, 'titre', 'titres')} de niveau 4 ou plus "
                f"{'est ramené' if self.deep_headings == 1 else 'sont ramenés'} au niveau 3."
            )
        return warnings


def _strip(runs: Sequence[Run]) -> tuple[Run, ...]:
    result = list(runs)
    if result:
        result[0] = Run(result[0].text.lstrip(), result[0].bold, result[0].italic)
        result[-1] = Run(result[-1].text.rstrip(), result[-1].bold, result[-1].italic)
    return tuple(run for run in result if run.text)


def _places(paragraphs: Sequence[Paragraph], sources: Sequence[Sequence[int]]) -> dict[int, str]:
    """Each Word paragraph → how the draft paragraph it went into is named (« paragraphe 4 »)."""
    numbers = numbering(paragraphs)
    result = {}
    for paragraph, indexes in zip(paragraphs, sources, strict=True):
        label = describe(paragraph, numbers.get(paragraph.uuid))
        for index in indexes:
            result[index] = label
    return result


def _listed(labels: object) -> str:
    unique = list(dict.fromkeys(label for label in labels if label))  # type: ignore[attr-defined]
    if len(unique) > SHOWN_PLACES:
        return ", ".join(unique[:SHOWN_PLACES]) + ", …"
    return ", ".join(unique)


def _read(package: Package) -> DraftDocument:
    return _Reader(package).read()
