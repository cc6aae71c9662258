"""The messages the secretariat sends members: convocations, consultations, reminders, drafts.

Each builder returns a `MailBatch`: one `Mail` per organisation that has at least one delegate
with an address, and the organisations left out for want of one (shown to the user, never an
error). Nothing is sent here: the mail package queues and sends what the builders return.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.errors import ResourceError, ValidationError
from deliberation.records.answers import FormSubject, ResponseForm
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import DOCX_TYPE, XLSX_TYPE, Attachment, Invitation, Mail, Recipient
from deliberation.records.meetings import MeetingDetails
from deliberation.records.opinions import OPINION_KINDS
from deliberation.records.positions import ConsultationSnapshot
from deliberation.records.referential import DelegateRecord, OrganisationRecord
from deliberation.resources import load_toml, resource_path
from deliberation.rules.mail_wording import (
    TEMPLATE_FIELDS,
    TEMPLATE_PARTS,
    check_template,
    fill_body,
    fill_subject,
)
from deliberation.rules.wording import clock, long_date

if TYPE_CHECKING:
    from deliberation.exports.meeting_docx import Signature
    from deliberation.services.root import Root

TEMPLATES_FILE = "modeles-courriels.toml"  # the secretariat's wording, in the settings folder
CANCELLING = {"cancelled", "postponed"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class MailBatch:
    """The messages built for one sending, and who could not be reached."""

    mails: tuple[Mail, ...]
    unreachable: tuple[str, ...] = ()  # « SIGLE — Nom » of organisations without an address

    def __iter__(self) -> Any:
        return iter(self.mails)

    def __len__(self) -> int:
        return len(self.mails)

    def unreachable_sentence(self) -> str:
        """One French sentence naming the organisations left out, "" when none was."""
        if not self.unreachable:
            return ""
        return Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Aucun délégué avec une adresse électronique pour : {names} ; ces organisations "
                "ne recevront pas ce message.",
            ),
            names=", ".join(self.unreachable),
        )


def templates_path() -> Path:
    """The secretariat's own wording, read when it exists (the defaults otherwise)."""
    from platformdirs import user_config_path

    return user_config_path("deliberation", appauthor=False) / TEMPLATES_FILE


def load_templates(override: Path | None = None) -> dict[str, dict[str, str]]:
    """The templates: the shipped ones, each part replaced by the override file's if it has it.

    A template naming a field its kind does not fill, or a malformed file, is refused in one
    sentence (ResourceError) before any message is built.
    """
    default_file = resource_path("mail", "templates.toml")
    templates = _parts(load_toml(default_file), default_file.name)
    path = templates_path() if override is None else override
    if path.is_file():
        for kind, parts in _parts(load_toml(path), path.name).items():
            templates[kind].update(parts)
    for kind, parts in templates.items():
        for part, text in parts.items():
            check_template(kind, part, text, origin=path.name if path.is_file() else "")
    return templates


def _parts(data: Mapping[str, Any], origin: str) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {kind: {} for kind in TEMPLATE_FIELDS}
    for kind, parts in data.items():
        if kind not in TEMPLATE_FIELDS or not isinstance(parts, dict):
            raise ResourceError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier de modèles « {origin} » contient la section "
                        "[{kind}], inconnue : les sections possibles sont {join}.",
                    ),
                    origin=origin,
                    kind=kind,
                    join=", ".join(TEMPLATE_FIELDS),
                )
            )
        for part, text in parts.items():
            if part not in TEMPLATE_PARTS or not isinstance(text, str):
                raise ResourceError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Dans le fichier de modèles « {origin} », la section [{kind}] ne "
                            "peut avoir que les textes « subject » et « body ».",
                        ),
                        origin=origin,
                        kind=kind,
                    )
                )
            found[kind][part] = text
    return found


def file_name(*parts: str) -> str:
    """A file name every system accepts, from readable parts joined by « - »."""
    text = " - ".join(p for p in (" ".join(_UNSAFE.sub(" ", p).split()) for p in parts) if p)
    return text[:150].rstrip(" .") or "document"


