"""The same store code against a real PostgreSQL server (started by scripts/test.sh)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.store.conftest import needs_postgres

from deliberation.errors import NotAStoreError, StoreTooNewError, ValidationError
from deliberation.records.meetings import ActionInput, Attendance, MeetingInput
from deliberation.records.positions import (
    ConsultationInput,
    ConsultationSnapshot,
    PositionInput,
    Subject,
)
from deliberation.records.referential import DelegateInput, GroupInput, OrganisationInput
from deliberation.services.root import open_root
from deliberation.store.database import open_store
from deliberation.store.schema import HEAD

pytestmark = needs_postgres


def test_empty_database_is_migrated_and_seeded(pg_url: str) -> None:
    opened = open_root(pg_url)
    try:
        with opened.store.engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            )
        current = {o.acronym for o in opened.referential.organisations() if o.is_member}
        assert len(current) == 14 and "RdF" in current
        assert not open_root(pg_url).seeded.changed
    finally:
        opened.close()


def test_referential_edits_work_on_postgres(pg_url: str) -> None:
    opened = open_root(pg_url)
    ref = opened.referential
    try:
        with pytest.raises(ValidationError):
            ref.new_organisation(OrganisationInput("amf", "Doublon", "other"))
        created = ref.apply_organisation(
            ref.new_organisation(OrganisationInput("ANDEV", "Association nationale", "other"))
        )
        delegate = ref.apply_delegate(
            ref.new_delegate(
                DelegateInput(created.id, "Lucie", "Fabre", email="l.fabre@exemple.fr")
            )
        )
        group = ref.apply_group(
            ref.new_group(
                GroupInput(
                    "Données scolaires",
                    ref.themes()[3].id,
                    "Mandat",
                    "active",
                    date(2026, 1, 5),
                    None,
                    (created.id,),
                    delegate.id,
                    (),
                )
            )
        )
        assert group.chair_name == "Lucie Fabre"
        ref.remove_group(group)
        ref.remove_delegate(delegate)
        ref.remove_organisation(created)
        assert ref.apply_organisation(created).id == created.id
    finally:
        opened.close()


def test_newer_schema_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreTooNewError):
        open_store(pg_url)


def test_another_applications_database_is_refused(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    with pytest.raises(NotAStoreError):
        open_store(pg_url)


def test_meetings_agenda_attendance_and_actions_work_on_postgres(pg_url: str) -> None:
    opened = open_root(pg_url)
    meetings = opened.meetings
    try:
        snap = meetings.apply_meeting(
            meetings.new_meeting(
                MeetingInput("plenary", date(2026, 1, 6), time(14), time(17), place="Paris")
            )
        )
        items = [meetings.new_item("information", "Accueil", 15),
                 meetings.new_item("decision", "Avis sur les ENT", 200)]  # fmt: skip
        snap = meetings.apply_meeting(meetings.with_items(snap, items[::-1]))
        amf = snap.convened[0].organisation_id
        other = snap.convened[1].organisation_id
        sheet = [
            Attendance(a.organisation_id, "represented", represented_by_id=amf)
            if a.organisation_id == other
            else Attendance(a.organisation_id, "present")
            for a in snap.convened
        ]
        snap = meetings.apply_meeting(meetings.with_attendance(snap, sheet))
        action = meetings.apply_action(
            meetings.new_action(ActionInput("Note", snap.id, None, amf, None, date(2026, 2, 1)))
        )
        details = meetings.details(snap.id)
        assert [i.title for i in details.meeting.items] == ["Avis sur les ENT", "Accueil"]
        assert details.overrun_minutes == 35
        assert details.actions[0].uuid == action.uuid
        assert meetings.attendance_tallies()[0].convened == 1
        meetings.remove_meeting(snap)
        assert meetings.meetings() == []
        assert meetings.action(action.id).meeting_id is None  # kept, unlinked
        meetings.restore_meeting(snap, [action])
        assert meetings.action(action.id).meeting_id == snap.id
    finally:
        opened.close()


def test_positions_and_their_history_work_on_postgres(pg_url: str) -> None:
    opened = open_root(pg_url)
    positions = opened.positions
    try:
        orgs = {o.acronym: o.id for o in opened.referential.organisations()}
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    "Avis sur les ENT",
                    date(2026, 3, 1),
                    date(2026, 3, 31),
                    subjects=(Subject("opinion", "Projet d'avis"),),
                    consulted=(orgs["AMF"], orgs["MEN"]),
                    min_answers=2,
                )
            )
        )
        subject = snap.subjects[0].id
        data = PositionInput(subject, orgs["AMF"], "unfavorable", received_on=date(2026, 3, 2))
        first = positions.apply_position(positions.new_position(data))
        changed = positions.apply_position(
            positions.edited_position(first, replace(data, stance="reserved", reservation="Si"))
        )
        positions.apply_position(
            positions.new_position(
                PositionInput(subject, orgs["MEN"], "favorable", received_on=date(2026, 3, 3))
            )
        )
        assert [h.stance for h in positions.history(changed)] == ["unfavorable"]
        assert positions.synthesis(snap.id).results[0].status == "consensus_with_reservations"
        with pytest.raises(ValidationError):
            positions.new_position(data)
        archive = positions.archive(snap.id)
        positions.delete_consultation(archive)
        positions.restore_consultation(archive)
        assert positions.consultation(snap.id) == snap
        assert [h.stance for h in positions.history(changed)] == ["unfavorable"]
        # Identities kept on restore do not collide with the next ones PostgreSQL hands out.
        assert positions.apply_consultation(positions.new_consultation(replace_input(snap))).id
    finally:
        opened.close()


def replace_input(snap: ConsultationSnapshot) -> ConsultationInput:
    return ConsultationInput(
        snap.title + " (bis)",
        snap.opened_on,
        subjects=(Subject("other", "Autre"),),
        consulted=snap.consulted,
    )


def test_opinions_text_versions_and_amendments_work_on_postgres(pg_url: str) -> None:
    from deliberation.errors import ConflictError
    from deliberation.records.opinions import AmendmentInput, OpinionInput, Paragraph, plain_lines

    opened = open_root(pg_url)
    try:
        opinions = opened.opinions
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis ENT")))
        first = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Un."))
        second = Paragraph(uuid.uuid4(), "recommendation", plain_lines("Deux."))
        saved = opinions.save_text(snap.id, [first, second], 0)
        opinions.freeze(snap.id, "v1")
        amf = next(o.id for o in opened.referential.organisations() if o.acronym == "AMF")
        proposal = opinions.apply_amendment(
            opinions.new_amendment(
                snap.id, AmendmentInput(second.uuid, amf, "replace", plain_lines("Deux bis."))
            )
        )
        merged = replace(first, lines=plain_lines("Un. Deux."))
        saved = opinions.save_text(
            snap.id, [merged], saved.revision, merges={second.uuid: first.uuid}
        )
        with pytest.raises(ConflictError):
            opinions.save_text(snap.id, [first], saved.revision - 1)
        assert opinions.resolve(snap.id, second.uuid) == first.uuid
        assert [a.uuid for a in opinions.amendments(snap.id, first.uuid)] == [proposal.uuid]
        diff = {d.uuid: d.change for d in opinions.compare(snap.id, 1, None)}
        assert diff == {first.uuid: "changed", second.uuid: "removed"}
        archive = opinions.archive(snap.id)
        opinions.remove_opinion(archive.snapshot)
        assert opinions.restore(archive).id == snap.id
        assert opinions.text(snap.id).paragraphs[0].text == "Un. Deux."
    finally:
        opened.close()


def test_a_review_import_of_many_items_works_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The import's rows written together (replies after the comments they answer) and its
    lock on the opinion, on PostgreSQL."""
    from tests.services.test_review_import_many import returned, sentence, stored

    from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
    from deliberation.services.opinion_export import export_opinion
    from deliberation.services.review_import import ReviewImport

    opened = open_root(pg_url)
    try:
        opinions = opened.opinions
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis ENT")))
        text = [Paragraph(uuid.uuid4(), "paragraph", plain_lines(sentence(n))) for n in range(20)]
        opinions.save_text(snap.id, text, 0)
        export_opinion(opened, snap.id, tmp_path / "export.docx")
        path = returned(tmp_path / "export.docx", text, tmp_path / "retour.docx")
        importer = ReviewImport(opened)
        result = importer.apply(importer.preview(path, "AMF"))
        amendments, comments = stored(opened, snap.id)
        assert len(result.amendments) == len(amendments) == 13
        assert len(result.comments) == len(comments) == 6
        assert sum(1 for c in comments if c[-1] is not None) == 2
        assert not importer.preview(path, "AMF").new_items
        importer.undo(result)
        assert stored(opened, snap.id) == ([], [])
    finally:
        opened.close()


