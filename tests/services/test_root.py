"""The root object: one per entry point, its use cases sharing the store, the day and the user."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from deliberation.errors import ResourceError
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.root import Root, open_existing_root, open_root, schema_revision

DAY = date(2026, 3, 10)


def consult(root: Root) -> tuple[int, int]:
    """A consultation of the first member on one subject: (subject id, organisation id)."""
    organisation = next(o for o in root.referential.organisations() if o.is_member)
    snap = root.positions.apply_consultation(
        root.positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 2),
                subjects=(Subject("other", "Recommandation n° 1"),),
                consulted=(organisation.id,),
            )
        )
    )
    return snap.subjects[0].id, organisation.id


def test_a_new_store_is_created_seeded_and_rooted_then_seeded_once(store_path: Path) -> None:
    with open_root(str(store_path)) as root:
        assert root.seeded.changed
        assert any(o.acronym == "AMF" for o in root.referential.organisations())
    with open_root(str(store_path)) as again:
        assert not again.seeded.changed
    with open_existing_root(str(store_path)) as existing:
        assert not existing.seeded.changed
        assert [o.acronym for o in existing.referential.organisations()] == [
            o.acronym for o in again.referential.organisations()
        ]
    assert schema_revision()


def test_a_bad_seed_file_leaves_no_store_behind(store_path: Path, tmp_path: Path) -> None:
    seed = tmp_path / "autre.toml"
    seed.write_text("ceci n'est pas [du TOML", encoding="utf-8")
    with pytest.raises(ResourceError):
        open_root(str(store_path), seed)
    assert not store_path.exists()


def test_the_use_cases_share_the_store_the_day_and_the_user(opened: Root) -> None:
    root = Root(opened.store, today=DAY, user="Hélène Marty")
    assert root.today() == DAY
    assert root.referential.today == root.meetings.today == DAY
    assert root.positions.today == root.opinions.today == DAY
    assert root.user == root.positions.user == root.opinions.user == "Hélène Marty"
    assert root.referential.store is root.meetings.store is root.opinions.store is opened.store
    assert root.opinions.positions is root.positions  # built once, then shared
    assert root.meetings is root.meetings


def test_the_user_set_on_the_root_is_recorded_on_every_change(opened: Root) -> None:
    subject, organisation = consult(opened)
    opened.user = "Paul Girard"
    record = opened.positions.apply_position(
        opened.positions.new_position(PositionInput(subject, organisation, "favorable"))
    )
    assert record.recorded_by == "Paul Girard"
    opened.user = "Jeanne Martin"
    assert opened.opinions.user == "Jeanne Martin"
    changed = opened.positions.edited_position(
        record, PositionInput(subject, organisation, "abstention")
    )
    opened.positions.apply_position(changed)
    assert [r.changed_by for r in opened.positions.history(changed)] == ["Jeanne Martin"]


def test_acting_is_another_person_on_the_same_store(opened: Root) -> None:
    opened.user = "Secrétariat DNE"
    rapporteur = opened.acting(user="Élise Bernard", today=DAY)
    assert rapporteur.store is opened.store
    assert (rapporteur.user, rapporteur.today()) == ("Élise Bernard", DAY)
    assert opened.user == "Secrétariat DNE"  # the first person is unchanged
    subject, organisation = consult(rapporteur)
    written = rapporteur.positions.apply_position(
        rapporteur.positions.new_position(PositionInput(subject, organisation, "favorable"))
    )
    seen = opened.positions.positions(subject_id=subject)
    assert [(p.id, p.recorded_by) for p in seen] == [(written.id, "Élise Bernard")]


def test_a_command_imports_only_the_use_cases_it_asks_for(opened: Root) -> None:
    """The root builds its use cases on first use: listing meetings loads no opinion code."""
    code = (
        "import sys\n"
        "from deliberation.services.root import open_existing_root\n"
        f"with open_existing_root({str(opened.store.location)!r}) as root:\n"
        "    root.meetings.meetings()\n"
        "print(sorted(m for m in sys.modules if m.startswith('deliberation.services')))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "deliberation.services.meetings" in shown
    assert "deliberation.services.opinions" not in shown
    assert "deliberation.services.positions" not in shown
