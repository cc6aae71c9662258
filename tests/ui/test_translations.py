"""The English interface's catalogue: in step with the sources, complete, and used by the window.

The catalogue is resources/translations/deliberation_en.ts (scripts/translations.sh update makes
it from the sources; translators fill it; scripts/translations.sh compile makes the .qm).
"""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.language import ENGLISH, FRENCH, install
from deliberation.ui.main_window import (
    GROUPS,
    HOME,
    MEETINGS,
    OPINIONS,
    POSITIONS,
    REFERENTIAL,
    MainWindow,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "deliberation_en.ts"
UPDATE = "scripts/translations.sh update"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_catalogue(ts: Path) -> list[Message]:
    """Every message of a .ts file."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            kind = translation.get("type")
            found.append(Message(name, message.findtext("source", ""), texts, kind is None))
    return found


def run_tool(tool: str, *args: str) -> None:
    """Run PySide6's lupdate or lrelease (the ones beside the Python running the tests)."""
    code = f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, cwd=ROOT)


def sources_now(tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in today's sources, as (context, source) pairs."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    run_tool("lupdate", *files, "-no-obsolete", "-ts", str(fresh))
    return {(m.context, m.source) for m in read_catalogue(fresh)}


# -- the catalogue and the sources --------------------------------------------------------------


def test_the_catalogue_holds_every_string_lupdate_finds(tmp_path: Path) -> None:
    committed = {(m.context, m.source) for m in read_catalogue(CATALOGUE)}
    found = sources_now(tmp_path)
    missing = sorted(found - committed)
    assert not missing, f"{len(missing)} strings missing from the catalogue; run {UPDATE}:\n" + (
        "\n".join(f"  {context}: {source!r}" for context, source in missing[:40])
    )
    vanished = sorted(committed - found)
    assert not vanished, f"{len(vanished)} strings no longer in the sources; run {UPDATE}:\n" + (
        "\n".join(f"  {context}: {source!r}" for context, source in vanished[:40])
    )


def test_lupdate_sees_no_call_hiding_its_text() -> None:
    """A translation call must have literal context and text (lupdate cannot read a variable):
    no `_tr("…")` wrapper is left in the window's code."""
    wrappers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "src" / "deliberation" / "ui").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"(?<![\w.])_tr\(", line)
    ]
    assert not wrappers, "translation wrappers invisible to lupdate:\n  " + "\n  ".join(wrappers)


def test_the_english_catalogue_is_complete() -> None:
    problems = []
    for m in read_catalogue(CATALOGUE):
        where = f"{m.context}: {m.source!r}"
        if not m.finished or not all(text.strip() for text in m.translations):
            problems.append(f"untranslated — {where}")
            continue
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            placeholders = PLACEHOLDER.findall(text)
            if "%n" in placeholders and "%n" not in wanted:
                wanted.append("%n")  # a plural form may say the number the source left out
            if sorted(set(placeholders)) != sorted(set(wanted)):
                problems.append(f"placeholders {placeholders} instead of {wanted} — {where}")
    assert not problems, f"{len(problems)} messages to finish:\n  " + "\n  ".join(problems[:60])


# -- the window in English ----------------------------------------------------------------------


FRENCH_WORDS = re.compile(
    r"[àâçéèêëîïôûùüœÀÂÇÉÈÊËÎÔÛÙŒ«»]|\b(?:le|la|les|des|du|une|et|sur|pour|avec|sans|dans|depuis"
    r"|aucun|aucune|au|aux|ou|est|sont|pas|à)\b",
    re.IGNORECASE,
)
"""What gives French away in a piece of interface: its accents and quotes, its little words."""
NAMED_IN_ITSELF = {"Délibération", "Français"}
"""French on purpose: the application's name, the French language named in itself."""
SEGMENTS = re.compile(r"\n|…|›|→|—|·|\(|\)|:|,|;|\[|\]|\"|“|”")
"""Where a shown text is cut into pieces, each one either data or interface."""


DERIVED_TABLES = ("search_index", "alembic_version", "sqlite_")


def data_texts(store: Path) -> list[str]:
    """Every text the demo store holds (titles, names, paragraphs, notes…): data, not interface.

    Not the search index's tables: the application writes them from the data, with French
    wording of its own (« Séance du … »)."""
    found: set[str] = set()
    with sqlite3.connect(store) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            if table.startswith(DERIVED_TABLES):
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) >= 2)
    return sorted(found, key=len, reverse=True)


