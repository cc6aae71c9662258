"""Run by test_screen.py in a fresh interpreter, on an offscreen screen of a given size (and
scale): opens the main window on a demo store, the opinion workspace, types in a recommendation,
opens the dialogs (a return and a draft read from real Word files written in FOLDER), folds the
list and the outline, then opens a second window; prints what it measured as JSON on its last
line.

Usage: python screen_probe.py STORE FOLDER (QT_QPA_PLATFORM, QT_SCALE_FACTOR and XDG_CONFIG_HOME
are set by the caller).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.long_opinion import write_long_docx
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLayout, QWidget

from deliberation.services.opinion_export import export_opinion
from deliberation.services.root import open_root
from deliberation.ui.app import application
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.main_window import (
    GROUPS,
    MEETINGS,
    OPINIONS,
    POSITIONS,
    REFERENTIAL,
    MainWindow,
)
from deliberation.ui.opinions import draft_import_dialog, review_import_dialog
from deliberation.ui.opinions.text import document as doc
from deliberation.ui.positions.synthesis_model import CELL_ROLE

DEMO_DAY = date(2026, 3, 10)
LONG_TEXT = (  # ASCII: QTest.keyClicks types nothing else
    " et les collectivites territoriales authentifient chaque usager de l'espace numerique "
    "de travail par une federation d'identites conforme au referentiel general de securite"
)


class QuietMessages(MessageService):
    """Records errors instead of opening modal boxes (which would wait for a click)."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, parent: object, text: str) -> None:
        self.errors.append(text)

    def information(self, parent: object, title: str, text: str) -> None:
        pass

    def about(self, parent: object, title: str, text: str) -> None:
        pass

    def confirm(self, parent: object, text: str, action: str) -> bool:
        return False


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(20)


def open_dialogs(app: QApplication, name: str, trigger: Callable[[], object]) -> list[dict]:
    """Trigger what opens a dialog; measure every dialog shown, then close them."""
    trigger()
    settle(app)
    found = []
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            found.append(
                {
                    "name": name,
                    "class": type(widget).__name__,
                    "frame": rect(widget.frameGeometry()),
                    "available": rect(widget.screen().availableGeometry()),
                }
            )
            widget.reject()
    settle(app)
    return found


def laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += laid_out(item.layout())
    return found


def crowding(page: QWidget) -> list[str]:
    """Every visible laid-out widget of a page squeezed below its minimum height, and every two
    visible widgets of one layout drawn over each other: what a page too tall for its window
    shows when it neither scrolls nor gives way."""
    found = []
    for parent in [page, *page.findChildren(QWidget)]:
        if not parent.isVisible() or parent.layout() is None:
            continue
        shown = [w for w in laid_out(parent.layout()) if w.isVisible()]
        for widget in shown:
            wanted = widget.minimumSizeHint().height()
            if widget.minimumHeight() > 0:
                wanted = max(wanted, widget.minimumHeight())
            if widget.height() < wanted:
                found.append(
                    f"squeezed {type(widget).__name__} {widget.objectName()!r} "
                    f"{widget.height()} < {wanted} in {type(parent).__name__}"
                )
        for i, one in enumerate(shown):
            for other in shown[i + 1 :]:
                if one.geometry().intersects(other.geometry()):
                    found.append(
                        f"overlap {type(one).__name__} {rect(one.geometry())} / "
                        f"{type(other).__name__} {rect(other.geometry())} "
                        f"in {type(parent).__name__}"
                    )
    return found


def first_cell(positions: QWidget) -> None:
    """Make the matrix's first cell current (where the position dialog opens)."""
    area = positions.area  # type: ignore[attr-defined]
    proxy = area.matrix_proxy
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            if index.data(CELL_ROLE) is not None:
                area.select_cell(index.data(CELL_ROLE))
                return


