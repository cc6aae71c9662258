"""A returned file with many items imports as importing its items one by one did."""

from __future__ import annotations

import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from lxml import etree
from tests.review.reviewer import Reviewer
from tests.review.wordxml import WORD_NAMESPACES, Comment, comments_extended_xml, comments_xml
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401  (the fixture)

from deliberation.errors import (
    ConflictError,
    DeliberationError,
    IntegrityConflictError,
    ValidationError,
)
from deliberation.records.opinions import (
    AmendmentInput,
    AmendmentRecord,
    CommentRecord,
    OpinionInput,
    Paragraph,
    plain_lines,
)
from deliberation.services.opinion_export import export_opinion
from deliberation.services.review_import import ImportResult, ReturnPreview, ReviewImport
from deliberation.services.root import Root, open_root
from deliberation.store import opinion_reviews as q

REVIEWED_ON = (datetime.now(UTC) - timedelta(days=2)).replace(microsecond=0)
WORD_DATE = REVIEWED_ON.strftime("%Y-%m-%dT%H:%M:%SZ")
EXTENDED_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)
EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
SUBJECTS = ("communes", "départements", "régions", "académies", "écoles", "collèges", "lycées")


def sentence(number: int) -> str:
    subject = SUBJECTS[number % len(SUBJECTS)]
    return (
        f"Paragraphe {number} : les {subject} coordonnent leurs projets numériques "
        f"avec les services académiques selon un calendrier partagé."
    )


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Root, Root, int, list[Paragraph], Path]]:
    """Two identical stores holding an opinion of 48 paragraphs and its export (the file)."""
    first_path, second_path = tmp_path / "lot.sqlite3", tmp_path / "un-par-un.sqlite3"
    opened = open_root(str(first_path))
    opinions = opened.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis sur les ENT")))
    text = [
        Paragraph(
            uuid4(), "recommendation" if n % 6 == 5 else "paragraph", plain_lines(sentence(n))
        )
        for n in range(48)
    ]
    opinions.save_text(snap.id, text, 0)
    exported = tmp_path / "export.docx"
    export_opinion(opened, snap.id, exported)
    opened.close()
    shutil.copyfile(first_path, second_path)
    first, second = open_root(str(first_path)), open_root(str(second_path))
    yield first, second, snap.id, text, exported
    first.close()
    second.close()


def returned(exported: Path, text: list[Paragraph], target: Path) -> Path:
    """A reviewer's return touching every paragraph but the last three: tracked replacements,
    direct edits, new paragraphs, comments and replies to them (Word's commentsExtended)."""
    reviewer = Reviewer(date=WORD_DATE)
    replies: dict[int, int] = {}  # reply's comment id → the comment it answers

    def edit(tree: etree._Element) -> None:
        for number, paragraph in enumerate(text[:-3]):
            p = reviewer.paragraph(tree, paragraph.uuid)
            kind = number % 4
            if kind == 0:
                reviewer.track_replace(p, "coordonnent", "coordonnent étroitement")
            elif kind == 1:
                reviewer.direct_replace(p, "calendrier", "calendrier annuel")
            elif kind == 2:
                reviewer.comment(p, "numériques", f"Lesquels ? (remarque {number})")
                if number % 8 == 2:
                    first = len(reviewer.comments) - 1
                    reviewer.comment(p, "services", f"Les rectorats. (réponse {number})")
                    replies[len(reviewer.comments) - 1] = first
            else:
                reviewer.insert_after(p, f"Un nouvel alinéa après le paragraphe {number}.")
        reviewer.word_noise(tree)

    path = reviewer.save(exported, target, edit)
    comments = [
        Comment(i, author, text_, date=WORD_DATE, parent=replies.get(i))
        for i, author, text_ in reviewer.comments
    ]
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/comments.xml"] = comments_xml(comments, WORD_NAMESPACES).encode()
    parts["word/commentsExtended.xml"] = comments_extended_xml(comments).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/word/commentsExtended.xml" ContentType="{EXTENDED_TYPE}"/>'
        "</Types>".encode(),
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdReview2" Type="{EXTENDED_REL}" '
        'Target="commentsExtended.xml"/></Relationships>'.encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def import_one_by_one(root: Root, preview: ReturnPreview) -> None:
    """What the import did before it checked and wrote its items together: each item checked
    against the stored text (`new_amendment`, `new_comment`) and written on its own."""
    opinions = root.opinions
    written: dict[int, CommentRecord] = {}
    for index, item in enumerate(preview.items):
        if item.status != "new" or item.paragraph_uuid is None:
            continue
        if item.kind == "amendment":
            day = item.written_at.astimezone(UTC).date() if item.written_at else opinions.today
            record = opinions.new_amendment(
                preview.opinion_id,
                AmendmentInput(item.paragraph_uuid, preview.organisation_id, item.action,
                               item.lines, item.note, min(day, opinions.today), item.author),
            )  # fmt: skip
            opinions.apply_amendment(replace(record, source_key=item.source_key))
            continue
        parent = written.get(item.reply_to) if item.reply_to is not None else None
        comment = opinions.new_comment(
            preview.opinion_id, item.paragraph_uuid, item.text, reply_to=parent, anchor=item.anchor
        )
        written[index] = opinions.apply_comment(
            replace(
                comment,
                author=item.author[:200],
                written_at=item.written_at or comment.written_at,
                resolved=item.resolved,
                organisation_id=preview.organisation_id,
                source_key=item.source_key,
            )
        )


