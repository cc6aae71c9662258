"""The Ordre du jour tab of the meeting page: the timed agenda, its edits and its reordering."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import AgendaItem, MeetingDetails, MeetingRecord
from deliberation.rules.wording import count, numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.dates import duration
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.labels import short_title
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.meeting_labels import item_kind_label, kind_label
from deliberation.ui.kit.pages import empty_label, splitter, stacked
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.tables import select_row_at
from deliberation.ui.kit.widgets import tool_button
from deliberation.ui.meetings.agenda_item_dialog import AgendaItemDialog
from deliberation.ui.meetings.agenda_model import AgendaModel
from deliberation.ui.meetings.agenda_view import AgendaView
from deliberation.ui.meetings.meeting_panel import MeetingPanel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


class CopyAgendaDialog(FittedDialog):
    """Chooses an earlier meeting of the same body whose agenda to copy.

    Attributes:
        list: the meetings offered, latest first (data: the meeting id).
    """

    def __init__(self, meetings: list[MeetingRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copier l'ordre du jour d'une séance précédente"))
        self.setModal(True)
        self.list = QListWidget()
        for m in meetings:
            title = m.title or kind_label(m.kind)
            item = QListWidgetItem(
                f"{numeric_date(m.day)} — {title} ({count(m.item_count, 'point')})"
            )
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # Wide enough to read « 12/01/2027 — Séance du groupe « … » (5 points) » whole.
        metrics = self.list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.list.item(r).text()) for r in range(self.list.count())),
            default=0,
        )
        margins = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumSize(min(max(460, widest + margins + 16), 960), 260)
        note = QLabel(
            self.tr(
                "Les points copiés s'ajoutent à la fin de l'ordre du jour, sans leur relevé "
                "ni leur décision."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Séances précédentes de la même instance :")))
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class AgendaPanel(MeetingPanel):
    """Shows and edits the agenda of the page's meeting; each change is one undo step.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        model, view: the timed agenda and its table.
        overrun: the warning shown when the agenda ends after the meeting.
        total: the agenda's length beside the meeting's.
        dialog: the last dialog opened (kept so that tests can drive it).
        add_action, edit_action, remove_action, up_action, down_action, copy_action.
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self.model = AgendaModel(self)
        self.view = AgendaView(self.model)
        self.model.moved.connect(self._moved)
        if self.writable:
            self.view.move_requested.connect(self.move_current)
            self.view.delete_requested.connect(self.remove_item)
        else:  # a role that may not change meetings: no drag, no key moves or deletes
            self.view.setDragEnabled(False)
            self.view.setAcceptDrops(False)
        self.view.activated.connect(lambda _index: self.edit_item())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.add_action = QAction(self.tr("Ajouter un point…"), self)
        self.add_action.triggered.connect(self.add_item)
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.setToolTip(self.tr("Modifier le point (Entrée ou double clic)"))
        self.edit_action.triggered.connect(self.edit_item)
        self.remove_action = QAction(self.tr("Supprimer"), self)
        self.remove_action.setToolTip(self.tr("Supprimer le point (Suppr)"))
        self.remove_action.triggered.connect(self.remove_item)
        self.up_action = QAction(self.tr("Monter"), self)
        self.up_action.setToolTip(self.tr("Avancer le point (Ctrl+↑), ou le glisser à sa place"))
        self.up_action.triggered.connect(lambda: self.move_current(-1))
        self.down_action = QAction(self.tr("Descendre"), self)
        self.down_action.setToolTip(self.tr("Reculer le point (Ctrl+↓), ou le glisser à sa place"))
        self.down_action.triggered.connect(lambda: self.move_current(1))
        self.copy_action = QAction(self.tr("Copier l'ordre du jour d'une séance précédente…"), self)
        self.copy_action.triggered.connect(self.copy_agenda)

        bar = FlowLayout()
        for action in (
            self.add_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            bar.addWidget(tool_button(action))
        bar.add_stretch()
        bar.addWidget(tool_button(self.copy_action))
        self.allow(
            self.writable,
            self.add_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.copy_action,
        )

        self.overrun = QLabel()
        self.overrun.setStyleSheet(f"color: {WARNING_TEXT}; font-weight: 600;")
        self.overrun.setWordWrap(True)
        self.overrun.hide()
        self.total = QLabel()
        self.total.setStyleSheet(f"color: {MUTED_TEXT};")
        self.empty = empty_label(
            self.tr(
                "Aucun point à l'ordre du jour : ajoutez-en un, ou copiez l'ordre du jour "
                "d'une séance précédente."
            ),
            wrap=True,
        )
        self.stack = stacked(self.view, self.empty)

        self.preview = QLabel()
        self.preview.setObjectName("agendaPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setOpenExternalLinks(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 4)
        self.preview.setStyleSheet(
            "QLabel#agendaPreview { background: palette(base); border: 1px solid palette(mid);"
            " padding: 6px 8px; }"
        )
        split = splitter(
            Qt.Orientation.Vertical, [self.stack, self.preview], ((0, 4), (1, 1)), [500, 120]
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.overrun)  # on its own line, so that it never wraps into a column
        self._update_actions()

    # -- showing --------------------------------------------------------------------------------

    def set_details(self, details: MeetingDetails | None) -> None:
        """Show a meeting's agenda, keeping the selected item when it is still there."""
        selected = self.current_item()
        self.details = details
        self.model.set_details(details)
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        if selected is not None:
            self.select_item(selected.uuid)
        if details is not None:
            meeting = details.meeting
            planned = sum(i.duration_minutes for i in meeting.items)
            self.total.setText(
                self.tr("Durée des points : %1 pour une séance de %2")
                .replace("%1", duration(planned))
                .replace("%2", duration(meeting.duration_minutes))
            )
            self.overrun.setText(
                self.tr("L'ordre du jour dépasse la fin de la séance de %1.").replace(
                    "%1", duration(details.overrun_minutes)
                )
            )
            self.overrun.setVisible(details.overrun_minutes > 0)
        self._selection_changed()

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_item(self) -> AgendaItem | None:
        row = self.current_row()
        return self.model.item(row) if row >= 0 else None

    def select_item(self, uuid: UUID) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        index = self.model.index(row, AgendaModel.TITLE)
        select_row_at(self.view, index)
        return True

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_preview()

    def _show_preview(self) -> None:
        """The selected point's presenter, description and links (clickable)."""
        row = self.current_row()
        if row < 0 or self.details is None:
            self.preview.setText(
                self.tr("<i>Sélectionnez un point pour voir sa description et ses liens.</i>")
            )
            return
        timed = self.details.schedule[row] if row < len(self.details.schedule) else None
        item = self.model.item(row)
        number = timed.number if timed else row + 1
        head = f"<b>{number}. {html.escape(item.title)}</b> — {item_kind_label(item.kind)}"
        presenter = self.details.presenter_label(item)
        if presenter:
            head += self.tr(", présenté par %1").replace("%1", html.escape(presenter))
        parts = [head]
        if item.description:
            parts.append(html.escape(item.description).replace("\n", "<br>"))
        links = []
        for link in item.links:
            shown = html.escape(link.label or link.target)
            if link.kind == "url":
                links.append(f'<a href="{html.escape(link.target, quote=True)}">{shown}</a>')
            elif link.kind == "file":
                url = QUrl.fromLocalFile(link.target).toString()
                links.append(f'<a href="{html.escape(url, quote=True)}">{shown}</a>')
            else:
                links.append(shown)
        if links:
            parts.append(self.tr("Liens : %1").replace("%1", " · ".join(links)))
        elif not item.description:
            parts.append(self.tr("<i>Ni description ni lien.</i>"))
        self.preview.setText("<br>".join(parts))

    def _update_actions(self) -> None:
        row = self.current_row()
        has_meeting = self.details is not None
        self.add_action.setEnabled(has_meeting)
        self.copy_action.setEnabled(has_meeting)
        self.edit_action.setEnabled(row >= 0)
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < self.model.rowCount() - 1)

    # -- editing --------------------------------------------------------------------------------

    def _commit(self, after_items: list[AgendaItem], text: str) -> bool:
        """Record a new agenda as one undo step; on refusal say why and show the stored one."""
        m = self.editor.meetings
        return self.change_meeting(lambda before: m.with_items(before, after_items), text)

    def add_item(self) -> None:
        if self.details is None:
            return
        row = self.current_row()
        dialog = AgendaItemDialog(
            self.editor, self.details.meeting, None, row + 1 if row >= 0 else None, self
        )
        self.open_editing(dialog, lambda d: self._saved(d, self.tr("Point « %1 » ajouté.")))

    def edit_item(self) -> None:
        item = self.current_item()
        if self.details is None or item is None or not self.may_change(self.writable):
            return
        dialog = AgendaItemDialog(self.editor, self.details.meeting, item, None, self)
        self.open_editing(dialog, lambda d: self._saved(d, self.tr("Point « %1 » enregistré.")))

    def _saved(self, dialog: AgendaItemDialog, note: str) -> None:
        if dialog.result_item is None:
            return
        self.select_item(dialog.result_item.uuid)
        self.status_message.emit(note.replace("%1", short_title(dialog.result_item.title)))

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.current_row()
        items = [i for i in self.model.items() if i.uuid != item.uuid]
        text = self.tr("la suppression du point « %1 »").replace("%1", short_title(item.title))
        if self._commit(items, text):
            if items:
                self.select_item(items[min(row, len(items) - 1)].uuid)
            self.status_message.emit(
                self.tr("Point « %1 » supprimé (Ctrl+Z pour l'annuler).").replace(
                    "%1", short_title(item.title)
                )
            )

    def move_current(self, offset: int) -> None:
        """Move the selected item one place up (-1) or down (1); the selection follows it."""
        row = self.current_row()
        if row >= 0:
            self.model.move_row(row, offset)

    def _moved(self, uuid: UUID) -> None:
        """The model moved an item (keyboard or drop): record the new order."""
        row = self.model.row_of(uuid)
        title = self.model.item(row).title if row >= 0 else ""
        text = self.tr("le déplacement du point « %1 »").replace("%1", short_title(title))
        if self._commit(self.model.items(), text):
            self.select_item(uuid)
        self._update_actions()

    # -- copying --------------------------------------------------------------------------------

    def earlier_meetings(self) -> list[MeetingRecord]:
        """Meetings of the same body before this one that have an agenda, latest first."""
        if self.details is None:
            return []
        meeting = self.details.meeting
        found = self.editor.meetings.meetings(
            group_id=meeting.group_id, plenary_only=meeting.group_id is None
        )
        earlier = [
            m
            for m in found
            if m.id != meeting.id
            and m.item_count > 0
            and m.group_id == meeting.group_id
            and (m.day, m.start) < (meeting.day, meeting.start)
        ]
        return sorted(earlier, key=lambda m: (m.day, m.start), reverse=True)

    def copy_agenda(self) -> None:
        if self.details is None:
            return
        try:
            earlier = self.earlier_meetings()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        if not earlier:
            self.messages.information(
                self,
                self.tr("Copier un ordre du jour"),
                self.tr("Aucune séance précédente de cette instance n'a d'ordre du jour à copier."),
            )
            return
        dialog = CopyAgendaDialog(earlier, self)
        self.open_editing(dialog, lambda dialog: self._copy_from(dialog.chosen_id()))

    def _copy_from(self, source_id: int | None) -> None:
        if source_id is None or self.details is None:
            return
        m = self.editor.meetings
        try:
            source = m.meeting(source_id)
            text = self.tr("la copie de l'ordre du jour du %1").replace(
                "%1", numeric_date(source.day)
            )
            self.editor.change_meeting(
                self.details.meeting.id, lambda before: m.copied_agenda(source, before), text
            )
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        copied = len(source.items)
        note = (
            self.tr("%1 points copiés de la séance du %2.")
            if copied > 1
            else self.tr("%1 point copié de la séance du %2.")
        )
        self.status_message.emit(
            note.replace("%1", str(copied)).replace("%2", numeric_date(source.day))
        )