def test_a_refused_connection_is_one_sentence_without_the_password(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    from deliberation.errors import StoreUnavailableError

    unknown = make_url(pg_url).set(database="base_inconnue").render_as_string(False)
    with pytest.raises(StoreUnavailableError, match="La base « base_inconnue » n'existe pas"):
        open_store(unknown, password="s3cret-Mot")
    nobody = "postgresql+psycopg://delegue@127.0.0.1:1/comite?sslmode=disable"
    with pytest.raises(StoreUnavailableError) as refused:
        open_store(nobody, password="s3cret-Mot")
    assert str(refused.value) == (
        f"Impossible de joindre la base {nobody} : le serveur 127.0.0.1 ne répond pas ; "
        "vérifiez son nom, le port et le réseau."
    )
    assert refused.value.__cause__ is None  # the driver's text (and what it quotes) is dropped


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        (
            'connection to server at "db.exemple.fr" (10.0.0.5), port 5432 failed: FATAL:  '
            'password authentication failed for user "delegue"',
            "Le serveur db.exemple.fr a refusé l'identifiant « delegue » ou son mot de passe : "
            "vérifiez-les.",
        ),
        (
            'connection to server at "db.exemple.fr", port 5432 failed: fe_sendauth: no '
            "password supplied",
            "Le serveur db.exemple.fr demande le mot de passe de « delegue ».",
        ),
        (
            'connection to server at "db.exemple.fr", port 5432 failed: server does not '
            "support SSL, but SSL was required",
            "Le serveur db.exemple.fr n'accepte pas les connexions chiffrées (TLS) : choisissez "
            "un autre mode de chiffrement, ou demandez à son administrateur de l'activer.",
        ),
        (
            'connection to server at "db.exemple.fr", port 5432 failed: root certificate file '
            '"/root/.postgresql/root.crt" does not exist',
            "La connexion chiffrée (TLS) au serveur db.exemple.fr a échoué : son certificat n'a "
            "pas pu être vérifié ou le chiffrement a été refusé.",
        ),
        (
            'FATAL:  role "delegue" does not exist',
            "L'identifiant « delegue » n'est pas connu du serveur db.exemple.fr.",
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "delegue", database '
            '"comite", no encryption',
            "Le serveur db.exemple.fr n'autorise pas « delegue » à se connecter à la base "
            "« comite » depuis ce poste ; demandez-le à son administrateur.",
        ),
    ],
)
def test_each_refusal_of_the_server_has_its_sentence(reason: str, sentence: str) -> None:
    from deliberation.store.database import connection_sentence

    url = "postgresql+psycopg://delegue@db.exemple.fr:5432/comite?sslmode=require"
    assert connection_sentence(reason, url) == sentence


