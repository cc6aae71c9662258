"""What the screens and their panels share: the editing page, its title, actions and splitters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

from deliberation.ui.kit.style import muted
from deliberation.ui.kit.widgets import open_dialog

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.kit.settings import StateSetting

DialogT = TypeVar("DialogT", bound=QDialog)


class EditorPage(QWidget):
    """A screen or panel that edits through the editor and reports to the status bar.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        editor, messages: where it edits, and how it tells the user.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    status_message = Signal(str)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.dialog: QDialog | None = None
        self._after_paint: Callable[[], None] | None = None

    def after_first_paint(self, step: Callable[[], None]) -> None:
        """Run `step` once this page has been painted for the first time (the user sees its
        list before the detail beside it is read), or on the next turn of the event loop if the
        page is not shown by then (built hidden)."""
        self._after_paint = step
        QTimer.singleShot(0, self, self._unless_shown)

    def _unless_shown(self) -> None:
        if not self.isVisible():
            self._run_after_paint()

    def _run_after_paint(self) -> None:
        step, self._after_paint = self._after_paint, None
        if step is not None:
            step()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            QTimer.singleShot(0, self, self._run_after_paint)

    def allow(self, allowed: bool, *actions: QAction | QWidget) -> None:
        """Hide the actions (and buttons) of changes the connected role may not make: a hidden
        action is neither shown nor triggered by its shortcut. The server refuses such writes
        anyway; hiding them spares the user a refusal. A tool button showing a hidden action
        (its default action) is hidden with it: Qt hides it only inside a tool bar."""
        hide_unless(allowed, *actions)

    def may_change(self, allowed: bool) -> bool:
        """Whether an edit may start: without the role's right (`allowed`), it does not and the
        status bar says why (a double click or Entrée on a row of a list the role only reads)."""
        if not allowed:
            self.status_message.emit(
                self.tr("Lecture seule : votre rôle sur cette base ne permet pas de le modifier.")
            )
        return allowed

    def open_editing(self, dialog: DialogT, saved: Callable[[DialogT], None]) -> None:
        """Open `dialog` without blocking; `saved(dialog)` once the user accepts it."""
        dialog.accepted.connect(lambda: saved(dialog))
        self.dialog = open_dialog(self.dialog, dialog)


def hide_unless(allowed: bool, *actions: QAction | QWidget) -> None:
    """Hide `actions` (and the tool buttons showing them) unless `allowed`: what
    `EditorPage.allow` does, for the panels that are not editor pages."""
    if allowed:
        return
    for action in actions:
        action.setVisible(False)
        if isinstance(action, QAction):
            for shown in action.associatedObjects():
                if isinstance(shown, QToolButton) and shown.defaultAction() is action:
                    shown.setVisible(False)


def page_title(text: str) -> QLabel:
    """The large title above a screen (styled through its object name)."""
    title = QLabel(text)
    title.setObjectName("pageTitle")
    return title


def empty_label(text: str = "", wrap: bool = False) -> QLabel:
    """The greyed, centred sentence a list or a panel shows when it has nothing to show."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if wrap:
        label.setWordWrap(True)
    label.setEnabled(False)
    muted(label)  # greyed by Qt, it was #C3C3C3 on #EFEFEF: ≈ 1.5:1
    return label


def stacked(*pages: QWidget) -> QStackedWidget:
    """The pages shown one at a time (a list and what it says when empty), the first shown."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    return stack


def shortcut_action(
    parent: QWidget,
    shortcut: QKeySequence.StandardKey,
    triggered: Callable[[], object],
    text: str = "",
) -> QAction:
    """An action whose standard shortcut works anywhere inside `parent`, added to it."""
    action = QAction(text, parent)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(triggered)
    parent.addAction(action)
    return action


def delete_key_action(parent: QWidget, triggered: Callable[[], object], text: str) -> QAction:
    """An action on the Delete key, for the one widget (a list) it is added to."""
    action = QAction(text, parent)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(triggered)
    return action


def splitter(
    orientation: Qt.Orientation,
    widgets: Sequence[QWidget],
    stretches: Sequence[tuple[int, int]],
    sizes: Sequence[int],
    remembered: StateSetting | None = None,
) -> QSplitter:
    """Widgets side by side (or stacked) that never collapse; with `remembered`, the sizes the
    user chose last are restored and saved again whenever the user moves the handle."""
    split = QSplitter(orientation)
    for widget in widgets:
        split.addWidget(widget)
    for index, stretch in stretches:
        split.setStretchFactor(index, stretch)
    split.setSizes(list(sizes))
    split.setChildrenCollapsible(False)
    if remembered is not None:
        state = remembered.get()
        if state is not None:
            split.restoreState(state)
        split.splitterMoved.connect(lambda *_: remembered.set(split.saveState()))
    return split


W = TypeVar("W", bound=QWidget)


class DeferredTab(Generic[W]):
    """A tab whose page is built the first time it is shown or asked for, not with its area.

    Until then the tab holds an empty stand-in; `page()` builds the real page (once), puts it in
    the stand-in's place at the same index and returns it.
    """

    def __init__(self, tabs: QTabWidget, label: str, build: Callable[[], W]) -> None:
        self._tabs = tabs
        self._build = build
        self._page: W | None = None
        self._stand_in = QWidget()
        tabs.addTab(self._stand_in, label)
        tabs.currentChanged.connect(self._current_changed)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> W:
        """The tab's page, built now if it was not yet."""
        if self._page is None:
            page = self._build()
            tabs = self._tabs
            index = tabs.indexOf(self._stand_in)
            current = tabs.currentIndex()
            blocked = tabs.blockSignals(True)  # the swap is not a change of tab
            tabs.insertTab(index, page, tabs.tabText(index))
            tabs.removeTab(index + 1)
            tabs.setCurrentIndex(current)
            tabs.blockSignals(blocked)
            self._stand_in.deleteLater()
            self._page = page
        return self._page

    def _current_changed(self, index: int) -> None:
        if self._page is None and self._tabs.widget(index) is self._stand_in:
            self.page()