class FrenchLeft:
    """Tells which texts are French left in the English interface: a French source of the
    catalogue shown as is (untranslated), or French words around the data the text shows.

    The data (what the demo store holds: agenda titles, names, texts) is not interface and may
    be French: it is cut out first, whole or as the excerpt a search result shows.
    """

    def __init__(self, data: list[str] = ()) -> None:  # type: ignore[assignment]
        exact: set[str] = set()
        patterns: list[str] = []
        self.english: set[str] = set()  # what English says somewhere: never French left
        for m in read_catalogue(CATALOGUE):
            if m.finished:
                self.english.update(t.replace("&", "") for t in m.translations if t.strip())
            if m.finished and all(t.strip() for t in m.translations) and m.source in m.translations:
                continue  # English says it the same way (« Positions », « Version %1 »)
            literal = PLACEHOLDER.sub("", m.source)
            if not re.search(r"[A-Za-zÀ-ÿ]{2}", literal):
                continue  # only placeholders and punctuation
            if PLACEHOLDER.search(m.source):
                if len(re.findall(r"[A-Za-zÀ-ÿ]", literal)) < 4:
                    continue  # « %1. %2 », « %1 du %2 »: would match any data text
                patterns.append(PLACEHOLDER.sub(".+", re.escape(m.source).replace(r"\%", "%")))
            else:
                exact.add(m.source)
        self.exact = exact | {s.replace("&", "") for s in exact}
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.DOTALL)
        words = re.compile(r"[A-Za-zÀ-ÿœŒ]{4,}")
        sources = {w.lower() for m in read_catalogue(CATALOGUE) for w in words.findall(m.source)}
        english = {w.lower() for text in self.english for w in words.findall(text)}
        self.vocabulary = sources - english
        """The catalogue's French words that no English translation uses (« mots », « séance »)."""
        self.words = words
        self.data = [d for d in data if d not in NAMED_IN_ITSELF]
        self.blob = "\x00".join(" ".join(d.split()) for d in self.data)

    def _is_data(self, piece: str) -> bool:
        piece = " ".join(piece.split()).strip(" .'")
        return len(piece) >= 2 and piece in self.blob

    def french_words(self, plain: str) -> list[str]:
        """The pieces of `plain`, data cut out, that read as French."""
        rest = plain
        for text in self.data:
            if len(text) >= 3 and text in rest:
                rest = rest.replace(text, "\x00")
        for name in NAMED_IN_ITSELF:
            rest = rest.replace(name, "\x00")
        pieces = [p for p in SEGMENTS.split(rest.replace("\x00", "\n")) if p.strip()]
        return [p for p in pieces if not self._is_data(p) and self._reads_french(p)]

    def _reads_french(self, piece: str) -> bool:
        if FRENCH_WORDS.search(piece):
            return True
        return any(w.lower() in self.vocabulary for w in self.words.findall(piece))

    def __call__(self, text: str) -> bool:
        plain = re.sub(r"<br ?/?>", "\n", text, flags=re.IGNORECASE)
        plain = html.unescape(re.sub(r"<[^>]+>", "", plain)).strip()
        plain = re.sub(r"&(?=\w)", "", plain)  # a mnemonic's mark
        if not plain or plain in NAMED_IN_ITSELF or plain in self.english or self._is_data(plain):
            return False
        if FILE_PATH.fullmatch(plain):  # a base's path (Bases récentes, the status bar): data
            return False
        if self.data and any(len(d) >= 3 and d in plain for d in self.data):
            return bool(self.french_words(plain))  # a text around data: its own words only
        if plain in self.exact or text in self.exact or self.pattern.fullmatch(plain):
            return True
        return bool(self.french_words(plain))


# A file's path on its own, as the recent bases' menu and the status bar show it: a name the user
# (or a test) chose, whatever words it holds.
FILE_PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\n<>]*\.[A-Za-z0-9]{1,8}")


