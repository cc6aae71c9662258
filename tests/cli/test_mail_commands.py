"""`deliberation mail …` and `list outbox`: settings, sending, drafts, a killed run, no password
anywhere but the keyring."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from tests.cli.conftest import Run
from tests.mail.server import PASSWORD, USER, Behaviour, memory_keyring, self_signed, smtp_server
from tests.services.test_outbox import SENDER, mails

from deliberation.mail.message import KEY_HEADER
from deliberation.services.root import open_root

SRC = Path(__file__).resolve().parents[2] / "src"


def queued(store: Path, count: int) -> None:
    root = open_root(str(store))
    try:
        from deliberation.records.mail import MailSettings

        root.outbox.save_settings(MailSettings(host="127.0.0.1", security="none", sender=SENDER))
        root.outbox.queue(mails(count))
    finally:
        root.close()


def test_settings_are_saved_and_shown_without_a_password(
    run_cli: Run, store_path: Path, tmp_path: Path
) -> None:
    open_root(str(store_path)).close()
    result = run_cli("mail", "settings", "--host", "smtp.example.org", "--security", "tls",
                     "--user", USER, "--from", SENDER, "--show", store=store_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Serveur : smtp.example.org" in result.stdout
    assert "Port : 465" in result.stdout  # the usual port of TLS
    assert f"Identifiant : {USER}" in result.stdout
    bad = run_cli("mail", "settings", "--from", "pas-une-adresse", store=store_path)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "n'est pas valide" in bad.stderr


def test_no_password_reaches_the_store_the_settings_or_the_log(
    run_cli: Run, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    certificate = self_signed(tmp_path)
    queued(store_path, 2)
    with memory_keyring() as backend, smtp_server(tls=certificate.server, login=True) as server:
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate.pem))  # trust the test's server
        monkeypatch.setattr(sys, "stdin", _Lines(PASSWORD + "\n"))
        saved = run_cli("mail", "settings", "--host", "127.0.0.1", "--port", str(server.port),
                        "--security", "starttls", "--user", USER, "--password-stdin",
                        "--verbose", store=store_path)  # fmt: skip
        assert saved.returncode == 0, saved.stderr
        assert "gardé dans le trousseau" in saved.stderr
        assert list(backend.passwords.values()) == [PASSWORD]
        sent = run_cli("mail", "send-pending", "--verbose", store=store_path)
        assert sent.returncode == 0, sent.stderr
        assert "2 messages envoyés" in sent.stderr
        assert server.authenticator.attempts == [USER]
        assert len(server.received) == 2
    secret = PASSWORD.encode("utf-8")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    home = Path(os.environ["XDG_CONFIG_HOME"]).parent
    files += [p for p in home.rglob("*") if p.is_file()]  # settings, logs, caches
    assert store_path in files
    for path in files:
        assert secret not in path.read_bytes(), path
    for output in (saved.stdout, saved.stderr, sent.stdout, sent.stderr):
        assert PASSWORD not in output


class _Lines:
    """A standard input that is not a terminal, holding some lines."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""

    def isatty(self) -> bool:
        return False


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_without_a_keyring_the_password_is_asked_for(
    run_cli: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    queued(store_path, 1)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with smtp_server(login=True) as server:
            monkeypatch.setattr(sys, "stdin", _Lines(PASSWORD + "\n" + PASSWORD + "\n"))
            saved = run_cli("mail", "settings", "--host", "127.0.0.1", "--port", str(server.port),
                            "--security", "none", "--user", USER, "--password-stdin",
                            store=store_path)  # fmt: skip
            assert saved.returncode == 0
            assert "Aucun trousseau du système" in saved.stderr
            refused = run_cli("mail", "send-pending", store=store_path)
            assert refused.returncode == 1
            assert "Aucun trousseau du système" in refused.stderr
            assert "--password-stdin" in refused.stderr
            sent = run_cli("mail", "send-pending", "--password-stdin", store=store_path)
            assert sent.returncode == 0, sent.stderr
            assert len(server.received) == 1
    finally:
        keyring.set_keyring(previous)


def test_list_outbox_per_organisation_with_states(run_cli: Run, store_path: Path) -> None:
    queued(store_path, 3)
    with smtp_server(Behaviour(refuse={"delegue2@membres.example.org"})) as server:
        run_cli("mail", "settings", "--host", "127.0.0.1", "--port", str(server.port),
                store=store_path)  # fmt: skip
        sent = run_cli("mail", "send-pending", store=store_path)
    assert sent.returncode == 1
    assert "2 messages envoyés, 1 échec." in sent.stderr
    listed = run_cli("list", "outbox", "--json", store=store_path)
    rows = json.loads(listed.stdout)
    assert [(r["organisation"], r["state_label"]) for r in rows] == [
        ("Organisation 1", "Envoyé"),
        ("Organisation 2", "Échec"),
        ("Organisation 3", "Envoyé"),
    ]
    assert "550 5.1.1 Destinataire inconnu" in rows[1]["error"]
    assert rows[0]["sent_at"] and rows[1]["sent_at"] is None
    text = run_cli("list", "outbox", store=store_path)
    assert "3 messages (envoyé : 2, échec : 1)." in text.stdout
    assert "Organisation 2" in text.stdout


def test_resend_sends_one_message_again(run_cli: Run, store_path: Path) -> None:
    queued(store_path, 2)
    with smtp_server() as server:
        run_cli("mail", "settings", "--host", "127.0.0.1", "--port", str(server.port),
                store=store_path)  # fmt: skip
        assert run_cli("mail", "send-pending", store=store_path).returncode == 0
        again = run_cli("mail", "resend", "2", store=store_path)
        assert again.returncode == 0, again.stderr
        keys = Counter(str(r.message[KEY_HEADER]) for r in server.received)
    assert keys == Counter({"convocation:42:1:1": 1, "convocation:42:1:2": 2})
    unknown = run_cli("mail", "resend", "99", store=store_path)
    assert unknown.returncode == 1 and "Aucun message" in unknown.stderr


def test_send_pending_with_eml_writes_drafts(
    run_cli: Run, store_path: Path, tmp_path: Path
) -> None:
    queued(store_path, 2)
    result = run_cli("mail", "send-pending", "--eml", str(tmp_path / "brouillons"),
                     store=store_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    assert "2 brouillons écrits" in result.stderr
    assert all(
        Path(line).read_bytes().startswith(b"X-Unsent: 1") for line in result.stdout.splitlines()
    )


def test_a_killed_run_is_completed_by_the_next_one_each_message_once(
    store_path: Path, tmp_path: Path
) -> None:
    queued(store_path, 6)
    process: list[subprocess.Popen[bytes]] = []
    killed = threading.Event()

    def kill_at_the_fourth(number: int) -> None:
        # At the fourth MAIL FROM the first three messages are sent and recorded: the process
        # dies in the middle of the run.
        if number == 4 and process:
            process[0].send_signal(signal.SIGKILL)
            process[0].wait()
            killed.set()

    env = {**os.environ, "PYTHONPATH": str(SRC), "DELIBERATION_STORE": str(store_path)}
    command = [sys.executable, "-m", "deliberation", "mail", "send-pending"]
    with smtp_server(Behaviour(on_mail=kill_at_the_fourth)) as server:
        root = open_root(str(store_path))
        from deliberation.records.mail import MailSettings

        root.outbox.save_settings(MailSettings(host="127.0.0.1", port=server.port,
                                               security="none", sender=SENDER))  # fmt: skip
        root.close()
        process.append(subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE))
        process[0].communicate(timeout=120)
        assert killed.is_set() and process[0].returncode == -signal.SIGKILL
        assert len(server.received) == 3
        process.clear()
        rerun = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr.decode()
        keys = Counter(str(r.message[KEY_HEADER]) for r in server.received)
    assert keys == Counter({f"convocation:42:1:{n}": 1 for n in range(1, 7)})
    root = open_root(str(store_path))
    try:
        assert {e.state for e in root.outbox.entries()} == {"sent"}
    finally:
        root.close()
