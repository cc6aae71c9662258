"""Item models of the Séances area: meetings (with their filter), actions, attendance tallies."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.meetings import (
    ACTION_STATUSES,
    MEETING_KINDS,
    MEETING_STATUSES,
    ActionRecord,
    AttendanceTally,
    MeetingRecord,
)
from deliberation.rules.wording import numeric_date, numeric_hours, plural
from deliberation.ui.kit.colours import WARNING_TEXT
from deliberation.ui.kit.dates import abbreviated_date, long_date
from deliberation.ui.kit.labels import fold, sort_date
from deliberation.ui.kit.localize import label_text, localized
from deliberation.ui.kit.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    RecordSortModel,
    RecordTableModel,
    refilter,
)

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Folded text a search matches against (`search_text`)."""

WARNING_COLOUR = QColor(WARNING_TEXT)
POSTPONED_COLOUR = QColor("#9a6700")
PLENARY = -1
"""The body filter's value for the plenary (group ids are positive)."""

_KIND_SHORT = {
    "plenary": QT_TRANSLATE_NOOP("MeetingModels", "Plénière"),
    "group_session": QT_TRANSLATE_NOOP("MeetingModels", "Séance de groupe"),
}


def kind_label(kind: str) -> str:
    """The kind as lists show it (shortened where the body column already says the group)."""
    short = _KIND_SHORT.get(kind)
    if short:
        return label_text(short, "MeetingModels")
    return label_text(MEETING_KINDS.get(kind, kind))


def body_label(meeting: MeetingRecord) -> str:
    """« Plénière » or the working group's name."""
    if meeting.group_id is not None:
        return meeting.body_label
    return label_text(_KIND_SHORT["plenary"], "MeetingModels")


def search_text(meeting: MeetingRecord) -> str:
    """What a search of the Séances list matches against, folded: title, body, kind, place and
    the day written the French ways (« mardi 6 avril 2027 », « 6 avr. 2027 », « 06/04/2027 »)."""
    day = meeting.day
    return fold(
        " ".join(
            (
                meeting.title,
                body_label(meeting),
                label_text(MEETING_KINDS.get(meeting.kind, "")),
                meeting.place,
                long_date(day),
                abbreviated_date(day, weekday=False),
                numeric_date(day),
            )
        )
    )


