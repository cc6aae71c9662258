"""The amendments' table as data: amendments grouped by paragraph in text order, with conflicts."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from deliberation.errors import ExportError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import (
    AMENDMENT_STATUSES,
    AMENDMENT_TREATMENTS,
    NO_TREATMENT,
    AmendmentRecord,
    Paragraph,
)
from deliberation.rules.opinion_text import Piece, describe, diff_words, numbering
from deliberation.rules.wording import count, numeric_date

DOCUMENT = "Tableau des amendements"
KEYWORDS = f"Avis; Amendements; {DOCUMENT}"
DELETED_PARAGRAPH = "Paragraphe supprimé du texte"
REWRITING = frozenset({"replace", "delete"})  # actions that rewrite the paragraph itself
SHORT_ACTIONS = {"replace": "Remplacement", "insert_after": "Ajout après", "delete": "Suppression"}


@dataclass(frozen=True)
class AmendmentRow:
    """One amendment as the table shows it: who, what (a word diff), the proposed treatment
    and the decision."""

    amendment: AmendmentRecord
    pieces: tuple[Piece, ...]  # the amendment as a word diff against the paragraph's text

    @property
    def organisation(self) -> str:
        return self.amendment.organisation_acronym or "?"

    @property
    def action(self) -> str:
        return SHORT_ACTIONS.get(self.amendment.action, self.amendment.action)

    @property
    def treatment(self) -> str:
        return AMENDMENT_TREATMENTS.get(self.amendment.treatment, NO_TREATMENT)

    @property
    def decision(self) -> str:
        """« Proposé », or « Rejeté le 04/03/2026 »."""
        record = self.amendment
        label = AMENDMENT_STATUSES.get(record.status, record.status)
        if record.status == "proposed":
            return "En attente de décision"
        return f"{label} le {numeric_date(record.decided_on)}" if record.decided_on else label

    @property
    def diff_text(self) -> str:
        """The word diff in plain text: « [-removed-] » and « {+added+} »."""
        return "".join(
            f"[-{p.text}-]" if p.op == "deleted" else f"{{+{p.text}+}}" if p.op == "inserted"
            else p.text
            for p in self.pieces
        )  # fmt: skip


@dataclass(frozen=True)
class ParagraphGroup:
    """A paragraph and the amendments on it, and why they conflict (or "")."""

    uuid: UUID | None  # None: amendments whose paragraph left the text
    number: str  # « 12 », « R 2 » (a recommendation), « » (a recital, a deleted paragraph)
    label: str  # « Paragraphe 12 », « Recommandation n° 2 », « Paragraphe supprimé du texte »
    text: str
    rows: tuple[AmendmentRow, ...]
    conflict: str


@dataclass(frozen=True)
class AmendmentsTable:
    """What the committee decides from: every group in the order of the text."""

    title: str  # the opinion's title
    kind: str  # « Avis », « Recommandation »…
    committee: str
    today: date
    groups: tuple[ParagraphGroup, ...]
    partial: bool  # only some paragraphs were asked for

    @property
    def rows(self) -> list[AmendmentRow]:
        return [row for group in self.groups for row in group.rows]

    def summary(self) -> str:
        """« 5 amendements sur 3 paragraphes, dont 2 en concurrence ; 3 en attente de décision. »"""
        rows = self.rows
        if not rows:
            return "Aucun amendement."
        conflicts = sum(1 for g in self.groups if g.conflict)
        waiting = sum(1 for r in rows if r.amendment.status == "proposed")
        text = f"{count(len(rows), 'amendement')} sur {count(len(self.groups), 'paragraphe')}"
        if conflicts:
            text += f", dont {conflicts} avec des amendements en concurrence"
        return text + f" ; {waiting} en attente de décision."


def amendment_pieces(record: AmendmentRecord, current: str | None) -> tuple[Piece, ...]:
    """The amendment as a word diff: against the paragraph's current text while it is proposed,
    against the text it was proposed on once decided (as the Amendements panel shows it)."""
    base = current if current is not None and record.status == "proposed" else record.original
    proposed = "\n".join(line.text for line in record.lines)
    if record.action == "delete":
        return tuple(diff_words(base, ""))
    if record.action == "insert_after":
        return tuple(diff_words("", proposed))
    return tuple(diff_words(base, proposed))


def conflict(rows: Sequence[AmendmentRow]) -> str:
    """Why amendments on one paragraph cannot all be adopted as they stand, or "".

    Two amendments still proposed that rewrite the paragraph (replace or delete) exclude each
    other; one still proposed after another was accepted bears on a text that has changed.
    """
    open_rows = [r for r in rows if r.amendment.status == "proposed"]
    rewriting = [r for r in open_rows if r.amendment.action in REWRITING]
    accepted = [r for r in rows if r.amendment.status in ("accepted", "accepted_modified")]
    parts = []
    if len(rewriting) >= 2:
        names = _names(rewriting)
        texts = {(r.amendment.action, r.amendment.text) for r in rewriting}
        if len(texts) == 1:
            parts.append(f"Amendements identiques ({names}) : à examiner ensemble.")
        else:
            parts.append(
                f"Amendements en concurrence ({names}) : adopter l'un fait tomber les autres."
            )
    if accepted and rewriting:
        parts.append(
            f"Le paragraphe a déjà été modifié par l'amendement accepté ({_names(accepted)}) : "
            f"{_names(rewriting)} porte{'nt' if len(rewriting) > 1 else ''} sur un texte qui a "
            "changé."
        )
    return " ".join(parts)


def _names(rows: Sequence[AmendmentRow]) -> str:
    names = [r.organisation for r in rows]
    return ", ".join(names[:-1]) + " et " + names[-1] if len(names) > 1 else names[0]


def amendments_table(
    paragraphs: Sequence[Paragraph],
    amendments: Sequence[AmendmentRecord],
    *,
    title: str,
    kind: str,
    committee: str,
    today: date,
    aliases: Mapping[UUID, UUID] | None = None,
    chosen: Collection[UUID] | None = None,
) -> AmendmentsTable:
    """The table of an opinion's current text `paragraphs` and its `amendments`.

    `aliases` maps paragraphs merged into others to the live paragraph carrying them now;
    `chosen`, when given, keeps only the amendments on those paragraphs. Groups follow the
    text; in a group, amendments follow their reception. Amendments whose paragraph left the
    text come last, in their own group.
    """
    aliases = aliases or {}
    by_uuid = {p.uuid: p for p in paragraphs}
    numbers = numbering(paragraphs)

    def live(uuid: UUID) -> UUID | None:
        seen: set[UUID] = set()
        current: UUID | None = uuid
        while current is not None and current not in by_uuid:
            if current in seen:
                return None
            seen.add(current)
            current = aliases.get(current)
        return current

    grouped: dict[UUID | None, list[AmendmentRecord]] = {}
    for record in sorted(amendments, key=lambda r: (r.proposed_on, r.id)):
        target = live(record.paragraph_uuid)
        if chosen is not None and target not in chosen:
            continue
        grouped.setdefault(target, []).append(record)
    groups = []
    for paragraph in paragraphs:
        records = grouped.get(paragraph.uuid)
        if not records:
            continue
        number = numbers.get(paragraph.uuid)
        named = describe(paragraph, number)
        shown = number.number if number else ""
        if paragraph.kind == "recommendation" and shown:
            shown = f"R{shown}"
        rows = tuple(AmendmentRow(r, amendment_pieces(r, paragraph.text)) for r in records)
        groups.append(
            ParagraphGroup(
                paragraph.uuid,
                shown,
                named[:1].upper() + named[1:],
                paragraph.text,
                rows,
                conflict(rows),
            )
        )
    gone = grouped.get(None)
    if gone:
        rows = tuple(AmendmentRow(r, amendment_pieces(r, None)) for r in gone)
        groups.append(ParagraphGroup(None, "", DELETED_PARAGRAPH, "", rows, ""))
    return AmendmentsTable(title, kind, committee, today, tuple(groups), partial=chosen is not None)


def chosen_paragraphs(paragraphs: Sequence[Paragraph], wanted: str) -> list[UUID]:
    """The paragraphs named by `wanted`: numbers of paragraphs (« 3,4 »), « R2 » for a
    recommendation, ranges (« 3-6 »). Raises ExportError (one French sentence) on a number the
    text does not hold."""
    numbers = numbering(paragraphs)
    known: dict[str, UUID] = {}
    for paragraph in paragraphs:
        number = numbers.get(paragraph.uuid)
        if number is None or not number.number:
            continue
        if paragraph.kind == "paragraph":
            known[number.number] = paragraph.uuid
        elif paragraph.kind == "recommendation":
            known[f"R{number.number}"] = paragraph.uuid
    found: list[UUID] = []
    for token in (t.strip().upper().replace(" ", "") for t in wanted.split(",")):
        if not token:
            continue
        first, dash, last = token.partition("-")
        if dash and first.isdigit() and last.isdigit() and int(first) <= int(last):
            names = [str(n) for n in range(int(first), int(last) + 1)]
        else:
            names = [token]
        for name in names:
            if name not in known:
                raise ExportError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "L'avis n'a pas de paragraphe « {name} » : donnez des numéros de "
                            "paragraphes (« 3,4 », « 3-6 ») ou de recommandations (« R2 »).",
                        ),
                        name=name,
                    )
                )
            if known[name] not in found:
                found.append(known[name])
    if not found:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "Aucun paragraphe choisi : donnez par exemple « 3,4 » ou « R2 »."
            )
        )
    return found


def paragraphs_named(paragraphs: Sequence[Paragraph], chosen: Collection[UUID]) -> str:
    """The numbers of the `chosen` paragraphs as `chosen_paragraphs` reads them back: runs of
    paragraph numbers as ranges, recommendations as « R2 » (« 3-6, R2 »); headings and
    unnumbered paragraphs are left out."""
    numbers = numbering(paragraphs)
    names: list[str] = []
    run: list[int] = []

    def close() -> None:
        if run:
            names.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
            run.clear()

    for paragraph in paragraphs:
        number = numbers.get(paragraph.uuid)
        if paragraph.uuid not in chosen or number is None or not number.number:
            continue
        if paragraph.kind == "paragraph" and number.number.isdigit():
            value = int(number.number)
            if run and value != run[-1] + 1:
                close()
            run.append(value)
        elif paragraph.kind == "recommendation":
            close()
            names.append(f"R{number.number}")
    close()
    return ", ".join(names)
