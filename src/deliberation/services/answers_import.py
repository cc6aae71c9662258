"""Taking back a returned response form: preview the positions it gives, then record them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.errors import ConflictError, ReviewFileError, ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.positions import STANCES, PositionInput, PositionRecord
from deliberation.review.answers_reader import read_answers
from deliberation.store import positions as q

if TYPE_CHECKING:
    from deliberation.services.root import Root

SOURCE = "form"  # « Formulaire »
FORM_IMPORTED_MEANWHILE = (
    "Le formulaire « %1 » vient d'être importé par un autre poste (ou une autre fenêtre) : "
    "rien n'a été importé de nouveau."
)
ROW_STATUSES = {
    "new": QT_TRANSLATE_NOOP("labels", "Nouvelle"),
    "changed": QT_TRANSLATE_NOOP("labels", "Modifiée"),
    "same": QT_TRANSLATE_NOOP("labels", "Déjà enregistrée"),
}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace("’", "'").replace("-", " ").split()).strip(" .")


_STANCE_WORDS = {_plain(label): key for key, label in STANCES.items()} | {
    _plain(key.replace("_", " ")): key for key in STANCES
} | {
    "favorable avec reserve": "reserved",
    "favorable avec reserves": "reserved",
    "favorable sous reserves": "reserved",
    "avis favorable": "favorable",
    "avis defavorable": "unfavorable",
    "non exprime": "not_expressed",
    "sans avis": "not_expressed",
}  # fmt: skip


def stance_of(text: str) -> str | None:
    """The stance a participant wrote (a label of the list, with or without accents), if any."""
    return _STANCE_WORDS.get(_plain(text))


@dataclass(frozen=True)
class AnswerRow:
    """One subject's answer as the import would record it."""

    number: int
    subject_id: int
    subject_label: str
    record: PositionRecord
    status: str  # a key of ROW_STATUSES


@dataclass(frozen=True)
class AnswersPreview:
    """What importing a form would record, before anything is written."""

    file_name: str
    consultation_id: int
    consultation_title: str
    organisation_id: int
    organisation_acronym: str
    rows: tuple[AnswerRow, ...]
    blank: tuple[int, ...] = ()  # numbers of the subjects left without a stance

    @property
    def to_write(self) -> tuple[AnswerRow, ...]:
        return tuple(row for row in self.rows if row.status != "same")


