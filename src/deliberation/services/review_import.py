"""Taking back a returned Word file: its comments and edits become comments and amendments."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from deliberation.errors import NotFoundError, ReviewFileError, ValidationError
from deliberation.records.opinions import (
    AmendmentInput,
    AmendmentRecord,
    CommentRecord,
    ExportRecord,
    Line,
    Paragraph,
    Run,
)
from deliberation.review.docx_reader import (
    ReturnedDocument,
    ReturnedParagraph,
    read_review,
)
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.typography import plain, untypeset
from deliberation.rules.word_exchange import (
    ANNEX_BOOKMARK,
    BOOKMARK_PREFIX,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
    PROPERTY_VERSION,
)
from deliberation.rules.wording import long_date
from deliberation.store import opinion_reviews as q

if TYPE_CHECKING:
    from deliberation.services.root import Root

SIMILAR = 0.6  # a returned paragraph this close to an exported one is taken for it
FILE_MATCH = 0.5  # share of an export's paragraphs found in a file that lost its ids


@dataclass(frozen=True)
class ReturnItem:
    """One thing found in the returned file, as the preview shows it."""

    kind: str  # "comment" | "amendment"
    paragraph_uuid: UUID | None
    paragraph_label: str
    action: str
    text: str
    original: str
    anchor: str
    author: str
    written_at: datetime | None
    origin: str  # "tracked" | "direct" | "comment" | "reply"
    status: str  # "new" | "already" | "orphan"
    changed_since_export: bool
    note: str = ""
    lines: tuple[Line, ...] = ()
    source_key: str = ""
    resolved: bool = False
    reply_to: int | None = None  # index in the preview's items of the comment answered


@dataclass(frozen=True)
class ReturnPreview:
    """What importing a file would add, before anything is written."""

    file_name: str
    opinion_id: int
    opinion_title: str
    version: int | None
    export_uuid: UUID | None
    organisation_id: int
    organisation_acronym: str
    matched_by_text: bool
    items: tuple[ReturnItem, ...]
    changed_paragraphs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def new_items(self) -> tuple[ReturnItem, ...]:
        return tuple(item for item in self.items if item.status == "new")


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote (kept to undo and redo it)."""

    amendments: tuple[AmendmentRecord, ...] = ()
    comments: tuple[CommentRecord, ...] = ()


@dataclass
class _Group:
    """The returned paragraphs standing for one exported paragraph (or inserted after it)."""

    exported: Paragraph | None
    paragraphs: list[ReturnedParagraph] = field(default_factory=list)
    inserted_after: Paragraph | None = None