def test_the_walk_tells_french_interface_from_french_data() -> None:
    data = ["Questions diverses et date de la prochaine séance", "Séance du groupe « Usages »"]
    french_left = FrenchLeft(data)
    # data alone, numbered, in a search result's excerpt or path: not interface
    assert not french_left("Questions diverses et date de la prochaine séance")
    assert not french_left("7. Questions diverses et date de la prochaine séance")
    assert not french_left("<b>Questions</b> diverses<br><small>…date de la prochaine…</small>")
    assert not french_left("Meetings › Séance du groupe « Usages » › agenda item")
    assert not french_left("Délibération") and not french_left("Français")
    # a base's path, whatever words it holds (the recent bases' menu), is the user's name
    assert not french_left("/tmp/test_a_local_base_notes_no_rol0/store.sqlite3")
    assert french_left("Base : /tmp/x/store.sqlite3")
    # French words of the interface around the data, or a French source shown as is
    assert french_left("Séance du groupe « Usages » du 12/02/2026")
    assert french_left("⚠ En retard (pour le 18/02/2026) — Questions diverses")
    assert french_left("Opened on 27 février 2026")
    assert french_left("Aucune séance prévue dans les six prochaines semaines.")
    assert french_left("235 mots · 5 paragraphes") or "mots" not in french_left.vocabulary
    assert not french_left("No meeting planned in the next six weeks.")


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """Every interface text of a window and what shows it: titles, labels, buttons, menus and
    actions, tabs, headers, placeholders and line edits, tooltips, group boxes, list items."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.isWindow() and w.windowTitle():
            yield w.windowTitle(), f"{kind} title"
        if w.toolTip():
            yield w.toolTip(), f"{kind} tooltip"
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text(), kind
        elif isinstance(w, QGroupBox):
            yield w.title(), kind
        elif isinstance(w, QLineEdit):
            yield w.placeholderText(), f"{kind} placeholder"
            yield w.text(), f"{kind} text"  # data, or a default the window wrote (a title)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w.tabText(i), f"{kind} tab"
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w.itemText(i), f"{kind} item"
        elif isinstance(w, QMenu):
            yield w.title(), kind
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                if item is not None:
                    yield item.text(), f"{kind} item"
        if isinstance(w, QHeaderView) and w.model() is not None:
            for section in range(w.count()):
                header = w.model().headerData(section, w.orientation())
                if isinstance(header, str):
                    yield header, f"{kind} header"
        for action in w.actions():
            yield action.text(), f"{kind} action"
            yield action.toolTip(), f"{kind} action tooltip"
            if action.menu() is not None:
                for inner in action.menu().actions():
                    yield inner.text(), "menu action"


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """The application speaking English from the catalogue compiled here; French again after."""
    qm = tmp_path / "deliberation_en.qm"
    run_tool("lrelease", "-silent", str(CATALOGUE), "-qm", str(qm))
    install(qapp, ENGLISH, tmp_path)
    yield tmp_path
    install(qapp, FRENCH)


def test_english_is_loaded_from_the_compiled_catalogue(english: Path) -> None:
    """The machinery: English installed, the translations of the .ts answer (where given)."""
    translated = [m for m in read_catalogue(CATALOGUE) if m.finished and m.translations[0].strip()]
    for m in translated[:50]:
        if len(m.translations) == 1:
            assert QCoreApplication.translate(m.context, m.source) == m.translations[0]
    # Qt's own strings stay English: no French catalogue of Qt's is installed
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Folder"


def test_every_area_and_dialog_shows_no_french_left_in_english(
    qtbot: QtBot, english: Path, demo_root: Root, demo_copy: Path, messages
) -> None:
    french_left = FrenchLeft(data_texts(demo_copy))
    window = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, set[str]] = {}

    def collect(top: QWidget, where: str) -> None:
        QApplication.processEvents()
        for text, what in visible_texts(top):
            if text and french_left(text):
                seen.setdefault(f"{text!r}", set()).add(f"{where}, {what}")

    for area in (HOME, REFERENTIAL, GROUPS, MEETINGS, POSITIONS, OPINIONS):
        window.show_area(area)
        collect(window, area)
    dialogs: list[tuple[str, QDialog | None]] = []
    window.open_preferences()
    dialogs.append(("Préférences", window.preferences_dialog))
    dialogs.append(("search", window.open_search("avis")))
    dialogs.append(("shortcuts", window.open_shortcuts()))
    dialogs.append(("connect", window.connect_shared()))
    for name, dialog in dialogs:
        assert dialog is not None, name
        collect(dialog, name)
        dialog.close()
    meetings = window.show_area(MEETINGS)
    before = set(window.findChildren(QDialog))
    meetings.new_meeting()  # type: ignore[attr-defined]
    opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert opened, "no dialog for a new meeting"
    for dialog in opened:
        collect(dialog, "new meeting")
        dialog.close()
    for name, dialog in other_dialogs(demo_root):
        qtbot.addWidget(dialog)
        dialog.show()
        collect(dialog, name)
        dialog.close()
    assert not seen, f"{len(seen)} French texts left in the English interface:\n  " + "\n  ".join(
        f"{text} ({'; '.join(sorted(where)[:3])})" for text, where in sorted(seen.items())
    )


def other_dialogs(root: Root) -> Iterator[tuple[str, QDialog]]:
    """A position, an amendment and an opinion's export, on the demo's data."""
    from deliberation.records.opinions import plain_lines
    from deliberation.ui.opinions.amendment_dialog import AmendmentDialog
    from deliberation.ui.opinions.export_dialog import ExportDialog
    from deliberation.ui.positions.position_dialog import PositionDialog

    editor = Editor(root)
    record = root.positions.consultations()[0]
    snap = root.positions.consultation(record.id)
    subject = snap.subjects[0].id
    yield "position", PositionDialog(editor, subject, snap.consulted[0], "reserved")
    organisations = root.referential.organisations()
    from deliberation.records.opinions import Paragraph

    paragraph = Paragraph(uuid4(), "paragraph", plain_lines("Le comité demande…"), 1)
    yield (
        "amendment",
        AmendmentDialog(paragraph, "paragraphe 1", organisations, lambda *a: None, root.today()),
    )
    opinion = root.opinions.opinions()[0]
    yield "export", ExportDialog(root.opinions.versions(opinion.id), "Comité")


def menu_clashes(window: MainWindow) -> list[str]:
    """The menus (and the menu bar) in which two items take the same &letter, with the items."""
    clashes = []
    menus: list[tuple[str, list]] = [("menu bar", window.menuBar().actions())]
    menus += [(a.text(), a.menu().actions()) for a in window.menuBar().actions() if a.menu()]
    for name, actions in menus:
        taken: dict[str, list[str]] = {}
        for action in actions:
            key = re.search(r"&([^&\s])", action.text().replace("&&", ""))
            if key and action.isVisible():
                taken.setdefault(key.group(1).lower(), []).append(action.text())
        clashes += [f"{name}: {items}" for items in taken.values() if len(items) > 1]
    return clashes


def test_no_two_menu_items_share_a_mnemonic_in_french(window: MainWindow) -> None:
    """Alt+letter reaches one item: in French, each menu's &letters are distinct."""
    assert menu_clashes(window) == []


