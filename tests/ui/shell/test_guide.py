"""Aide › Guide de l'utilisateur (F1): the guide shipped in resources/guide, its contents, its
pictures, and the find field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from deliberation.resources import resource_path
from deliberation.ui.shell.guide import GuideWindow, guide_file, sections

AREAS = [
    "Accueil", "Référentiel", "Groupes de travail", "Séances", "Positions", "Avis", "Courriels",
    "Recherche (Ctrl+K)", "Fichier et base",
]  # fmt: skip


def test_the_guide_is_shipped_with_its_pictures_and_stays_small() -> None:
    path = guide_file()
    assert path == resource_path("guide", "guide.html")
    text = path.read_text(encoding="utf-8")
    assert [s.title for s in sections(text)] == AREAS
    pictures = re.findall(r'<img src="([^"]+)"', text)
    assert len(pictures) >= 8
    for picture in pictures:
        assert (path.parent / picture).is_file(), picture
    total = sum(p.stat().st_size for p in path.parent.rglob("*") if p.is_file())
    assert total < 2 * 1024 * 1024


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_f1_opens_the_guide_on_its_contents(qtbot: QtBot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    assert guide.section_titles() == AREAS
    assert "Guide de l'utilisateur" in guide.browser.toPlainText()
    # the pictures are found (relative to the guide's file)
    document = guide.browser.document()
    image = document.resource(
        QTextDocument.ResourceType.ImageResource,
        guide.browser.source().resolved("images/accueil.png"),
    )
    assert image is not None and not image.isNull()
    # a section of the contents scrolls the text to it
    guide.contents.setCurrentRow(5)
    guide._section_chosen(guide.contents.item(5))
    assert guide.browser.verticalScrollBar().value() > 0
    guide.close()


def test_the_find_field_finds_next_and_previous_and_says_when_nothing(
    qtbot: QtBot, messages, typist
) -> None:
    guide = GuideWindow(messages)
    qtbot.addWidget(guide)
    guide.show()
    typist(guide.find_field, "amendement")
    assert guide.browser.textCursor().selectedText().lower() == "amendement"
    first = guide.browser.textCursor().selectionStart()
    assert guide.find_next()
    second = guide.browser.textCursor().selectionStart()
    assert second != first
    assert guide.find_previous()
    assert guide.browser.textCursor().selectionStart() == first
    assert guide.find_note.text() == ""

    guide.find_field.setText("zythogramme")
    assert not guide.find_next()
    assert guide.find_note.text() == "Aucun résultat pour « zythogramme » dans le guide."


def test_a_missing_guide_is_said_in_one_sentence(
    qtbot: QtBot, messages, monkeypatch, tmp_path: Path
) -> None:
    import deliberation.ui.shell.guide as guide_module

    monkeypatch.setattr(guide_module, "GUIDE_FILE", ("absent", "guide.html"))
    guide = GuideWindow(messages)
    qtbot.addWidget(guide)
    assert guide.browser.toPlainText() == (
        "Le guide de l'utilisateur est introuvable dans l'installation."
    )
    assert guide.section_titles() == []


def test_the_english_guide_is_the_french_one_translated_with_the_same_pictures() -> None:
    french = guide_file("fr")
    english = guide_file("en")
    assert english == resource_path("guide", "guide_en.html")
    text = english.read_text(encoding="utf-8")
    assert [s.title for s in sections(text)] == [
        "Home", "Directory", "Working groups", "Meetings", "Positions", "Opinions", "Emails",
        "Search (Ctrl+K)", "File and database",
    ]  # fmt: skip
    # the same sections (anchors) and the same pictures as the French guide
    french_text = french.read_text(encoding="utf-8")
    assert [s.anchor for s in sections(text)] == [s.anchor for s in sections(french_text)]
    pictures = re.findall(r'<img src="([^"]+)"', text)
    assert pictures == re.findall(r'<img src="([^"]+)"', french_text)
    # no French sentence left: none of the French guide's common words
    plain = re.sub(r"<[^>]+>", " ", text)
    assert not re.search(r"\b(?:les|des|une|pour|dans|avec|sont)\b", plain), plain


def test_the_guide_follows_the_interface_language(qtbot: QtBot, qapp, messages) -> None:
    from deliberation.ui.kit.language import ENGLISH, FRENCH, install

    install(qapp, ENGLISH)
    try:
        guide = GuideWindow(messages)
        qtbot.addWidget(guide)
        assert guide.section_titles()[0] == "Home"
        assert "Délibération user guide" in guide.browser.toPlainText()
    finally:
        install(qapp, FRENCH)
    assert guide_file() == resource_path("guide", "guide.html")
