"""Aide › Raccourcis clavier: one table of every page's keys, the editor's too, with a filter."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from deliberation.ui.shell.shortcuts_dialog import ShortcutsDialog


def test_the_menu_opens_the_table_of_every_area(qtbot: QtBot, window, typist) -> None:
    window.keys_action.trigger()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.shown_rows()
    areas = {area for area, _keys, _what in rows}
    assert {"Partout", "Référentiel", "Séances", "Positions", "Avis", "Texte d'un avis"} <= areas
    assert ("Partout", "Ctrl+K", "Rechercher dans toute la base") in rows
    assert ("Partout", "Ctrl+P", "Imprimer le document affiché") in rows
    assert ("Partout", "F1", "Guide de l'utilisateur") in rows
    assert ("Avis", "Ctrl+Maj+S", "Figer une version") in rows

    typist(dialog.filter, "présence")
    shown = dialog.shown_rows()
    assert shown and all(area == "Séances" for area, _k, _w in shown)
    assert {keys for _a, keys, _w in shown} == {"P", "E", "A", "R", "N"}
    dialog.filter.setText("aucune touche pareille")
    assert dialog.shown_rows() == []
    dialog.reject()
