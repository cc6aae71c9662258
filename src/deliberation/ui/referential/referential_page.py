"""The Référentiel screen: member organisations, their delegates and their history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.referential import DelegateRecord, OrganisationRecord
from deliberation.rules.file_names import file_name
from deliberation.ui.kit.editor import DELEGATES, ORGANISATIONS
from deliberation.ui.kit.exporting import RegisterExport, show_in
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import EditorPage, page_title, shortcut_action, splitter
from deliberation.ui.kit.tables import fit_columns, make_table, select_row_at, selected_source_row
from deliberation.ui.kit.widgets import search_field, toolbar
from deliberation.ui.referential.delegate_dialog import DelegateDialog
from deliberation.ui.referential.organisation_dialog import OrganisationDialog
from deliberation.ui.referential.organisation_panel import OrganisationPanel
from deliberation.ui.referential.referential_models import (
    SEARCH_ROLE,
    MembershipFilter,
    OrganisationFilterModel,
    OrganisationTableModel,
)

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService


class ReferentialPage(EditorPage):
    """Lists organisations (searchable, filtered by membership) with the selected one's details.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        model, proxy: the organisations and their filtered, sorted view.
        view: the organisations table.
        panel: the details of the selected organisation.
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)

        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = shortcut_action(
            self,
            QKeySequence.StandardKey.New,
            self.new_organisation,
            self.tr("Nouvelle organisation…"),
        )
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.triggered.connect(self.edit_organisation)
        self.membership_action = QAction(self.tr("Désactiver"), self)
        self.membership_action.triggered.connect(self.toggle_membership)
        self.allow(
            editor.capabilities.referential,
            self.new_action,
            self.edit_action,
            self.membership_action,
        )
        shortcut_action(
            self,
            QKeySequence.StandardKey.Find,
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )

        self.search: QLineEdit = search_field(
            self.tr("Rechercher un sigle, un nom, un ancien nom…"), self._search_changed, 200
        )
        self.search.setMaximumWidth(460)
        self.membership = QComboBox()
        self.membership.addItem(self.tr("Membres actuels"), MembershipFilter.CURRENT)
        self.membership.addItem(self.tr("Anciens membres"), MembershipFilter.FORMER)
        self.membership.addItem(self.tr("Toutes les organisations"), MembershipFilter.ALL)
        self.membership.currentIndexChanged.connect(self._membership_changed)
        self.count = QLabel()
        self.exporter = RegisterExport(self, messages)
        self.exporter.done.connect(self.status_message)
        self.export_menu = self.exporter.menu(self.tr("Exporter l'annuaire"), self.export_directory)
        self.word_action, self.sheet_action = self.export_menu.actions()

        self.view = make_table(
            self.proxy,
            OrganisationTableModel.NAME,
            (
                OrganisationTableModel.ACRONYM,
                OrganisationTableModel.KIND,
                OrganisationTableModel.MEMBER_SINCE,
                OrganisationTableModel.DELEGATES,
            ),
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(OrganisationTableModel.ACRONYM, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_organisation())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.panel = OrganisationPanel()
        self.panel.new_delegate_requested.connect(self.new_delegate)
        self.panel.edit_delegate_requested.connect(self.edit_delegate)
        self.allow(
            editor.capabilities.referential,
            self.panel.new_delegate_action,
            self.panel.edit_delegate_action,
        )

        bar = toolbar([self.new_action, self.edit_action, self.membership_action], [])
        first = bar.itemAt(0)
        buttons = first.widget() if first is not None else None
        assert isinstance(buttons, QToolBar)
        show_in(buttons, self.export_menu)  # folds into the bar's « » menu when narrow
        bar.addWidget(self.count)
        bar.addSpacing(12)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.membership)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Référentiel des organisations")))
        layout.addLayout(bar)
        layout.addWidget(
            splitter(
                Qt.Orientation.Vertical, [self.view, self.panel], [(0, 3), (1, 2)], [480, 320]
            ),
            1,
        )

        editor.changed.connect(self.on_changed)
        self.reload()

    # -- export ---------------------------------------------------------------------------------

    def export_directory(self, suffix: str) -> None:
        """The member organisations and their delegates as Word or a workbook."""
        from deliberation.services.registers_export import export_directory

        root = self.editor.root
        self.exporter.start(
            self.tr("Exporter l'annuaire des membres"),
            file_name("annuaire des membres", day=self.editor.referential.today, suffix=suffix),
            lambda path: export_directory(root, path),
            self.tr("Annuaire des membres enregistré dans %1."),
        )

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the organisations again, keeping the selection."""
        selected = self.current_organisation()
        ref = self.editor.referential
        self.model.set_organisations(ref.organisations(), ref.former_name_history())
        fit_columns(self.view)
        self._update_count()
        if selected is None or not self.select_organisation(selected.id, reveal=False):
            self._selection_changed()

    def on_changed(self, topics: frozenset[str]) -> None:
        if ORGANISATIONS in topics:
            self.reload()
        elif DELEGATES in topics:
            self._selection_changed()

    # -- selection ------------------------------------------------------------------------------

    def current_organisation(self) -> OrganisationRecord | None:
        row = selected_source_row(self.view, self.proxy)
        return self.model.record(row) if row >= 0 else None

    def select_organisation(self, organisation_id: int, reveal: bool = True) -> bool:
        """Select an organisation; with `reveal`, relax the filters hiding it. True if shown.

        Only the filter that hides it is changed, and the status bar says so.
        """
        row = self.model.row_where(lambda o: o.id == organisation_id)
        if row < 0:
            return False
        if reveal:
            note = self.reveal(row)
            if note:
                self.status_message.emit(note)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        select_row_at(self.view, index)
        return True

    def reveal(self, row: int) -> str:
        """Change only the filters that hide the model's `row`; a note saying what changed."""
        record = self.model.record(row)
        notes = []
        haystack = self.model.data(self.model.index(row, 0), SEARCH_ROLE)
        if not self.proxy.search_accepts(haystack if isinstance(haystack, str) else ""):
            self.search.clear()
            notes.append(self.tr("la recherche a été effacée"))
        if not self.proxy.membership_accepts(record):
            self.membership.setCurrentIndex(self.membership.findData(MembershipFilter.ALL))
            notes.append(
                self.tr("le filtre « %1 » a été choisi").replace(
                    "%1", self.membership.currentText()
                )
            )
        if not notes:
            return ""
        return (
            self.tr("Pour afficher %1, %2.")
            .replace("%1", record.acronym)
            .replace("%2", self.tr(" et ").join(notes))
        )

    def _selection_changed(self, *_args: object) -> None:
        record = self.current_organisation()
        if record is None:
            self.panel.show_organisation(None, None, [])
        else:
            ref = self.editor.referential
            try:
                snap = ref.organisation(record.id)
                delegates = ref.delegates(record.id)
            except DeliberationError as exc:
                self.messages.error(self, error_text(exc))
                return
            self.panel.show_organisation(record, snap, delegates)
        self.edit_action.setEnabled(record is not None)
        self.membership_action.setEnabled(record is not None)
        if record is not None and not record.is_member:
            self.membership_action.setText(self.tr("Réactiver"))
            self.membership_action.setToolTip(
                self.tr("Refaire de l'organisation un membre du comité à partir d'aujourd'hui")
            )
        else:
            self.membership_action.setText(self.tr("Désactiver"))
            self.membership_action.setToolTip(
                self.tr("L'organisation quitte le comité aujourd'hui ; son historique est conservé")
            )

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _membership_changed(self, _index: int) -> None:
        self.proxy.set_membership(self.membership.currentData())
        self._after_filter()

    def _after_filter(self) -> None:
        fit_columns(self.view)  # the rows shown now may be wider
        self._update_count()
        if self.current_organisation() is None:
            self._selection_changed()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        if shown == 0:
            text = self.tr("Aucune organisation")
        elif shown == 1:
            text = self.tr("1 organisation")
        else:
            text = self.tr("%1 organisations").replace("%1", str(shown))
        self.count.setText(text)

    # -- edits ----------------------------------------------------------------------------------

    def new_organisation(self) -> None:
        self.open_editing(OrganisationDialog(self.editor, None, self), self._organisation_saved)

    def edit_organisation(self) -> None:
        record = self.current_organisation()
        if record is None:
            return
        try:
            before = self.editor.referential.organisation(record.id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.open_editing(OrganisationDialog(self.editor, before, self), self._organisation_saved)

    def _organisation_saved(self, dialog: OrganisationDialog) -> None:
        saved = dialog.result_snapshot
        if saved is None:
            return
        text = self.tr("Organisation %1 enregistrée.").replace("%1", saved.acronym)
        self.status_message.emit(self._select_revealing(saved.id, text))

    def _select_revealing(self, organisation_id: int, text: str) -> str:
        """Select an organisation, relaxing the filters hiding it; `text` plus what changed."""
        row = self.model.row_where(lambda o: o.id == organisation_id)
        note = self.reveal(row) if row >= 0 else ""
        self.select_organisation(organisation_id, reveal=False)
        return f"{text} {note}" if note else text

    def toggle_membership(self) -> None:
        record = self.current_organisation()
        if record is None:
            return
        try:
            done = self.editor.set_membership(record.id, not record.is_member)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        if done is None:
            return
        if record.is_member:
            text = self.tr("%1 ne fait plus partie des membres (Ctrl+Z pour annuler).")
        else:
            text = self.tr("%1 est de nouveau membre (Ctrl+Z pour annuler).")
        self.status_message.emit(text.replace("%1", record.acronym))

    def new_delegate(self) -> None:
        record = self.current_organisation()
        dialog = DelegateDialog(self.editor, None, record.id if record else None, self)
        self.open_editing(dialog, self._delegate_saved)

    def edit_delegate(self, delegate: DelegateRecord) -> None:
        self.open_editing(DelegateDialog(self.editor, delegate, None, self), self._delegate_saved)

    def _delegate_saved(self, dialog: DelegateDialog) -> None:
        saved = dialog.result_record
        if saved is None:
            return
        text = self.tr("Délégué %1 enregistré.").replace("%1", saved.full_name)
        text = self._select_revealing(saved.organisation_id, text)
        current = self.current_organisation()
        if current is not None and current.id == saved.organisation_id:
            self.panel.select_delegate(saved.id)
        self.status_message.emit(text)
