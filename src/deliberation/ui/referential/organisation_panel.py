"""The details of the selected organisation: delegates, name history, membership periods."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.referential import (
    DelegateRecord,
    OrganisationRecord,
    OrganisationSnapshot,
)
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.pages import empty_label, stacked
from deliberation.ui.kit.tables import fit_columns, make_table
from deliberation.ui.kit.widgets import heading_label, tool_button
from deliberation.ui.referential.referential_models import (
    DelegateTableModel,
    FormerNameModel,
    MembershipModel,
)


class OrganisationPanel(QWidget):
    """Shows one organisation; asks for delegate edits through signals.

    Signals:
        new_delegate_requested(): the user wants to add a delegate to this organisation.
        edit_delegate_requested(DelegateRecord): the user wants to edit that delegate.

    Attributes:
        delegates_model, names_model, memberships_model: the panel's item models.
        delegates_view: the table of delegates.
        new_delegate_action, edit_delegate_action: the panel's actions.
    """

    new_delegate_requested = Signal()
    edit_delegate_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation: OrganisationRecord | None = None
        self.delegates_model = DelegateTableModel(self)
        self.names_model = FormerNameModel(self)
        self.memberships_model = MembershipModel(self)

        self.title = heading_label()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_delegate_action = QAction(self.tr("Nouveau délégué…"), self)
        self.new_delegate_action.triggered.connect(self.new_delegate_requested)
        self.edit_delegate_action = QAction(self.tr("Modifier le délégué…"), self)
        self.edit_delegate_action.triggered.connect(self._edit_current)

        self.delegates_view = make_table(
            self.delegates_model,
            DelegateTableModel.EMAIL,
            (DelegateTableModel.FIRST_NAME, DelegateTableModel.ROLE),
        )
        self.delegates_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.delegates_view.activated.connect(lambda _index: self._edit_current())
        self.no_delegates = empty_label(
            self.tr("Aucun délégué n'est encore enregistré pour cette organisation.")
        )
        delegates = QWidget()
        box = QVBoxLayout(delegates)
        buttons = QHBoxLayout()
        buttons.addWidget(tool_button(self.new_delegate_action))
        buttons.addWidget(tool_button(self.edit_delegate_action))
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.delegates_stack = stacked(self.delegates_view, self.no_delegates)
        box.addWidget(self.delegates_stack)

        self.names_view = make_table(
            self.names_model,
            FormerNameModel.NAME,
            (FormerNameModel.ACRONYM, FormerNameModel.FROM, FormerNameModel.UNTIL),
        )
        self.memberships_view = make_table(
            self.memberships_model,
            MembershipModel.NOTE,
            (MembershipModel.START, MembershipModel.END),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(delegates, self.tr("Délégués"))
        self.tabs.addTab(self.names_view, self.tr("Historique des noms"))
        self.tabs.addTab(self.memberships_view, self.tr("Adhésions"))

        self.empty = empty_label(
            self.tr("Sélectionnez une organisation pour voir ses délégués et son historique.")
        )
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.tabs, 1)
        self.pages = stacked(self.empty, details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_organisation(None, None, [])

    def show_organisation(
        self,
        record: OrganisationRecord | None,
        snap: OrganisationSnapshot | None,
        delegates: list[DelegateRecord],
    ) -> None:
        """Show an organisation (None: the hint to select one)."""
        self.organisation = record
        if record is None or snap is None:
            self.pages.setCurrentWidget(self.empty)
            self.delegates_model.set_records([])
            self.names_model.set_records([])
            self.memberships_model.set_records([])
            self._update_actions()
            return
        self.pages.setCurrentIndex(1)
        self.title.setText(f"{record.acronym} — {record.name}")
        if record.is_member:
            status = self.tr("membre depuis le %1").replace("%1", numeric_date(record.member_since))
        elif record.member_until:
            status = self.tr("ancien membre (jusqu'au %1)").replace(
                "%1", numeric_date(record.member_until)
            )
        else:
            status = self.tr("pas membre")
        parts = [record.kind_label, status]
        if snap.notes:
            parts.append(snap.notes)
        self.subtitle.setText(" · ".join(parts))
        self.delegates_model.set_records(delegates)
        self.delegates_stack.setCurrentIndex(0 if delegates else 1)
        self.names_model.set_records(snap.former_names)
        self.memberships_model.set_records(snap.memberships)
        self.tabs.setTabText(0, self.delegates_tab_text(delegates))
        self.tabs.setTabText(
            1, self.tr("Historique des noms (%1)").replace("%1", str(len(snap.former_names)))
        )
        self.tabs.setTabText(2, self.tr("Adhésions (%1)").replace("%1", str(len(snap.memberships))))
        for view in (self.delegates_view, self.names_view, self.memberships_view):
            fit_columns(view)
        self._update_actions()

    def delegates_tab_text(self, delegates: list[DelegateRecord]) -> str:
        """« Délégués (2) » when all sit, « Délégués (2 en fonction, 1 ancien) » otherwise.

        The first number is the one the organisations table shows (delegates in office).
        """
        active = sum(1 for d in delegates if d.active)
        former = len(delegates) - active
        if not former:
            return self.tr("Délégués (%1)").replace("%1", str(active))
        text = (
            self.tr("Délégués (%1 en fonction, %2 ancien)")
            if former == 1
            else self.tr("Délégués (%1 en fonction, %2 anciens)")
        )
        return text.replace("%1", str(active)).replace("%2", str(former))

    def current_delegate(self) -> DelegateRecord | None:
        rows = self.delegates_view.selectionModel().selectedRows()
        return self.delegates_model.record(rows[0].row()) if rows else None

    def select_delegate(self, delegate_id: int) -> None:
        row = self.delegates_model.row_where(lambda d: d.id == delegate_id)
        if row >= 0:
            self.tabs.setCurrentIndex(0)
            self.delegates_view.selectRow(row)

    def _edit_current(self) -> None:
        delegate = self.current_delegate()
        if delegate is not None:
            self.edit_delegate_requested.emit(delegate)

    def _update_actions(self, *_args: object) -> None:
        self.new_delegate_action.setEnabled(self.organisation is not None)
        self.edit_delegate_action.setEnabled(self.current_delegate() is not None)
