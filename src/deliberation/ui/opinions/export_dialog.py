"""Exporting the open opinion to Word: the choices, the file, the export run off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import ExportRecord, VersionRecord
from deliberation.rules.file_names import file_name as named_file
from deliberation.rules.file_names import opinion_subject, opinion_what
from deliberation.rules.wording import numeric_date
from deliberation.services.opinion_export import AUTHOR_MAX, ExportOptions, export_opinion
from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.forms import ERROR_STYLE
from deliberation.ui.kit.labels import shortened
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.messages import file_filter
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.settings import EXPORT_FOLDER, OPINION_AUTHOR, OPINION_TEMPLATE
from deliberation.ui.kit.widgets import muted_label
from deliberation.ui.opinions.versions_dialog import saved

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.opinions.opinion_session import OpinionSession

WORD_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents Word (*.docx)"))
ODT_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Textes OpenDocument (*.odt)"))
FORMATS = ((".docx", "Word (.docx)"), (".odt", "OpenDocument (.odt) – LibreOffice"))
TEMPLATE_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Modèles Word (*.docx *.dotx)"))
CURRENT = 0  # the « Texte actuel » entry (versions are numbered from 1)
NO_COMPARISON = 0


def file_name(
    kind: str, title: str, version: int | None, against: int | None = None, suffix: str = ".docx"
) -> str:
    """The name suggested for the file: « avis-sobriete-numerique-v2.docx ».

    The kind comes first unless the title already starts with it; the version exported and the
    version compared with end it (the current text has no number).
    """
    return named_file(opinion_subject(kind, title), opinion_what(version, against), suffix=suffix)


def version_choice(version: VersionRecord) -> str:
    """« Version 3 du 12/03/2026 — Texte adopté… »."""
    label = (
        QCoreApplication.translate("export_dialog", "Version %1 du %2")
        .replace("%1", str(version.number))
        .replace("%2", f"{numeric_date(version.frozen_at.astimezone())}")
    )
    return f"{label} — {shortened(version.note, 50)}" if version.note else label


def _form_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ExportDialog(FittedDialog):
    """The choices of a Word export of one opinion (what `options()` returns).

    `ExportDialog(versions, committee, parent)`: `versions` are the opinion's frozen versions,
    `committee` the name used as author when none is given. The author and the template are
    remembered (QSettings) when the dialog is accepted.

    Attributes:
        text_choice: « Texte actuel », then each version (item data: CURRENT or the number).
        against_choice: « Aucune comparaison », then each version (NO_COMPARISON or a number).
        line_numbers, annexes: the options.
        author: the document's author (empty: the committee's name).
        template: the template's path (read-only; set by « Choisir… », cleared by « Aucun »).
        error: the sentence shown when the choices do not go together.
    """

    def __init__(
        self, versions: list[VersionRecord], committee: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter en Word"))
        self.setModal(True)
        self.committee = committee
        newest_first = sorted(versions, key=lambda v: v.number, reverse=True)

        self.text_choice = QComboBox()
        self.text_choice.addItem(self.tr("Texte actuel"), CURRENT)
        self.against_choice = QComboBox()
        self.against_choice.addItem(self.tr("Aucune comparaison"), NO_COMPARISON)
        for version in newest_first:
            self.text_choice.addItem(version_choice(version), version.number)
            self.against_choice.addItem(version_choice(version), version.number)
        for combo in (self.text_choice, self.against_choice):  # long notes: no giant dialog
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(40)
        self.against_choice.setEnabled(bool(versions))
        self.against_choice.setToolTip(
            self.tr("Les différences avec cette version apparaissent en suivi des modifications "
                    "de Word, que les relecteurs peuvent accepter ou refuser.")
        )  # fmt: skip
        self.format_choice = QComboBox()
        for suffix, label in FORMATS:
            self.format_choice.addItem(self.tr(label), suffix)
        self.format_choice.setToolTip(
            self.tr("OpenDocument : le format de LibreOffice, recommandé par le référentiel "
                    "d'interopérabilité ; le fichier rendu se réimporte comme un .docx.")
        )  # fmt: skip
        self.line_numbers = QCheckBox(self.tr("&Numéroter les lignes"))
        self.annexes = QCheckBox(self.tr("Anne&xes (positions et membres)"))
        self.annexes.setChecked(True)
        self.author = QLineEdit(OPINION_AUTHOR.get() or committee)
        self.author.setMaxLength(AUTHOR_MAX)
        self.author.setPlaceholderText(committee)
        self.author.setToolTip(
            self.tr("Auteur du document et des modifications suivies ; vide : le nom du comité.")
        )
        self.template = QLineEdit()
        self.template.setReadOnly(True)
        self.template.setPlaceholderText(self.tr("Aucun (présentation du comité)"))
        remembered = OPINION_TEMPLATE.get()
        if remembered and Path(remembered).is_file():
            self.template.setText(remembered)
        self.template_button = QPushButton(self.tr("&Choisir…"))
        self.template_button.setAutoDefault(False)
        self.clear_button = QPushButton(self.tr("Aucun"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setEnabled(bool(self.template.text()))
        template_row = QHBoxLayout()
        template_row.setContentsMargins(0, 0, 0, 0)
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.clear_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        form.addRow(_form_label(self.tr("&Format :"), self.format_choice), self.format_choice)
        form.addRow(_form_label(self.tr("&Texte :"), self.text_choice), self.text_choice)
        form.addRow(_form_label(self.tr("Co&mparer avec :"), self.against_choice),
                    self.against_choice)  # fmt: skip
        form.addRow("", self.line_numbers)
        form.addRow("", self.annexes)
        form.addRow(_form_label(self.tr("&Auteur :"), self.author), self.author)
        form.addRow(_form_label(self.tr("Mo&dèle :"), self.template_button), template_row)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Exporter…"))
        self.export_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr("Le document reprend le texte choisi, les réserves des organisations en "
                        "notes de bas de page et, si demandé, les annexes.")
            )
        )  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        self.template_button.clicked.connect(self._browse)
        self.clear_button.clicked.connect(lambda: self.set_template(None))
        self.text_choice.currentIndexChanged.connect(lambda *_: self.error.hide())
        self.against_choice.currentIndexChanged.connect(lambda *_: self.error.hide())
        self.format_choice.currentIndexChanged.connect(lambda *_: self._format_changed())
        self.text_choice.setFocus()

    # -- choices --------------------------------------------------------------------------------

    def choose_template(self) -> Path | None:
        """Ask for a template file (tests replace this); None if cancelled."""
        start = self.template.text() or EXPORT_FOLDER.get()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un modèle Word"), start, file_filter(TEMPLATE_FILTER)
        )
        return Path(chosen) if chosen else None

    def _browse(self) -> None:
        path = self.choose_template()
        if path is not None:
            self.set_template(path)

    def suffix(self) -> str:
        """The chosen file's extension: « .docx » or « .odt »."""
        return str(self.format_choice.currentData())

    def _format_changed(self) -> None:
        """A Word template only applies to a .docx: its row is off for OpenDocument."""
        word = self.suffix() == ".docx"
        for widget in (self.template, self.template_button):
            widget.setEnabled(word)
        self.clear_button.setEnabled(word and bool(self.template.text()))

    def set_template(self, path: Path | None) -> None:
        self.template.setText(str(path) if path else "")
        self.clear_button.setEnabled(path is not None)

    def options(self) -> ExportOptions:
        version = int(self.text_choice.currentData())
        against = int(self.against_choice.currentData())
        author = self.author.text().strip()
        return ExportOptions(
            version=version or None,
            against=against or None,
            line_numbers=self.line_numbers.isChecked(),
            author="" if author == self.committee else author,
            template=(
                Path(self.template.text())
                if self.template.text() and self.suffix() == ".docx"
                else None
            ),
            annexes=self.annexes.isChecked(),
        )

    def accept(self) -> None:
        options = self.options()
        if options.against is not None and options.against == options.version:
            self.error.setText(
                self.tr("Choisissez une version de comparaison différente du texte exporté.")
            )
            self.error.show()
            self.against_choice.setFocus()
            return
        OPINION_AUTHOR.set(options.author)
        if self.suffix() == ".docx":  # an .odt export keeps the template for the next .docx
            OPINION_TEMPLATE.set(str(options.template) if options.template else "")
        super().accept()


