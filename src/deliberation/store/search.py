"""The full-text search's one query: words to the best entries of the index (FTS5 or PostgreSQL).

The index itself (`search_index`) is built and kept in step by triggers (revision 0010).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from deliberation.store.schema import SEARCH_TABLE

MARK_START = "⟦"
MARK_END = "⟧"
"""What surrounds a matched word in the titles and snippets the query returns."""

_CONFIG = "deliberation_fr"  # the PostgreSQL text search configuration of revision 0010
_SNIPPET_WORDS = 16
_WORD = re.compile(r"[^\W_]+")


class IndexEntry(NamedTuple):
    """One entry the query found; `title` and `snippet` carry MARK_START/MARK_END."""

    kind: str
    place_id: int | None
    detail: str
    label: str
    context: str
    title: str
    snippet: str


def find_entries(
    session: Session, words: Sequence[str], kinds: Sequence[str] = (), limit: int = 50
) -> list[IndexEntry]:
    """The entries holding a word starting with each of `words` (all required), best first.

    `words` are made of letters and digits (the caller splits the query); `kinds`, if
    given, keeps those kinds of entry. Anything else in a word (the index's syntax) is dropped."""
    words = [part for word in words for part in _WORD.findall(word)]
    if not words or limit <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        statement, match = _postgres(words, kinds)
    else:
        statement, match = _sqlite(words, kinds)
    parameters: dict[str, object] = {"match": match, "limit": limit}
    if kinds:
        parameters["kinds"] = list(kinds)
    rows = session.execute(statement, parameters).all()
    return [
        IndexEntry(
            str(row[0]),
            None if row[1] is None else int(row[1]),
            str(row[2] or ""),
            str(row[3] or ""),
            str(row[4] or ""),
            str(row[5] or ""),
            str(row[6] or ""),
        )
        for row in rows
    ]


def _sqlite(words: Sequence[str], kinds: Sequence[str]) -> tuple[TextClause, str]:
    # Each word quoted (FTS5 syntax characters lose their meaning), then a prefix search.
    match = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    where = " AND kind IN :kinds" if kinds else ""
    statement = text(
        f"SELECT kind, place_id, detail, label, context, "
        f"highlight({SEARCH_TABLE}, 5, '{MARK_START}', '{MARK_END}'), "
        f"snippet({SEARCH_TABLE}, 6, '{MARK_START}', '{MARK_END}', '…', {_SNIPPET_WORDS}) "
        f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match{where} "
        f"ORDER BY bm25({SEARCH_TABLE}, 0, 0, 0, 0, 0, 4.0, 1.0) LIMIT :limit"
    )
    if kinds:
        statement = statement.bindparams(bindparam("kinds", expanding=True))
    return statement, match


def _postgres(words: Sequence[str], kinds: Sequence[str]) -> tuple[TextClause, str]:
    # Letters and digits only reach here: each becomes a prefix term, all of them required.
    match = " & ".join(f"{word}:*" for word in words)
    where = " AND kind = ANY(:kinds)" if kinds else ""
    marks = f"StartSel={MARK_START}, StopSel={MARK_END}"
    statement = text(
        f"SELECT kind, place_id, detail, label, context, "
        f"ts_headline('{_CONFIG}', title, query, '{marks}, HighlightAll=true'), "
        f"CASE WHEN body = '' THEN '' ELSE ts_headline('{_CONFIG}', body, query, "
        f"'{marks}, MaxWords={_SNIPPET_WORDS}, MinWords=6, MaxFragments=1, "
        f"FragmentDelimiter=…') END "
        f"FROM {SEARCH_TABLE}, to_tsquery('{_CONFIG}', :match) AS query "
        f"WHERE document @@ query{where} "
        f"ORDER BY ts_rank(document, query) DESC, entry LIMIT :limit"
    )
    return statement, match