class ReviewImport:
    """Reads returned files against the text that was exported, and imports what they add."""

    def __init__(self, root: Root) -> None:
        self.root = root
        self.opinions = root.opinions
        self.store = root.store

    # -- preview --------------------------------------------------------------------------------

    def preview(
        self, path: Path, organisation: str | int, opinion_id: int | None = None
    ) -> ReturnPreview:
        """What importing `path` for `organisation` would add (nothing is written)."""
        org_id, acronym = self._organisation(organisation)
        path = Path(path).expanduser()
        document = read_review(path)
        name = path.name
        export, found_opinion, by_text, warnings = self._find_export(document, name, opinion_id)
        if opinion_id is not None and found_opinion != opinion_id:
            other = self.opinions.opinion(found_opinion)
            raise ReviewFileError(
                f"Le fichier « {name} » est l'export d'un autre avis (« {other.title} ») : "
                "ouvrez cet avis pour l'importer."
            )
        snap = self.opinions.opinion(found_opinion)
        exported = export.paragraphs
        body = _body(document)
        groups = _match_by_text(exported, body) if by_text else _match_by_ids(exported, body)
        numbers = numbering(exported)
        labels = {p.uuid: describe(p, numbers.get(p.uuid)) for p in exported}
        aliases = self.opinions.aliases(found_opinion)
        live_text = {p.uuid: p for p in self.opinions.text(found_opinion).paragraphs}
        changed: set[UUID] = set()
        for paragraph in exported:
            target = aliases.get(paragraph.uuid)
            now = live_text.get(target) if target else None
            if now is None or plain(now.text) != plain(paragraph.text):
                changed.add(paragraph.uuid)
        with self.store.session() as s:
            known = q.source_keys(s, found_opinion)
        source = str(export.uuid)
        items: list[ReturnItem] = []

        def item(kind: str, paragraph: Paragraph, **values: object) -> ReturnItem:
            target = aliases.get(paragraph.uuid)
            status = "new" if target is not None else "orphan"
            key = _key(source, org_id, kind, paragraph.uuid, values)
            if key in known:
                status = "already"
            note = str(values.pop("note", ""))
            if status == "orphan":
                note = "Le paragraphe a été supprimé depuis l'export : rien ne sera importé."
            return ReturnItem(
                kind=kind,
                paragraph_uuid=target,
                paragraph_label=str(values.pop("label", labels[paragraph.uuid])),
                status=status,
                changed_since_export=paragraph.uuid in changed,
                source_key=key,
                note=note,
                **values,  # type: ignore[arg-type]
            )

        reviewer_author = export.author
        for group in groups:
            proposal = _proposal(group, reviewer_author, document)
            if proposal is None:
                continue
            anchor_paragraph = group.exported or group.inserted_after
            assert anchor_paragraph is not None
            action, lines, origin, author, when = proposal
            label = labels[anchor_paragraph.uuid]
            if action == "insert_after":
                label = f"après {label}"
            text = "\n".join(line.text for line in lines)
            items.append(
                item(
                    "amendment",
                    anchor_paragraph,
                    label=label,
                    action=action,
                    text=text,
                    original=anchor_paragraph.text if action != "insert_after" else "",
                    anchor="",
                    author=author,
                    written_at=when,
                    origin=origin,
                    lines=lines,
                    note=_origin_note(origin, name),
                )
            )
        owner = _owners(groups)
        by_id: dict[str, int] = {}
        outside = 0
        for comment in document.comments:
            commented = (
                owner.get(comment.paragraph_index) if comment.paragraph_index is not None else None
            )
            if commented is None:
                outside += 1
                continue
            parent = by_id.get(comment.parent_id) if comment.parent_id else None
            items.append(
                item(
                    "comment",
                    commented,
                    action="",
                    text=comment.text,
                    original=commented.text,
                    anchor=untypeset(comment.anchor).strip(),
                    author=comment.author,
                    written_at=comment.date,
                    origin="reply" if parent is not None else "comment",
                    resolved=comment.done,
                    reply_to=parent,
                )
            )
            by_id[comment.id] = len(items) - 1
        if outside:
            warnings.append(
                f"{outside} commentaire(s) portant sur la page de titre ou les annexes, hors du "
                "texte de l'avis, ne sont pas repris."
            )
        if by_text:
            warnings.insert(
                0,
                "Ce fichier a perdu les repères des paragraphes (texte recopié dans un nouveau "
                "document) : les paragraphes ont été rapprochés par la ressemblance de leur "
                "texte ; vérifiez chaque élément.",
            )
        changed_labels = tuple(labels[p.uuid] for p in exported if p.uuid in changed)
        if changed_labels:
            warnings.append(
                f"{len(changed_labels)} paragraphe(s) ont changé dans l'application depuis "
                "l'export : les éléments qui les concernent sont signalés."
            )
        return ReturnPreview(
            file_name=name,
            opinion_id=found_opinion,
            opinion_title=snap.title,
            version=export.version,
            export_uuid=export.uuid if export.id else None,
            organisation_id=org_id,
            organisation_acronym=acronym,
            matched_by_text=by_text,
            items=tuple(items),
            changed_paragraphs=changed_labels,
            warnings=tuple(warnings),
        )

    def _organisation(self, organisation: str | int) -> tuple[int, str]:
        organisations = self.root.referential.organisations()
        for record in organisations:
            if isinstance(organisation, int) and record.id == organisation:
                return record.id, record.acronym
            if isinstance(organisation, str) and organisation.strip().casefold() in {
                record.acronym.casefold(),
                *(a.casefold() for a in record.former_acronyms),
            }:
                return record.id, record.acronym
        raise ValidationError(
            {
                "organisation": f"Aucune organisation n'a le sigle « {organisation} » : "
                "choisissez l'une des organisations du référentiel."
            }
        )

    def _find_export(
        self, document: ReturnedDocument, name: str, opinion_id: int | None
    ) -> tuple[ExportRecord, int, bool, list[str]]:
        """The export the file came from: by its properties, its paragraph ids, or its text."""
        warnings: list[str] = []
        props = document.properties
        with self.store.session() as s:
            export_uuid = _uuid(props.get(PROPERTY_EXPORT, ""))
            if export_uuid is not None:
                found = q.export_by_uuid(s, export_uuid)
                if found is not None:
                    return found, found.opinion_id, False, warnings
            ids = [
                u
                for p in document.paragraphs
                for b in p.bookmarks
                if (u := _uuid(b[len(BOOKMARK_PREFIX) :])) is not None
            ]
            owners = q.opinion_of_paragraphs(s, ids)
            opinion_uuid = _uuid(props.get(PROPERTY_OPINION, ""))
            exports = q.exports(s)
        by_uuid = {o.uuid: o.id for o in self.opinions.opinions()}
        found_opinion = by_uuid.get(opinion_uuid) if opinion_uuid else None
        if found_opinion is None and owners:
            found_opinion = max(owners, key=lambda k: owners[k])
        if found_opinion is not None:
            known = set(ids)
            candidates = [e for e in exports if e.opinion_id == found_opinion]
            best = max(
                candidates,
                key=lambda e: (len(known & {p.uuid for p in e.paragraphs}), e.exported_at),
                default=None,
            )
            if best is not None:
                warnings.append(
                    "L'export d'origine de ce fichier n'est pas connu de cette base : il est lu "
                    f"contre l'export du {long_date(best.exported_at.date(), weekday=False)}."
                )
                return best, found_opinion, False, warnings
            version = props.get(PROPERTY_VERSION, "")
            if version.isdigit():
                try:
                    text = self.opinions.version(found_opinion, int(version)).paragraphs
                    warnings.append(
                        f"Ce fichier est lu contre la version {version} de l'avis (son export "
                        "n'est pas connu de cette base)."
                    )
                except NotFoundError:
                    text = self.opinions.text(found_opinion).paragraphs
            else:
                text = self.opinions.text(found_opinion).paragraphs
                warnings.append(
                    "Ce fichier est lu contre le texte actuel de l'avis (son export n'est pas "
                    "connu de cette base)."
                )
            return _pseudo_export(found_opinion, text), found_opinion, False, warnings
        # no ids at all: the export whose paragraphs the file's text matches best
        body = _body(document)
        texts = [plain(p.text) for p in body if p.text.strip()]
        best_score, best_export = 0.0, None
        for export in exports:
            if opinion_id is not None and export.opinion_id != opinion_id:
                continue
            score = _text_score(export.paragraphs, texts)
            if score > best_score:
                best_score, best_export = score, export
        if best_export is None or best_score < FILE_MATCH:
            if opinion_id is not None:
                raise ReviewFileError(
                    f"Le fichier « {name} » ne correspond pas à cet avis : ni ses repères ni son "
                    "texte ne se retrouvent dans les exports de l'avis."
                )
            raise ReviewFileError(
                f"Le fichier « {name} » ne correspond à aucun avis exporté : ni ses repères ni "
                "son texte ne se retrouvent dans les exports enregistrés."
            )
        return best_export, best_export.opinion_id, True, warnings

    # -- writing --------------------------------------------------------------------------------

    def apply(self, preview: ReturnPreview) -> ImportResult:
        """Write the preview's new items in one transaction; returns what was written."""
        amendments: list[AmendmentRecord] = []
        built: dict[int, CommentRecord] = {}
        for index, item in enumerate(preview.items):
            if item.status != "new" or item.paragraph_uuid is None:
                continue
            if item.kind == "amendment":
                record = self.opinions.new_amendment(
                    preview.opinion_id,
                    AmendmentInput(
                        paragraph_uuid=item.paragraph_uuid,
                        organisation_id=preview.organisation_id,
                        action=item.action,
                        lines=item.lines,
                        justification=item.note,
                        proposed_on=_day(item.written_at, self.opinions.today),
                        author=item.author,
                    ),
                )
                amendments.append(replace(record, source_key=item.source_key))
            else:
                parent = built.get(item.reply_to) if item.reply_to is not None else None
                record_c = self.opinions.new_comment(
                    preview.opinion_id, item.paragraph_uuid, item.text, anchor=item.anchor
                )
                built[index] = replace(
                    record_c,
                    author=item.author[:200],
                    written_at=item.written_at or record_c.written_at,
                    resolved=item.resolved,
                    organisation_id=preview.organisation_id,
                    source_key=item.source_key,
                    reply_to=None,
                    paragraph_uuid=parent.paragraph_uuid if parent else record_c.paragraph_uuid,
                )
        parents = {i: preview.items[i].reply_to for i in built}
        return self._write(preview.opinion_id, amendments, built, parents)

    def _write(
        self,
        opinion_id: int,
        amendments: Sequence[AmendmentRecord],
        comments: dict[int, CommentRecord],
        parents: dict[int, int | None],
    ) -> ImportResult:
        saved_amendments: list[AmendmentRecord] = []
        saved_comments: dict[int, CommentRecord] = {}
        with self.store.session() as s:
            known = q.source_keys(s, opinion_id)
            for record in amendments:
                if record.source_key and record.source_key in known:
                    continue
                record_id = q.save_amendment(s, record)
                saved_amendments.append(q.amendment(s, record_id))
            for index in sorted(comments):
                comment = comments[index]
                if comment.source_key and comment.source_key in known:
                    continue
                parent_index = parents.get(index)
                parent = saved_comments.get(parent_index) if parent_index is not None else None
                if parent is not None:
                    comment = replace(comment, reply_to=parent.id)
                saved_comments[index] = q.save_comment(s, comment)
        return ImportResult(tuple(saved_amendments), tuple(saved_comments.values()))

    def undo(self, result: ImportResult) -> None:
        """Remove what an import wrote (replies first)."""
        with self.store.session() as s:
            for comment in sorted(result.comments, key=lambda c: c.reply_to is None):
                q.delete_comment(s, comment.uuid)
            for amendment in result.amendments:
                q.delete_amendment(s, amendment.uuid)

    def redo(self, result: ImportResult) -> ImportResult:
        """Write back what `undo` removed, with the same identities."""
        with self.store.session() as s:
            amendments = tuple(q.amendment(s, q.save_amendment(s, a)) for a in result.amendments)
            comments = tuple(
                q.save_comment(s, c) for c in sorted(result.comments, key=lambda c: c.id)
            )
        return ImportResult(amendments, comments)