class OpinionExporter(QObject):
    """Exports the open opinion: saves its text, asks the choices and the file, then writes the
    file off the UI thread behind a progress window.

    `OpinionExporter(editor, messages, parent_widget)`; `start(session)` begins. The choice of
    the file goes through `messages.save_file` (which remembers the folder).

    Signals:
        status_message(str): « Avis exporté dans … » once written.
        exported(ExportRecord): the file is written and the export recorded.
        finished(): the export ended, written or not (for tests).

    Attributes:
        dialog: the choices dialog last opened (None before).
        progress: the progress window while the file is written.
        task: the running export, if any.
        target: the file chosen last.
    """

    status_message = Signal(str)
    exported = Signal(object)
    finished = Signal()

    def __init__(self, editor: Editor, messages: MessageService, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.widget = parent
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task: Task | None = None
        self.target: Path | None = None
        app = QCoreApplication.instance()
        if app is not None:  # a file half written when the window closes: let it finish
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, session: OpinionSession) -> None:
        """Ask the choices of an export of the session's opinion (the dialog opens, no wait)."""
        if self.busy:
            self.status_message.emit(self.tr("Un export est déjà en cours."))
            return
        if not saved(session):  # the session said why
            return
        opinions = self.editor.opinions
        try:
            versions = opinions.versions(session.opinion_id)
            body = self.editor.referential.body()
        except DeliberationError as exc:
            self.messages.error(self.widget, error_text(exc))
            return
        committee = (body.name if body else "") or self.tr("Comité")
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = ExportDialog(versions, committee, self.widget)
        dialog.accepted.connect(lambda: self._chosen(session, dialog.options(), dialog.suffix()))
        self.dialog = dialog
        dialog.open()

    def _chosen(
        self, session: OpinionSession, options: ExportOptions, suffix: str = ".docx"
    ) -> None:
        opinions = self.editor.opinions
        try:
            snap = opinions.opinion(session.opinion_id)
        except DeliberationError as exc:
            self.messages.error(self.widget, error_text(exc))
            return
        if not saved(session):  # typed while the dialog was open
            return
        suggested = file_name(snap.kind, snap.title, options.version, options.against, suffix)
        path = self.messages.save_file(
            self.widget,
            self.tr("Exporter en Word")
            if suffix == ".docx"
            else self.tr("Exporter en OpenDocument"),
            suggested,
            WORD_FILTER if suffix == ".docx" else ODT_FILTER,
        )
        if path is None:
            return
        self.run(session.opinion_id, path, options, snap.title)

    def run(self, opinion_id: int, path: Path, options: ExportOptions, title: str = "") -> None:
        """Write the file off the UI thread, with a progress window."""
        self.target = path

        def work(progress: Progress) -> ExportRecord:
            return export_opinion(self.editor.root, opinion_id, path, options, progress)

        progress = QProgressDialog(self.widget)
        progress.setWindowTitle(self.tr("Exporter en Word"))
        progress.setLabelText(
            self.tr("Écriture de « %1 »…").replace("%1", shortened(title or path.name, 60))
        )
        progress.setCancelButton(None)
        progress.setRange(0, 0)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        task = Task(work, self)
        task.progress.connect(self._progressed)
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:
            self.task.deleteLater()
            self.task = None

    def _done(self, record: ExportRecord) -> None:
        self._close_progress()
        where = str(self.target) if self.target else record.file_name
        message = (
            self.tr("Document OpenDocument enregistré dans %1.")
            if self.target is not None and self.target.suffix.lower() == ".odt"
            else self.tr("Document Word enregistré dans %1.")
        )
        self.status_message.emit(message.replace("%1", where))
        self.exported.emit(record)
        self.finished.emit()

    def _failed(self, text: str) -> None:
        self._close_progress()
        self.messages.error(self.widget, text)
        self.finished.emit()

    def wait(self) -> None:
        """Block until a running export has ended (on shutdown)."""
        if self.task is not None:
            self.task.wait()
