"""Offline packages: take an opinion away as a store of its own, and merge the work back."""

from __future__ import annotations

import hashlib
import os
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from deliberation.errors import (
    DeliberationError,
    NotFoundError,
    PackageError,
    StoreError,
)
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import AmendmentRecord, CommentRecord, Paragraph, content_lines
from deliberation.records.packages import PackageInfo
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.text_merge import MergePlan, MergeProposal, merge_texts
from deliberation.services.opinions.proposals import proposed_amendment, rapporteur_organisation
from deliberation.store import opinion_reviews as qr
from deliberation.store import opinions as q
from deliberation.store import packages as qp

if TYPE_CHECKING:
    from deliberation.services.root import Root
    from deliberation.store.database import Session, Store

PACKAGE_SUFFIX = ".deliberation"
MERGE_NOTE = (
    "Texte rapporté d'un travail hors ligne alors que le paragraphe avait aussi changé dans "
    "cette base : gardé comme proposition."
)
_KEY_PREFIX = "pkg-"  # source keys of the proposals a merge makes (re-import adds nothing)
_DECISION = ("status", "decided_on", "decided_by", "decision_note", "applied", "inserted_uuid")


@dataclass(frozen=True)
class PackagePreview:
    """What bringing a package back would do, before anything is written.

    `merged` names the paragraphs whose incoming change is taken, `proposals` those whose
    incoming text becomes an amendment (the receiving text is kept); the counts are what comes
    across from the package, once.
    """

    file_name: str
    opinion_id: int
    opinion_title: str
    package: PackageInfo
    revision: int  # the receiving text's revision the merge was computed on
    plan: MergePlan
    splits: Mapping[UUID, UUID]  # new paragraph → the one it was split from (in the package)
    merges: Mapping[UUID, UUID] = field(default_factory=dict)  # removed → merged into
    merged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()
    amendments: tuple[AmendmentRecord, ...] = ()
    comments: tuple[CommentRecord, ...] = ()
    comment_parents: tuple[UUID | None, ...] = ()  # the comment each answers, by identity
    decisions: tuple[tuple[UUID, dict[str, Any]], ...] = ()
    positions: tuple[dict[str, Any], ...] = ()
    sender: tuple[int, str] | None = None  # (organisation id, acronym) of the proposals
    warnings: tuple[str, ...] = ()
    _proposal_records: tuple[AmendmentRecord, ...] = field(default=(), repr=False)

    @property
    def proposal_records(self) -> tuple[AmendmentRecord, ...]:
        """The amendments the merge would propose (those not proposed by an earlier import)."""
        return self._proposal_records

    @property
    def empty(self) -> bool:
        """Whether the import would write nothing (a package brought back twice)."""
        return not (
            self.merged
            or self.removed
            or self._proposal_records
            or self.amendments
            or self.comments
            or self.decisions
            or self.positions
        )

    def as_dict(self) -> dict[str, Any]:
        """The preview as plain data (the command line's --json)."""
        return {
            "file": self.file_name,
            "opinion_id": self.opinion_id,
            "opinion": self.opinion_title,
            "package": str(self.package.uuid),
            "made_by": self.package.made_by,
            "merged": list(self.merged),
            "removed": list(self.removed),
            "proposals": list(self.proposals),
            "new_amendments": len(self.amendments),
            "new_comments": len(self.comments),
            "decisions": len(self.decisions),
            "new_positions": len(self.positions),
            "warnings": list(self.warnings),
            "nothing_new": self.empty,
        }


@dataclass(frozen=True)
class PackageResult:
    """What an import wrote."""

    revision: int
    merged: int
    proposals: int
    amendments: int
    comments: int
    decisions: int
    positions: int


