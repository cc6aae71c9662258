"""A command on a shared base: the keyring's password, else asked on a terminal, else said how
(against a PostgreSQL cluster of the tests' own that checks passwords: skipped without
PostgreSQL's programs)."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from tests.cli.conftest import Run
from tests.mail.server import memory_keyring
from tests.store.conftest import PASSWORD, password_server  # noqa: F401

from deliberation.cli import store_password as module
from deliberation.services.root import open_root
from deliberation.services.store_secrets import store_password


class Terminal(io.StringIO):
    """A standard input that is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def base(password_server: str) -> str:  # noqa: F811  (the fixture imported above)
    """The password server's database, made a store (once: later calls find it ready)."""
    open_root(password_server, password=PASSWORD).close()
    return password_server


@dataclass
class Typist:
    """What getpass answers in turn, and the prompts it showed."""

    answers: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    def getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Typist:
    """A terminal on the standard input, and what is typed at getpass's prompts."""
    typist = Typist()
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(module.getpass, "getpass", typist.getpass)
    return typist


def _organisations(run_cli: Run, url: str) -> tuple[int, str, str]:
    result = run_cli("list", "organisations", store=url)
    return result.returncode, result.stdout, result.stderr


def test_the_keyrings_password_is_used(run_cli: Run, base: str) -> None:
    with memory_keyring():
        store_password(base, PASSWORD)
        code, out, err = _organisations(run_cli, base)
    assert code == 0, err
    assert "Régions de France" in out
    assert PASSWORD not in out + err


def test_without_a_password_and_a_terminal_one_sentence_says_how_to_give_it(
    run_cli: Run, base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # not a terminal
    with memory_keyring():
        code, out, err = _organisations(run_cli, base)
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert "demande le mot de passe de « deliberation »" in err
    assert "trousseau du système" in err and "« Mémoriser le mot de passe »" in err
    assert "variable d'environnement PGPASSWORD, que le pilote PostgreSQL lit lui-même" in err


def test_pgpassword_is_honoured_by_the_driver(
    run_cli: Run, base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    with memory_keyring():
        code, out, err = _organisations(run_cli, base)
    assert code == 0, err
    assert "Régions de France" in out


def test_on_a_terminal_the_password_is_asked_and_asked_again_when_refused(
    run_cli: Run, base: str, typed: Typist
) -> None:
    typed.answers.extend(["faux", PASSWORD])
    with memory_keyring() as kept:
        code, out, err = _organisations(run_cli, base)
        assert kept.passwords == {}  # typed, kept nowhere
    assert code == 0, err
    assert "Régions de France" in out
    prompts = typed.prompts
    assert len(prompts) == 2 and prompts[0] == prompts[1]
    assert prompts[0].startswith("Mot de passe de « deliberation » pour la base comite")
    assert err.count("a refusé l'identifiant « deliberation » ou son mot de passe") == 1
    assert "faux" not in err and PASSWORD not in err


def test_a_refused_keyring_password_is_asked_on_a_terminal(
    run_cli: Run, base: str, typed: Typist
) -> None:
    typed.answers.append(PASSWORD)
    with memory_keyring():
        store_password(base, "ancien-mot-de-passe")
        code, _out, err = _organisations(run_cli, base)
    assert code == 0, err
    assert "a refusé l'identifiant" in err and len(typed.prompts) == 1


def test_three_refusals_end_the_command_in_one_sentence(
    run_cli: Run, base: str, typed: Typist
) -> None:
    typed.answers.extend(["a", "b", "c"])
    with memory_keyring():
        code, out, err = _organisations(run_cli, base)
    assert code == 1 and out == ""
    assert err.strip().splitlines()[-1].endswith("ou son mot de passe : vérifiez-les.")
    assert len(typed.prompts) == 3


def test_without_a_keyring_the_terminal_is_asked(run_cli: Run, base: str, typed: Typist) -> None:
    typed.answers.append(PASSWORD)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        code, _out, err = _organisations(run_cli, base)
    finally:
        keyring.set_keyring(previous)
    assert code == 0, err
    assert len(typed.prompts) == 1


def test_a_url_with_its_own_password_is_never_asked_again(run_cli: Run, base: str) -> None:
    from deliberation.rules.connection import with_password

    code, _out, err = _organisations(run_cli, with_password(base, "faux"))
    assert code == 1 and "a refusé l'identifiant" in err and "faux" not in err
