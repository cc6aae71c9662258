"""French typography for documents: no-break spaces, apostrophes, quotes, and their undoing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from deliberation.records.opinions import Run

NBSP = "\u00a0"
_SPACES = " \u00a0\u202f\u2009\t"
_HIGH = ";!?"  # « ponctuation haute » takes a no-break space before it
_OPENERS = " \u00a0\u202f\t(["


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
    """
    chars = [(ch, index) for index, run in enumerate(runs) for ch in run.text]
    out: list[tuple[str, int]] = []
    quote_open = False
    i = 0
    while i < len(chars):
        ch, owner = chars[i]
        nxt = chars[i + 1][0] if i + 1 < len(chars) else ""
        prev = out[-1][0] if out else ""
        if ch in " \u202f\u2009\u00a0":
            j = i
            while j < len(chars) and chars[j][0] in " \u202f\u2009\u00a0":
                j += 1
            after = chars[j][0] if j < len(chars) else ""
            after2 = chars[j + 1][0] if j + 1 < len(chars) else ""
            if (
                after in _HIGH + "»%€"
                or (after == ":" and _ends_clause(after2))
                or (prev == "«")
                or (prev.isdigit() and after.isdigit() and _digit_group(chars, j))
                or (prev == "°" and len(out) >= 2 and out[-2][0] in "nN")
            ):
                if prev != NBSP:
                    out.append((NBSP, owner))
                i = j
                continue
            out.append((ch, owner))
            i += 1
            continue
        if ch == "." and nxt == "." and i + 2 < len(chars) and chars[i + 2][0] == ".":
            out.append(("…", owner))
            i += 3
            continue
        if ch == "'" and prev and (prev.isalpha() or prev == "’"):
            out.append(("’", owner))
        elif ch == '"':
            if not quote_open and (not prev or prev in _OPENERS):
                quote_open = True
                out.append(("«", owner))
                if nxt not in _SPACES:
                    out.append((NBSP, owner))
            else:
                quote_open = False
                if prev and prev not in _SPACES:
                    out.append((NBSP, owner))
                out.append(("»", owner))
        elif ch == "«":
            out.append((ch, owner))
            if nxt and nxt not in _SPACES:
                out.append((NBSP, owner))
        elif ch in _HIGH + "»" or (ch == ":" and _ends_clause(nxt)):
            if prev and prev not in _SPACES + _HIGH + "«" and _word_end(prev):
                out.append((NBSP, owner))
            out.append((ch, owner))
        else:
            out.append((ch, owner))
        i += 1
    result: list[Run] = []
    for index, run in enumerate(runs):
        text = "".join(ch for ch, owner in out if owner == index)
        if text:
            result.append(Run(text, run.bold, run.italic))
    return tuple(result)


def _ends_clause(after: str) -> bool:
    return after == "" or after in _SPACES or after in "\n«"


def _word_end(ch: str) -> bool:
    return ch.isalnum() or ch in "»)]’%€…" or unicodedata.category(ch).startswith("L")


def _digit_group(chars: Sequence[tuple[str, int]], start: int) -> bool:
    """True when three digits follow (then no more digits): « 10 000 » is one number."""
    digits = "".join(ch for ch, _ in chars[start : start + 4])
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
