"""Who may do what in an open store: the role of the person connected, and what it allows."""

from __future__ import annotations

from dataclasses import dataclass

from deliberation.records.i18n import QT_TRANSLATE_NOOP

SECRETARIAT = "secretariat"
RAPPORTEUR = "rapporteur"
LECTURE = "lecture"
ROLES = (SECRETARIAT, RAPPORTEUR, LECTURE)
ROLE_ALIASES = {
    "secretariat": SECRETARIAT,
    "secrétariat": SECRETARIAT,
    "rapporteur": RAPPORTEUR,
    "lecture": LECTURE,
    "reader": LECTURE,
}
"""The names `admin grant` accepts for each role (French spellings included)."""

ROLE_LABELS = {
    SECRETARIAT: QT_TRANSLATE_NOOP("labels", "secrétariat"),
    RAPPORTEUR: QT_TRANSLATE_NOOP("labels", "rapporteur"),
    LECTURE: QT_TRANSLATE_NOOP("labels", "lecture"),
}


def role_named(text: str) -> str | None:
    """The role a name given by the user stands for, or None when it names none."""
    return ROLE_ALIASES.get(text.strip().casefold())


@dataclass(frozen=True)
class Capabilities:
    """What the person using the store may change, as the database server enforces it.

    `role` is None for a store that is one person's (a SQLite file: everything is allowed, as it
    is for a shared base's owner or a login outside the three roles that holds every right);
    otherwise the role the login holds. Each flag says whether one part of the store may be
    written; the window hides or disables what is not.
    """

    role: str | None = None
    shared: bool = False
    referential: bool = True
    meetings: bool = True
    positions: bool = True
    opinions: bool = True
    mail: bool = True

    @property
    def writes_anything(self) -> bool:
        return self.referential or self.meetings or self.positions or self.opinions or self.mail

    @property
    def note(self) -> str:
        """The status bar's note of the role (empty for a store that is one person's)."""
        if not self.shared:
            return ""
        if not self.writes_anything:
            return "Connecté en lecture seule"
        if self.role == RAPPORTEUR:
            return "Rôle : rapporteur"
        if self.role == SECRETARIAT:
            return "Rôle : secrétariat"
        return ""


EVERYTHING = Capabilities()
"""A store that is one person's: every change is allowed."""


def for_role(role: str, *, shared: bool = True) -> Capabilities:
    """The capabilities one of the three roles gives."""
    if role in (LECTURE, RAPPORTEUR):  # a rapporteur writes the opinions only
        return Capabilities(
            role,
            shared,
            referential=False,
            meetings=False,
            positions=False,
            opinions=role == RAPPORTEUR,
            mail=False,
        )
    return Capabilities(role, shared)