# -- matching the returned paragraphs with the exported ones ------------------------------------


def _body(document: ReturnedDocument) -> list[ReturnedParagraph]:
    """The paragraphs before the annexes, outside tables."""
    result = []
    for paragraph in document.paragraphs:
        if ANNEX_BOOKMARK in paragraph.bookmarks:
            break
        if not paragraph.in_table:
            result.append(paragraph)
    return result


def _match_by_ids(exported: Sequence[Paragraph], body: Sequence[ReturnedParagraph]) -> list[_Group]:
    order = {p.uuid: index for index, p in enumerate(exported)}
    by_hex = {BOOKMARK_PREFIX + p.uuid.hex: p for p in exported}
    groups = {p.uuid: _Group(p) for p in exported}
    inserted: list[_Group] = []
    previous: Paragraph | None = None
    for paragraph in body:
        known = [by_hex[b] for b in paragraph.bookmarks if b in by_hex]
        if known:
            owner = max(known, key=lambda p: order[p.uuid])  # the one that started last
            groups[owner.uuid].paragraphs.append(paragraph)
            previous = owner
        elif previous is not None:
            if inserted and inserted[-1].inserted_after is previous:
                inserted[-1].paragraphs.append(paragraph)
            else:
                inserted.append(_Group(None, [paragraph], previous))
    for group in groups.values():  # a paragraph that lost its bookmark but kept its text
        if group.paragraphs or group.exported is None:
            continue
        want = plain(group.exported.text)
        for other in inserted:
            found = next((p for p in other.paragraphs if plain(p.text) == want), None)
            if found is not None:
                other.paragraphs.remove(found)
                group.paragraphs.append(found)
                break
    inserted = [g for g in inserted if g.paragraphs]
    return _ordered(exported, groups, inserted)


