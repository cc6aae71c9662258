"""The Décisions tab of the meeting page: each point's record and decision, and the actions."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import ActionRecord, AgendaItem, MeetingDetails
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.dates import hours
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.labels import short_title
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.meeting_labels import item_kind_label
from deliberation.ui.kit.pages import empty_label, splitter, stacked
from deliberation.ui.kit.tables import make_table
from deliberation.ui.kit.widgets import heading_label, tool_button
from deliberation.ui.meetings.action_dialog import ActionDialog
from deliberation.ui.meetings.meeting_models import ActionTableModel
from deliberation.ui.meetings.meeting_panel import MeetingPanel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

UUID_ROLE = Qt.ItemDataRole.UserRole
IDLE_MS = 1200
"""A typed record or decision is saved after this long without a keystroke (or on leaving)."""


class DecisionEditor(QWidget):
    """The record (what was said) and the decision of one point, saved when the user pauses.

    Signals:
        edited(): the user typed (the page starts its idle timer).
        left(): an edit lost the focus (the page saves at once).

    Attributes:
        choice: the points, to choose one when the page is too narrow for their list.
        title, timing: what point this is.
        outcome, decision: the two texts.
    """

    edited = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.timing = QLabel()
        self.timing.setStyleSheet(f"color: {MUTED_TEXT};")
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("Ce qui a été dit et débattu sur ce point"))
        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(
            self.tr("Ce que la séance a décidé (avis adopté, position retenue, suite donnée)")
        )
        for edit in (self.outcome, self.decision):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.edited)
            edit.installEventFilter(self)
        outcome_label = QLabel(self.tr("&Relevé des échanges :"))
        outcome_label.setBuddy(self.outcome)
        decision_label = QLabel(self.tr("&Décision :"))
        decision_label.setBuddy(self.decision)
        self.choice = QComboBox()  # replaces the list of points when the page is narrow
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(16)
        self.choice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.title)
        layout.addWidget(self.timing)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome, 3)
        layout.addWidget(decision_label)
        layout.addWidget(self.decision, 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left.emit()
        return False

    def texts(self) -> tuple[str, str]:
        return self.outcome.toPlainText(), self.decision.toPlainText()

    def set_texts(self, outcome: str, decision: str) -> None:
        for edit, text in ((self.outcome, outcome), (self.decision, decision)):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)


class DecisionsPanel(MeetingPanel):
    """The record of decisions of the page's meeting, point by point, and its actions.

    A point's texts are saved as one undo step when the user stops typing for a moment, leaves
    the field, chooses another point or another meeting (`flush`), not on each keystroke.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        points: the agenda's points (data: the UUID).
        editor_: the selected point's record and decision.
        actions_model, actions_view: the meeting's actions.
        dialog: the last dialog opened (kept so that tests can drive it).
        new_action, edit_action, delete_action.
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self._shown: UUID | None = None
        self._loaded = ("", "")  # the shown point's texts as stored
        self._changing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)

        self.points = QListWidget()
        self.points.setMinimumWidth(160)
        self.points.setWordWrap(True)  # long titles wrap rather than scroll
        self.points.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.points.setSpacing(2)
        self.points.currentItemChanged.connect(lambda *_: self._point_changed())
        self.editor_ = DecisionEditor()
        self.editor_.choice.activated.connect(self.points.setCurrentRow)
        self.editor_.edited.connect(self._typed)
        self.editor_.left.connect(self.flush)
        self.no_points = empty_label(
            self.tr("Ajoutez des points à l'ordre du jour pour en relever les décisions."),
            wrap=True,
        )
        top = splitter(
            Qt.Orientation.Horizontal, [self.points, self.editor_], ((0, 1), (1, 3)), [280, 800]
        )
        self.top_stack = stacked(top, self.no_points)

        self.actions_model = ActionTableModel(lambda: self.editor.meetings.today, self)
        self.actions_view = make_table(
            self.actions_model,
            ActionTableModel.TITLE,
            (ActionTableModel.DUE, ActionTableModel.STATUS),
        )
        self.actions_view.setColumnHidden(ActionTableModel.MEETING, True)  # this meeting
        self.actions_view.activated.connect(lambda _index: self.edit_current_action())
        self.actions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )
        self.new_action = QAction(self.tr("Nouvelle action…"), self)
        self.new_action.triggered.connect(self.add_action)
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(self.edit_current_action)
        self.delete_action = QAction(self.tr("Supprimer"), self)
        self.delete_action.triggered.connect(self.delete_current_action)
        self.actions_title = QLabel()
        font = self.actions_title.font()
        font.setBold(True)
        self.actions_title.setFont(font)
        bar = FlowLayout()
        bar.addWidget(self.actions_title)
        for action in (self.new_action, self.edit_action, self.delete_action):
            bar.addWidget(tool_button(action))
        self.allow(self.writable, self.new_action, self.edit_action, self.delete_action)
        if not self.writable:  # a role that may not change meetings reads the decisions only
            self.editor_.outcome.setReadOnly(True)
            self.editor_.decision.setReadOnly(True)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addLayout(bar)
        bottom_layout.addWidget(self.actions_view, 1)

        split = splitter(
            Qt.Orientation.Vertical, [self.top_stack, bottom], ((0, 3), (1, 2)), [380, 240]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)
        self._update_actions()

    # -- showing --------------------------------------------------------------------------------

    NARROW = 700
    """Below this width a combo box replaces the list of points, and actions hide the point."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        self.points.setVisible(not narrow)
        self.editor_.choice.setVisible(narrow)
        self.actions_view.setColumnHidden(ActionTableModel.ITEM, narrow)

    def _sync_choice(self) -> None:
        """The combo box lists the same points, with the same one chosen."""
        choice = self.editor_.choice
        texts = [self.points.item(r).text() for r in range(self.points.count())]
        choice.blockSignals(True)
        if [choice.itemText(i) for i in range(choice.count())] != texts:
            choice.clear()
            choice.addItems(texts)
        choice.setCurrentIndex(self.points.currentRow())
        choice.blockSignals(False)

    def set_details(self, details: MeetingDetails | None) -> None:
        """Show a meeting's points and actions; text being typed for the same point is kept."""
        same_meeting = (
            details is not None
            and self.details is not None
            and details.meeting.id == self.details.meeting.id
        )
        current = self.points.currentItem()
        keep = current.data(UUID_ROLE) if same_meeting and current is not None else None
        if not same_meeting:  # what was typed belongs to the previous meeting (flushed before)
            self._shown, self._loaded = None, ("", "")
        self.details = details
        rows = []
        labels: dict[UUID, str] = {}
        for timed in details.schedule if details else ():
            item = timed.item
            label = f"{timed.number}. {item.title}"
            labels[item.uuid] = label
            recorded = bool(item.decision or item.outcome)  # shown in bold
            tip = self.tr("%1\n(relevé ou décision saisi)") if recorded else "%1"
            rows.append((str(item.uuid), label, tip.replace("%1", item.title), recorded))
        shown = [self.points.item(r).data(UUID_ROLE) for r in range(self.points.count())]
        self.points.blockSignals(True)
        if shown != [uuid for uuid, *_ in rows]:  # other points: list them anew
            self.points.clear()
            for uuid, *_ in rows:
                row = QListWidgetItem()
                row.setData(UUID_ROLE, uuid)
                self.points.addItem(row)
        for number, (_uuid, label, tip, recorded) in enumerate(rows):
            row = self.points.item(number)
            row.setText(label)
            row.setToolTip(tip)
            font = row.font()
            font.setBold(recorded)
            row.setFont(font)
        self.points.blockSignals(False)
        self.top_stack.setCurrentIndex(0 if self.points.count() else 1)
        if keep is None or not self._select_point(UUID(keep)):
            self._select_row(0)
        self._point_changed()
        actions = list(details.actions) if details else []
        self.actions_model.set_actions(actions, labels)
        today = self.editor.meetings.today
        overdue = sum(1 for a in actions if a.is_overdue(today))
        title = self.tr("Actions (%1)").replace("%1", str(len(actions)))
        if overdue:
            title += self.tr(", dont %1 en retard").replace("%1", str(overdue))
        self.actions_title.setText(title)
        self.actions_title.setStyleSheet(f"color: {WARNING_TEXT};" if overdue else "")
        self.actions_view.resizeColumnsToContents()
        header = self.actions_view.horizontalHeader()
        for column in (ActionTableModel.ITEM, ActionTableModel.OWNER):
            header.resizeSection(column, min(max(header.sectionSize(column), 120), 260))
        self._update_actions()

    def _select_point(self, uuid: UUID) -> bool:
        for row in range(self.points.count()):
            if self.points.item(row).data(UUID_ROLE) == str(uuid):
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        """Select a row without reacting as to a user's choice."""
        if 0 <= row < self.points.count() and self.points.currentRow() != row:
            self.points.blockSignals(True)
            self.points.setCurrentRow(row)
            self.points.blockSignals(False)

    def current_point(self) -> AgendaItem | None:
        item = self.points.currentItem()
        if item is None or self.details is None:
            return None
        wanted = item.data(UUID_ROLE)
        return next((i for i in self.details.meeting.items if str(i.uuid) == wanted), None)

    def select_point(self, uuid: UUID) -> bool:
        """Show a point's texts (saving those typed for the previous one)."""
        self.flush()
        if not self._select_point(uuid):
            return False
        self._point_changed()
        return True

    def _point_changed(self) -> None:
        """Show the current point's texts, saving first those typed for the previous one."""
        if self._changing:  # the save reloaded the page: the outer call shows the point
            return
        self._changing = True
        try:
            self._show_current_point()
        finally:
            self._changing = False

    def _show_current_point(self) -> None:
        self._sync_choice()
        point = self.current_point()
        if point is None or self.details is None:
            self._shown = None
            self._loaded = ("", "")
            self.editor_.set_texts("", "")
            self.editor_.setEnabled(False)
            self.editor_.title.setText("")
            self.editor_.timing.setText("")
            return
        if self._shown is not None and self._shown != point.uuid:
            self.flush()
            point = self.current_point()
            if point is None:
                return
        typed = self.editor_.texts()
        dirty = self._shown == point.uuid and typed != self._loaded
        self._shown = point.uuid
        self._loaded = (point.outcome, point.decision)
        if not dirty:
            self.editor_.set_texts(point.outcome, point.decision)
        self.editor_.setEnabled(True)
        self.editor_.title.setText(point.title)
        timed = next(t for t in self.details.schedule if t.item.uuid == point.uuid)
        self.editor_.timing.setText(
            f"{timed.number}. {item_kind_label(point.kind)} · {hours(timed.start, timed.end)}"
        )

    # -- saving the texts -----------------------------------------------------------------------

    def _typed(self) -> None:
        if self._shown is not None and self.editor_.texts() != self._loaded:
            self._timer.start()

    def is_dirty(self) -> bool:
        return self._shown is not None and self.editor_.texts() != self._loaded

    def flush(self) -> None:
        """Save the shown point's texts if they were edited (one undo step)."""
        self._timer.stop()
        if not self.is_dirty() or self.details is None:
            return
        outcome, decision = self.editor_.texts()
        uuid = self._shown
        m = self.editor.meetings
        try:
            before = m.meeting(self.details.meeting.id)
            point = next((i for i in before.items if i.uuid == uuid), None)
            if point is None:  # removed meanwhile (undo): nothing to save it to
                self._loaded = self.editor_.texts()
                return
            items = [
                replace(i, outcome=outcome, decision=decision) if i.uuid == uuid else i
                for i in before.items
            ]
            after = m.with_items(before, items)
            if after == before:
                self._loaded = self.editor_.texts()
                return
            changed_outcome = point.outcome != outcome
            changed_decision = point.decision != decision
            if changed_outcome and changed_decision:
                text = self.tr("le relevé et la décision du point « %1 »")
            elif changed_decision:
                text = self.tr("la décision du point « %1 »")
            else:
                text = self.tr("le relevé du point « %1 »")
            previous, self._loaded = self._loaded, (outcome, decision)
            try:
                self.editor.edit_meeting(
                    before, after, text.replace("%1", short_title(point.title))
                )
            except DeliberationError:
                self._loaded = previous
                raise
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))

    # -- actions --------------------------------------------------------------------------------

    def current_action(self) -> ActionRecord | None:
        rows = self.actions_view.selectionModel().selectedRows()
        return self.actions_model.record(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        selected = self.current_action() is not None
        self.new_action.setEnabled(self.details is not None)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    def add_action(self) -> None:
        if self.details is None:
            return
        dialog = ActionDialog(self.editor, None, self.details.meeting.id, self)
        point = self.current_point()
        if point is not None:
            dialog.item.setCurrentIndex(max(dialog.item.findData(str(point.uuid)), 0))
        self.open_editing(dialog, lambda d: self._saved(d, self.tr("Action « %1 » ajoutée.")))

    def edit_current_action(self) -> None:
        action = self.current_action()
        if action is None or not self.may_change(self.writable):
            return
        dialog = ActionDialog(self.editor, action, None, self)
        self.open_editing(dialog, lambda d: self._saved(d, self.tr("Action « %1 » enregistrée.")))

    def _saved(self, dialog: ActionDialog, note: str) -> None:
        saved = dialog.result_record
        if saved is None:
            return
        self.select_action(saved.id)
        self.status_message.emit(note.replace("%1", short_title(saved.title)))

    def select_action(self, action_id: int) -> bool:
        row = self.actions_model.row_where(lambda a: a.id == action_id)
        if row < 0:
            return False
        self.actions_view.selectRow(row)
        return True

    def delete_current_action(self) -> None:
        action = self.current_action()
        if action is None:
            return
        try:
            self.editor.delete_action(action)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.status_message.emit(
            self.tr("Action « %1 » supprimée (Ctrl+Z pour l'annuler).").replace(
                "%1", short_title(action.title)
            )
        )
