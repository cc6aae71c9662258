"""The pieces the screens share: the editing page's dialogs, empty labels, shortcuts, splitters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.pages import (
    DeferredTab,
    EditorPage,
    delete_key_action,
    empty_label,
    page_title,
    shortcut_action,
    splitter,
    stacked,
)
from deliberation.ui.kit.settings import StateSetting


def test_an_editing_page_keeps_its_last_dialog_and_hears_when_it_is_accepted(
    qtbot: QtBot, editor: Editor
) -> None:
    page = EditorPage(editor, MessageService())
    qtbot.addWidget(page)
    saved: list[QDialog] = []
    first = QDialog(page)
    page.open_editing(first, saved.append)
    assert page.dialog is first
    first.reject()
    second = QDialog(page)
    page.open_editing(second, saved.append)
    second.accept()
    assert page.dialog is second and saved == [second]


def test_titles_empty_labels_and_stacks(qtbot: QtBot) -> None:
    assert page_title("Avis").objectName() == "pageTitle"
    empty = empty_label("Rien", wrap=True)
    assert not empty.isEnabled() and empty.wordWrap()
    assert empty.alignment() == Qt.AlignmentFlag.AlignCenter
    first, second = QLabel(), QLabel()
    stack = stacked(first, second)
    qtbot.addWidget(stack)
    assert stack.count() == 2 and stack.currentWidget() is first


def test_shortcut_actions(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[str] = []
    new = shortcut_action(parent, QKeySequence.StandardKey.New, lambda: calls.append("new"), "N")
    delete = delete_key_action(parent, lambda: calls.append("delete"), "Supprimer")
    assert new in parent.actions() and delete not in parent.actions()
    assert new.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    new.trigger()
    delete.trigger()
    assert calls == ["new", "delete"]


def test_a_remembered_splitter_restores_the_sizes_saved_last(qtbot: QtBot) -> None:
    setting = StateSetting("tests/splitter")
    setting.remove()
    first = splitter(
        Qt.Orientation.Horizontal, [QLabel("a"), QLabel("b")], [(1, 1)], [100, 300], setting
    )
    qtbot.addWidget(first)
    assert not first.childrenCollapsible() and setting.get() is None
    first.splitterMoved.emit(150, 1)
    assert setting.get() is not None
    second = splitter(
        Qt.Orientation.Horizontal, [QLabel("a"), QLabel("b")], [(1, 1)], [10, 10], setting
    )
    qtbot.addWidget(second)
    assert second.saveState() == first.saveState()
    setting.remove()


def test_a_deferred_tab_is_built_when_first_shown_or_asked_for(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("Séances"), "Séances")
    built: list[str] = []

    def build(text: str) -> QLabel:
        built.append(text)
        return QLabel(text)

    actions = DeferredTab(tabs, "Actions", lambda: build("Actions"))
    attendance = DeferredTab(tabs, "Assiduité", lambda: build("Assiduité"))
    tabs.show()
    assert built == []  # opening the tabs builds nothing behind the first
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Séances", "Actions", "Assiduité"]

    tabs.setCurrentIndex(2)  # the user clicks « Assiduité »
    assert built == ["Assiduité"]
    assert attendance.built and not actions.built
    assert tabs.currentWidget() is attendance.page()
    assert tabs.currentIndex() == 2
    assert tabs.tabText(2) == "Assiduité"

    page = actions.page()  # asked for by code: built in place, the current tab kept
    assert built == ["Assiduité", "Actions"]
    assert tabs.indexOf(page) == 1
    assert tabs.currentIndex() == 2
    assert actions.page() is page  # once
    tabs.setCurrentIndex(1)
    assert built == ["Assiduité", "Actions"]
    assert tabs.currentWidget() is page


def test_a_page_shown_runs_its_detail_after_its_first_paint(qtbot: QtBot, editor: Editor) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QVBoxLayout

    page = EditorPage(editor, MessageService())
    qtbot.addWidget(page)
    listing = QLabel("La liste")
    QVBoxLayout(page).addWidget(listing)
    happened: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "liste" not in happened:
                happened.append("liste")
            return False

    painted = Painted()
    listing.installEventFilter(painted)
    page.after_first_paint(lambda: happened.append("détail"))
    page.show()
    assert happened == []
    qtbot.waitUntil(lambda: "détail" in happened)
    assert happened == ["liste", "détail"]  # the list was on screen before the detail was read
    page.update()
    for _ in range(3):
        QApplication.processEvents()
    assert happened == ["liste", "détail"]  # once only


def test_a_hidden_page_runs_its_detail_on_the_next_turn(qtbot: QtBot, editor: Editor) -> None:
    page = EditorPage(editor, MessageService())
    qtbot.addWidget(page)
    done: list[bool] = []
    page.after_first_paint(lambda: done.append(True))
    assert done == []
    qtbot.waitUntil(lambda: done == [True])
