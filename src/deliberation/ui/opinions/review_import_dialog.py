"""Importing a returned Word file into the open opinion: which organisation, what it adds, undo."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.services.review_import import (
    ImportResult,
    ReturnPreview,
    ReviewImport,
)
from deliberation.ui.kit.background import Progress
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.settings import EXPORT_FOLDER
from deliberation.ui.kit.table_model import RECORD_ROLE
from deliberation.ui.kit.widgets import choose_returned_file, muted_label
from deliberation.ui.opinions.import_preview import PreviewDialog, import_buttons
from deliberation.ui.opinions.opinion_session import AMENDMENTS, COMMENTS
from deliberation.ui.opinions.return_items import ReturnItemsModel, detail_html, status_text
from deliberation.ui.opinions.versions_dialog import saved

if TYPE_CHECKING:
    from deliberation.records.referential import OrganisationRecord
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.opinions.opinion_session import OpinionSession

WORD_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents Word (*.docx)"))
RETURN_FILTER = str(
    QT_TRANSLATE_NOOP("FileFilters", "Documents Word ou OpenDocument (*.docx *.odt)")
)  # a review comes back in either


def choose_return_file(parent: QWidget | None) -> Path | None:
    """Ask for the returned file (tests replace this); None if cancelled. The folder is kept."""
    return choose_returned_file(
        parent,
        QCoreApplication.translate("review_import_dialog", "Importer un retour"),
        RETURN_FILTER,
        EXPORT_FOLDER.get(),
    )


# -- how an item reads --------------------------------------------------------------------------


def guess_organisation(file_name: str, organisations: list[OrganisationRecord]) -> int | None:
    """The organisation whose acronym is a word of the file's name (« retour AMF.docx »)."""
    words = {w.casefold() for w in re.split(r"[^\w]+", Path(file_name).stem) if w}
    found = [
        o.id
        for o in organisations
        if {o.acronym.casefold(), *(a.casefold() for a in o.former_acronyms)} & words
    ]
    return found[0] if len(found) == 1 else None


def import_label(preview: ReturnPreview) -> str:
    """The undo step: « l'import du retour de l'AMF » (the Edit menu says « Annuler … »)."""
    return (
        QCoreApplication.translate("review_import_dialog", "l'import du retour %1 (%2)")
        .replace("%1", preview.organisation_acronym)
        .replace("%2", preview.file_name)
    )


def summary(result: ImportResult, acronym: str) -> str:
    return (
        QCoreApplication.translate(
            "review_import_dialog", "Retour %1 importé : %2 amendement(s) et %3 commentaire(s)."
        )
        .replace("%1", acronym)
        .replace("%2", str(len(result.amendments)))
        .replace("%3", str(len(result.comments)))
    )


# -- the dialog ---------------------------------------------------------------------------------


