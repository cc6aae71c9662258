"""The dialog that plans a monthly series of meetings from a rule, with a live list of dates."""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.meetings import MEETING_STATUSES, MeetingInput
from deliberation.rules.schedule import ORDINALS, MonthlyRule, monthly_dates
from deliberation.rules.wording import numeric_hours
from deliberation.ui.kit.dates import abbreviated_date, month_name, short_month_name, weekday_name
from deliberation.ui.kit.forms import FormDialog, date_edit, to_date, to_qdate, typeable
from deliberation.ui.kit.language import LOCALES, current_language, plural
from deliberation.ui.kit.localize import and_joined, label_text
from deliberation.ui.meetings.meeting_dialog import MeetingFields, to_time

if TYPE_CHECKING:
    from deliberation.records.meetings import MeetingRecord, MeetingSnapshot
    from deliberation.ui.kit.editor import Editor

RULE_DAY_ROLE = Qt.ItemDataRole.UserRole
"""The date the rule gives for a preview item (ISO), whatever the date chosen instead."""

ORDINAL_WORDS = {
    1: QT_TRANSLATE_NOOP("SeriesDialog", "premier"),
    2: QT_TRANSLATE_NOOP("SeriesDialog", "deuxième"),
    3: QT_TRANSLATE_NOOP("SeriesDialog", "troisième"),
    4: QT_TRANSLATE_NOOP("SeriesDialog", "quatrième"),
    -1: QT_TRANSLATE_NOOP("SeriesDialog", "dernier"),
}
"""The rule's ordinals as the window shows them (rules.schedule.ORDINALS' keys, in French)."""


class MonthEdit(QDateEdit):
    """A month field whose arrows (keys, buttons, wheel) go on from December to January.

    A plain QDateEdit steps the month section alone and stops at December.
    """

    def _months_per_step(self) -> int:
        return 12 if self.currentSection() == QDateEdit.Section.YearSection else 1

    def stepBy(self, steps: int) -> None:
        section = self.currentSection()
        self.setDate(self.date().addMonths(steps * self._months_per_step()))
        self.setSelectedSection(section)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flag = QAbstractSpinBox.StepEnabledFlag
        day = self.date()
        month = QDate(day.year(), day.month(), 1)
        low, high = self.minimumDate(), self.maximumDate()
        step = self._months_per_step()
        enabled = flag.StepNone
        if month.addMonths(step) <= QDate(high.year(), high.month(), 1):
            enabled |= flag.StepUpEnabled
        if month.addMonths(-step) >= QDate(low.year(), low.month(), 1):
            enabled |= flag.StepDownEnabled
        return enabled


def month_edit(day: date) -> QDateEdit:
    """A month field (« janvier 2026 »)."""
    edit = MonthEdit()
    edit.setLocale(LOCALES[current_language()])  # the interface's language
    edit.setDisplayFormat("MMMM yyyy")
    edit.setDate(to_qdate(day))
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    return typeable(edit)


def _next_month(day: date, months: int = 1) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


