"""Seeding: the committee's composition arrives once and never overwrites a user's change."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from deliberation.records.referential import OrganisationInput
from deliberation.services.referential import Referential
from deliberation.services.root import Root, open_root

CURRENT = {
    "MEN", "CDC", "AMF", "AMRF", "ADF", "RdF", "FU", "RFVE", "AVI", "VF", "AVICCA", "APVF",
    "FNCCR", "DECLIC",
}  # fmt: skip


def dump(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in tables}


def test_new_store_holds_the_2025_composition_and_the_2015_history(referential: Referential):
    organisations = {o.acronym: o for o in referential.organisations()}
    assert {a for a, o in organisations.items() if o.is_member} == CURRENT
    assert {a for a, o in organisations.items() if not o.is_member} == {"MEIN", "AMVBF"}
    assert organisations["RdF"].name == "Régions de France"
    assert organisations["RdF"].former_acronyms == ("ARF",)
    assert organisations["FU"].former_acronyms == ("AMGVF",)
    history = referential.organisation(organisations["FU"].id).former_names
    assert history[0].name == "Association des Maires de Grandes Villes de France"
    themes = referential.themes()
    assert [t.number for t in themes] == [1, 2, 3, 4, 5, 6]
    assert themes[4].title == "Infrastructures et équipements"
    assert referential.body().name == "Comité des partenaires du numérique pour l'éducation"


def test_seeding_twice_changes_nothing(opened: Root, store_path: Path) -> None:
    opened.close()
    before = dump(store_path)
    again = open_root(str(store_path))
    assert not again.seeded.changed
    again.close()
    assert dump(store_path) == before


def test_seeding_never_overwrites_or_resurrects_what_a_user_changed(
    opened: Root, store_path: Path
) -> None:
    ref = opened.referential
    amf = next(o for o in ref.organisations() if o.acronym == "AMF")
    before = ref.organisation(amf.id)
    ref.apply_organisation(
        ref.edited_organisation(
            before,
            OrganisationInput(
                "AMF",
                "Association des maires de France et des présidents d'intercommunalité",
                "elected_officials",
            ),
        )
    )
    declic = next(o for o in ref.organisations() if o.acronym == "DECLIC")
    ref.remove_organisation(ref.organisation(declic.id))
    opened.close()

    again = open_root(str(store_path))
    names = {o.acronym: o.name for o in again.referential.organisations()}
    again.close()
    assert names["AMF"].endswith("présidents d'intercommunalité")
    assert "DECLIC" not in names


def test_seed_skips_an_organisation_the_user_already_created(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    first = open_root(str(path))
    ref = first.referential
    vf = next(o for o in ref.organisations() if o.acronym == "VF")
    ref.remove_organisation(ref.organisation(vf.id))
    snap = ref.new_organisation(OrganisationInput("VF", "Villes de France (saisie)", "other"))
    ref.apply_organisation(replace(snap))
    first.close()
    with closing(sqlite3.connect(path)) as db:
        db.execute("DELETE FROM seed_record WHERE key = 'organisation:vf'")
        db.commit()
    again = open_root(str(path))
    names = [o.name for o in again.referential.organisations() if o.acronym == "VF"]
    again.close()
    assert names == ["Villes de France (saisie)"]


def test_another_body_is_just_another_data_file(tmp_path: Path) -> None:
    path = tmp_path / "edtech.sqlite3"
    data = Path(__file__).parents[1] / "fixtures" / "edtech.toml"
    first = open_root(str(path), data)
    assert first.referential.body().name == "Comité de filière ÉdTech"
    assert [o.acronym for o in first.referential.organisations()] == ["AFINEF"]
    first.close()
    # Opening it later the ordinary way (the window, `init`) adds nothing of the committee.
    again = open_root(str(path))
    assert not again.seeded.changed
    assert [o.acronym for o in again.referential.organisations()] == ["AFINEF"]
    assert [t.title for t in again.referential.themes()] == ["Contrat de filière"]
    again.close()
