"""Hostile returned files (issue 20, points 5 and 6). Fuzzing with hypothesis: a real exported
and reviewed opinion, mutated in its XML bytes, its attribute values and its zip entries, is
either read or refused in one French sentence (a DeliberationError), never with another
exception. And a file of thousands of look-alike paragraphs is refused without comparing each
exported paragraph with each of them."""

from __future__ import annotations

import io
import re
import sqlite3
import struct
import zipfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from tests.review.reviewer import Reviewer
from tests.review.wordxml import build_docx, paragraph, run
from tests.review.zips import shuffled_paragraphs

import deliberation.review.matching as matching
from deliberation.errors import DeliberationError, ReviewFileError
from deliberation.services.opinion_export import export_opinion
from deliberation.services.review_import import ReviewImport
from deliberation.services.root import Root, open_root

PARTS = (
    "word/document.xml",
    "word/comments.xml",
    "docProps/custom.xml",
    "docProps/core.xml",
    "word/_rels/document.xml.rels",
    "[Content_Types].xml",
    "word/numbering.xml",
    "word/settings.xml",
)
# Values that broke the import once (issue 20) or that a reader trusts too easily.
NASTY = (
    "D800", "DFFF", "110000", "FFFFFFFFF", "1" * 23, "²", "١٢", "-1", "0", "", " ", "NaN",
    "99999999999999999999", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
    "2026-02-30T10:00:00Z", "dlb_" + "0" * 32, "dlb_zz", "../../etc/passwd", "/word/x.xml",
    "&#xD800;", "\U0001f600", "x" * 300,
)  # fmt: skip
ENGLISH = re.compile(r"\b(Error|error|invalid|integer|Python|codec|Traceback|object)\b")


@dataclass(frozen=True)
class Reviewed:
    """The demo store opened, and a reviewed export of its recommendation (kept out of
    hypothesis's reports: only the mutation is shown)."""

    root: Root = field(repr=False)
    store: Path
    data: bytes = field(repr=False)
    texts: tuple[str, ...] = field(repr=False)


@pytest.fixture(scope="module")
def reviewed(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reviewed]:
    """The demo (a copy of its own), and its recommendation exported then reviewed: a tracked
    change, a comment and a new paragraph."""
    folder = tmp_path_factory.mktemp("fuzz")
    store = folder / "demo.sqlite3"
    store.write_bytes(demo_file.read_bytes())
    root = open_root(str(store))
    opinion = next(o for o in root.opinions.opinions() if o.kind == "recommandation")
    record = export_opinion(root, opinion.id, folder / "export.docx")
    body = [p for p in record.paragraphs if p.kind == "paragraph"]
    reviewer = Reviewer(date="2026-03-05T10:00:00Z")

    def edit(tree: etree._Element) -> None:
        first = reviewer.paragraph(tree, body[0].uuid)
        word = re.findall(r"[^\W\d_]{6,}", body[0].text)[0]
        reviewer.track_replace(first, word, "autrement")
        second = reviewer.paragraph(tree, body[1].uuid)
        reviewer.comment(second, re.findall(r"[^\W\d_]{6,}", body[1].text)[0], "Pourquoi ?")
        reviewer.insert_after(second, "Un paragraphe ajouté.", tracked=True)
        reviewer.word_noise(tree)

    path = reviewer.save(folder / "export.docx", folder / "retour.docx", edit)
    texts = tuple(
        p.text for o in root.opinions.opinions() for p in root.opinions.text(o.id).paragraphs
    )
    yield Reviewed(root, store, path.read_bytes(), texts)
    root.close()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """One to three mutations of the returned file."""
    parts = _parts(original)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["bytes", "attribute", "text", "member", "header"]))
        name = draw(st.sampled_from([p for p in PARTS if p in parts]))
        xml = parts[name]
        if kind == "bytes":
            at = draw(st.integers(0, len(xml) - 1))
            size = draw(st.integers(0, 16))
            new = draw(st.binary(max_size=16))
            parts[name] = xml[:at] + new + xml[at + size :]
        elif kind == "attribute":
            values = list(re.finditer(rb'="([^"]*)"', xml))
            if values:
                found = values[draw(st.integers(0, len(values) - 1))]
                value = draw(st.sampled_from(NASTY) | st.text(max_size=12))
                escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
                encoded = escaped.encode("utf-8", "surrogatepass")
                parts[name] = xml[: found.start(1)] + encoded + xml[found.end(1) :]
        elif kind == "text":
            texts = list(re.finditer(rb">([^<]+)<", xml))
            if texts:
                found = texts[draw(st.integers(0, len(texts) - 1))]
                value = draw(st.sampled_from(NASTY)).replace("&", "&amp;").replace("<", "&lt;")
                parts[name] = xml[: found.start(1)] + value.encode() + xml[found.end(1) :]
        elif kind == "member":
            action = draw(st.sampled_from(["drop", "rename", "duplicate-case"]))
            if action == "drop":
                del parts[name]
            elif action == "rename":
                parts[draw(st.sampled_from(NASTY[-5:-1]))] = parts.pop(name)
            else:
                parts[name.upper()] = xml
    data = bytearray(_zip(parts))
    if draw(st.booleans()) and draw(st.booleans()):  # a header field of one member's entry
        entries = [m.start() for m in re.finditer(rb"PK\x01\x02", bytes(data))]
        at = entries[draw(st.integers(0, len(entries) - 1))]
        field = draw(st.sampled_from([6, 8, 10]))  # version needed, flags, method
        struct.pack_into("<H", data, at + field, draw(st.integers(0, 0xFFFF)))
    return bytes(data)


def test_the_unmutated_file_is_read(reviewed: Reviewed, tmp_path: Path) -> None:
    root, data = reviewed.root, reviewed.data
    path = tmp_path / "retour.docx"
    path.write_bytes(data)
    preview = ReviewImport(root).preview(path, "AMF")
    assert {item.kind for item in preview.items} >= {"amendment", "comment"}


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_return_is_read_or_refused_in_one_french_sentence(
    reviewed: Reviewed, tmp_path: Path, data: st.DataObject
) -> None:
    root, original = reviewed.root, reviewed.data
    path = tmp_path / "retour fuzz.docx"
    path.write_bytes(data.draw(mutated(original)))
    try:
        ReviewImport(root).preview(path, "AMF")
    except DeliberationError as error:
        message = str(error)
        assert "\n" not in message.strip() and message.strip().endswith((".", "»", ")"))
        assert not ENGLISH.search(message), message


def test_thousands_of_look_alike_paragraphs_are_refused_without_comparing_every_pair(
    reviewed: Reviewed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: 3,000 paragraphs of the exported words shuffled, no bookmark, took 39 s to
    refuse: each exported paragraph was compared with each of them (difflib). The work is
    counted here, not timed: a few comparisons per exported paragraph, whatever the file."""
    path = tmp_path / "mélange.docx"
    body = [paragraph(run(text)) for text in shuffled_paragraphs(list(reviewed.texts), 3000)]
    path.write_bytes(build_docx(body))
    made: list[int] = []

    class Counting(matching.SequenceMatcher):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(matching, "SequenceMatcher", Counting)
    with pytest.raises(ReviewFileError, match="ne correspond à aucun avis exporté"):
        ReviewImport(reviewed.root).preview(path, "AMF")
    with closing(sqlite3.connect(reviewed.store)) as db:
        (exports,) = db.execute("SELECT count(*) FROM opinion_export").fetchone()
    wanted = sum(1 for text in reviewed.texts if text.strip())
    assert len(made) <= 8 * wanted * exports  # was over 3,000 per paragraph sent
