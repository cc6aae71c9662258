"""Offline work from the opinion's workspace: take the opinion away as a package, bring it back."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QTextBrowser, QVBoxLayout

from deliberation.errors import DeliberationError
from deliberation.services.offline_package import (
    PACKAGE_SUFFIX,
    OfflinePackages,
    PackagePreview,
    PackageResult,
)
from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.labels import shortened
from deliberation.ui.kit.localize import error_text, labelled, quoted
from deliberation.ui.kit.messages import file_filter
from deliberation.ui.kit.settings import EXPORT_FOLDER
from deliberation.ui.kit.widgets import muted_label
from deliberation.ui.opinions.import_preview import PreviewDialog, import_buttons
from deliberation.ui.opinions.versions_dialog import saved

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.opinions.opinion_session import OpinionSession

PACKAGE_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Paquets Délibération (*.deliberation)"))
EXCERPT = 90  # characters of a paragraph shown in the preview


def choose_package_to_write(parent: QWidget | None, title: str) -> Path | None:
    """Ask where to write the package (tests replace this); None if cancelled."""
    folder = Path(EXPORT_FOLDER.get() or Path.home())
    name = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()[:60]
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("package_dialog", "Emporter pour travailler hors ligne"),
        str(folder / f"{name or 'avis'}{PACKAGE_SUFFIX}"),
        file_filter(PACKAGE_FILTER),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix != PACKAGE_SUFFIX:
        path = path.with_name(path.name + PACKAGE_SUFFIX)
    EXPORT_FOLDER.set(str(path.parent))
    return path


def choose_package_to_read(parent: QWidget | None) -> Path | None:
    """Ask for the package brought back (tests replace this); None if cancelled."""
    folder = EXPORT_FOLDER.get() or str(Path.home())
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("package_dialog", "Rapporter un travail hors ligne"),
        str(folder),
        file_filter(PACKAGE_FILTER),
    )
    return Path(chosen) if chosen else None


class PackageWriter(QObject):
    """« Emporter pour travailler hors ligne… »: the text on screen saved, a file chosen, the
    package written off the UI thread.

    Signals:
        status_message(str): where the package was written.
        written(object): the package's path (also for tests).

    Attributes:
        task: the export running, if any.
    """

    status_message = Signal(str)
    written = Signal(object)

    def __init__(self, editor: Editor, messages: MessageService, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.window = parent
        self.task: Task | None = None

    def start(self, session: OpinionSession) -> None:
        if self.task is not None and self.task.running:
            return
        if not saved(session):  # the package holds the stored text: save what is typed
            return
        opinion_id = session.opinion_id
        try:
            title = self.editor.opinions.opinion(opinion_id).title
        except DeliberationError as exc:
            self.messages.error(self.window, error_text(exc))
            return
        path = choose_package_to_write(self.window, title)
        if path is None:
            return
        packages = OfflinePackages(self.editor.root)

        def work(_progress: Progress) -> Path:
            packages.export(opinion_id, path)
            return path

        task = Task(work, self)
        task.finished.connect(lambda result: self._done(task, result, None))
        task.failed.connect(lambda text: self._done(task, None, text))
        self.task = task
        self.status_message.emit(self.tr("Écriture du paquet…"))
        task.start()

    def _done(self, task: Task, path: Path | None, refusal: str | None) -> None:
        task.deleteLater()
        self.task = None
        if refusal is not None or path is None:
            self.messages.error(self.window, refusal or "")
            return
        self.status_message.emit(
            self.tr("Avis emporté dans %1 : ouvrez ce fichier comme une base pour y "
                    "travailler hors ligne, puis rapportez-le.").replace("%1", path.name)
        )  # fmt: skip
        self.written.emit(path)


class PackageImportDialog(PreviewDialog):
    """« Rapporter un travail hors ligne… »: what the package merges and what becomes a
    proposal, then the merge in one transaction.

    The merge changes the text in the store: the text on screen is read again afterwards, and
    the undo history starts afresh (the merge is not undone by Ctrl+Z: each proposal it made
    can be rejected, each paragraph edited back).

    Signals:
        previewed(): the package was read (or refused) and its preview is shown.
        status_message(str): what the merge wrote.

    Attributes:
        summary: the preview as text (merged paragraphs, proposals, what comes across).
        error, warnings: why nothing can be merged; what is not carried across.
        merge_button: « Fusionner », enabled when the package brings something new.
        preview, merged: the preview shown and what the merge wrote.
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
        self.packages = OfflinePackages(editor.root)
        self.preview: PackagePreview | None = None
        self.merged: PackageResult | None = None
        self.setWindowTitle(
            self.tr("Rapporter un travail hors ligne — %1").replace("%1", path.name)
        )

        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Ce que le paquet apporte"))
        self.count = muted_label()
        self.buttons = import_buttons(self.merge, self.reject)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Fusionner"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.warnings)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.read()

    def read(self) -> None:
        """Read the package against the stored text (off the UI thread)."""
        self.count.setText(self.tr("Lecture du paquet…"))
        self.merge_button.setEnabled(False)
        packages, path, opinion_id = self.packages, self.path, self.session.opinion_id

        def work(_progress: Progress) -> PackagePreview:
            return packages.preview(path, opinion_id)

        self.read_off_thread(work, self._read)

    def _read(self, preview: PackagePreview | None, refusal: str | None) -> None:
        self.preview = preview
        self.error.setVisible(refusal is not None)
        self.error.setText(refusal or "")
        if preview is None:
            self.summary.clear()
            self.count.setText(self.tr("Rien ne sera fusionné."))
            self.previewed.emit()
            return
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.summary.setHtml(preview_html(preview))
        if preview.empty:
            self.count.setText(self.tr("Rien de nouveau : ce travail est déjà fusionné."))
        else:
            self.count.setText(
                self.tr("La fusion est enregistrée d'un bloc ; elle ne s'annule pas par Ctrl+Z "
                        "(chaque proposition peut être rejetée).")
            )  # fmt: skip
        self.merge_button.setEnabled(not preview.empty)
        self.previewed.emit()

    def merge(self) -> None:
        preview = self.preview
        if preview is None or preview.empty:
            return
        if not saved(self.session):  # the merge starts from the stored text
            return
        try:
            merged = self.packages.apply(preview)
        except DeliberationError as exc:  # the text changed meanwhile: preview again
            self.refuse(error_text(exc))
            self.read()
            return
        self.merged = merged
        self.session.reload()
        result = merged
        self.status_message.emit(
            self.tr("Travail hors ligne fusionné : %1 paragraphe(s), %2 proposition(s), "
                    "%3 amendement(s), %4 commentaire(s).")
            .replace("%1", str(result.merged))
            .replace("%2", str(result.proposals))
            .replace("%3", str(result.amendments))
            .replace("%4", str(result.comments))
        )  # fmt: skip
        self.accept()


