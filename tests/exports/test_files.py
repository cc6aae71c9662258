"""Exports are written atomically: a failure leaves the previous file and no temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from deliberation.errors import ExportError
from deliberation.exports.files import write_atomically


def test_a_complete_file_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "relevé.docx"
    target.write_text("ancien")
    write_atomically(target, lambda p: p.write_text("nouveau"))
    assert target.read_text() == "nouveau"
    assert os.listdir(tmp_path) == ["relevé.docx"]


def test_a_failing_writer_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ordre.docx"
    target.write_text("ancien")

    def fail(path: Path) -> None:
        path.write_text("à moitié")
        raise ValueError("boom")

    with pytest.raises(ValueError):
        write_atomically(target, fail)
    assert target.read_text() == "ancien"
    assert os.listdir(tmp_path) == ["ordre.docx"]


def test_unwritable_places_give_one_french_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="c'est un dossier"):
        write_atomically(tmp_path, lambda p: p.write_text("x"))
    with pytest.raises(ExportError, match="Impossible d'écrire dans le dossier"):
        write_atomically(tmp_path / "absent" / "f.ics", lambda p: p.write_text("x"))
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "verrou"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportError, match="droits insuffisants"):
            write_atomically(locked / "f.ics", lambda p: p.write_text("x"))
