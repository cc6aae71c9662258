"""Odd store locations: a FIFO, a read-only file, a `sqlite:///` URL to nothing, a bad seed file;
each refused or opened safely in one French sentence, with nothing created or replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from deliberation.cli import main
from deliberation.errors import DeliberationError, StoreError
from deliberation.records.referential import DelegateInput
from deliberation.services.referential import Referential
from deliberation.services.root import open_root
from deliberation.store.database import open_store, sqlite_engine, upgrade_to
from deliberation.store.schema import REVISIONS

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFO on this system")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_sentence(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("deliberation : "), err
    assert "Traceback" not in err and "Error" not in err, err
    return err


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@fifo_only
@pytest.mark.parametrize("command", [["list", "delegates"], ["init"], ["demo"]])
def test_a_fifo_is_refused_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    fifo = tmp_path / "magasin.sqlite3"
    os.mkfifo(fifo)
    status, out, err = cli(capsys, "--store", str(fifo), *command)
    assert status == 1 and out == ""
    assert "n'est pas un fichier ordinaire" in one_sentence(err) and str(fifo) in err
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the FIFO was replaced"
    assert side_files(fifo) == []
    for migrate in (True, False):
        with pytest.raises(StoreError):
            open_store(str(fifo), migrate=migrate)


@pytest.fixture
def read_only(store_path: Path) -> Path:
    open_root(str(store_path)).close()
    assert side_files(store_path) == []
    store_path.chmod(0o444)
    return store_path


def test_a_read_only_store_is_read_without_creating_anything_beside_it(
    read_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = read_only.read_bytes()
    status, out, err = cli(capsys, "--store", str(read_only), "list", "organisations")
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == "14 organisations membres."
    store = open_store(str(read_only))
    assert store.read_only
    with open_root(str(read_only)) as root:  # the window's opening: no seeding attempted
        assert len(root.referential.organisations()) == 16
        assert side_files(read_only) == []
    store.close()
    assert side_files(read_only) == []
    assert read_only.read_bytes() == before


def test_a_write_to_a_read_only_store_is_refused_in_one_sentence(read_only: Path) -> None:
    before = read_only.read_bytes()
    with open_root(str(read_only)) as root:
        referential: Referential = root.referential
        organisation = referential.organisations()[0].id
        delegate = referential.new_delegate(DelegateInput(organisation, "Anne", "Martin"))
        with pytest.raises(DeliberationError) as refused:
            referential.apply_delegate(delegate)
    message = str(refused.value)
    assert "lecture seule" in message and str(read_only) in message and "\n" not in message
    assert side_files(read_only) == []
    assert read_only.read_bytes() == before


def test_a_read_only_store_that_needs_migrating_is_refused_untouched(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = sqlite_engine(store_path)
    upgrade_to(engine, REVISIONS[-2])
    engine.dispose()
    store_path.chmod(0o444)
    before = store_path.read_bytes()
    status, _, err = cli(capsys, "--store", str(store_path), "init")
    assert status == 1 and "lecture seule" in one_sentence(err)
    assert side_files(store_path) == []  # no backup either
    assert store_path.read_bytes() == before


def test_a_sqlite_url_to_a_missing_file_leaves_no_file_on_a_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.sqlite3"
    url = f"sqlite:///{missing}"
    status, out, err = cli(capsys, "--store", url, "list", "delegates")
    assert status == 1 and out == ""
    assert "Aucune base" in one_sentence(err) and str(missing) in err
    with pytest.raises(StoreError):
        open_store(url, migrate=False)
    assert list(tmp_path.iterdir()) == []


BAD_SEEDS = {
    "missing-name": '[body]\nkey = "x"\nshort_name = "X"\n',
    "kind-without-label": '[[kinds]]\nkey = "state"\n',
    "theme-without-number": '[[themes]]\nkey = "t1"\ntitle = "T"\n',
    "theme-number-text": '[[themes]]\nkey = "t1"\nnumber = "un"\ntitle = "T"\n',
    "unknown-kind": '[[organisations]]\nkey = "o"\nacronym = "O"\nname = "O"\nkind = "nope"\n',
    "bad-date": '[[kinds]]\nkey = "k"\nlabel = "K"\n[[organisations]]\nkey = "o"\n'
    'acronym = "O"\nname = "O"\nkind = "k"\n[[organisations.memberships]]\nstart = "hier"\n',
    "kinds-not-a-list": 'kinds = "state"\n',
}


@pytest.mark.parametrize("content", BAD_SEEDS.values(), ids=BAD_SEEDS.keys())
def test_a_bad_seed_file_creates_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    seed = tmp_path / "instance.toml"
    seed.write_text(content, encoding="utf-8")
    store = tmp_path / "magasins" / "nouveau.sqlite3"
    status, out, err = cli(capsys, "--store", str(store), "init", "--seed", str(seed))
    assert status == 1 and out == ""
    one_sentence(err)
    assert not store.exists()
    assert not store.parent.exists() or list(store.parent.iterdir()) == []
    with pytest.raises(DeliberationError):
        open_root(str(store), seed)
    assert not store.exists()
    assert not store.parent.exists() or list(store.parent.iterdir()) == []


def test_a_good_seed_file_still_creates_a_seeded_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "nouveau.sqlite3"
    fixture = Path(__file__).parents[1] / "fixtures" / "edtech.toml"
    status, _, err = cli(capsys, "--store", str(store), "init", "--seed", str(fixture))
    assert status == 0, err
    assert "Base créée" in err
    with open_root(str(store), fixture) as root:
        assert root.referential.organisations()
        assert not root.seeded.changed  # seeded at creation, nothing left to add