def test_the_lists_read_their_columns_and_counts_on_postgres(pg_url: str) -> None:
    from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines

    opened = open_root(pg_url)
    positions, opinions = opened.positions, opened.opinions
    try:
        orgs = {o.acronym: o.id for o in opened.referential.organisations()}
        older, newer = (
            positions.apply_consultation(
                positions.new_consultation(
                    ConsultationInput(
                        title,
                        day,
                        None,
                        subjects=(Subject("other", "Sujet A"), Subject("other", "Sujet B")),
                        consulted=(orgs["AMF"], orgs["MEN"]),
                    )
                )
            )
            for title, day in (("Ancienne", date(2026, 1, 5)), ("Récente", date(2026, 3, 1)))
        )
        for subject in older.subjects:  # AMF answers both subjects, MEN one
            positions.apply_position(
                positions.new_position(PositionInput(subject.id, orgs["AMF"], "favorable"))
            )
        positions.apply_position(
            positions.new_position(PositionInput(older.subjects[0].id, orgs["MEN"], "favorable"))
        )
        whole = positions.consultations()
        assert [(c.title, c.answered_count, c.responded_count) for c in whole] == [
            ("Récente", 0, 0),
            ("Ancienne", 1, 2),
        ]
        first = positions.consultations(complete=1)
        assert [c.answers_known for c in first] == [True, False]
        assert positions.completed(first) == whole
        assert newer.id == whole[0].id

        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis ENT")))
        snap = opinions.apply_opinion(opinions.with_status(snap, "consultation"))
        text = [Paragraph(uuid.uuid4(), "paragraph", plain_lines("Un."), 1) for _ in range(2)]
        opinions.save_text(snap.id, text, 0)
        (listed,) = opinions.opinions()
        assert (listed.title, listed.status, listed.paragraphs) == ("Avis ENT", "consultation", 2)
        assert listed.status_since is not None
    finally:
        opened.close()
