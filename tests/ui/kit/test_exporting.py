"""The « Exporter » menu's writing: where the user says, on a worker thread, one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deliberation.errors import ExportError
from deliberation.ui.kit.exporting import RegisterExport


def make(qtbot: QtBot, messages) -> tuple[QWidget, RegisterExport]:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget, RegisterExport(widget, messages)


def test_writes_where_the_user_says_and_says_so(qtbot: QtBot, messages, tmp_path: Path) -> None:
    _widget, exporter = make(qtbot, messages)
    written: list[Path] = []

    def write(path: Path) -> Path:
        path.write_text("ok", encoding="utf-8")
        written.append(path)
        return path

    messages.save_to = tmp_path / "liste"  # typed without its suffix
    with qtbot.waitSignal(exporter.done) as said:
        assert exporter.start("Exporter", "2027-04-06-liste.xlsx", write, "Écrit dans %1.")
    assert written == [tmp_path / "liste.xlsx"]
    assert said.args == [f"Écrit dans {tmp_path / 'liste.xlsx'}."]
    assert messages.save_requests == ["2027-04-06-liste.xlsx"]


def test_a_cancel_writes_nothing_and_a_refusal_is_one_sentence(
    qtbot: QtBot, messages, tmp_path: Path
) -> None:
    _widget, exporter = make(qtbot, messages)
    messages.save_to = None
    assert not exporter.start("Exporter", "liste.docx", lambda p: p, "%1")
    assert exporter.task is None

    def refuse(path: Path) -> Path:
        raise ExportError("Impossible d'écrire « liste.docx ».")

    messages.save_to = tmp_path / "liste.docx"
    assert exporter.start("Exporter", "liste.docx", refuse, "%1")
    qtbot.waitUntil(lambda: bool(messages.errors))
    assert messages.errors == ["Impossible d'écrire « liste.docx »."]
    assert not (tmp_path / "liste.docx").exists()


def test_the_menu_offers_word_then_a_spreadsheet_and_asks_for_that_type(
    qtbot: QtBot, messages
) -> None:
    _widget, exporter = make(qtbot, messages)
    asked: list[str] = []
    menu = exporter.menu("Exporter l'annuaire", asked.append)
    assert menu.title() == "Exporter l'annuaire"
    word, sheet = menu.actions()
    assert (word.text(), sheet.text()) == ("En Word…", "En tableur…")
    sheet.trigger()
    word.trigger()
    assert asked == [".xlsx", ".docx"]