class OfflinePackages:
    """Writes an opinion to a package, and merges a package back into the store."""

    def __init__(self, root: Root) -> None:
        self.root = root
        self.store = root.store

    # -- taking an opinion away -------------------------------------------------------------

    def export(self, opinion_id: int, path: Path, organisation: str | None = None) -> PackageInfo:
        """Write the opinion to `path` as a package (a store of its own, with the text it was
        made from). Written beside `path` and renamed into place at the end: an export that
        fails or is killed leaves no package."""
        from deliberation.store.database import open_store

        path = Path(path).expanduser()
        if path.is_dir():
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "{path} est un dossier : choisissez un nom de fichier."
                    ),
                    path=path,
                )
            )
        with self.store.reading() as s:
            snap = q.opinion_snapshot(s, opinion_id)
            text = q.current_text(s, opinion_id)
            body = qp.body_uuid(s)
            org_uuid = self._organisation_uuid(s, organisation, snap.rapporteur_ids)
        with self.store.session() as s:
            source = qp.store_uuid(s)
        info = PackageInfo(
            uuid=uuid_module.uuid4(),
            source_store=source,
            body_uuid=body,
            opinion_uuid=snap.uuid,
            organisation_uuid=org_uuid,
            base_revision=text.revision,
            base_text=text.paragraphs,
            made_at=datetime.now(UTC),
            made_by=self.root.user[:200],
        )

        def fill(new: Store) -> None:
            with self.store.reading() as source_session, new.session() as target:
                qp.copy_opinion(source_session, target, opinion_id)
                qp.save_package(target, info)

        partial = path.with_name(f".{path.name}.{os.getpid()}.partiel")
        _remove(partial)
        try:
            open_store(str(partial), prepare=fill).close()
            os.replace(partial, path)
        except OSError as exc:
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Impossible d'écrire le paquet {path} : {strerror}."
                    ),
                    path=path,
                    strerror=exc.strerror,
                )
            ) from exc
        finally:
            _remove(partial)
        return info

    def _organisation_uuid(
        self, session: Session, organisation: str | None, rapporteurs: tuple[int, ...]
    ) -> UUID | None:
        from deliberation.store import referential as rq

        if organisation:
            found = qp.organisation_named(session, organisation)
            if found is not None:
                return found[1]
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors", "Aucune organisation n'a le sigle « {organisation} »."
                    ),
                    organisation=organisation,
                )
            )
        for delegate_id in rapporteurs:
            org_id = rq.delegate(session, delegate_id).organisation_id
            return qp.organisation_uuids(session).get(org_id)
        return None

    # -- bringing it back ---------------------------------------------------------------------

    def preview(self, path: Path, opinion_id: int | None = None) -> PackagePreview:
        """What merging the package at `path` would do (nothing is written). Raises
        PackageError, in one sentence, for a file that is not a package (or was not finished),
        or a package of another body, store or opinion."""
        from deliberation.services.root import Root
        from deliberation.store.database import open_store

        path = Path(path).expanduser()
        name = path.name
        if not path.is_file():
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "Le fichier « {name} » n'existe pas."), name=name
                )
            )
        try:
            package_store = open_store(str(path), migrate=False)
        except StoreError as exc:
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » n'est pas un paquet lisible (inachevé, "
                        "abîmé ou d'une autre application).",
                    ),
                    name=name,
                )
            ) from exc
        try:
            return self._preview(name, Root(package_store), opinion_id)
        except StoreError as exc:
            raise PackageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » n'est pas un paquet lisible (inachevé ou abîmé).",
                    ),
                    name=name,
                )
            ) from exc
        finally:
            package_store.close()

    def _preview(
        self, name: str, other: Root, opinion_id: int | None, base: PackageInfo | None = None
    ) -> PackagePreview:
        """The merge of `other`'s copy of the opinion into ours, from the text `base` says (by
        default, `other`'s package record)."""
        with other.store.reading() as ps:
            info = base or qp.package(ps)
            if info is None:
                raise PackageError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "Le fichier « {name} » est une base, pas un paquet d'avis."
                        ),
                        name=name,
                    )
                )
            their_opinion = next((o for o in q.opinions(ps) if o.uuid == info.opinion_uuid), None)
            if their_opinion is None:
                raise PackageError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "Le paquet « {name} » ne contient pas son avis."
                        ),
                        name=name,
                    )
                )
            theirs = q.current_text(ps, their_opinion.id)
            their_splits = qp.splits(ps, their_opinion.id)
            their_merges = qp.merges(ps, their_opinion.id)
            their_orgs = qp.organisation_uuids(ps)
            their_acronyms = qp.organisation_acronyms(ps)
            their_amendments = qp.opinion_rows(ps, "amendment", their_opinion.id)
            their_comments = qp.opinion_rows(ps, "opinion_comment", their_opinion.id)
            their_subjects = qp.subject_rows(ps, their_opinion.id, info.opinion_uuid)
            their_body = qp.body_name(ps)
        with self.store.reading() as s:
            body = qp.body_name(s)
            if body and their_body and body.casefold() != their_body.casefold():
                raise PackageError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le paquet « {name} » vient d'une autre instance (« {their_body} "
                            "») : il ne peut pas être rapporté ici.",
                        ),
                        name=name,
                        their_body=their_body,
                    )
                )
            found = next((o for o in q.opinions(s) if o.uuid == info.opinion_uuid), None)
            if found is None:
                raise PackageError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le paquet « {name} » porte sur un avis que cette base ne "
                            "contient pas (« {title} »).",
                        ),
                        name=name,
                        title=their_opinion.title,
                    )
                )
            if opinion_id is not None and found.id != opinion_id:
                raise PackageError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le paquet « {name} » porte sur un autre avis (« {title} ») : "
                            "ouvrez cet avis pour le rapporter.",
                        ),
                        name=name,
                        title=found.title,
                    )
                )
            ours = q.current_text(s, found.id)
            org_ids = qp.organisation_ids(s, their_orgs.values())
            by_acronym = {  # an organisation each store seeded on its own: the same acronym
                package_id: named[0]
                for package_id, acronym in their_acronyms.items()
                if their_orgs[package_id] not in org_ids
                and (named := qp.organisation_named(s, acronym)) is not None
            }
            known_amendments = qp.rows_by_uuid(
                s, "amendment", [row["uuid"] for row in their_amendments]
            )
            known_comments = qp.rows_by_uuid(
                s, "opinion_comment", [row["uuid"] for row in their_comments]
            )
            our_subjects = {
                row["uuid"]: row for row in qp.subject_rows(s, found.id, info.opinion_uuid)
            }
            sender = self._sender(s, info, found.id)
            keys = qr.source_keys(s, found.id)
        plan = merge_texts(info.base_text, ours.paragraphs, theirs.paragraphs)
        warnings: list[str] = []

        def org(package_id: int | None) -> int | None:
            if package_id is None:
                return None
            uuid = their_orgs.get(package_id)
            return org_ids.get(uuid) if uuid in org_ids else by_acronym.get(package_id)

        amendments, decisions, lost = [], [], 0
        for row in their_amendments:
            mine = known_amendments.get(row["uuid"])
            if mine is None:
                organisation_id = org(row["organisation_id"])
                if organisation_id is None:
                    lost += 1
                    continue
                amendments.append(_amendment(row, found.id, organisation_id))
            elif mine["status"] == "proposed" and row["status"] != "proposed":
                decisions.append((row["uuid"], {k: row[k] for k in _DECISION}))
        comments, parents = [], []
        comment_uuids = {row["id"]: row["uuid"] for row in their_comments}
        for row in their_comments:
            if row["uuid"] not in known_comments:
                comments.append(_comment(row, found.id, org(row["organisation_id"])))
                parents.append(comment_uuids.get(row["reply_to_id"]))
        positions = []
        for subject in their_subjects:
            ours_subject = our_subjects.get(subject["uuid"])
            if ours_subject is None:
                if subject["positions"]:
                    warnings.append(
                        f"Les positions sur « {subject['label']} » ne sont pas reprises : "
                        "cette consultation n'existe pas dans cette base."
                    )
                continue
            held = {p["uuid"] for p in ours_subject["positions"]}
            answered = {p["organisation_id"] for p in ours_subject["positions"]}
            for position in subject["positions"]:
                organisation_id = org(position["organisation_id"])
                if position["uuid"] in held:
                    continue
                if organisation_id is None or organisation_id in answered:
                    warnings.append(
                        f"Une position sur « {subject['label']} » n'est pas reprise : "
                        "l'organisation a déjà une position enregistrée ici."
                    )
                    continue
                positions.append(
                    {
                        **position,
                        "subject_id": ours_subject["id"],
                        "organisation_id": organisation_id,
                    }
                )
        if lost:
            warnings.append(
                f"{lost} amendement(s) d'organisations inconnues de cette base ne sont pas repris."
            )
        proposal_records = self._proposals(plan.proposals, found.id, ours, sender, keys, info)
        if plan.proposals and sender is None:
            warnings.append(
                "Aucune organisation ne peut porter les propositions (l'avis n'a pas de "
                "rapporteur) : les textes en conflit ne sont pas repris."
            )
        labels = _labels(ours.paragraphs, theirs.paragraphs, info.base_text)
        same = plan.paragraphs == ours.paragraphs  # merged already (a package brought twice)
        merged = () if same else tuple(labels[u] for u in plan.taken)
        return PackagePreview(
            file_name=name,
            opinion_id=found.id,
            opinion_title=found.title,
            package=info,
            revision=ours.revision,
            plan=plan,
            splits=their_splits,
            merges={u: into for u, into in their_merges.items() if u in plan.removed},
            merged=merged,
            removed=() if same else tuple(labels[u] for u in plan.removed),
            proposals=tuple(
                labels.get(p.source, "paragraphe")
                for p, r in zip(plan.proposals, proposal_records, strict=False)
                if r.source_key not in keys
            ),
            amendments=tuple(amendments),
            comments=tuple(comments),
            comment_parents=tuple(parents),
            decisions=tuple(decisions),
            positions=tuple(positions),
            sender=sender,
            warnings=tuple(warnings),
            _proposal_records=tuple(r for r in proposal_records if r.source_key not in keys),
        )

    def _sender(
        self, session: Session, info: PackageInfo, opinion_id: int
    ) -> tuple[int, str] | None:
        if info.organisation_uuid is not None:
            found = qp.organisation_ids(session, [info.organisation_uuid])
            if info.organisation_uuid in found:
                org_id = found[info.organisation_uuid]
                return org_id, qp.organisation_acronym(session, org_id)
        return rapporteur_organisation(session, opinion_id)

    def _proposals(
        self,
        proposals: tuple[MergeProposal, ...],
        opinion_id: int,
        ours: Any,
        sender: tuple[int, str] | None,
        keys: set[str],
        info: PackageInfo,
    ) -> list[AmendmentRecord]:
        if sender is None:
            return []
        originals = {p.uuid: p.text for p in ours.paragraphs}
        today = min(info.made_at.date(), self.root.today()) if info.made_at else self.root.today()
        records = []
        for proposal in proposals:
            digest = hashlib.sha256(f"{info.opinion_uuid}:{proposal.key}".encode()).hexdigest()
            records.append(
                proposed_amendment(
                    opinion_id,
                    proposal.target,
                    proposal.action,
                    proposal.lines,
                    sender,
                    justification=MERGE_NOTE,
                    proposed_on=today,
                    author=info.made_by,
                    original=originals.get(proposal.target, ""),
                    source_key=(_KEY_PREFIX + digest)[:64],
                )
            )
        return records

    def apply(self, preview: PackagePreview) -> PackageResult:
        """Write the preview in one transaction. Raises ConflictError when the receiving text
        changed since the preview (nothing is written: preview again)."""
        opinion_id = preview.opinion_id
        with self.store.session() as s:
            known = qr.source_keys(s, opinion_id, lock=True)
            revision = q.save_text(
                s,
                opinion_id,
                preview.plan.paragraphs,
                preview.revision,
                dict(preview.merges),
                dict(preview.splits),
            )
            proposals = [r for r in preview._proposal_records if r.source_key not in known]
            known_uuids = qp.rows_by_uuid(s, "amendment", [a.uuid for a in preview.amendments])
            amendments = [a for a in preview.amendments if a.uuid not in known_uuids]
            qr.add_amendments(s, [*proposals, *amendments])
            comments = self._add_comments(s, preview.comments, preview.comment_parents)
            for uuid, values in preview.decisions:
                qp.take_decision(s, uuid, values)
            qp.add_rows(s, "position", preview.positions)
        return PackageResult(
            revision=revision,
            merged=len(preview.merged) + len(preview.removed),
            proposals=len(proposals),
            amendments=len(amendments),
            comments=comments,
            decisions=len(preview.decisions),
            positions=len(preview.positions),
        )

    def _add_comments(
        self,
        session: Session,
        comments: tuple[CommentRecord, ...],
        parents: tuple[UUID | None, ...],
    ) -> int:
        """Write the comments not stored yet; a reply points at the comment it answers by
        identity (one written in the same batch, or one already stored)."""
        known = qp.rows_by_uuid(session, "opinion_comment", [c.uuid for c in comments])
        wanted = [(c, p) for c, p in zip(comments, parents, strict=True) if c.uuid not in known]
        place = {c.uuid: i for i, (c, _p) in enumerate(wanted)}
        stored = qp.rows_by_uuid(session, "opinion_comment", [p for _c, p in wanted if p])
        records: list[CommentRecord] = []
        indexes: list[int | None] = []
        for comment, parent in wanted:
            index = place.get(parent) if parent is not None else None
            if parent is not None and index is None and parent in stored:
                comment = replace(comment, reply_to=stored[parent]["id"])
            records.append(comment)
            indexes.append(index)
        qr.add_comments(session, records, indexes)
        return len(records)

    def import_file(self, path: Path, opinion_id: int | None = None) -> PackageResult:
        return self.apply(self.preview(path, opinion_id))

    # -- both ways, and a text edited by a script ---------------------------------------------

    def sync(self, opinion_id: int, other: Root) -> tuple[PackageResult, PackageResult]:
        """Merge this store's copy of the opinion into `other`'s and back. One of the two
        must be a package (the copy taken away): its record gives the base. After the sync, the
        package holds the other store's text (every change it had went there, merged or as a
        proposal) and that text becomes its new base. Returns (what went there, what came
        back)."""
        with self.store.reading() as s:
            mine = qp.package(s)
            uuid = q.opinion_snapshot(s, opinion_id).uuid
        with other.store.reading() as s:
            theirs = qp.package(s)
        if mine is None and theirs is None:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Aucune des deux bases n'est un paquet emporté hors ligne : sans "
                    "le texte de départ, leurs modifications ne peuvent pas être "
                    "fusionnées.",
                )
            )
        away, home = (self, OfflinePackages(other)) if mine is not None else (
            OfflinePackages(other), self)  # fmt: skip
        info = mine if mine is not None else theirs
        assert info is not None
        if info.opinion_uuid != uuid:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "errors", "Le paquet porte sur un autre avis : il ne peut pas être synchronisé."
                )
            )
        name = "paquet"
        there = home.apply(home._preview(name, away.root, None))
        # Everything the package had is now in the shared store: it takes that store's state.
        with away.store.reading() as s:
            away_text = q.current_text(s, _opinion_id(s, uuid))
        fresh = replace(info, base_text=away_text.paragraphs)
        back_preview = away._preview("base partagée", home.root, None, fresh)
        back = away.apply(back_preview)
        with away.store.session() as s:
            text = q.current_text(s, _opinion_id(s, uuid))
            qp.rebase_package(s, text.paragraphs, text.revision)
        return there, back

    def preview_text(
        self,
        opinion_id: int,
        base: Sequence[Paragraph],
        edited: Sequence[Paragraph],
        name: str = "texte",
    ) -> PackagePreview:
        """What merging `edited` (a text a script changed from `base`) into the opinion would
        do: the same three-way merge as a package's, the conflicts proposed by the first
        rapporteur's organisation."""
        with self.store.reading() as s:
            snap = q.opinion_snapshot(s, opinion_id)
            ours = q.current_text(s, opinion_id)
            sender = self._sender(s, _NO_PACKAGE, opinion_id)
            keys = qr.source_keys(s, opinion_id)
        info = replace(
            _NO_PACKAGE,
            opinion_uuid=snap.uuid,
            base_text=tuple(base),
            made_by=self.root.user[:200],
            made_at=datetime.now(UTC),
        )
        plan = merge_texts(base, ours.paragraphs, edited)
        records = self._proposals(plan.proposals, opinion_id, ours, sender, keys, info)
        labels = _labels(ours.paragraphs, tuple(edited), tuple(base))
        same = plan.paragraphs == ours.paragraphs
        fresh = [r for r in records if r.source_key not in keys]
        return PackagePreview(
            file_name=name,
            opinion_id=opinion_id,
            opinion_title=snap.title,
            package=info,
            revision=ours.revision,
            plan=plan,
            splits={},
            merged=() if same else tuple(labels[u] for u in plan.taken),
            removed=() if same else tuple(labels[u] for u in plan.removed),
            proposals=tuple(labels.get(r.paragraph_uuid, "paragraphe") for r in fresh),
            sender=sender,
            warnings=(
                (
                    "Aucune organisation ne peut porter les propositions (l'avis n'a pas de "
                    "rapporteur) : les textes en conflit ne sont pas repris.",
                )
                if plan.proposals and sender is None
                else ()
            ),
            _proposal_records=tuple(fresh),
        )


