"""Records of response forms: what a form sent to an organisation asks, and what came back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID


@dataclass(frozen=True)
class FormSubject:
    """One subject of a response form: its number in the form, its identity and its wording."""

    number: int
    uuid: UUID
    label: str
    text: str = ""  # the paragraph's full text, for a subject that is a paragraph of an opinion


@dataclass(frozen=True)
class ResponseForm:
    """A response form made for one consulted organisation."""

    consultation_uuid: UUID
    consultation_title: str
    question: str
    deadline: date | None
    committee: str
    organisation_uuid: UUID
    organisation_acronym: str
    organisation_name: str
    subjects: tuple[FormSubject, ...]


@dataclass(frozen=True)
class FormAnswer:
    """What an organisation wrote for one subject of its form (texts as typed, stance raw)."""

    number: int
    subject_uuid: UUID | None
    stance: str  # the text in the stance cell, "" when left empty
    reservation: str = ""
    reasons: str = ""
    amendment: str = ""


@dataclass(frozen=True)
class ReturnedForm:
    """A returned response form as the reader gives it."""

    file_name: str
    consultation_uuid: UUID | None
    organisation_uuid: UUID | None
    answers: tuple[FormAnswer, ...]
