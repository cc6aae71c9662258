"""« Paramètres d'envoi… »: the SMTP server, the sender, the password (in the keyring only)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from deliberation.errors import KeyringUnavailableError, ValidationError
from deliberation.records.mail import SMTP_SECURITIES, MailSettings
from deliberation.services.outbox import default_port
from deliberation.ui.kit.background import Progress, Task
from deliberation.ui.kit.colours import WARNING_TEXT
from deliberation.ui.kit.forms import FormDialog
from deliberation.ui.kit.localize import error_text, label_text
from deliberation.ui.kit.widgets import muted_label

if TYPE_CHECKING:
    from deliberation.services.outbox import Outbox
    from deliberation.ui.kit.messages import MessageService


class MailSettingsDialog(FormDialog):
    """The secretariat's sending settings, saved in the store; the password in the keyring.

    Without a keyring, the dialog says so in one sentence: the password is then asked at each
    send and kept nowhere.

    Attributes:
        host, port, security, user, password, sender_address, sender_name: the fields.
        keyring_note: the sentence shown when there is no keyring ('' otherwise).
        test_button, test_result: « Envoyer un message d'essai » and what came of it.
        saved: the settings saved (None until « Enregistrer »).
    """

    def __init__(
        self, outbox: Outbox, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Paramètres d'envoi des courriels"), parent)
        self.outbox = outbox
        self.messages = messages
        self.saved: MailSettings | None = None
        self.test_task: Task | None = None
        current = outbox.settings()

        self.security = QComboBox()
        for key, label in SMTP_SECURITIES.items():
            self.security.addItem(label_text(label), key)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security)))
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("smtp.exemple.fr")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(current.user)
        self.user.setPlaceholderText(self.tr("vide : envoi sans identification"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit(current.sender)
        self.sender_address.setPlaceholderText("secretariat@exemple.fr")
        self.sender_name = QLineEdit(current.sender_name)
        self.sender_name.setPlaceholderText(self.tr("Secrétariat du comité"))

        self.keyring_note = outbox.keyring_note()
        try:
            kept = None if self.keyring_note else outbox.password(current)
        except KeyringUnavailableError as exc:
            kept, self.keyring_note = None, error_text(exc)
        if self.keyring_note:
            self.password.setPlaceholderText(self.tr("demandé à chaque envoi"))
        elif kept:
            self.password.setPlaceholderText(self.tr("gardé dans le trousseau ; vide : inchangé"))
        else:
            self.password.setPlaceholderText(self.tr("gardé dans le trousseau du système"))
        note = QLabel(self.keyring_note)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {WARNING_TEXT};")
        note.setVisible(bool(self.keyring_note))

        self.add_row("host", self.tr("Serveur (SMTP) :"), self.host)
        self.add_row("security", self.tr("Sécurité :"), self.security)
        self.add_row("port", self.tr("Port :"), self.port)
        self.add_row("user", self.tr("Identifiant :"), self.user)
        self.add_row("password", self.tr("Mot de passe :"), self.password)
        self.form.addRow("", note)
        self.add_row("sender", self.tr("Adresse d'expéditeur :"), self.sender_address)
        self.add_row("sender_name", self.tr("Nom affiché :"), self.sender_name)
        self.form.addRow(
            "",
            muted_label(
                self.tr(
                    "Le mot de passe n'est écrit dans aucun fichier : il est gardé dans le "
                    "trousseau du système."
                )
            ),
        )

        self.test_button = QPushButton(self.tr("Envoyer un message d'essai"))
        self.test_button.setToolTip(
            self.tr("Un court message à l'adresse d'expéditeur, avec ces réglages")
        )
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        self.form.addRow("", _holder(row))
        self.setMinimumWidth(600)

    def _security_changed(self) -> None:
        """A new security brings its usual port, unless the port was a custom one."""
        if self.port.value() in (25, 465, 587):
            self.port.setValue(default_port(str(self.security.currentData())))

    def values(self) -> MailSettings:
        """The settings as typed (not checked)."""
        return MailSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            sender=self.sender_address.text(),
            sender_name=self.sender_name.text(),
        )

    def write(self) -> None:
        saved = self.outbox.save_settings(self.values())
        password = self.password.text()
        if password and saved.user and not self.keyring_note:
            try:
                self.outbox.keep_password(saved, password)
            except KeyringUnavailableError as exc:
                raise ValidationError({"password": error_text(exc)}) from None
        self.password.clear()
        self.saved = saved

    # -- the test message -----------------------------------------------------------------------

    def send_test(self) -> None:
        """Send a message to the sender with the settings as typed, off the UI thread."""
        if self.test_task is not None and self.test_task.running:
            return
        settings = replace(
            self.values(),
            host=self.host.text().strip(),
            sender=self.sender_address.text().strip(),
        )
        password: str | None = self.password.text() or None
        if settings.user and password is None:
            try:
                password = self.outbox.password(settings)
            except KeyringUnavailableError:
                password = None
            if password is None:
                password = self.messages.ask_password(
                    self,
                    self.tr("Mot de passe de %1 sur le serveur %2 :")
                    .replace("%1", settings.user)
                    .replace("%2", settings.host),
                )
                if password is None:
                    return
        outbox = self.outbox

        def work(_progress: Progress) -> str:
            return outbox.send_test(settings, password)

        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Envoi du message d'essai…"))
        self.test_task = Task(work, self, name="deliberation-test-mail")
        self.test_task.finished.connect(self._test_sent)
        self.test_task.failed.connect(self._test_failed)
        self.test_task.start()

    def _test_sent(self, address: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(
            self.tr("Message d'essai envoyé à %1 : vérifiez qu'il est arrivé.").replace(
                "%1", str(address)
            )
        )

    def _test_failed(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(f"color: {WARNING_TEXT};")
        self.test_result.setText(text)

    def done(self, result: int) -> None:
        if self.test_task is not None:
            self.test_task.wait()  # a worker never outlives the dialog it reports to
        super().done(result)


def _holder(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
