"""Date and hour fields that take a value typed whole: « 20/04/2027 », « 5/4/2027 », « 17:00 »."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

DATE_SEPARATORS = "/.- "
TIME_SEPARATORS = ":hH."


@dataclass(frozen=True)
class Part:
    """One part of a typed value: its width in digits and its bounds."""

    width: int
    low: int
    high: int

    def may_start(self, digits: str) -> bool:
        """Whether `digits` may be this part, or begin it (« 0 » and « 3 » may begin a day,
        « 4 » is one but begins none, « 45 » is none)."""
        if len(digits) > self.width or not digits.isdigit():
            return False
        if self.holds(digits):
            return True
        return len(digits) < self.width and int(digits) <= self.high // 10 ** (
            self.width - len(digits)
        )

    def holds(self, digits: str) -> bool:
        """Whether `digits` is a whole value of this part (« 5 » is a day, « 0 » is not)."""
        return digits.isdigit() and self.low <= int(digits) <= self.high


DATE_PARTS = (Part(2, 1, 31), Part(2, 1, 12), Part(4, 1000, 9999))
TIME_PARTS = (Part(2, 0, 23), Part(2, 0, 59))


def typed(groups: list[str], key: str, parts: tuple[Part, ...], separators: str) -> bool:
    """Add one typed character to `groups` (the digits typed per part); False when refused.

    A separator closes the part being typed; a digit extends it, or — when it cannot (the
    part is full, or « 5 » then « 4 » makes no day) — begins the next part, as if the
    separator had been typed.
    """
    if key in separators:
        if not groups or not groups[-1] or len(groups) == len(parts):
            return False
        if not parts[len(groups) - 1].holds(groups[-1]):
            return False
        groups.append("")
        return True
    if not key.isdigit() or not key.isascii():
        return False
    if not groups:
        groups.append("")
    index = len(groups) - 1
    if parts[index].may_start(groups[-1] + key):
        groups[-1] += key
        return True
    following = parts[index + 1] if index + 1 < len(parts) else None
    if following and parts[index].holds(groups[-1]) and following.may_start(key):
        groups.append(key)
        return True
    return False


def complete(groups: list[str], parts: tuple[Part, ...]) -> bool:
    """Every part typed, the last one to its full width."""
    return len(groups) == len(parts) and len(groups[-1]) == parts[-1].width


def date_of(groups: list[str], current: date) -> date | None:
    """The date typed; parts not typed (or not whole) keep the current date's, a year of two
    digits is this century's. None when the date does not exist (« 31/02/2027 »)."""
    day, month, year = current.day, current.month, current.year
    values = [g if part.holds(g) else "" for g, part in zip(groups, DATE_PARTS, strict=False)]
    values += [""] * (3 - len(values))
    if values[0]:
        day = int(values[0])
    if values[1]:
        month = int(values[1])
    if len(groups) == 3 and len(groups[2]) == 2:
        year = 2000 + int(groups[2])
    elif values[2]:
        year = int(values[2])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def time_of(groups: list[str]) -> time | None:
    """The hour typed, « 17 » for 17:00; None when nothing whole was typed."""
    hour = groups[0] if groups and TIME_PARTS[0].holds(groups[0]) else ""
    if not hour:
        return None
    minute = groups[1] if len(groups) > 1 and TIME_PARTS[1].holds(groups[1]) else "0"
    return time(int(hour), int(minute))


