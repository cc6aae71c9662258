"""MessageService.save_file: the file type a save dialog offers is the one written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from deliberation.ui.kit.messages import MessageService


@pytest.fixture
def dialogs(qapp: object, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The file dialog answers what `dialogs["typed"]` holds; error boxes are recorded."""
    seen: dict[str, list[str]] = {"typed": [], "errors": []}
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (seen["typed"].pop(0), args[3])),
    )
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        staticmethod(lambda parent, title, text: seen["errors"].append(text)),
    )
    return seen


def test_a_name_without_type_gets_the_dialogs(dialogs, tmp_path: Path) -> None:
    dialogs["typed"] = [str(tmp_path / "convocation"), str(tmp_path / "séance du 12.03")]
    messages = MessageService()
    word = messages.save_file(None, "Exporter", "a.docx", "Documents Word (*.docx)")
    assert word == tmp_path / "convocation.docx"
    calendar = messages.save_file(None, "Exporter", "a.ics", "Calendrier iCalendar (*.ics)")
    assert calendar == tmp_path / "séance du 12.03.ics"
    assert dialogs["errors"] == []


def test_a_name_of_another_type_is_refused_in_one_sentence(dialogs, tmp_path: Path) -> None:
    dialogs["typed"] = [str(tmp_path / "avis.pdf"), str(tmp_path / "tableau.XLSX")]
    messages = MessageService()
    assert messages.save_file(None, "Exporter", "avis.docx", "Documents Word (*.docx)") is None
    assert dialogs["errors"] == [
        "« avis.pdf » ne peut pas recevoir cet export : son nom doit se terminer par .docx "
        "(document Word), pas par .pdf."
    ]
    both = "Documents Word ou classeurs (*.docx *.xlsx)"
    assert messages.save_file(None, "Exporter", "t.docx", both) == tmp_path / "tableau.XLSX"
    assert not list(tmp_path.iterdir())  # asking writes nothing
