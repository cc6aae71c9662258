"""« Importer des réponses… »: a returned response form, previewed, then recorded as positions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.positions import STANCES
from deliberation.services.answers_import import ROW_STATUSES, AnswersImport, AnswersPreview
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.editor import POSITIONS
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, label_text
from deliberation.ui.kit.messages import file_filter
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.widgets import choose_returned_file

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor

FORM_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Formulaires de réponse (*.docx *.xlsx)")
FROM_FORM = 0  # the organisation the form names


def choose_form(parent: QWidget | None) -> Path | None:
    """Ask for a returned response form (.docx or .xlsx); None if cancelled."""
    return choose_returned_file(
        parent,
        QCoreApplication.translate("answers_dialog", "Importer des réponses"),
        file_filter(FORM_FILTER),
        str(Path.home()),
    )


class AnswersDialog(FittedDialog):
    """What a returned form gives (new, changed, already recorded), then « Importer ».

    A form that cannot be read, of another consultation, or with an unknown stance, is refused
    in one sentence and nothing is written.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        path: the form.
        organisation: « D'après le formulaire », or the organisation that answers.
        tree: one row per subject answered: N°, subject, stance, reservation, status.
        note: the refusal, or what the import will do.
        import_button: « Importer » (enabled when something is new or changed).
        preview: what would be recorded (None: refused).
        written: how many positions the import wrote (None: not imported yet).
    """

    status_message = Signal(str)

    def __init__(self, editor: Editor, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des réponses"))
        self.editor = editor
        self.path = Path(path)
        self.importer = AnswersImport(editor.root)
        self.preview: AnswersPreview | None = None
        self.written: int | None = None

        self.heading = QLabel(self.tr("Formulaire : %1").replace("%1", self.path.name))
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("D'après le formulaire"), FROM_FORM)
        for record in editor.referential.organisations():
            self.organisation.addItem(f"{record.acronym} — {record.name}", record.id)
        self.organisation.currentIndexChanged.connect(self.read)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Organisation qui répond :")))
        chooser.addWidget(self.organisation, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("N°"), self.tr("Sujet"), self.tr("Position"), self.tr("Réserve"),
             self.tr("Réponse")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Importer"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.apply)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.read()

    def read(self) -> None:
        """Read the form again (another organisation chosen): the preview, or one sentence."""
        chosen = self.organisation.currentData()
        self.tree.clear()
        self.preview = None
        try:
            self.preview = self.importer.preview(self.path, chosen or None)
        except DeliberationError as exc:
            self.summary.hide()
            self.tree.hide()
            self._show_note(error_text(exc), True)
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.summary.setText(
            self.tr("Réponse de %1 à la consultation « %2 ».")
            .replace("%1", preview.organisation_acronym)
            .replace("%2", preview.consultation_title)
        )
        self.summary.show()
        self.tree.show()
        for row in preview.rows:
            item = QTreeWidgetItem(
                [str(row.number), row.subject_label, label_text(STANCES.get(row.record.stance, "")),
                 row.record.reservation, label_text(ROW_STATUSES[row.status])]
            )  # fmt: skip
            item.setToolTip(1, row.subject_label)
            item.setToolTip(3, row.record.reservation)
            if row.status == "same":
                for column in range(5):
                    item.setForeground(column, Qt.GlobalColor.darkGray)
            self.tree.addTopLevelItem(item)
        for column, width in ((0, 40), (1, 300), (2, 170), (3, 200)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), width))
        new = sum(1 for r in preview.rows if r.status == "new")
        changed = sum(1 for r in preview.rows if r.status == "changed")
        same = sum(1 for r in preview.rows if r.status == "same")
        parts = []
        if new:
            parts.append(
                plural(new, self.tr("%n nouvelle réponse"), self.tr("%n nouvelles réponses"))
            )
        if changed:
            parts.append(
                plural(changed, self.tr("%n réponse modifiée"), self.tr("%n réponses modifiées"))
            )
        if same:
            parts.append(
                plural(same, self.tr("%n déjà enregistrée"), self.tr("%n déjà enregistrées"))
            )
        text = ", ".join(parts) + "."
        if preview.blank:
            text += " " + plural(
                len(preview.blank),
                self.tr("Le sujet n° %s est resté sans réponse."),
                self.tr("Les sujets n° %s sont restés sans réponse."),
            ).replace("%s", ", ".join(str(n) for n in preview.blank))
        if not preview.to_write:
            text += " " + self.tr("Rien de nouveau à importer.")
        self._show_note(text, False)
        self.import_button.setEnabled(bool(preview.to_write))

    def apply(self) -> None:
        """Record the new and changed answers (all or none), source « Formulaire »."""
        if self.preview is None or not self.preview.to_write:
            return
        try:
            written = self.importer.apply(self.preview)
        except DeliberationError as exc:
            self._show_note(error_text(exc), True)
            return
        self.written = len(written)
        sentence = plural(
            self.written,
            self.tr("%n position de %o importée du formulaire."),
            self.tr("%n positions de %o importées du formulaire."),
        ).replace("%o", self.preview.organisation_acronym)
        self.editor.changed.emit(frozenset({POSITIONS}))
        self.status_message.emit(sentence)
        self.accept()

    def _show_note(self, text: str, warning: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {WARNING_TEXT if warning else MUTED_TEXT};")
        self.note.setVisible(bool(text))
