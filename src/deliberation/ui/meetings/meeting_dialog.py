"""The dialog that plans a meeting or edits its details: kind, body, date, hours, place, status."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from deliberation.records.meetings import (
    MEETING_KINDS,
    MEETING_STATUSES,
    MeetingInput,
    MeetingSnapshot,
)
from deliberation.rules.validation import NAME_MAX
from deliberation.ui.kit.forms import (
    EditingDialog,
    date_edit,
    time_edit,
    to_date,
    to_qdate,
)
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.meeting_labels import default_title

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor

DEFAULT_START, DEFAULT_END = time(14, 0), time(17, 0)


def to_time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


class MeetingFields(QObject):
    """The fields a meeting and a series share, and how they follow each other.

    Choosing the plenary makes the kind « Réunion plénière », choosing a group while the kind
    is plenary makes it a group session (and back); the title follows the kind and the body
    as long as the user has not typed another one. Closed groups are listed (marked « clos »):
    the use case refuses them with its own sentence.

    Attributes:
        kind, group, title, start, end, place, video_link: the widgets.
    """

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for code, label in MEETING_KINDS.items():
            self.kind.addItem(label_text(label), code)
        self.group = QComboBox()
        self.group.addItem(self.tr("Plénière (tout le comité)"), None)
        self._group_names: dict[int, str] = {}
        for group in sorted(editor.referential.groups(), key=lambda g: g.name.casefold()):
            label = group.name
            if group.status == "closed":
                label += self.tr(" (clos)")
            self.group.addItem(label, group.id)
            self._group_names[group.id] = group.name
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(30)
        self.title = QLineEdit()
        self.title.setMaxLength(NAME_MAX)
        self.title.setMinimumWidth(340)
        self.start = time_edit(DEFAULT_START)
        self.end = time_edit(DEFAULT_END)
        self.place = QLineEdit()
        self.place.setMaxLength(NAME_MAX)
        self.place.setPlaceholderText(self.tr("Salle, adresse"))
        self.video_link = QLineEdit()
        self.video_link.setPlaceholderText(self.tr("https://…"))
        self._default = self.default_title()
        self.title.setText(self._default)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.group.currentIndexChanged.connect(self._group_changed)

    def set_values(
        self, kind: str, group_id: int | None, title: str, start: time, end: time
    ) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        self.title.setText(title)
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def group_name(self) -> str:
        group_id = self.group.currentData()
        return self._group_names.get(group_id, "") if group_id is not None else ""

    def default_title(self) -> str:
        return default_title(self.kind.currentData() or "plenary", self.group_name())

    def title_text(self) -> str:
        """The typed title, or the default one when the field was emptied."""
        return self.title.text().strip() or self.default_title()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind == "plenary":
            self.group.setCurrentIndex(0)
        elif (
            kind == "group_session" and self.group.currentData() is None and self.group.count() > 1
        ):
            self.group.setCurrentIndex(1)
        self._follow_title()

    def _group_changed(self) -> None:
        kind = self.kind.currentData()
        if self.group.currentData() is None and kind == "group_session":
            self.kind.setCurrentIndex(self.kind.findData("plenary"))
        elif self.group.currentData() is not None and kind == "plenary":
            self.kind.setCurrentIndex(self.kind.findData("group_session"))
        self._follow_title()

    def _follow_title(self) -> None:
        new = self.default_title()
        if self.title.text().strip() in ("", self._default):
            self.title.setText(new)
        self._default = new


class MeetingDialog(EditingDialog[MeetingSnapshot]):
    """Plans a meeting (`before` None, on `day` if given) or edits `before`'s details.

    Attributes:
        fields: the fields shared with the series dialog.
        day, status, notes: the other fields.
        result_record: the meeting as saved, once the dialog was accepted.
    """

    def __init__(
        self,
        editor: Editor,
        before: MeetingSnapshot | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        title = self.tr("Nouvelle séance") if before is None else self.tr("Modifier la séance")
        super().__init__(editor, before, title, parent)
        self.result_record: MeetingSnapshot | None = None
        self.fields = fields = MeetingFields(editor, self)
        self.day = date_edit(day)
        self.status = QComboBox()
        for code, label in MEETING_STATUSES.items():
            self.status.addItem(label_text(label), code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Pour le secrétariat (non exportées)"))
        self.notes.setFixedHeight(80)

        self.add_row("kind", self.tr("&Type :"), fields.kind)
        self.add_row("group", self.tr("&Instance :"), fields.group)
        self.add_row("title", self.tr("Inti&tulé :"), fields.title)
        self.add_row("day", self.tr("&Date :"), self.day)
        self.add_row("start", self.tr("Dé&but :"), fields.start)
        self.add_row("end", self.tr("&Fin :"), fields.end)
        self.add_row("place", self.tr("&Lieu :"), fields.place)
        self.add_row("video_link", self.tr("Lien de &visio :"), fields.video_link)
        self.add_row("status", self.tr("&Statut :"), self.status)
        self.add_row("notes", self.tr("&Notes :"), self.notes)

        if before is not None:
            fields.set_values(before.kind, before.group_id, before.title, before.start, before.end)
            self.day.setDate(to_qdate(before.day))
            fields.place.setText(before.place)
            fields.video_link.setText(before.video_link)
            self.status.setCurrentIndex(max(self.status.findData(before.status), 0))
            self.notes.setPlainText(before.notes)
        fields.kind.setFocus()

    def data(self) -> MeetingInput:
        f = self.fields
        return MeetingInput(
            kind=f.kind.currentData(),
            day=to_date(self.day.date()),
            start=to_time(f.start.time()),
            end=to_time(f.end.time()),
            group_id=f.group.currentData(),
            title=f.title_text(),
            place=f.place.text(),
            video_link=f.video_link.text(),
            status=self.status.currentData() or "planned",
            notes=self.notes.toPlainText(),
        )

    def write(self) -> None:
        meetings = self.editor.meetings
        if self.before is None:
            self.result_record = self.editor.create_meeting(meetings.new_meeting(self.data()))
            return
        # Only the details change: the agenda, attendance and decisions are taken as stored now,
        # not as they were when the dialog opened (a decision typed just before is saved when
        # the dialog takes the focus, and must not be overwritten).
        current = meetings.meeting(self.before.id)
        after = meetings.edited_meeting(current, self.data())
        if after == current:
            self.result_record = current
        else:
            self.result_record = self.editor.edit_meeting(current, after)
