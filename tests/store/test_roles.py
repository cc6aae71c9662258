"""The shared store's roles on a real PostgreSQL server: created twice, refused by the server."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from tests.store.conftest import needs_postgres

from deliberation.errors import AccessRefusedError, StoreError
from deliberation.records.access import LECTURE, RAPPORTEUR, SECRETARIAT
from deliberation.records.opinions import AmendmentInput, OpinionInput, Paragraph, plain_lines
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.records.referential import OrganisationInput
from deliberation.services.root import Root, open_root
from deliberation.store.database import open_store
from deliberation.store.models import Base
from deliberation.store.roles import ROLE_NAMES, rapporteur_tables

OPINION_TABLES = {
    "opinion",
    "opinion_rapporteur",
    "opinion_agenda_link",
    "opinion_status_change",
    "opinion_paragraph",
    "opinion_version",
    "amendment",
    "opinion_comment",
    "opinion_export",
}


def test_the_rapporteur_writes_the_opinion_and_what_goes_away_with_it() -> None:
    assert rapporteur_tables() == OPINION_TABLES
    assert rapporteur_tables() < set(Base.metadata.tables)


def test_roles_are_refused_on_a_local_store_in_one_sentence(tmp_path: object) -> None:
    with open_root(str(tmp_path) + "/base.sqlite") as root:  # type: ignore[operator]
        assert root.capabilities.shared is False and root.capabilities.positions
        assert root.capabilities.note == ""
        with pytest.raises(StoreError, match="n'existent que sur une base partagée"):
            root.create_roles()


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@needs_postgres
def test_roles_twice_then_a_reader_is_refused_by_the_server(pg_url: str, login: str) -> None:
    with open_root(pg_url) as owner:
        first = owner.create_roles()
        assert owner.create_roles() == first  # idempotent
        assert first[RAPPORTEUR] == len(OPINION_TABLES) + 1  # and the search index
        assert first["lecture"] == 0
        owner.grant_role(login, "lecture")
        opinion = owner.opinions.apply_opinion(
            owner.opinions.new_opinion(OpinionInput("avis", "Avis ENT"))
        )
    with open_root(as_login(pg_url, login)) as reader:
        capabilities = reader.capabilities
        assert capabilities.role == LECTURE and not capabilities.writes_anything
        assert capabilities.note == "Connecté en lecture seule"
        assert reader.opinions.opinion(opinion.id).title == "Avis ENT"  # reads
        ref = reader.referential
        with pytest.raises(AccessRefusedError) as refused:
            ref.apply_organisation(ref.new_organisation(OrganisationInput("ZZZ", "Zed", "other")))
        assert str(refused.value) == (
            "Vous n'avez pas le droit de modifier les organisations sur cette base partagée."
        )
        # Refused by PostgreSQL itself, not by the application: a raw statement fails too.
        with (
            reader.store.engine.connect() as connection,
            pytest.raises(ProgrammingError, match="permission denied for table theme"),
        ):
            connection.execute(text("DELETE FROM theme WHERE number > 0"))
        assert "ZZZ" not in {o.acronym for o in reader.referential.organisations()}


@needs_postgres
def test_a_rapporteur_amends_comments_and_edits_but_records_no_position(
    pg_url: str, login: str
) -> None:
    with open_root(pg_url) as owner:
        owner.create_roles()
        owner.grant_role(login, "rapporteur")
        opinion = owner.opinions.apply_opinion(
            owner.opinions.new_opinion(OpinionInput("avis", "Avis ENT"))
        )
        paragraph = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Premier texte."))
        owner.opinions.save_text(opinion.id, [paragraph], 0)
        orgs = {o.acronym: o.id for o in owner.referential.organisations()}
        consultation = owner.positions.apply_consultation(
            owner.positions.new_consultation(
                ConsultationInput(
                    "Avis",
                    date(2026, 3, 1),
                    subjects=(Subject("opinion", "Avis"),),
                    consulted=(orgs["AMF"],),
                )
            )
        )
    with open_root(as_login(pg_url, login)) as rapporteur:
        capabilities = rapporteur.capabilities
        assert capabilities.role == RAPPORTEUR and capabilities.note == "Rôle : rapporteur"
        assert capabilities.opinions and not capabilities.positions
        assert not capabilities.meetings and not capabilities.referential
        opinions = rapporteur.opinions
        amendment = opinions.apply_amendment(
            opinions.new_amendment(
                opinion.id,
                AmendmentInput(paragraph.uuid, orgs["AMF"], "replace", plain_lines("Autre.")),
            )
        )
        comment = opinions.apply_comment(
            opinions.new_comment(opinion.id, paragraph.uuid, "Un commentaire.")
        )
        edited = replace(paragraph, lines=plain_lines("Texte du rapporteur inédit."))
        opinions.save_text(opinion.id, [edited], 1)
        assert opinions.text(opinion.id).paragraphs[0].text == "Texte du rapporteur inédit."
        assert [a.id for a in opinions.amendments(opinion.id)] == [amendment.id]
        assert comment.id
        hits = rapporteur.search.find("inédit")  # the search trigger wrote its entry
        assert [hit.kind for hit in hits] == ["paragraph"]
        assert "inédit" in hits[0].snippet_text
        positions = rapporteur.positions
        with pytest.raises(AccessRefusedError, match="les positions"):
            positions.apply_position(
                positions.new_position(
                    PositionInput(
                        consultation.subjects[0].id,
                        orgs["AMF"],
                        "favorable",
                        received_on=date(2026, 3, 2),
                    )
                )
            )


@needs_postgres
def test_grant_names_a_missing_login_and_the_other_roles_go(pg_url: str, login: str) -> None:
    with open_root(pg_url) as owner:
        owner.create_roles()
        with pytest.raises(StoreError, match="Aucun identifiant « personne_"):
            owner.grant_role(f"personne_{uuid.uuid4().hex[:6]}", "lecture")
        owner.grant_role(login, "lecture")
        owner.grant_role(login, "secretariat")
        with owner.store.engine.connect() as connection:
            held = set(
                connection.execute(
                    text(
                        "SELECT r.rolname FROM pg_auth_members m "
                        "JOIN pg_roles r ON r.oid = m.roleid "
                        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login"
                    ),
                    {"login": login},
                ).scalars()
            )
        assert held == {ROLE_NAMES[SECRETARIAT]}
    with open_root(as_login(pg_url, login)) as secretariat:
        assert secretariat.capabilities.role == SECRETARIAT
        assert secretariat.capabilities.note == "Rôle : secrétariat"
        assert secretariat.capabilities.positions and secretariat.capabilities.referential


@needs_postgres
def test_a_login_without_rights_to_create_roles_is_told_so(pg_url: str, login: str) -> None:
    with open_root(pg_url) as owner:
        owner.create_roles()
        owner.grant_role(login, "rapporteur")
    store = open_store(as_login(pg_url, login), migrate=False)
    with Root(store) as rapporteur, pytest.raises(AccessRefusedError, match="pas le droit"):
        rapporteur.create_roles()