class ReviewImportDialog(PreviewDialog):
    """Shows what a returned file would add to the open opinion, for the organisation chosen,
    and imports its new items as one undo step of the opinion's stack.

    `ReviewImportDialog(editor, session, path, messages, parent)`. The file is read off the UI
    thread each time the organisation changes; nothing is written before « Importer ».

    Signals:
        previewed(): a preview was read (or refused) and is shown.
        status_message(str): what was imported, for the status bar.

    Attributes:
        organisation: the member organisations (item data: id; none chosen at first unless the
            file's name gives its acronym).
        warnings: the preview's warnings (the file lost its ids, paragraphs changed…).
        error: why the file cannot be imported (one sentence).
        table, model: the items.
        detail: the selected item in full.
        count: how many new items would be imported (or why none).
        import_button: « Importer », enabled when there is something new.
        preview: the preview shown (None before one was read, or when refused).
        result: what the import wrote.
    """

    def __init__(
        self,
        editor: Editor,
        session: OpinionSession,
        path: Path,
        messages: MessageService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, path, parent)
        self.session = session
        self.messages = messages
        self.importer = ReviewImport(editor.root)
        self.preview: ReturnPreview | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Importer un retour — %1").replace("%1", path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Choisir l'organisation…"), None)
        try:
            members = [o for o in editor.referential.organisations() if o.is_member]
        except DeliberationError:
            members = []
        for record in sorted(members, key=lambda o: o.acronym.casefold()):
            self.organisation.addItem(f"{record.acronym} — {record.name}", record.id)
        guessed = guess_organisation(path.name, members)
        if guessed is not None:
            self.organisation.setCurrentIndex(self.organisation.findData(guessed))
        self.organisation.setToolTip(
            self.tr("Les commentaires et amendements du fichier lui seront attribués.")
        )
        self.file_label = QLabel(path.name)
        self.file_label.setToolTip(str(path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Fichier :"), self.file_label)
        organisation_label = QLabel(self.tr("&Organisation :"))
        organisation_label.setBuddy(self.organisation)
        form.addRow(organisation_label, self.organisation)

        self.model = ReturnItemsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReturnItemsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (ReturnItemsModel.PARAGRAPH, ReturnItemsModel.KIND, ReturnItemsModel.AUTHOR,
                       ReturnItemsModel.STATUS):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Éléments du retour"))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Détail de l'élément"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 190])

        self.count = muted_label()
        self.buttons = import_buttons(self.import_new, self.reject)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(980, 620)

        self.organisation.currentIndexChanged.connect(lambda *_: self.read())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.organisation.setFocus()
        self.read()

    # -- reading the file -----------------------------------------------------------------------

    def organisation_id(self) -> int | None:
        data = self.organisation.currentData()
        return None if data is None else int(data)

    def read(self) -> None:
        """Read the preview for the organisation chosen (off the UI thread)."""
        organisation = self.organisation_id()
        self._show(None)
        if organisation is None:
            self.count.setText(
                self.tr("Choisissez l'organisation dont ce retour provient pour voir ce qu'il "
                        "apporte.")
            )  # fmt: skip
            self.previewed.emit()
            return
        if self.task is not None and self.task.running:
            return  # read again for this organisation once the current reading ends
        self.count.setText(self.tr("Lecture du fichier…"))
        importer, path, opinion_id = self.importer, self.path, self.session.opinion_id

        def work(_progress: Progress) -> ReturnPreview:
            return importer.preview(path, organisation, opinion_id=opinion_id)

        self.read_off_thread(
            work, lambda preview, refusal: self._read(organisation, preview, refusal)
        )

    def _read(self, organisation: int, preview: ReturnPreview | None, refusal: str | None) -> None:
        if organisation != self.organisation_id():  # changed while the file was read
            self.read()
            return
        if refusal is not None:
            self._show(None)
            self.refuse(refusal)
            self.count.setText(self.tr("Rien ne sera importé."))
        else:
            self._show(preview)
        self.previewed.emit()

    def _show(self, preview: ReturnPreview | None) -> None:
        self.preview = preview
        self.error.hide()
        self.model.set_records(preview.items if preview else ())
        self.detail.clear()
        warnings = list(preview.warnings) if preview else []
        if preview is not None and preview.matched_by_text and not warnings:
            warnings.append(
                self.tr("Ce fichier a perdu les repères des paragraphes : ils ont été "
                        "rapprochés par la ressemblance de leur texte.")
            )  # fmt: skip
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        new = len(preview.new_items) if preview else 0
        self.import_button.setEnabled(new > 0)
        if preview is None:
            self.file_label.setText(self.path.name)
            return
        sent = (
            self.tr("export de la version %1").replace("%1", str(preview.version))
            if preview.version is not None
            else self.tr("export du texte courant")
        )
        self.file_label.setText(f"{self.path.name} ({sent})")
        if not preview.items:
            self.count.setText(
                self.tr("Ce fichier n'apporte ni commentaire ni modification du texte : rien à "
                        "importer.")
            )  # fmt: skip
        elif new == 0:
            self.count.setText(
                self.tr("Rien de nouveau à importer : chaque élément a déjà été importé ou "
                        "porte sur un paragraphe supprimé.")
            )  # fmt: skip
        else:
            self.count.setText(
                self.tr("%1 élément(s) nouveau(x) sur %2 seront importés au nom de %3.")
                .replace("%1", str(new))
                .replace("%2", str(len(preview.items)))
                .replace("%3", preview.organisation_acronym)
            )
        if preview.items:
            self.table.selectRow(0)

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        item = self.model.data(index, RECORD_ROLE) if index.isValid() else None
        self.detail.setHtml(detail_html(item) if item is not None else "")

    def statuses(self) -> list[str]:
        """The « État » column, row by row (used by tests)."""
        return [status_text(item) for item in self.model.records()]

    # -- importing ------------------------------------------------------------------------------

    def import_new(self) -> None:
        """Write the new items as one undo step; the dialog closes once they are written."""
        preview = self.preview
        if preview is None or not preview.new_items:
            return
        if not saved(self.session):  # the session said why
            return
        importer = self.importer

        def apply(value: ReturnPreview | ImportResult) -> ImportResult:
            if isinstance(value, ReturnPreview):
                return importer.apply(value)
            return importer.redo(value)

        try:
            result = self.session.record_command(
                import_label(preview),
                frozenset({AMENDMENTS, COMMENTS}),
                None,
                preview,
                apply,
                importer.undo,
            )
        except DeliberationError as exc:
            self.refuse(error_text(exc))
            return
        self.import_result = result
        self.status_message.emit(summary(result, preview.organisation_acronym))
        self.accept()


def import_review(
    parent: QWidget, editor: Editor, session: OpinionSession, messages: MessageService
) -> ReviewImportDialog | None:
    """Ask for a returned file and open the import dialog on it (not shown yet); None if the
    user cancelled or the text on screen could not be saved first."""
    if not saved(session):  # the preview compares with the stored text: save what is typed
        return None
    path = choose_return_file(parent)
    if path is None:
        return None
    return ReviewImportDialog(editor, session, path, messages, parent)
