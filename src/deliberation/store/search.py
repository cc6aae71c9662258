"""The full-text search's one query: words to the best entries of the index (FTS5 or PostgreSQL).

The index itself (`search_index`) is built and kept in step by triggers (revision 0010). The
matched words are marked here, in Python, the same way for both databases: a word of the text
is marked when, folded like the index folds it (case, accents), it starts with a word searched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from deliberation.store.schema import SEARCH_TABLE

MARK_START = "⟦"
MARK_END = "⟧"
"""What surrounds a matched word in the titles and snippets the query returns."""

POOL = 200
"""On SQLite, the most recent entries matching that are ordered (title first): ranking every
match of a word found in most of a ten-year store would take a tenth of a second."""

_CONFIG = "deliberation_fr"  # the PostgreSQL text search configuration of revision 0010
_SNIPPET_WORDS = 18
_BEFORE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
_COLUMNS = "kind, place_id, detail, label, context, title, body"


class IndexEntry(NamedTuple):
    """One entry the query found; `title` and `snippet` carry MARK_START/MARK_END."""

    kind: str
    place_id: int | None
    detail: str
    label: str
    context: str
    title: str
    snippet: str


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word as the index compares it: without accents, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_entries(
    session: Session, words: Sequence[str], kinds: Sequence[str] = (), limit: int = 50
) -> list[IndexEntry]:
    """The entries holding a word starting with each of `words` (all required), best first:
    those whose title holds them all, then the others, the most recent first (on PostgreSQL,
    by its rank).

    `words` are made of letters and digits (the caller splits the query); `kinds`, if given,
    keeps those kinds of entry. Anything else in a word (the index's syntax) is dropped."""
    words = [part for word in words for part in _WORD.findall(word)]
    if not words or limit <= 0:
        return []
    postgres = session.get_bind().dialect.name == "postgresql"
    statement, match = (_postgres if postgres else _sqlite)(words, kinds)
    parameters: dict[str, object] = {"match": match, "limit": limit if postgres else POOL}
    if kinds:
        parameters["kinds"] = list(kinds)
    rows = list(session.execute(statement, parameters).all())
    folded = [fold(word) for word in words]
    if not postgres:
        # Title first (stable sort: the most recent first within each group).
        rows.sort(key=lambda row: not _holds_all(str(row[5] or ""), folded))
    return [
        IndexEntry(
            str(row[0]),
            None if row[1] is None else int(row[1]),
            str(row[2] or ""),
            str(row[3] or ""),
            str(row[4] or ""),
            mark(str(row[5] or ""), folded),
            snippet(str(row[6] or ""), folded),
        )
        for row in rows[:limit]
    ]


def _matches(token: str, folded: Sequence[str]) -> bool:
    word = fold(token)
    return any(word.startswith(prefix) for prefix in folded)


def _holds_all(text_: str, folded: Sequence[str]) -> bool:
    tokens = [fold(token) for token in _WORD.findall(text_)]
    return all(any(token.startswith(prefix) for token in tokens) for prefix in folded)


def mark(text_: str, folded: Sequence[str]) -> str:
    """The text with its matched words between MARK_START and MARK_END."""
    return _WORD.sub(
        lambda m: (
            f"{MARK_START}{m.group()}{MARK_END}" if _matches(m.group(), folded) else m.group()
        ),
        text_,
    )


def snippet(text_: str, folded: Sequence[str]) -> str:
    """The words around the matches (the window holding most of the words searched; the
    text's start without a match), marked; « … » where the text was cut."""
    tokens = list(_WORD.finditer(text_))
    if not tokens:
        return text_.strip()
    found = [
        (i, {p for p in folded if fold(t.group()).startswith(p)}) for i, t in enumerate(tokens)
    ]
    hits = [(i, prefixes) for i, prefixes in found if prefixes]

    def covered(at: int) -> int:
        return len(set().union(*(p for i, p in hits if at <= i < at + _SNIPPET_WORDS - 5)))

    first = max((i for i, _p in hits), key=lambda at: (covered(at), -at), default=0)
    start_index = max(0, first - _BEFORE_WORDS)
    end_index = min(len(tokens), start_index + _SNIPPET_WORDS)
    start = tokens[start_index].start() if start_index else 0
    end = tokens[end_index - 1].end() if end_index < len(tokens) else len(text_)
    cut = mark(text_[start:end], folded).strip()
    return ("…" if start else "") + cut + ("…" if end < len(text_) else "")


def _sqlite(words: Sequence[str], kinds: Sequence[str]) -> tuple[TextClause, str]:
    # Each word quoted (FTS5 syntax characters lose their meaning), then a prefix search. In
    # rowid order FTS5 stops at the pool's size instead of ranking every match.
    match = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    where = " AND kind IN :kinds" if kinds else ""
    statement = text(
        f"SELECT {_COLUMNS} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match{where} "
        "ORDER BY rowid DESC LIMIT :limit"
    )
    if kinds:
        statement = statement.bindparams(bindparam("kinds", expanding=True))
    return statement, match


def _postgres(words: Sequence[str], kinds: Sequence[str]) -> tuple[TextClause, str]:
    # Letters and digits only reach here: each becomes a prefix term, all of them required.
    match = " & ".join(f"{word}:*" for word in words)
    where = " AND kind = ANY(:kinds)" if kinds else ""
    statement = text(
        f"SELECT {_COLUMNS} FROM {SEARCH_TABLE}, to_tsquery('{_CONFIG}', :match) AS query "
        f"WHERE document @@ query{where} "
        "ORDER BY ts_rank(document, query) DESC, entry DESC LIMIT :limit"
    )
    return statement, match
