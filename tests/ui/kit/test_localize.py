"""The window shows the lower layers' labels, Sentences and errors in the chosen language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from deliberation.errors import StoreUnavailableError, ValidationError
from deliberation.records.i18n import Sentence
from deliberation.records.meetings import MEETING_KINDS
from deliberation.records.positions import STANCES
from deliberation.rules.consensus import ConsensusRule
from deliberation.store.database import open_store
from deliberation.ui.kit.localize import error_text, label_text, localized
from deliberation.ui.kit.meeting_labels import kind_label

ENGLISH = {
    "labels": {
        "Réunion plénière": "Plenary meeting",
        "Adopté": "Adopted",
        "Favorable sous réserve": "Favourable with reservations",
        "au moins {count} réponse": "at least {count} answer",
        "(hors abstentions)": "(abstentions excluded)",
        "Consensus : aucun avis défavorable et {text}.": "Consensus: no objection and {text}.",
    },
    "errors": {
        "{path} est un dossier, pas un fichier de base.": (
            "{path} is a folder, not a database file."
        ),
        "Impossible d'écrire {name} : {reason}.": "Cannot write {name}: {reason}.",
        "droits insuffisants": "insufficient rights",
        "Le nom est obligatoire.": "The name is required.",
        "L'avis est déjà « {status} ».": "The opinion is already “{status}”.",
        "Nom en double {name}.": "Duplicate name {wrong}.",
    },
}


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or Path(sys.executable).parent / "pyside6-lrelease"
    return str(found)


def catalogue(messages: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{context}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in pairs.items()
        )
        + "</context>"
        for context, pairs in messages.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">{contexts}</TS>'
    )


@pytest.fixture
def english(qapp: object, tmp_path: Path) -> Iterator[None]:
    """An English translation of a few lower-layer strings, compiled by lrelease and installed."""
    source, compiled = tmp_path / "en.ts", tmp_path / "en.qm"
    source.write_text(catalogue(ENGLISH), encoding="utf-8")
    subprocess.run([lrelease(), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_labels_and_sentences_in_english(english: None) -> None:
    assert label_text(MEETING_KINDS["plenary"]) == "Plenary meeting"
    assert kind_label("plenary") == "Plenary meeting"
    assert label_text(STANCES["reserved"]) == "Favourable with reservations"
    assert label_text(STANCES["favorable"]) == "Favorable"  # not translated here: the French
    assert label_text("unknown_code") == "unknown_code"
    sentence = Sentence(
        "Impossible d'écrire {name} : {reason}.", name="a.docx", reason="droits insuffisants"
    )
    assert sentence == "Impossible d'écrire a.docx : droits insuffisants."
    assert localized(sentence) == "Cannot write a.docx: insufficient rights."
    assert localized("Le nom est obligatoire.") == "The name is required."
    assert localized("Une phrase sans traduction.") == "Une phrase sans traduction."


def test_a_translation_with_a_wrong_placeholder_falls_back_to_french(english: None) -> None:
    assert localized(Sentence("Nom en double {name}.", name="GT")) == "Nom en double GT."


def test_errors_of_the_lower_layers_in_english(english: None, tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError) as raised:
        open_store(str(tmp_path))
    assert error_text(raised.value) == f"{tmp_path} is a folder, not a database file."
    refused = ValidationError({"name": "Le nom est obligatoire.", "other": "Autre chose."})
    assert error_text(refused) == "The name is required. Autre chose."
    assert error_text(RuntimeError("internal")) == "internal"


def test_without_translation_the_window_shows_the_french(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError) as raised:
        open_store(str(tmp_path))
    assert error_text(raised.value) == str(raised.value)
    assert label_text(MEETING_KINDS["plenary"]) == "Réunion plénière"


def test_a_sentence_inside_a_sentence_is_translated_in_its_own_context(english: None) -> None:
    area = Sentence.in_context("labels", "Réunion plénière")
    where = Sentence.in_context("labels", "{step0} › {step1}", step0=area, step1="Budget {2027}")
    assert where == "Réunion plénière › Budget {2027}"
    assert localized(where) == "Plenary meeting › Budget {2027}"


def test_a_composed_wording_is_translated_piece_by_piece(english: None) -> None:
    rule = ConsensusRule(min_answers=1)
    assert rule.describe() == (
        "Consensus : aucun avis défavorable et au moins 1 réponse (hors abstentions)."
    )
    assert localized(rule.describe()) == (
        "Consensus: no objection and at least 1 answer (abstentions excluded)."
    )


def test_a_lowered_label_in_a_sentence_is_translated(english: None) -> None:
    from deliberation.records.opinion_labels import OPINION_STATUSES

    sentence = Sentence("L'avis est déjà « {status} ».", status=OPINION_STATUSES["adopted"].lower())
    assert sentence == "L'avis est déjà « adopté »."
    assert localized(sentence) == "The opinion is already “adopted”."
    # a name is not a label: shown as it is
    named = Sentence("L'avis est déjà « {status} ».", status="brouillon de Marie")
    assert localized(named) == "The opinion is already “brouillon de Marie”."


def test_a_day_in_a_sentence_is_written_in_the_interface_language(qapp) -> None:
    from deliberation.rules.wording import LongDay
    from deliberation.ui.kit.language import ENGLISH, FRENCH, install

    sentence = Sentence("Séance du {day}", day=LongDay(2027, 2, 10))
    assert sentence == "Séance du mercredi 10 février 2027"
    install(qapp, ENGLISH)
    try:
        assert localized(sentence).endswith("Wednesday 10 February 2027")
    finally:
        install(qapp, FRENCH)
    assert localized(sentence) == "Séance du mercredi 10 février 2027"
