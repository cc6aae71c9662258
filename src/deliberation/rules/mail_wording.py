"""Filling the secretariat's message templates: their fields, and one sentence for a wrong one."""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

from deliberation.errors import ResourceError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

COMMON_FIELDS = ("organisation", "acronym", "committee", "sender")
TEMPLATE_FIELDS = {
    "convocation": (
        *COMMON_FIELDS, "meeting", "date", "start", "end", "place", "video", "agenda",
    ),
    "cancellation": (
        *COMMON_FIELDS, "meeting", "date", "start", "end", "place", "video", "agenda",
    ),
    "consultation": (
        *COMMON_FIELDS, "consultation", "question", "deadline", "subjects", "meeting",
    ),
    "reminder": (*COMMON_FIELDS, "consultation", "question", "deadline", "subjects", "meeting"),
    "draft": (*COMMON_FIELDS, "opinion", "kind", "version", "file"),
}  # fmt: skip
TEMPLATE_PARTS = ("subject", "body")


def check_template(kind: str, part: str, text: str, origin: str) -> None:
    """Refuse a template that names a field its kind does not fill, or is malformed.

    `origin` names the secretariat's file the template may come from, for the sentence.
    """
    allowed = TEMPLATE_FIELDS[kind]
    where = (
        Sentence(QT_TRANSLATE_NOOP("errors", "du fichier « {origin} »"), origin=origin)
        if origin
        else QT_TRANSLATE_NOOP("errors", "de l'application")
    )
    try:
        names = [field for _, field, _, _ in Formatter().parse(text) if field is not None]
    except ValueError:
        raise ResourceError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le modèle « {kind} » ({part}) {where} a une accolade seule : "
                    "écrivez {{{{ ou }}}} pour une accolade dans le texte.",
                ),
                kind=kind,
                part=part,
                where=where,
            )
        ) from None
    for name in names:
        if name not in allowed:
            shown = f"{{{name}}}" if name else "{}"
            raise ResourceError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le modèle « {kind} » ({part}) {where} contient le champ "
                        "{shown}, inconnu : les champs possibles sont {join}.",
                    ),
                    kind=kind,
                    part=part,
                    where=where,
                    shown=shown,
                    join=", ".join(f"{{{a}}}" for a in allowed),
                )
            )


def fill(text: str, fields: Mapping[str, str]) -> str:
    """The template with its fields filled (checked beforehand by `check_template`)."""
    return text.format_map(dict(fields))


def fill_subject(text: str, fields: Mapping[str, str]) -> str:
    """A subject line: filled, on one line, without surrounding spaces."""
    return " ".join(fill(text, fields).split())


def fill_body(text: str, fields: Mapping[str, str]) -> str:
    """A message body: filled, without the blank lines at its ends, with CRLF left to MIME."""
    lines = [line.rstrip() for line in fill(text, fields).strip("\n").splitlines()]
    return "\n".join(lines).strip() + "\n"
