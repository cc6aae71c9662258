"""Pure rules of a draft's text: numbering, cleaning of pasted text, word counts, diffs."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from deliberation.records.opinions import (
    Line,
    Paragraph,
    Run,
    content_json,
    content_lines,
    plain_lines,
)
from deliberation.rules.opinion_text import (
    clean_inline,
    clean_pasted,
    compare_texts,
    diff_words,
    grouped_changes,
    numbering,
    word_count,
)


def para(kind: str, level: int = 1, text: str = "x") -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


def test_numbering_is_computed_from_kinds_and_places() -> None:
    text = [
        para("recital"),
        para("heading", 1),
        para("heading", 2),
        para("paragraph"),
        para("paragraph"),
        para("heading", 2),
        para("recommendation"),
        para("heading", 1),
        para("heading", 2),
        para("heading", 3),
        para("paragraph"),
        para("recommendation"),
    ]
    labels = [numbering(text)[p.uuid].label for p in text]
    assert labels == [
        "",
        "I.",
        "A.",
        "1.",
        "2.",
        "B.",
        "Recommandation n° 1",
        "II.",
        "A.",
        "1°",
        "3.",
        "Recommandation n° 2",
    ]


def test_text_pasted_from_word_is_cleaned() -> None:
    pasted = "Premier\tparagraphe\u00a0;\x0bsuite\r\n\r\n\x07Second\u2009 \u200bparagraphe\x0c\n"
    assert clean_pasted(pasted) == [["Premier paragraphe\u00a0;", "suite"], ["Second paragraphe"]]
    assert clean_inline("a\x00b\x1fc\u2028d") == "abc d"


def test_words_are_counted_as_a_french_reader_would() -> None:
    assert word_count("L'école numérique, c'est-à-dire : 3 ENT !") == 5


def test_word_diff_shows_what_was_deleted_and_inserted() -> None:
    pieces = [(p.op, p.text) for p in diff_words("Le débat continue.", "Le débat est clos.")]
    assert pieces == [("same", "Le débat "), ("deleted", "continue"), ("inserted", "est clos"),
                      ("same", ".")]  # fmt: skip


def test_a_moved_paragraph_is_told_apart_from_a_changed_one() -> None:
    a, b, c = para("paragraph", text="A"), para("paragraph", text="B"), para("paragraph", text="C")
    changes = {d.uuid: d.change for d in compare_texts([a, b, c], [c, a, b])}
    assert changes[c.uuid] == "moved"
    assert changes[a.uuid] == changes[b.uuid] == "same"


_runs = st.lists(
    st.builds(Run, st.text(min_size=1, max_size=8), st.booleans(), st.booleans()), max_size=4
)
_lines = st.lists(
    st.builds(Line, _runs.map(tuple), st.sampled_from(["", "bullet", "number"])),
    min_size=1,
    max_size=4,
)


@given(_lines)
def test_content_survives_its_stored_form(lines: list[Line]) -> None:
    assert content_lines(content_json(tuple(lines))) == tuple(lines)


@given(st.text(max_size=60), st.text(max_size=60))
def test_a_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    pieces = diff_words(old, new)
    assert "".join(p.text for p in pieces if p.op != "inserted") == old
    assert "".join(p.text for p in pieces if p.op != "deleted") == new


def test_changed_words_separated_by_spaces_are_one_deletion_then_one_insertion() -> None:
    pieces = diff_words("la fin de la phrase", "le début de la phrase")
    assert [p.op for p in pieces].count("deleted") == 2  # « la », « fin »: two stretches
    groups = grouped_changes(pieces)
    assert groups == [("deleted", "la fin"), ("inserted", "le début"), ("same", " de la phrase")]
    assert "".join(t for op, t in groups if op != "inserted") == "la fin de la phrase"
    assert "".join(t for op, t in groups if op != "deleted") == "le début de la phrase"
