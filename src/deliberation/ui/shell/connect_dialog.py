"""Fichier › Se connecter à une base partagée…: a PostgreSQL server, the login, TLS, password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from deliberation.errors import ValidationError
from deliberation.records.connection import DEFAULT_PORT, SSL_MODES, SharedConnection
from deliberation.rules.connection import parse_shared_url, shared_url
from deliberation.ui.kit.forms import FormDialog
from deliberation.ui.kit.localize import error_text, label_text
from deliberation.ui.shell.shared_store import Opening
from deliberation.ui.shell.store_files import recent_stores

if TYPE_CHECKING:
    from deliberation.services.root import Root
    from deliberation.ui.kit.messages import MessageService


class ConnectDialog(FormDialog):
    """Connect to a shared base; the connection is made off the UI thread, and a refusal is one
    sentence above the fields, which keep what was typed.

    Signals:
        connected(object, str): the Root opened and its URL (without the password).

    Attributes:
        host, port, database, user, sslmode, password, remember: the fields.
        opening: the connection under way (None before the first try).
        note: what became of the password (kept in the keyring, or why not).
    """

    connected = Signal(object, str)

    def __init__(self, messages: MessageService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Se connecter à une base partagée"), parent)
        self.messages = messages
        self.opening: Opening | None = None
        self.note = ""
        last = next(
            (c for c in map(parse_shared_url, recent_stores()) if c is not None),
            SharedConnection("", "", ""),
        )
        self.host = QLineEdit(last.host)
        self.host.setPlaceholderText(self.tr("serveur.exemple.fr"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(last.port or DEFAULT_PORT)
        self.database = QLineEdit(last.database)
        self.database.setPlaceholderText(self.tr("deliberation"))
        self.user = QLineEdit(last.user)
        self.user.setPlaceholderText(self.tr("votre identifiant sur le serveur"))
        self.sslmode = QComboBox()
        for key, label in SSL_MODES.items():
            self.sslmode.addItem(label_text(label), key)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(last.sslmode)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Mémoriser le mot de passe"))
        self.remember.setToolTip(
            self.tr(
                "Le mot de passe est alors gardé dans le trousseau du système, jamais dans un "
                "fichier de l'application"
            )
        )
        self.status = QLabel()
        self.add_row("host", self.tr("Serveur :"), self.host)
        self.add_row("port", self.tr("Port :"), self.port)
        self.add_row("database", self.tr("Base :"), self.database)
        self.add_row("user", self.tr("Identifiant :"), self.user)
        self.add_row("sslmode", self.tr("Chiffrement (TLS) :"), self.sslmode)
        self.add_row("password", self.tr("Mot de passe :"), self.password)
        self.form.addRow("", self.remember)
        self.form.addRow("", self.status)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Se connecter"))
        self.setMinimumWidth(560)
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                break

    def values(self) -> SharedConnection:
        """The connection as typed (not checked)."""
        return SharedConnection(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=str(self.sslmode.currentData()),
        )

    def submit(self) -> None:
        """Se connecter: check the fields, then connect off the UI thread."""
        if self.opening is not None and self.opening.running:
            return
        try:
            url = shared_url(self.values())
        except ValidationError as exc:
            self.show_errors(exc.messages)
            return
        self.clear_errors()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connexion au serveur %1…").replace("%1", self.values().host))
        self.ok_button.setEnabled(False)
        self.opening = Opening(self, self.messages)
        self.opening.opened.connect(self._opened)
        self.opening.failed.connect(self._failed)
        self.opening.cancelled.connect(lambda: self._failed(""))
        self.opening.start(url, self.password.text() or None)

    def _failed(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.status.clear()
        if text:
            self.show_errors({"": text})

    def _opened(self, root: Root, url: str) -> None:
        self.ok_button.setEnabled(True)
        password = self.password.text()
        self.password.clear()
        if self.remember.isChecked() and password:
            from deliberation.services.store_secrets import NoKeyringError, store_password

            try:
                store_password(url, password)
                self.note = self.tr("Mot de passe gardé dans le trousseau du système.")
            except NoKeyringError as exc:
                self.note = error_text(exc)
        self.connected.emit(root, url)
        self.accept()

    def reject(self) -> None:
        if self.opening is not None and self.opening.running:
            return  # the connection under way ends first (a few seconds at most)
        super().reject()

    def done(self, result: int) -> None:
        if self.opening is not None:
            self.opening.wait()  # a worker never outlives the dialog it reports to
        super().done(result)
