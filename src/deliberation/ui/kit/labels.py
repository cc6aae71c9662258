"""French wording of codes shown on screen: roles, statuses, shortened texts, search folding."""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import QCoreApplication

from deliberation.records.referential import DELEGATE_ROLES, GROUP_STATUSES

ROLES = tuple(DELEGATE_ROLES)
STATUSES = tuple(GROUP_STATUSES)
CELL_LIMIT = 110
"""Characters of a long text shown in a cell; the whole text is in its tooltip."""


def role_label(role: str) -> str:
    """'titular' → 'Titulaire'."""
    return QCoreApplication.translate("labels", DELEGATE_ROLES[role]) if role in ROLES else role


def status_label(status: str) -> str:
    """'preparing' → 'En préparation'."""
    if status not in STATUSES:
        return status
    return QCoreApplication.translate("labels", GROUP_STATUSES[status])


def short_title(title: str, limit: int = 40) -> str:
    """A title cut with « … » past `limit` characters."""
    return title if len(title) <= limit else title[: limit - 1] + "…"


def shortened(text: str, limit: int = CELL_LIMIT) -> str:
    """A text as one paragraph, cut with « … » past `limit` characters (whole in the tooltip)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def sort_date(day: date | None) -> str:
    """A key that sorts dates chronologically, unknown dates first."""
    return day.isoformat() if day else ""


def fold(text: str) -> str:
    """Lower-case, accent-free text, so that « regions » finds « Régions »."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