class Mailing:
    """Builds the messages of one store; `sender` is the secretariat's From (the ORGANIZER)."""

    def __init__(
        self,
        root: Root,
        sender: Recipient | None = None,
        templates: Path | None = None,
        *,
        author: str = "",
        signature: Signature | None = None,
    ) -> None:
        self.root = root
        self.sender = sender
        self.author = author  # the convocation's document author (Préférences; "": committee)
        self.signature = signature  # its signatory and logo (Préférences), as exported by hand
        self._templates_file = templates
        self._templates: dict[str, dict[str, str]] | None = None

    # -- shared ---------------------------------------------------------------------------------

    @property
    def templates(self) -> dict[str, dict[str, str]]:
        if self._templates is None:
            self._templates = load_templates(self._templates_file)
        return self._templates

    @cached_property
    def _committee(self) -> str:
        """The body's name, read once per batch of messages (every message and form says it)."""
        body = self.root.referential.body()
        return (body.name if body else "") or "Comité"

    def _common(self, organisation: OrganisationRecord) -> dict[str, str]:
        return {
            "organisation": organisation.name or organisation.acronym,
            "acronym": organisation.acronym,
            "committee": self._committee,
            "sender": self.sender.name if self.sender and self.sender.name else "",
        }

    def _write(self, kind: str, fields: Mapping[str, str]) -> tuple[str, str]:
        template = self.templates[kind]
        return fill_subject(template["subject"], fields), fill_body(template["body"], fields)

    def _reachable(
        self, organisation_ids: Iterable[int]
    ) -> tuple[list[tuple[OrganisationRecord, list[DelegateRecord]]], tuple[str, ...]]:
        """The organisations with their delegates who have an address, and those without any."""
        organisations = {o.id: o for o in self.root.referential.organisations()}
        delegates: dict[int, list[DelegateRecord]] = {}
        for delegate in self.root.referential.delegates():
            if delegate.active and delegate.email.strip():
                delegates.setdefault(delegate.organisation_id, []).append(delegate)
        reached, unreachable = [], []
        for org_id in dict.fromkeys(organisation_ids):
            organisation = organisations.get(org_id)
            if organisation is None:
                continue
            found = sorted(delegates.get(org_id, []), key=lambda d: (d.role != "titular", d.id))
            if found:
                reached.append((organisation, found))
            else:
                unreachable.append(f"{organisation.acronym} — {organisation.name}")
        return reached, tuple(unreachable)

    @staticmethod
    def _recipients(delegates: list[DelegateRecord]) -> tuple[Recipient, ...]:
        return tuple(Recipient(d.email.strip(), d.full_name) for d in delegates)

    # -- convocation ----------------------------------------------------------------------------

    def convocation_mails(self, meeting_id: int) -> MailBatch:
        """One convocation per convened organisation, with the agenda and an invitation.

        A cancelled or postponed meeting gives the cancellation (METHOD:CANCEL) instead. The
        key holds the invitation's SEQUENCE: a meeting changed since the last sending (a new
        day, time, place or status) is sent again, an unchanged one is not.
        """
        from deliberation.exports.calendar import invitation_bytes, sequence
        from deliberation.exports.meeting_docx import write_agenda

        meetings = self.root.meetings
        details = meetings.details(meeting_id)
        meeting = details.meeting
        if meeting.status == "held":
            raise ValidationError(
                {
                    "meeting": QT_TRANSLATE_NOOP(
                        "errors",
                        "Cette séance a déjà eu lieu : il n'y a plus de convocation à envoyer.",
                    )
                }
            )
        if self.sender is None or not self.sender.address:
            raise ValidationError(
                {
                    "sender": QT_TRANSLATE_NOOP(
                        "errors",
                        "Indiquez d'abord l'adresse d'expédition du secrétariat "
                        "(deliberation mail settings --from ADRESSE) : l'invitation en a "
                        "besoin.",
                    )
                }
            )
        change = meetings.change_times([meeting_id]).get(meeting_id)
        revision = sequence(*change) if change else 0
        cancelling = meeting.status in CANCELLING
        method = "CANCEL" if cancelling else "REQUEST"
        today = self.root.today()
        agenda_name = file_name("Ordre du jour", _meeting_label(details), meeting.day.isoformat())
        attachments: tuple[Attachment, ...] = ()
        if not cancelling:
            with tempfile.TemporaryDirectory(prefix="deliberation-mail-") as folder:
                target = write_agenda(
                    details,
                    Path(folder) / "ordre-du-jour.docx",
                    today=today,
                    author=self.author,
                    signature=self.signature,
                )
                agenda = target.read_bytes()
            attachments = (Attachment(f"{agenda_name}.docx", DOCX_TYPE, agenda),)
        reached, unreachable = self._reachable(a.organisation_id for a in meeting.convened)
        now = datetime.now(UTC)
        mails = []
        for organisation, delegates in reached:
            fields = self._common(organisation) | _meeting_fields(details)
            subject, body = self._write("cancellation" if cancelling else "convocation", fields)
            ical = invitation_bytes(
                details,
                method=method,
                organizer=self.sender,
                attendees=[(r, d.role == "titular") for r, d in
                           zip(self._recipients(delegates), delegates, strict=True)],
                now=now,
                change=change,
            )  # fmt: skip
            mails.append(
                Mail(
                    kind="convocation",
                    key=f"convocation:{meeting.uuid}:{revision}:{organisation.uuid}",
                    organisation_id=organisation.id,
                    organisation_name=organisation.acronym,
                    to=self._recipients(delegates),
                    subject=subject,
                    body=body,
                    attachments=attachments,
                    invitation=Invitation(method, ical),
                )
            )
        return MailBatch(tuple(mails), unreachable)

    # -- consultation and reminders -------------------------------------------------------------

    def consultation_mails(self, consultation_id: int) -> MailBatch:
        """One message per consulted organisation, with a response form made for it."""
        snap = self.root.positions.consultation(consultation_id)
        return self._consultation_batch(snap, snap.consulted, "consultation", "")

    def reminder_mails(self, consultation_id: int) -> MailBatch:
        """A reminder to each consulted organisation that has not answered on every subject.

        One reminder a day at most: the key holds the day.
        """
        snap = self.root.positions.consultation(consultation_id)
        answered: dict[int, set[int]] = {}
        for position in self.root.positions.positions(consultation_id):
            answered.setdefault(position.organisation_id, set()).add(position.subject_id)
        subjects = {s.id for s in snap.subjects}
        missing = [o for o in snap.consulted if not subjects <= answered.get(o, set())]
        return self._consultation_batch(snap, missing, "reminder", self.root.today().isoformat())

    def response_form(self, consultation_id: int, organisation_id: int) -> ResponseForm:
        """The form an organisation gets for a consultation (also what a test fills)."""
        snap = self.root.positions.consultation(consultation_id)
        organisation = next(
            o for o in self.root.referential.organisations() if o.id == organisation_id
        )
        return self._form(snap, organisation, self._form_subjects(snap))

    def _form_subjects(self, snap: ConsultationSnapshot) -> tuple[FormSubject, ...]:
        """The consultation's subjects as its forms list them (the same for every organisation:
        read once per batch)."""
        refs = [s.ref for s in snap.subjects if s.kind == "paragraph" and s.ref is not None]
        paragraphs = self.root.opinions.live_paragraphs(refs) if refs else {}
        subjects = []
        for number, subject in enumerate(snap.subjects, 1):
            assert subject.uuid is not None  # a stored subject has its UUID
            paragraph = paragraphs.get(subject.ref) if subject.ref is not None else None
            text = paragraph.text if paragraph is not None and subject.kind == "paragraph" else ""
            subjects.append(FormSubject(number, subject.uuid, subject.label, text))
        return tuple(subjects)

    def _form(
        self,
        snap: ConsultationSnapshot,
        organisation: OrganisationRecord,
        subjects: tuple[FormSubject, ...],
    ) -> ResponseForm:
        return ResponseForm(
            consultation_uuid=snap.uuid,
            consultation_title=snap.title,
            question=snap.question,
            deadline=snap.deadline,
            committee=self._committee,
            organisation_uuid=organisation.uuid,
            organisation_acronym=organisation.acronym,
            organisation_name=organisation.name,
            subjects=subjects,
        )

    def _consultation_batch(
        self, snap: ConsultationSnapshot, organisation_ids: Iterable[int], kind: str, day: str
    ) -> MailBatch:
        from deliberation.exports.response_form import (
            deadline_text,
            response_form_docx,
            response_form_xlsx,
        )

        if not snap.subjects:
            raise ValidationError(
                {
                    "subjects": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "La consultation « {title} » n'a aucun sujet : rien à envoyer.",
                        ),
                        title=snap.title,
                    )
                }
            )
        reached, unreachable = self._reachable(organisation_ids)
        meeting = ""
        if snap.meeting_id is not None:
            meeting = _meeting_label(self.root.meetings.details(snap.meeting_id))
        mails = []
        subjects = self._form_subjects(snap)
        for organisation, delegates in reached:
            form = self._form(snap, organisation, subjects)
            fields = self._common(organisation) | {
                "consultation": snap.title,
                "question": snap.question,
                "deadline": deadline_text(form),
                "subjects": "\n".join(f"{s.number}. {s.label}" for s in form.subjects),
                "meeting": meeting,
            }
            subject, body = self._write(kind, fields)
            name = file_name("Formulaire de réponse", snap.title, organisation.acronym)
            key = f"{kind}:{snap.uuid}:{organisation.uuid}" + (f":{day}" if day else "")
            mails.append(
                Mail(
                    kind=kind,
                    key=key,
                    organisation_id=organisation.id,
                    organisation_name=organisation.acronym,
                    to=self._recipients(delegates),
                    subject=subject,
                    body=body,
                    attachments=(
                        Attachment(f"{name}.docx", DOCX_TYPE, response_form_docx(form)),
                        Attachment(f"{name}.xlsx", XLSX_TYPE, response_form_xlsx(form)),
                    ),
                )
            )
        return MailBatch(tuple(mails), unreachable)

    # -- drafts ---------------------------------------------------------------------------------

    def draft_mails(
        self, opinion_id: int, version: int | None = None, *, dry_run: bool = False
    ) -> MailBatch:
        """The opinion's Word export to each organisation concerned, named for it.

        The organisations are the working group's members (the body's members for an opinion
        of no group). The file's name holds the organisation's acronym, which is how the review
        import recognises who sent it back; the export is recorded once, so every returned copy
        is read against the text that was sent. It is recorded only when a message will go out:
        not for a dry run (`dry_run`), nor when every message is already in the outbox (the
        same text sent again queues nothing, and the earlier export stands).
        """
        from deliberation.services.opinion_export import ExportOptions, export_opinion

        opinions = self.root.opinions
        snap = opinions.opinion(opinion_id)
        if snap.group_id is not None:
            members: Iterable[int] = self.root.referential.group(snap.group_id).member_ids
        else:
            members = [o.id for o in self.root.referential.organisations() if o.is_member]
        reached, unreachable = self._reachable(members)
        if version is None:
            marker = f"t{opinions.text_revision(opinion_id)}"
            version_label = f"texte du {long_date(self.root.today(), weekday=False)}"
        else:
            opinions.version(opinion_id, version)  # NotFoundError: one sentence
            marker = f"v{version}"
            version_label = f"version {version}"
        if not reached:
            return MailBatch((), unreachable)
        keys = [f"draft:{snap.uuid}:{marker}:{o.uuid}" for o, _ in reached]
        record = not dry_run and not set(keys) <= self.root.outbox.known(keys)
        with tempfile.TemporaryDirectory(prefix="deliberation-mail-") as folder:
            target = Path(folder) / "projet.docx"
            export_opinion(
                self.root, opinion_id, target, ExportOptions(version=version), record=record
            )
            data = target.read_bytes()
        kind = OPINION_KINDS.get(snap.kind, snap.kind.capitalize())
        mails = []
        for (organisation, delegates), key in zip(reached, keys, strict=True):
            version_part = version_label if version is not None else ""
            name = file_name(snap.title, version_part, f"retour {organisation.acronym}") + ".docx"
            fields = self._common(organisation) | {
                "opinion": snap.title,
                "kind": kind,
                "version": version_label,
                "file": name,
            }
            subject, body = self._write("draft", fields)
            mails.append(
                Mail(
                    kind="draft",
                    key=key,
                    organisation_id=organisation.id,
                    organisation_name=organisation.acronym,
                    to=self._recipients(delegates),
                    subject=subject,
                    body=body,
                    attachments=(Attachment(name, DOCX_TYPE, data),),
                )
            )
        return MailBatch(tuple(mails), unreachable)


def _meeting_label(details: MeetingDetails) -> str:
    from deliberation.exports.calendar import summary

    meeting = details.meeting
    text = summary(details)
    for prefix in ("Annulée : ", "Reportée : "):
        text = text.removeprefix(prefix)
    return text or meeting.title


def _meeting_fields(details: MeetingDetails) -> dict[str, str]:
    meeting = details.meeting
    agenda = [
        f"{timed.number}. {clock(timed.start)} — {timed.item.title}" for timed in details.schedule
    ]
    return {
        "meeting": _meeting_label(details),
        "date": long_date(meeting.day),
        "start": clock(meeting.start),
        "end": clock(meeting.end),
        "place": f"Lieu : {meeting.place}\n" if meeting.place else "",
        "video": f"Visioconférence : {meeting.video_link}\n" if meeting.video_link else "",
        "agenda": "\n".join(agenda) or "(à venir)",
    }
