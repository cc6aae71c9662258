"""Checks a body's composition file (the seed) before anything is written, in French."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from deliberation.errors import ResourceError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.rules.validation import ID_MAX

# What each kind of entry holds: required text fields, optional text fields.
_SECTIONS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "kinds": ("type d'organisation", ("key", "label"), ()),
    "themes": ("thème", ("key", "title"), ("description",)),
    "organisations": ("organisation", ("key", "acronym", "name", "kind"), ("notes",)),
}
_BODY_TEXTS = (("key", "name", "short_name"), ("secretariat",))
_MEMBERSHIP = (("start",), ("end",), ("note",))  # dates, optional dates, optional texts
_FORMER_NAME = (("from", "until"), ("acronym", "name"), ("note",))  # optional dates, texts…


def check_seed(data: dict[str, Any], file_name: str) -> None:
    """Raise a ResourceError naming the file, the entry and the value when `data` (a parsed
    composition file) is not what seeding expects; nothing has been written yet."""
    checker = _Checker(file_name)
    body = data.get("body")
    if body is not None:
        where = "section [body]"
        checker.table(body, where)
        checker.texts(body, where, *_BODY_TEXTS)
    for section, (named, required, optional) in _SECTIONS.items():
        entries = data.get(section, [])
        if not isinstance(entries, list):
            checker.fail(f"« {section} » doit être une liste d'entrées [[{section}]]")
        for index, entry in enumerate(entries, start=1):
            where = f"{named} n° {index} de [[{section}]]"
            checker.table(entry, where)
            checker.texts(entry, where, required, optional)
            if section == "themes":
                checker.number(entry, where, "number")
            if section == "organisations":
                checker.organisation(entry, where)


class _Checker:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, reason: str) -> None:
        raise ResourceError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Le fichier de données {file_name} est invalide : {reason}."
                ),
                file_name=self.file_name,
                reason=reason,
            )
        )

    def table(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.fail(f"{where} : une table de champs (clé = valeur) est attendue")

    def texts(
        self,
        entry: dict[str, Any],
        where: str,
        required: tuple[str, ...],
        optional: tuple[str, ...],
    ) -> None:
        for name in required:
            if name not in entry:
                self.fail(f"il manque le champ « {name} » ({where})")
        for name in (*required, *optional):
            if name in entry and not isinstance(entry[name], str):
                self.fail(f"le champ « {name} » ({where}) doit être un texte entre guillemets")
            if name in required and not entry[name].strip():
                self.fail(f"le champ « {name} » ({where}) est vide")

    def number(self, entry: dict[str, Any], where: str, name: str) -> None:
        if name not in entry:
            self.fail(f"il manque le champ « {name} » ({where})")
        value = entry[name]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= ID_MAX:
            self.fail(
                f"le champ « {name} » ({where}) doit être un nombre entier de 1 à {ID_MAX} "
                f"(et non « {_shown(value)} »)"
            )

    def dates(
        self, entry: dict[str, Any], where: str, names: tuple[str, ...], required: bool
    ) -> None:
        for name in names:
            if name not in entry:
                if required:
                    self.fail(f"il manque le champ « {name} » ({where})")
                continue
            value = entry[name]
            if not _is_day(value):
                self.fail(
                    f"le champ « {name} » ({where}) doit être une date (AAAA-MM-JJ), et non "
                    f"« {_shown(value)} »"
                )

    def organisation(self, entry: dict[str, Any], where: str) -> None:
        for section, named in (("memberships", "période"), ("former_names", "ancien nom")):
            periods = entry.get(section, [])
            if not isinstance(periods, list):
                self.fail(f"le champ « {section} » ({where}) doit être une liste")
            for index, period in enumerate(periods, start=1):
                inner = f"{named} n° {index} de {where}"
                self.table(period, inner)
                if section == "memberships":
                    starts, ends, notes = _MEMBERSHIP
                    self.dates(period, inner, starts, required=True)
                    self.dates(period, inner, ends, required=False)
                    self.texts(period, inner, (), notes)
                else:
                    bounds, texts, notes = _FORMER_NAME
                    self.dates(period, inner, bounds, required=False)
                    self.texts(period, inner, texts, notes)


def _is_day(value: Any) -> bool:
    """A TOML date (not a date and time) or a text in the form AAAA-MM-JJ."""
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _shown(value: Any, limit: int = 40) -> str:
    """A value as the file wrote it, cut when too long to read."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"{str(value)[:10]}… ({len(str(abs(value)))} chiffres)"
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
