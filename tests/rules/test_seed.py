"""check_seed: a body's composition file is refused, in French and by entry, before seeding."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from deliberation.errors import ResourceError
from deliberation.resources import load_toml, resource_path
from deliberation.rules.seed import check_seed

BODY = {"key": "x", "name": "Instance", "short_name": "X"}


def test_the_shipped_composition_passes() -> None:
    check_seed(load_toml(resource_path("seed", "committee.toml")), "committee.toml")


@pytest.mark.parametrize(
    ("data", "fragments"),
    [
        ({"themes": [{"key": "t", "title": "T", "number": float("inf")}]}, ("« inf »",)),
        ({"themes": [{"key": "t", "title": "T", "number": 10**30}]}, ("31 chiffres",)),
        ({"themes": [{"key": "t", "title": "T", "number": True}]}, ("« number »",)),
        ({"themes": [{"key": "t", "title": "T"}]}, ("il manque le champ « number »",)),
        ({"kinds": "state"}, ("« kinds » doit être une liste",)),
        ({"kinds": [{"key": "k", "label": " "}]}, ("« label »", "est vide")),
        ({"body": {"key": "x", "name": 3, "short_name": "X"}}, ("« name »", "section [body]")),
        (
            {"organisations": [{"key": "o", "acronym": "O", "name": "O", "kind": "k",
                                "former_names": [{"acronym": "A", "name": "A",
                                                  "from": "hier"}]}]},
            ("« from »", "ancien nom n° 1", "« hier »"),
        ),
    ],
    ids=["inf", "huge", "bool", "missing", "list", "empty", "type", "date"],
)  # fmt: skip
def test_a_bad_entry_is_named_with_its_value(data: dict[str, Any], fragments: tuple[str, ...]):
    with pytest.raises(ResourceError) as raised:
        check_seed({"body": BODY, **data}, "instance.toml")
    message = str(raised.value)
    assert message.startswith("Le fichier de données instance.toml est invalide : ")
    for fragment in fragments:
        assert fragment in message


def test_dates_may_be_toml_dates_or_texts() -> None:
    organisation = {"key": "o", "acronym": "O", "name": "O", "kind": "k",
                    "memberships": [{"start": date(2015, 10, 1), "end": "2020-01-31"}]}  # fmt: skip
    check_seed({"body": BODY, "organisations": [organisation]}, "instance.toml")
