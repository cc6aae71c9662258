"""Exporting an opinion to Word: gather the text, reservations and annexes; record what was sent."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from deliberation.errors import ExportError, NotFoundError
from deliberation.exports.opinion_docx import (
    MemberRow,
    OpinionDocument,
    PositionRow,
    Progress,
    Reservation,
    write_opinion_docx,
)
from deliberation.exports.opinion_odt import write_opinion_odt
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    OPINION_KINDS,
    ExportRecord,
    OpinionSnapshot,
    Paragraph,
    Standing,
)
from deliberation.records.positions import NO_ANSWER, STANCES
from deliberation.records.referential import DELEGATE_ROLES, DelegateRecord
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.validation import clean_line
from deliberation.rules.wording import long_date
from deliberation.services.referential import Referential
from deliberation.store import opinion_reviews as q

if TYPE_CHECKING:
    from deliberation.services.root import Root

ADOPTED = ("adopted", "published")
FEMININE = {"recommandation", "contribution"}
AUTHOR_MAX = 200
OPINION_SUFFIXES = (".docx", ".odt")  # Word, or OpenDocument for LibreOffice users


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: which text, against which version, and the document's options.

    `version` None exports the current text; `against` shows the changes since that version as
    tracked changes; `author` replaces the committee's name as the document's author.
    """

    version: int | None = None
    against: int | None = None
    line_numbers: bool = False
    author: str = ""
    template: Path | None = None
    annexes: bool = True


def export_opinion(
    root: Root,
    opinion_id: int,
    target: Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    *,
    record: bool = True,
) -> ExportRecord:
    """Write the opinion to `target` (.docx or .odt) and record the text sent, to read returns
    against (with `record` False, the file is written but nothing is recorded: a preview, or a
    file that will not be sent out).

    Every refusal is one French sentence (ExportError, NotFoundError), raised before anything is
    written; the file is written atomically and the record only kept if the file was.
    """
    opinions = root.opinions
    options = options or ExportOptions()
    target = Path(target).expanduser()
    suffix = target.suffix.lower()
    if suffix not in OPINION_SUFFIXES:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {name} » n'est ni un document Word ni un document "
                    "OpenDocument : choisissez un fichier .docx ou .odt.",
                ),
                name=target.name,
            )
        )
    if suffix == ".odt" and options.template is not None:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Un modèle Word ne s'applique qu'à un export .docx : retirez le "
                "modèle ou choisissez un fichier .docx.",
            )
        )
    if options.template is not None and not Path(options.template).is_file():
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Le modèle « {name} » est introuvable."),
                name=Path(options.template).name,
            )
        )
    if options.against is not None and options.against == options.version:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "Choisissez une version de comparaison différente du texte exporté."
            )
        )
    author = clean_line(options.author)
    if len(author) > AUTHOR_MAX:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le nom d'auteur ne doit pas dépasser {AUTHOR_MAX} caractères."
                ),
                AUTHOR_MAX=AUTHOR_MAX,
            )
        )
    snap = opinions.opinion(opinion_id)
    if options.version is None:
        paragraphs = opinions.text(opinion_id).paragraphs
        exported_at = datetime.now(UTC)
        version_line = f"Texte du {long_date(opinions.today, weekday=False)}"
    else:
        version = opinions.version(opinion_id, options.version)
        paragraphs = version.paragraphs
        exported_at = datetime.now(UTC)
        version_line = (
            f"Version {version.number} du {long_date(version.frozen_at.date(), weekday=False)}"
        )
    if not any(p.text.strip() for p in paragraphs):
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "Le texte de cet avis est vide : il n'y a rien à exporter.")
        )
    previous = None
    against_line = ""
    if options.against is not None:
        older = opinions.version(opinion_id, options.against)
        previous = older.paragraphs
        against_line = (
            f"la version {older.number} du {long_date(older.frozen_at.date(), weekday=False)}"
        )
    referential = root.referential
    body = referential.body()
    committee = (body.name if body else "") or "Comité"
    group_name = ""
    group_members: tuple[int, ...] = ()
    if snap.group_id is not None:
        try:
            group = referential.group(snap.group_id)
            group_name, group_members = f"Groupe de travail « {group.name} »", group.member_ids
        except NotFoundError:
            pass
    all_delegates = referential.delegates()
    delegates = {d.id: d for d in all_delegates}
    rapporteurs = tuple(
        f"{delegates[i].full_name} ({delegates[i].organisation_acronym})"
        for i in snap.rapporteur_ids
        if i in delegates
    )
    standing = opinions.standing(opinion_id)
    aliases = opinions.aliases(opinion_id)
    live = {p.uuid: aliases.get(p.uuid, p.uuid) for p in paragraphs}
    reservations = {
        p.uuid: tuple(
            Reservation(s.acronym, s.reservation) for s in standing[live[p.uuid]].reservations
        )
        for p in paragraphs
        if live[p.uuid] in standing and standing[live[p.uuid]].reservations
    }
    kind = OPINION_KINDS.get(snap.kind, snap.kind.capitalize())
    export = ExportRecord(
        id=0,
        uuid=uuid_module.uuid4(),
        opinion_id=opinion_id,
        version=options.version,
        against=options.against,
        paragraphs=paragraphs,
        exported_at=exported_at,
        exported_by=opinions.user,
        author=author or committee,
        file_name=target.name[:500],
    )
    document = OpinionDocument(
        committee=committee,
        group=group_name,
        kind=kind,
        title=snap.title,
        version_line=version_line,
        status_line=_status_line(snap, kind),
        adopted=snap.status in ADOPTED,
        paragraphs=paragraphs,
        author=export.author,
        opinion_uuid=snap.uuid,
        export_uuid=export.uuid,
        version=options.version,
        previous=previous,
        against=options.against,
        against_line=against_line,
        rapporteurs=rapporteurs,
        reservations=reservations,
        positions=_positions(snap, paragraphs, standing, live) if options.annexes else (),
        members=_members(referential, all_delegates, group_members) if options.annexes else (),
        line_numbers=options.line_numbers,
        template=Path(options.template) if options.template else None,
        exported_at=exported_at,
    )
    # The file first, then its record in a short transaction: writing a long document while
    # holding the store's write lock would make every other program's write wait for it.
    if suffix == ".odt":
        write_opinion_odt(document, target, progress)
    else:
        write_opinion_docx(document, target, progress)
    if not record:
        return export
    try:
        with opinions.store.session() as session:
            saved = q.save_export(session, export)
    except BaseException:
        target.unlink(missing_ok=True)  # no file sent out that a return could not be read against
        raise
    return replace(saved, paragraphs=paragraphs)


