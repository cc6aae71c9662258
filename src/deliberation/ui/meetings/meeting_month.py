"""The month view of the Séances area: a calendar marking meeting days, and the day's meetings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.meetings import MEETING_STATUSES, MeetingRecord
from deliberation.rules.meetings import default_title
from deliberation.rules.wording import numeric_hours
from deliberation.ui.kit.dates import abbreviated_date
from deliberation.ui.kit.forms import to_date, to_qdate
from deliberation.ui.kit.language import LOCALES, current_language
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.meeting_labels import default_title as shown_default_title
from deliberation.ui.meetings.meeting_models import body_label

MEETING_DAY_COLOUR = QColor("#1a5fb4")
MEETING_DAY_BACKGROUND = QColor("#dde8f7")
CANCELLED_DAY_COLOUR = QColor("#8a8a8a")
ID_ROLE = Qt.ItemDataRole.UserRole


def day_line(m: MeetingRecord) -> str:
    """« 14:00–17:00 · Réunion plénière », with the group and a cancellation when useful."""
    line = f"{numeric_hours(m.start, m.end)} · {m.title}"
    if m.group_id is not None and m.body_label not in m.title:
        line += f" ({body_label(m)})"
    if m.status in ("cancelled", "postponed"):
        line += f" — {label_text(MEETING_STATUSES[m.status]).lower()}"
    return line


def cell_line(m: MeetingRecord) -> str:
    """« 14:00 Plénière d'hiver »: what a day's cell of the month shows of one meeting (its body
    when the title is the default one, « Réunion plénière » saying less than « Plénière »)."""
    title = m.title
    group = m.body_label if m.group_id is not None else ""
    if title in (default_title(m.kind, group), shown_default_title(m.kind, group)):
        title = body_label(m)
    return f"{m.start:%H:%M} {title}"


def wrapped(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """The text in at most `lines` lines of `width` pixels, word by word, the last one elided."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if len(out) == lines - 1 and words:
            line = " ".join([line, *words])
            words = []
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        out.append(line)
    return out