class SeriesDialog(FormDialog):
    """Plans « the first Tuesday of each month, except in August », then lets the user untick
    or move single dates before creating them all (one undo step).

    A date on which the chosen body already meets (a meeting not cancelled) is marked in the
    list and unticked, so that planning the year again does not double a meeting; ticking it
    again creates it all the same.

    Attributes:
        fields: the meeting's fields shared with the meeting dialog.
        ordinal, weekday, first_month, last_month, skip: the rule's fields (`skip`: month
            number → check box).
        description: the rule in words and how many meetings will be created.
        preview: the dates, checkable; `moved_to` changes the selected one's date.
        result_records: the meetings created, once the dialog was accepted.
    """

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Série de séances"), parent, columns=2)
        self.editor = editor
        self.result_records: list[MeetingSnapshot] = []
        self._moved: dict[date, date] = {}  # the rule's date → the date chosen instead
        self._dropped: set[date] = set()
        self._taken: dict[date, MeetingRecord] = {}  # the rule's dates the body already meets on
        self._auto_dropped: set[date] = set()  # unticked because taken, not by the user
        self._kept: set[date] = set()  # taken dates the user ticked again
        self._filling = False

        self.fields = fields = MeetingFields(editor, self)
        self.ordinal = QComboBox()
        for number in ORDINALS:
            self.ordinal.addItem(label_text(ORDINAL_WORDS[number], "SeriesDialog"), number)
        self.weekday = QComboBox()
        for number in range(5):
            self.weekday.addItem(weekday_name(number), number)
        self.weekday.setCurrentIndex(1)  # mardi
        rule = QWidget()
        row = QHBoxLayout(rule)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ordinal)
        row.addWidget(self.weekday)
        row.addWidget(QLabel(self.tr("de chaque mois")))
        row.addStretch(1)

        start = _next_month(editor.meetings.today)
        self.first_month = month_edit(start)
        self.last_month = month_edit(_next_month(start, 11))
        self.last_month.setMinimumDate(to_qdate(start))
        months = QWidget()
        row = QHBoxLayout(months)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("de")))
        row.addWidget(self.first_month, 1)
        row.addWidget(QLabel(self.tr("à")))
        row.addWidget(self.last_month, 1)

        self.skip: dict[int, QCheckBox] = {}
        skipped = QWidget()
        grid = QGridLayout(skipped)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        for month in range(1, 13):
            box = QCheckBox(short_month_name(month))
            box.setToolTip(month_name(month))
            box.setChecked(month == 8)
            self.skip[month] = box
            grid.addWidget(box, (month - 1) // 6, (month - 1) % 6)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumWidth(300)
        self.preview = QListWidget()
        self.preview.setMinimumHeight(260)
        self.preview.setMinimumWidth(300)
        self.moved_to = date_edit()
        self.moved_to.setEnabled(False)
        self.moved_to.setToolTip(self.tr("Choisissez une date dans la liste pour la déplacer"))

        self.add_row("rule", self.tr("&Règle :"), rule)
        self.add_row("months", self.tr("&Période :"), months)
        self.add_row("skip_months", self.tr("Sauf en :"), skipped)
        self.add_row("kind", self.tr("&Type :"), fields.kind)
        self.add_row("group", self.tr("&Instance :"), fields.group)
        self.add_row("title", self.tr("Inti&tulé :"), fields.title)
        self.add_row("start", self.tr("Dé&but :"), fields.start)
        self.add_row("end", self.tr("&Fin :"), fields.end)
        self.add_row("place", self.tr("&Lieu :"), fields.place)
        self.add_row("video_link", self.tr("Lien de &visio :"), fields.video_link)
        self.forms[1].addRow(self.description)
        hint = QLabel(
            self.tr(
                "Décochez une date pour ne pas la retenir ; choisissez-en une pour la déplacer."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.forms[1].addRow(hint)
        self.add_row("series", self.tr("Dates :"), self.preview, column=1)
        self.add_row("moved_to", self.tr("&Déplacer au :"), self.moved_to, column=1)

        for combo in (self.ordinal, self.weekday):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.first_month, self.last_month):
            edit.dateChanged.connect(self.refresh)
        self.first_month.dateChanged.connect(
            lambda day: self.last_month.setMinimumDate(QDate(day.year(), day.month(), 1))
        )
        for box in self.skip.values():
            box.toggled.connect(self.refresh)
        fields.group.currentIndexChanged.connect(self.refresh)
        self.preview.itemChanged.connect(self._item_changed)
        self.preview.currentItemChanged.connect(self._current_changed)
        self.moved_to.dateChanged.connect(self._moved_changed)
        self.refresh()
        self.ordinal.setFocus()

    # -- the rule and its dates -----------------------------------------------------------------

    def rule(self) -> MonthlyRule:
        first = to_date(self.first_month.date()).replace(day=1)
        last_month = to_date(self.last_month.date())
        last_day = calendar.monthrange(last_month.year, last_month.month)[1]
        return MonthlyRule(
            weekday=self.weekday.currentData(),
            ordinal=self.ordinal.currentData(),
            first=first,
            last=max(first, last_month.replace(day=last_day)),
            skip_months=frozenset(m for m, box in self.skip.items() if box.isChecked()),
        )

    def rule_dates(self) -> list[date]:
        return monthly_dates(self.rule())

    def dates(self) -> list[date]:
        """The days that will get a meeting: the rule's, minus unticked ones, moved ones moved."""
        kept = {self._moved.get(d, d) for d in self.rule_dates() if d not in self._dropped}
        return sorted(kept)

    def refresh(self) -> None:
        """Recompute the dates from the rule; unticked and moved dates stay so if still there."""
        days = self.rule_dates()
        self._taken = self._existing(days)
        for day in self._auto_dropped - self._taken.keys():
            self._dropped.discard(day)
        self._auto_dropped &= self._taken.keys()
        for day in self._taken.keys() - self._dropped - self._kept:
            self._dropped.add(day)
            self._auto_dropped.add(day)
        current = self.preview.currentItem()
        current_day = current.data(RULE_DAY_ROLE) if current is not None else None
        self._filling = True
        self.preview.clear()
        for day in days:
            item = QListWidgetItem()
            item.setData(RULE_DAY_ROLE, day.isoformat())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if day in self._dropped else Qt.CheckState.Checked
            )
            self._label(item, day)
            self.preview.addItem(item)
            if day.isoformat() == current_day:
                self.preview.setCurrentItem(item)
        self._filling = False
        self._current_changed(self.preview.currentItem())
        self._describe(len(days))

    def _existing(self, days: list[date]) -> dict[date, MeetingRecord]:
        """The meetings, not cancelled, that the chosen body already has on these days."""
        if not days:
            return {}
        group_id = self.fields.group.currentData()
        found = self.editor.meetings.meetings(
            min(days), max(days), group_id=group_id, plenary_only=group_id is None
        )
        wanted = set(days)
        return {
            m.day: m
            for m in found
            if m.day in wanted and m.group_id == group_id and m.status != "cancelled"
        }

    def _label(self, item: QListWidgetItem, day: date) -> None:
        chosen = self._moved.get(day)
        taken = self._taken.get(day)
        if chosen is None and taken is not None:
            item.setText(self.tr("%1 (déjà une séance)").replace("%1", abbreviated_date(day)))
            item.setToolTip(
                self.tr("Déjà enregistrée ce jour-là : %1, %2, %3.")
                .replace("%1", taken.title)
                .replace("%2", numeric_hours(taken.start, taken.end))
                .replace("%3", label_text(MEETING_STATUSES.get(taken.status, taken.status)).lower())
            )
        elif chosen is None:
            item.setText(abbreviated_date(day))
            item.setToolTip("")
        else:
            item.setText(self.tr("%1 (déplacée)").replace("%1", abbreviated_date(chosen)))
            item.setToolTip(self.tr("Au lieu du %1").replace("%1", abbreviated_date(day)))

    def rule_text(self) -> str:
        """« le premier mardi de chaque mois, sauf en août », in the interface's language (the
        rule's own describe() is French, for the command line)."""
        rule = self.rule()
        text = (
            self.tr("le %1 %2 de chaque mois")
            .replace("%1", label_text(ORDINAL_WORDS[rule.ordinal], "SeriesDialog"))
            .replace("%2", weekday_name(rule.weekday))
        )
        if rule.skip_months:
            names = [month_name(m) for m in sorted(rule.skip_months)]
            text += self.tr(", sauf en %1").replace("%1", and_joined(names))
        return text

    def _describe(self, count: int) -> None:
        text = self.rule_text()
        text = text[:1].upper() + text[1:] + "."
        kept = len(self.dates())
        if not count:
            summary = self.tr("Aucune date sur cette période.")
        elif kept == count:
            summary = plural(
                count, self.tr("%n séance sera créée."), self.tr("%n séances seront créées.")
            )
        else:
            summary = (
                self.tr("%1 sur %2.")
                .replace(
                    "%1",
                    plural(
                        kept, self.tr("%n séance sera créée"), self.tr("%n séances seront créées")
                    ),
                )
                .replace("%2", str(count))
            )
        if self._taken:
            summary += "<br>" + plural(
                len(self._taken),
                self.tr(
                    "%n date a déjà une séance de cette instance : elle est décochée d'office."
                ),
                self.tr(
                    "%n dates ont déjà une séance de cette instance : "
                    "elles sont décochées d'office."
                ),
            )
        self.description.setText(f"<b>{text}</b><br>{summary}")

    def _rule_day(self, item: QListWidgetItem | None) -> date | None:
        return date.fromisoformat(item.data(RULE_DAY_ROLE)) if item is not None else None

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        day = self._rule_day(item)
        assert day is not None
        if item.checkState() == Qt.CheckState.Checked:
            self._dropped.discard(day)
            self._auto_dropped.discard(day)
            if day in self._taken:
                self._kept.add(day)
        else:
            self._dropped.add(day)
            self._kept.discard(day)
        self._describe(self.preview.count())

    def _current_changed(self, item: QListWidgetItem | None, *_args: object) -> None:
        day = self._rule_day(item)
        self.moved_to.setEnabled(day is not None)
        if day is not None:
            self.moved_to.blockSignals(True)
            self.moved_to.setDate(to_qdate(self._moved.get(day, day)))
            self.moved_to.blockSignals(False)

    def _moved_changed(self, chosen: QDate) -> None:
        item = self.preview.currentItem()
        day = self._rule_day(item)
        if item is None or day is None:
            return
        new = to_date(chosen)
        if new == day:
            self._moved.pop(day, None)
        else:
            self._moved[day] = new
        self._filling = True
        self._label(item, day)
        self._filling = False
        self._describe(self.preview.count())

    # -- saving ---------------------------------------------------------------------------------

    def data(self) -> MeetingInput:
        f = self.fields
        return MeetingInput(
            kind=f.kind.currentData(),
            day=None,
            start=to_time(f.start.time()),
            end=to_time(f.end.time()),
            group_id=f.group.currentData(),
            title=f.title_text(),
            place=f.place.text(),
            video_link=f.video_link.text(),
        )

    def write(self) -> None:
        meetings = self.editor.meetings
        snaps = meetings.new_series(self.data(), self.dates())
        self.result_records = self.editor.create_series(snaps)