_NO_PACKAGE = PackageInfo(
    uuid=UUID(int=0),
    source_store=UUID(int=0),
    body_uuid=None,
    opinion_uuid=UUID(int=0),
    organisation_uuid=None,
    base_revision=0,
    base_text=(),
    made_at=datetime(2000, 1, 1, tzinfo=UTC),
)


def _opinion_id(session: Session, uuid: UUID) -> int:
    found = next((o.id for o in q.opinions(session) if o.uuid == uuid), None)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "L'avis n'existe pas dans cette base."))
    return found


def _labels(*texts: tuple[Paragraph, ...]) -> dict[UUID, str]:
    labels: dict[UUID, str] = {}
    for text in reversed(texts):
        numbers = numbering(text)
        labels.update({p.uuid: describe(p, numbers.get(p.uuid)) for p in text})
    return labels


def _amendment(row: dict[str, Any], opinion_id: int, organisation_id: int) -> AmendmentRecord:
    return AmendmentRecord(
        id=0,
        uuid=row["uuid"],
        opinion_id=opinion_id,
        paragraph_uuid=row["paragraph_uuid"],
        organisation_id=organisation_id,
        organisation_acronym="",
        action=row["action"],
        lines=content_lines(row["content"]) if row["content"] != "[]" else (),
        justification=row["justification"],
        status=row["status"],
        proposed_on=row["proposed_on"],
        author=row["author"],
        original=row["original"],
        applied=content_lines(row["applied"]) if row["applied"] != "[]" else (),
        inserted_uuid=row["inserted_uuid"],
        decided_on=row["decided_on"],
        decided_by=row["decided_by"],
        decision_note=row["decision_note"],
        source_key=row["source_key"] or "",
        treatment=row["treatment"],
        treatment_note=row["treatment_note"],
    )


def _comment(row: dict[str, Any], opinion_id: int, organisation_id: int | None) -> CommentRecord:
    return CommentRecord(
        id=0,
        uuid=row["uuid"],
        opinion_id=opinion_id,
        paragraph_uuid=row["paragraph_uuid"],
        author=row["author"],
        text=row["text"],
        written_at=row["written_at"],
        reply_to=None,
        resolved=row["resolved"],
        anchor=row["anchor"],
        organisation_id=organisation_id,
        source_key=row["source_key"] or "",
    )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = [
    "PACKAGE_SUFFIX",
    "DeliberationError",
    "NotFoundError",
    "OfflinePackages",
    "PackagePreview",
    "PackageResult",
]
