"""The demo's draft opinions: structured texts frozen in versions, members' amendments, comment
threads, and a consultation paragraph by paragraph."""

from __future__ import annotations

import re
import uuid as uuid_module
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from deliberation.demo.context import DemoContext
from deliberation.errors import ResourceError, ValidationError
from deliberation.records.opinions import (
    AMENDMENT_APPLIED,
    AMENDMENT_STATUSES,
    OPINION_STATUSES,
    PARAGRAPH_KINDS,
    AmendmentInput,
    Line,
    OpinionInput,
    OpinionSnapshot,
    Paragraph,
    Run,
    StatusChange,
    TextChange,
)
from deliberation.records.positions import (
    POSITION_SOURCES,
    STANCES,
    ConsultationInput,
    ConsultationSnapshot,
    PositionInput,
    Subject,
)
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.validation import clean_line
from deliberation.services.opinions import Opinions
from deliberation.services.unfinished import Unfinished

FILENAME = "opinions.toml"
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
_LIST_MARKS = {"- ": "bullet", "# ": "number"}
NEVER = 1_000  # a paragraph kept in every later version


def add_opinions(context: DemoContext) -> tuple[int, int, int, int]:
    """The opinions of `opinions.toml`, each written whole through the Opinions use cases.

    An opinion whose title is already in the store (an earlier run, or the user's) is left as it
    is. Each opinion is written step by step as its rapporteurs would have: the text, frozen as
    a version, amended, frozen again…; if anything stops the writing, the opinion (and its
    consultation) is deleted again, so that none is left half written. A kill gives no time for
    that: the opinion being written is marked in the store until it is whole, and the next run
    removes what a killed one left of it and writes it again.
    """
    writer = _OpinionWriter(context)
    added = [0, 0, 0, 0]
    for spec in writer.spec["opinions"]:
        if clean_line(str(spec["title"])).casefold() in writer.existing:
            continue
        title = clean_line(str(spec["title"]))
        try:
            writer.unfinished.begin(title)
            counts = writer.write(spec)
            writer.unfinished.finish(title)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ResourceError(
                f"Le fichier de démonstration {FILENAME} est incomplet ({exc})."
            ) from exc
        except ValidationError as exc:
            raise ResourceError(
                f"Le fichier de démonstration {FILENAME} décrit un avis invalide : {exc}"
            ) from exc
        added = [a + b for a, b in zip(added, counts, strict=True)]
    return added[0], added[1], added[2], added[3]


def parse_lines(text: str) -> tuple[Line, ...]:
    """Lines from the data file's light markup: **bold**, *italic*, "- " and "# " list items."""
    lines = []
    for raw in text.strip().split("\n"):
        style = ""
        for mark, name in _LIST_MARKS.items():
            if raw.startswith(mark):
                style, raw = name, raw[len(mark) :]
        runs, at = [], 0
        for match in _EMPHASIS.finditer(raw):
            if match.start() > at:
                runs.append(Run(raw[at : match.start()]))
            bold = match.group(1) is not None
            runs.append(Run(match.group(1) or match.group(2), bold=bold, italic=not bold))
            at = match.end()
        if at < len(raw):
            runs.append(Run(raw[at:]))
        lines.append(Line(tuple(runs), style))
    return tuple(lines)