def amendment_facts(record: AmendmentRecord) -> tuple[object, ...]:
    """What a user reads of an imported amendment (not its identity)."""
    return (
        record.source_key, record.paragraph_uuid, record.organisation_acronym, record.action,
        record.lines, record.justification, record.status, record.proposed_on, record.author,
        record.original,
    )  # fmt: skip


def stored(
    root: Root, opinion_id: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The imported amendments and comments (replies with the key of the comment they answer)."""
    amendments = sorted(amendment_facts(a) for a in root.opinions.amendments(opinion_id))
    comments = []
    for thread in root.opinions.threads(opinion_id):
        for comment in (thread.first, *thread.replies):
            answered = thread.first.source_key if comment is not thread.first else None
            comments.append(
                (comment.source_key, comment.paragraph_uuid, comment.author, comment.text,
                 comment.written_at, comment.resolved, comment.anchor,
                 comment.organisation_acronym, answered)
            )  # fmt: skip
    return amendments, sorted(comments, key=repr)


def test_many_items_import_as_one_by_one(
    stores: tuple[Root, Root, int, list[Paragraph], Path], tmp_path: Path
) -> None:
    together, one_by_one, opinion_id, text, exported = stores
    # since the export: a paragraph merged into the one before it, another deleted
    current = together.opinions.text(opinion_id)
    merged_into, merged, deleted = text[4], text[5], text[9]
    kept = tuple(
        replace(p, lines=plain_lines(p.text + " " + merged.text)) if p.uuid == merged_into.uuid
        else p
        for p in current.paragraphs
        if p.uuid not in (merged.uuid, deleted.uuid)
    )  # fmt: skip
    for root in (together, one_by_one):
        root.opinions.save_text(opinion_id, kept, current.revision, {merged.uuid: merged_into.uuid})
    path = returned(exported, text, tmp_path / "retour AMF.docx")
    importer = ReviewImport(together)

    preview = importer.preview(path, "AMF", opinion_id)
    result = importer.apply(preview)
    import_one_by_one(one_by_one, ReviewImport(one_by_one).preview(path, "AMF", opinion_id))

    amendments, comments = stored(together, opinion_id)
    assert (amendments, comments) == stored(one_by_one, opinion_id)
    # 12 tracked, 11 direct (one on the deleted paragraph) and 11 new paragraphs; 11 + 6 replies
    assert len(amendments) == 33 and len(comments) == 17
    assert sum(1 for c in comments if c[-1] is not None) == 6
    assert {a[1] for a in amendments} >= {merged_into.uuid}  # the merged one's edit follows it
    assert deleted.uuid not in {a[1] for a in amendments} | {c[1] for c in comments}
    assert any(i.status == "orphan" for i in preview.items)
    # what the import returns is what it wrote, as read back (for its undo and redo)
    assert sorted(map(amendment_facts, result.amendments)) == amendments
    threads = together.opinions.threads(opinion_id)
    read_back = {c.uuid: c for t in threads for c in (t.first, *t.replies)}
    assert all(read_back[c.uuid] == c for c in result.comments)
    assert len(result.comments) == len(comments)
    # a second import finds every item known and adds nothing
    assert not importer.preview(path, "AMF", opinion_id).new_items
    assert importer.apply(importer.preview(path, "AMF", opinion_id)) == type(result)()


def test_an_item_whose_paragraph_went_away_after_the_preview_writes_nothing(
    stores: tuple[Root, Root, int, list[Paragraph], Path], tmp_path: Path
) -> None:
    root, _other, opinion_id, text, exported = stores
    importer = ReviewImport(root)
    preview = importer.preview(returned(exported, text, tmp_path / "retour.docx"), "AMF")
    before = stored(root, opinion_id)
    current = root.opinions.text(opinion_id)
    gone = text[6]  # a comment's paragraph, deleted while the preview was shown
    assert any(i.paragraph_uuid == gone.uuid and i.kind == "comment" for i in preview.items)
    root.opinions.save_text(
        opinion_id, [p for p in current.paragraphs if p.uuid != gone.uuid], current.revision
    )

    with pytest.raises(ValidationError, match="supprimé"):
        importer.apply(preview)
    assert stored(root, opinion_id) == before


def test_each_comment_keeps_its_thread_and_paragraph(
    stores: tuple[Root, Root, int, list[Paragraph], Path], tmp_path: Path
) -> None:
    root, _other, opinion_id, text, exported = stores
    importer = ReviewImport(root)
    importer.apply(importer.preview(returned(exported, text, tmp_path / "r.docx"), "AMF"))

    threads = {t.first.text: t for t in root.opinions.threads(opinion_id)}
    thread = threads["Lesquels ? (remarque 10)"]
    (reply,) = thread.replies
    assert reply.text == "Les rectorats. (réponse 10)" and reply.reply_to == thread.first.id
    assert thread.first.paragraph_uuid == reply.paragraph_uuid == text[10].uuid
    assert reply.anchor == "services" and reply.organisation_acronym == "AMF"
    assert not threads["Lesquels ? (remarque 14)"].replies


def test_undo_and_redo_of_many_items(
    stores: tuple[Root, Root, int, list[Paragraph], Path], tmp_path: Path
) -> None:
    root, _other, opinion_id, text, exported = stores
    importer = ReviewImport(root)
    path = returned(exported, text, tmp_path / "r.docx")
    empty = stored(root, opinion_id)
    result = importer.apply(importer.preview(path, "AMF"))
    imported = stored(root, opinion_id)

    importer.undo(result)
    assert stored(root, opinion_id) == empty
    assert len(importer.preview(path, "AMF").new_items) == 51

    again = importer.redo(result)
    assert stored(root, opinion_id) == imported
    assert {r.id for r in again.comments} == {r.id for r in result.comments}
    assert not importer.preview(path, "AMF").new_items


def test_two_previews_of_one_file_applied_one_after_the_other_write_it_once(
    stores: tuple[Root, Root, int, list[Paragraph], Path], tmp_path: Path
) -> None:
    """Two windows show the same file; the second import, checked under the opinion's lock
    after the first wrote, finds every item known (even one whose paragraph went since):
    it writes nothing and says, in one sentence, that the file was just imported."""
    root, _other, opinion_id, text, exported = stores
    path = returned(exported, text, tmp_path / "r.docx")
    first, second = ReviewImport(root), ReviewImport(root)
    shown_first, shown_second = first.preview(path, "AMF"), second.preview(path, "AMF")
    written = first.apply(shown_first)
    imported = stored(root, opinion_id)
    current = root.opinions.text(opinion_id)
    root.opinions.save_text(
        opinion_id, [p for p in current.paragraphs if p.uuid != text[6].uuid], current.revision
    )

    assert written.amendments
    with pytest.raises(ConflictError, match="vient d'être importé"):
        second.apply(shown_second)
    assert stored(root, opinion_id) == imported


@needs_postgres
def test_two_clients_importing_one_file_at_the_same_moment_write_it_once(
    pg_url: str,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    """Two people on one PostgreSQL base import the same returned file at once (two threads,
    two clients): one import writes every item, the other writes nothing and says why."""
    setup = open_root(pg_url)
    snap = setup.opinions.apply_opinion(
        setup.opinions.new_opinion(OpinionInput("avis", "Avis sur les ENT"))
    )
    text = [Paragraph(uuid4(), "paragraph", plain_lines(sentence(n))) for n in range(12)]
    setup.opinions.save_text(snap.id, text, 0)
    exported = tmp_path / "export.docx"
    export_opinion(setup, snap.id, exported)
    path = returned(exported, text, tmp_path / "retour AMF.docx")
    clients = [open_root(pg_url).acting(user=name) for name in ("Claire Martin", "Paul Durand")]
    previews = [ReviewImport(client).preview(path, "AMF") for client in clients]
    start = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def run(index: int) -> None:
        start.wait()
        try:
            outcomes[index] = ReviewImport(clients[index]).apply(previews[index])
        except DeliberationError as exc:
            outcomes[index] = exc

    try:
        threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        written = [o for o in outcomes if not isinstance(o, DeliberationError)]
        refused = [o for o in outcomes if isinstance(o, DeliberationError)]
        assert len(written) == 1 and len(refused) == 1, outcomes
        assert str(refused[0]).startswith("Ce fichier vient d'être importé")
        result = written[0]
        assert isinstance(result, ImportResult) and result.amendments and result.comments
        amendments, comments = stored(setup, snap.id)
        assert len(amendments) == len(result.amendments)
        assert len(comments) == len(result.comments)
    finally:
        for client in (*clients, setup):
            client.close()


@needs_postgres
def test_the_base_itself_refuses_an_item_imported_twice(
    pg_url: str,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    """The unique key on (opinion, source key): even a write that skips the import's check
    cannot store one returned item twice."""
    root = open_root(pg_url)
    try:
        opinions = root.opinions
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis")))
        paragraph = Paragraph(uuid4(), "paragraph", plain_lines("Un."))
        opinions.save_text(snap.id, [paragraph], 0)
        draft = opinions.new_comment(snap.id, paragraph.uuid, "Vu.")
        first = replace(draft, source_key="cle-du-fichier")
        with root.store.session() as s:
            q.add_comments(s, [first], [None])
        with pytest.raises(IntegrityConflictError), root.store.session() as s:
            q.add_comments(s, [replace(first, uuid=uuid4())], [None])
        assert len(opinions.threads(snap.id)) == 1
    finally:
        root.close()