class MeetingCalendar(QCalendarWidget):
    """A month calendar whose meeting days show, under the day's number, each meeting's time and
    title (wrapped to the cell, the rest elided; « +2 » when more meetings than lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_day: dict[date, list[MeetingRecord]] = {}

    def set_days(self, by_day: dict[date, list[MeetingRecord]]) -> None:
        self._by_day = by_day
        self.updateCells()

    def cell_lines(self, day: date, width: int, height: int) -> list[tuple[str, MeetingRecord]]:
        """The lines the day's cell shows under its number, in a cell of this size, each with
        the meeting it tells of (its time and title wrapped over the lines it is given)."""
        meetings = self._by_day.get(day, [])
        metrics = QFontMetrics(self._small_font())
        room = max((height - QFontMetrics(self.font()).height()) // metrics.height(), 0)
        if not meetings or not room:
            return []
        shown = meetings if len(meetings) <= room else meetings[: room - 1]
        lines: list[tuple[str, MeetingRecord]] = []
        for n, meeting in enumerate(shown):
            share = (room - len(lines)) // (len(shown) - n) if len(shown) == len(meetings) else 1
            told = wrapped(cell_line(meeting), metrics, width, share)
            lines += [(line, meeting) for line in told]
        if len(shown) < len(meetings):
            lines.append((f"+{len(meetings) - len(shown)}", meetings[-1]))
        return lines

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        return small

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = to_date(qdate)
        meetings = self._by_day.get(day)
        if not meetings:
            super().paintCell(painter, rect, qdate)
            return
        fmt = self.dateTextFormat(qdate)
        palette = self.palette()
        selected = qdate == self.selectedDate()
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight)
            foreground = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            background = fmt.background().color()
            foreground = fmt.foreground().color()
        inner = rect.adjusted(3, 1, -3, -1)
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), background)
        painter.setPen(foreground)
        number = QFont(self.font())
        number.setBold(True)
        number.setUnderline(fmt.fontUnderline())
        painter.setFont(number)
        painter.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                         str(day.day))  # fmt: skip
        small = self._small_font()
        top = inner.top() + QFontMetrics(number).height()
        height = QFontMetrics(small).height()
        for line, meeting in self.cell_lines(day, inner.width(), inner.height()):
            small.setStrikeOut(meeting.status == "cancelled")
            painter.setFont(small)
            painter.drawText(
                QRect(inner.left(), top, inner.width(), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            top += height
        painter.restore()


class MeetingMonthView(QWidget):
    """A month calendar: meeting days in bold and colour, with a tooltip listing them; below it,
    the meetings of the selected day. Choosing a day chooses its first meeting.

    Signals:
        meeting_chosen(object): the user chose a meeting (its id), or a day without one (None).
        meeting_activated(int): a meeting of the day was double-clicked (or Entered).

    Attributes:
        calendar, day_title, day_list: its widgets.
    """

    meeting_chosen = Signal(object)
    meeting_activated = Signal(int)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._by_day: dict[date, list[MeetingRecord]] = {}
        self._current: int | None = None
        self._syncing = False
        self.calendar = MeetingCalendar()
        self.calendar.setLocale(LOCALES[current_language()])  # the interface's language
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.day_title = QLabel()
        self.day_list = QListWidget()
        self.day_list.currentItemChanged.connect(self._item_chosen)
        self.day_list.itemActivated.connect(
            lambda item: self.meeting_activated.emit(item.data(ID_ROLE))
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar, 3)
        column.addWidget(self.day_title)
        column.addWidget(self.day_list, 1)

    def set_meetings(self, meetings: Sequence[MeetingRecord]) -> None:
        """Mark the days of these meetings (and underline today)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day
        by_day: dict[date, list[MeetingRecord]] = defaultdict(list)
        for meeting in meetings:
            by_day[meeting.day].append(meeting)
        for day, on_day in by_day.items():
            on_day.sort(key=lambda m: m.start)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if all(m.status == "cancelled" for m in on_day):
                fmt.setForeground(QBrush(CANCELLED_DAY_COLOUR))
                fmt.setFontStrikeOut(True)
            else:
                fmt.setForeground(QBrush(MEETING_DAY_COLOUR))
                fmt.setBackground(QBrush(MEETING_DAY_BACKGROUND))
            fmt.setToolTip("\n".join(day_line(m) for m in on_day))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        today = to_qdate(self._today())
        fmt = self.calendar.dateTextFormat(today)
        fmt.setFontUnderline(True)
        fmt.setToolTip("\n".join(line for line in (self.tr("Aujourd'hui"), fmt.toolTip()) if line))
        self.calendar.setDateTextFormat(today, fmt)
        self._by_day = dict(by_day)
        self.calendar.set_days(self._by_day)
        self._fill_day_list()

    def meetings_on(self, day: date) -> list[MeetingRecord]:
        return list(self._by_day.get(day, []))

    def selected_day(self) -> date:
        return to_date(self.calendar.selectedDate())

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        """Follow the selection made elsewhere: show its day, without choosing anything."""
        same_day = meeting is None or meeting.day == self.selected_day()
        if meeting is not None and meeting.id == self._current and same_day:
            return
        if meeting is None:
            if self._current is not None:
                self._current = None
                self._fill_day_list()
            return
        self._current = meeting.id
        self._syncing = True
        self.calendar.setSelectedDate(to_qdate(meeting.day))
        self._syncing = False
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = self.selected_day()
        meetings = self._by_day.get(day, [])
        title = f"<b>{abbreviated_date(day)}</b>"
        if not meetings:
            title += self.tr(" — aucune séance ce jour")
        self.day_title.setText(title)
        self._syncing = True
        self.day_list.clear()
        for meeting in meetings:
            item = QListWidgetItem(day_line(meeting))
            item.setData(ID_ROLE, meeting.id)
            if meeting.status == "cancelled":
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.day_list.addItem(item)
            if meeting.id == self._current:
                self.day_list.setCurrentItem(item)
        self._syncing = False

    def _day_chosen(self) -> None:
        """A day chosen on the calendar: its first meeting (unless one of its is chosen)."""
        if self._syncing:
            return
        meetings = self._by_day.get(self.selected_day(), [])
        if not meetings:
            self._current = None
            self.meeting_chosen.emit(None)
        elif self._current not in {m.id for m in meetings}:
            self._current = meetings[0].id
            self.meeting_chosen.emit(self._current)
        self._fill_day_list()

    def _item_chosen(self, item: QListWidgetItem | None, *_args: object) -> None:
        if not self._syncing and item is not None:
            self._current = item.data(ID_ROLE)
            self.meeting_chosen.emit(self._current)
