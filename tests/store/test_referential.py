"""Store queries return every record they should (regressions found while building the demo)."""

from __future__ import annotations

from deliberation.records.referential import GroupInput
from deliberation.services.referential import Referential


def test_groups_lists_every_group(referential: Referential) -> None:
    themes = referential.themes()
    for number, name in enumerate(["Sobriété numérique", "Achat public", "ENT"]):
        referential.apply_group(referential.new_group(GroupInput(name, themes[number].id)))
    assert [g.name for g in referential.groups()] == ["Achat public", "ENT", "Sobriété numérique"]