@dataclass
class _Text:
    """The live text of the opinion being written: paragraphs by their data-file key."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    keys: dict[str, UUID] = field(default_factory=dict)
    revision: int = 0
    amended: set[UUID] = field(default_factory=set)  # replaced by an accepted amendment
    inserted: set[UUID] = field(default_factory=set)  # created by an accepted insertion
    deleted: set[UUID] = field(default_factory=set)  # deleted by an accepted amendment

    def uuid(self, key: str) -> UUID:
        if key not in self.keys:
            raise KeyError(f"paragraphe « {key} »")
        return self.keys[key]

    def apply(self, change: TextChange) -> None:
        """What the editor does when an amendment is accepted."""
        index = next(i for i, p in enumerate(self.paragraphs) if p.uuid == change.target)
        target = self.paragraphs[index]
        if change.action == "replace":
            self.paragraphs[index] = replace(target, lines=change.lines)
        elif change.action == "insert_after":
            assert change.new_uuid is not None
            added = Paragraph(change.new_uuid, change.kind or target.kind, change.lines)
            self.paragraphs.insert(index + 1, added)
        else:
            del self.paragraphs[index]


class _OpinionWriter:
    """Writes the demo opinions through the use cases, each as its rapporteurs would have."""

    def __init__(self, context: DemoContext) -> None:
        self.context = context
        self.store = context.referential.store
        self.today = context.today
        self.spec = context.data(FILENAME)
        self.secretariat = [str(name) for name in self.spec["secretariat"]]
        self.positions = context.root.acting(user=self.secretariat[0]).positions
        self.opinions = self.as_user(self.secretariat[0])
        self.anchor: date | None = None  # the meeting the opinion being written is dated by
        self.unfinished = Unfinished(self.store, "demo:opinion")
        self._drop_unfinished()
        self.existing = {o.title.casefold() for o in self.opinions.opinions()}
        referential = context.referential
        organisations = referential.organisations()
        self.organisations = {o.acronym: o.id for o in organisations}
        self.members = tuple(o.id for o in organisations if o.is_member)
        self.delegates = sorted(
            (d for d in referential.delegates() if d.active),
            key=lambda d: (d.role != "titular", d.last_name, d.id),
        )
        self.names = {d.id: d.full_name for d in self.delegates}
        self.groups = {g.name.casefold(): g for g in referential.groups()}
        self.items: dict[str, list[tuple[int, int, date]]] = {}  # title → (item, meeting, day)
        for ref in self.opinions.agenda_choices():
            self.items.setdefault(ref.title, []).append((ref.item_id, ref.meeting_id,
                                                         ref.meeting_day))  # fmt: skip

    def _drop_unfinished(self) -> None:
        """Remove what a killed run left of the opinions it was writing (the opinion and its
        consultation), then forget their marks: with them gone, they are written again."""
        specs = {clean_line(str(s["title"])): s for s in self.spec["opinions"]}
        pending = self.unfinished.pending(list(specs))
        if not pending:
            return
        titles = {title.casefold() for title in pending}
        consultations = {
            clean_line(str(specs[title]["consultation"]["title"])).casefold()
            for title in pending
            if isinstance(specs[title].get("consultation"), dict)
            and "title" in specs[title]["consultation"]
        }
        for consultation in self.positions.consultations():
            if clean_line(consultation.title).casefold() in consultations:
                self.positions.remove_consultation(self.positions.consultation(consultation.id))
        for opinion in self.opinions.opinions():
            if clean_line(opinion.title).casefold() in titles:
                self.opinions.remove_opinion(self.opinions.opinion(opinion.id))
        for title in pending:
            self.unfinished.finish(title)

    def as_user(self, name: str) -> Opinions:
        """The use cases as one person uses them (who freezes, decides, comments)."""
        return self.context.root.acting(user=name).opinions

    # -- one opinion ------------------------------------------------------------------------

    def write(self, spec: dict[str, Any]) -> tuple[int, int, int, int]:
        """The opinion, its versions, amendments, comments and consultation; what was added."""
        held = sorted(day for _, _, day in self.items.get(str(spec.get("anchor", "")), [])
                      if day <= self.today)  # fmt: skip
        self.anchor = held[0] if held else None
        snap = self.opinions.apply_opinion(self._opinion(spec))
        try:
            text = _Text()
            rapporteurs = [self.names[i] for i in snap.rapporteur_ids] or self.secretariat[:1]
            author = self.as_user(rapporteurs[0])
            versions = list(spec.get("versions", []))
            amendments = 0
            for stage in range(1, len(versions) + 2):
                self._save(snap.id, text, self._stage(spec, stage, text))
                if stage > len(versions):
                    break
                entry = versions[stage - 1]
                self._freeze(author, snap.id, str(entry.get("note", "")), self._when(entry))
                end = self._when(versions[stage]) if stage < len(versions) else self.today
                for amendment in spec.get("amendments", []):
                    if int(amendment.get("version", len(versions))) == stage:
                        self._amend(author, snap.id, text, amendment, self._when(entry), end)
                        amendments += 1
            if not versions:
                for amendment in spec.get("amendments", []):
                    self._amend(author, snap.id, text, amendment, self.today, self.today)
                    amendments += 1
            comments = sum(self._comment(snap.id, text, c, rapporteurs)
                           for c in spec.get("comments", []))  # fmt: skip
            snap = self._history(snap, spec)
            if "consultation" in spec:
                self._consult(snap, text, spec["consultation"])
            return 1, len(versions), amendments, comments
        except BaseException:
            self.opinions.remove_opinion(snap)
            raise

    def _opinion(self, spec: dict[str, Any]) -> OpinionSnapshot:
        group = self.groups.get(str(spec.get("group", "")).casefold())
        rapporteurs: list[int] = []
        if "rapporteurs" in spec:
            for acronym in spec["rapporteurs"]:
                org = self.organisations.get(str(acronym))
                found = next((d for d in self.delegates if d.organisation_id == org), None)
                if found is not None:
                    rapporteurs.append(found.id)
        elif group is not None:
            rapporteurs = list(group.rapporteur_ids)
        items = [i for title in spec.get("agenda", []) for i, _, _ in self.items.get(title, [])]
        data = OpinionInput(
            kind=str(spec["kind"]),
            title=str(spec["title"]),
            group_id=group.id if group else None,
            rapporteur_ids=tuple(rapporteurs),
            agenda_item_ids=tuple(items),
        )
        snap = self.opinions.new_opinion(data)
        first = spec["history"][0]
        if first["status"] != "draft":
            raise ValueError("history commence par status = 'draft'")
        started = StatusChange("draft", self._when(first), self.secretariat[0], "")
        return replace(snap, history=(started,))

    def _history(self, snap: OpinionSnapshot, spec: dict[str, Any]) -> OpinionSnapshot:
        """The later status changes, each dated (never before the previous one)."""
        for entry in spec["history"][1:]:
            status = str(entry["status"])
            if status not in OPINION_STATUSES:
                raise ValueError(f"status = {status!r}")
            on = max(self._when(entry), snap.history[-1].changed_on)
            moved = self.opinions.with_status(snap, status, on, str(entry.get("note", "")))
            snap = self.opinions.apply_opinion(moved)
        return snap

    def _when(self, entry: dict[str, Any]) -> date:
        """`days` after the opinion's anchor meeting when the demo has it, else `ago` days
        before today (never after today)."""
        if "days" in entry and self.anchor is not None:
            return min(self.anchor + timedelta(days=int(entry["days"])), self.today)
        return self.today - timedelta(days=int(entry.get("ago", 0)))

    # -- the text ---------------------------------------------------------------------------

    def _stage(self, spec: dict[str, Any], stage: int, text: _Text) -> list[Paragraph]:
        """The text as it stood at `stage` (version n, or the current text after the last):
        the data file's paragraphs present then, those inserted by amendments kept in place."""
        wanted: list[Paragraph] = []
        for index, entry in enumerate(spec["text"]):
            if not int(entry.get("since", 1)) <= stage <= int(entry.get("until", NEVER)):
                continue
            kind = str(entry.get("kind", "paragraph"))
            if kind not in PARAGRAPH_KINDS:
                raise ValueError(f"kind = {kind!r}")
            key = str(entry.get("key", "")) or f"#{index}"
            source = str(entry["text"])
            earlier = entry.get("before")
            if earlier is not None and stage <= int(earlier["until"]):
                source = str(earlier["text"])
            uuid = text.keys.setdefault(key, uuid_module.uuid4())
            live = next((p for p in text.paragraphs if p.uuid == uuid), None)
            amended = live is not None and uuid in text.amended
            lines = live.lines if amended and live else parse_lines(source)
            wanted.append(Paragraph(uuid, kind, lines, int(entry.get("level", 1))))
        # Paragraphs an accepted insertion created follow the one they were inserted after.
        for place, paragraph in enumerate(text.paragraphs):
            if paragraph.uuid in text.inserted and all(p.uuid != paragraph.uuid for p in wanted):
                before = text.paragraphs[place - 1].uuid if place else None
                at = next((i for i, p in enumerate(wanted) if p.uuid == before), -1)
                wanted.insert(at + 1, paragraph)
        return [p for p in wanted if p.uuid not in text.deleted]

    def _save(self, opinion_id: int, text: _Text, paragraphs: list[Paragraph]) -> None:
        saved = self.opinions.save_text(opinion_id, paragraphs, text.revision)
        text.paragraphs, text.revision = list(saved.paragraphs), saved.revision

    def _freeze(self, author: Opinions, opinion_id: int, note: str, on: date) -> None:
        """Freeze the stored text, dated the day it was frozen (at 18 h, Paris being UTC+1/2)."""
        version = author.freeze(opinion_id, note)
        author.unfreeze(version)
        author.refreeze(replace(version, frozen_at=datetime.combine(on, time(16, 30), UTC)))

    def _amend(
        self,
        author: Opinions,
        opinion_id: int,
        text: _Text,
        spec: dict[str, Any],
        start: date,
        end: date,
    ) -> None:
        """An amendment proposed on the text frozen at `start`, decided before `end`."""
        org = self.organisations[str(spec["org"])]
        status = str(spec.get("status", "proposed"))
        if status not in AMENDMENT_STATUSES:
            raise ValueError(f"status = {status!r}")
        span = max(0, (end - start).days - 1)
        proposed_on = min(start + timedelta(days=min(span, int(spec.get("after", 3)))), end)
        data = AmendmentInput(
            paragraph_uuid=text.uuid(str(spec["paragraph"])),
            organisation_id=org,
            action=str(spec["action"]),
            lines=parse_lines(str(spec.get("text", ""))),
            justification=str(spec.get("justification", "")),
            proposed_on=proposed_on,
            author=str(spec.get("author", "")),
        )
        record = author.apply_amendment(author.new_amendment(opinion_id, data))
        if "treatment" in spec:  # the rapporteur's proposed treatment, before any decision
            treated = author.treated(
                record, str(spec["treatment"]), str(spec.get("treatment_note", ""))
            )
            record = author.apply_treatment(treated, record)
        if status == "proposed":
            return
        applied = parse_lines(str(spec["applied"])) if "applied" in spec else None
        decided, change = author.decided(
            record, status, text.paragraphs, applied, str(spec.get("note", ""))
        )
        decided_on = proposed_on + (end - proposed_on) // 2
        author.apply_amendment(replace(decided, decided_on=decided_on))
        if change is not None and status in AMENDMENT_APPLIED:
            text.apply(change)
            target = change.new_uuid if change.action == "insert_after" else change.target
            assert target is not None
            changed = {"replace": text.amended, "insert_after": text.inserted}
            changed.get(change.action, text.deleted).add(target)
            self._save(opinion_id, text, text.paragraphs)

    # -- comments and the consultation ------------------------------------------------------

    def _comment(
        self, opinion_id: int, text: _Text, spec: dict[str, Any], rapporteurs: list[str]
    ) -> int:
        """A thread on a paragraph, its replies, maybe resolved; how many comments."""
        paragraph = text.uuid(str(spec["paragraph"]))
        first = None
        written = 0
        for entry in [spec, *spec.get("replies", [])]:
            who = self._person(str(entry["by"]), rapporteurs)
            use = self.as_user(who)
            record = use.new_comment(
                opinion_id, paragraph, str(entry["text"]), first, str(entry.get("anchor", ""))
            )
            moment = datetime.combine(self._when(entry), time(9 + written, 15), UTC)
            saved = use.apply_comment(replace(record, written_at=moment))
            first = first or saved
            written += 1
        if spec.get("resolved") and first is not None:
            self.opinions.apply_comment(self.opinions.with_resolved(first, True))
        return written

    def _person(self, who: str, rapporteurs: list[str]) -> str:
        """« rapporteur », « corapporteur », « secrétariat » or a name."""
        if who == "rapporteur":
            return rapporteurs[0]
        if who == "corapporteur":
            return rapporteurs[-1]
        if who == "secrétariat":
            return self.secretariat[0]
        return who

    def _consult(
        self, snap: OpinionSnapshot, text: _Text, spec: dict[str, Any]
    ) -> ConsultationSnapshot:
        """The members consulted on the whole draft and on some paragraphs, with answers."""
        numbers = numbering(text.paragraphs)
        by_uuid = {p.uuid: p for p in text.paragraphs}
        subjects = [Subject("opinion", snap.title, snap.uuid)]
        keys = ["whole"]
        for key in spec["paragraphs"]:
            paragraph = by_uuid[text.uuid(str(key))]
            name = describe(paragraph, numbers.get(paragraph.uuid))
            words = paragraph.text.split()
            start = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
            label = f"{name[:1].upper()}{name[1:]} — {start}"
            subjects.append(Subject("paragraph", label, paragraph.uuid))
            keys.append(str(key))
        opened = self._when({"ago": spec["opened"]})
        deadline = self.today + timedelta(days=int(spec["deadline_in"]))
        planned = [m for title in spec.get("meeting", []) for _, m, day in self.items.get(title, [])
                   if day >= deadline]  # fmt: skip
        consultation = self.positions.apply_consultation(
            self.positions.new_consultation(
                ConsultationInput(
                    title=str(spec["title"]),
                    opened_on=opened,
                    deadline=deadline,
                    question=str(spec.get("question", "")),
                    meeting_id=planned[0] if planned else None,
                    min_answers=int(spec["min_answers"]),
                    max_unfavorable=int(spec.get("max_unfavorable", 0)),
                    abstentions_count=bool(spec.get("abstentions_count", False)),
                    subjects=tuple(subjects),
                    consulted=self.members,
                )
            )
        )
        try:
            self._answer(consultation, keys, spec["positions"])
        except BaseException:
            self.positions.remove_consultation(consultation)
            raise
        return consultation

    def _answer(
        self, consultation: ConsultationSnapshot, keys: list[str], specs: list[dict[str, Any]]
    ) -> None:
        """The members' positions as they came in, on the draft and its paragraphs."""
        opened = consultation.opened_on
        ids = dict(zip(keys, (s.id for s in consultation.subjects), strict=True))
        for entry in specs:
            if entry["stance"] not in STANCES:
                raise ValueError(f"stance = {entry['stance']!r}")
            if entry.get("source", "email") not in POSITION_SOURCES:
                raise ValueError(f"source = {entry['source']!r}")
            org = self.organisations.get(str(entry["org"]))
            if org is None or org not in self.members:
                continue
            received = max(opened, self._when(entry))
            data = PositionInput(
                subject_id=ids[str(entry.get("subject", "whole"))],
                organisation_id=org,
                stance=str(entry["stance"]),
                reservation=str(entry.get("reservation", "")),
                reasons=str(entry.get("reasons", "")),
                amendment=str(entry.get("amendment", "")),
                source=str(entry.get("source", "email")),
                received_on=min(received, self.today),
                recorded_by=self.secretariat[int(entry.get("recorder", 0)) % len(self.secretariat)],
            )
            self.positions.apply_position(self.positions.new_position(data))
