"""Fixtures of the mail screens: the demo store pointed at a real SMTP server on localhost, an
in-memory keyring, and an editor over them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.mail.server import MemoryKeyring, Server, memory_keyring, smtp_server

from deliberation.records.mail import MailSettings
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor

SENDER = "secretariat@comite.example.org"


@pytest.fixture
def keys() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def server() -> Iterator[Server]:
    with smtp_server() as running:
        yield running


def point_at(root: Root, server: Server, **changes: object) -> MailSettings:
    """Settings sending through the test server, without security or login by default."""
    values: dict[str, object] = {
        "host": server.host, "port": server.port, "security": "none", "sender": SENDER,
        "sender_name": "Secrétariat du comité",
    } | changes  # fmt: skip
    return root.outbox.save_settings(MailSettings(**values))  # type: ignore[arg-type]


@pytest.fixture
def mail_root(demo_root: Root, server: Server, keys: MemoryKeyring) -> Root:
    point_at(demo_root, server)
    return demo_root


@pytest.fixture
def mail_editor(qapp: object, mail_root: Root) -> Editor:
    return Editor(mail_root)
