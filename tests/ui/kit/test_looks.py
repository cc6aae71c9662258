"""How stances and statuses read on screen: a glyph and a French label, never colour alone."""

from __future__ import annotations

from deliberation.records.positions import CONSENSUS_STATUSES, STANCES
from deliberation.ui.kit.looks import (
    STANCE_LOOKS,
    STATUS_LOOKS,
    chip_style,
    stance_text,
    status_label,
)


def test_every_stance_and_status_has_a_look_with_a_glyph() -> None:
    assert set(STANCE_LOOKS) == set(STANCES)
    assert set(STATUS_LOOKS) == set(CONSENSUS_STATUSES)
    for look in (*STANCE_LOOKS.values(), *STATUS_LOOKS.values()):
        assert look.glyph.strip() and look.label
        assert look.background != look.foreground


def test_stances_read_with_their_glyph_and_an_unanswered_one_is_blank() -> None:
    assert stance_text("favorable") == "✓ Favorable"
    assert stance_text("unfavorable") == "✗ Défavorable"
    assert stance_text(None) == ""
    assert stance_text("inconnue") == "inconnue"  # shown as stored rather than hidden


def test_statuses_read_in_french_and_chips_carry_their_colours() -> None:
    assert status_label("disputed") == CONSENSUS_STATUSES["disputed"]
    assert status_label("autre") == "autre"
    style = chip_style("#d9f0dd", "#1d5e2c")
    assert "background: #d9f0dd" in style and "color: #1d5e2c" in style