class MeetingTableModel(RecordTableModel[MeetingRecord]):
    """Meetings with their day, hours, kind, body, title, status and attendance.

    Cancelled meetings are greyed and struck out; postponed ones in italics, their status in
    amber.
    """

    # Short columns first: in a narrow pane, the (often default) title is what gets cut.
    DAY, HOURS, BODY, STATUS, ATTENDANCE, KIND, TITLE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: dict[int, list[Any]] = {}  # by column, computed when first sorted on
        self._order: tuple[int, bool] | None = None  # (column, descending) once sorted
        postponed, cancelled = QFont(), QFont()
        postponed.setItalic(True)
        cancelled.setItalic(True)
        cancelled.setStrikeOut(True)
        self._fonts = {"postponed": postponed, "cancelled": cancelled}

    def columns(self) -> list[Column[MeetingRecord]]:
        return [
            Column(
                self.tr("Date"),
                lambda m: abbreviated_date(m.day),
                lambda m: f"{m.day.isoformat()} {m.start:%H%M}",
            ),
            Column(
                self.tr("Heures"),
                lambda m: numeric_hours(m.start, m.end),
                lambda m: f"{m.start:%H%M}",
            ),
            Column(self.tr("Instance"), body_label, lambda m: fold(body_label(m)), body_label),
            Column(
                self.tr("Statut"),
                lambda m: label_text(MEETING_STATUSES.get(m.status, m.status)),
                lambda m: m.status,
            ),
            Column(
                self.tr("Présences"),
                self._attendance,
                lambda m: m.attended_count / m.convened_count if m.convened_count else -1,
                self._attendance_tooltip,
                numeric=True,
            ),
            Column(
                self.tr("Type"),
                lambda m: kind_label(m.kind),
                tooltip=lambda m: label_text(MEETING_KINDS.get(m.kind, m.kind)),
            ),
            Column(self.tr("Intitulé"), lambda m: m.title, lambda m: fold(m.title), self._tooltip),
        ]

    def set_records(self, records: Sequence[MeetingRecord]) -> None:
        # Texts and the search's haystack are computed once here, sort keys once per column
        # sorted on: sorting, filtering and sizing years of meetings then only read lists. The
        # store gives them by date, the order the list opens on.
        rows = list(records)
        self._keys = {}
        if self._order is not None and self._order != (self.DAY, False):
            column, descending = self._order  # kept in the order the user chose
            keys = self._column_keys(column, rows)
            ranked = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
            rows = [rows[r] for r in ranked]
            self._keys = {column: [keys[r] for r in ranked]}
        self._search = [search_text(m) for m in rows]
        self._texts = [tuple(c.text(m) for c in self.columns_) for m in rows]
        super().set_records(rows)

    def _column_keys(self, column: int, rows: Sequence[MeetingRecord] | None = None) -> list[Any]:
        """The sort keys of a column, row by row (of `rows`, else of the model, then kept)."""
        if rows is None and column in self._keys:
            return self._keys[column]
        key = self.columns_[column].sort_key or self.columns_[column].text
        keys = [key(m) for m in (self._records if rows is None else rows)]
        if rows is None:
            self._keys[column] = keys
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows on a column's keys, in Python: a sorting proxy would call data()
        twice per comparison, thousands of times for years of meetings."""
        if not 0 <= column < len(self.columns_):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._order = (column, descending)
        keys = self._column_keys(column)
        count = len(self._records)
        ranked = sorted(range(count), key=keys.__getitem__, reverse=descending)
        if ranked == list(range(count)):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = [0] * count
        for new, old in enumerate(ranked):
            moved_to[old] = new
        self._records = [self._records[r] for r in ranked]
        self._search = [self._search[r] for r in ranked]
        self._texts = [self._texts[r] for r in ranked]
        self._keys = {c: [values[r] for r in ranked] for c, values in self._keys.items()}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved_to[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def filtered_row(self, row: int) -> tuple[MeetingRecord | None, str]:
        """A row's meeting and the folded text a search matches (None past the end)."""
        if row >= len(self._records):
            return None, ""
        return self._records[row], self._search[row]

    def _tooltip(self, m: MeetingRecord) -> str:
        lines = [m.title]
        if m.place:
            lines.append(m.place)
        if m.item_count:
            lines.append(plural(m.item_count, self.tr("%n point à l'ordre du jour"),
                                self.tr("%n points à l'ordre du jour")))  # fmt: skip
        return "\n".join(lines)

    @staticmethod
    def _attendance(m: MeetingRecord) -> str:
        if not m.convened_count:
            return "—"
        if m.status != "held" and not m.attended_count:
            return f"–/{m.convened_count}"
        return f"{m.attended_count}/{m.convened_count}"

    def _attendance_tooltip(self, m: MeetingRecord) -> str:
        if not m.convened_count:
            return self.tr("Aucune organisation convoquée")
        convened = plural(m.convened_count, self.tr("%n organisation convoquée"),
                          self.tr("%n organisations convoquées"))  # fmt: skip
        if m.status != "held" and not m.attended_count:
            return convened
        return (
            self.tr("%1 présentes ou représentées sur %2")
            .replace("%1", str(m.attended_count))
            .replace("%2", convened)
        )

    def is_muted(self, record: MeetingRecord) -> bool:
        return record.status == "cancelled"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._records):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][index.column()]
        if role == SORT_ROLE:
            return self._column_keys(index.column())[row]
        if role == SEARCH_ROLE:
            return self._search[row]
        status = self._records[row].status
        if role == Qt.ItemDataRole.FontRole and status in ("cancelled", "postponed"):
            return self._fonts[status]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and status == "postponed"
            and index.column() == self.STATUS
        ):
            return QBrush(POSTPONED_COLOUR)
        return super().data(index, role)


