"""Validation of what users type into the referential, with French messages."""

from __future__ import annotations

import re

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
        errors[field] = f"{named} ne doit pas dépasser {limit} caractères."
    return line


def is_valid_email(value: str) -> bool:
    return len(value) <= EMAIL_MAX and bool(_EMAIL.match(value))


def validate_organisation(data: OrganisationInput, known_kinds: set[str]) -> dict[str, str]:
    """Field → message for every rule the input breaks (empty when valid)."""
    errors: dict[str, str] = {}
    acronym = check_line(
        errors, "acronym", data.acronym, "Le sigle", ACRONYM_MAX, "Le sigle est obligatoire."
    )
    if "acronym" not in errors and not _ACRONYM.match(acronym):
        errors["acronym"] = "Le sigle contient des caractères non admis."
    check_line(errors, "name", data.name, "Le nom complet", NAME_MAX,
               "Le nom complet est obligatoire.")  # fmt: skip
    if data.kind_key not in known_kinds:
        errors["kind"] = "Choisissez le type d'organisation."
    return errors


def validate_delegate(data: DelegateInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(errors, "last_name", data.last_name, "Le nom", PERSON_NAME_MAX,
               "Le nom du délégué est obligatoire.")  # fmt: skip
    check_line(errors, "first_name", data.first_name, "Le prénom", PERSON_NAME_MAX,
               "Le prénom du délégué est obligatoire.")  # fmt: skip
    email = data.email.strip()
    if email and not is_valid_email(email):
        errors["email"] = f"L'adresse électronique « {email} » n'est pas valide."
    if data.role not in DELEGATE_ROLES:
        errors["role"] = "Le délégué est titulaire ou suppléant."
    return errors


def validate_group(data: GroupInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(errors, "name", data.name, "Le nom", NAME_MAX,
               "Le nom du groupe de travail est obligatoire.")  # fmt: skip
    if data.theme_id is None:
        errors["theme"] = "Choisissez le thème du groupe de travail."
    if data.status not in GROUP_STATUSES:
        errors["status"] = "Statut de groupe inconnu."
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "La date de fin précède la date de début."
    return errors
