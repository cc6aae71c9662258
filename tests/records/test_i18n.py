"""The lower layers' translation marks: Sentences keep the French text, lupdate finds the marks."""

from __future__ import annotations

import copy
import pickle
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deliberation.errors import StoreUnavailableError, ValidationError, os_reason
from deliberation.records.i18n import (
    AREAS,
    ERRORS,
    LABELS,
    PLURALS,
    QT_TRANSLATE_NOOP,
    Sentence,
    sentence_of,
)
from deliberation.records.meetings import MEETING_KINDS
from deliberation.records.positions import STANCES
from deliberation.store.database import open_store

SRC = Path(__file__).parents[2] / "src"


def test_the_marker_gives_back_the_text() -> None:
    assert QT_TRANSLATE_NOOP("labels", "Favorable") == "Favorable"
    assert type(QT_TRANSLATE_NOOP("errors", "Texte")) is str
    assert MEETING_KINDS["plenary"] == "Réunion plénière"
    assert STANCES["reserved"] == "Favorable sous réserve"


def test_a_sentence_is_the_french_text_with_its_template_and_params() -> None:
    sentence = Sentence(
        "Le fichier {name} pèse {size:.1f} Mo ({kind!r}).", name="a.docx", size=2.25, kind="x"
    )
    assert sentence == "Le fichier a.docx pèse 2.2 Mo ('x')."
    assert isinstance(sentence, str)
    assert sentence.context == ERRORS
    assert sentence.template == "Le fichier {name} pèse {size:.1f} Mo ({kind!r})."
    assert sentence.params == {"name": "a.docx", "size": 2.25, "kind": "x"}
    labelled = Sentence.in_context(LABELS, "{count} séances", count=3)
    assert (labelled, labelled.context) == ("3 séances", LABELS)


def test_a_sentence_without_params_is_its_template_unformatted() -> None:
    assert Sentence("Accolades {gardées}.") == "Accolades {gardées}."


def test_a_sentence_survives_pickle_and_copy() -> None:
    sentence = Sentence("Le groupe {name} est clos.", name="GT 1")
    for again in (
        pickle.loads(pickle.dumps(sentence)),
        copy.copy(sentence),
        copy.deepcopy(sentence),
    ):
        assert isinstance(again, Sentence)
        assert (again, again.template, again.params) == (
            sentence,
            sentence.template,
            sentence.params,
        )


def test_an_error_keeps_its_sentence(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError) as raised:
        open_store(str(tmp_path))
    sentence = sentence_of(raised.value)
    assert isinstance(sentence, Sentence)
    assert sentence == str(raised.value) == f"{tmp_path} est un dossier, pas un fichier de base."
    assert sentence.template == "{path} est un dossier, pas un fichier de base."
    assert sentence_of(ValueError()) == ""
    assert sentence_of(ValidationError({"name": "Le nom est obligatoire."})) == (
        "Le nom est obligatoire."
    )


def test_an_os_reason_is_a_marked_fragment() -> None:
    assert os_reason(PermissionError(13, "Permission denied")) == "droits insuffisants"
    unknown = os_reason(OSError(9999, "odd"))
    assert isinstance(unknown, Sentence) and unknown == "erreur système n° 9999"


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(__import__("sys").executable).parent / "pyside6-lupdate").exists(),
    reason="no lupdate",
)
def test_lupdate_finds_the_lower_layers_marks_without_warnings(tmp_path: Path) -> None:
    import sys

    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    lower = [
        str(path)
        for part in ("records", "rules", "store", "services", "exports", "review", "mail")
        for path in sorted((SRC / "deliberation" / part).rglob("*.py"))
    ] + [str(SRC / "deliberation" / "errors.py")]
    catalogue = tmp_path / "lower.ts"
    run = subprocess.run(
        [lupdate, *lower, "-ts", str(catalogue)], capture_output=True, text=True, check=True
    )
    assert "warning" not in (run.stdout + run.stderr).lower()
    contexts = {
        context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
        for context in ET.parse(catalogue).getroot().iter("context")
    }
    assert set(contexts) == {LABELS, ERRORS, PLURALS, AREAS}
    # « avis » is a singular and a plural, « Avis » a kind and the Opinions area: each its own
    assert "avis" in contexts[LABELS] and "avis" in contexts[PLURALS]
    assert "Avis" in contexts[LABELS] and "Avis" in contexts[AREAS]
    assert len(contexts[LABELS]) > 120
    assert len(contexts[ERRORS]) > 180
    assert {"Réunion plénière", "Favorable sous réserve", "En consultation"} <= contexts[LABELS]
    assert "{path} est un dossier, pas un fichier de base." in contexts[ERRORS]
    assert "droits insuffisants" in contexts[ERRORS]
