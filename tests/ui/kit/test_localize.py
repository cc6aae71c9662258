"""The window shows the lower layers' labels, Sentences and errors in the chosen language."""

from __future__ import annotations

import shutil
import smtplib
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from tests.mail.server import Behaviour, free_port, smtp_server
from tests.mail.test_message import SETTINGS, WHEN, convocation
from tests.services.test_positions import consultation, ids

from deliberation.errors import (
    ExportError,
    MailConnectionError,
    MailRefusedError,
    ResourceError,
    StoreUnavailableError,
    ValidationError,
)
from deliberation.mail.message import build_message
from deliberation.mail.transport import Connection, _refused, connect
from deliberation.records.home import CHANGE_KINDS
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.mail import MailSettings, Recipient
from deliberation.records.meetings import MEETING_KINDS
from deliberation.records.positions import STANCES, ConsultationInput, PositionInput
from deliberation.rules.consensus import ConsensusRule
from deliberation.rules.file_names import output_file
from deliberation.rules.mail_wording import check_template
from deliberation.services.mailing import MailBatch
from deliberation.services.positions import Positions
from deliberation.services.root import Root
from deliberation.services.search import KINDS
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
        "avis": "opinion",
        "Avis": "Opinion",
        "paragraphe": "paragraph",
    },
    "labels-plural": {"avis": "opinions", "Avis": "Opinions", "séances": "meetings"},
    "areas": {"Avis": "Opinions"},
    "errors": {
        "{path} est un dossier, pas un fichier de base.": (
            "{path} is a folder, not a database file."
        ),
        "Impossible d'écrire {name} : {reason}.": "Cannot write {name}: {reason}.",
        "droits insuffisants": "insufficient rights",
        "Le nom est obligatoire.": "The name is required.",
        "L'avis est déjà « {status} ».": "The opinion is already “{status}”.",
        "Nom en double {name}.": "Duplicate name {wrong}.",
        "Le modèle « {kind} » ({part}) {where} contient le champ {shown}, inconnu : les champs "
        "possibles sont {join}.": (
            "The “{kind}” template ({part}) {where} contains the unknown field {shown}: the "
            "possible fields are {join}."
        ),
        "du fichier « {origin} »": "from the file “{origin}”",
        "de l'application": "built into the application",
        "Impossible de joindre le serveur {where} : {what}.": (
            "Cannot reach the server {where}: {what}."
        ),
        "connexion refusée": "connection refused",
        "Le serveur a refusé le message : {what} : {reason}.": (
            "The server refused the message: {what}: {reason}."
        ),
        "Le serveur a refusé le message : {what}.": "The server refused the message: {what}.",
        "le message a été refusé": "the message was refused",
        "le destinataire {refused} refusé(s)": "recipient {refused} refused",
        "La connexion au serveur {host} a été perdue ({reason}) ; les messages non envoyés "
        "partiront au prochain envoi.": (
            "The connection to the server {host} was lost ({reason}); unsent messages will go "
            "out with the next send."
        ),
        "La connexion au serveur {host} a été perdue ; les messages non envoyés partiront au "
        "prochain envoi.": (
            "The connection to the server {host} was lost; unsent messages will go out with the "
            "next send."
        ),
        "Le sujet « {label} » a déjà {count} position : il ne peut pas être retiré.": (
            "The subject “{label}” already has {count} position: it cannot be removed."
        ),
        "Le sujet « {label} » a déjà {count} positions : il ne peut pas être retiré.": (
            "The subject “{label}” already has {count} positions: it cannot be removed."
        ),
        "Aucun délégué avec une adresse électronique pour : {names} ; ces organisations ne "
        "recevront pas ce message.": (
            "No delegate with an email address for: {names}; these organisations will not "
            "receive this message."
        ),
        "« {name} » ne peut pas recevoir cet export : son nom doit se terminer par {choices}, "
        "pas par {suffix}.": (
            "“{name}” cannot receive this export: its name must end in {choices}, not in {suffix}."
        ),
        "{first} ou {rest}": "{first} or {rest}",
        "document Word": "Word document",
        "classeur": "spreadsheet",
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


# -- wordings the translators reported: the English reads right, the French stays --------------


def test_a_count_word_has_its_own_plural(english: None) -> None:
    one, many = CHANGE_KINDS["opinion"]
    assert one == many == "avis"  # the home page's French: « 1 avis », « 3 avis »
    assert (label_text(one), label_text(many)) == ("opinion", "opinions")
    assert label_text(CHANGE_KINDS["meeting"][1]) == "meetings"
    singular, heading = KINDS["opinion"]
    assert singular == heading == "Avis"
    assert (label_text(singular), label_text(heading)) == ("Opinion", "Opinions")


def test_a_search_hit_names_the_opinions_area_in_the_plural(english: None, demo_root: Root) -> None:
    paragraph = next(h for h in demo_root.search.find("etablissement") if h.kind == "paragraph")
    assert paragraph.where.startswith("Avis › ") and paragraph.where.endswith(" › paragraphe")
    shown = localized(paragraph.where)
    assert shown.startswith("Opinions › ") and shown.endswith(" › paragraph")
    opinion = next(h for h in demo_root.search.find("avis") if h.kind == "opinion")
    assert label_text(opinion.kind_label) == "Opinion"
    assert localized(opinion.where).startswith("Opinions › ")


@pytest.mark.parametrize(
    ("origin", "french", "english_where"),
    [
        ("modeles.toml", "du fichier « modeles.toml »", "from the file “modeles.toml”"),
        ("", "de l'application", "built into the application"),
    ],
)
def test_where_a_mail_template_comes_from_is_translated(
    english: None, origin: str, french: str, english_where: str
) -> None:
    with pytest.raises(ResourceError) as raised:
        check_template("convocation", "subject", "Séance {oops}", origin)
    assert str(raised.value).startswith(
        f"Le modèle « convocation » (subject) {french} contient le champ {{oops}}, inconnu : "
    )
    assert error_text(raised.value).startswith(
        f"The “convocation” template (subject) {english_where} contains the unknown field "
        "{oops}: the possible fields are {organisation}, "
    )


def test_the_mail_server_s_refusals_read_right_in_english(english: None) -> None:
    port = free_port()
    with pytest.raises(MailConnectionError) as raised:
        connect(MailSettings(host="127.0.0.1", port=port, security="none"), None, timeout=5)
    assert (
        str(raised.value)
        == f"Impossible de joindre le serveur 127.0.0.1:{port} : connexion refusée."
    )
    assert (
        error_text(raised.value) == f"Cannot reach the server 127.0.0.1:{port}: connection refused."
    )

    refused = _refused(554, b"5.7.1 Refus", QT_TRANSLATE_NOOP("errors", "le message a été refusé"))
    assert (
        str(refused)
        == "Le serveur a refusé le message : le message a été refusé : 554 5.7.1 Refus."
    )
    assert (
        error_text(refused)
        == "The server refused the message: the message was refused: 554 5.7.1 Refus."
    )

    mail = convocation(to=(Recipient("inconnu@regions.example.fr"),))
    with (
        smtp_server(Behaviour(refuse={"inconnu@regions.example.fr"})) as server,
        connect(MailSettings(host="127.0.0.1", port=server.port, security="none"), None) as c,
        pytest.raises(MailRefusedError) as caught,
    ):
        c.send(build_message(mail, SETTINGS, WHEN), lambda: None)
    assert str(caught.value) == (
        "Le serveur a refusé le message : le destinataire inconnu@regions.example.fr "
        "(550 5.1.1 Destinataire inconnu) refusé(s)."
    )
    assert error_text(caught.value) == (
        "The server refused the message: recipient inconnu@regions.example.fr "
        "(550 5.1.1 Destinataire inconnu) refused."
    )

    connection = Connection(SETTINGS, smtplib.SMTP())
    lost = connection._broken(smtplib.SMTPResponseException(421, b"4.3.0 Fermeture"))
    assert str(lost) == (
        "La connexion au serveur smtp.example.org a été perdue (421 4.3.0 Fermeture) ; les "
        "messages non envoyés partiront au prochain envoi."
    )
    assert error_text(lost) == (
        "The connection to the server smtp.example.org was lost (421 4.3.0 Fermeture); unsent "
        "messages will go out with the next send."
    )
    assert error_text(connection._broken(smtplib.SMTPServerDisconnected())) == (
        "The connection to the server smtp.example.org was lost; unsent messages will go out "
        "with the next send."
    )


def test_one_position_and_several_are_two_sentences(
    english: None, opened: Root, positions: Positions
) -> None:
    snap = consultation(opened, positions)
    (amf,) = ids(opened, "AMF")
    positions.apply_position(
        positions.new_position(
            PositionInput(snap.subjects[0].id, amf, "favorable", received_on=date(2026, 3, 5))
        )
    )
    data = ConsultationInput(
        snap.title,
        snap.opened_on,
        snap.deadline,
        subjects=snap.subjects[1:],
        consulted=snap.consulted,
        min_answers=snap.min_answers,
    )
    with pytest.raises(ValidationError) as caught:
        positions.edited_consultation(snap, data)
    assert caught.value.messages["subjects"] == (
        "Le sujet « Projet d'avis sur les ENT » a déjà 1 position : il ne peut pas être retiré."
    )
    assert error_text(caught.value) == (
        "The subject “Projet d'avis sur les ENT” already has 1 position: it cannot be removed."
    )


def test_the_organisations_without_an_address_in_english(english: None) -> None:
    batch = MailBatch((), unreachable=("AMF — Association des maires", "ADF — Départements"))
    assert batch.unreachable_sentence() == (
        "Aucun délégué avec une adresse électronique pour : AMF — Association des maires, "
        "ADF — Départements ; ces organisations ne recevront pas ce message."
    )
    assert localized(batch.unreachable_sentence()) == (
        "No delegate with an email address for: AMF — Association des maires, ADF — "
        "Départements; these organisations will not receive this message."
    )


def test_a_wrong_export_name_is_refused_in_english(english: None) -> None:
    with pytest.raises(ExportError) as raised:
        output_file("liste.odt", [".docx", ".xlsx"])
    assert str(raised.value) == (
        "« liste.odt » ne peut pas recevoir cet export : son nom doit se terminer par .docx "
        "(document Word) ou .xlsx (classeur), pas par .odt."
    )
    assert error_text(raised.value) == (
        "“liste.odt” cannot receive this export: its name must end in .docx (Word document) or "
        ".xlsx (spreadsheet), not in .odt."
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
