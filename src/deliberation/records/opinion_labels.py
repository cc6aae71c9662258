"""The French names of an opinion's kinds and stages, apart from the opinion's records so that
the window's first page (Accueil) names them without loading those."""

from __future__ import annotations

from deliberation.records.i18n import QT_TRANSLATE_NOOP

OPINION_KINDS = {
    "avis": QT_TRANSLATE_NOOP("labels", "Avis"),
    "recommandation": QT_TRANSLATE_NOOP("labels", "Recommandation"),
    "contribution": QT_TRANSLATE_NOOP("labels", "Contribution"),
}
OPINION_STATUSES = {  # in their usual order
    "draft": QT_TRANSLATE_NOOP("labels", "Projet"),
    "consultation": QT_TRANSLATE_NOOP("labels", "En consultation"),
    "consolidated": QT_TRANSLATE_NOOP("labels", "Consolidé"),
    "adopted": QT_TRANSLATE_NOOP("labels", "Adopté"),
    "published": QT_TRANSLATE_NOOP("labels", "Publié"),
    "abandoned": QT_TRANSLATE_NOOP("labels", "Abandonné"),
}
