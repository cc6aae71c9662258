"""The dialog that creates or edits an action: what, for which meeting and point, who, when."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from deliberation.errors import DeliberationError
from deliberation.records.meetings import ACTION_STATUSES, ActionInput, ActionRecord
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.forms import EditingDialog, OptionalDateEdit, editing_title
from deliberation.ui.kit.labels import short_title
from deliberation.ui.kit.meeting_labels import action_status_label, kind_label
from deliberation.ui.referential.person_fields import PersonFields

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor


class ActionDialog(EditingDialog[ActionRecord]):
    """Creates an action (`action` None) or edits `action`, as one undo step.

    `ActionDialog(editor, action=None, meeting_id=None, parent=None)`:
        editor: the window's Editor (its `meetings` and `referential` fill the lists; the save
            goes through `create_action` / `edit_action`).
        action: the action to edit, or None for a new one.
        meeting_id: for a new action, the meeting it was agreed in (preselected; None: no
            meeting, the user may choose one). Ignored when editing.
        parent: the parent widget.

    The dialog is self-contained: it reads what it offers (meetings, their agenda points,
    organisations, delegates) itself and shows the use case's messages under the fields.

    Attributes:
        result_record: the action as saved, once the dialog was accepted.
        title, meeting, item, people (organisation/delegate), due_date, status, note: the fields.
    """

    def __init__(
        self,
        editor: Editor,
        action: ActionRecord | None = None,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            action,
            editing_title(
                self.tr("Nouvelle action"),
                self.tr("Modifier l'action « %1 »"),
                None if action is None else short_title(action.title),
            ),
            parent,
        )
        self.result_record: ActionRecord | None = None
        meeting_id = action.meeting_id if action is not None else meeting_id

        self.title = QLineEdit()
        self.title.setMaxLength(1000)
        self.title.setMinimumWidth(420)
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(30)
        self.meeting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.meeting.addItem(self.tr("(aucune séance)"), None)
        for m in reversed(editor.meetings.meetings()):  # the latest first
            label = f"{numeric_date(m.day)} — {m.title or kind_label(m.kind)}"
            if m.group_id is not None and m.body_label and m.body_label not in label:
                label += f" ({m.body_label})"
            self.meeting.addItem(label, m.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(meeting_id), 0))
        self.item = QComboBox()
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item.setMinimumContentsLength(30)
        self.item.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.people = PersonFields(
            editor.referential,
            action.organisation_id if action else None,
            action.delegate_id if action else None,
            self,
        )
        self.due_date = OptionalDateEdit(self.tr("Fixée"), action.due_date if action else None)
        self.status = QComboBox()
        for code in ACTION_STATUSES:
            self.status.addItem(action_status_label(code), code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)

        self.add_row("title", self.tr("&Action :"), self.title)
        self.add_row("meeting", self.tr("&Séance :"), self.meeting)
        self.add_row("item", self.tr("&Point :"), self.item)
        self.add_row("owner", self.tr("Porteur (&organisation) :"), self.people.organisation)
        self.add_row("delegate", self.tr("Porteur (&délégué) :"), self.people.delegate)
        self.add_row("due_date", self.tr("É&chéance :"), self.due_date)
        self.add_row("status", self.tr("S&tatut :"), self.status)
        self.add_row("note", self.tr("&Note :"), self.note)

        self._fill_items(action.item_uuid if action else None)
        self.meeting.currentIndexChanged.connect(lambda _i: self._fill_items(None))
        if action is not None:
            self.title.setText(action.title)
            self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
            self.note.setPlainText(action.note)
        self.title.setFocus()

    def _fill_items(self, item_uuid: UUID | None) -> None:
        """The agenda points of the chosen meeting."""
        self.item.clear()
        self.item.addItem(self.tr("(aucun)"), None)
        meeting_id = self.meeting.currentData()
        if meeting_id is not None:
            try:
                items = self.editor.meetings.meeting(meeting_id).items
            except DeliberationError:
                items = ()
            for number, point in enumerate(items, start=1):
                self.item.addItem(f"{number}. {point.title}", str(point.uuid))
        wanted = str(item_uuid) if item_uuid is not None else None
        self.item.setCurrentIndex(max(self.item.findData(wanted), 0) if wanted else 0)
        self.item.setEnabled(self.item.count() > 1)

    def data(self) -> ActionInput:
        return ActionInput(
            title=self.title.text(),
            meeting_id=self.meeting.currentData(),
            item_uuid=UUID(chosen) if (chosen := self.item.currentData()) else None,
            organisation_id=self.people.organisation_id(),
            delegate_id=self.people.delegate_id(),
            due_date=self.due_date.value(),
            status=self.status.currentData() or "open",
            note=self.note.toPlainText(),
        )

    def write(self) -> None:
        m = self.editor.meetings
        if self.before is None:
            self.result_record = self.editor.create_action(m.new_action(self.data()))
            return
        after = m.edited_action(self.before, self.data())
        if after == self.before:
            self.result_record = self.before
        else:
            self.result_record = self.editor.edit_action(self.before, after)
