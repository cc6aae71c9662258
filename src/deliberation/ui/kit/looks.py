"""How stances and consensus statuses look on screen (glyphs, labels, colours) and chip styles."""

from __future__ import annotations

from dataclasses import dataclass

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.positions import CONSENSUS_STATUSES, NO_ANSWER
from deliberation.ui.kit.localize import label_text


@dataclass(frozen=True)
class Look:
    """How a stance or a status shows: a glyph (so that it reads without colour) and colours."""

    glyph: str
    label: str
    background: str
    foreground: str


STANCE_LOOKS = {
    "favorable": Look("✓", QT_TRANSLATE_NOOP("labels", "Favorable"), "#d9f0dd", "#1d5e2c"),
    "reserved": Look("✓", QT_TRANSLATE_NOOP("labels", "Sous réserve"), "#fcefc5", "#6f4b00"),
    "unfavorable": Look("✗", QT_TRANSLATE_NOOP("labels", "Défavorable"), "#f8d8d5", "#8c1d16"),
    "abstention": Look("○", QT_TRANSLATE_NOOP("labels", "Abstention"), "#e2e7ef", "#34445a"),
    "not_expressed": Look("–", QT_TRANSLATE_NOOP("labels", "Non exprimée"), "#ececea", "#55585c"),
}
UNANSWERED_LOOK = Look("·", NO_ANSWER, "#ffffff", "#55585c")  # no position recorded yet
STATUS_LOOKS = {
    "consensus": Look("●", CONSENSUS_STATUSES["consensus"], "#d9f0dd", "#1d5e2c"),
    "consensus_with_reservations": Look(
        "●", CONSENSUS_STATUSES["consensus_with_reservations"], "#fcefc5", "#6f4b00"
    ),
    "disputed": Look("●", CONSENSUS_STATUSES["disputed"], "#f8d8d5", "#8c1d16"),
    "not_enough_answers": Look("○", CONSENSUS_STATUSES["not_enough_answers"], "#ececea", "#55585c"),
}
"""A Look's label is French (a marked label): show it through localize.label_text."""


def stance_text(stance: str | None) -> str:
    """« ✓ Favorable »; empty when the organisation has not answered."""
    if stance is None:
        return ""
    look = STANCE_LOOKS.get(stance)
    return f"{look.glyph} {label_text(look.label)}" if look else stance


def status_label(status: str) -> str:
    """The consensus status as people read it: « Consensus », « Contesté »…"""
    return label_text(CONSENSUS_STATUSES.get(status, status))


def chip_style(background: str, foreground: str) -> str:
    """The style sheet of a label shown as a coloured chip."""
    return (
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px; "
        "padding: 3px 8px; font-weight: 600; }"
    )
