"""Offline packages on real stores: the demo opinion taken away, edited on both sides, back."""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401  (the fixture)

from deliberation.errors import PackageError
from deliberation.records.opinions import AmendmentInput, OpinionInput, Paragraph, plain_lines
from deliberation.records.positions import PositionInput
from deliberation.services.offline_package import MERGE_NOTE, OfflinePackages
from deliberation.services.root import Root, open_root
from deliberation.store import packages as qp

DAY = date(2026, 3, 10)


def drafted(root: Root) -> int:
    """The demo opinion with a rapporteur and the most body paragraphs."""
    best = max(
        (o for o in root.opinions.opinions() if root.opinions.opinion(o.id).rapporteur_ids),
        key=lambda o: o.paragraphs,
    )
    return best.id


def body(root: Root, opinion_id: int) -> list[Paragraph]:
    return [p for p in root.opinions.text(opinion_id).paragraphs if p.kind == "paragraph"]


def edited(paragraph: Paragraph, text: str) -> Paragraph:
    return Paragraph(paragraph.uuid, paragraph.kind, plain_lines(text), paragraph.level)


def save(root: Root, opinion_id: int, paragraphs: list[Paragraph], **splits: object) -> None:
    current = root.opinions.text(opinion_id)
    root.opinions.save_text(opinion_id, paragraphs, current.revision, splits=splits or None)


def replaced(text: tuple[Paragraph, ...], changes: dict) -> list[Paragraph]:
    """`text` with paragraphs replaced (a list: the paragraphs that take its place)."""
    out: list[Paragraph] = []
    for p in text:
        new = changes.get(p.uuid, p)
        out.extend(new if isinstance(new, list) else [new])
    return out


def counts(root: Root, opinion_id: int) -> tuple[int, int]:
    return (
        len(root.opinions.amendments(opinion_id)),
        sum(1 + len(t.replies) for t in root.opinions.threads(opinion_id)),
    )


@pytest.fixture
def taken(demo_root: Root, tmp_path: Path) -> tuple[Root, int, Path]:
    opinion_id = drafted(demo_root)
    path = tmp_path / "avis.deliberation"
    OfflinePackages(demo_root.acting(user="Rapporteur hors ligne")).export(opinion_id, path)
    return demo_root, opinion_id, path


def test_a_package_is_a_store_that_opens_on_the_opinion(taken: tuple[Root, int, Path]) -> None:
    home, opinion_id, path = taken
    snap = home.opinions.opinion(opinion_id)
    with open_root(str(path)) as away:
        (found,) = [o for o in away.opinions.opinions() if o.uuid == snap.uuid]
        assert found.title == snap.title
        assert away.opinions.text(found.id).paragraphs == home.opinions.text(opinion_id).paragraphs
        assert counts(away, found.id) == counts(home, opinion_id)
        assert len(away.opinions.versions(found.id)) == len(home.opinions.versions(opinion_id))
        assert len(away.opinions.opinions()) == 1  # only the opinion taken
        with away.store.reading() as s:
            info = qp.package(s)
        assert info is not None and info.opinion_uuid == snap.uuid


