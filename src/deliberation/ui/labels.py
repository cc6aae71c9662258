"""French wording of codes shown on screen: roles, statuses, dates, search folding."""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import QCoreApplication

ROLES = ("titular", "alternate")
STATUSES = ("preparing", "active", "closed")


def role_label(role: str) -> str:
    """'titular' → 'Titulaire'."""
    if role == "titular":
        return QCoreApplication.translate("labels", "Titulaire")
    if role == "alternate":
        return QCoreApplication.translate("labels", "Suppléant")
    return role


def status_label(status: str) -> str:
    """'preparing' → 'En préparation'."""
    if status == "preparing":
        return QCoreApplication.translate("labels", "En préparation")
    if status == "active":
        return QCoreApplication.translate("labels", "Actif")
    if status == "closed":
        return QCoreApplication.translate("labels", "Clos")
    return status


def format_date(day: date | None) -> str:
    """A date the French way (01/10/2015); empty when unknown."""
    return day.strftime("%d/%m/%Y") if day else ""


def sort_date(day: date | None) -> str:
    """A key that sorts dates chronologically, unknown dates first."""
    return day.isoformat() if day else ""


def fold(text: str) -> str:
    """Lower-case, accent-free text, so that « regions » finds « Régions »."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