def preview_html(preview: PackagePreview) -> str:
    """The preview as the dialog shows it: merged paragraphs, proposals, what comes across."""

    def section(title: str, rows: list[tuple[str, str]]) -> str:
        if not rows:
            return ""
        items = "".join(
            "<li>"
            + labelled(
                html.escape(label), f"<i>{quoted(html.escape(shortened(text, EXCERPT)))}</i>"
            )
            + "</li>"
            for label, text in rows
        )
        return f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"

    merged_text = {p.uuid: p.text for p in preview.plan.paragraphs}
    base_text = {p.uuid: p.text for p in preview.package.base_text}
    sender = preview.sender[1] if preview.sender else ""
    taken = QCoreApplication.translate("package_dialog", "Paquet de %1, pris le %2.")
    parts = [
        f"<p>{html.escape(taken)}</p>".replace(
            "%1",
            html.escape(
                preview.package.made_by
                or QCoreApplication.translate("package_dialog", "l'auteur inconnu")
            ),
        ).replace("%2", preview.package.made_at.strftime("%d/%m/%Y")),
        section(
            QCoreApplication.translate(
                "package_dialog", "Fusionnés (changés hors ligne seulement)"
            ),
            [
                (label, merged_text.get(uuid, ""))
                for label, uuid in zip(preview.merged, preview.plan.taken, strict=False)
            ],
        ),
        section(
            QCoreApplication.translate("package_dialog", "Supprimés hors ligne"),
            [
                (label, base_text.get(uuid, ""))
                for label, uuid in zip(preview.removed, preview.plan.removed, strict=False)
            ],
        ),
        section(
            QCoreApplication.translate(
                "package_dialog",
                "Changés des deux côtés : le texte d'ici est gardé, celui du paquet devient un "
                "amendement de %1",
            ).replace("%1", sender),
            [
                (label, record.text)
                for label, record in zip(preview.proposals, preview.proposal_records, strict=False)
            ],
        ),
    ]
    counts = (
        (len(preview.amendments), QCoreApplication.translate("package_dialog", "amendement(s)")),
        (len(preview.comments), QCoreApplication.translate("package_dialog", "commentaire(s)")),
        (
            len(preview.decisions),
            QCoreApplication.translate("package_dialog", "décision(s) sur des amendements"),
        ),
        (len(preview.positions), QCoreApplication.translate("package_dialog", "position(s)")),
    )
    across = [f"{n} {what}" for n, what in counts if n]
    if across:
        label = QCoreApplication.translate("package_dialog", "Repris du paquet :")
        parts.append(f"<p><b>{label}</b> {html.escape(', '.join(across))}</p>")
    return "".join(parts)


def import_package(
    parent: QWidget, editor: Editor, session: OpinionSession, messages: MessageService
) -> PackageImportDialog | None:
    """Ask for the package and open the merge dialog on it (not shown yet); None if the user
    cancelled or the text on screen could not be saved first."""
    if not saved(session):
        return None
    path = choose_package_to_read(parent)
    if path is None:
        return None
    return PackageImportDialog(editor, session, path, messages, parent)
