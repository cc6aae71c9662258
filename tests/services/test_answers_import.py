"""Returned response forms imported as positions: preview, write, re-import, refusals."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from tests.store.conftest import needs_postgres, pg_url  # noqa: F401  (the fixture)

from deliberation.errors import ConflictError, DeliberationError, ReviewFileError, ValidationError
from deliberation.records.mail import Recipient
from deliberation.records.positions import ConsultationInput, PositionRecord, Subject
from deliberation.records.referential import DelegateInput
from deliberation.services.answers_import import (
    FORM_IMPORTED_MEANWHILE,
    AnswersImport,
    stance_of,
)
from deliberation.services.mailing import Mailing
from deliberation.services.root import Root, open_root
from deliberation.store import positions as positions_store

from ..review.formfill import fill_docx, fill_xlsx


def consulted_without_answer(root: Root) -> tuple[int, int]:
    """A consultation and an organisation consulted on it that has recorded no position."""
    for record in root.positions.consultations():
        snap = root.positions.consultation(record.id)
        answered = {p.organisation_id for p in root.positions.positions(record.id)}
        for org_id in snap.consulted:
            if org_id not in answered:
                return record.id, org_id
    raise AssertionError("the demo has no unanswered consultation")


def form_files(root: Root, tmp_path: Path, answers: dict[int, dict[str, str]]) -> tuple[Path, Path]:
    consultation_id, org_id = consulted_without_answer(root)
    mailing = Mailing(root, Recipient("s@comite.example"), templates=tmp_path / "none.toml")
    mail = next(
        m for m in mailing.consultation_mails(consultation_id) if m.organisation_id == org_id
    )
    word, sheet = mail.attachments
    docx_path, xlsx_path = tmp_path / word.file_name, tmp_path / sheet.file_name
    docx_path.write_bytes(fill_docx(word.data, answers))
    xlsx_path.write_bytes(fill_xlsx(sheet.data, answers))
    return docx_path, xlsx_path


def mine(root: Root, consultation_id: int, org_id: int) -> list[PositionRecord]:
    return [p for p in root.positions.positions(consultation_id) if p.organisation_id == org_id]


ANSWERS = {
    1: {"stance": "Favorable sous réserve", "reservation": "Sous réserve d'un financement.",
        "reasons": "Les petites communes\nne peuvent pas suivre."},
    2: {"stance": "defavorable", "amendment": "Supprimer la dernière phrase."},
}  # fmt: skip


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_filled_form_becomes_the_organisation_s_positions_once(
    demo_root: Root, tmp_path: Path, kind: str
) -> None:
    consultation_id, org_id = consulted_without_answer(demo_root)
    docx_path, xlsx_path = form_files(demo_root, tmp_path, ANSWERS)
    path = docx_path if kind == "docx" else xlsx_path
    importer = AnswersImport(demo_root)
    preview = importer.preview(path)
    assert (preview.consultation_id, preview.organisation_id) == (consultation_id, org_id)
    assert [row.status for row in preview.rows] == ["new", "new"]
    assert mine(demo_root, consultation_id, org_id) == []  # a preview writes nothing
    importer.apply(preview)
    snap = demo_root.positions.consultation(consultation_id)
    recorded = {p.subject_id: p for p in mine(demo_root, consultation_id, org_id)}
    first, second = snap.subjects[0].id, snap.subjects[1].id
    assert set(recorded) == {first, second}
    assert (recorded[first].stance, recorded[first].reservation, recorded[first].reasons) == (
        "reserved", "Sous réserve d'un financement.",
        "Les petites communes\nne peuvent pas suivre.",
    )  # fmt: skip
    assert (recorded[second].stance, recorded[second].amendment) == (
        "unfavorable", "Supprimer la dernière phrase."
    )  # fmt: skip
    assert {p.source for p in recorded.values()} == {"form"}
    assert preview.blank == tuple(range(3, len(snap.subjects) + 1))
    again = importer.preview(path)
    assert [row.status for row in again.rows] == ["same", "same"]
    assert importer.apply(again) == []
    assert {p.subject_id: p for p in mine(demo_root, consultation_id, org_id)} == recorded


def test_a_form_imported_from_another_window_meanwhile_is_refused(
    demo_root: Root, tmp_path: Path
) -> None:
    """Two windows preview the same form; the second to import it writes nothing and says why."""
    consultation_id, org_id = consulted_without_answer(demo_root)
    docx_path, _ = form_files(demo_root, tmp_path, ANSWERS)
    first, second = AnswersImport(demo_root), AnswersImport(demo_root)
    shown_first, shown_second = first.preview(docx_path), second.preview(docx_path)
    assert len(first.apply(shown_first)) == 2
    recorded = mine(demo_root, consultation_id, org_id)
    with pytest.raises(ConflictError) as refused:
        second.apply(shown_second)
    assert str(refused.value) == FORM_IMPORTED_MEANWHILE.replace("%1", docx_path.name)
    assert mine(demo_root, consultation_id, org_id) == recorded


def test_refusals_are_one_sentence_and_write_nothing(demo_root: Root, tmp_path: Path) -> None:
    consultation_id, org_id = consulted_without_answer(demo_root)
    importer = AnswersImport(demo_root)
    unknown = {**ANSWERS, 2: {"stance": "Plutôt pour"}}
    docx_path, _ = form_files(demo_root, tmp_path, unknown)
    with pytest.raises(ReviewFileError, match="« Plutôt pour » du sujet n° 2"):
        importer.preview(docx_path)
    no_reservation = {1: {"stance": "Favorable sous réserve"}}
    docx_path, _ = form_files(demo_root, tmp_path, no_reservation)
    with pytest.raises(ValidationError, match=r"Sujet n° 1 : .*réserve"):
        importer.preview(docx_path)
    docx_path, _ = form_files(demo_root, tmp_path, ANSWERS)
    with pytest.raises(ValidationError, match="a été envoyé à"):
        importer.preview(docx_path, "MEN" if org_id != 1 else "AMF")
    damaged = tmp_path / "abîmé.docx"
    damaged.write_bytes(docx_path.read_bytes()[:1500])
    with pytest.raises(ReviewFileError):
        importer.preview(damaged)
    assert mine(demo_root, consultation_id, org_id) == []


def test_a_form_of_another_store_is_refused(demo_root: Root, tmp_path: Path) -> None:
    docx_path, xlsx_path = form_files(demo_root, tmp_path, ANSWERS)
    with open_root(str(tmp_path / "autre.sqlite3")) as other:
        for path in (docx_path, xlsx_path):
            with pytest.raises(ReviewFileError, match="consultation que cette base ne connaît pas"):
                AnswersImport(other).preview(path)


def test_stances_are_read_as_people_write_them() -> None:
    assert stance_of("Favorable") == "favorable"
    assert stance_of("  DÉFAVORABLE ") == "unfavorable"
    assert stance_of("favorable sous reserve") == "reserved"
    assert stance_of("Non exprimée") == "not_expressed"
    assert stance_of("Plutôt pour") is None
    assert stance_of("") is None


@needs_postgres
@pytest.mark.parametrize("answered_before", [False, True])
def test_two_clients_importing_one_form_at_the_same_moment_write_it_once(
    pg_url: str,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
    answered_before: bool,
) -> None:
    """Two people on one PostgreSQL base import the same returned form at once (two threads,
    two clients): one records the positions, the other writes nothing and says why; the
    history holds the positions replaced once."""
    setup = open_root(pg_url)
    consulted = [o.id for o in setup.referential.organisations()][:1]
    ref = setup.referential
    ref.apply_delegate(
        ref.new_delegate(DelegateInput(consulted[0], "Claire", "Martin", "titular", "c@m.fr"))
    )
    setup.positions.apply_consultation(
        setup.positions.new_consultation(
            ConsultationInput(
                "Avis sur les ENT",
                date(2026, 3, 1),
                date(2026, 3, 31),
                subjects=(Subject("other", "Projet d'avis"), Subject("other", "Recommandation 3")),
                consulted=tuple(consulted),
            )
        )
    )
    consultation_id, org_id = consulted_without_answer(setup)
    (tmp_path / "earlier").mkdir()
    earlier, _ = form_files(setup, tmp_path / "earlier", {1: {"stance": "Favorable"}})
    docx_path, _ = form_files(setup, tmp_path, ANSWERS)
    if answered_before:  # the organisation had answered: the form changes its position
        AnswersImport(setup).apply(AnswersImport(setup).preview(earlier))
    clients = [open_root(pg_url).acting(user=name) for name in ("Claire Martin", "Paul Durand")]
    previews = [AnswersImport(client).preview(docx_path) for client in clients]
    start = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def run(index: int) -> None:
        start.wait()
        try:
            outcomes[index] = AnswersImport(clients[index]).apply(previews[index])
        except DeliberationError as exc:
            outcomes[index] = exc

    try:
        threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        written = [o for o in outcomes if not isinstance(o, DeliberationError)]
        refused = [o for o in outcomes if isinstance(o, DeliberationError)]
        assert len(written) == 1 and len(refused) == 1, outcomes
        assert str(refused[0]) == FORM_IMPORTED_MEANWHILE.replace("%1", docx_path.name)
        recorded = mine(setup, consultation_id, org_id)
        assert sorted((p.stance, p.amendment) for p in recorded) == [
            ("reserved", ""),
            ("unfavorable", "Supprimer la dernière phrase."),
        ]
        with setup.store.session() as s:
            history = positions_store.revisions(s, consultation_id)
        assert len(history) == (1 if answered_before else 0)  # the earlier answer, once
    finally:
        for client in (*clients, setup):
            client.close()