def main(store: str, folder: Path) -> dict:
    app = application()
    root = open_root(store).acting(today=DEMO_DAY)
    editor = Editor(root)
    messages = QuietMessages()
    window = MainWindow(editor, store, messages)
    window.show()
    settle(app)
    result: dict = {
        "screen": rect(app.primaryScreen().geometry()),
        "available": rect(app.primaryScreen().availableGeometry()),
        "first_frame": rect(window.frameGeometry()),
    }
    page = window.show_area(OPINIONS)
    settle(app)
    opinion_id = next(r.id for r in editor.opinions.opinions() if r.paragraphs)
    page.select_opinion(opinion_id)
    settle(app)
    workspace = page.workspace
    text = workspace.text
    block = text.document().begin()
    while block.isValid() and doc.block_kind(block)[0] != "recommendation":
        block = block.next()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    text.setTextCursor(cursor)
    text.setFocus()
    for _ in range(3):
        QTest.keyClicks(text, LONG_TEXT)
    settle(app)
    workspace.word_count.refresh()
    settle(app)
    tabs = workspace.review.tabBar()
    result["typed"] = rect(window.frameGeometry())
    result["list_shown_at_start"] = page.listing.isVisible()
    result["text_edit_width"] = text.width()
    result["window_minimum"] = window.minimumSizeHint().width()
    result["word_count"] = workspace.word_count.text()
    result["text_bar"] = [
        text.horizontalScrollBar().isVisible(),
        text.horizontalScrollBar().maximum(),
    ]
    result["text_width"] = [text.viewport().width(), int(text.document().pageSize().width())]
    result["tabs"] = [
        {
            "text": tabs.tabText(i),
            "rect": rect(
                QRect(tabs.mapTo(window, tabs.tabRect(i).topLeft()), tabs.tabRect(i).size())
            ),
            # cut to « … » when its room is narrower than its title needs
            "elided": tabs.tabRect(i).width() < tabs.tabSizeHint(i).width(),
        }
        for i in range(tabs.count())
    ]
    result["window_rect"] = rect(window.rect())
    result["outline_width"] = workspace.outline.width()
    result["list_width"] = page.listing.width()
    workspace.review.setCurrentIndex(1)  # the amendments: their heading
    settle(app)
    title = workspace.amendments.title
    result["amendments_title"] = [
        title.text(),
        title.heightForWidth(title.width()) // title.fontMetrics().lineSpacing(),
    ]

    dialogs: list[dict] = []
    dialogs += open_dialogs(app, "versions", workspace.show_versions)
    dialogs += open_dialogs(app, "disputed", workspace.show_disputed)
    dialogs += open_dialogs(app, "export", workspace.export_word)
    dialogs += open_dialogs(app, "new opinion", page.new_opinion)
    dialogs += open_dialogs(app, "opinion", page.edit_opinion)
    dialogs += open_dialogs(app, "status", page.change_status)
    dialogs += open_dialogs(app, "amendment", workspace.amendments.new_amendment)
    returned = folder / "retour.docx"  # our own export, come back: the review import
    export_opinion(root, opinion_id, returned)
    review_import_dialog.choose_return_file = lambda parent: returned  # type: ignore[assignment]
    dialogs += open_dialogs(app, "review import", workspace.import_review)
    draft = write_long_docx(folder / "projet.docx", pages=2).path
    draft_import_dialog.choose_draft_file = lambda parent: draft  # type: ignore[assignment]
    dialogs += open_dialogs(app, "draft import", page.import_draft)
    meetings = window.show_area(MEETINGS)
    settle(app)
    dialogs += open_dialogs(app, "new meeting", meetings.new_meeting)
    dialogs += open_dialogs(app, "series", meetings.new_series)
    positions = window.show_area(POSITIONS)
    settle(app)
    dialogs += open_dialogs(app, "consultation", positions.new_consultation)
    first_cell(positions)
    dialogs += open_dialogs(app, "position", positions.area.open_position_dialog)
    referential = window.show_area(REFERENTIAL)
    settle(app)
    dialogs += open_dialogs(app, "organisation", referential.new_organisation)
    dialogs += open_dialogs(app, "user name", window.ask_user_name)
    result["dialogs"] = dialogs

    result["crowded"] = {}
    window.showMaximized()  # as the lead looked at them; then back as it was
    settle(app)
    for key in (REFERENTIAL, GROUPS, MEETINGS, POSITIONS, OPINIONS):
        shown = window.show_area(key)
        settle(app)
        result["crowded"][key] = crowding(shown)
    window.showNormal()
    settle(app)

    window.show_area(OPINIONS)
    settle(app)
    page.show_list(False)  # fold both away
    workspace.show_outline(False)
    settle(app)
    result["folded"] = [page.listing.isVisible(), workspace.outline.isVisible()]
    result["folded_text_width"] = text.width()
    window.close()
    settle(app)
    second = MainWindow(editor, store, messages)
    second.show()
    settle(app)
    second_page = second.show_area(OPINIONS)
    settle(app)
    result["second_folded"] = [
        second_page.listing.isVisible(),
        second_page.workspace.outline.isVisible(),
        second_page.list_action.isChecked(),
        second_page.workspace.outline_action.isChecked(),
    ]
    result["second_frame"] = rect(second.frameGeometry())
    second_page.list_action.trigger()
    second_page.workspace.outline_action.trigger()
    settle(app)
    result["unfolded"] = [
        second_page.listing.isVisible(),
        second_page.workspace.outline.isVisible(),
    ]
    result["errors"] = messages.errors
    second.close()
    settle(app)
    for widget in app.topLevelWidgets():
        if isinstance(widget, QWidget):
            widget.close()
    root.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(str(Path(sys.argv[1])), Path(sys.argv[2]))))
