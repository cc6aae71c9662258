"""Windows that fit their screen: the main window's first size, and every dialog bounded by the
screen's available area, its content scrolling inside when it needs more room than that."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)
"""Room left for the window manager's frame (title bar, borders) before a window is shown and
its real frame is known."""
SCROLLED = "deliberation_scrolled"
"""Property set on a dialog whose content was put in a scroll area to fit its screen."""


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry (without panels and docks) of the widget's screen, or of the
    primary screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around a window: measured once shown, else an allowance."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return FRAME_ALLOWANCE


def room_for(window: QWidget) -> QSize:
    """The largest size of a window's inside whose frame still fits its screen's free area."""
    area = available_area(window)
    margins = frame_margins(window)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def frame_fits(window: QWidget) -> bool:
    """Whether a shown window, frame included, lies within its screen's available area."""
    return available_area(window).contains(window.frameGeometry())


def first_size(window: QWidget, preferred: QSize) -> None:
    """Size a window `preferred`, or less to fit its screen, centred on the free area."""
    room = room_for(window)
    size = preferred.boundedTo(room)
    window.resize(size)
    area = available_area(window)
    framed = QRect(QPoint(0, 0), size).marginsAdded(FRAME_ALLOWANCE)
    left = area.left() + max(0, (area.width() - framed.width()) // 2)
    top = area.top() + max(0, (area.height() - framed.height()) // 2)
    window.move(left, top)


def fit_to_screen(window: QWidget) -> None:
    """Bound a window by its screen: no larger than the free area (content put in a scroll area
    when it cannot shrink enough), and moved back inside it."""
    if window.isMaximized() or window.isFullScreen():
        return
    room = room_for(window)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if (minimum.width() > room.width() or minimum.height() > room.height()) and isinstance(
        window, QDialog
    ):
        scroll_content(window)
    window.setMaximumSize(room.expandedTo(QSize(1, 1)))
    if window.minimumWidth() > room.width() or window.minimumHeight() > room.height():
        window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(window.size().boundedTo(room))
    _move_inside(window)


def _move_inside(window: QWidget) -> None:
    area = available_area(window)
    margins = frame_margins(window)
    frame = window.geometry().marginsAdded(margins)
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, area.left()), max(top, area.top()))


def scroll_content(dialog: QDialog) -> bool:
    """Put what a dialog shows in a scroll area, its buttons (a last QDialogButtonBox) kept
    below; False if its layout is not a box layout (then it is left as it is)."""
    layout = dialog.layout()
    if dialog.property(SCROLLED) or not isinstance(layout, QBoxLayout):
        return False
    focus = dialog.focusWidget()
    # Moved to another parent, a widget is shown again only later (or not at all): keep each
    # one's state to give it back at once.
    children = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    hidden = {child: child.isHidden() for child in children if not child.isWindow()}
    inner = QWidget()
    moved = QVBoxLayout(inner)
    moved.setContentsMargins(layout.contentsMargins())
    moved.setSpacing(layout.spacing())
    items: list[tuple[QLayoutItem, int]] = []
    while layout.count():
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is not None:
            items.append((item, stretch))
    buttons = None
    if items and isinstance(items[-1][0].widget(), QDialogButtonBox):
        buttons = items.pop()[0].widget()
    for item, stretch in items:
        widget, sub, spacer = item.widget(), item.layout(), item.spacerItem()
        if widget is not None:
            moved.addWidget(widget, stretch, item.alignment())
        elif sub is not None:
            sub.setParent(None)
            moved.addLayout(sub, stretch)
        elif spacer is not None:
            if stretch:
                moved.addStretch(stretch)
            else:
                moved.addSpacing(spacer.sizeHint().height())
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(inner)
    shiboken6.delete(layout)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        row = QVBoxLayout()
        margins = moved.contentsMargins()
        row.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        row.addWidget(buttons)
        outer.addLayout(row)
    for child, was_hidden in hidden.items():
        child.setHidden(was_hidden)
    scroll.show()
    if focus is not None:
        focus.setFocus()  # moving a widget takes its focus away
    dialog.setMinimumSize(0, 0)
    dialog.setProperty(SCROLLED, True)
    return True


class FittedDialog(QDialog):
    """A dialog bounded by its screen as it is shown: the base of the application's dialogs.

    (Qt's own message boxes and file dialogs size themselves to their screen.) Done in the
    dialog's own showEvent rather than by an application-wide event filter, which ran a Python
    call for every event of the application, key presses and timers included.
    """

    def showEvent(self, event: QShowEvent) -> None:
        if self.isWindow():
            fit_to_screen(self)
            # again once the window manager has framed it, with its real frame
            QTimer.singleShot(0, lambda dialog=self: _refit(dialog))
        super().showEvent(event)


def _refit(window: QWidget) -> None:
    if shiboken6.isValid(window) and window.isVisible() and not frame_fits(window):
        fit_to_screen(window)
