"""The Présences tab of the meeting page: the attendance sheet, each change one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import ATTENDED_STATUSES, Attendance, MeetingDetails
from deliberation.records.referential import DelegateRecord, OrganisationRecord
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.meeting_labels import attendance_label, attendance_summary
from deliberation.ui.kit.pages import splitter
from deliberation.ui.kit.tables import select_row_at
from deliberation.ui.kit.widgets import tool_button
from deliberation.ui.meetings.attendance_details import AttendanceDetails, ConveneDialog
from deliberation.ui.meetings.attendance_model import (
    AttendanceModel,
    ChoiceDelegate,
    delegate_owners,
    with_representative,
    with_status,
)
from deliberation.ui.meetings.meeting_panel import MeetingPanel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

STATUS_KEYS = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_E: "excused",
    Qt.Key.Key_A: "absent",
    Qt.Key.Key_R: "represented",
    Qt.Key.Key_N: "pending",
}


class AttendanceView(QTableView):
    """The attendance table; the keys P, E, A, R and N set the current row's status (the panel
    then moves to the next row).

    Signals:
        status_key(str): the status code typed for the current row.
    """

    status_key = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        status = STATUS_KEYS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if status is not None and plain and self.state() != QAbstractItemView.State.EditingState:
            self.status_key.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)


class AttendancePanel(MeetingPanel):
    """The attendance sheet of the page's meeting.

    Status and representative are edited in the table (combo boxes, or the keys P, E, A, R, N)
    or in the side panel, which also checks the delegates who came. Choosing « Représentée »
    waits for the representing organisation, so that both are recorded as one step.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        model, view: the sheet and its table.
        side: the selected organisation's details, beside the table (under it when narrow).
        summary: « 9 présentes, 2 représentées, … sur 14 convoquées ».
        dialog: the last dialog opened (kept so that tests can drive it).
        all_present_action, convene_action, remove_action.
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self._pending_status: tuple[int, str] | None = None  # (organisation, status) not saved
        self._keyed_representation = False  # « R » typed: go on once the representative is chosen
        self.model = AttendanceModel(self)
        self.model.edit_requested.connect(self.request)
        self.view = AttendanceView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(AttendanceModel.STATUS, ChoiceDelegate(self.view))
        self.view.setItemDelegateForColumn(
            AttendanceModel.REPRESENTED_BY, ChoiceDelegate(self.view)
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            AttendanceModel.ACRONYM, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.status_key.connect(self._status_keyed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.side = AttendanceDetails()
        self.side.status_chosen.connect(self.set_current_status)
        self.side.representative_chosen.connect(self._representative_chosen)
        self.side.delegates_checked.connect(self._delegates_checked)
        self.side.note_edited.connect(self._note_edited)

        self.all_present_action = QAction(self.tr("Marquer toutes présentes"), self)
        self.all_present_action.setToolTip(
            self.tr("Marque présentes les organisations dont la présence n'est pas renseignée")
        )
        self.all_present_action.triggered.connect(self.mark_all_present)
        self.convene_action = QAction(self.tr("Convoquer une organisation…"), self)
        self.convene_action.triggered.connect(self.convene)
        self.remove_action = QAction(self.tr("Retirer de la convocation"), self)
        self.remove_action.triggered.connect(self.remove_current)
        bar = FlowLayout()
        bar.addWidget(tool_button(self.all_present_action))
        bar.addWidget(tool_button(self.convene_action))
        bar.addWidget(tool_button(self.remove_action))
        self.allow(self.writable, self.all_present_action, self.convene_action, self.remove_action)
        if not self.writable:  # a role that may not change meetings reads the sheet only
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.side.writable = False
            self.side.setEnabled(False)
        keys = QLabel(
            self.tr("Touches : P présente, E excusée, A absente, R représentée, N non renseignée.")
        )
        keys.setStyleSheet(f"color: {MUTED_TEXT};")
        keys.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.splitter = splitter(
            Qt.Orientation.Horizontal, [self.view, self.side], ((0, 3), (1, 1)), [760, 300]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(keys)
        self._update_actions()

    # -- showing --------------------------------------------------------------------------------

    NARROW = 860
    """Below this width the details go under the table, which drops the full names and the
    delegates (the details show them)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        total = self.splitter.height() if narrow else self.splitter.width()
        self.splitter.setSizes([total * 3 // 5, total * 2 // 5] if narrow else [760, 300])
        self.view.setColumnHidden(AttendanceModel.NAME, narrow)
        self.view.setColumnHidden(AttendanceModel.DELEGATES, narrow)  # shown beside, then
        self.view.horizontalHeader().setSectionResizeMode(
            AttendanceModel.REPRESENTED_BY,
            QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.Interactive,
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Status and representative fit their contents, delegates within bounds; the full
        name takes the rest."""
        header = self.view.horizontalHeader()
        for column, least, most in (
            (AttendanceModel.STATUS, 130, 200),
            (AttendanceModel.REPRESENTED_BY, 130, 200),
            (AttendanceModel.DELEGATES, 160, 320),
        ):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                self.view.resizeColumnToContents(column)
                header.resizeSection(column, min(max(header.sectionSize(column), least), most))

    def set_details(self, details: MeetingDetails | None) -> None:
        selected = self.current_entry()
        self.details = details
        self.model.set_details(details)
        self._fit_columns()
        self.summary.setText(attendance_summary(details.meeting.convened) if details else "")
        if selected is not None and self.select_organisation(selected.organisation_id):
            pass
        elif self.model.rowCount():  # the details always show someone
            self.select_organisation(self.model.entry(0).organisation_id)
        else:
            self._selection_changed()
        self._update_actions()

    def current_entry(self) -> Attendance | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_organisation(self, organisation_id: int) -> bool:
        row = self.model.row_of(organisation_id)
        if row < 0:
            return False
        index = self.model.index(row, AttendanceModel.STATUS)
        select_row_at(self.view, index)
        self._selection_changed()
        return True

    def _selection_changed(self) -> None:
        entry = self.current_entry()
        pending = self._pending_status
        if entry is None or (pending is not None and pending[0] != entry.organisation_id):
            self._pending_status = None
        if self.details is not None:
            status = self._pending_status[1] if self._pending_status else None
            self.side.show_entry(self.details, entry, self._people(entry), status)
        self._update_actions()

    def _people(self, entry: Attendance | None) -> list[DelegateRecord]:
        """Who may be checked as present: the organisation's delegates (and its
        representative's), sitting ones and those already checked."""
        if entry is None:
            return []
        orgs = [entry.organisation_id]
        if entry.status == "represented" and entry.represented_by_id is not None:
            orgs.append(entry.represented_by_id)
        try:
            people = [d for org in orgs for d in self.editor.referential.delegates(org)]
        except DeliberationError:
            return []
        return [d for d in people if d.active or d.id in entry.delegate_ids]

    def _update_actions(self) -> None:
        entry = self.current_entry()
        has = self.details is not None
        self.all_present_action.setEnabled(
            has and any(a.status == "pending" for a in self.model.entries())
        )
        self.convene_action.setEnabled(has)
        self.remove_action.setEnabled(entry is not None)

    # -- editing --------------------------------------------------------------------------------

    def _commit(self, convened: list[Attendance], text: str) -> bool:
        """Record a new attendance sheet as one undo step (False when refused: see
        change_meeting)."""
        m = self.editor.meetings
        return self.change_meeting(lambda before: m.with_attendance(before, convened), text)

    def _acronym(self, organisation_id: int | None) -> str:
        return self.details.organisation_label(organisation_id) if self.details else ""

    def request(self, entry: Attendance) -> bool:
        """Record one organisation's new entry as one undo step.

        « Représentée » without a representative is not recorded yet: the side panel asks which
        organisation represents it, and the choice records both.
        """
        if self.details is None:
            return False
        self.select_organisation(entry.organisation_id)
        if entry.status == "represented" and entry.represented_by_id is None:
            self._pending_status = (entry.organisation_id, "represented")
            self._selection_changed()
            return False
        self._pending_status = None
        org = entry.organisation_id
        current = next((a for a in self.details.meeting.convened if a.organisation_id == org), None)
        if current is None or current == entry:
            self._selection_changed()
            return False
        acronym = self._acronym(entry.organisation_id)
        if entry.status != current.status or entry.represented_by_id != current.represented_by_id:
            if entry.status == "represented":
                text = self.tr("la représentation de %1 par %2").replace("%1", acronym)
                text = text.replace("%2", self._acronym(entry.represented_by_id))
            else:
                text = self.tr("le pointage de %1 (%2)").replace("%1", acronym)
                text = text.replace("%2", attendance_label(entry.status).lower())
        elif entry.delegate_ids != current.delegate_ids:
            text = self.tr("les délégués présents pour %1").replace("%1", acronym)
        else:
            text = self.tr("la note de présence de %1").replace("%1", acronym)
        convened = [
            entry if a.organisation_id == entry.organisation_id else a
            for a in self.details.meeting.convened
        ]
        done = self._commit(convened, text)
        self._selection_changed()
        return done

    def set_current_status(self, status: str) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if status == entry.status and status == "represented":
            return
        owners = delegate_owners(self.details) if self.details is not None else None
        self.request(with_status(entry, status, owners))

    def _status_keyed(self, status: str) -> None:
        """A key P, E, A or N records the current row's status and goes to the next row, as the
        positions matrix does; R first waits for the representative (chosen beside the table)."""
        entry = self.current_entry()
        if entry is None or not self.writable:
            return
        self._keyed_representation = False
        self.set_current_status(status)
        after = self.current_entry()
        if after is None or after.organisation_id != entry.organisation_id:
            return
        if status == "represented" and self._pending_status is not None:
            self._keyed_representation = True
        elif after.status == status:
            self._next_row(after.organisation_id)

    def _next_row(self, organisation_id: int) -> None:
        """Select the row under the organisation's, if any, keeping the keyboard on the table."""
        row = self.model.row_of(organisation_id) + 1
        if 0 < row < self.model.rowCount():
            select_row_at(self.view, self.model.index(row, AttendanceModel.STATUS))
            self._selection_changed()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _representative_chosen(self, organisation_id: int | None) -> None:
        entry = self.current_entry()
        if entry is None or organisation_id is None or self.details is None:
            return
        keyed = self._keyed_representation and self._pending_status is not None
        self._keyed_representation = False
        owners = delegate_owners(self.details)
        if self.request(with_representative(entry, organisation_id, owners)) and keyed:
            self._next_row(entry.organisation_id)

    def _delegates_checked(self, ids: list[int]) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        status = entry.status if entry.status in ATTENDED_STATUSES or not ids else "present"
        self.request(replace(entry, status=status, delegate_ids=tuple(ids)))

    def _note_edited(self, note: str) -> None:
        entry = self.current_entry()
        if entry is not None and note.strip() != entry.note:
            self.request(replace(entry, note=note.strip()))

    def mark_all_present(self) -> None:
        if self.details is None:
            return
        convened = [
            replace(a, status="present") if a.status == "pending" else a
            for a in self.details.meeting.convened
        ]
        count = sum(1 for a in self.details.meeting.convened if a.status == "pending")
        if not count:
            return
        if self._commit(convened, self.tr("le pointage des organisations présentes")):
            note = (
                self.tr("%1 organisations marquées présentes.")
                if count > 1
                else self.tr("%1 organisation marquée présente.")
            )
            self.status_message.emit(note.replace("%1", str(count)))

    def convene(self) -> None:
        if self.details is None:
            return
        convened = {a.organisation_id for a in self.details.meeting.convened}
        try:
            organisations = self.editor.referential.organisations()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        offered = [
            (o.id, f"{o.acronym} — {o.name}" + ("" if o.is_member else self.tr(" (non membre)")))
            for o in sorted(organisations, key=lambda o: (not o.is_member, fold(o.acronym)))
            if o.id not in convened
        ]
        if not offered:
            self.messages.information(
                self,
                self.tr("Convoquer une organisation"),
                self.tr("Toutes les organisations sont déjà convoquées."),
            )
            return
        dialog = ConveneDialog(offered, self)
        self.open_editing(dialog, lambda dialog: self._add(dialog.chosen_ids(), organisations))

    def _add(self, ids: list[int], organisations: Sequence[OrganisationRecord]) -> None:
        if not ids or self.details is None:
            return
        names = {o.id: o.acronym for o in organisations}
        acronyms = ", ".join(names.get(i, "?") for i in ids)
        text = self.tr("la convocation de %1").replace("%1", acronyms)
        convened = [*self.details.meeting.convened, *(Attendance(i) for i in ids)]
        if self._commit(convened, text):
            self.select_organisation(ids[0])
            self.status_message.emit(
                self.tr("Ajout à la convocation : %1.").replace("%1", acronyms)
            )

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is None or self.details is None:
            return
        acronym = self._acronym(entry.organisation_id)
        represented = [
            a for a in self.details.meeting.convened if a.represented_by_id == entry.organisation_id
        ]
        if represented:
            other = self._acronym(represented[0].organisation_id)
            self.messages.error(
                self,
                self.tr("%1 représente %2 : changez d'abord la présence de %2.")
                .replace("%1", acronym)
                .replace("%2", other),
            )
            return
        row = self.model.row_of(entry.organisation_id)
        convened = [
            a for a in self.details.meeting.convened if a.organisation_id != entry.organisation_id
        ]
        text = self.tr("le retrait de %1 de la convocation").replace("%1", acronym)
        if self._commit(convened, text):
            entries = self.model.entries()
            if entries:
                self.select_organisation(entries[min(row, len(entries) - 1)].organisation_id)
            self.status_message.emit(
                self.tr("%1 n'est plus convoquée (Ctrl+Z pour l'annuler).").replace("%1", acronym)
            )
