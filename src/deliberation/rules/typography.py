"""French typography for documents: no-break spaces, apostrophes, quotes, and their undoing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate

from deliberation.records.opinions import Run

NBSP = "\u00a0"
_SPACES = " \u00a0\u202f\u2009\t"
_HIGH = ";!?"  # « ponctuation haute » takes a no-break space before it
_OPENERS = " \u00a0\u202f\t(["
_BREAKABLE = " \u202f\u2009\u00a0"  # the spaces that typesetting may make no-break ones
# The digits other than the decimal ones (« ² », « ① »…) that str.isdigit() counts and \d does not.
_DIGIT_BLOCKS = ((0xB0, 0x2800), (0x10A40, 0x10A44), (0x10E60, 0x10E69), (0x11052, 0x1105B),
                 (0x1F100, 0x1F10B))  # fmt: skip
DIGITS_NOT_DECIMAL = "".join(
    ch
    for block in _DIGIT_BLOCKS
    for ch in map(chr, range(*block))
    if ch.isdigit() and not ch.isdecimal()
)
# Where a character may not be copied as it is: the punctuation typesetting handles, and the
# spaces that may become no-break ones (after « " ° or a digit; before ; ! ? » % € :, a digit
# or the end of the text). Every branch starts with a character class: the search skips ahead.
_SPECIAL = re.compile(
    rf"""[.'"«;!?»:]|[{_BREAKABLE}](?:(?<=[«"°\d{DIGITS_NOT_DECIMAL}][{_BREAKABLE}])"""
    rf"|[{_BREAKABLE}]*(?=[;!?»%€:\d{DIGITS_NOT_DECIMAL}]|\Z))"
)


def typeset(text: str) -> str:
    """The text set the French way (see `typeset_runs`)."""
    return "".join(run.text for run in typeset_runs((Run(text),)))


def typeset_runs(runs: Sequence[Run]) -> tuple[Run, ...]:
    """Runs set the French way, across run boundaries (a bold word then « : » in plain).

    - a no-break space before ; ! ? » and after «, and before : when it ends a clause (not in
      « 14:30 » or an address); ordinary spaces there become no-break ones;
    - a straight apostrophe after a letter becomes ’, straight double quotes become « »;
    - three dots become an ellipsis; « n° 3 », « 10 % », « 20 € » and digit groups are kept
      together by a no-break space.

    Only the places `_SPECIAL` finds are looked at one character at a time; the text between
    them (most of it: words and the spaces between words) is copied as it is.
    """
    text = "".join(run.text for run in runs)
    ends = list(accumulate(len(run.text) for run in runs))  # where each run stops in `text`
    pieces: list[list[str]] = [[] for _ in runs]  # what each run becomes
    size = len(text)
    owner = 0
    prev = prev2 = ""  # the last two characters written
    quote_open = False

    def put(piece: str, at: int) -> None:
        nonlocal prev, prev2
        pieces[at].append(piece)
        if len(piece) > 1:
            prev2, prev = piece[-2], piece[-1]
        elif piece:
            prev2, prev = prev, piece

    def copy(start: int, stop: int) -> None:
        """text[start:stop] written as it is, split where runs end."""
        nonlocal owner
        while start < stop:
            while ends[owner] <= start:
                owner += 1
            cut = min(stop, ends[owner])
            put(text[start:cut], owner)
            start = cut

    i = 0
    while i < size:
        found = _SPECIAL.search(text, i)
        if found is None:
            copy(i, size)
            break
        if found.start() > i:
            copy(i, found.start())
            i = found.start()
        while ends[owner] <= i:
            owner += 1
        ch = text[i]
        nxt = text[i + 1] if i + 1 < size else ""
        if ch in _BREAKABLE:
            j = i
            while j < size and text[j] in _BREAKABLE:
                j += 1
            after = text[j] if j < size else ""
            after2 = text[j + 1] if j + 1 < size else ""
            if (
                after in _HIGH + "»%€"
                or (after == ":" and _ends_clause(after2))
                or (prev == "«")
                or (prev.isdigit() and after.isdigit() and _digit_group(text, j))
                or (prev == "°" and prev2 in "nN" and prev2 != "")
            ):
                if prev != NBSP:
                    put(NBSP, owner)
                i = j
                continue
            put(ch, owner)
            i += 1
            continue
        if ch == "." and nxt == "." and i + 2 < size and text[i + 2] == ".":
            put("…", owner)
            i += 3
            continue
        if ch == "'" and prev and (prev.isalpha() or prev == "’"):
            put("’", owner)
        elif ch == '"':
            if not quote_open and (not prev or prev in _OPENERS):
                quote_open = True
                put("«", owner)
                if nxt not in _SPACES:
                    put(NBSP, owner)
            else:
                quote_open = False
                if prev and prev not in _SPACES:
                    put(NBSP, owner)
                put("»", owner)
        elif ch == "«":
            put(ch, owner)
            if nxt and nxt not in _SPACES:
                put(NBSP, owner)
        elif ch in _HIGH + "»" or (ch == ":" and _ends_clause(nxt)):
            if prev and prev not in _SPACES + _HIGH + "«" and _word_end(prev):
                put(NBSP, owner)
            put(ch, owner)
        else:
            put(ch, owner)
        i += 1
    result: list[Run] = []
    for run, written in zip(runs, pieces, strict=True):
        if written:
            result.append(Run("".join(written), run.bold, run.italic))
    return tuple(result)


def _ends_clause(after: str) -> bool:
    return after == "" or after in _SPACES or after in "\n«"


def _word_end(ch: str) -> bool:
    return ch.isalnum() or ch in "»)]’%€…" or unicodedata.category(ch).startswith("L")


def _digit_group(text: str, start: int) -> bool:
    """True when three digits follow (then no more digits): « 10 000 » is one number."""
    digits = text[start : start + 4]
    return len(digits) >= 3 and digits[:3].isdigit() and not digits[3:4].isdigit()


_NO_BREAK = re.compile("[\u00a0\u202f\u2009]")
_BLANKS = re.compile(r"\s+")
_BEFORE_MARK = re.compile(r"\s+(?=[;:!?»%€])")
_AFTER_GUILLEMET = re.compile(r"(?<=«)\s+")


def plain(text: str) -> str:
    """Text reduced for comparison: what typesetting changes (spaces, apostrophes, quotes,
    ellipses) is undone, so a typeset copy compares equal to what was typed."""
    text = _NO_BREAK.sub(" ", text).replace("’", "'").replace("‘", "'").replace("…", "...")
    text = _AFTER_GUILLEMET.sub("", _BEFORE_MARK.sub("", text))
    for quote in "«»“”":
        text = text.replace(quote, '"')
    return _BLANKS.sub(" ", text).strip()


def untypeset(text: str) -> str:
    """No-break spaces and curly apostrophes back to what is typed (for text going back into
    the draft, where the export sets them again)."""
    return _NO_BREAK.sub(" ", text).replace("’", "'")
