"""The French names of an opinion's kinds and stages, apart from the opinion's records so that
the window's first page (Accueil) names them without loading those."""

from __future__ import annotations

OPINION_KINDS = {
    "avis": "Avis",
    "recommandation": "Recommandation",
    "contribution": "Contribution",
}
OPINION_STATUSES = {  # in their usual order
    "draft": "Projet",
    "consultation": "En consultation",
    "consolidated": "Consolidé",
    "adopted": "Adopté",
    "published": "Publié",
    "abandoned": "Abandonné",
}
