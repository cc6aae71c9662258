"""Template filling: fields filled, one line for subjects, a sentence for a wrong field."""

from __future__ import annotations

import pytest

from deliberation.errors import ResourceError
from deliberation.rules.mail_wording import check_template, fill_body, fill_subject


def test_subjects_are_one_line_and_bodies_lose_their_blank_ends() -> None:
    fields = {"meeting": "Plénière", "date": "mardi 7 avril 2026"}
    assert fill_subject("Convocation :\n {meeting}  du {date} ", fields) == (
        "Convocation : Plénière du mardi 7 avril 2026"
    )
    assert fill_body("\nBonjour,  \n\n{meeting}\n\n", fields) == "Bonjour,\n\nPlénière\n"
    assert fill_body("Accolades : {{ }}", {}) == "Accolades : { }\n"


def test_an_unknown_or_malformed_field_is_one_sentence() -> None:
    check_template("convocation", "subject", "{meeting} {date} {organisation}", "")
    with pytest.raises(ResourceError, match=r"de l'application contient le champ \{deadline\}"):
        check_template("convocation", "subject", "{deadline}", "")
    with pytest.raises(ResourceError, match=r"du fichier « a.toml » contient le champ \{\}"):
        check_template("draft", "body", "{}", "a.toml")
    with pytest.raises(ResourceError, match="accolade seule"):
        check_template("draft", "body", "Texte { sans fin", "a.toml")
