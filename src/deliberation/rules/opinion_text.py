"""Pure rules of a draft's text: computed numbering, pasted-text cleaning, word counts, diffs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from uuid import UUID

from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import Line, Paragraph, ParagraphNumber, Run

# -- numbering ----------------------------------------------------------------------------------

_ROMANS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMANS:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def letters(number: int) -> str:
    """A, B, … Z, AA, AB…"""
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def numbering(paragraphs: Sequence[Paragraph]) -> dict[UUID, ParagraphNumber]:
    """The number of every paragraph, computed from its kind and place (never typed).

    Headings: I, II… at level 1, A, B… at level 2 (restarting under each level 1), 1°, 2°… at
    level 3. Paragraphs are numbered 1, 2… through the whole text, recommendations 1, 2…
    on their own; recitals are not numbered.
    """
    result: dict[UUID, ParagraphNumber] = {}
    headings = [0, 0, 0]
    body = recommendations = 0
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            level = min(max(paragraph.level, 1), 3) - 1
            headings[level] += 1
            for deeper in range(level + 1, 3):
                headings[deeper] = 0
            count = headings[level]
            number = (roman(count), letters(count), f"{count}°")[level]
            result[paragraph.uuid] = ParagraphNumber(number, f"{number}." if level < 2 else number)
        elif paragraph.kind == "paragraph":
            body += 1
            result[paragraph.uuid] = ParagraphNumber(str(body), f"{body}.")
        elif paragraph.kind == "recommendation":
            recommendations += 1
            result[paragraph.uuid] = ParagraphNumber(
                str(recommendations), f"Recommandation n° {recommendations}"
            )
        else:
            result[paragraph.uuid] = ParagraphNumber("", "")
    return result


def describe(paragraph: Paragraph, number: ParagraphNumber | None) -> str:
    """How a paragraph is named in messages: « paragraphe 12 », « titre II », « considérant »."""
    if paragraph.kind == "paragraph" and number and number.number:
        return _named(QT_TRANSLATE_NOOP("labels", "paragraphe {number}"), number=number.number)
    if paragraph.kind == "recommendation" and number and number.number:
        return _named(
            QT_TRANSLATE_NOOP("labels", "recommandation n° {number}"), number=number.number
        )
    if paragraph.kind == "heading" and number and number.number:
        return _named(QT_TRANSLATE_NOOP("labels", "titre {number}"), number=number.number)
    if paragraph.kind == "recital":
        start = " ".join(paragraph.text.split()[:6])
        if start:
            return _named(QT_TRANSLATE_NOOP("labels", "considérant « {start}… »"), start=start)
        return _named(QT_TRANSLATE_NOOP("labels", "considérant"))
    return _named(QT_TRANSLATE_NOOP("labels", "paragraphe"))


def _named(template: str, **params: str) -> Sentence:
    """A paragraph's name as a Sentence (French here, translated by the window)."""
    return Sentence.in_context("labels", template, **params)


# -- cleaning what users type or paste ----------------------------------------------------------

_SOFT_BREAKS = "\u000b\u2028\u2029\u0085"  # Word's manual line break is \v; Qt's is U+2028
_SPACES = {
    "\t": " ",
    "\u00a0": "\u00a0",  # kept: a typed no-break space is meant
    "\u202f": "\u202f",
    "\u2007": "\u00a0",
    "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
    "\u2006": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u205f": " ", "\u3000": " ",
}  # fmt: skip
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_MANY_SPACES = re.compile(r" {2,}")