def _match_by_text(
    exported: Sequence[Paragraph], body: Sequence[ReturnedParagraph]
) -> list[_Group]:
    """Each exported paragraph with the returned paragraphs most like it, in order."""
    texts = [plain(p.text) for p in body]
    groups = {p.uuid: _Group(p) for p in exported}
    inserted: list[_Group] = []
    cursor = 0
    previous: Paragraph | None = None
    started = False
    for paragraph in exported:
        want = plain(paragraph.text)
        best = (0.0, -1, 0)
        for start in range(cursor, min(len(body), cursor + 12)):
            for size in range(1, max(1, len(paragraph.lines)) + 1):
                if start + size > len(body):
                    break
                got = " ".join(texts[start : start + size])
                ratio = SequenceMatcher(None, want, got, autojunk=False).ratio()
                if ratio > best[0]:
                    best = (ratio, start, size)
        ratio, start, size = best
        if ratio < SIMILAR:
            continue
        if started and previous is not None:
            between = [p for p in body[cursor:start] if p.text.strip()]
            if between:
                inserted.append(_Group(None, between, previous))
        groups[paragraph.uuid].paragraphs.extend(body[start : start + size])
        cursor, previous, started = start + size, paragraph, True
    return _ordered(exported, groups, inserted)


def _ordered(
    exported: Sequence[Paragraph], groups: dict[UUID, _Group], inserted: list[_Group]
) -> list[_Group]:
    after: dict[UUID, list[_Group]] = {}
    for group in inserted:
        assert group.inserted_after is not None
        after.setdefault(group.inserted_after.uuid, []).append(group)
    result = []
    for paragraph in exported:
        result.append(groups[paragraph.uuid])
        result.extend(after.get(paragraph.uuid, []))
    return result


