"""The demo's opinions: a draft, one in consultation, one adopted; versions that differ, amended
by the members, commented, and a paragraph the members dispute."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from deliberation.cli import main
from deliberation.demo import STEPS, run_demo
from deliberation.rules.opinion_text import compare_texts
from deliberation.services.opinions import Opinions
from deliberation.services.positions import Positions
from deliberation.services.referential import Referential
from deliberation.services.root import Root, open_root

TODAY = date(2026, 3, 10)  # as in test_demo.py: meetings from July 2025 to June 2026
TITLES = {
    "draft": "Avis sur la sobriété numérique des équipements scolaires",
    "consultation": "Recommandations pour la protection des données des élèves dans les ENT",
    "published": "Contribution au schéma directeur des espaces numériques de travail",
}


@pytest.fixture
def written(demo_root: Root) -> Opinions:
    """The demo generated on TODAY (the shared demo store), its opinions seen from that day."""
    assert demo_root.today() == TODAY
    return Opinions(demo_root.store, Positions(demo_root.store, today=TODAY))


def by_title(opinions: Opinions) -> dict[str, int]:
    return {o.title: o.id for o in opinions.opinions()}


def test_opinions_stand_at_different_stages_with_their_rapporteurs(
    written: Opinions, referential: Referential
) -> None:
    ids = by_title(written)
    assert set(ids) == set(TITLES.values())
    delegates = {d.id: d for d in referential.delegates()}
    for status, title in TITLES.items():
        snap = written.opinion(ids[title])
        assert snap.status == status, title
        assert snap.history[0].status == "draft"
        days = [c.changed_on for c in snap.history]
        assert days == sorted(days) and days[-1] <= TODAY
        assert len(snap.rapporteur_ids) == 2
        assert all(delegates[r].active for r in snap.rapporteur_ids)
        assert written.agenda_refs(snap.agenda_item_ids), "linked to the demo's meetings"
    adopted = written.opinion(ids[TITLES["published"]])
    assert [c.status for c in adopted.history] == [
        "draft", "consultation", "consolidated", "adopted", "published"
    ]  # fmt: skip
    (meeting,) = {r.meeting_day for r in written.agenda_refs(adopted.agenda_item_ids)}
    assert next(c for c in adopted.history if c.status == "adopted").changed_on == meeting
    sober = written.opinion(ids[TITLES["draft"]])
    group = next(g for g in referential.groups() if g.id == sober.group_id)
    assert sober.rapporteur_ids == group.rapporteur_ids


def test_texts_are_structured_and_versions_really_differ(written: Opinions) -> None:
    for opinion_id in by_title(written).values():
        text = written.text(opinion_id).paragraphs
        kinds = Counter(p.kind for p in text)
        assert kinds["heading"] >= 3 and kinds["recital"] >= 2 and kinds["recommendation"] >= 2
        assert all(p.text.startswith("Considérant") for p in text if p.kind == "recital")
        runs = [r for p in text for line in p.lines for r in line.runs]
        assert any(r.bold for r in runs) and any(r.italic for r in runs)
        assert any(line.list for p in text for line in p.lines)
        versions = written.versions(opinion_id)
        assert 1 <= len(versions) <= 3
        assert all(v.note and v.frozen_by for v in versions)
        frozen = [v.frozen_at for v in versions]
        assert frozen == sorted(frozen) and frozen[-1].date() <= TODAY
        texts = [written.version(opinion_id, v.number).paragraphs for v in versions]
        if written.opinion(opinion_id).status == "draft":
            texts.append(text)  # still being written since its last version
        else:
            assert text == texts[-1], "sent to the members as last frozen"
        for old, new in pairwise(texts):
            changes = [d for d in compare_texts(old, new) if d.change != "same"]
            assert changes, "each version differs from the one before"
            # Identities are kept: most paragraphs are found again, unchanged or edited.
            assert sum(d.change in ("same", "changed") for d in compare_texts(old, new)) >= 8


def test_amendments_in_every_status_an_accepted_one_in_the_next_version(
    written: Opinions,
) -> None:
    amendments = [a for i in by_title(written).values() for a in written.amendments(i)]
    statuses = Counter(a.status for a in amendments)
    assert set(statuses) == {"proposed", "accepted", "accepted_modified", "rejected", "withdrawn"}
    assert statuses["proposed"] >= 3
    assert len({a.organisation_acronym for a in amendments}) >= 5
    for amendment in amendments:
        assert amendment.justification and amendment.proposed_on <= TODAY
        if amendment.status != "proposed":
            assert amendment.decided_on and amendment.proposed_on <= amendment.decided_on
            assert amendment.decided_by
    (accepted,) = [a for a in amendments if a.status == "accepted" and a.action == "replace"]
    versions = written.versions(accepted.opinion_id)
    before = next(v for v in versions if v.frozen_at.date() <= accepted.proposed_on)
    after = next(v for v in versions if v.frozen_at.date() > accepted.proposed_on)
    was = {p.uuid: p.text for p in written.version(accepted.opinion_id, before.number).paragraphs}
    now = {p.uuid: p.text for p in written.version(accepted.opinion_id, after.number).paragraphs}
    assert was[accepted.paragraph_uuid] == accepted.original != accepted.text
    assert now[accepted.paragraph_uuid] == accepted.text, "its text is in the next version"
    (inserted,) = [a for a in amendments if a.status == "accepted" and a.action == "insert_after"]
    last = written.versions(inserted.opinion_id)[-1]
    texts = [p.text for p in written.version(inserted.opinion_id, last.number).paragraphs]
    assert inserted.text in texts and "réversibilité" in inserted.text


def test_the_amendments_table_shows_the_rapporteurs_proposed_treatments(
    written: Opinions, demo_root: Root
) -> None:
    from deliberation.services.amendments_export import opinion_amendments

    amendments = [a for i in by_title(written).values() for a in written.amendments(i)]
    treatments = Counter(a.treatment for a in amendments if a.treatment)
    assert set(treatments) == {"favorable", "unfavorable", "withdrawal_requested", "satisfied"}
    assert any(a.treatment_note for a in amendments if a.status == "proposed")
    decided = [a for a in amendments if a.treatment and a.status != "proposed"]
    assert decided, "a treatment stays beside the decision taken"
    consultation = by_title(written)[TITLES["consultation"]]
    table = opinion_amendments(written, demo_root.referential, consultation)
    shown = {row.treatment for row in table.rows}
    assert {"Défavorable", "Satisfait"} <= shown


def test_comment_threads_open_and_resolved(written: Opinions) -> None:
    threads = [t for i in by_title(written).values() for t in written.threads(i)]
    assert len(threads) >= 4
    assert any(t.resolved for t in threads) and any(not t.resolved for t in threads)
    assert any(t.replies for t in threads)
    assert len({c.author for t in threads for c in (t.first, *t.replies)}) >= 3


def test_one_paragraph_is_disputed_another_carries_a_reservation(written: Opinions) -> None:
    opinion_id = by_title(written)[TITLES["consultation"]]
    found = written.disputed(opinion_id)
    by_status = {standing.status: (name, standing) for _, name, standing in found}
    name, disputed = by_status["disputed"]
    assert name.startswith("paragraphe ")
    assert len([s for s in disputed.stances if s.stance == "unfavorable"]) >= 2
    _, reserved = by_status["consensus_with_reservations"]
    assert reserved.reservations and all(len(r.reservation) > 40 for r in reserved.reservations)
    snap = written.opinion(opinion_id)
    standing = written.standing(opinion_id)
    assert snap.uuid in standing, "the whole draft is asked about too"
    assert any(s.status == "consensus" for s in standing.values())
    consultation = written.positions.consultation(disputed.consultation_id)
    assert consultation.deadline and consultation.deadline >= TODAY, "still open"
    assert standing[snap.uuid].missing, "some members have not answered yet"


def test_running_again_adds_nothing(written: Opinions, demo_root: Root) -> None:
    ids = by_title(written)
    before = {i: (written.opinion(i), written.text(i), written.amendments(i)) for i in ids.values()}
    consultations = written.positions.consultations()
    report = run_demo(Root(demo_root.store), today=TODAY)
    assert report.count("opinions") == 0 and not report.changed
    assert by_title(written) == ids
    assert {i: (written.opinion(i), written.text(i), written.amendments(i))
            for i in ids.values()} == before  # fmt: skip
    assert written.positions.consultations() == consultations


@pytest.mark.parametrize("today", [date(2026, 1, 1), date(2026, 8, 15)], ids=str)
def test_whatever_the_day_the_opinions_are_written(store_path: Path, today: date) -> None:
    opened = open_root(str(store_path))
    try:
        report = run_demo(opened, today=today)
        assert report.count("opinions") == 3
        opinions = Opinions(opened.store, Positions(opened.store, today=today))
        for record in opinions.opinions():
            snap = opinions.opinion(record.id)
            assert all(c.changed_on <= today for c in snap.history)
            assert all(v.frozen_at.date() <= today for v in opinions.versions(record.id))
        (opinion_id,) = [o.id for o in opinions.opinions() if o.status == "consultation"]
        assert {s.status for _, _, s in opinions.disputed(opinion_id)} >= {"disputed"}
    finally:
        opened.close()


def test_an_interrupted_opinion_is_not_left_half_written(
    referential: Referential, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deliberation.store import positions as queries

    run_demo(Root(referential.store), steps=STEPS[:4], today=TODAY)
    positions = Positions(referential.store, today=TODAY)
    consultations = positions.consultations()
    real = queries.save_position
    calls = []

    def failing(session, record, changed_by):  # the machine stops while positions come in
        calls.append(record)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return real(session, record, changed_by)

    monkeypatch.setattr(queries, "save_position", failing)
    with pytest.raises(KeyboardInterrupt):
        run_demo(Root(referential.store), today=TODAY)
    opinions = Opinions(referential.store, positions)
    assert [o.title for o in opinions.opinions()] == [TITLES["draft"]], "the second taken back"
    assert positions.consultations() == consultations, "with its consultation"
    monkeypatch.setattr(queries, "save_position", real)
    report = run_demo(Root(referential.store), today=TODAY)
    assert report.count("opinions") == 2 and report.count("positions") == 0
    assert {o.title for o in opinions.opinions()} == set(TITLES.values())
    assert len(positions.consultations()) == len(consultations) + 1


def test_the_show_command_numbers_a_demo_opinion(
    written: Opinions, demo_copy: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    opinion_id = by_title(written)[TITLES["consultation"]]
    status = main(["--store", str(demo_copy), "show", "opinion", str(opinion_id), "--json"])
    result = capsysbinary.readouterr()
    assert status == 0, result.err.decode()
    document = json.loads(result.out.decode("utf-8"))
    labels = [p["label"] for p in document["paragraphs"]]
    assert labels[:2] == ["I.", ""], "a heading, then a recital (not numbered)"
    numbered = [p for p in document["paragraphs"] if p["kind"] == "paragraph"]
    assert [p["label"] for p in numbered] == [f"{n}." for n in range(1, len(numbered) + 1)]
    assert "Recommandation n° 1" in labels
    assert any(p["standing"] and p["standing"]["status"] == "disputed" for p in numbered)
    assert document["status"] == "consultation" and len(document["versions"]) == 2
