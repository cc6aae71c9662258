"""Codes of positions and of consensus statuses, with their French wording (written once here)."""

from __future__ import annotations

STANCES = {
    "favorable": "Favorable",
    "reserved": "Favorable sous réserve",
    "unfavorable": "Défavorable",
    "abstention": "Abstention",
    "not_expressed": "Non exprimée",
}
CONSENSUS_STATUSES = {
    "consensus": "Consensus",
    "consensus_with_reservations": "Consensus avec réserves",
    "disputed": "Contesté",
    "not_enough_answers": "Réponses insuffisantes",
}
