"""Suggested file names: the date first, an ASCII slug of the subject, what the document is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberation.rules.file_names import (
    STEM_MAX,
    file_name,
    meeting_file_name,
    opinion_subject,
    opinion_what,
    period_file_name,
    slug,
)


def test_a_meetings_documents_say_their_day_body_and_kind() -> None:
    day = date(2027, 4, 6)
    assert meeting_file_name(day, "plenary", "", "ordre-du-jour", ".docx") == (
        "2027-04-06-pleniere-ordre-du-jour.docx"
    )
    assert meeting_file_name(day, "plenary", "", "relevé de décisions", ".docx") == (
        "2027-04-06-pleniere-releve-de-decisions.docx"
    )
    assert meeting_file_name(day, "group_session", "Usages & données", "seance", ".ics") == (
        "2027-04-06-usages-donnees-seance.ics"
    )
    assert meeting_file_name(day, "sharing_day", "", "ordre-du-jour", ".docx") == (
        "2027-04-06-journee-de-partage-ordre-du-jour.docx"
    )


def test_a_consultation_an_opinion_and_a_period() -> None:
    assert file_name("Synthèse consultation Projet d'avis ENT", suffix=".xlsx") == (
        "synthese-consultation-projet-d-avis-ent.xlsx"
    )
    assert file_name(opinion_subject("avis", "ENT"), opinion_what(3), suffix=".docx") == (
        "avis-ent-v3.docx"
    )
    assert opinion_subject("recommandation", "Recommandations pour l'ENT") == (
        "recommandations-pour-l-ent"
    )
    assert opinion_what(2, 1) == "v2-modifications-depuis-v1"
    assert period_file_name("séances", date(2026, 9, 1), date(2027, 6, 30), ".ics") == (
        "seances-du-2026-09-01-au-2027-06-30.ics"
    )
    assert period_file_name("séances", date(2026, 9, 1), date(2026, 9, 1), ".ics") == (
        "2026-09-01-seances.ics"
    )


def test_a_long_subject_is_shortened_but_never_what_the_file_is() -> None:
    name = file_name("Avis " + "très long " * 40, "tableau-des-amendements", suffix=".docx")
    assert name.endswith("-tableau-des-amendements.docx")
    assert len(name) <= STEM_MAX + len(".docx")
    assert file_name("", "", suffix=".docx") == "document.docx"
    assert file_name("«»", suffix=".xlsx") == "document.xlsx"


@given(st.text(max_size=300), st.text(max_size=40))
def test_every_name_is_plain_ascii_without_separators(subject: str, what: str) -> None:
    name = file_name(subject, what, day=date(2027, 1, 5), suffix=".docx")
    stem = name.removesuffix(".docx")
    assert stem and stem.isascii() and "/" not in stem and "\\" not in stem
    assert all(c.isalnum() or c == "-" for c in stem)
    assert not stem.startswith("-") and not stem.endswith("-") and "--" not in stem
    assert slug(subject) == slug(slug(subject))


def test_an_output_file_keeps_its_type_or_gets_it() -> None:
    from deliberation.rules.file_names import output_file

    assert output_file("avis.docx", [".docx", ".odt"]) == Path("avis.docx")
    assert output_file("avis.ODT", [".docx", ".odt"]) == Path("avis.ODT")
    assert output_file("avis", [".docx", ".odt"]) == Path("avis.docx")  # the first is added
    # a date or a number at the end of the name is no file type
    assert output_file("séance du 12.03", [".ics"]) == Path("séance du 12.03.ics")
    assert output_file("~/seances", [".ics"]) == Path.home() / "seances.ics"


@pytest.mark.parametrize(
    ("name", "suffixes", "sentence"),
    [
        ("x.pdf", [".docx"], "« x.pdf » ne peut pas recevoir cet export : son nom doit se "
         "terminer par .docx (document Word), pas par .pdf."),
        ("z.docx", [".ics"], "« z.docx » ne peut pas recevoir cet export : son nom doit se "
         "terminer par .ics (calendrier), pas par .docx."),
        ("liste.odt", [".docx", ".xlsx"], "« liste.odt » ne peut pas recevoir cet export : son "
         "nom doit se terminer par .docx (document Word) ou .xlsx (classeur), pas par .odt."),
    ],
)  # fmt: skip
def test_an_output_file_of_another_type_is_refused_in_one_sentence(
    name: str, suffixes: list[str], sentence: str
) -> None:
    from deliberation.errors import ExportError
    from deliberation.rules.file_names import output_file

    with pytest.raises(ExportError) as refused:
        output_file(name, suffixes)
    assert str(refused.value) == sentence
