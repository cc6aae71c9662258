"""The shared send dialog: who gets what, then « Envoyer » (off the UI thread) or .eml drafts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from deliberation.records.mail import OUTBOX_STATES, Recipient
from deliberation.rules.wording import numeric_moment
from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, label_text, localized
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.mail.sending import (
    RunBar,
    SendRun,
    ask_password,
    missing_settings,
    report_sentence,
)

if TYPE_CHECKING:
    from pathlib import Path

    from deliberation.records.mail import Mail, OutboxEntry
    from deliberation.services.mailing import MailBatch, Mailing
    from deliberation.services.outbox import SendReport
    from deliberation.services.root import Root
    from deliberation.ui.kit.messages import MessageService

Build = Callable[["Mailing"], "MailBatch"]
"""Builds the messages of one sending (`Mailing.convocation_mails(id)`…), in a worker."""


def _state_text(entry: OutboxEntry | None) -> str:
    if entry is None:
        return QCoreApplication.translate("SendDialog", "Nouveau")
    label = label_text(OUTBOX_STATES.get(entry.state, entry.state))
    if entry.state == "sent" and entry.sent_at is not None:
        text = QCoreApplication.translate("SendDialog", "Déjà envoyé le %1")
        return text.replace("%1", numeric_moment(entry.sent_at))
    if entry.state == "failed" and entry.error:
        text = QCoreApplication.translate("SendDialog", "%1 : %2")
        return text.replace("%1", label).replace("%2", localized(entry.error))
    return label


class SendDialog(FittedDialog):
    """Preview of a sending (one row per organisation), then sending or drafts.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        note: what the settings lack, or the sentence of the last run.
        settings_button: « Paramètres d'envoi… » (shown when settings are missing).
        tree: one row per organisation: organisation, addresses, subject, attachments, state.
        unreachable: the organisations without any address, in one sentence.
        send_button, drafts_button, close_button: the dialog's actions.
        run_bar: the progress of a run, with « Annuler l'envoi ».
        batch: the messages built (None until built).
        entries: key → the outbox entry of each message already queued.
    """

    status_message = Signal(str)

    def __init__(
        self,
        root: Root,
        title: str,
        build: Build,
        messages: MessageService,
        parent: QWidget | None = None,
        *,
        final: Build | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.root = root
        self.outbox = root.outbox
        self.messages = messages
        self._build = build
        # `build` makes the preview; `final`, when given, makes the messages actually queued
        # (a draft's export is recorded only then, not for a preview closed without sending).
        self._final = final
        self._mailing: Mailing | None = None
        self.batch: MailBatch | None = None
        self.entries: dict[str, OutboxEntry] = {}
        self.build_task: Task | None = None
        self.drafts_task: Task | None = None
        self.run = SendRun(self)
        self.run.progress.connect(self._progressed)
        self.run.finished.connect(self._sent)
        self.run.failed.connect(self._run_failed)

        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: 600;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(self.tr("Paramètres d'envoi…"))
        self.settings_button.clicked.connect(self.open_settings)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Adresses"),
                self.tr("Objet"),
                self.tr("Pièces jointes"),
                self.tr("État"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.unreachable = QLabel()
        self.unreachable.setWordWrap(True)
        self.unreachable.setStyleSheet(f"color: {WARNING_TEXT};")
        self.unreachable.hide()
        self.run_bar = RunBar()
        self.run_bar.cancel_button.clicked.connect(self.cancel)

        self.send_button = QPushButton(self.tr("Envoyer"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.drafts_button = QPushButton(self.tr("Enregistrer des brouillons (.eml)…"))
        self.drafts_button.setToolTip(
            self.tr(
                "Des messages prêts à ouvrir dans Outlook ou Thunderbird, pièces jointes comprises"
            )
        )
        self.drafts_button.clicked.connect(self.write_drafts)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.drafts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Fermer"))
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.unreachable)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.buttons)
        self.resize(980, 460)
        self._set_busy(True)
        self.prepare()

    # -- building the messages ------------------------------------------------------------------

    def prepare(self) -> None:
        """Check the settings, then build the messages in a worker (the agenda, the forms…)."""
        settings = self.outbox.settings()
        missing = missing_settings(settings)
        self._show_note(missing, warning=bool(missing))
        self.settings_button.setVisible(bool(missing))
        if not settings.sender:
            self._set_busy(False)
            self.send_button.setEnabled(False)
            self.drafts_button.setEnabled(False)
            return
        from deliberation.services.mailing import Mailing
        from deliberation.ui.kit.settings import convocation_signature, export_author

        mailing = Mailing(
            self.root,
            sender=Recipient(settings.sender, settings.sender_name),
            author=export_author(),
            signature=convocation_signature(),
        )
        self._mailing = mailing
        build = self._build
        self._set_busy(True)
        self.tree.clear()
        self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Préparation des messages…")]))

        def work(_progress: Progress) -> MailBatch:
            return build(mailing)

        self.build_task = Task(work, self, name="deliberation-mail-build")
        self.build_task.finished.connect(self._built)
        self.build_task.failed.connect(self._build_failed)
        self.build_task.start()

    def _built(self, batch: object) -> None:
        self.batch = batch  # type: ignore[assignment]
        self.refresh()

    def _build_failed(self, text: str) -> None:
        self.tree.clear()
        self._show_note(text, warning=True)
        self._set_busy(False)
        self.send_button.setEnabled(False)
        self.drafts_button.setEnabled(False)

    def refresh(self) -> None:
        """Show the messages with what became of each one already queued."""
        if self.batch is None:
            return
        keys = [mail.key for mail in self.batch.mails]
        self.entries = {e.key: e for e in self.outbox.entries(keys=keys)}
        self.tree.clear()
        for mail in self.batch.mails:
            entry = self.entries.get(mail.key)
            files = [a.file_name for a in mail.attachments]
            if mail.invitation is not None:
                files.append(
                    self.tr("invitation (annulation)")
                    if mail.invitation.method == "CANCEL"
                    else self.tr("invitation au calendrier")
                )
            addresses = ", ".join(r.address for r in mail.to)
            item = QTreeWidgetItem(
                [mail.organisation_name, addresses, mail.subject, ", ".join(files),
                 _state_text(entry)]
            )  # fmt: skip
            for column, tip in ((1, addresses), (2, mail.subject), (3, "\n".join(files))):
                item.setToolTip(column, tip)
            item.setToolTip(4, _state_text(entry))
            if entry is not None and entry.state in ("sent", "drafted"):
                for column in range(5):
                    item.setForeground(column, Qt.GlobalColor.darkGray)
            elif entry is not None and entry.state == "failed":
                item.setForeground(4, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
        for column, width in ((0, 90), (1, 230), (2, 280), (3, 200)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), width))
        sentence = self.batch.unreachable_sentence()
        self.unreachable.setText(sentence)
        self.unreachable.setVisible(bool(sentence))
        todo = self.todo()
        if not self.batch.mails:
            self._show_note(
                self.tr("Aucun message à envoyer : aucune organisation n'a d'adresse."), True
            )
        elif not todo:
            self._show_note(
                self.tr(
                    "Chaque message a déjà été envoyé (ou écrit en brouillon) : rien de plus à "
                    "envoyer. La boîte d'envoi permet d'en renvoyer un."
                ),
                False,
            )
        elif not self.note.text():
            self._show_note(
                plural(
                    len(todo), self.tr("%n message à envoyer."), self.tr("%n messages à envoyer.")
                ),
                False,
            )
        self._set_busy(False)

    def todo(self) -> list[Mail]:
        """The messages not yet sent nor written as drafts (new, pending or failed ones)."""
        if self.batch is None:
            return []
        done = {"sent", "drafted"}
        return [
            m for m in self.batch.mails
            if (e := self.entries.get(m.key)) is None or e.state not in done
        ]  # fmt: skip

    def _queued_ids(self) -> list[int]:
        """Queue the new messages, put failed ones back, and return the ids of this sending's
        messages waiting to go."""
        mails = self.todo()
        self.outbox.queue(mails)
        ids = []
        for entry in self.outbox.entries(keys=[m.key for m in mails]):
            if entry.state == "failed":
                entry = self.outbox.resend(entry.id)
            if entry.state == "pending":
                ids.append(entry.id)
        return ids

    # -- sending --------------------------------------------------------------------------------

    def send(self) -> None:
        """Queue, then send in a worker with progress and cancel; errors in one sentence."""
        if self.batch is None or self.run.running:
            return
        settings = self.outbox.settings()
        missing = missing_settings(settings)
        if missing:
            self._show_note(missing, warning=True)
            self.settings_button.show()
            return
        go, password = ask_password(self.outbox, settings, self, self.messages)
        if not go:
            return
        self._finally(lambda: self._start_sending(password))

    def _finally(self, then: Callable[[], None]) -> None:
        """Run `then` on the final messages: at once, or once `final` has built them (in a
        worker, as the preview was)."""
        final, mailing = self._final, self._mailing
        if final is None or mailing is None:
            then()
            return
        self._set_busy(True)
        self._show_note(self.tr("Préparation des messages…"), False)

        def work(_progress: Progress) -> MailBatch:
            return final(mailing)

        def built(batch: object) -> None:
            self._final = None  # built once: a second send uses the same messages
            self.batch = batch  # type: ignore[assignment]
            self._set_busy(False)
            self._show_note("", False)
            then()

        self.build_task = Task(work, self, name="deliberation-mail-build")
        self.build_task.finished.connect(built)
        self.build_task.failed.connect(self._final_failed)
        self.build_task.start()

    def _final_failed(self, text: str) -> None:
        self._set_busy(False)
        self._show_note(text, True)

    def _start_sending(self, password: str | None) -> None:
        try:
            ids = self._queued_ids()
        except DeliberationError as exc:  # one sentence, nothing queued
            self._show_note(error_text(exc), True)
            return
        if not ids:
            self.refresh()
            return
        self._set_busy(True)
        self.run_bar.begin(len(ids))
        self._show_note(
            plural(len(ids), self.tr("Envoi de %n message…"), self.tr("Envoi de %n messages…")),
            False,
        )
        self.run.start(self.outbox, password, ids)

    def cancel(self) -> None:
        self.run.cancel()
        self.run_bar.cancel_button.setEnabled(False)
        self._show_note(self.tr("Arrêt après le message en cours…"), False)

    def _progressed(self, done: int, total: int) -> None:
        self.run_bar.advance(done, total)
        self.refresh_states()

    def refresh_states(self) -> None:
        """Update the State column from the outbox (during a run)."""
        if self.batch is None:
            return
        keys = [mail.key for mail in self.batch.mails]
        self.entries = {e.key: e for e in self.outbox.entries(keys=keys)}
        for row, mail in enumerate(self.batch.mails):
            item = self.tree.topLevelItem(row)
            if item is not None:
                item.setText(4, _state_text(self.entries.get(mail.key)))

    def _sent(self, report: object) -> None:
        self.run_bar.hide()
        sentence = report_sentence(report)  # type: ignore[arg-type]
        self.note.clear()
        self.refresh()
        failed = bool(report.failed or report.stopped)  # type: ignore[attr-defined]
        self._show_note(sentence, failed)
        self.status_message.emit(sentence)
        self.last_report: SendReport = report  # type: ignore[assignment]

    def _run_failed(self, text: str) -> None:
        self.run_bar.hide()
        self.note.clear()
        self.refresh()
        self._show_note(
            text.rstrip(".") + self.tr(". Rien n'est perdu : les messages restent à envoyer."), True
        )

    # -- drafts ---------------------------------------------------------------------------------

    def write_drafts(self) -> None:
        """Write the messages not yet sent as .eml drafts in a chosen folder."""
        if self.batch is None or self.run.running:
            return
        folder = self.messages.choose_folder(self, self.tr("Dossier où enregistrer les brouillons"))
        if folder is None:
            return
        self._finally(lambda: self._start_drafts(folder))

    def _start_drafts(self, folder: Path) -> None:
        try:
            ids = self._queued_ids()
        except DeliberationError as exc:
            self._show_note(error_text(exc), True)
            return
        outbox = self.outbox

        def work(_progress: Progress) -> list[Path]:
            return outbox.write_drafts(folder, only=ids)

        self._set_busy(True)
        self.drafts_task = Task(work, self, name="deliberation-mail-drafts")
        self.drafts_task.finished.connect(lambda paths: self._drafted(paths, folder))
        self.drafts_task.failed.connect(self._run_failed)
        self.drafts_task.start()

    def _drafted(self, paths: object, folder: Path) -> None:
        count = len(paths)  # type: ignore[arg-type]
        sentence = plural(
            count,
            self.tr("%n brouillon écrit dans « %f »."),
            self.tr("%n brouillons écrits dans « %f »."),
        ).replace("%f", str(folder))
        self.note.clear()
        self.refresh()
        self._show_note(sentence, False)
        self.status_message.emit(sentence)

    # -- shared ---------------------------------------------------------------------------------

    def _show_note(self, text: str, warning: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {WARNING_TEXT if warning else MUTED_TEXT};")
        self.note.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        todo = bool(self.todo())
        self.send_button.setEnabled(not busy and todo)
        self.drafts_button.setEnabled(not busy and todo)
        self.close_button.setEnabled(not busy or not self.run.running)

    def open_settings(self) -> None:
        """The settings dialog; once saved, the messages are prepared again."""
        from deliberation.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.outbox, self.messages, self)
        dialog.accepted.connect(self.prepare)
        self.settings_dialog = dialog
        dialog.open()

    def reject(self) -> None:
        if self.run.running:
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        for task in (self.build_task, self.drafts_task):
            if task is not None:
                task.wait()
        self.run.wait()
        super().done(result)
