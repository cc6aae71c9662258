"""Styles and numbering of a Word file: names through w:basedOn, list formats by level."""

from __future__ import annotations

from deliberation.review.docx_styles import Style, Styles, folded


def test_names_follow_based_on_and_lists_their_format() -> None:
    styles = Styles(
        styles={
            "Listetirets": Style(("listetirets", "listeatirets"), "Normal", None, ("7", 0)),
            "Normal": Style(("normal",), "Listetirets", None, None),  # a loop ends
        },
        formats={"7": {0: "bullet"}, "9": {0: "lowerLetter", 1: "none"}},
    )
    assert folded("Liste à tirets") == "listeatirets"
    assert styles.names("Listetirets") == {"listetirets", "listeatirets", "normal"}
    assert styles.num("Normal") == ("7", 0)
    assert styles.list_kind("7", 0) == "bullet"
    assert (styles.list_kind("9", 0), styles.list_kind("9", 1), styles.list_kind("0", 0)) == (
        "number", "", ""
    )  # fmt: skip
