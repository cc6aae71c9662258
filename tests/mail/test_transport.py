"""The SMTP session against a real server on localhost: STARTTLS, TLS, login, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.mail.server import PASSWORD, USER, Behaviour, self_signed, smtp_server
from tests.mail.test_message import SETTINGS, WHEN, convocation

from deliberation.errors import MailConnectionError, MailError, MailRefusedError
from deliberation.mail.message import build_message
from deliberation.mail.transport import connect
from deliberation.records.mail import MailSettings, Recipient


def settings_for(port: int, security: str, user: str = "") -> MailSettings:
    return MailSettings(
        host="127.0.0.1", port=port, security=security, user=user, sender=SETTINGS.sender
    )


def test_starttls_with_login_delivers_the_message(tmp_path: Path) -> None:
    certificate = self_signed(tmp_path)
    data = build_message(convocation(), SETTINGS, WHEN)
    with smtp_server(tls=certificate.server, login=True) as server:
        settings = settings_for(server.port, "starttls", USER)
        with connect(settings, PASSWORD, context=certificate.client, timeout=10) as connection:
            marks: list[str] = []
            connection.send(data, lambda: marks.append("end"))
        assert marks == ["end"]
        assert server.authenticator.attempts == [USER]
        [received] = server.received
    assert received.recipients == [
        "anne.leroux@regions.example.fr",
        "paul.morel@regions.example.fr",
    ]
    assert received.sender == SETTINGS.sender
    assert received.message["Subject"] == convocation().subject


def test_implicit_tls_delivers_the_message(tmp_path: Path) -> None:
    certificate = self_signed(tmp_path)
    with smtp_server(tls=certificate.server, implicit_tls=True) as server:
        settings = settings_for(server.port, "tls")
        with connect(settings, None, context=certificate.client) as connection:
            connection.send(build_message(convocation(), SETTINGS, WHEN), lambda: None)
        assert len(server.received) == 1


def test_an_untrusted_certificate_is_refused_in_one_sentence(tmp_path: Path) -> None:
    certificate = self_signed(tmp_path)
    # The system's authorities do not know the test's certificate.
    with (
        smtp_server(tls=certificate.server) as server,
        pytest.raises(MailConnectionError, match=r"connexion sécurisée .* a échoué"),
    ):
        connect(settings_for(server.port, "starttls"), None)


def test_a_wrong_password_is_refused_with_the_servers_reason(tmp_path: Path) -> None:
    certificate = self_signed(tmp_path)
    with smtp_server(tls=certificate.server, login=True) as server:
        settings = settings_for(server.port, "starttls", USER)
        with pytest.raises(MailError, match="a refusé l'identifiant ou le mot de passe") as caught:
            connect(settings, "faux", context=certificate.client, timeout=10)
    assert "535" in str(caught.value)
    assert PASSWORD not in str(caught.value) and caught.value.__cause__ is None


def test_a_server_without_starttls_is_refused(tmp_path: Path) -> None:
    with (
        smtp_server() as server,
        pytest.raises(MailConnectionError, match="ne propose pas STARTTLS"),
    ):
        connect(settings_for(server.port, "starttls"), None)


def test_nobody_listening_is_said_in_one_sentence() -> None:
    from tests.mail.server import free_port

    port = free_port()
    with pytest.raises(
        MailConnectionError, match=f"Impossible de joindre le serveur 127.0.0.1:{port}"
    ):
        connect(settings_for(port, "none"), None, timeout=5)


def test_a_refused_recipient_fails_the_message_with_the_reason() -> None:
    mail = convocation(to=(Recipient("inconnu@regions.example.fr"),))
    with smtp_server(Behaviour(refuse={"inconnu@regions.example.fr"})) as server:
        with connect(settings_for(server.port, "none"), None) as connection:
            with pytest.raises(MailRefusedError, match=r"inconnu@regions\.example\.fr") as caught:
                connection.send(build_message(mail, SETTINGS, WHEN), lambda: None)
            assert caught.value.permanent
            assert "550 5.1.1 Destinataire inconnu" in str(caught.value)
            # The session goes on with the next message.
            connection.send(build_message(convocation(), SETTINGS, WHEN), lambda: None)
        assert len(server.received) == 1


def test_a_message_whose_lines_start_with_a_dot_arrives_whole() -> None:
    mail = convocation(body=".\n..deux points\n.fin", attachments=(), invitation=None)
    with smtp_server() as server:
        with connect(settings_for(server.port, "none"), None) as connection:
            connection.send(build_message(mail, SETTINGS, WHEN), lambda: None)
        [received] = server.received
    body = received.message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").rstrip("\n") == ".\n..deux points\n.fin"
