"""The declared list of keys against the shortcuts really set on the window and its pages: a new
shortcut without its line fails here."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.shortcuts import EVERYWHERE, SHORTCUTS, french_keys
from deliberation.ui.main_window import OPINIONS, MainWindow
from deliberation.ui.meetings.attendance_panel import STATUS_KEYS
from deliberation.ui.positions.synthesis_view import STANCE_KEYS

PORTABLE = QKeySequence.SequenceFormat.PortableText
# Platform alternatives Qt adds to the standard Undo/Redo keys (not typed by anyone here).
PLATFORM_EXTRAS = {"Alt+Backspace", "Alt+Shift+Backspace", "Undo", "Redo"}


def set_shortcuts(qtbot: QtBot, root: Root, messages) -> set[tuple[str, str]]:
    """(area label, key) of every action or QShortcut of the window, every page built and an
    opinion opened."""
    window = MainWindow(Editor(root), root.store.location, messages)
    qtbot.addWidget(window)
    window.show()
    pages: dict[int, str] = {}
    for area in window.areas:
        pages[id(window.show_area(area.key))] = area.label
    window.page(OPINIONS).select_opinion(root.opinions.opinions()[0].id)  # type: ignore[attr-defined]

    def area_of(thing: QObject) -> str:
        parent = thing.parent()
        while parent is not None:
            if id(parent) in pages:
                return pages[id(parent)]
            parent = parent.parent()
        return EVERYWHERE

    found: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString(PORTABLE)
            if keys and keys not in PLATFORM_EXTRAS:
                found.add((area_of(action), keys))
    for shortcut in window.findChildren(QShortcut):
        found.add((area_of(shortcut), shortcut.key().toString(PORTABLE)))
    return found


def test_every_shortcut_of_the_window_is_declared(qtbot: QtBot, demo_root: Root, messages) -> None:
    found = set_shortcuts(qtbot, demo_root, messages)
    declared = {(s.area, s.keys) for s in SHORTCUTS if s.action}
    assert len(found) > 30
    assert found - declared == set(), "add these keys to SHORTCUTS (ui/kit/shortcuts.py)"
    # and every key declared for the whole window is really set on it
    everywhere = {k for a, k in declared if a == EVERYWHERE}
    assert everywhere - {k for a, k in found if a == EVERYWHERE} == set()


def test_a_window_key_means_one_thing(qtbot: QtBot) -> None:
    """A key of the whole window is not also a page's: Qt would call it ambiguous and do
    nothing (Ctrl+N was both « Nouvelle base » and each page's « Nouveau »)."""
    everywhere = {s.keys for s in SHORTCUTS if s.area == EVERYWHERE}
    pages = {s.keys for s in SHORTCUTS if s.area != EVERYWHERE and s.action}
    assert everywhere & pages == set()


def test_the_letters_read_by_the_tables_are_declared() -> None:
    declared = {(s.area, s.keys) for s in SHORTCUTS}
    for key in STANCE_KEYS:
        assert ("Positions", QKeySequence(key).toString(PORTABLE)) in declared
    for key in STATUS_KEYS:
        assert ("Séances", QKeySequence(key).toString(PORTABLE)) in declared


def test_keys_are_named_as_a_french_keyboard_names_them() -> None:
    assert french_keys("Ctrl+Shift+K") == "Ctrl+Maj+K"
    assert french_keys("Del") == "Suppr"
    assert french_keys("Ctrl++") == "Ctrl++"
    assert french_keys("Return") == "Entrée"
