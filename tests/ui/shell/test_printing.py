"""Fichier › Imprimer… / Exporter en PDF…: the document on screen, as a real PDF read back by
pdftotext; disabled with its reason where nothing is printable."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.main_window import GROUPS, MEETINGS, OPINIONS, POSITIONS, MainWindow
from deliberation.ui.shell.printing import PrintActions

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


@pytest.fixture
def demo_window(qtbot: QtBot, demo_root: Root, messages) -> MainWindow:
    window = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def export(window: MainWindow, messages, target: Path, written: Path | None = None) -> str:
    messages.save_to = target
    printing: PrintActions = window.printing
    printing.refresh()
    assert printing.pdf_action.isEnabled(), printing.pdf_action.toolTip()
    target = written or target
    assert printing.export_pdf() == target
    assert messages.errors == []
    assert target.is_file() and target.stat().st_size > 1000
    return pdf_text(target)


def test_the_opinion_on_screen_prints_its_first_paragraph(
    demo_window: MainWindow, demo_root: Root, messages, tmp_path: Path
) -> None:
    opinion = demo_root.opinions.opinions()[0]
    page = demo_window.show_area(OPINIONS)
    assert page.select_opinion(opinion.id)  # type: ignore[attr-defined]
    text = export(demo_window, messages, tmp_path / "avis.pdf")
    paragraphs = demo_root.opinions.text(opinion.id).paragraphs
    first = next(p for p in paragraphs if p.kind != "heading")
    assert " ".join(first.text.split())[:60] in text
    assert " ".join(opinion.title.split())[:40] in text
    assert messages.save_requests[-1].startswith("avis-") and messages.save_requests[-1].endswith(
        ".pdf"
    )


def test_the_meeting_on_screen_prints_its_title_date_and_agenda(
    demo_window: MainWindow, demo_root: Root, messages, tmp_path: Path
) -> None:
    meeting = next(m for m in demo_root.meetings.meetings() if m.title.strip())
    page = demo_window.show_area(MEETINGS)
    page.show_meeting(meeting.id)  # type: ignore[attr-defined]
    text = export(demo_window, messages, tmp_path / "seance.pdf")
    details = demo_root.meetings.details(meeting.id)
    assert " ".join(meeting.title.split()) in text
    assert "Ordre du jour" in text
    assert str(meeting.day.year) in text
    if details.schedule:
        assert " ".join(details.schedule[0].item.title.split())[:40] in text
    assert "1 / " in text or "1/" in text or " 1 " in text  # pages are numbered


def test_the_synthesis_and_the_directory_print(
    demo_window: MainWindow, demo_root: Root, messages, tmp_path: Path
) -> None:
    consultation = demo_root.positions.consultations()[0]
    demo_window.show_consultation(consultation.id)
    text = export(demo_window, messages, tmp_path / "synthese.pdf")
    assert " ".join(consultation.title.split())[:40] in text
    assert "Résultat par sujet" in text

    demo_window.show_area("referential")
    text = export(demo_window, messages, tmp_path / "annuaire", tmp_path / "annuaire.pdf")
    assert "Annuaire des membres" in text
    organisation = demo_root.referential.organisations()[0]
    assert organisation.acronym in text


def test_the_home_page_prints_as_it_is(demo_window: MainWindow, messages, tmp_path: Path) -> None:
    demo_window.show_area("home")
    text = export(demo_window, messages, tmp_path / "accueil.pdf")
    assert "Prochaines séances" in text and "Actions à suivre" in text


def test_nothing_printable_disables_the_actions_with_the_reason(
    demo_window: MainWindow, messages, qtbot: QtBot
) -> None:
    demo_window.show_area(GROUPS)
    printing: PrintActions = demo_window.printing
    assert not printing.print_action.isEnabled() and not printing.pdf_action.isEnabled()
    assert printing.pdf_action.toolTip() == "Cet espace n'a pas de document à imprimer."
    demo_window.show_area(POSITIONS)
    page = demo_window.page(POSITIONS)
    if page.area.synthesis is None:  # type: ignore[attr-defined]
        assert printing.print_action.toolTip() == "Choisissez d'abord une consultation."
    assert printing.print_action.shortcut().toString() == "Ctrl+P"


def test_a_missing_folder_is_one_sentence_and_nothing_is_written(
    demo_window: MainWindow, messages, tmp_path: Path
) -> None:
    demo_window.show_area("referential")
    messages.save_to = tmp_path / "absent" / "annuaire.pdf"
    assert demo_window.printing.export_pdf() is None
    [error] = messages.errors
    assert "n'existe pas" in error and not (tmp_path / "absent").exists()