def test_no_two_menu_items_share_a_mnemonic_in_english(
    qtbot: QtBot, english: Path, opened: Root, messages
) -> None:
    """The same in English, where the words (and so the letters) differ."""
    window = MainWindow(Editor(opened), opened.store.location, messages)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert menu_clashes(window) == []


def test_the_opinions_count_says_opinion_or_opinions_in_english(
    qtbot: QtBot, english: Path, demo_root: Root, messages
) -> None:
    """« %n avis » is one French word for both numbers; English counts « 1 opinion », « 3 opinions »
    (each form has its own message), never « opinion(s) »."""
    window = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(window)
    listing = window.show_area(OPINIONS).listing  # type: ignore[attr-defined]
    assert listing.count.text() == "3 opinions"
    listing.search.setText("sobriété")
    assert listing.count.text() == "1 of 3 opinions"
    assert QCoreApplication.translate("OpinionsList", "%n avis", "one") == "%n opinion"


def test_an_opinion_discussed_at_two_meetings_says_meetings_in_english(
    qtbot: QtBot, english: Path, demo_root: Root, messages
) -> None:
    """« Discuté en séance : … » serves both numbers in French; English says « meetings » for
    two."""
    window = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(window)
    page = window.show_area(OPINIONS)
    QApplication.processEvents()
    agenda = page.header.agenda.text()  # type: ignore[attr-defined]
    assert agenda.startswith("Discussed at meetings: "), agenda
    assert agenda.count(" — ") == 2 and "; " in agenda, agenda
    assert QCoreApplication.translate("OpinionHeader", "Discuté en séance : %1", "one") == (
        "Discussed at meeting: %1"
    )
