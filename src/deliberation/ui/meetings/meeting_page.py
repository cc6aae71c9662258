"""The page of one meeting: its details, agenda, attendance sheet, decisions and exports."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError, NotFoundError
from deliberation.records.meetings import ATTENDED_STATUSES, MEETING_STATUSES, MeetingDetails
from deliberation.rules.file_names import meeting_file_name
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.dates import hours, long_date
from deliberation.ui.kit.editor import ACTIONS, MEETINGS
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.meeting_labels import kind_label, meeting_status_label
from deliberation.ui.kit.pages import EditorPage, empty_label, stacked
from deliberation.ui.kit.widgets import heading_label, open_dialog
from deliberation.ui.meetings.agenda_panel import AgendaPanel
from deliberation.ui.meetings.attendance_panel import AttendancePanel
from deliberation.ui.meetings.decisions_panel import DecisionsPanel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

STATUS_STYLES = {
    "planned": ("#0b4f8a", "#e3eef9"),
    "held": ("#1b5e20", "#e5f3e6"),
    "cancelled": ("#8e1b14", "#fbe4e2"),
    "postponed": ("#7a4d00", "#fcf0d8"),
}
WORD_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents Word (*.docx)"))
CALENDAR_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Calendrier iCalendar (*.ics)"))


class MeetingHeader(QWidget):
    """Title, kind, body, date and hours, place, video link and status of a meeting.

    Attributes:
        title, status, when, where: the labels.
        buttons: the row of buttons, beside the title (under it, wrapping, when narrow).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setOpenExternalLinks(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.button_box = QWidget()
        self.buttons = FlowLayout(self.button_box)  # the buttons wrap in a narrow pane
        self.top = QHBoxLayout()
        self.top.addWidget(self.title)
        self.top.addSpacing(8)
        self.top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.top.addStretch(1)
        self.top.addWidget(self.button_box)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.layout_.addLayout(self.top)
        self.layout_.addWidget(self.when)
        self.layout_.addWidget(self.where)

    NARROW = 720
    """Below this width the buttons go under the title, which keeps its room."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        in_top = self.top.indexOf(self.button_box) >= 0
        if narrow and in_top:
            self.top.removeWidget(self.button_box)
            self.layout_.insertWidget(1, self.button_box, 0, Qt.AlignmentFlag.AlignLeft)
        elif not narrow and not in_top:
            self.layout_.removeWidget(self.button_box)
            self.top.addWidget(self.button_box)

    def show_details(self, details: MeetingDetails) -> None:
        meeting = details.meeting
        self.title.setText(meeting.title or kind_label(meeting.kind))
        text, background = STATUS_STYLES.get(meeting.status, ("palette(text)", "palette(base)"))
        self.status.setText(meeting_status_label(meeting.status))
        self.status.setStyleSheet(
            f"QLabel#meetingStatus {{ color: {text}; background: {background}; "
            f"border: 1px solid {text}; border-radius: 9px; padding: 2px 10px; "
            f"font-weight: 600; }}"
        )
        body = details.group_name or details.body_short_name or details.body_name
        parts = [] if self.title.text() == kind_label(meeting.kind) else [kind_label(meeting.kind)]
        if details.group_name:
            if details.group_name not in self.title.text():
                parts.append(self.tr("groupe « %1 »").replace("%1", details.group_name))
        elif body:
            parts.append(body)
        day = long_date(meeting.day)
        parts.append(f"{day[:1].upper()}{day[1:]}, {hours(meeting.start, meeting.end)}")
        self.when.setText(" · ".join(parts))
        where = []
        if meeting.place:
            where.append(self.tr("Lieu : %1").replace("%1", html.escape(meeting.place)))
        if meeting.video_link:  # a short text: long addresses would widen the page
            link = html.escape(meeting.video_link, quote=True)
            text = html.escape(self.tr("lien de connexion"))
            where.append(
                self.tr("Visioconférence : %1").replace("%1", f'<a href="{link}">{text}</a>')
            )
        self.where.setText(" · ".join(where) or self.tr("Lieu non précisé"))
        self.where.setToolTip(meeting.video_link)


class MeetingPage(EditorPage):
    """Shows one meeting and edits it through the editor's undoable commands.

    Signals:
        status_message(str): a short note for the status bar.
        edit_requested(int): « Modifier la séance… » for this meeting id (the meetings area
            opens its details dialog).

    Attributes:
        meeting_id: the meeting shown (None: nothing chosen, or it was deleted).
        details: what is shown of it.
        header: its title, date, place and status.
        tabs: Ordre du jour, Présences, Décisions.
        agenda, attendance, decisions: the three tabs.
        status_actions: status code → the checkable action setting it.
        export_agenda_action, export_decisions_action, export_calendar_action.
        send_action, send_button: « Envoyer la convocation… » (the shared send dialog).
    """

    edit_requested = Signal(int)

    AGENDA_TAB, ATTENDANCE_TAB, DECISIONS_TAB = range(3)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self.meeting_id: int | None = None
        self.details: MeetingDetails | None = None

        self.header = MeetingHeader()
        self.edit_action = QAction(self.tr("Modifier la séance…"), self)
        self.edit_action.triggered.connect(self._edit_requested)
        edit_button = QPushButton(self.edit_action.text())
        edit_button.clicked.connect(self.edit_action.trigger)
        self.status_menu = QMenu(self.tr("Statut"), self)
        self.status_group = QActionGroup(self)
        self.status_group.setExclusive(True)
        self.status_actions: dict[str, QAction] = {}
        for code in MEETING_STATUSES:
            action = QAction(meeting_status_label(code), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_status(c))
            self.status_group.addAction(action)
            self.status_menu.addAction(action)
            self.status_actions[code] = action
        status_button = QPushButton(self.tr("Statut"))
        status_button.setMenu(self.status_menu)
        self.export_agenda_action = QAction(self.tr("Ordre du jour (Word)…"), self)
        self.export_agenda_action.triggered.connect(self.export_agenda)
        self.export_decisions_action = QAction(self.tr("Relevé de décisions (Word)…"), self)
        self.export_decisions_action.triggered.connect(self.export_decisions)
        self.export_calendar_action = QAction(self.tr("Séance au calendrier (.ics)…"), self)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        self.export_menu = QMenu(self.tr("Exporter"), self)
        for action in (
            self.export_agenda_action,
            self.export_decisions_action,
            self.export_calendar_action,
        ):
            self.export_menu.addAction(action)
        export_button = QPushButton(self.tr("Exporter"))
        export_button.setMenu(self.export_menu)
        self.send_action = QAction(self.tr("Envoyer la convocation…"), self)
        self.send_action.setToolTip(
            self.tr(
                "Envoyer aux délégués des organisations convoquées l'ordre du jour et "
                "l'invitation au calendrier"
            )
        )
        self.send_action.triggered.connect(self.send_convocation)
        self.send_button = QPushButton(self.send_action.text())
        self.send_button.setToolTip(self.send_action.toolTip())
        self.send_button.clicked.connect(self.send_action.trigger)
        for button in (edit_button, status_button, export_button, self.send_button):
            self.header.buttons.addWidget(button)
        self.edit_button, self.status_button = edit_button, status_button
        meetings, mail = editor.capabilities.meetings, editor.capabilities.mail
        self.allow(meetings, self.edit_action, edit_button, status_button)
        self.allow(mail, self.send_action, self.send_button)

        self.agenda = AgendaPanel(editor, messages)
        self.attendance = AttendancePanel(editor, messages)
        self.decisions = DecisionsPanel(editor, messages)
        for panel in (self.agenda, self.attendance, self.decisions):
            panel.status_message.connect(self.status_message)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.agenda, self.tr("Ordre du jour"))
        self.tabs.addTab(self.attendance, self.tr("Présences"))
        self.tabs.addTab(self.decisions, self.tr("Décisions"))
        self.tabs.currentChanged.connect(lambda _i: self.decisions.flush())

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(9, 6, 9, 0)
        column.addWidget(self.header)
        column.addSpacing(6)
        column.addWidget(self.tabs, 1)
        self.empty = empty_label(
            self.tr(
                "Choisissez une séance pour voir son ordre du jour, ses présences et son "
                "relevé de décisions."
            ),
            wrap=True,
        )
        self.pages = stacked(self.empty, content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        editor.changed.connect(self.on_changed)
        self.show_meeting(None)

    # -- showing --------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        """Show a meeting (None: the empty state), saving text typed for the previous one."""
        if meeting_id != self.meeting_id:
            self.decisions.flush()
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read the meeting again; a meeting that no longer exists leaves the empty state."""
        details = None
        if self.meeting_id is not None:
            try:
                details = self.editor.meetings.details(self.meeting_id)
            except NotFoundError:
                self.meeting_id = None
            except DeliberationError as exc:
                self.messages.error(self, error_text(exc))
                return
        self.details = details
        for panel in (self.agenda, self.attendance, self.decisions):
            panel.set_details(details)
        if details is None:
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentIndex(1)
        self.header.show_details(details)
        self.status_actions[details.meeting.status].setChecked(True)
        meeting = details.meeting
        attended = sum(1 for a in meeting.convened if a.status in ATTENDED_STATUSES)
        self.tabs.setTabText(
            self.AGENDA_TAB, self.tr("Ordre du jour (%1)").replace("%1", str(len(meeting.items)))
        )
        self.tabs.setTabText(
            self.ATTENDANCE_TAB,
            self.tr("Présences (%1/%2)")
            .replace("%1", str(attended))
            .replace("%2", str(len(meeting.convened))),
        )
        self.tabs.setTabText(
            self.DECISIONS_TAB,
            self.tr("Décisions et actions (%1)").replace("%1", str(len(details.actions))),
        )

    def on_changed(self, topics: frozenset[str]) -> None:
        if topics & {MEETINGS, ACTIONS, "organisations", "delegates", "groups"} and (
            self.meeting_id is not None
        ):
            self.reload()

    def _edit_requested(self) -> None:
        if self.meeting_id is not None:
            self.decisions.flush()
            self.edit_requested.emit(self.meeting_id)

    # -- status ---------------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Mark the meeting held, cancelled, postponed or planned (one undo step)."""
        if self.details is None:
            return
        self.decisions.flush()
        m = self.editor.meetings
        try:
            before = m.meeting(self.details.meeting.id)
            if before.status == status:
                return
            after = m.with_status(before, status)
            label = meeting_status_label(status)
            text = self.tr("le passage de la séance au statut « %1 »").replace("%1", label)
            self.editor.edit_meeting(before, after, text)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            self.reload()
            return
        self.status_message.emit(self.tr("Séance marquée « %1 ».").replace("%1", label))

    # -- sending --------------------------------------------------------------------------------

    def send_convocation(self) -> None:
        """The convocation (or its cancellation) to the convened organisations' delegates."""
        from deliberation.ui.mail.send_dialog import SendDialog

        if self.meeting_id is None:
            return
        self.decisions.flush()
        self.reload()
        if self.details is None:
            return
        meeting_id = self.meeting_id
        title = (
            self.tr("Envoyer la convocation : %1 du %2")
            .replace("%1", self.details.meeting.title)
            .replace("%2", numeric_date(self.details.meeting.day))
        )
        dialog = SendDialog(
            self.editor.root, title, lambda m: m.convocation_mails(meeting_id), self.messages,
            self,
        )  # fmt: skip
        dialog.status_message.connect(self.status_message)
        self.dialog = open_dialog(self.dialog, dialog)

    # -- exports --------------------------------------------------------------------------------

    def _file_name(self, what: str, suffix: str) -> str:
        """« 2027-04-06-pleniere-ordre-du-jour.docx »: the meeting's day, body and document."""
        assert self.details is not None
        meeting = self.details.meeting
        return meeting_file_name(meeting.day, meeting.kind, self.details.group_name, what, suffix)

    def _export(
        self,
        title: str,
        suggested: str,
        name_filter: str,
        write: Callable[[MeetingDetails, Path], object],
        done: str,
    ) -> Path | None:
        """Ask where, write, and say so; errors are one sentence."""
        if self.meeting_id is None:
            return None
        self.decisions.flush()
        self.reload()  # the latest texts, just saved
        if self.details is None:
            return None
        path = self.messages.save_file(self, title, suggested, name_filter)
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(self.details, path)
        except DeliberationError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.messages.error(self, error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.status_message.emit(done.replace("%1", str(path)))
        return path

    def export_agenda(self) -> Path | None:
        def write(details: MeetingDetails, path: Path) -> object:
            from deliberation.exports.meeting_docx import write_agenda
            from deliberation.ui.kit.settings import convocation_signature, export_author

            return write_agenda(
                details, path, author=export_author(), signature=convocation_signature()
            )

        if self.details is None:
            return None
        return self._export(
            self.tr("Exporter l'ordre du jour"),
            self._file_name("ordre-du-jour", ".docx"),
            WORD_FILTER,
            write,
            self.tr("Ordre du jour enregistré dans %1."),
        )

    def export_decisions(self) -> Path | None:
        def write(details: MeetingDetails, path: Path) -> object:
            from deliberation.exports.meeting_docx import write_decisions
            from deliberation.ui.kit.settings import export_author

            return write_decisions(details, path, author=export_author())

        if self.details is None:
            return None
        return self._export(
            self.tr("Exporter le relevé de décisions"),
            self._file_name("releve-de-decisions", ".docx"),
            WORD_FILTER,
            write,
            self.tr("Relevé de décisions enregistré dans %1."),
        )

    def export_calendar(self) -> Path | None:
        def write(details: MeetingDetails, path: Path) -> object:
            from deliberation.exports.calendar import write_calendar

            # Creation and change times make SEQUENCE grow, so calendars take the update.
            changes = self.editor.meetings.change_times([details.meeting.id])
            return write_calendar([details], path, changes=changes)

        if self.details is None:
            return None
        return self._export(
            self.tr("Exporter la séance au calendrier"),
            self._file_name("seance", ".ics"),
            CALENDAR_FILTER,
            write,
            self.tr("Séance enregistrée au format calendrier dans %1."),
        )