class Period(IntEnum):
    UPCOMING = 0
    PAST = 1
    ALL = 2


class MeetingFilterModel(RecordSortModel):
    """Filters meetings by period (from `today`), by body and by a search text."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._period = Period.ALL
        self._body: int | None = None  # None: every body; PLENARY or a group's id
        self._words: list[str] = []
        self._meetings = MeetingTableModel(self)  # until the list's model is set

    @property
    def period(self) -> Period:
        return self._period

    @property
    def body(self) -> int | None:
        return self._body

    def set_period(self, period: Period) -> None:
        if period != self._period:
            refilter(self, lambda: setattr(self, "_period", Period(period)))

    def set_body(self, body: int | None) -> None:
        if body != self._body:
            refilter(self, lambda: setattr(self, "_body", body))

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            refilter(self, lambda: setattr(self, "_words", words))

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, MeetingTableModel)
        self._meetings = model
        super().setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The meetings model sorts itself (see MeetingTableModel.sort); this view keeps its
        order and only filters."""
        self._meetings.sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called for every row on every keystroke: it reads the model's lists (the folded
        # haystack computed once per row), never the model's data() through Qt.
        meeting, haystack = self._meetings.filtered_row(source_row)
        if meeting is None:
            return False
        return (
            self.period_accepts(meeting)
            and self.body_accepts(meeting)
            and all(word in haystack for word in self._words)
        )

    def period_accepts(self, meeting: MeetingRecord) -> bool:
        if self._period == Period.UPCOMING:
            return meeting.day >= self._today()
        if self._period == Period.PAST:
            return meeting.day < self._today()
        return True

    def body_accepts(self, meeting: MeetingRecord) -> bool:
        if self._body is None:
            return True
        if self._body == PLENARY:
            return meeting.group_id is None
        return meeting.group_id == self._body

    def meetings(self) -> list[MeetingRecord]:
        """The meetings shown, in display order."""
        return [self.index(row, 0).data(RECORD_ROLE) for row in range(self.rowCount())]


class ActionTableModel(RecordTableModel[ActionRecord]):
    """Actions with who carries them, from which meeting and point, by when; overdue ones in
    red. The Actions tab hides the point; a meeting's page hides the meeting."""

    TITLE, OWNER, MEETING, ITEM, DUE, STATUS = range(6)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        self._today = today
        self._items: Mapping[UUID, str] = {}
        super().__init__(parent)

    def set_actions(
        self, actions: Sequence[ActionRecord], items: Mapping[UUID, str] | None = None
    ) -> None:
        """Show `actions`; `items` names the points of their meeting (UUID → « 2. Budget »)."""
        self._items = items or {}
        self.set_records(actions)

    def _item(self, action: ActionRecord) -> str:
        return self._items.get(action.item_uuid, "") if action.item_uuid else ""

    def columns(self) -> list[Column[ActionRecord]]:
        return [
            Column(self.tr("Action"), lambda a: a.title, lambda a: fold(a.title), self._tooltip),
            Column(self.tr("Porteur"), lambda a: a.owner_label, lambda a: fold(a.owner_label)),
            Column(
                self.tr("Séance"),
                lambda a: localized(a.meeting_label),
                self._meeting_sort_key,
                lambda a: localized(a.meeting_label),
            ),
            Column(self.tr("Point"), self._item, tooltip=self._item),
            Column(
                self.tr("Échéance"),
                lambda a: numeric_date(a.due_date) or "—",
                lambda a: sort_date(a.due_date) or "9999",
                self._due_tooltip,
            ),
            Column(self.tr("Statut"), self._status, lambda a: a.status),
        ]

    @staticmethod
    def _meeting_sort_key(a: ActionRecord) -> str:
        # « Réunion plénière du 06/01/2026 »: sort by the day, then the label.
        day = a.meeting_label.rpartition(" du ")[2]
        return "/".join(reversed(day.split("/"))) + a.meeting_label

    @staticmethod
    def _tooltip(action: ActionRecord) -> str:
        return f"{action.title}\n{action.note}" if action.note else action.title

    def _status(self, a: ActionRecord) -> str:
        label = label_text(ACTION_STATUSES.get(a.status, a.status))
        if a.is_overdue(self._today()):
            return self.tr("%1, en retard").replace("%1", label)
        return label

    def _due_tooltip(self, a: ActionRecord) -> str:
        if a.due_date is None:
            return self.tr("Sans échéance")
        if a.is_overdue(self._today()):
            late = (self._today() - a.due_date).days
            return plural(late, self.tr("En retard de %n jour"), self.tr("En retard de %n jours"))
        if a.closed_on is not None:
            return self.tr("Close le %1").replace("%1", numeric_date(a.closed_on))
        return ""

    def overdue_count(self) -> int:
        today = self._today()
        return sum(1 for a in self._records if a.is_overdue(today))

    def is_muted(self, record: ActionRecord) -> bool:
        return not record.is_open

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and index.isValid()
            and index.row() < len(self._records)
            and self._records[index.row()].is_overdue(self._today())
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_COLOUR)
            if index.column() == self.DUE:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class ActionFilter(IntEnum):
    OPEN = 0
    OVERDUE = 1
    ALL = 2


