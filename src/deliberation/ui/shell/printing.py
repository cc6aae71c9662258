"""Fichier › Imprimer… (Ctrl+P) and Exporter en PDF…: the document of the area on screen, as an A4
document with numbered pages, printed through the system's dialog or written to a PDF file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QDialog, QMenu

from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.shortcuts import PRINT_KEYS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from deliberation.exports.print_html import Printable
    from deliberation.ui.kit.messages import MessageService

PDF_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Documents PDF (*.pdf)"))
MARGIN_MM = 18.0


def text_document(printable: Printable) -> QTextDocument:
    """The printable as a QTextDocument (its HTML)."""
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, printable.title)
    document.setHtml(printable.html)
    return document


def _a4(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(printable: Printable, target: Path) -> Path:
    """Write the printable as an A4 PDF at `target`; the pages are numbered at their foot
    (QTextDocument.print_ numbers the pages of a document it paginates itself)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setDocName(printable.title)
    printer.setCreator("Délibération")
    _a4(printer)
    document = text_document(printable)
    document.setPageSize(QSizeF())  # let print_ paginate and number the pages
    document.print_(printer)
    return target


class PrintActions(QObject):
    """Imprimer… and Exporter en PDF… for the main window (its areas' keys: "home",
    "referential", "meetings", "positions", "opinions"; typed Any: the shell sits below it);
    disabled with a reason where the area shown holds nothing to print.

    Signals:
        status_message(str): a short note for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, menu: QMenu, window: Any, messages: MessageService) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.print_action = QAction(self.tr("&Imprimer…"), window)
        self.print_action.setShortcut(QKeySequence(PRINT_KEYS))
        self.print_action.triggered.connect(self.print_document)
        self.pdf_action = QAction(self.tr("Exporter en &PDF…"), window)
        self.pdf_action.triggered.connect(self.export_pdf)
        for action in (self.print_action, self.pdf_action):
            window.addAction(action)
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self.refresh)
        # A meeting or an opinion chosen with the mouse or the keyboard moves the focus: the
        # actions (and Ctrl+P) follow what is on screen.
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A bound method, not a lambda: Qt drops the connection with this object.
            app.focusChanged.connect(self._focus_changed)
        self.print_dialog: QDialog | None = None
        self.refresh()

    # -- what is on screen ----------------------------------------------------------------------

    def source(self) -> tuple[Callable[[], Printable] | None, str]:
        """How to build the document on screen, or None and why there is none (French)."""
        window = self.window
        editor = window.editor
        if editor is None:
            return None, self.tr("La base n'est pas encore ouverte.")
        # imported once there is something to print: not on the way to the first window
        from deliberation.exports.print_html import (
            directory_printable,
            meeting_printable,
            opinion_printable,
            synthesis_printable,
        )

        root = editor.root
        key = window.current_area()
        area = next((a for a in window.areas if a.key == key), None)
        page: Any = area.page if area is not None else None
        committee = window.body_name or "Comité"
        if key == "home" and page is not None:
            return lambda: self._home(page, committee), ""
        if key == "referential":
            return lambda: directory_printable(
                committee,
                root.referential.organisations(),
                root.referential.delegates(),
                root.today(),
            ), ""
        if key == "meetings" and page is not None:
            details = page.meeting_page.details
            if details is None:
                return None, self.tr("Choisissez d'abord une séance dans la liste.")
            meeting_id = details.meeting.id
            return lambda: meeting_printable(root.meetings.details(meeting_id)), ""
        if key == "positions" and page is not None:
            synthesis = page.area.synthesis
            if synthesis is None:
                return None, self.tr("Choisissez d'abord une consultation.")
            consultation_id = synthesis.consultation.id
            return lambda: synthesis_printable(
                root.positions.synthesis(consultation_id), committee
            ), ""
        if key == "opinions" and page is not None:
            session = page.workspace.session
            if session is None:
                return None, self.tr("Ouvrez d'abord un avis.")
            opinion_id = session.opinion_id

            def opinion() -> Printable:
                window.flush_texts()  # the words just typed are printed too
                snapshot = root.opinions.opinion(opinion_id)
                paragraphs = root.opinions.text(opinion_id).paragraphs
                return opinion_printable(snapshot.title, committee, paragraphs)

            return opinion, ""
        return None, self.tr("Cet espace n'a pas de document à imprimer.")

    @staticmethod
    def _home(page: Any, committee: str) -> Printable:
        from deliberation.exports.print_html import lines_printable

        sections = [(s.title.text(), page.lines(s) or [s.empty.text()]) for s in page.sections()]
        return lines_printable(
            "Accueil", committee, sections, f"accueil-{date.today().isoformat()}"
        )

    def _focus_changed(self, _old: object, _new: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Enable the actions where there is something to print; else say why in the tooltip."""
        build, reason = self.source()
        for action, tip in (
            (self.print_action, self.tr("Imprimer le document affiché (%1)")),
            (self.pdf_action, self.tr("Enregistrer le document affiché en PDF")),
        ):
            action.setEnabled(build is not None)
            action.setToolTip(reason or tip.replace("%1", PRINT_KEYS))

    def _printable(self) -> Printable | None:
        from deliberation.errors import DeliberationError

        build, reason = self.source()
        if build is None:
            self.messages.error(self.window, reason)
            return None
        try:
            return build()
        except DeliberationError as exc:
            self.messages.error(self.window, error_text(exc))
            return None

    # -- the actions ----------------------------------------------------------------------------

    def print_document(self) -> None:
        """Fichier › Imprimer…: the system's print dialog, then the document on A4."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printable = self._printable()
        if printable is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(printable.title)
        _a4(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setWindowTitle(self.tr("Imprimer « %1 »").replace("%1", printable.title))
        self.print_dialog = dialog

        def accepted() -> None:
            document = text_document(printable)
            document.print_(printer)
            self.status_message.emit(
                self.tr("« %1 » envoyé à l'imprimante.").replace("%1", printable.title)
            )

        dialog.accepted.connect(accepted)
        dialog.show()  # window-modal; what was accepted prints

    def export_pdf(self) -> Path | None:
        """Fichier › Exporter en PDF…: the document on screen, in a PDF file chosen."""
        printable = self._printable()
        if printable is None:
            return None
        target = self.messages.save_file(
            self.window, self.tr("Exporter en PDF"), printable.file_stem + ".pdf", PDF_FILTER
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not target.parent.is_dir():
            self.messages.error(
                self.window,
                self.tr("Le dossier %1 n'existe pas : le PDF n'a pas été écrit.").replace(
                    "%1", str(target.parent)
                ),
            )
            return None
        write_pdf(printable, target)
        if not target.is_file() or target.stat().st_size == 0:
            self.messages.error(
                self.window,
                self.tr("Le PDF %1 n'a pas pu être écrit.").replace("%1", str(target)),
            )
            return None
        self.status_message.emit(self.tr("PDF enregistré dans %1.").replace("%1", str(target)))
        return target
