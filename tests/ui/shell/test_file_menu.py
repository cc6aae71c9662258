"""Fichier's bases in the window: new, open, recent (a missing one), a copy while working."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pytestqt.qtbot import QtBot

from deliberation.services.root import open_root
from deliberation.ui.main_window import HOME, REFERENTIAL, MainWindow
from deliberation.ui.shell.store_files import recent_stores, remember_store


def _switched(qtbot: QtBot, window: MainWindow, trigger) -> None:
    with qtbot.waitSignal(window.store_switched, timeout=30_000):
        trigger()


def _organisations(window: MainWindow) -> int:
    page = window.page(REFERENTIAL)
    return page.proxy.rowCount()  # type: ignore[attr-defined]


def test_new_base_is_created_seeded_and_shown(qtbot, window, messages, tmp_path: Path) -> None:
    old_editor = window.editor
    messages.save_to = tmp_path / "nouvelle.sqlite3"
    _switched(qtbot, window, window.file_menu.new_action.trigger)
    assert messages.save_to.is_file()
    assert window.editor is not old_editor
    assert window.location == str(messages.save_to)
    assert window.location_label.text() == f"Base : {messages.save_to}"
    assert window.windowTitle() == "Comité des partenaires — nouvelle.sqlite3"
    assert _organisations(window) == 14  # seeded like a first start
    assert recent_stores()[0] == str(messages.save_to)
    assert messages.errors == []


def test_new_base_refuses_an_existing_file(window, messages, tmp_path: Path) -> None:
    existing = tmp_path / "existe.sqlite3"
    existing.write_text("à garder", encoding="utf-8")
    messages.save_to = existing
    before = window.editor
    window.file_menu.new_action.trigger()
    assert messages.errors == [
        f"Le fichier {existing} existe déjà ; ouvrez-le avec « Ouvrir une base… » ou choisissez "
        "un autre nom."
    ]
    assert existing.read_text(encoding="utf-8") == "à garder"
    assert window.editor is before


def test_open_shows_the_other_base_and_closes_the_first(
    qtbot, window, messages, tmp_path: Path
) -> None:
    other = tmp_path / "autre.sqlite3"
    with open_root(str(other)):
        pass
    with closing(sqlite3.connect(other)) as db, db:
        db.execute("UPDATE organisation SET name = 'Autre base' WHERE acronym = 'AMF'")
    messages.open_from = other
    first_root = window.editor.root
    _switched(qtbot, window, window.file_menu.open_action.trigger)
    assert window.raw_location == str(other)
    assert window.current_area() == HOME  # the other base opens on its Accueil, as at start-up
    assert window.editor.root is not first_root
    page = window.show_area(REFERENTIAL)
    proxy = page.proxy  # type: ignore[attr-defined]
    shown = {
        proxy.index(row, column).data()
        for row in range(proxy.rowCount())
        for column in range(proxy.columnCount())
    }
    assert "Autre base" in shown
    # the first base's connections are closed: its file can be copied, moved or removed
    assert first_root.store.engine.pool.checkedout() == 0


def test_open_refuses_a_file_that_is_not_a_base(qtbot, window, messages, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("Ceci n'est pas une base.\n" * 10, encoding="utf-8")
    messages.open_from = bogus
    before = window.editor
    window.file_menu.open_action.trigger()
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=30_000)
    assert messages.errors == [f"Le fichier {bogus} n'est pas une base Délibération."]
    assert window.editor is before
    assert bogus.read_text(encoding="utf-8").startswith("Ceci n'est pas une base.")


def test_recent_lists_the_bases_opened_before_and_forgets_a_missing_one(
    qtbot, window, messages, tmp_path: Path
) -> None:
    kept = tmp_path / "gardée.sqlite3"
    with open_root(str(kept)):
        pass
    gone = tmp_path / "disparue.sqlite3"
    remember_store(str(gone))
    remember_store(str(kept))
    window.file_menu.fill_recent()
    listed = [a.data() for a in window.file_menu.recent_menu.actions()]
    assert listed[:2] == [str(kept), str(gone)]
    assert window.raw_location not in listed  # the base shown is not offered again
    texts = [a.text() for a in window.file_menu.recent_menu.actions()]
    assert texts[:2] == ["&1 gardée.sqlite3", "&2 disparue.sqlite3"]

    window.file_menu.recent_menu.actions()[1].trigger()
    assert messages.errors == [
        f"La base {gone} n'existe plus à cet emplacement ; elle est retirée des bases récentes."
    ]
    assert str(gone) not in recent_stores()
    assert not gone.exists()

    _switched(qtbot, window, window.file_menu.recent_menu.actions()[0].trigger)
    assert window.raw_location == str(kept)


def test_save_a_copy_while_another_program_writes(
    qtbot, window, messages, opened, tmp_path: Path
) -> None:
    target = tmp_path / "copie.sqlite3"
    messages.save_to = target
    with closing(sqlite3.connect(opened.store.location, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE organisation SET name = 'Pendant la copie'")
        window.file_menu.copy_action.trigger()
        qtbot.waitUntil(lambda: target.is_file(), timeout=30_000)
        other.execute("ROLLBACK")
    qtbot.waitUntil(lambda: "Copie de la base enregistrée" in window.statusBar().currentMessage())
    assert messages.save_requests[0].startswith("store-copie-")
    with open_root(str(target)) as copy:
        names = {o.name for o in copy.referential.organisations()}
    assert names == {o.name for o in opened.referential.organisations()}
    assert "Pendant la copie" not in names
    assert messages.errors == []
