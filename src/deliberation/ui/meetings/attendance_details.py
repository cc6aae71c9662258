"""The side of the attendance sheet: one organisation's status, representative, delegates
present and note; and the dialog that convenes more organisations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.meetings import ATTENDANCE_STATUSES, Attendance, MeetingDetails
from deliberation.records.referential import DelegateRecord
from deliberation.ui.kit.checklists import checkable_list, checked_ids
from deliberation.ui.kit.colours import WARNING_TEXT
from deliberation.ui.kit.labels import fold, role_label
from deliberation.ui.kit.meeting_labels import attendance_label
from deliberation.ui.kit.pages import stacked
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.widgets import heading_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ConveneDialog(FittedDialog):
    """Chooses organisations to add to those convened (an associated organisation, say).

    Attributes:
        list: the organisations not yet convened, checkable (data: the id).
    """

    def __init__(self, organisations: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Convoquer d'autres organisations"))
        self.setModal(True)
        self.list = checkable_list(260)
        for org_id, label in organisations:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convoquer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Organisations à ajouter à la convocation :")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen_ids(self) -> list[int]:
        return checked_ids(self.list)


class AttendanceDetails(QWidget):
    """The selected organisation's attendance: status, representative, delegates present.

    Signals:
        status_chosen(str), representative_chosen(object), delegates_checked(list),
        note_edited(str): what the user chose, checked or typed (the note once left).

    Attributes:
        title, status, represented_by, note, delegates, hint: the widgets.
        writable: False for a role that may not change meetings (the details stay greyed).
    """

    status_chosen = Signal(str)
    representative_chosen = Signal(object)
    delegates_checked = Signal(list)
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writable = True
        self.title = heading_label()
        self.status = QComboBox()
        for code in ATTENDANCE_STATUSES:
            self.status.addItem(attendance_label(code), code)
        self.represented_by = QComboBox()
        self.represented_by.setMinimumContentsLength(12)
        self.delegates = checkable_list(90)
        self.delegates.setMinimumWidth(200)
        self.delegates.setSpacing(2)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {WARNING_TEXT};")
        self.hint.hide()
        self.no_delegates = QLabel(self.tr("Aucun délégué enregistré pour cette organisation."))
        self.no_delegates.setWordWrap(True)
        self.no_delegates.setEnabled(False)
        self.no_delegates.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.delegate_stack = stacked(self.delegates, self.no_delegates)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Arrivée tardive, départ anticipé…"))
        form = QFormLayout()
        form.addRow(self.tr("&Présence :"), self.status)
        form.addRow(self.tr("&Représentée par :"), self.represented_by)
        form.addRow(self.tr("&Note :"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("Délégués présents :")))
        layout.addWidget(self.delegate_stack, 1)
        self.status.activated.connect(lambda _i: self.status_chosen.emit(self.status.currentData()))
        self.represented_by.activated.connect(
            lambda _i: self.representative_chosen.emit(self.represented_by.currentData())
        )
        self.delegates.itemChanged.connect(
            lambda _item: self.delegates_checked.emit(checked_ids(self.delegates))
        )
        self.note.editingFinished.connect(lambda: self.note_edited.emit(self.note.text()))

    def show_entry(
        self,
        details: MeetingDetails,
        entry: Attendance | None,
        people: list[DelegateRecord],
        status: str | None = None,
    ) -> None:
        """Show an entry (`status`: a status chosen but not yet recorded)."""
        self.setEnabled(entry is not None and self.writable)
        if entry is None:
            self.title.setText(self.tr("Sélectionnez une organisation"))
            self.delegates.clear()
            self.note.clear()
            self.hint.hide()
            return
        status = status or entry.status
        acronym = details.organisation_label(entry.organisation_id)
        name = details.organisations.get(entry.organisation_id, ("", ""))[1]
        self.title.setText(f"{acronym} — {name}" if name else acronym)
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.represented_by.clear()
        self.represented_by.addItem(self.tr("— Choisir l'organisation —"), None)
        for other in sorted(
            (a.organisation_id for a in details.meeting.convened),
            key=lambda org: fold(details.organisation_label(org)),
        ):
            if other != entry.organisation_id:
                self.represented_by.addItem(details.organisation_label(other), other)
        self.represented_by.setCurrentIndex(
            max(self.represented_by.findData(entry.represented_by_id), 0)
            if entry.represented_by_id is not None
            else 0
        )
        self.represented_by.setEnabled(status == "represented")
        if self.note.text() != entry.note:
            self.note.setText(entry.note)
        waiting = status == "represented" and entry.represented_by_id is None
        self.hint.setText(
            self.tr("Choisissez l'organisation qui représente %1.").replace("%1", acronym)
        )
        self.hint.setVisible(waiting)
        self.delegates.blockSignals(True)
        listed = [self.delegates.item(r).data(ID_ROLE) for r in range(self.delegates.count())]
        if listed != [p.id for p in people]:  # the same people are only re-checked: the list
            self.delegates.clear()  # may be in the middle of telling that one was checked
            for person in people:
                self.delegates.addItem(self._person_item(person, entry.organisation_id))
        for row in range(self.delegates.count()):
            item = self.delegates.item(row)
            checked = item.data(ID_ROLE) in entry.delegate_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.delegates.blockSignals(False)
        self.delegate_stack.setCurrentWidget(self.delegates if people else self.no_delegates)
        if waiting:
            self.represented_by.setFocus()

    @staticmethod
    def _person_item(person: DelegateRecord, organisation_id: int) -> QListWidgetItem:
        label = f"{person.first_name} {person.last_name}"
        if person.organisation_id != organisation_id:  # the representative's delegate
            label += f" ({person.organisation_acronym})"
        item = QListWidgetItem(f"{label}, {role_label(person.role).lower()}")
        item.setData(ID_ROLE, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        return item