class ActionFilterModel(RecordSortModel):
    """Shows the open actions, the overdue ones, or all of them."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._filter = ActionFilter.OPEN

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, which: ActionFilter) -> None:
        if which == self._filter:
            return
        refilter(self, lambda: setattr(self, "_filter", ActionFilter(which)))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        action = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if action is None:
            return False
        if self._filter == ActionFilter.OPEN:
            return action.is_open
        if self._filter == ActionFilter.OVERDUE:
            return action.is_overdue(self._today())
        return True


def rate_label(rate: float | None) -> str:
    """« 83 % » (French spacing), « — » when nothing was recorded."""
    return "—" if rate is None else f"{round(rate * 100)}\u202f%"


class AttendanceTallyModel(RecordTableModel[AttendanceTally]):
    """Per organisation: how often convened, present, represented, excused, absent; the rate."""

    (ORGANISATION, NAME, CONVENED, PRESENT, REPRESENTED, EXCUSED, ABSENT, PENDING, RATE) = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        self._names: Mapping[int, str] = {}
        super().__init__(parent)

    def set_tallies(self, tallies: Sequence[AttendanceTally], names: Mapping[int, str]) -> None:
        """Show `tallies` with each organisation's name (by id)."""
        self._names = names
        self.set_records(tallies)

    def columns(self) -> list[Column[AttendanceTally]]:
        def count(header: str, value: Callable[[AttendanceTally], int]) -> Column[AttendanceTally]:
            return Column(header, lambda t: str(value(t)), value, numeric=True)

        def name(t: AttendanceTally) -> str:
            return self._names.get(t.organisation_id, "")

        return [
            Column(self.tr("Sigle"), lambda t: t.acronym, lambda t: fold(t.acronym)),
            Column(self.tr("Organisation"), name, lambda t: fold(name(t)), name),
            count(self.tr("Convoquée"), lambda t: t.convened),
            count(self.tr("Présente"), lambda t: t.present),
            count(self.tr("Représentée"), lambda t: t.represented),
            count(self.tr("Excusée"), lambda t: t.excused),
            count(self.tr("Absente"), lambda t: t.absent),
            count(self.tr("Non renseignée"), lambda t: t.pending),
            Column(
                self.tr("Taux de présence"),
                lambda t: rate_label(t.rate),
                lambda t: -1.0 if t.rate is None else t.rate,
                lambda t: self.tr("Présente ou représentée, sur les séances renseignées"),
                numeric=True,
            ),
        ]
