"""One consultation's synthesis: statuses per subject, the stance matrix where positions are
recorded from the keyboard, and the side panel (the current cell, who has not answered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.positions import STANCES, PositionInput, PositionRecord, Synthesis
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, label_text
from deliberation.ui.kit.pages import EditorPage, empty_label, splitter, stacked
from deliberation.ui.kit.tables import make_table
from deliberation.ui.kit.widgets import TallScroll, open_dialog
from deliberation.ui.positions.synthesis_header import (
    ConsultationHeader,
    MatrixFilters,
    StanceCounts,
)
from deliberation.ui.positions.synthesis_model import (
    CELL_ROLE,
    SubjectStatusModel,
    SynthesisFilterModel,
    SynthesisModel,
)
from deliberation.ui.positions.synthesis_panel import MissingPanel, PositionPanel
from deliberation.ui.positions.synthesis_view import SynthesisView

if TYPE_CHECKING:
    from pathlib import Path

    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

Cell = tuple[int, int]
"""(subject id, organisation id)."""

SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect
SELECT_ROW = SELECT | QItemSelectionModel.SelectionFlag.Rows


class SynthesisArea(EditorPage):
    """The synthesis of one consultation, kept current as positions are recorded.

    In the matrix, F, D, A and N record a stance on the current cell at once and move to the
    next organisation shown, so that a column fills in a few keystrokes; R opens the position
    dialog on « Favorable sous réserve » (and moves on once saved); Enter or F2 opens the dialog
    on the current cell, which stays current; Delete withdraws its position.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        header: the consultation's title, question, dates and rule.
        statuses, status_view: the status and counts per stance of each subject.
        filters, counts: the matrix's filters; the current subject's counts per stance.
        matrix, matrix_proxy, matrix_view: organisations × subjects, filtered, and their table.
        position_panel, missing_panel, side: the side panel and its two tabs.
        last_source: the source the keys record (the last one chosen in the dialog).
        consultation_id: the consultation shown (None: nothing).
        dialog: the last dialog opened (kept so that tests can drive it).
    """

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self.last_source = "email"
        self.consultation_id: int | None = None

        self.header = ConsultationHeader()
        self.filters = MatrixFilters()
        self.filters.changed.connect(self._filter_changed)
        self.counts = StanceCounts()
        self.statuses = SubjectStatusModel(self)
        self.status_view = make_table(self.statuses, SubjectStatusModel.SUBJECT)
        self.status_view.setToolTip(self.tr("Choisissez un sujet pour aller à sa colonne"))
        self.status_view.selectionModel().currentRowChanged.connect(self._status_row_changed)

        self.matrix = SynthesisModel(self)
        self.matrix_proxy = SynthesisFilterModel(self)
        self.matrix_proxy.setSourceModel(self.matrix)
        self.matrix_view = SynthesisView()
        self.matrix_view.setModel(self.matrix_proxy)
        # A click makes a cell current before selecting it: follow both, or the side panel
        # would show the cell as not chosen.
        self.matrix_view.selectionModel().currentChanged.connect(self._cell_changed)
        self.matrix_view.selectionModel().selectionChanged.connect(self._cell_changed)
        self.matrix_view.stance_key.connect(self.record_stance)
        self.matrix_view.edit_requested.connect(lambda: self.open_position_dialog())
        self.matrix_view.withdraw_requested.connect(self.withdraw_position)
        self.matrix_empty = empty_label(self.tr("Aucune organisation ne correspond à ces filtres."))
        self.matrix_stack = stacked(self.matrix_view, self.matrix_empty)

        self.position_panel = PositionPanel()
        self.position_panel.edit_requested.connect(lambda: self.open_position_dialog())
        self.position_panel.withdraw_requested.connect(self.withdraw_position)
        self.missing_panel = MissingPanel()
        self.missing_panel.copied.connect(self._copied)
        self.missing_panel.send_requested.connect(lambda: self.send_mails("consultation"))
        self.missing_panel.remind_requested.connect(lambda: self.send_mails("reminder"))
        self.missing_panel.import_requested.connect(self.import_answers)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.position_panel)
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.addTab(scroll, self.tr("Position"))
        self.side.addTab(self.missing_panel, self.tr("Sans réponse"))
        self.side.setMinimumWidth(280)
        self._build_layout()

    def _build_layout(self) -> None:
        """The heading and the statuses across; below, the matrix beside the side panel."""
        below = QWidget()
        rows = QVBoxLayout(below)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.filters)
        rows.addWidget(self.matrix_stack, 1)
        rows.addWidget(self.counts)
        self.splitter = splitter(
            # the filters, matrix and counts scroll when the window is too low for them
            Qt.Orientation.Horizontal,
            [TallScroll(below), self.side],
            ((0, 1),),
            [620, 340],
        )
        vertical = splitter(
            Qt.Orientation.Vertical, [self.status_view, self.splitter], ((1, 1),), [120, 480]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(vertical, 1)

    # -- loading --------------------------------------------------------------------------------

    def show_consultation(self, consultation_id: int | None) -> None:
        """Show another consultation (from its first cell)."""
        if consultation_id != self.consultation_id:
            self.consultation_id = consultation_id
            self.refresh(reset=True)

    def refresh(self, reset: bool = False) -> None:
        """Read the synthesis again and repaint what changed, keeping the current cell."""
        if self.consultation_id is None:
            self.matrix.set_synthesis(None)
            self.statuses.set_records([])
            return
        try:
            synthesis = self.editor.positions.synthesis(self.consultation_id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        cell = None if reset else self.current_cell()
        if reset:
            self.matrix.set_synthesis(None)
        self.matrix.set_synthesis(synthesis)
        today = self.editor.positions.today
        self.header.show_synthesis(synthesis, today, self._meeting_label(synthesis))
        if reset:
            self.statuses.set_records(synthesis.results)
            self.status_view.resizeColumnsToContents()
        else:
            self.statuses.update_records(synthesis.results)
        self.missing_panel.set_missing(synthesis.missing, partial_answers(synthesis))
        count = str(len(synthesis.missing))
        self.side.setTabText(1, self.tr("Sans réponse (%1)").replace("%1", count))
        self._update_filter_count()
        if cell is None or not self.select_cell(cell):
            self._select_first_cell()
        self._cell_changed()

    @property
    def synthesis(self) -> Synthesis | None:
        return self.matrix.synthesis

    def _meeting_label(self, synthesis: Synthesis) -> str:
        meeting_id = synthesis.consultation.meeting_id
        if meeting_id is None:
            return ""
        try:
            meeting = self.editor.meetings.meeting(meeting_id)
        except DeliberationError:
            return ""
        text = self.tr("%1 du %2").replace("%1", meeting.title)
        return text.replace("%2", numeric_date(meeting.day))

    # -- the current cell -----------------------------------------------------------------------

    def current_cell(self) -> Cell | None:
        index = self.matrix_view.current_cell()
        return index.data(CELL_ROLE) if index is not None else None

    def select_cell(self, cell: Cell) -> bool:
        """Make (subject id, organisation id) the current cell; False if it is not shown."""
        row, column = self.matrix.row_of(cell[1]), self.matrix.column_of(cell[0])
        if row < 0 or column < 0:
            return False
        index = self.matrix_proxy.mapFromSource(self.matrix.index(row, column))
        if not index.isValid():
            return False
        self.matrix_view.selectionModel().setCurrentIndex(index, SELECT)
        self.matrix_view.scrollTo(index)
        return True

    def _select_first_cell(self, column: int = 0) -> None:
        index = self.matrix_proxy.index(0, column)
        if index.isValid():
            self.matrix_view.selectionModel().setCurrentIndex(index, SELECT)

    def _next_cell(self, cell: Cell) -> Cell:
        """The cell one organisation down among those shown (the same one on the last row)."""
        shown = self.matrix_proxy.organisation_ids()
        if cell[1] in shown and shown.index(cell[1]) + 1 < len(shown):
            return (cell[0], shown[shown.index(cell[1]) + 1])
        return cell

    def _land(self, target: Cell, fallback: Cell) -> None:
        """After an edit: go to `target`, else `fallback`, else the last row shown (a filter may
        have hidden both)."""
        if self.select_cell(target) or self.select_cell(fallback):
            return
        column = max(self.matrix.column_of(target[0]), 0)
        last = self.matrix_proxy.index(self.matrix_proxy.rowCount() - 1, column)
        if last.isValid():
            self.matrix_view.selectionModel().setCurrentIndex(last, SELECT)

    def _cell_changed(self, *_args: object) -> None:
        cell = self.current_cell()
        synthesis = self.matrix.synthesis
        if cell is None or synthesis is None:
            self.position_panel.show_cell(None, None, None, None)
            self.counts.show_counts(None, 0)
            return
        row, column = self.matrix.row_of(cell[1]), self.matrix.column_of(cell[0])
        result = self.matrix.result(column)
        self.position_panel.show_cell(
            self.editor.positions,
            self.matrix.organisation(row),
            (column + 1, result.subject),
            synthesis.position(*cell),
        )
        self.counts.show_counts(result, column + 1)
        if self.status_view.currentIndex().row() != column:
            self.status_view.selectionModel().setCurrentIndex(
                self.statuses.index(column, 0), SELECT_ROW
            )

    def _status_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A subject chosen in the statuses: go to its column, on the same organisation."""
        cell = self.current_cell()
        if not current.isValid() or self.matrix.synthesis is None:
            return
        subject = self.matrix.result(current.row()).subject.id
        if cell is None:
            self._select_first_cell(current.row())
        elif cell[0] != subject:
            self.select_cell((subject, cell[1]))

    # -- filters --------------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.matrix_proxy.set_stance(self.filters.stance())
        self.matrix_proxy.set_search(self.filters.search.text())
        self.matrix_proxy.set_unanswered_only(self.filters.unanswered.isChecked())
        self._update_filter_count()
        if self.current_cell() is None:
            self._select_first_cell(max(self.status_view.currentIndex().row(), 0))
        self._cell_changed()

    def _update_filter_count(self) -> None:
        shown, total = self.matrix_proxy.rowCount(), self.matrix.rowCount()
        self.counts.show_shown(shown, total)
        self.matrix_stack.setCurrentIndex(0 if shown or not total else 1)

    # -- recording positions --------------------------------------------------------------------

    def record_stance(self, stance: str) -> None:
        """A stance key on the current cell: record or change the position, then go down."""
        cell = self.current_cell()
        synthesis = self.matrix.synthesis
        if cell is None or synthesis is None:
            return
        if stance == "reserved":
            self.open_position_dialog("reserved", advance=True)
            return
        target = self._next_cell(cell)
        before = synthesis.position(*cell)
        if before is None or before.stance != stance:
            # The reasons and amendment stay; a reservation lifted goes (to the history).
            data = PositionInput(
                cell[0],
                cell[1],
                stance,
                reasons=before.reasons if before else "",
                amendment=before.amendment if before else "",
                source=self.last_source,
                received_on=self.editor.positions.today,
            )
            p = self.editor.positions
            try:
                if before is None:
                    saved = self.editor.record_position(p.new_position(data))
                else:
                    saved = self.editor.edit_position(before, p.edited_position(before, data))
            except DeliberationError as exc:
                self.messages.error(self, error_text(exc))
                return
            self.status_message.emit(self._saved_text(saved))
        self._land(target, cell)

    def _saved_text(self, saved: PositionRecord) -> str:
        stance = label_text(STANCES.get(saved.stance, saved.stance)).lower()
        return (
            self.tr("%1 : position enregistrée (%2).")
            .replace("%1", saved.organisation_acronym)
            .replace("%2", stance)
        )

    def open_position_dialog(self, stance: str | None = None, advance: bool = False) -> None:
        """The position dialog on the current cell (Enter, F2; R: on « sous réserve »)."""
        cell = self.current_cell()
        if cell is None:
            return
        from deliberation.ui.positions.position_dialog import PositionDialog

        try:
            dialog = PositionDialog(self.editor, cell[0], cell[1], stance=stance, parent=self)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        if dialog.before is None:  # the source last chosen, as the keys record it
            dialog.source.setCurrentIndex(max(dialog.source.findData(self.last_source), 0))
        target = self._next_cell(cell) if advance else cell
        dialog.rejected.connect(lambda: self._land(cell, cell))
        self.open_editing(dialog, lambda dialog: self._dialog_saved(dialog, target, cell))

    def _dialog_saved(self, dialog: QDialog, target: Cell, cell: Cell) -> None:
        saved = getattr(dialog, "saved", None)
        if isinstance(saved, PositionRecord):
            self.last_source = saved.source
            self.status_message.emit(self._saved_text(saved))
        self._land(target, cell)
        self.matrix_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def withdraw_position(self) -> None:
        """Delete on a cell: withdraw its position (undo brings it back; the history stays)."""
        cell = self.current_cell()
        synthesis = self.matrix.synthesis
        record = synthesis.position(*cell) if cell and synthesis else None
        if cell is None or record is None:
            return
        try:
            self.editor.delete_position(record)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self._land(cell, cell)
        self.status_message.emit(
            self.tr("%1 : position retirée.").replace("%1", record.organisation_acronym)
        )

    def _copied(self, count: int) -> None:
        self.status_message.emit(
            plural(count, self.tr("%n adresse copiée"), self.tr("%n adresses copiées"))
            + self.tr(" dans le presse-papiers : à coller dans les destinataires d'une relance.")
        )

    # -- e-mail ---------------------------------------------------------------------------------

    def send_mails(self, kind: str) -> None:
        """« Envoyer la consultation… » (kind "consultation") or « Relancer… » ("reminder")."""
        from deliberation.ui.mail.send_dialog import SendDialog

        consultation_id = self.consultation_id
        if consultation_id is None:
            return
        synthesis = self.synthesis
        title = synthesis.consultation.title if synthesis else ""
        if kind == "reminder":
            heading = self.tr("Relancer : « %1 »").replace("%1", title)
            dialog = SendDialog(
                self.editor.root, heading, lambda m: m.reminder_mails(consultation_id),
                self.messages, self,
            )  # fmt: skip
        else:
            heading = self.tr("Envoyer la consultation « %1 »").replace("%1", title)
            dialog = SendDialog(
                self.editor.root, heading, lambda m: m.consultation_mails(consultation_id),
                self.messages, self,
            )  # fmt: skip
        dialog.status_message.connect(self.status_message)
        self.dialog = open_dialog(self.dialog, dialog)

    def import_answers(self, path: Path | None = None) -> None:
        """« Importer des réponses… »: a returned form (asked for when not given), previewed."""
        from deliberation.ui.positions.answers_dialog import AnswersDialog, choose_form

        path = path or choose_form(self)
        if path is None:
            return
        dialog = AnswersDialog(self.editor, path, self)
        dialog.status_message.connect(self.status_message)
        self.dialog = open_dialog(self.dialog, dialog)


def partial_answers(synthesis: Synthesis) -> dict[int, str]:
    """Organisation id → « sujets 2, 4 » for those that answered some subjects but not these."""
    found = {}
    for org in synthesis.owed:
        owed = synthesis.owed_numbers(org)
        if len(owed) < len(synthesis.results):
            listed = ", ".join(map(str, owed))
            found[org] = ("sujet " if len(owed) == 1 else "sujets ") + listed
    return found
