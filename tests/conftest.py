"""Shared fixtures: offscreen Qt, an isolated home, real SQLite stores, the demo, LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

# Without a display Qt aborts the whole process; set the platform before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real store or settings.
_HOME = tempfile.mkdtemp(prefix="deliberation-tests-home-")
os.environ["XDG_DATA_HOME"] = str(Path(_HOME) / "data")
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / "config")
os.environ["XDG_STATE_HOME"] = str(Path(_HOME) / "state")
os.environ["XDG_CACHE_HOME"] = str(Path(_HOME) / "cache")
os.environ.pop("DELIBERATION_STORE", None)

import pytest  # noqa: E402

from deliberation.demo import run_demo  # noqa: E402
from deliberation.services.meetings import Meetings  # noqa: E402
from deliberation.services.opinions import Opinions  # noqa: E402
from deliberation.services.positions import Positions  # noqa: E402
from deliberation.services.referential import Referential  # noqa: E402
from deliberation.services.root import Root, open_root  # noqa: E402


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Where a test's store lives (not created yet)."""
    return tmp_path / "store.sqlite3"


@pytest.fixture
def opened(store_path: Path) -> Iterator[Root]:
    """A new store, migrated and seeded with the committee's composition."""
    result = open_root(str(store_path))
    yield result
    result.close()


DEMO_DAY = date(2026, 3, 10)  # the demo store's "today": meetings from July 2025 to June 2026


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole demo generated on DEMO_DAY, once per run (once per xdist worker).

    Never write to it: take `demo_copy` instead.
    """
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    opened = open_root(str(path))
    try:
        assert run_demo(opened, today=DEMO_DAY).changed
    finally:
        opened.close()
    return path


@pytest.fixture
def demo_copy(demo_file: Path, store_path: Path) -> Path:
    """A test's own copy of the demo store, at `store_path`, to open and change.

    Not with `opened`, which makes a new store at the same place.
    """
    shutil.copyfile(demo_file, store_path)
    return store_path


@pytest.fixture
def demo_root(demo_copy: Path) -> Iterator[Root]:
    """The test's copy of the demo store, opened; its services see the day it was generated."""
    result = open_root(str(demo_copy)).acting(today=DEMO_DAY)
    yield result
    result.close()


@pytest.fixture(scope="session")
def libreoffice_profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`-env:UserInstallation=…`: one LibreOffice profile per xdist worker, reused by its tests.

    Each worker has its own temporary root, so two workers never share a profile (LibreOffice
    refuses a profile in use), and the profile is created once instead of once per test.
    """
    return f"-env:UserInstallation={tmp_path_factory.mktemp('libreoffice').as_uri()}"


@pytest.fixture
def referential(opened: Root) -> Referential:
    return opened.referential


@pytest.fixture
def meetings(opened: Root) -> Meetings:
    return opened.meetings


@pytest.fixture
def positions(opened: Root) -> Positions:
    return opened.positions


@pytest.fixture
def opinions(opened: Root) -> Opinions:
    return opened.opinions


@pytest.fixture(autouse=True)
def _collect_qt_objects() -> Iterator[None]:
    """Free what a test left behind on the main thread, now.

    Left to the garbage collector, unparented Qt objects (an opinion session with its timer)
    may be freed later on another test's worker thread, which crashes Qt.
    """
    yield
    import gc

    gc.collect()


QtFreeRun = Callable[[str, list[list[str]], Path], "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_without_qt() -> QtFreeRun:
    """Runs command lines in one fresh interpreter, which fails if any of them fails or if
    Qt's widgets (or GUI module) were imported: the commands must work without a display."""

    def run(store: str, commands: list[list[str]], cwd: Path) -> subprocess.CompletedProcess[str]:
        code = (
            "import sys\n"
            "from deliberation.cli import main\n"
            f"for args in {commands!r}:\n"
            f"    assert main(['--store', {store!r}, *args]) == 0, args\n"
            "assert 'PySide6.QtWidgets' not in sys.modules\n"
            "assert 'PySide6.QtGui' not in sys.modules\n"
        )
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd)

    return run
