"""Validation of what users type into the referential, with French messages."""

from __future__ import annotations

import re

from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.referential import (
    DELEGATE_ROLES,
    GROUP_STATUSES,
    DelegateInput,
    GroupInput,
    OrganisationInput,
)

ACRONYM_MAX = 30
NAME_MAX = 300
PERSON_NAME_MAX = 120
EMAIL_MAX = 254
# Identifiers and version numbers stay within PostgreSQL's INTEGER (SQLite's is wider): a larger
# number names no record, and must be refused before it reaches the database driver.
ID_MAX = 2**31 - 1

# Deliberately simple: one @, a dot in the domain, no spaces. Real checking is sending mail.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_DIGITS = re.compile(r"[0-9]+")
_ACRONYM = re.compile(r"^[\w][\w.&'’ -]*$")


def parse_identifier(text: str) -> int | None:
    """A positive whole number in ASCII digits (« 12 », not « ¹² » nor « 1e3 ») up to ID_MAX;
    None for anything else."""
    text = text.strip()
    if not _DIGITS.fullmatch(text):
        return None
    significant = text.lstrip("0")
    if len(significant) > len(str(ID_MAX)):  # int() of thousands of digits is refused
        return None
    number = int(significant or "0")
    return number if 0 < number <= ID_MAX else None


def is_identifier(number: int) -> bool:
    """Whether a number can name a record (1 to ID_MAX)."""
    return 0 < number <= ID_MAX


def clean_line(value: str) -> str:
    """Collapse the whitespace of a one-line value and drop control characters."""
    return " ".join("".join(ch for ch in value if ch.isprintable() or ch.isspace()).split())


def clean_text(value: str) -> str:
    """Multi-line text: control characters dropped (tabs and line breaks kept), ends trimmed."""
    kept = "".join(ch for ch in value.replace("\r\n", "\n").replace("\r", "\n")
                   if ch.isprintable() or ch in "\n\t")  # fmt: skip
    return kept.replace("\u00a0", " ").strip()


def check_line(
    errors: dict[str, str], field: str, value: str, named: str, limit: int, required: str = ""
) -> str:
    """Check a one-line value and return it cleaned: when it is empty, `required` (if given) is
    the message on `field`; when longer than `limit`, « `named` ne doit pas dépasser… »."""
    line = clean_line(value)
    if not line:
        if required:
            errors[field] = required
    elif len(line) > limit:
        errors[field] = Sentence(
            QT_TRANSLATE_NOOP("errors", "{named} ne doit pas dépasser {limit} caractères."),
            named=named,
            limit=limit,
        )
    return line


def is_valid_email(value: str) -> bool:
    return len(value) <= EMAIL_MAX and bool(_EMAIL.match(value))


def validate_organisation(data: OrganisationInput, known_kinds: set[str]) -> dict[str, str]:
    """Field → message for every rule the input breaks (empty when valid)."""
    errors: dict[str, str] = {}
    acronym = check_line(
        errors,
        "acronym",
        data.acronym,
        QT_TRANSLATE_NOOP("errors", "Le sigle"),
        ACRONYM_MAX,
        QT_TRANSLATE_NOOP("errors", "Le sigle est obligatoire."),
    )
    if "acronym" not in errors and not _ACRONYM.match(acronym):
        errors["acronym"] = QT_TRANSLATE_NOOP(
            "errors", "Le sigle contient des caractères non admis."
        )
    check_line(
        errors,
        "name",
        data.name,
        QT_TRANSLATE_NOOP("errors", "Le nom complet"),
        NAME_MAX,
        QT_TRANSLATE_NOOP("errors", "Le nom complet est obligatoire."),
    )
    if data.kind_key not in known_kinds:
        errors["kind"] = QT_TRANSLATE_NOOP("errors", "Choisissez le type d'organisation.")
    return errors


def validate_delegate(data: DelegateInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(
        errors,
        "last_name",
        data.last_name,
        QT_TRANSLATE_NOOP("errors", "Le nom"),
        PERSON_NAME_MAX,
        QT_TRANSLATE_NOOP("errors", "Le nom du délégué est obligatoire."),
    )
    check_line(
        errors,
        "first_name",
        data.first_name,
        QT_TRANSLATE_NOOP("errors", "Le prénom"),
        PERSON_NAME_MAX,
        QT_TRANSLATE_NOOP("errors", "Le prénom du délégué est obligatoire."),
    )
    email = data.email.strip()
    if email and not is_valid_email(email):
        errors["email"] = Sentence(
            QT_TRANSLATE_NOOP("errors", "L'adresse électronique « {email} » n'est pas valide."),
            email=email,
        )
    if data.role not in DELEGATE_ROLES:
        errors["role"] = QT_TRANSLATE_NOOP("errors", "Le délégué est titulaire ou suppléant.")
    return errors


def validate_group(data: GroupInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(
        errors,
        "name",
        data.name,
        QT_TRANSLATE_NOOP("errors", "Le nom"),
        NAME_MAX,
        QT_TRANSLATE_NOOP("errors", "Le nom du groupe de travail est obligatoire."),
    )
    if data.theme_id is None:
        errors["theme"] = QT_TRANSLATE_NOOP("errors", "Choisissez le thème du groupe de travail.")
    if data.status not in GROUP_STATUSES:
        errors["status"] = QT_TRANSLATE_NOOP("errors", "Statut de groupe inconnu.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = QT_TRANSLATE_NOOP("errors", "La date de fin précède la date de début.")
    return errors
