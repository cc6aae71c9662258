"""Referential use cases: validation in French, snapshots that undo and redo exactly."""

from __future__ import annotations

from datetime import date

import pytest

from deliberation.errors import ValidationError
from deliberation.records.referential import DelegateInput, GroupInput, OrganisationInput
from deliberation.services.referential import Referential


def org_id(ref: Referential, acronym: str) -> int:
    return next(o.id for o in ref.organisations() if o.acronym == acronym)


def add_delegate(ref: Referential, acronym: str, last: str, role: str = "titular") -> int:
    record = ref.new_delegate(
        DelegateInput(org_id(ref, acronym), "Claire", last, role, f"{last.lower()}@exemple.fr")
    )
    return ref.apply_delegate(record).id


def test_acronym_must_be_unique_whatever_the_case(referential: Referential) -> None:
    with pytest.raises(ValidationError) as caught:
        referential.new_organisation(OrganisationInput("amf", "Autre", "other"))
    assert caught.value.messages == {"acronym": "Le sigle « amf » est déjà utilisé."}


def test_names_are_required_and_cleaned(referential: Referential) -> None:
    with pytest.raises(ValidationError) as caught:
        referential.new_organisation(OrganisationInput("  ", "\t", "nope"))
    assert set(caught.value.messages) == {"acronym", "name", "kind"}
    snap = referential.new_organisation(
        OrganisationInput(" ANDEV ", "Association  nationale des\x0bDRE", "other")
    )
    assert (snap.acronym, snap.name) == ("ANDEV", "Association nationale des DRE")


def test_create_undo_redo_keeps_id_and_uuid(referential: Referential) -> None:
    snap = referential.new_organisation(
        OrganisationInput("ANDEV", "Association nationale des directeurs de l'éducation", "other")
    )
    created = referential.apply_organisation(snap)
    assert created.id > 0 and created.uuid == snap.uuid
    referential.remove_organisation(created)
    assert "ANDEV" not in {o.acronym for o in referential.organisations()}
    again = referential.apply_organisation(created)
    assert (again.id, again.uuid) == (created.id, created.uuid)


def test_rename_keeps_the_former_name_and_undo_restores(referential: Referential) -> None:
    before = referential.organisation(org_id(referential, "AMRF"))
    after = referential.apply_organisation(
        referential.edited_organisation(
            before,
            OrganisationInput("AMRF", "Maires ruraux de France", "elected_officials"),
            keep_former_name=True,
            renamed_on=date(2026, 3, 1),
        )
    )
    assert after.name == "Maires ruraux de France"
    assert after.former_names[-1].name == "Association des Maires Ruraux de France"
    assert after.former_names[-1].valid_until == date(2026, 3, 1)
    restored = referential.apply_organisation(before)
    assert restored == before


def test_deactivate_closes_the_membership_and_reactivate_reopens(referential: Referential):
    ref = Referential(referential.store, today=date(2026, 11, 21))
    before = ref.organisation(org_id(ref, "APVF"))
    left = ref.apply_organisation(ref.with_membership(before, member=False))
    assert left.memberships[-1].end == date(2026, 11, 21)
    assert not next(o for o in ref.organisations() if o.acronym == "APVF").is_member
    back = ref.apply_organisation(ref.with_membership(left, member=True))
    assert back.memberships == before.memberships, "rejoining the same day reopens the period"
    later = Referential(ref.store, today=date(2027, 1, 15))
    left = later.apply_organisation(later.with_membership(back, member=False))
    again = Referential(ref.store, today=date(2027, 3, 1))
    rejoined = again.apply_organisation(again.with_membership(left, member=True))
    assert [(p.start, p.end) for p in rejoined.memberships] == [
        (date(2025, 5, 1), date(2027, 1, 15)),
        (date(2027, 3, 1), None),
    ]


def test_delegate_email_is_checked(referential: Referential) -> None:
    with pytest.raises(ValidationError) as caught:
        referential.new_delegate(
            DelegateInput(org_id(referential, "AMF"), "Jean", "Martin", email="jean.martin@")
        )
    assert caught.value.messages["email"] == (
        "L'adresse électronique « jean.martin@ » n'est pas valide."
    )


def test_group_chair_and_rapporteurs_come_from_member_organisations(referential: Referential):
    ref = referential
    chair = add_delegate(ref, "ADF", "Moreau")
    outsider = add_delegate(ref, "AMF", "Petit")
    theme = ref.themes()[4].id
    members = (org_id(ref, "ADF"), org_id(ref, "RdF"))
    with pytest.raises(ValidationError) as caught:
        ref.new_group(
            GroupInput(
                "Équipements", theme, member_ids=members, chair_id=chair, rapporteur_ids=(outsider,)
            )
        )
    assert set(caught.value.messages) == {"rapporteurs"}
    rapporteur = add_delegate(ref, "RdF", "Garnier")
    group = ref.apply_group(
        ref.new_group(
            GroupInput(
                "Équipements",
                theme,
                "Mandat",
                "active",
                date(2026, 1, 1),
                None,
                members,
                chair,
                (rapporteur,),
            )
        )
    )
    assert group.member_acronyms == ("ADF", "RdF")
    assert group.chair_name == "Claire Moreau"
    assert group.rapporteur_names == ("Claire Garnier",)
    with pytest.raises(ValidationError) as caught:
        ref.new_group(GroupInput("équipements", theme))
    assert "name" in caught.value.messages
    ref.remove_group(group)
    assert ref.groups() == []
    assert ref.apply_group(group) == group


def test_group_end_before_start_is_refused(referential: Referential) -> None:
    with pytest.raises(ValidationError) as caught:
        referential.new_group(
            GroupInput(
                "GT",
                referential.themes()[0].id,
                start_date=date(2026, 5, 1),
                end_date=date(2026, 4, 1),
            )
        )
    assert caught.value.messages == {"end_date": "La date de fin précède la date de début."}