class _TypedEdit:
    """What the date and the hour fields share: while the user types a whole value (the field
    all selected, or its first part), the typed characters are kept as typed, and the value is
    set once complete — or, when the user leaves the field, from what was typed so far.

    Qt's own handling stays for the arrows and for typing over a later part (the month, the
    minutes); it read « 20/04/2027 » typed over a selected field as nothing, and the
    separator jumped a part.
    """

    PARTS: tuple[Part, ...] = ()
    SEPARATORS = ""
    SHOWN_SEPARATOR = ""

    _groups: list[str] | None

    _validator: QValidator | None = None

    def _set_up(self, display_format: str) -> None:
        """Show the value in `display_format`; a click in the field takes what was typed."""
        assert isinstance(self, QDateTimeEdit)
        self._groups = None
        self.setDisplayFormat(display_format)
        self.lineEdit().installEventFilter(_FinishOnClick(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        assert isinstance(self, QDateTimeEdit)
        if self._handle_key(self, event):
            event.accept()
            return
        self.finish_typing()
        super().keyPressEvent(event)  # type: ignore[misc]  # the Qt field's, next in the MRO

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)  # type: ignore[misc]

    def _set_value(self, groups: list[str]) -> None:
        """Set the value of what was typed, or show the value again (subclasses)."""

    def _exists(self, groups: list[str]) -> bool:
        """Whether the complete `groups` name a value that exists."""
        return True

    def typing(self) -> bool:
        """Whether a value is being typed whole."""
        return self._groups is not None

    def _starts_typing(self, edit: QDateTimeEdit) -> bool:
        line = edit.lineEdit()
        if not line.text():
            return True
        return line.hasSelectedText() and line.selectionStart() == 0

    def _handle_key(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Whether the key was taken as part of a value typed whole."""
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if self._groups is not None and event.key() == Qt.Key.Key_Backspace and plain:
            groups = self._groups
            if groups and groups[-1]:
                groups[-1] = groups[-1][:-1]
            elif groups:
                groups.pop()
            self._show(edit)
            return True
        if not plain or len(text) != 1 or not (text.isdigit() or text in self.SEPARATORS):
            return False
        if self._groups is None:
            if not text.isdigit() or not self._starts_typing(edit):
                return False
            self._groups = []
            # Qt must neither read nor rewrite the partial text meanwhile
            edit.setKeyboardTracking(False)
            self._validator = edit.lineEdit().validator()
            edit.lineEdit().setValidator(None)  # type: ignore[arg-type]
        before = list(self._groups)
        if not typed(self._groups, text, self.PARTS, self.SEPARATORS):
            return True  # refused: the text stays as it was
        if complete(self._groups, self.PARTS):
            if not self._exists(self._groups):
                self._groups = before  # « 31/02/2027 »: the last digit is refused
                return True
            self.finish_typing()
        else:
            self._show(edit)
        return True

    def _show(self, edit: QDateTimeEdit) -> None:
        assert self._groups is not None
        line = edit.lineEdit()
        text = self.SHOWN_SEPARATOR.join(self._groups)
        line.setText(text)
        line.setCursorPosition(len(text))

    def finish_typing(self) -> None:
        """Take the value typed (complete, or so far: the user left the field, pressed Enter)."""
        if self._groups is None:
            return
        groups, self._groups = self._groups, None
        assert isinstance(self, QDateTimeEdit)
        self.lineEdit().setValidator(self._validator)  # type: ignore[arg-type]
        self.setKeyboardTracking(True)
        self._set_value(groups)


class _FinishOnClick(QObject):
    """A click in a field being typed in takes what was typed before Qt moves the cursor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self.parent()
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(edit, _TypedEdit):
            edit.finish_typing()
        return False


class DateEdit(_TypedEdit, QDateEdit):
    """A date field (dd/MM/yyyy) where « 20/04/2027 », « 5/4/2027 » or « 20042027 » can be
    typed over the whole field; « 20 » alone, then Tab, keeps the month and the year."""

    PARTS = DATE_PARTS
    SEPARATORS = DATE_SEPARATORS
    SHOWN_SEPARATOR = "/"

    def __init__(self, parent: QWidget | None = None) -> None:
        QDateEdit.__init__(self, parent)
        self._set_up("dd/MM/yyyy")

    def _exists(self, groups: list[str]) -> bool:
        return date_of(groups, date.today()) is not None

    def _set_value(self, groups: list[str]) -> None:
        current = self.date()
        found = date_of(groups, date(current.year(), current.month(), current.day()))
        self.setDate(QDate(found.year, found.month, found.day) if found else current)


class TimeEdit(_TypedEdit, QTimeEdit):
    """A 24-hour field (HH:mm) where « 17:00 », « 9:30 », « 1700 » or « 17h » can be typed
    over the whole field."""

    PARTS = TIME_PARTS
    SEPARATORS = TIME_SEPARATORS
    SHOWN_SEPARATOR = ":"

    def __init__(self, parent: QWidget | None = None) -> None:
        QTimeEdit.__init__(self, parent)
        self._set_up("HH:mm")

    def _set_value(self, groups: list[str]) -> None:
        found = time_of(groups)
        self.setTime(QTime(found.hour, found.minute) if found else self.time())
