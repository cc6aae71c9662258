"""Running the outbox off the UI thread: the password, the run with its progress and cancel."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from deliberation.errors import KeyringUnavailableError
from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, semicolons

if TYPE_CHECKING:
    from collections.abc import Sequence

    from deliberation.records.mail import MailSettings
    from deliberation.services.outbox import Outbox, SendReport
    from deliberation.ui.kit.messages import MessageService


def missing_settings(settings: MailSettings) -> str:
    """One sentence saying what the settings lack to send ("" when they can)."""
    if not settings.sender:
        return QCoreApplication.translate(
            "sending",
            "Les réglages d'envoi ne sont pas faits : indiquez le serveur d'envoi et l'adresse "
            "d'expéditeur du secrétariat.",
        )
    if not settings.host:
        return QCoreApplication.translate(
            "sending",
            "Aucun serveur d'envoi n'est réglé : indiquez-le pour envoyer, ou enregistrez des "
            "brouillons (.eml).",
        )
    return ""


def ask_password(
    outbox: Outbox, settings: MailSettings, parent: QWidget | None, messages: MessageService
) -> tuple[bool, str | None]:
    """The password of the settings' login: the keyring's, else asked (kept nowhere).

    Returns (go on, password); (False, None) when the user cancelled."""
    if not settings.user:
        return True, None
    reason = ""
    try:
        password = outbox.password(settings)
    except KeyringUnavailableError as exc:
        password, reason = None, error_text(exc) + " "
    if password is not None:
        return True, password
    text = reason + QCoreApplication.translate(
        "sending", "Mot de passe de %1 sur le serveur %2 :"
    ).replace("%1", settings.user).replace("%2", settings.host)
    asked = messages.ask_password(parent, text)
    if asked is None:
        return False, None
    return True, asked


def report_sentence(report: SendReport) -> str:
    """« 3 messages envoyés ; 1 en échec : … ; 2 restent à envoyer. »"""
    parts = [
        plural(
            len(report.sent),
            QCoreApplication.translate("sending", "%n message envoyé"),
            QCoreApplication.translate("sending", "%n messages envoyés"),
        )
    ]
    for entry in report.failed:
        parts.append(
            QCoreApplication.translate("sending", "échec pour %1 : %2")
            .replace("%1", entry.organisation_name or entry.recipients)
            .replace("%2", entry.error.rstrip("."))
        )
    if report.left:
        parts.append(
            plural(
                len(report.left),
                QCoreApplication.translate("sending", "%n reste à envoyer"),
                QCoreApplication.translate("sending", "%n restent à envoyer"),
            )
        )
    sentence = semicolons(parts) + "."
    if report.stopped and not report.cancelled:
        sentence = report.stopped.rstrip(".") + ". " + sentence[0].upper() + sentence[1:]
    elif report.cancelled:
        sentence = (
            QCoreApplication.translate("sending", "Envoi interrompu. ")
            + sentence[0].upper()
            + sentence[1:]
        )
    return sentence


class SendRun(QObject):
    """One run of the outbox in a worker thread, with its progress and a cancel flag.

    Signals:
        progress(int, int): messages done, total (after each message).
        finished(object): the SendReport.
        failed(str): one French sentence (nothing was lost: unsent messages stay pending).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, outbox: Outbox, password: str | None, only: Sequence[int] | None) -> None:
        """Send the pending messages (of `only`, if given) in a worker thread."""
        self._cancel.clear()
        ids = list(only) if only is not None else None
        cancel = self._cancel

        def work(progress: Progress) -> SendReport:
            return outbox.send_pending(
                password,
                only=ids,
                progress=lambda done, total, _entry: progress(done, total),
                cancelled=cancel.is_set,
            )

        self.task = Task(work, self, name="deliberation-send")
        self.task.progress.connect(self.progress)
        self.task.finished.connect(self.finished)
        self.task.failed.connect(self.failed)
        self.task.start()

    def cancel(self) -> None:
        """Stop after the message being sent (it is finished first)."""
        self._cancel.set()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()


class RunBar(QWidget):
    """A run's progress: a bar advancing per message, and « Annuler l'envoi »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setFormat(QCoreApplication.translate("sending", "%v sur %m"))
        self.cancel_button = QPushButton(QCoreApplication.translate("sending", "Annuler l'envoi"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate(
                "sending", "Arrêter après le message en cours ; les autres restent à envoyer"
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def begin(self, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
