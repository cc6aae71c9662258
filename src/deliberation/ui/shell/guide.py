"""Aide › Guide de l'utilisateur: the guide shipped in resources/guide (French, or English when the
interface speaks English), with its contents and a find field."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import ResourceError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.resources import resource_path
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.language import ENGLISH, current_language
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.shortcuts import FIND_KEYS

GUIDE_FILE = ("guide", "guide.html")
GUIDE_FILES = {ENGLISH: ("guide", "guide_en.html")}
"""The guide in another language than French, by language code (the same images)."""
_SECTION = re.compile(r'<h2><a name="([\w-]+)"></a>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Section:
    """One entry of the guide's contents: its anchor and its title."""

    anchor: str
    title: str


def guide_file(language: str | None = None) -> Path:
    """The guide's HTML file in `language` (the interface's by default), the French one when
    there is none in that language (raises ResourceError, one sentence, when it is missing)."""
    language = language or current_language()
    for parts in (GUIDE_FILES.get(language), GUIDE_FILE):
        if parts is None:
            continue
        try:
            path = resource_path(*parts)
        except ResourceError:
            continue
        if path.is_file():
            return path
    raise ResourceError(
        QT_TRANSLATE_NOOP(
            "errors", "Le guide de l'utilisateur est introuvable dans l'installation."
        )
    )


def sections(text: str) -> list[Section]:
    """The guide's sections, in order, from its level-2 headings."""
    return [
        Section(anchor, html.unescape(_TAG.sub("", title)).strip())
        for anchor, title in _SECTION.findall(text)
    ]


class GuideWindow(QWidget):
    """The guide in its own window: contents on the left, the text, a find bar above it.

    Attributes:
        contents: the sections; browser: the text; find_field, next_button, previous_button,
        find_note: the find bar and what it says (« Aucun résultat… »).
    """

    def __init__(self, messages: MessageService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.messages = messages
        self.setWindowTitle(self.tr("Guide de l'utilisateur"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Sommaire du guide"))
        self.contents.itemActivated.connect(self._section_chosen)
        self.contents.itemClicked.connect(self._section_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Texte du guide"))
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Chercher dans le guide (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setAccessibleName(self.tr("Chercher dans le guide"))
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(lambda _text: self._find(from_start=True))
        self.previous_button = QPushButton(self.tr("Précédent"))
        self.previous_button.setToolTip(self.tr("Occurrence précédente (Maj+F3)"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Suivant"))
        self.next_button.setToolTip(self.tr("Occurrence suivante (F3, Entrée)"))
        self.next_button.clicked.connect(self.find_next)
        self.find_note = QLabel()
        self.find_note.setStyleSheet(f"color: {MUTED_TEXT};")
        for keys, slot in (
            (FIND_KEYS, self.focus_find),
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        bar = QHBoxLayout()
        bar.addWidget(self.find_field, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.find_note, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1000, 720)
        self.load()

    def load(self) -> None:
        """Read the guide; a missing or unreadable file is said in the window, in one sentence."""
        try:
            path = guide_file()
            text = path.read_text(encoding="utf-8")
        except (ResourceError, OSError, UnicodeDecodeError) as exc:
            message = (
                error_text(exc)
                if isinstance(exc, ResourceError)
                else self.tr("Le guide de l'utilisateur n'a pas pu être lu.")
            )
            self.browser.setPlainText(message)
            self.contents.clear()
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.contents.clear()
        for section in sections(text):
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.anchor)
            self.contents.addItem(item)

    def section_titles(self) -> list[str]:
        return [self.contents.item(row).text() for row in range(self.contents.count())]

    def go_to(self, anchor: str) -> None:
        """Show a section (by its anchor) at the top of the text."""
        self.browser.scrollToAnchor(anchor)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == anchor:
                self.contents.setCurrentRow(row)

    def _section_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    # -- find -----------------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        return self._find()

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) occurrence, wrapping around; say when there is none."""
        text = self.find_field.text().strip()
        if not text:
            self.find_note.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:  # wrap around
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        if found:
            self.find_note.clear()
        else:
            self.find_note.setText(
                self.tr("Aucun résultat pour « %1 » dans le guide.").replace("%1", text)
            )
        return found