def test_edits_on_both_sides_merge_back_once(taken: tuple[Root, int, Path]) -> None:
    home, opinion_id, path = taken
    base = home.opinions.text(opinion_id).paragraphs
    p1, p2, p3, p4, p5 = body(home, opinion_id)[:5]
    away = open_root(str(path)).acting(today=DAY, user="Rapporteur hors ligne")
    try:
        away_id = away.opinions.opinions()[0].id
        second_half = Paragraph(uuid_module.uuid4(), "paragraph", plain_lines("Seconde moitié."))
        save(
            away,
            away_id,
            replaced(
                base,
                {
                    p1.uuid: edited(p1, "Texte changé hors ligne."),
                    p3.uuid: edited(p3, "Le même, version hors ligne."),
                    p4.uuid: [edited(p4, "Première moitié."), second_half],
                    p5.uuid: [],
                },
            ),
        )
        org = away.opinions.amendments(away_id)[0].organisation_id
        away.opinions.apply_amendment(
            away.opinions.new_amendment(
                away_id,
                AmendmentInput(p2.uuid, org, "replace", plain_lines("Amendement hors ligne.")),
            )
        )
        away.opinions.apply_comment(
            away.opinions.new_comment(away_id, p1.uuid, "Commentaire hors ligne.")
        )
    finally:
        away.close()
    save(
        home,
        opinion_id,
        replaced(
            base,
            {
                p2.uuid: edited(p2, "Texte changé au secrétariat."),
                p3.uuid: edited(p3, "Le même, version du secrétariat."),
            },
        ),
    )
    org = home.opinions.amendments(opinion_id)[0].organisation_id
    home.opinions.apply_amendment(
        home.opinions.new_amendment(
            opinion_id, AmendmentInput(p1.uuid, org, "delete", justification="Au secrétariat.")
        )
    )
    home.opinions.apply_comment(
        home.opinions.new_comment(opinion_id, p2.uuid, "Commentaire au secrétariat.")
    )
    before = counts(home, opinion_id)
    packages = OfflinePackages(home)

    preview = packages.preview(path, opinion_id)

    assert counts(home, opinion_id) == before  # a preview writes nothing
    assert len(preview.merged) == 3 and len(preview.removed) == 1  # p1, p4, its half; p5
    assert len(preview.proposals) == 1  # p3
    assert (len(preview.amendments), len(preview.comments)) == (1, 1)
    result = packages.apply(preview)

    expected = replaced(
        base,
        {
            p1.uuid: edited(p1, "Texte changé hors ligne."),
            p2.uuid: edited(p2, "Texte changé au secrétariat."),
            p3.uuid: edited(p3, "Le même, version du secrétariat."),
            p4.uuid: [edited(p4, "Première moitié."), second_half],
            p5.uuid: [],
        },
    )
    assert list(home.opinions.text(opinion_id).paragraphs) == expected
    assert counts(home, opinion_id) == (before[0] + 2, before[1] + 1)
    (proposal,) = [a for a in home.opinions.amendments(opinion_id) if a.justification == MERGE_NOTE]
    assert (proposal.paragraph_uuid, proposal.text) == (p3.uuid, "Le même, version hors ligne.")
    assert proposal.author == "Rapporteur hors ligne" and proposal.status == "proposed"
    texts = {a.text for a in home.opinions.amendments(opinion_id)}
    assert "Amendement hors ligne." in texts
    comments = {t.first.text for t in home.opinions.threads(opinion_id)}
    assert {"Commentaire hors ligne.", "Commentaire au secrétariat."} <= comments
    assert result.proposals == 1 and result.amendments == 1 and result.comments == 1

    revision = home.opinions.text(opinion_id).revision
    again = packages.preview(path, opinion_id)
    assert again.empty
    packages.apply(again)
    assert home.opinions.text(opinion_id).revision == revision
    assert counts(home, opinion_id) == (before[0] + 2, before[1] + 1)


def test_a_decision_taken_offline_comes_across(demo_root: Root, tmp_path: Path) -> None:
    home, opinion_id, path = demo_root, drafted(demo_root), tmp_path / "avis.deliberation"
    org = home.opinions.amendments(opinion_id)[0].organisation_id
    target = body(home, opinion_id)[0].uuid
    proposed = [
        home.opinions.apply_amendment(
            home.opinions.new_amendment(
                opinion_id, AmendmentInput(target, org, "replace", plain_lines("À décider."))
            )
        )
    ]
    OfflinePackages(home).export(opinion_id, path)
    with open_root(str(path)) as away:
        away = away.acting(today=DAY)
        record = next(a for a in away.opinions.amendments(away.opinions.opinions()[0].id)
                      if a.uuid == proposed[0].uuid)  # fmt: skip
        away.opinions.apply_amendment(
            replace(record, status="rejected", decided_on=DAY, decided_by="Rapporteur")
        )
    packages = OfflinePackages(home)
    preview = packages.preview(path)
    assert len(preview.decisions) == 1
    packages.apply(preview)
    after = next(a for a in home.opinions.amendments(opinion_id) if a.uuid == proposed[0].uuid)
    assert (after.status, after.decided_by) == ("rejected", "Rapporteur")
    assert packages.preview(path).empty


