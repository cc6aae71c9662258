"""Importing a draft written in Word as a new opinion: the structure found, then its creation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import PARAGRAPH_KINDS, TITLE_MAX, OpinionSnapshot, Paragraph
from deliberation.rules.opinion_text import numbering
from deliberation.rules.wording import count
from deliberation.services.opinion_import import DraftPreview, OpinionImport
from deliberation.ui.kit.background import Progress
from deliberation.ui.kit.editor import OPINIONS, SnapshotCommand
from deliberation.ui.kit.localize import error_text, label_text
from deliberation.ui.kit.settings import EXPORT_FOLDER
from deliberation.ui.kit.widgets import choose_returned_file, muted_label
from deliberation.ui.opinions.import_preview import PreviewDialog, import_buttons
from deliberation.ui.opinions.opinion_commands import Flush, short
from deliberation.ui.opinions.review_import_dialog import WORD_FILTER

if TYPE_CHECKING:
    from deliberation.services.opinions import OpinionArchive
    from deliberation.ui.kit.editor import Editor

SHOWN_CHARACTERS = 160  # of a paragraph's text in the outline (all of it in its tooltip)


def choose_draft_file(parent: QWidget | None) -> Path | None:
    """Ask for the Word draft (tests replace this); None if cancelled. The folder is kept."""
    return choose_returned_file(
        parent,
        QCoreApplication.translate("draft_import_dialog", "Importer un texte Word"),
        WORD_FILTER,
        EXPORT_FOLDER.get(),
    )


def create_imported(
    editor: Editor, importer: OpinionImport, preview: DraftPreview, flush: Flush | None = None
) -> OpinionSnapshot:
    """Create the opinion a preview describes, with its text, as one undo step of the window:
    undo removes it with whatever was written in it since, redo brings that back."""
    o = editor.opinions
    kept: list[OpinionArchive] = []

    def apply(value: DraftPreview | OpinionSnapshot) -> OpinionSnapshot:
        if isinstance(value, DraftPreview):
            return importer.apply(value)
        return o.restore(kept.pop()) if kept else o.apply_opinion(value)

    def remove(snap: DraftPreview | OpinionSnapshot) -> None:
        assert isinstance(snap, OpinionSnapshot)
        if flush is not None:
            flush(snap.id)
        kept[:] = [o.archive(snap.id)]
        o.remove_opinion(snap)

    text = QCoreApplication.translate(
        "draft_import_dialog", "l'import du texte Word « %1 »"
    ).replace("%1", short(preview.title))
    command: SnapshotCommand[DraftPreview | OpinionSnapshot] = SnapshotCommand(
        editor, text, frozenset({OPINIONS}), None, preview, apply, remove
    )
    saved: OpinionSnapshot = editor.push(command)
    return saved


def structure_summary(preview: DraftPreview) -> str:
    """« 4 titres, 3 considérants, 4 paragraphes, 3 recommandations, 244 mots »."""
    counts = preview.counts()
    parts = [
        count(
            counts["heading"],
            QCoreApplication.translate("draft_import_dialog", "titre"),
            QCoreApplication.translate("draft_import_dialog", "titres"),
        ),
        count(
            counts["recital"],
            QCoreApplication.translate("draft_import_dialog", "considérant"),
            QCoreApplication.translate("draft_import_dialog", "considérants"),
        ),
        count(
            counts["paragraph"],
            QCoreApplication.translate("draft_import_dialog", "paragraphe"),
            QCoreApplication.translate("draft_import_dialog", "paragraphes"),
        ),
        count(
            counts["recommendation"],
            QCoreApplication.translate("draft_import_dialog", "recommandation"),
            QCoreApplication.translate("draft_import_dialog", "recommandations"),
        ),
    ]
    if counts["list_items"]:
        parts.append(
            count(
                counts["list_items"],
                QCoreApplication.translate("draft_import_dialog", "élément de liste"),
                QCoreApplication.translate("draft_import_dialog", "éléments de liste"),
            )
        )
    parts.append(
        count(
            counts["words"],
            QCoreApplication.translate("draft_import_dialog", "mot"),
            QCoreApplication.translate("draft_import_dialog", "mots"),
        )
    )
    return ", ".join(parts)


class DraftImportDialog(PreviewDialog):
    """Shows the structure a Word draft would bring in, then creates it as a new opinion.

    `DraftImportDialog(editor, path, parent)`. The file is read off the UI thread; nothing is
    written before « Importer », and then in one transaction (one undo step).

    Signals:
        previewed(): the file was read (or refused) and what it holds is shown.
        status_message(str): what was imported, for the status bar.

    Attributes:
        title: the new opinion's title (the document's, editable).
        group: its working group (item data: id, None for the plenary committee).
        outline: the paragraphs found, under their headings: number, kind, text.
        summary: how many of each kind; warnings: what the file had that is not kept.
        error: why the file cannot be imported, or why the import failed (one sentence).
        import_button: « Importer », enabled once a preview is shown.
        preview: the preview shown (None before it is read, or when refused).
        saved: the opinion created, once imported.
        flush: saves an opinion's open text (set by the page, for the undo of the import).
    """

    def __init__(self, editor: Editor, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(editor, path, parent)
        self.importer = OpinionImport(editor.root)
        self.preview: DraftPreview | None = None
        self.saved: OpinionSnapshot | None = None
        self.flush: Flush | None = None
        self.setWindowTitle(self.tr("Importer un texte Word — %1").replace("%1", path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.file_label = QLabel(path.name)
        self.file_label.setToolTip(str(path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setEnabled(False)
        self.group = QComboBox()
        self.group.addItem(self.tr("Comité plénier (aucun groupe)"), None)
        try:
            groups = editor.referential.groups()
        except DeliberationError:
            groups = []
        for record in sorted(groups, key=lambda g: g.name.casefold()):
            self.group.addItem(record.name, record.id)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Fichier :"), self.file_label)
        title_label = QLabel(self.tr("&Titre :"))
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        group_label = QLabel(self.tr("&Groupe de travail :"))
        group_label.setBuddy(self.group)
        form.addRow(group_label, self.group)

        self.outline = QTreeWidget()
        self.outline.setColumnCount(3)
        self.outline.setHeaderLabels([self.tr("N°"), self.tr("Type"), self.tr("Texte")])
        self.outline.setAlternatingRowColors(True)
        self.outline.setUniformRowHeights(True)
        self.outline.setAccessibleName(self.tr("Structure trouvée dans le fichier"))
        header = self.outline.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.summary = muted_label()
        self.summary.setWordWrap(True)
        self.buttons = import_buttons(self.import_draft, self.reject)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.warnings)
        layout.addWidget(self.outline, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.read()

    # -- reading the file -----------------------------------------------------------------------

    def read(self) -> None:
        """Read the file off the UI thread; the preview shows when it is read."""
        self.summary.setText(self.tr("Lecture du fichier…"))
        importer, path = self.importer, self.path

        def work(_progress: Progress) -> DraftPreview:
            return importer.preview(path)

        self.read_off_thread(work, self._read)

    def _read(self, preview: DraftPreview | None, refusal: str | None) -> None:
        if refusal is not None or preview is None:
            self.refuse(refusal or "")
            self.summary.setText(self.tr("Rien ne sera importé."))
        else:
            self._show(preview)
        self.previewed.emit()

    def _show(self, preview: DraftPreview) -> None:
        self.preview = preview
        self.title.setText(preview.title)
        self.title.setEnabled(True)
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self._fill_outline(preview.paragraphs)
        own = (
            self.tr(" Ce fichier est un export de l'application : sa page de titre et ses "
                    "annexes ne sont pas reprises.")
            if preview.document.own_export else ""
        )  # fmt: skip
        self.summary.setText(
            self.tr("Trouvé : %1.").replace("%1", structure_summary(preview))
            + own
            + self.tr(" Rien n'est écrit avant « Importer ».")
        )
        self.import_button.setEnabled(True)
        self.title.setFocus()

    def _fill_outline(self, paragraphs: tuple[Paragraph, ...]) -> None:
        self.outline.clear()
        numbers = numbering(paragraphs)
        parents: list[QTreeWidgetItem] = []  # the open headings, by level
        for paragraph in paragraphs:
            number = numbers.get(paragraph.uuid)
            kind = label_text(PARAGRAPH_KINDS.get(paragraph.kind, paragraph.kind))
            items = sum(1 for line in paragraph.lines if line.list)
            if paragraph.kind == "heading":
                kind = self.tr("Titre de niveau %1").replace("%1", str(paragraph.level))
            elif items:
                kind += self.tr(" (liste de %1)").replace("%1", str(items))
            text = " ".join(paragraph.text.split())
            shown = text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"
            item = QTreeWidgetItem([number.label if number else "", kind, shown])
            item.setToolTip(2, paragraph.text)
            if paragraph.kind == "heading":
                while len(parents) >= paragraph.level:
                    parents.pop()
                (parents[-1].addChild(item) if parents else self.outline.addTopLevelItem(item))
                parents.append(item)
            elif parents:
                parents[-1].addChild(item)
            else:
                self.outline.addTopLevelItem(item)
        self.outline.expandAll()

    def kinds(self) -> list[tuple[str, str, str]]:
        """Every row of the outline, depth first: (number, kind, text) (used by tests)."""
        rows: list[tuple[str, str, str]] = []

        def visit(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            rows.append((item.text(0), item.text(1), item.text(2)))
            for index in range(item.childCount()):
                visit(item.child(index))

        for index in range(self.outline.topLevelItemCount()):
            visit(self.outline.topLevelItem(index))
        return rows

    # -- importing ------------------------------------------------------------------------------

    def group_id(self) -> int | None:
        data = self.group.currentData()
        return None if data is None else int(data)

    def import_draft(self) -> None:
        """Create the opinion (one transaction, one undo step); the dialog closes once done."""
        if self.preview is None:
            return
        try:
            preview = self.importer.described(self.preview, self.title.text(), self.group_id())
            if not self.title.text().strip():
                raise DeliberationError(self.tr("Le titre est obligatoire."))
            self.saved = create_imported(self.editor, self.importer, preview, self.flush)
        except DeliberationError as exc:
            self.refuse(error_text(exc))
            return
        self.status_message.emit(
            self.tr("Texte Word « %1 » importé : avis « %2 » créé (%3).")
            .replace("%1", self.path.name)
            .replace("%2", self.saved.title)
            .replace("%3", structure_summary(preview))
        )
        self.accept()
