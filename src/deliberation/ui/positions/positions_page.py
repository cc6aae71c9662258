"""The Positions area: the consultations beside the selected one's synthesis, and its exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.rules.file_names import file_name
from deliberation.ui.kit.editor import (
    CONSULTATIONS,
    DELEGATES,
    MEETINGS,
    ORGANISATIONS,
    POSITIONS,
)
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.pages import (
    EditorPage,
    delete_key_action,
    empty_label,
    page_title,
    shortcut_action,
    splitter,
    stacked,
)
from deliberation.ui.kit.settings import POSITIONS_SPLITTER
from deliberation.ui.kit.widgets import TallScroll, toolbar
from deliberation.ui.positions.positions_list import ConsultationList
from deliberation.ui.positions.synthesis_area import SynthesisArea

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

WORD_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents Word (*.docx)"))
SHEET_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Classeurs (*.xlsx)"))
FIRST_SCREEN = 30
"""The consultations read whole when the area opens (more cards than a tall screen shows); the
others' answers and subjects are read on the next turn of the event loop."""


class PositionsPage(EditorPage):
    """The consultations (the latest opened first) beside the selected one's synthesis.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        listing: the consultations.
        area: the selected consultation's synthesis, where positions are recorded.
        empty: what the page says when there is no consultation.
        new_action, edit_action, delete_action, word_action, sheet_action,
        secretariat_sheet_action: the toolbar (the last, the workbook with the addresses).
        dialog: the last dialog opened (kept so that tests can drive it).
        opening: true from the list shown until the synthesis and the rest of the answers
            follow, on the next turn of the event loop.
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)

        self._build_actions()
        self.listing = ConsultationList(lambda: editor.positions.today)
        self.listing.current_changed.connect(self._current_changed)
        self.listing.activated.connect(lambda _id: self.edit_consultation())
        self.listing.view.addAction(self.delete_action)
        self.area = SynthesisArea(editor, messages)
        self.area.status_message.connect(self.status_message)
        self.empty = empty_label(
            self.tr(
                "Aucune consultation pour l'instant : créez-en une avec « Nouvelle "
                "consultation… » pour recueillir la position des organisations sur des points "
                "de l'ordre du jour, un projet d'avis ou ses paragraphes."
            ),
            wrap=True,
        )
        # the whole consultation scrolls when the window is lower than its minimum
        self.area_scroll = TallScroll(self.area)
        self.right = stacked(self.area_scroll, self.empty)
        self.splitter = splitter(
            Qt.Orientation.Horizontal,
            [self.listing, self.right],
            [(1, 1)],
            [215, 1000],
            POSITIONS_SPLITTER,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Positions")))
        layout.addLayout(
            toolbar(
                [self.new_action, self.edit_action, self.delete_action],
                [self.word_action, self.sheet_action, self.secretariat_sheet_action],
            )
        )
        layout.addWidget(self.splitter, 1)

        editor.changed.connect(self.on_changed)
        self.opening = True
        self._open_list()

    def _open_list(self) -> None:
        """The list first, its first screen whole; the rest of its answers and the selected
        consultation's synthesis on the next turn of the event loop, once the list is shown."""
        try:
            records = self.editor.positions.consultations(complete=FIRST_SCREEN)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.listing.set_records(records)
        self._enable(self.listing.current_id())
        self.right.setCurrentWidget(
            self.area_scroll if self.listing.current_id() is not None else self.empty
        )
        self.after_first_paint(self._complete_opening)

    def _complete_opening(self) -> None:
        """The answers of the consultations past the first screen, and the synthesis (at once
        when a consultation is asked for first)."""
        if not self.opening:
            return
        self.opening = False
        records = self.listing.model.records()
        if any(not r.answers_known for r in records):
            try:
                self.listing.complete(self.editor.positions.completed(records))
            except DeliberationError as exc:
                self.messages.error(self, error_text(exc))
        if self.area.consultation_id is None:  # else a consultation was opened meanwhile
            self._current_changed(self.listing.current_id())

    def _build_actions(self) -> None:
        self.new_action = shortcut_action(
            self,
            QKeySequence.StandardKey.New,
            self.new_consultation,
            self.tr("Nouvelle consultation…"),
        )
        self.edit_action = QAction(self.tr("Modifier…"), self)
        self.edit_action.setToolTip(self.tr("Intitulé, dates, sujets, organisations et règle"))
        self.edit_action.triggered.connect(self.edit_consultation)
        self.delete_action = delete_key_action(self, self.delete_consultation, self.tr("Supprimer"))
        self.allow(
            self.editor.capabilities.positions,
            self.new_action,
            self.edit_action,
            self.delete_action,
        )
        self.word_action = QAction(self.tr("Exporter en Word…"), self)
        self.word_action.setToolTip(self.tr("La synthèse en tableau, pour la plénière"))
        self.word_action.triggered.connect(lambda: self.export("docx"))
        self.sheet_action = QAction(self.tr("Exporter en tableur…"), self)
        self.sheet_action.setToolTip(
            self.tr(
                "La synthèse en classeur .xlsx, avec ses filtres : une copie à diffuser, sans "
                "les adresses des délégués"
            )
        )
        self.sheet_action.triggered.connect(lambda: self.export("xlsx"))
        self.secretariat_sheet_action = QAction(
            self.tr("Exporter en tableur pour le secrétariat…"), self
        )
        self.secretariat_sheet_action.setToolTip(
            self.tr(
                "La synthèse en classeur .xlsx avec les courriels des délégués à relancer : "
                "la copie du secrétariat, à ne pas diffuser"
            )
        )
        self.secretariat_sheet_action.triggered.connect(lambda: self.export("xlsx", True))
        shortcut_action(self, QKeySequence.StandardKey.Find, self._focus_search)

    def _focus_search(self) -> None:
        """Ctrl+F: filter the matrix's organisations."""
        search = self.area.filters.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the consultations again (one query), keeping the selection."""
        try:
            records = self.editor.positions.consultations()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.listing.set_records(records)
        self._current_changed(self.listing.current_id())

    def on_changed(self, topics: frozenset[str]) -> None:
        if CONSULTATIONS in topics:
            self.reload()
        shown = self.area.consultation_id
        # The heading names the meeting; the missing answers list the delegates' addresses.
        if shown is not None and topics & {
            CONSULTATIONS,
            POSITIONS,
            ORGANISATIONS,
            DELEGATES,
            MEETINGS,
        }:
            self.area.refresh()

    def _current_changed(self, consultation_id: int | None) -> None:
        self._enable(consultation_id)
        self.right.setCurrentWidget(self.area_scroll if consultation_id is not None else self.empty)
        self.area.show_consultation(consultation_id)

    def _enable(self, consultation_id: int | None) -> None:
        for action in (
            self.edit_action,
            self.delete_action,
            self.word_action,
            self.sheet_action,
            self.secretariat_sheet_action,
        ):
            action.setEnabled(consultation_id is not None)

    def current_consultation_id(self) -> int | None:
        return self.listing.current_id()

    def select_consultation(self, consultation_id: int) -> bool:
        self._complete_opening()  # the consultation asked for shows now
        return self.listing.select(consultation_id)

    # -- consultations --------------------------------------------------------------------------

    def new_consultation(self) -> None:
        from deliberation.ui.positions.consultation_dialog import ConsultationDialog

        dialog = ConsultationDialog(self.editor, parent=self)
        self.open_editing(dialog, self._consultation_saved)

    def edit_consultation(self) -> None:
        consultation_id = self.current_consultation_id()
        if consultation_id is None:
            return
        from deliberation.ui.positions.consultation_dialog import ConsultationDialog

        try:
            before = self.editor.positions.consultation(consultation_id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        dialog = ConsultationDialog(self.editor, before, parent=self)
        self.open_editing(dialog, self._consultation_saved)

    def _consultation_saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        self.select_consultation(saved.id)
        self.status_message.emit(
            self.tr("Consultation « %1 » enregistrée.").replace("%1", saved.title)
        )

    def delete_consultation(self) -> None:
        synthesis = self.area.synthesis
        if synthesis is None:
            return
        title = synthesis.consultation.title
        count = len(synthesis.positions)
        text = self.tr("Supprimer la consultation « %1 »").replace("%1", title)
        if count:
            text += plural(count, self.tr(" et sa position"), self.tr(" et ses %n positions"))
        text += self.tr(" ? Édition › Annuler pourra la rétablir telle quelle.")
        if not self.messages.confirm(self, text, self.tr("Supprimer")):
            return
        try:
            self.editor.delete_consultation(synthesis.consultation.id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.status_message.emit(self.tr("Consultation « %1 » supprimée.").replace("%1", title))

    # -- exports --------------------------------------------------------------------------------

    def export(self, kind: str, addresses: bool = False) -> None:
        """Write the synthesis as a Word table (`docx`) or a spreadsheet (`xlsx`); a copy to
        send out, or with `addresses` the secretariat's (the delegates' e-mail addresses)."""
        synthesis = self.area.synthesis
        if synthesis is None:
            return
        if kind == "docx":
            title, name_filter = self.tr("Exporter la synthèse en Word"), WORD_FILTER
        else:
            title, name_filter = self.tr("Exporter la synthèse en tableur"), SHEET_FILTER
        subject = f"synthèse consultation {synthesis.consultation.title}"
        name = file_name(subject, "secretariat" if addresses else "", suffix=f".{kind}")
        if addresses:
            title = self.tr("Exporter la synthèse pour le secrétariat (avec les courriels)")
        path = self.messages.save_file(self, title, name, name_filter)
        if path is None:
            return
        from deliberation.services.synthesis_export import export_synthesis
        from deliberation.ui.kit.settings import export_author

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_synthesis(
                self.editor.root,
                [synthesis.consultation.id],
                path,
                addresses=addresses,
                author=export_author(),
            )
        except DeliberationError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.messages.error(self, error_text(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Synthèse enregistrée dans %1.").replace("%1", str(path)))
