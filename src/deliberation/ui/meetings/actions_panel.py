"""The Actions tab of the Séances area: every action agreed, open and overdue ones first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, TypedDict, Unpack
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.meetings import ActionInput, ActionRecord
from deliberation.rules.file_names import file_name
from deliberation.ui.kit.editor import ACTIONS, MEETINGS
from deliberation.ui.kit.exporting import RegisterExport, show_in
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import EditorPage, empty_label, stacked
from deliberation.ui.kit.tables import fit_columns, make_table, select_row_at, selected_source_row
from deliberation.ui.kit.widgets import overflow_bar, segmented
from deliberation.ui.meetings.meeting_models import (
    ActionFilter,
    ActionFilterModel,
    ActionTableModel,
)

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


class _ActionChanges(TypedDict, total=False):
    """Fields of an ActionInput to change (see action_input)."""

    title: str
    meeting_id: int | None
    item_uuid: UUID | None
    organisation_id: int | None
    delegate_id: int | None
    due_date: date | None
    status: str
    note: str


def action_input(action: ActionRecord, **changes: Unpack[_ActionChanges]) -> ActionInput:
    """What the user would type to leave `action` as it is (`changes` applied)."""
    data = ActionInput(
        title=action.title,
        meeting_id=action.meeting_id,
        item_uuid=action.item_uuid,
        organisation_id=action.organisation_id,
        delegate_id=action.delegate_id,
        due_date=action.due_date,
        status=action.status,
        note=action.note,
    )
    return replace(data, **changes)


class ActionsPanel(EditorPage):
    """All actions (open ones by default), overdue ones in red; edits them, marks them done.

    Signals:
        status_message(str): a short note for the status bar.
        overdue_changed(int): how many actions are overdue, after every reload.
        meeting_requested(int): the user wants to see the meeting an action comes from.

    Attributes:
        model, proxy, view: the actions, their filtered view and its table.
        filters: the Ouvertes / En retard / Toutes buttons (ids are `ActionFilter` values).
        add_action, edit_action, done_action, show_meeting_action: the panel's actions.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    overdue_changed = Signal(int)
    meeting_requested = Signal(int)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        today = lambda: editor.meetings.today  # noqa: E731
        self.model = ActionTableModel(today, self)
        self.proxy = ActionFilterModel(today, self)
        self.proxy.setSourceModel(self.model)

        self.add_action = QAction(self.tr("Nouvelle action…"), self)
        self.add_action.triggered.connect(self.new_action)
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.done_action = QAction(self.tr("Marquer comme faite"), self)
        self.done_action.triggered.connect(self.mark_done)
        self.show_meeting_action = QAction(self.tr("Voir la séance"), self)
        self.show_meeting_action.triggered.connect(self._show_meeting)

        holder, self.filters = segmented(
            [self.tr("Ouvertes"), self.tr("En retard"), self.tr("Toutes")], self
        )
        self.filters.idToggled.connect(self._filter_toggled)
        self.count = QLabel()
        self.exporter = RegisterExport(self, messages)
        self.exporter.done.connect(self.status_message)
        self.export_menu = self.exporter.menu(self.tr("Exporter"), self.export)
        self.export_menu.menuAction().setToolTip(
            self.tr("Les actions ouvertes, ou toutes quand « Toutes » est choisi")
        )
        self.word_action, self.sheet_action = self.export_menu.actions()

        self.view = make_table(
            self.proxy,
            ActionTableModel.TITLE,
            (ActionTableModel.DUE, ActionTableModel.STATUS),
        )
        self.view.setColumnHidden(ActionTableModel.ITEM, True)  # the meeting's page shows it
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ActionTableModel.DUE, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_current())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.empty = empty_label()
        self.stack = stacked(self.view, self.empty)

        # the buttons that do not fit a small screen go to the bar's « » menu
        bar = QHBoxLayout()
        buttons = overflow_bar(
            [self.done_action, self.edit_action, self.add_action, self.show_meeting_action]
        )
        show_in(buttons, self.export_menu)  # folds into the bar's « » menu when narrow
        bar.addWidget(buttons, 1)
        bar.addWidget(self.count)
        bar.addSpacing(12)
        bar.addWidget(holder)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.allow(
            editor.capabilities.meetings, self.add_action, self.edit_action, self.done_action
        )
        editor.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        selected = self.current_action()
        try:
            actions = self.editor.meetings.actions()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.model.set_records(actions)
        fit_columns(self.view, 280)
        if selected is None or not self.select_action(selected.id):
            self._update_actions()
        self._update_count()
        self.overdue_changed.emit(self.model.overdue_count())

    def on_changed(self, topics: frozenset[str]) -> None:
        if topics & {ACTIONS, MEETINGS, "organisations", "delegates"}:
            self.reload()

    def overdue_count(self) -> int:
        return self.model.overdue_count()

    def set_filter(self, which: ActionFilter) -> None:
        self.filters.button(int(which)).setChecked(True)

    def _filter_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.proxy.set_filter(ActionFilter(button_id))
            self._update_count()
            self._update_actions()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count.setText(plural(shown, self.tr("%n action"), self.tr("%n actions")))
        texts = {
            ActionFilter.OPEN: self.tr(
                "Aucune action ouverte : tout ce qui a été décidé est fait."
            ),
            ActionFilter.OVERDUE: self.tr("Aucune action en retard."),
            ActionFilter.ALL: self.tr(
                "Aucune action pour l'instant : ajoutez-en depuis le relevé de décisions "
                "d'une séance."
            ),
        }
        self.empty.setText(texts[self.proxy.filter])
        self.stack.setCurrentIndex(0 if shown else 1)

    # -- selection ------------------------------------------------------------------------------

    def current_action(self) -> ActionRecord | None:
        row = selected_source_row(self.view, self.proxy)
        return self.model.record(row) if row >= 0 else None

    def select_action(self, action_id: int) -> bool:
        row = self.model.row_where(lambda a: a.id == action_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        select_row_at(self.view, index)
        return True

    def _update_actions(self, *_args: object) -> None:
        action = self.current_action()
        self.edit_action.setEnabled(action is not None)
        self.done_action.setEnabled(action is not None and action.is_open)
        self.show_meeting_action.setEnabled(action is not None and action.meeting_id is not None)

    # -- export ---------------------------------------------------------------------------------

    def export(self, suffix: str) -> None:
        """The open actions (all of them under « Toutes ») as Word or a workbook."""
        from deliberation.services.registers_export import export_actions

        open_only = self.proxy.filter != ActionFilter.ALL
        what = self.tr("actions en cours") if open_only else self.tr("actions")
        root = self.editor.root
        self.exporter.start(
            self.tr("Exporter les actions"),
            file_name(what, day=self.editor.meetings.today, suffix=suffix),
            lambda path: export_actions(root, path, open_only),
            self.tr("Actions enregistrées dans %1."),
        )

    # -- edits ----------------------------------------------------------------------------------

    def mark_done(self) -> None:
        action = self.current_action()
        if action is None or not action.is_open:
            return
        meetings = self.editor.meetings
        try:
            after = meetings.edited_action(action, action_input(action, status="done"))
            self.editor.edit_action(action, after)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.status_message.emit(
            self.tr("Action « %1 » marquée comme faite.").replace("%1", _short(action.title))
        )

    def edit_current(self) -> None:
        action = self.current_action()
        if action is None or not self.may_change(self.editor.capabilities.meetings):
            return
        from deliberation.ui.meetings.action_dialog import ActionDialog

        dialog = ActionDialog(self.editor, action, parent=self)
        self.open_editing(dialog, self._saved)

    def new_action(self) -> None:
        from deliberation.ui.meetings.action_dialog import ActionDialog

        dialog = ActionDialog(self.editor, None, parent=self)
        self.open_editing(dialog, self._saved)

    def _saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "result_record", None)
        if saved is None:
            return
        self.select_action(saved.id)
        self.status_message.emit(
            self.tr("Action « %1 » enregistrée.").replace("%1", _short(saved.title))
        )

    def _show_meeting(self) -> None:
        action = self.current_action()
        if action is not None and action.meeting_id is not None:
            self.meeting_requested.emit(action.meeting_id)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
