"""The Groupes de travail screen: the working groups, their members, chair and rapporteurs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.referential import GroupRecord
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.editor import GROUPS
from deliberation.ui.kit.labels import status_label
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import (
    EditorPage,
    empty_label,
    page_title,
    shortcut_action,
    splitter,
    stacked,
)
from deliberation.ui.kit.table_model import RecordSortModel
from deliberation.ui.kit.tables import fit_columns, make_table, select_row_at, selected_source_row
from deliberation.ui.kit.widgets import heading_label, toolbar
from deliberation.ui.referential.group_dialog import GroupDialog
from deliberation.ui.referential.group_models import GroupTableModel

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class GroupDetails(QWidget):
    """The mandate, members, chair and rapporteurs of one working group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.theme, self.status, self.period = _value_label(), _value_label(), _value_label()
        self.members, self.chair = _value_label(), _value_label()
        self.rapporteurs, self.mandate = _value_label(), _value_label()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Thème :"), self.theme)
        form.addRow(self.tr("Statut :"), self.status)
        form.addRow(self.tr("Période :"), self.period)
        form.addRow(self.tr("Organisations membres :"), self.members)
        form.addRow(self.tr("Président :"), self.chair)
        form.addRow(self.tr("Rapporteurs :"), self.rapporteurs)
        form.addRow(self.tr("Mandat :"), self.mandate)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.empty = empty_label(self.tr("Sélectionnez un groupe de travail pour voir son mandat."))
        self.pages = stacked(self.empty, scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_group(self, group: GroupRecord | None) -> None:
        if group is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        none = self.tr("—")
        self.title.setText(group.name)
        self.theme.setText(group.theme_label or none)
        self.status.setText(status_label(group.status))
        if group.start_date and group.end_date:
            period = self.tr("du %1 au %2").replace("%1", numeric_date(group.start_date))
            period = period.replace("%2", numeric_date(group.end_date))
        elif group.start_date:
            period = self.tr("depuis le %1").replace("%1", numeric_date(group.start_date))
        elif group.end_date:
            period = self.tr("jusqu'au %1").replace("%1", numeric_date(group.end_date))
        else:
            period = self.tr("non fixée")
        self.period.setText(period)
        self.members.setText(", ".join(group.member_acronyms) or none)
        self.chair.setText(group.chair_name or none)
        self.rapporteurs.setText(", ".join(group.rapporteur_names) or none)
        self.mandate.setText(group.mandate or self.tr("(mandat non rédigé)"))


class GroupsPage(EditorPage):
    """Lists the working groups; creates and edits them through the group dialog.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        model, proxy: the working groups and their sorted view.
        view: their table.
        details: the selected group's details.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self.model = GroupTableModel(self)
        self.proxy = RecordSortModel(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = shortcut_action(
            self, QKeySequence.StandardKey.New, self.new_group, self.tr("Nouveau groupe…")
        )
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(self.edit_group)
        self.allow(editor.capabilities.referential, self.new_action, self.edit_action)

        self.view = make_table(
            self.proxy, GroupTableModel.NAME, (GroupTableModel.STATUS, GroupTableModel.CHAIR)
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(GroupTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_group())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.no_groups = empty_label(
            self.tr("Aucun groupe de travail pour l'instant : créez-en un avec « Nouveau groupe ».")
        )
        self.list_stack = stacked(self.view, self.no_groups)
        self.details = GroupDetails()

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Groupes de travail")))
        layout.addLayout(toolbar([self.new_action, self.edit_action], []))
        layout.addWidget(
            splitter(
                Qt.Orientation.Vertical,
                [self.list_stack, self.details],
                [(0, 3), (1, 2)],
                [420, 300],
            ),
            1,
        )

        editor.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        selected = self.current_group()
        try:
            groups = self.editor.referential.groups()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.model.set_records(groups)
        self.list_stack.setCurrentIndex(0 if groups else 1)
        fit_columns(self.view, 200)
        if selected is None or not self.select_group(selected.id):
            self._selection_changed()

    def on_changed(self, topics: frozenset[str]) -> None:
        if topics & {GROUPS, "organisations", "delegates"}:
            self.reload()

    def current_group(self) -> GroupRecord | None:
        row = selected_source_row(self.view, self.proxy)
        return self.model.record(row) if row >= 0 else None

    def select_group(self, group_id: int) -> bool:
        row = self.model.row_where(lambda g: g.id == group_id)
        if row < 0:
            return False
        select_row_at(self.view, self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _selection_changed(self, *_args: object) -> None:
        group = self.current_group()
        self.details.show_group(group)
        self.edit_action.setEnabled(group is not None)

    def new_group(self) -> None:
        self.open_editing(GroupDialog(self.editor, None, self), self._saved)

    def edit_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        try:
            before = self.editor.referential.group(group.id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.open_editing(GroupDialog(self.editor, before, self), self._saved)

    def _saved(self, dialog: GroupDialog) -> None:
        saved = dialog.result_record
        if saved is None:
            return
        self.select_group(saved.id)
        self.status_message.emit(
            self.tr("Groupe de travail « %1 » enregistré.").replace("%1", saved.name)
        )