def test_a_package_killed_half_written_is_refused(taken: tuple[Root, int, Path]) -> None:
    home, opinion_id, path = taken
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = home.opinions.text(opinion_id)
    with pytest.raises(PackageError, match="n'est pas un paquet lisible"):
        OfflinePackages(home).preview(path)
    assert home.opinions.text(opinion_id) == before


def test_an_export_that_fails_leaves_no_package(
    demo_root: Root, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*_args: object) -> None:
        raise RuntimeError("the process dies here")

    folder = tmp_path / "paquets"
    folder.mkdir()
    monkeypatch.setattr(qp, "save_package", killed)
    with pytest.raises(RuntimeError):
        OfflinePackages(demo_root).export(drafted(demo_root), folder / "avis.deliberation")
    assert list(folder.iterdir()) == []  # neither the package nor a part of it


def test_a_package_of_another_store_or_opinion_is_refused(
    taken: tuple[Root, int, Path], tmp_path: Path
) -> None:
    home, opinion_id, path = taken
    other_id = next(o.id for o in home.opinions.opinions() if o.id != opinion_id)
    with pytest.raises(PackageError, match="porte sur un autre avis"):
        OfflinePackages(home).preview(path, other_id)
    with open_root(str(tmp_path / "autre.sqlite3")) as other:
        snap = other.opinions.apply_opinion(
            other.opinions.new_opinion(OpinionInput("avis", "Un avis d'ailleurs"))
        )
        foreign = tmp_path / "ailleurs.deliberation"
        OfflinePackages(other).export(snap.id, foreign)
    before = counts(home, opinion_id)
    with pytest.raises(PackageError, match="que cette base ne contient pas"):
        OfflinePackages(home).preview(foreign)
    assert counts(home, opinion_id) == before
    with pytest.raises(PackageError, match="est une base, pas un paquet"):
        OfflinePackages(home).preview(tmp_path / "autre.sqlite3")


