"""`deliberation list opinions` and `show opinion`, run as a rapporteur reading a draft in a
terminal, or a script reading its JSON."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from deliberation.records.meetings import MeetingInput
from deliberation.records.opinions import (
    AmendmentInput,
    Line,
    OpinionInput,
    Paragraph,
    Run,
    StatusChange,
    plain_lines,
)
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.records.referential import DelegateInput
from deliberation.services.opinions import Opinions
from deliberation.services.positions import Positions
from deliberation.services.root import open_root


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


@dataclass(frozen=True)
class Data:
    store: Path
    opinion: int
    empty: int
    paragraphs: tuple[Paragraph, ...]


@pytest.fixture
def data(tmp_path: Path) -> Data:
    """An opinion in two versions, amended, commented, with positions on one paragraph."""
    store = tmp_path / "s.sqlite3"
    opened = open_root(str(store))
    try:
        ref, meetings = opened.referential, opened.meetings
        orgs = {o.acronym: o.id for o in ref.organisations()}
        lina = ref.apply_delegate(ref.new_delegate(DelegateInput(orgs["ADF"], "Lina", "Marchal")))
        paul = ref.apply_delegate(ref.new_delegate(DelegateInput(orgs["RdF"], "Paul", "Texier")))
        plenary = meetings.apply_meeting(
            meetings.new_meeting(MeetingInput("plenary", date(2026, 2, 3), time(14), time(17)))
        )
        meetings.apply_meeting(
            meetings.with_items(plenary, [meetings.new_item("decision", "Adoption de l'avis", 30)])
        )
        positions = Positions(opened.store, today=date(2026, 3, 10), user="Camille Roux")
        opinions = Opinions(opened.store, positions)
        (item,) = [r for r in opinions.agenda_choices() if r.title == "Adoption de l'avis"]
        snap = opinions.new_opinion(
            OpinionInput(
                "avis",
                "Avis sur les espaces numériques de travail",
                rapporteur_ids=(lina.id, paul.id),
                agenda_item_ids=(item.item_id,),
            )
        )
        started = StatusChange("draft", date(2026, 2, 20), "Camille Roux")
        snap = opinions.apply_opinion(replace(snap, history=(started,)))
        snap = opinions.apply_opinion(
            opinions.with_status(snap, "consultation", date(2026, 3, 2), "Envoi aux membres")
        )
        emphasis = Paragraph(
            uuid.uuid4(),
            "paragraph",
            (
                Line((Run("Le comité "), Run("demande", bold=True), Run(" que les ENT soient "),
                      Run("interopérables", italic=True), Run(" :"))),
                Line((Run("par une authentification unique ;"),), "bullet"),
                Line((Run("sans ressaisie."),), "bullet"),
            ),
        )  # fmt: skip
        text = (
            para("Constats", "heading"),
            para("Le cadre", "heading", 2),
            para("Considérant que les ENT servent chaque jour ;", "recital"),
            emphasis,
            para("Les familles y accèdent surtout depuis un téléphone."),
            para("Recommandations", "heading"),
            para("Mutualiser les ENT entre collectivités.", "recommendation"),
        )
        saved = opinions.save_text(snap.id, text[:5], 0)
        opinions.freeze(snap.id, "Premier projet")
        opinions.save_text(snap.id, text, saved.revision)
        opinions.freeze(snap.id, "Version consultée")
        also = "Les familles y accèdent aussi depuis un téléphone."
        for org, status in (("AMF", "proposed"), ("ADF", "rejected"), ("FU", "proposed")):
            record = opinions.apply_amendment(
                opinions.new_amendment(
                    snap.id,
                    AmendmentInput(text[4].uuid, orgs[org], "replace", plain_lines(also)),
                )
            )  # fmt: skip
            if status != "proposed":
                opinions.apply_amendment(opinions.decided(record, status, text)[0])
            if org == "AMF":
                opinions.apply_treatment(
                    opinions.treated(record, "satisfied", "Voir le 1."), record
                )
        first = opinions.apply_comment(opinions.new_comment(snap.id, text[3].uuid, "Source ?"))
        opinions.apply_comment(opinions.with_resolved(first, True))
        opinions.apply_comment(opinions.new_comment(snap.id, text[4].uuid, "À reformuler."))
        consultation = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    "Consultation sur l'avis", date(2026, 3, 2), date(2026, 3, 20),
                    subjects=(Subject("paragraph", "Paragraphe 2", text[4].uuid),),
                    consulted=(orgs["AMF"], orgs["ADF"]), min_answers=2,
                )
            )
        )  # fmt: skip
        for org, stance in (("AMF", "favorable"), ("ADF", "unfavorable")):
            positions.apply_position(
                positions.new_position(
                    PositionInput(consultation.subjects[0].id, orgs[org], stance,
                                  reasons="Le téléphone n'est pas le seul accès des familles.",
                                  received_on=date(2026, 3, 5), recorded_by="Camille Roux")
                )
            )  # fmt: skip
        empty = opinions.apply_opinion(
            opinions.new_opinion(OpinionInput("contribution", "Contribution vide"))
        )
    finally:
        opened.close()
    return Data(store, snap.id, empty.id, text)


def as_json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_sentence(result: Any, expected: str, status: int = 1) -> None:
    assert result.returncode == status, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"deliberation : {expected}\n"


def test_opinions_are_listed_with_their_state_and_counts(run_cli, data: Data) -> None:
    rows = as_json(run_cli("list", "opinions", "--json", store=data.store))
    assert [r["id"] for r in rows] == [data.opinion, data.empty]
    row = rows[0]
    assert row == row | {
        "kind": "avis",
        "kind_label": "Avis",
        "title": "Avis sur les espaces numériques de travail",
        "group": "",
        "status": "consultation",
        "status_label": "En consultation",
        "status_since": "2026-03-02",
        "rapporteurs": ["Lina Marchal", "Paul Texier"],
        "paragraphs": 7,
        "versions": 2,
        "open_amendments": 2,
    }
    assert uuid.UUID(row["uuid"])
    table = run_cli("list", "opinions", store=data.store)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["N°", "Type", "Titre", "Groupe"]
    assert "Avis sur les espaces numériques de travail" in lines[2]
    assert "En consultation" in lines[2] and "02/03/2026" in lines[2]
    assert "Lina Marchal, Paul Texier" in lines[2]
    assert lines[-1] == "2 avis."


def test_show_opinion_gives_the_numbered_structure_of_the_text(run_cli, data: Data) -> None:
    d = as_json(run_cli("show", "opinion", str(data.opinion), "--json", store=data.store))
    assert [(r["name"], r["organisation"]) for r in d["rapporteurs"]] == [
        ("Lina Marchal", "ADF"), ("Paul Texier", "RdF")
    ]  # fmt: skip
    assert [(h["status"], h["changed_on"], h["note"]) for h in d["history"]] == [
        ("draft", "2026-02-20", ""), ("consultation", "2026-03-02", "Envoi aux membres")
    ]  # fmt: skip
    (item,) = d["agenda_items"]
    assert item["title"] == "Adoption de l'avis" and item["meeting_day"] == "2026-02-03"
    paragraphs = d["paragraphs"]
    assert [p["uuid"] for p in paragraphs] == [str(p.uuid) for p in data.paragraphs]
    assert [(p["kind"], p["level"], p["label"]) for p in paragraphs] == [
        ("heading", 1, "I."),
        ("heading", 2, "A."),
        ("recital", 1, ""),
        ("paragraph", 1, "1."),
        ("paragraph", 1, "2."),
        ("heading", 1, "II."),
        ("recommendation", 1, "Recommandation n° 1"),
    ]
    emphasis = paragraphs[3]
    assert emphasis["text"].startswith("Le comité demande que les ENT soient interopérables :\n")
    assert [line["list"] for line in emphasis["content"]] == ["", "bullet", "bullet"]
    runs = emphasis["content"][0]["runs"]
    assert runs[1] == {"text": "demande", "bold": True, "italic": False}
    assert runs[3] == {"text": "interopérables", "bold": False, "italic": True}
    assert paragraphs[4]["standing"]["status"] == "disputed"
    assert paragraphs[4]["standing"]["unfavorable"] == ["ADF"]
    assert (paragraphs[4]["open_amendments"], paragraphs[4]["open_threads"]) == (2, 1)
    assert paragraphs[3]["open_threads"] == 0, "its thread is resolved"
    assert [(v["number"], v["note"]) for v in d["versions"]] == [
        (1, "Premier projet"), (2, "Version consultée")
    ]  # fmt: skip
    assert all(v["frozen_by"] == "Camille Roux" for v in d["versions"])
    assert d["amendments"] == {
        "proposed": 2, "accepted": 0, "accepted_modified": 0, "rejected": 1, "withdrawn": 0
    }  # fmt: skip
    assert d["amendment_treatments"] == {
        "favorable": 0, "unfavorable": 0, "withdrawal_requested": 0, "satisfied": 1, "none": 2
    }  # fmt: skip
    assert (d["comment_threads"], d["open_comment_threads"]) == (2, 1)
    assert d["text"]["version"] is None and d["text"]["paragraph_count"] == 7


def test_show_opinion_reads_in_a_terminal(run_cli, data: Data) -> None:
    result = run_cli("show", "opinion", str(data.opinion), store=data.store)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Avis sur les espaces numériques de travail (avis n° ")
    assert "Rapporteurs : Lina Marchal (ADF), Paul Texier (RdF)" in out
    assert "02/03/2026  En consultation (Camille Roux) — Envoi aux membres" in out
    assert "Réunion plénière du 03/02/2026" in out and ": Adoption de l'avis" in out
    lines = out.splitlines()
    body = lines[lines.index(next(line for line in lines if line.startswith("Texte actuel"))) :]
    assert "  I. Constats" in body
    assert "    A. Le cadre" in body
    assert "      Considérant que les ENT servent chaque jour ;" in body
    assert "      1. Le comité demande que les ENT soient interopérables :" in body
    assert "         – par une authentification unique ;" in body
    assert "      2. Les familles y accèdent surtout depuis un téléphone." in body
    assert any("contesté" in line and "2 amendements proposés" in line for line in body)
    assert (
        "    Recommandation n° 1" in body
        and "      Mutualiser les ENT entre collectivités." in body
    )
    assert "3 amendements : 2 proposés, 1 rejeté." in out
    assert "Traitement proposé par le rapporteur : 1 satisfait, 2 à examiner." in out
    assert "Commentaires : 2 fils, 1 ouvert." in out
    assert "  1. " in out and "Premier projet" in out


def test_a_version_shows_the_text_as_it_was_frozen(run_cli, data: Data) -> None:
    d = as_json(
        run_cli("show", "opinion", str(data.opinion), "--version", "1", "--json", store=data.store)
    )
    assert d["text"]["version"] == 1 and d["text"]["note"] == "Premier projet"
    assert [p["uuid"] for p in d["paragraphs"]] == [str(p.uuid) for p in data.paragraphs[:5]]
    text = run_cli("show", "opinion", str(data.opinion), "--version", "1", store=data.store)
    assert "Version 1 du " in text.stdout and "Premier projet" in text.stdout
    assert "Recommandation n° 1" not in text.stdout


def test_an_empty_opinion_says_so(run_cli, data: Data) -> None:
    result = run_cli("show", "opinion", str(data.empty), store=data.store)
    assert result.returncode == 0, result.stderr
    assert "(le texte est vide)" in result.stdout
    assert "Aucune version figée." in result.stdout and "Aucun amendement." in result.stdout


@pytest.mark.parametrize(
    ("args", "expected", "status"),
    [
        (("99",), "Aucun avis n'a l'identifiant 99.", 1),
        (("{opinion}", "--version", "4"), "Cet avis n'a pas de version 4.", 1),
    ],
    ids=["unknown opinion", "unknown version"],
)
def test_unknown_opinions_and_versions_are_one_sentence(
    run_cli, data: Data, args: tuple[str, ...], expected: str, status: int
) -> None:
    argv = [a.format(opinion=data.opinion) for a in args]
    one_sentence(run_cli("show", "opinion", *argv, store=data.store), expected, status)


def test_a_version_number_must_be_positive(run_cli, data: Data) -> None:
    result = run_cli("show", "opinion", str(data.opinion), "--version", "0", store=data.store)
    assert result.returncode == 2 and result.stdout == ""
    assert "numéro de version invalide : « 0 »" in result.stderr


def test_nothing_in_the_store_lists_no_opinion(run_cli, tmp_path: Path) -> None:
    store = tmp_path / "empty.sqlite3"
    open_root(str(store)).close()
    result = run_cli("list", "opinions", store=store)
    assert result.returncode == 0 and result.stdout == "0 avis.\n"
