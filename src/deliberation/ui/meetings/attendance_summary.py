"""The Assiduité tab of the Séances area: how each organisation attended over a period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import AttendanceTally
from deliberation.rules.file_names import period_file_name
from deliberation.rules.meetings import one_year_before
from deliberation.ui.kit.editor import GROUPS, MEETINGS
from deliberation.ui.kit.exporting import RegisterExport, show_in
from deliberation.ui.kit.forms import date_edit, to_date, to_qdate
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import empty_label, stacked
from deliberation.ui.kit.table_model import RecordSortModel
from deliberation.ui.kit.tables import make_table
from deliberation.ui.kit.widgets import overflow_bar
from deliberation.ui.meetings.meeting_models import PLENARY, AttendanceTallyModel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


class AttendanceSummary(QWidget):
    """Per organisation over [Du, Au] (the last twelve months by default), optionally for one
    body: how often convened, present, represented, excused, absent, and the attendance rate.

    Only meetings that took place count (cancelled and postponed ones do not). The table is
    read again when the period or the body changes, and after meetings change (when shown).
    « Exporter » writes the same table as Word or a workbook.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        start, end: the period's date fields.
        body: the body filter (None: every body; PLENARY or a group's id).
        model, view: the tallies and their table.
        summary: a line about the period's meetings.
        export_menu, word_action, sheet_action: the « Exporter » menu and its entries.
    """

    status_message = Signal(str)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self._stale = True
        today = editor.meetings.today
        self.start = date_edit(one_year_before(today))
        self.end = date_edit(today)
        self.body = QComboBox()
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body.setMinimumContentsLength(24)
        self._fill_bodies()
        self.model = AttendanceTallyModel(self)
        self.proxy = RecordSortModel(self)
        self.proxy.setSourceModel(self.model)
        m = AttendanceTallyModel
        self.view = make_table(self.proxy, m.NAME, (m.ORGANISATION, *range(m.CONVENED, m.RATE + 1)))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AttendanceTallyModel.ORGANISATION, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty = empty_label(
            self.tr("Aucune présence enregistrée sur cette période pour cette instance.")
        )
        self.stack = stacked(self.view, self.empty)
        self.exporter = RegisterExport(self, messages)
        self.exporter.done.connect(self.status_message)
        self.export_menu = self.exporter.menu(self.tr("Exporter"), self.export)
        self.word_action, self.sheet_action = self.export_menu.actions()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Du")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("au")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(self.body)
        bar.addStretch(1)
        buttons = overflow_bar([])
        show_in(buttons, self.export_menu)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

        self.start.dateChanged.connect(self._period_changed)
        self.end.dateChanged.connect(self._period_changed)
        self.body.currentIndexChanged.connect(lambda _i: self.reload())
        editor.changed.connect(self.on_changed)

    def _fill_bodies(self) -> None:
        current = self.body.currentData() if self.body.count() else None
        self.body.blockSignals(True)
        self.body.clear()
        self.body.addItem(self.tr("Toutes les instances"), None)
        self.body.addItem(self.tr("Plénière"), PLENARY)
        for group in sorted(self.editor.referential.groups(), key=lambda g: g.name.casefold()):
            self.body.addItem(group.name, group.id)
        self.body.setCurrentIndex(max(self.body.findData(current), 0))
        self.body.blockSignals(False)

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))

    def _period_changed(self) -> None:
        self.reload()

    def on_changed(self, topics: frozenset[str]) -> None:
        if GROUPS in topics:
            self._fill_bodies()
        if topics & {MEETINGS, GROUPS, "organisations"}:
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def tallies(self, start: date, end: date, body: int | None) -> list[AttendanceTally]:
        if body == PLENARY:
            return self.editor.meetings.attendance_tallies(start, end, plenary_only=True)
        return self.editor.meetings.attendance_tallies(start, end, body)

    def reload(self) -> None:
        self._stale = False
        start, end = to_date(self.start.date()), to_date(self.end.date())
        body = self.body.currentData()
        try:
            tallies = self.tallies(start, end, body) if start <= end else []
            names = {o.id: o.name for o in self.editor.referential.organisations()}
            meetings = self.editor.meetings.meetings(
                start, end, body if body not in (None, PLENARY) else None, body == PLENARY
            )
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.model.set_tallies(tallies, names)
        self.stack.setCurrentIndex(0 if tallies else 1)
        counted = sum(1 for m in meetings if m.status not in ("cancelled", "postponed"))
        if start > end:
            text = self.tr("La date de fin précède la date de début.")
        else:
            text = plural(
                counted, self.tr("%n séance sur la période"), self.tr("%n séances sur la période")
            )
            skipped = len(meetings) - counted
            if skipped:
                text += self.tr(", sans compter %1").replace(
                    "%1",
                    plural(
                        skipped,
                        self.tr("%n annulée ou reportée"),
                        self.tr("%n annulées ou reportées"),
                    ),
                )
            text += "."
        self.summary.setText(text)

    def export(self, suffix: str) -> None:
        """The table shown (its period and body) as Word or a workbook."""
        from deliberation.services.registers_export import export_attendance

        start, end = to_date(self.start.date()), to_date(self.end.date())
        if start > end:
            self.messages.error(self, self.tr("La date de fin précède la date de début."))
            return
        body = self.body.currentData()
        group = body if body not in (None, PLENARY) else None
        plenary = body == PLENARY
        what = "assiduité" if body is None else f"assiduité {self.body.currentText()}"
        root = self.editor.root
        self.exporter.start(
            self.tr("Exporter l'assiduité"),
            period_file_name(what, start, end, suffix),
            lambda path: export_attendance(root, path, start, end, group, plenary),
            self.tr("Assiduité enregistrée dans %1."),
        )
