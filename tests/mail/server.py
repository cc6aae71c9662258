"""A real SMTP server on localhost for the tests (aiosmtpd), with its misbehaviours, a self-signed
certificate, and an in-memory keyring backend."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from deliberation.mail.message import parse_message

USER, PASSWORD = "secretariat", "mot-de-passe-ÉTÉ-42!"


@dataclass
class Received:
    """A message as the server took it: envelope and parsed content."""

    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return parse_message(self.data)


@dataclass
class Behaviour:
    """What the server does wrong: refuse addresses, drop the connection at the n-th MAIL FROM
    or after the n-th message's end, call `on_mail(n)` at each MAIL FROM (n from 1)."""

    refuse: set[str] = field(default_factory=set)
    drop_at_mail: int | None = None
    drop_after_data: int | None = None  # the message is not kept, no answer is sent
    keep_then_drop: int | None = None  # the message is kept, but the answer never sent
    on_mail: Callable[[int], None] | None = None


class Handler:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.received: list[Received] = []
        self.mails = 0
        self.datas = 0
        self.lock = threading.Lock()

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        with self.lock:
            self.mails += 1
            number = self.mails
        if self.behaviour.on_mail is not None:
            self.behaviour.on_mail(number)
        if self.behaviour.drop_at_mail == number:
            server.transport.close()
            return "421 4.3.0 Fermeture"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.behaviour.refuse:
            return "550 5.1.1 Destinataire inconnu"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.datas += 1
            number = self.datas
        if self.behaviour.drop_after_data == number:
            server.transport.close()
            return "421 4.3.0 Fermeture"
        received = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        with self.lock:
            self.received.append(received)
        if self.behaviour.keep_then_drop == number:
            server.transport.close()
            return "421 4.3.0 Fermeture"
        return "250 2.0.0 Message accepte"


class Authenticator:
    def __init__(self) -> None:
        self.attempts: list[str] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        self.attempts.append(data.login.decode())
        ok = data.login.decode() == USER and data.password.decode() == PASSWORD
        return AuthResult(success=ok, handled=False)  # the server answers 235 or 535


@dataclass
class Server:
    host: str
    port: int
    handler: Handler
    authenticator: Authenticator

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(
    behaviour: Behaviour | None = None,
    *,
    tls: ssl.SSLContext | None = None,
    implicit_tls: bool = False,
    login: bool = False,
) -> Iterator[Server]:
    """A server on 127.0.0.1: plain, with STARTTLS (`tls`), or TLS from the start
    (`implicit_tls`); requiring a login when `login`."""
    handler = Handler(behaviour or Behaviour())
    authenticator = Authenticator()
    options: dict[str, Any] = {"enable_SMTPUTF8": False}
    if login:
        options.update(auth_required=True, authenticator=authenticator)
        options["auth_require_tls"] = tls is not None
    if tls is not None and not implicit_tls:
        options.update(tls_context=tls, require_starttls=True)
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ssl_context=tls if implicit_tls else None,
        server_hostname="localhost" if implicit_tls else None,
        **options,
    )
    controller.start()
    try:
        yield Server("127.0.0.1", port, handler, authenticator)
    finally:
        controller.stop()


@dataclass(frozen=True)
class Certificate:
    server: ssl.SSLContext  # for the server
    client: ssl.SSLContext  # trusts only this certificate
    pem: Path


def self_signed(folder: Path) -> Certificate:
    """A certificate for 127.0.0.1 and localhost, made now, and the contexts using it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = folder / "server.pem"
    key_file = folder / "server.key"
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(pem, key_file)
    client = ssl.create_default_context(cafile=str(pem))
    return Certificate(server, client, pem)


class MemoryKeyring(KeyringBackend):
    """A keyring kept in memory: what the application stores there, and nowhere else."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("absent")


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The in-memory keyring as the system's, for the block."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