class AnswersImport:
    """Reads returned response forms into positions of the organisation that answered."""

    def __init__(self, root: Root) -> None:
        self.root = root
        self.positions = root.positions

    def preview(self, path: Path, organisation: str | int | None = None) -> AnswersPreview:
        """What importing `path` would record (nothing is written); one sentence if it cannot."""
        path = Path(path).expanduser()
        form = read_answers(path)
        name = form.file_name
        by_uuid = {c.uuid: c.id for c in self.positions.consultations()}
        consultation_id = by_uuid.get(form.consultation_uuid) if form.consultation_uuid else None
        if consultation_id is None:
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le formulaire « {name} » répond à une consultation que cette "
                        "base ne connaît pas (autre base, ou consultation supprimée) : "
                        "rien n'a été importé.",
                    ),
                    name=name,
                )
            )
        snap = self.positions.consultation(consultation_id)
        org_id, acronym = self._organisation(name, form.organisation_uuid, organisation)
        if org_id not in snap.consulted:
            raise ValidationError(
                {
                    "organisation": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{acronym} n'est pas consultée sur « {title} » : rien n'a été importé.",
                        ),
                        acronym=acronym,
                        title=snap.title,
                    )
                }
            )
        subjects = {s.uuid: s for s in snap.subjects}
        current = {
            p.subject_id: p
            for p in self.positions.positions(consultation_id)
            if p.organisation_id == org_id
        }
        rows: list[AnswerRow] = []
        blank: list[int] = []
        for answer in form.answers:
            subject = subjects.get(answer.subject_uuid) if answer.subject_uuid else None
            if subject is None:
                raise ReviewFileError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le sujet n° {number} du formulaire « {name} » n'est pas un "
                            "sujet de la consultation « {title} » : rien n'a été importé.",
                        ),
                        number=answer.number,
                        name=name,
                        title=snap.title,
                    )
                )
            if not answer.stance:
                if answer.reservation or answer.reasons or answer.amendment:
                    raise ReviewFileError(
                        Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Le sujet n° {number} du formulaire « {name} » a un texte mais "
                                "pas de position : choisissez-la dans la liste, puis importez à "
                                "nouveau.",
                            ),
                            number=answer.number,
                            name=name,
                        )
                    )
                blank.append(answer.number)
                continue
            stance = stance_of(answer.stance)
            if stance is None:
                raise ReviewFileError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "La position « {stance} » du sujet n° {number} du formulaire "
                            "« {name} » n'est pas l'une de la liste ({stances}) : rien n'a été "
                            "importé.",
                        ),
                        stance=answer.stance,
                        number=answer.number,
                        name=name,
                        stances=", ".join(STANCES.values()),  # the form's words: French
                    )
                )
            data = PositionInput(
                subject_id=subject.id,
                organisation_id=org_id,
                stance=stance,
                reservation=answer.reservation,
                reasons=answer.reasons,
                amendment=answer.amendment,
                source=SOURCE,
            )
            before = current.get(subject.id)
            try:
                if before is None:
                    record, status = self.positions.new_position(data), "new"
                else:
                    record = self.positions.edited_position(before, data)
                    status = "same" if _same(before, record) else "changed"
            except ValidationError as error:
                raise ValidationError(
                    {
                        "form": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors", "Sujet n° {number} : {error} Rien n'a été importé."
                            ),
                            number=answer.number,
                            error=error,
                        )
                    }
                ) from None
            rows.append(AnswerRow(answer.number, subject.id, subject.label, record, status))
        if not rows:
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le formulaire « {name} » ne donne aucune position : chaque "
                        "sujet est resté sans réponse.",
                    ),
                    name=name,
                )
            )
        return AnswersPreview(
            file_name=name,
            consultation_id=consultation_id,
            consultation_title=snap.title,
            organisation_id=org_id,
            organisation_acronym=acronym,
            rows=tuple(rows),
            blank=tuple(blank),
        )

    def _organisation(
        self, name: str, form_uuid: object, asked: str | int | None
    ) -> tuple[int, str]:
        organisations = self.root.referential.organisations()
        from_form = next((o for o in organisations if o.uuid == form_uuid), None)
        chosen = None
        if asked is not None:
            for record in organisations:
                if (isinstance(asked, int) and record.id == asked) or (
                    isinstance(asked, str)
                    and asked.strip().casefold()
                    in {record.acronym.casefold(), *(a.casefold() for a in record.former_acronyms)}
                ):
                    chosen = record
            if chosen is None:
                raise ValidationError(
                    {
                        "organisation": Sentence(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Aucune organisation n'a le sigle « {asked} » : choisissez l'une "
                                "des organisations du référentiel.",
                            ),
                            asked=asked,
                        )
                    }
                )
        if from_form is not None and chosen is not None and chosen.id != from_form.id:
            raise ValidationError(
                {
                    "organisation": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le formulaire « {name} » a été envoyé à {acronym}, pas à "
                            "{acronym2} : rien n'a été importé.",
                        ),
                        name=name,
                        acronym=from_form.acronym,
                        acronym2=chosen.acronym,
                    )
                }
            )
        found = chosen or from_form
        if found is None:
            raise ValidationError(
                {
                    "organisation": Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Le formulaire « {name} » ne dit pas quelle organisation répond "
                            ": indiquez-la (--org SIGLE).",
                        ),
                        name=name,
                    )
                }
            )
        return found.id, found.acronym

    def apply(self, preview: AnswersPreview) -> list[PositionRecord]:
        """Record the preview's new and changed positions in one transaction (all or none).

        The consultation's row is locked first (FOR UPDATE): two imports of one form at the
        same moment on a shared base run one after the other, and the second, finding the
        positions it would write already there, refuses in one sentence and writes nothing.
        """
        positions = self.positions
        with positions.store.writing("position") as session:
            q.lock_consultation(session, preview.consultation_id)
            stored = {
                p.subject_id: p
                for p in q.positions(session, preview.consultation_id)
                if p.organisation_id == preview.organisation_id
            }
            rows = preview.to_write
            if rows and all(
                row.subject_id in stored and _same(stored[row.subject_id], row.record)
                for row in rows
            ):
                raise ConflictError(FORM_IMPORTED_MEANWHILE.replace("%1", preview.file_name))
            return [
                q.position(session, q.save_position(session, row.record, positions.user))
                for row in preview.to_write
            ]


def _same(before: PositionRecord, after: PositionRecord) -> bool:
    return (before.stance, before.reservation, before.reasons, before.amendment) == (
        after.stance,
        after.reservation,
        after.reasons,
        after.amendment,
    )