def clean_inline(text: str) -> str:
    """Text fit for one line of a paragraph: no control characters, no line break, one space.

    Tabs and the odd spaces Word pastes become plain spaces, soft hyphens and zero-width
    characters go, no-break spaces stay.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _SPACES:
            out.append(_SPACES[ch])
        elif ch in _INVISIBLE:
            continue
        elif ch in "\r\n" or ch in _SOFT_BREAKS:
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return _MANY_SPACES.sub(" ", "".join(out))


def clean_pasted(text: str) -> list[list[str]]:
    """Pasted text as paragraphs of lines: a blank line or a paragraph mark starts a paragraph,
    a soft line break (Word's Maj+Entrée, \\v) a new line in the same paragraph.

    Empty paragraphs are dropped; every line goes through `clean_inline`.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for soft in _SOFT_BREAKS:
        text = text.replace(soft, "\v")
    paragraphs: list[list[str]] = []
    for block in text.split("\n"):
        lines = [clean_inline(part).strip() for part in block.split("\v")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append(lines)
    return paragraphs


def clean_lines(lines: Iterable[Line]) -> tuple[Line, ...]:
    """A paragraph's lines with every run cleaned and empty runs merged away."""
    result = []
    for line in lines:
        runs: list[Run] = []
        for run in line.runs:
            text = clean_inline(run.text)
            if not text:
                continue
            if runs and (runs[-1].bold, runs[-1].italic) == (run.bold, run.italic):
                runs[-1] = Run(runs[-1].text + text, run.bold, run.italic)
            else:
                runs.append(Run(text, run.bold, run.italic))
        result.append(Line(tuple(runs), line.list))
    return tuple(result) or (Line(),)


# -- counting and comparing ---------------------------------------------------------------------

_TOKENS = re.compile(r"\w+|[^\w\s]|\s+", re.UNICODE)


# A word: a run of letters, digits, apostrophes and hyphens holding at least one letter or digit.
_COUNTED = re.compile(r"[\w’'-]*[^\W_][\w’'-]*", re.UNICODE)


def word_count(text: str) -> int:
    """Words as a French reader counts them (« l'école » and « porte-parole » are one each)."""
    return len(_COUNTED.findall(text))


def text_word_count(paragraphs: Iterable[Paragraph]) -> int:
    return sum(word_count(p.text) for p in paragraphs)


@dataclass(frozen=True)
class Piece:
    """A stretch of a word-by-word comparison: `op` is "same", "inserted" or "deleted"."""

    op: str
    text: str


def diff_words(old: str, new: str) -> list[Piece]:
    """Compare two texts word by word (spaces and punctuation are their own tokens)."""
    if old == new:  # most paragraphs between two versions: no tokens to match
        return [Piece("same", old)] if old else []
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[Piece] = []

    def add(op: str, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = Piece(op, pieces[-1].text + text)
        else:
            pieces.append(Piece(op, text))

    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", before[i1:i2])
        else:
            add("deleted", before[i1:i2])
            add("inserted", after[j1:j2])
    return pieces


def grouped_changes(pieces: Sequence[Piece]) -> list[tuple[str, str]]:
    """A word diff as a tracked-changes writer shows it: ("same", text), ("deleted", text) and
    ("inserted", text), where changed words separated only by spaces make one deletion then one
    insertion, not « d̶e̶ l̶a̶ f̶i̶n̶ » interleaved with the new words."""
    groups: list[tuple[str, str]] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            groups.append(("deleted", "".join(deleted)))
        if inserted:
            groups.append(("inserted", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for index, piece in enumerate(pieces):
        between = (
            piece.op == "same" and not piece.text.strip() and (deleted or inserted)
            and index + 1 < len(pieces) and pieces[index + 1].op != "same"
        )  # fmt: skip
        if between:
            deleted.append(piece.text)
            inserted.append(piece.text)
        elif piece.op == "deleted":
            deleted.append(piece.text)
        elif piece.op == "inserted":
            inserted.append(piece.text)
        else:
            flush()
            groups.append(("same", piece.text))
    flush()
    return groups


@dataclass(frozen=True)
class ParagraphDiff:
    """One paragraph in a comparison of two versions.

    `change` is "same", "changed", "added", "removed" or "moved" (same text, new place);
    `kind_changed` tells a change of kind or level; `old`/`new` are None when absent.
    """

    uuid: UUID
    change: str
    old: Paragraph | None
    new: Paragraph | None
    pieces: tuple[Piece, ...]
    old_number: ParagraphNumber | None = None
    new_number: ParagraphNumber | None = None
    kind_changed: bool = False


def compare_texts(old: Sequence[Paragraph], new: Sequence[Paragraph]) -> list[ParagraphDiff]:
    """Two versions paragraph by paragraph (matched by identity), each compared word by word.

    The order is the new version's, with removed paragraphs placed after the paragraph that
    preceded them in the old version.
    """
    old_by_id = {p.uuid: p for p in old}
    new_by_id = {p.uuid: p for p in new}
    old_numbers, new_numbers = numbering(old), numbering(new)
    kept_old = [p.uuid for p in old if p.uuid in new_by_id]
    kept_new = [p.uuid for p in new if p.uuid in old_by_id]
    stayed = _stayed(kept_old, kept_new)
    removed_after: dict[UUID | None, list[Paragraph]] = {}
    previous: UUID | None = None
    for paragraph in old:
        if paragraph.uuid in new_by_id:
            previous = paragraph.uuid
        else:
            removed_after.setdefault(previous, []).append(paragraph)

    result: list[ParagraphDiff] = []

    def removed(anchor: UUID | None) -> None:
        for gone in removed_after.get(anchor, ()):
            result.append(
                ParagraphDiff(
                    gone.uuid, "removed", gone, None, (Piece("deleted", gone.text),),
                    old_numbers.get(gone.uuid), None,
                )
            )  # fmt: skip

    removed(None)
    for paragraph in new:
        before = old_by_id.get(paragraph.uuid)
        if before is None:
            result.append(
                ParagraphDiff(
                    paragraph.uuid, "added", None, paragraph,
                    (Piece("inserted", paragraph.text),), None, new_numbers.get(paragraph.uuid),
                )
            )  # fmt: skip
        else:
            pieces = tuple(diff_words(before.text, paragraph.text))
            kind_changed = (before.kind, before.level) != (paragraph.kind, paragraph.level)
            edited = any(p.op != "same" for p in pieces) or before.lines != paragraph.lines
            if edited or kind_changed:
                change = "changed"
            elif paragraph.uuid not in stayed:
                change = "moved"
            else:
                change = "same"
            result.append(
                ParagraphDiff(
                    paragraph.uuid, change, before, paragraph, pieces,
                    old_numbers.get(paragraph.uuid), new_numbers.get(paragraph.uuid),
                    kind_changed,
                )
            )  # fmt: skip
        removed(paragraph.uuid)
    return result


def _stayed(old_order: list[UUID], new_order: list[UUID]) -> set[UUID]:
    """The paragraphs that kept their relative order (a longest common subsequence)."""
    matcher = SequenceMatcher(None, old_order, new_order, autojunk=False)
    kept: set[UUID] = set()
    for block in matcher.get_matching_blocks():
        kept.update(old_order[block.a : block.a + block.size])
    return kept