def _owners(groups: Sequence[_Group]) -> dict[int, Paragraph]:
    """Returned paragraph index → the exported paragraph a comment there is about."""
    owners: dict[int, Paragraph] = {}
    for group in groups:
        paragraph = group.exported or group.inserted_after
        if paragraph is None:
            continue
        for returned in group.paragraphs:
            owners[returned.index] = paragraph
    return owners


def _text_score(exported: Sequence[Paragraph], texts: Sequence[str]) -> float:
    """The share of an export's paragraphs found (nearly) word for word among `texts`."""
    wanted = [plain(p.text) for p in exported if p.text.strip()]
    if not wanted:
        return 0.0
    pool = set(texts)
    found = 0
    for text in wanted:
        if text in pool or any(
            SequenceMatcher(None, text, other, autojunk=False).quick_ratio() >= 0.9
            and SequenceMatcher(None, text, other, autojunk=False).ratio() >= 0.8
            for other in texts
        ):
            found += 1
    return found / len(wanted)


# -- what a group of returned paragraphs proposes -----------------------------------------------


def _proposal(
    group: _Group, export_author: str, document: ReturnedDocument
) -> tuple[str, tuple[Line, ...], str, str, datetime | None] | None:
    """(action, lines, origin, author, date) of the change a group makes, or None."""
    kept = [p for p in group.paragraphs if not (p.deleted and not p.text.strip())]
    lines = tuple(_clean_line(line) for p in kept for line in p.lines)
    while lines and not lines[-1].text.strip():
        lines = lines[:-1]
    while lines and not lines[0].text.strip():
        lines = lines[1:]
    changes = [c for p in group.paragraphs for c in p.changes if c.author != export_author]
    tracked_marks = any(p.inserted or p.deleted for p in group.paragraphs)
    if changes or tracked_marks:
        authors = list(dict.fromkeys(c.author for c in changes if c.author))
        dates = [c.date for c in changes if c.date is not None]
        origin, author, when = "tracked", ", ".join(authors), max(dates) if dates else None
    else:
        origin = "direct"  # whoever saved the file last, unless it is still the export's name
        author = next(
            (n for n in (document.last_modified_by, document.author) if n and n != export_author),
            "",
        )
        when = document.modified
    if group.exported is None:  # paragraphs added between exported ones
        if not lines:
            return None
        return "insert_after", lines, origin, author, when
    if not lines:
        return "delete", (), origin, author, when
    new_text = plain("\n".join(line.text for line in lines))
    if new_text == plain(group.exported.text):
        return None
    return "replace", lines, origin, author, when


def _clean_line(line: Line) -> Line:
    runs = tuple(Run(untypeset(r.text), r.bold, r.italic) for r in line.runs if r.text)
    return Line(runs, line.list)


def _origin_note(origin: str, name: str) -> str:
    if origin == "tracked":
        return f"Modification suivie dans le fichier « {name} »."
    return f"Modification directe du texte (sans suivi) dans le fichier « {name} »."


def _key(
    source: str, organisation: int, kind: str, paragraph: UUID, values: dict[str, object]
) -> str:
    """The same thing found in the same export for the same organisation always gets the same
    key, even from a copy saved again elsewhere (re-import adds nothing). An amendment is known by
    its text; a comment also by its author, date and anchor."""
    parts = [source, str(organisation), kind, str(paragraph), str(values.get("action", ""))]
    parts.append(plain(str(values.get("text", ""))))
    if kind == "comment":
        written = values.get("written_at")
        parts += [
            str(values.get("author", "")),
            written.isoformat() if isinstance(written, datetime) else "",
            plain(str(values.get("anchor", ""))),
        ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text.strip())
    except ValueError:
        return None


def _day(moment: datetime | None, today: date) -> date:
    """The day a change was made, never after today (a reviewer's clock may be wrong)."""
    if moment is None:
        return today
    return min(moment.astimezone(UTC).date(), today)


def _pseudo_export(opinion_id: int, paragraphs: tuple[Paragraph, ...]) -> ExportRecord:
    """The text a file without a known export is read against."""
    return ExportRecord(
        id=0,
        uuid=UUID(int=opinion_id),
        opinion_id=opinion_id,
        version=None,
        against=None,
        paragraphs=paragraphs,
        exported_at=datetime.now(UTC),
    )


__all__ = ["ImportResult", "ReturnItem", "ReturnPreview", "ReviewImport"]
