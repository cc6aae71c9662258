"""Taking back a returned Word file: find what it was sent as, preview what it adds, write it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from deliberation.errors import (
    ConflictError,
    IntegrityConflictError,
    NotFoundError,
    ReviewFileError,
    ValidationError,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    AmendmentInput,
    AmendmentRecord,
    CommentRecord,
    ExportRecord,
    Paragraph,
)
from deliberation.review.docx_reader import ReturnedDocument
from deliberation.review.items import ReturnItem, format_changes, outside_changes, return_items
from deliberation.review.matching import (
    FILE_MATCH,
    best_text_match,
    changed_since_export,
    document_body,
    match_by_ids,
    match_by_text,
)
from deliberation.review.odt_reader import read_returned
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.validation import parse_identifier
from deliberation.rules.word_exchange import (
    BOOKMARK_PREFIX,
    PROPERTY_EXPORT,
    PROPERTY_OPINION,
    PROPERTY_VERSION,
)
from deliberation.rules.wording import long_date
from deliberation.store import opinion_reviews as q

if TYPE_CHECKING:
    from deliberation.services.root import Root
    from deliberation.store.database import Session

IMPORTED_MEANWHILE = (
    "Ce fichier vient d'être importé par un autre poste (ou une autre fenêtre) : "
    "ses propositions et commentaires sont déjà dans l'avis, rien n'a été ajouté."
)


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
        document = read_returned(path)  # .docx or .odt, by content
        name = path.name
        export, found_opinion, by_text, warnings = self._find_export(document, name, opinion_id)
        if opinion_id is not None and found_opinion != opinion_id:
            other = self.opinions.opinion(found_opinion)
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » est l'export d'un autre avis (« {title} "
                        "») : ouvrez cet avis pour l'importer.",
                    ),
                    name=name,
                    title=other.title,
                )
            )
        snap = self.opinions.opinion(found_opinion)
        exported = export.paragraphs
        body = document_body(document)
        groups = match_by_text(exported, body) if by_text else match_by_ids(exported, body)
        numbers = numbering(exported)
        labels = {p.uuid: describe(p, numbers.get(p.uuid)) for p in exported}
        aliases = self.opinions.aliases(found_opinion)
        live_text = {p.uuid: p for p in self.opinions.text(found_opinion).paragraphs}
        changed = changed_since_export(exported, aliases, live_text)
        with self.store.reading() as s:
            known = q.source_keys(s, found_opinion)
        items, outside = return_items(
            groups,
            document,
            file_name=name,
            source=str(export.uuid),
            organisation_id=org_id,
            export_author=export.author,
            labels=labels,
            aliases=aliases,
            changed=changed,
            known=known,
            organisation=acronym,
        )
        warnings.extend(outside_changes(groups, document, export.author, labels))
        warnings.extend(format_changes(groups, labels, export.author))
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
                "organisation": Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Aucune organisation n'a le sigle « {organisation} » : "
                        "choisissez l'une des organisations du référentiel.",
                    ),
                    organisation=organisation,
                )
            }
        )

    def _find_export(
        self, document: ReturnedDocument, name: str, opinion_id: int | None
    ) -> tuple[ExportRecord, int, bool, list[str]]:
        """The export the file came from: by its properties, its paragraph ids, or its text."""
        warnings: list[str] = []
        props = document.properties
        with self.store.reading() as s:
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
            version = parse_identifier(props.get(PROPERTY_VERSION, ""))
            if version is not None:
                try:
                    text = self.opinions.version(found_opinion, version).paragraphs
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
        best_export, best_score = best_text_match(exports, document, opinion_id)
        if best_export is None or best_score < FILE_MATCH:
            if opinion_id is not None:
                raise ReviewFileError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le fichier « {name} » ne correspond pas à cet avis : ni ses "
                            "repères ni son texte ne se retrouvent dans les exports de "
                            "l'avis.",
                        ),
                        name=name,
                    )
                )
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » ne correspond à aucun avis exporté : ni "
                        "ses repères ni son texte ne se retrouvent dans les exports "
                        "enregistrés.",
                    ),
                    name=name,
                )
            )
        return best_export, best_export.opinion_id, True, warnings

    # -- writing --------------------------------------------------------------------------------

    def apply(self, preview: ReturnPreview) -> ImportResult:
        """Write the preview's new items in one transaction; returns what was written.

        Under the opinion's lock (a concurrent import of the same file waits, then finds every
        key this one wrote), the items not imported meanwhile are checked in memory against
        the stored text read once (the paragraphs' states and the paragraphs targeted), then
        written together; a refusal (an item's paragraph deleted since the preview) writes
        nothing.
        """
        opinion_id, today = preview.opinion_id, self.opinions.today
        try:
            with self.store.session() as s:
                return self._write(s, preview, opinion_id, today)
        except IntegrityConflictError as exc:  # the unique key: another import wrote first
            raise ConflictError(IMPORTED_MEANWHILE) from exc

    def _write(
        self, s: Session, preview: ReturnPreview, opinion_id: int, today: date
    ) -> ImportResult:
        known = q.source_keys(s, opinion_id, lock=True)
        fresh = [
            (index, item, item.paragraph_uuid)
            for index, item in enumerate(preview.items)
            if item.status == "new" and item.paragraph_uuid is not None
        ]
        wanted = []
        for index, item, uuid in fresh:
            if item.source_key not in known:  # not imported meanwhile, nor twice in the file
                known.add(item.source_key)
                wanted.append((index, item, uuid))
        if fresh and not wanted:
            raise ConflictError(IMPORTED_MEANWHILE)
        proposed = [(item, uuid) for _i, item, uuid in wanted if item.kind == "amendment"]
        checked = self.opinions.checked_amendments(
            s,
            opinion_id,
            [
                AmendmentInput(
                    paragraph_uuid=uuid,
                    organisation_id=preview.organisation_id,
                    action=item.action,
                    lines=item.lines,
                    justification=item.note,
                    proposed_on=_day(item.written_at, today),
                    author=item.author,
                )
                for item, uuid in proposed
            ],
        )
        commented = [(i, item, uuid) for i, item, uuid in wanted if item.kind != "amendment"]
        drafts = self.opinions.checked_comments(
            s, opinion_id, [(uuid, item.text, item.anchor) for _i, item, uuid in commented]
        )
        comments: list[CommentRecord] = []
        place: dict[int, int] = {}  # item's index → its place in `comments`
        parents: list[int | None] = []
        for draft, (index, item, _uuid) in zip(drafts, commented, strict=True):
            parent = place.get(item.reply_to) if item.reply_to is not None else None
            comments.append(
                replace(
                    draft,
                    author=item.author[:200],
                    written_at=item.written_at or draft.written_at,
                    resolved=item.resolved,
                    organisation_id=preview.organisation_id,
                    source_key=item.source_key,
                    paragraph_uuid=(
                        comments[parent].paragraph_uuid
                        if parent is not None
                        else draft.paragraph_uuid
                    ),
                )
            )
            place[index] = len(comments) - 1
            parents.append(parent)
        amendments = q.add_amendments(
            s,
            [
                replace(record, source_key=item.source_key)
                for record, (item, _uuid) in zip(checked, proposed, strict=True)
            ],
        )
        written = q.add_comments(s, comments, parents)
        return ImportResult(tuple(amendments), tuple(written))

    def undo(self, result: ImportResult) -> None:
        """Remove what an import wrote (replies with their threads), in one transaction."""
        with self.store.session() as s:
            q.delete_comments(s, [c.uuid for c in result.comments])
            q.delete_amendments(s, [a.uuid for a in result.amendments])

    def redo(self, result: ImportResult) -> ImportResult:
        """Write back what `undo` removed, with the same identities."""
        comments = sorted(result.comments, key=lambda c: c.id)  # a reply after its thread
        with self.store.session() as s:
            amendments = q.add_amendments(s, result.amendments)
            written = q.add_comments(s, comments, [None] * len(comments))
        return ImportResult(tuple(amendments), tuple(written))


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
