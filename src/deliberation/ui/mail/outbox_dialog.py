"""« Boîte d'envoi »: every message, what became of it and when, resending, sending the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from deliberation.records.mail import MAIL_KINDS, OUTBOX_STATES
from deliberation.rules.wording import numeric_moment
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, label_text, semicolons
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.mail.sending import (
    RunBar,
    SendRun,
    ask_password,
    missing_settings,
    report_sentence,
)

if TYPE_CHECKING:
    from deliberation.records.mail import OutboxEntry
    from deliberation.services.outbox import Outbox
    from deliberation.ui.kit.messages import MessageService

ID_ROLE = Qt.ItemDataRole.UserRole
ALL = ""


class OutboxDialog(FittedDialog):
    """The outbox: one row per message, newest first, filtered by state.

    Signals:
        status_message(str): a short note for the status bar.

    Attributes:
        state_filter: « Tous les messages » or one state.
        tree: N°, sort, organisation, recipients, subject, state, when, reason.
        note: the sentence of the last run, or of a refusal.
        resend_button, send_rest_button: « Renvoyer », « Envoyer ce qui reste ».
        run_bar: the progress of a run, with « Annuler l'envoi ».
    """

    status_message = Signal(str)

    def __init__(
        self, outbox: Outbox, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Boîte d'envoi"))
        self.outbox = outbox
        self.messages = messages
        self.run = SendRun(self)
        self.run.progress.connect(self._progressed)
        self.run.finished.connect(self._sent)
        self.run.failed.connect(self._run_failed)

        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Tous les messages"), ALL)
        for key, label in OUTBOX_STATES.items():
            self.state_filter.addItem(label_text(label), key)
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.counts = QLabel()
        self.counts.setStyleSheet(f"color: {MUTED_TEXT};")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Afficher :")))
        top.addWidget(self.state_filter)
        top.addWidget(self.counts, 1)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Message"),
                self.tr("Organisation"),
                self.tr("Destinataires"),
                self.tr("Objet"),
                self.tr("État"),
                self.tr("Le"),
                self.tr("Raison"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("La boîte d'envoi est vide."))
        self.empty.setStyleSheet(f"color: {MUTED_TEXT};")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.run_bar = RunBar()
        self.run_bar.cancel_button.clicked.connect(self.cancel)

        self.resend_button = QPushButton(self.tr("Renvoyer"))
        self.resend_button.setToolTip(self.tr("Envoyer à nouveau le message choisi"))
        self.resend_button.clicked.connect(self.resend)
        self.send_rest_button = QPushButton(self.tr("Envoyer ce qui reste"))
        self.send_rest_button.setToolTip(self.tr("Envoyer les messages « À envoyer »"))
        self.send_rest_button.clicked.connect(lambda: self.send(None))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_rest_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.buttons)
        self.resize(1100, 480)
        self.reload()

    # -- the list -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the outbox again, keeping the selected message."""
        chosen = self.selected_id()
        state = self.state_filter.currentData()
        try:
            every = self.outbox.entries()
        except DeliberationError as exc:
            self._show_note(error_text(exc), True)
            return
        shown = [e for e in every if not state or e.state == state]
        shown.sort(key=lambda e: e.id, reverse=True)
        self.tree.clear()
        for entry in shown:
            self.tree.addTopLevelItem(self._item(entry))
        for column, width in ((0, 50), (1, 150), (2, 110), (3, 220), (4, 280), (5, 110), (6, 130)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), width))
        if chosen is not None:
            self.select(chosen)
        pending = sum(1 for e in every if e.state == "pending")
        failed = sum(1 for e in every if e.state == "failed")
        self.counts.setText(
            semicolons(
                [plural(len(every), self.tr("%n message"), self.tr("%n messages"))]
                + (
                    [plural(pending, self.tr("%n à envoyer"), self.tr("%n à envoyer"))]
                    * bool(pending)
                )
                + ([plural(failed, self.tr("%n en échec"), self.tr("%n en échec"))] * bool(failed))
            )
        )
        self.empty.setVisible(not shown)
        self.tree.setVisible(bool(shown))
        self._update_buttons()

    def _item(self, entry: OutboxEntry) -> QTreeWidgetItem:
        when = entry.sent_at if entry.state == "sent" and entry.sent_at else entry.created_at
        item = QTreeWidgetItem(
            [
                str(entry.id),
                label_text(MAIL_KINDS.get(entry.kind, entry.kind)),
                entry.organisation_name,
                entry.recipients,
                entry.subject,
                label_text(OUTBOX_STATES.get(entry.state, entry.state)),
                numeric_moment(when),
                entry.error,
            ]
        )
        item.setData(0, ID_ROLE, entry.id)
        for column in (3, 4, 7):
            item.setToolTip(column, item.text(column))
        item.setToolTip(6, self.tr("Envoyé le") if entry.state == "sent" else self.tr("Préparé le"))
        if entry.state == "failed":
            item.setForeground(5, Qt.GlobalColor.darkRed)
            item.setForeground(7, Qt.GlobalColor.darkRed)
        return item

    def selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    def select(self, entry_id: int) -> bool:
        """Select a message's row; False if it is not shown."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == entry_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        running = self.run.running
        self.resend_button.setEnabled(not running and self.selected_id() is not None)
        pending = any(e.state == "pending" for e in self.outbox.entries(["pending"]))
        self.send_rest_button.setEnabled(not running and pending)
        self.state_filter.setEnabled(not running)

    # -- sending --------------------------------------------------------------------------------

    def resend(self) -> None:
        """Put the chosen message back in the queue and send it."""
        entry_id = self.selected_id()
        if entry_id is None or self.run.running:
            return
        try:
            self.outbox.resend(entry_id)
        except DeliberationError as exc:
            self._show_note(error_text(exc), True)
            return
        self.reload()
        self.send([entry_id])

    def send(self, only: list[int] | None) -> None:
        """Send the pending messages (`only` those) in a worker, with progress and cancel."""
        if self.run.running:
            return
        settings = self.outbox.settings()
        missing = missing_settings(settings)
        if missing:
            self._show_note(missing, True)
            return
        go, password = ask_password(self.outbox, settings, self, self.messages)
        if not go:
            return
        total = len(only) if only is not None else len(self.outbox.entries(["pending"]))
        self.run_bar.begin(total)
        self._show_note(self.tr("Envoi en cours…"), False)
        self.run.start(self.outbox, password, only)
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.run_bar.advance(done, total)
        self.reload()

    def cancel(self) -> None:
        self.run.cancel()
        self.run_bar.cancel_button.setEnabled(False)
        self._show_note(self.tr("Arrêt après le message en cours…"), False)

    def _sent(self, report: object) -> None:
        self.run_bar.hide()
        sentence = report_sentence(report)  # type: ignore[arg-type]
        self.reload()
        self._show_note(sentence, bool(report.failed or report.stopped))  # type: ignore[attr-defined]
        self.status_message.emit(sentence)

    def _run_failed(self, text: str) -> None:
        self.run_bar.hide()
        self.reload()
        self._show_note(
            text.rstrip(".") + self.tr(". Rien n'est perdu : les messages restent à envoyer."), True
        )

    def _show_note(self, text: str, warning: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {WARNING_TEXT if warning else MUTED_TEXT};")
        self.note.setVisible(bool(text))

    def reject(self) -> None:
        if self.run.running:
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.run.wait()
        super().done(result)