def _status_line(snap: OpinionSnapshot, kind: str) -> str:
    if snap.status in ADOPTED:
        adopted = [c for c in snap.history if c.status == "adopted"]
        ending = "e" if snap.kind in FEMININE else ""
        if adopted:
            day = long_date(adopted[-1].changed_on, weekday=False)
            return f"{kind} adopté{ending} le {day}"
        return f"{kind} adopté{ending}"
    if snap.status == "abandoned":
        return "Projet abandonné – document de travail"
    return "Projet – document de travail"


def _positions(
    snap: OpinionSnapshot,
    paragraphs: tuple[Paragraph, ...],
    standing: dict[UUID, Standing],
    live: dict[UUID, UUID],
) -> tuple[PositionRow, ...]:
    """The whole text's positions, then the paragraphs where someone objects or reserves."""
    rows: list[PositionRow] = []
    whole = standing.get(snap.uuid)
    if whole is not None:
        for stance in whole.stances:
            rows.append(
                PositionRow(
                    "Ensemble du texte",
                    stance.acronym,
                    STANCES.get(stance.stance, stance.stance),
                    stance.reservation,
                    stance.reasons,
                )
            )
        if whole.missing:  # one row for all who did not answer
            rows.append(PositionRow("Ensemble du texte", ", ".join(whole.missing), NO_ANSWER))
    numbers = numbering(paragraphs)
    for paragraph in paragraphs:
        found = standing.get(live[paragraph.uuid])
        if found is None:
            continue
        label = describe(paragraph, numbers.get(paragraph.uuid))
        label = label[:1].upper() + label[1:]
        for stance in found.stances:
            if stance.stance == "favorable" and not stance.reservation:
                continue
            rows.append(
                PositionRow(
                    label,
                    stance.acronym,
                    STANCES.get(stance.stance, stance.stance),
                    stance.reservation,
                    stance.reasons,
                )
            )
    return tuple(rows)


def _members(
    referential: Referential, all_delegates: list[DelegateRecord], group_members: tuple[int, ...]
) -> tuple[MemberRow, ...]:
    delegates: dict[int, list[str]] = {}
    for delegate in all_delegates:
        if delegate.active:
            role = DELEGATE_ROLES.get(delegate.role, delegate.role).lower()
            role = f" ({role})" if role else ""
            delegates.setdefault(delegate.organisation_id, []).append(delegate.full_name + role)
    return tuple(
        MemberRow(
            organisation.name,
            organisation.acronym,
            organisation.kind_label,
            ", ".join(delegates.get(organisation.id, [])),
            organisation.id in group_members,
        )
        for organisation in referential.organisations()
        if organisation.is_member
    )


__all__ = ["OPINION_SUFFIXES", "ExportOptions", "export_opinion"]