@needs_postgres
def test_a_package_taken_from_postgresql_syncs_both_ways(
    pg_url: str,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    """The shared store on the PostgreSQL test server, the package a SQLite file: edits on both
    sides, a sync brings each side the other's work, a second sync changes nothing."""
    shared = open_root(pg_url).acting(today=DAY, user="Secrétariat")
    try:
        snap = shared.opinions.apply_opinion(
            shared.opinions.new_opinion(OpinionInput("avis", "Avis partagé"))
        )
        base = [para(t) for t in ("Un.", "Deux.", "Trois.", "Quatre.")]
        save(shared, snap.id, base)
        path = tmp_path / "partagé.deliberation"
        OfflinePackages(shared.acting(user="Rapporteur")).export(snap.id, path, "AMF")
        with open_root(str(path)) as away:
            away_id = away.opinions.opinions()[0].id
            new = para("Ajouté hors ligne.")
            save(away, away_id, [edited(base[0], "Un, hors ligne."), base[1], new, base[2],
                                 edited(base[3], "Quatre, hors ligne.")])  # fmt: skip
            away.opinions.apply_comment(
                away.opinions.new_comment(away_id, base[1].uuid, "Vu hors ligne.")
            )
            save(shared, snap.id, [base[0], edited(base[1], "Deux, au secrétariat."), base[2],
                                   edited(base[3], "Quatre, au secrétariat.")])  # fmt: skip
            shared.opinions.apply_comment(
                shared.opinions.new_comment(snap.id, base[2].uuid, "Vu au secrétariat.")
            )

            sent, received = OfflinePackages(away).sync(away_id, shared)

            expected = ["Un, hors ligne.", "Deux, au secrétariat.", "Ajouté hors ligne.",
                        "Trois.", "Quatre, au secrétariat."]  # fmt: skip
            assert [p.text for p in shared.opinions.text(snap.id).paragraphs] == expected
            assert [p.text for p in away.opinions.text(away_id).paragraphs] == expected
            (proposal,) = shared.opinions.amendments(snap.id)
            assert (proposal.text, proposal.organisation_acronym) == ("Quatre, hors ligne.", "AMF")
            assert (sent.comments, received.comments) == (1, 1)
            assert received.amendments == 1  # the proposal reaches the package too
            assert {t.first.text for t in away.opinions.threads(away_id)} == {
                "Vu hors ligne.",
                "Vu au secrétariat.",
            }
            again = OfflinePackages(away).sync(away_id, shared)
            assert all(
                (r.merged, r.proposals, r.amendments, r.comments) == (0, 0, 0, 0) for r in again
            )
            assert len(shared.opinions.amendments(snap.id)) == 1
    finally:
        shared.close()


def para(text: str) -> Paragraph:
    return Paragraph(uuid_module.uuid4(), "paragraph", plain_lines(text))


def test_a_position_recorded_offline_comes_across_once(demo_root: Root, tmp_path: Path) -> None:
    home = demo_root
    opinion_id, missing = next(
        (o.id, standing)
        for o in home.opinions.opinions()
        for standing in home.opinions.standing(o.id).values()
        if standing.missing
    )
    path = tmp_path / "avis.deliberation"
    OfflinePackages(home).export(opinion_id, path)
    acronym = missing.missing[0]
    with open_root(str(path)) as away:
        away = away.acting(today=DAY)
        org = next(o.id for o in away.referential.organisations() if o.acronym == acronym)
        away.positions.apply_position(
            away.positions.new_position(
                PositionInput(missing.subject_id, org, "favorable", reasons="Vu hors ligne.")
            )
        )
    packages = OfflinePackages(home)
    preview = packages.preview(path)
    assert len(preview.positions) == 1
    packages.apply(preview)
    (standing,) = [s for s in home.opinions.standing(opinion_id).values()
                   if s.subject_id == missing.subject_id][:1]  # fmt: skip
    assert acronym not in standing.missing
    assert any(s.acronym == acronym and s.reasons == "Vu hors ligne." for s in standing.stances)
    assert packages.preview(path).empty


def test_a_merge_of_paragraphs_made_offline_is_followed(taken: tuple[Root, int, Path]) -> None:
    home, opinion_id, path = taken
    base = home.opinions.text(opinion_id).paragraphs
    p1, p2 = body(home, opinion_id)[:2]
    with open_root(str(path)) as away:
        away_id = away.opinions.opinions()[0].id
        joined = edited(p1, p1.text + " " + p2.text)
        revision = away.opinions.text(away_id).revision
        away.opinions.save_text(
            away_id, replaced(base, {p1.uuid: joined, p2.uuid: []}), revision, {p2.uuid: p1.uuid}
        )
    OfflinePackages(home).import_file(path, opinion_id)
    texts = [p.text for p in home.opinions.text(opinion_id).paragraphs]
    assert p1.text + " " + p2.text in texts and p2.text not in texts
    assert home.opinions.resolve(opinion_id, p2.uuid) == p1.uuid  # what was on it follows


def test_a_package_of_another_body_is_refused(taken: tuple[Root, int, Path]) -> None:
    home, opinion_id, path = taken
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE body SET name = 'Conseil d''une autre instance'")
    before = (home.opinions.text(opinion_id), counts(home, opinion_id))
    with pytest.raises(PackageError, match="vient d'une autre instance"):
        OfflinePackages(home).preview(path)
    assert (home.opinions.text(opinion_id), counts(home, opinion_id)) == before
