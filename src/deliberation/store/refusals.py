"""How a write the shared store's server refused is told: one French sentence naming what."""

from __future__ import annotations

import re

from sqlalchemy.exc import DBAPIError

from deliberation.store.schema import SEARCH_TABLE

INSUFFICIENT_PRIVILEGE = "42501"

# How a refused write names what it touched (« Vous n'avez pas le droit de modifier … »).
_TABLE_LABELS = {
    "body": "l'instance",
    "organisation_kind": "les types d'organisation",
    "organisation": "les organisations",
    "organisation_name": "les organisations",
    "membership": "les organisations",
    "delegate": "les délégués",
    "theme": "les thèmes",
    "seed_record": "le référentiel",
    "working_group": "les groupes de travail",
    "working_group_member": "les groupes de travail",
    "working_group_rapporteur": "les groupes de travail",
    "meeting": "les séances",
    "agenda_item": "les séances",
    "agenda_link": "les séances",
    "attendance": "les présences",
    "attendance_delegate": "les présences",
    "action": "les actions",
    "consultation": "les consultations",
    "consultation_subject": "les consultations",
    "consulted_organisation": "les consultations",
    "position": "les positions",
    "position_revision": "les positions",
    "opinion": "les avis",
    "opinion_rapporteur": "les avis",
    "opinion_agenda_link": "les avis",
    "opinion_status_change": "les avis",
    "opinion_paragraph": "le texte des avis",
    "opinion_version": "les versions des avis",
    "amendment": "les amendements",
    "opinion_comment": "les commentaires",
    "opinion_export": "les avis",
    "outbox_message": "la boîte d'envoi",
    "mail_settings": "les réglages d'envoi",
    SEARCH_TABLE: "l'index de recherche",
}


def refused_sentence(message: str) -> str:
    """One French sentence for a write the server refused, naming what it touched."""
    found = re.search(r"(?:table|relation|sequence) \"?([\w.]+)", message)
    name = found.group(1).rsplit(".", 1)[-1] if found else ""
    if name.endswith("_id_seq"):
        name = name.removesuffix("_id_seq")
    what = _TABLE_LABELS.get(name, "ces données")
    return f"Vous n'avez pas le droit de modifier {what} sur cette base partagée."


def is_refused(exc: DBAPIError) -> bool:
    """Whether a database error is the server refusing a right (insufficient privilege)."""
    orig = exc.orig
    return getattr(orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
