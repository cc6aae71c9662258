"""Two texts compared as the versions dialog shows them: summary, inline, side by side."""

from __future__ import annotations

from tests.ui.conftest import para

from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.rules.opinion_text import compare_texts
from deliberation.ui.opinions.diff_view import inline_html, side_by_side_html, summary


def test_the_diff_html_escapes_text_and_counts_every_kind_of_change() -> None:
    a, b, c, d = (para(t) for t in ("Alpha <b>", "Bêta & co", "Gamma", "Delta"))
    moved = [b, a, Paragraph(c.uuid, "paragraph", plain_lines("Gamma modifié")), para("Epsilon")]
    diffs = compare_texts([a, b, c, d], moved)
    assert summary(diffs) == "1 paragraphe modifié, 1 ajouté, 1 supprimé, 1 déplacé"
    assert summary(compare_texts([a], [a])) == "Aucune différence entre les deux textes."
    html = inline_html(diffs)
    assert "Alpha &lt;b&gt;" in html and "Bêta &amp; co" in html
    assert "Alpha <b>" not in html and "Bêta & co" not in html
    assert "1\u00a0→\u00a02" in html or "2\u00a0→\u00a01" in html
    side = side_by_side_html(diffs, "Version <1>", "Texte actuel")
    assert "Version &lt;1&gt;" in side
