"""Shared fixtures: offscreen Qt, an isolated home, and real SQLite stores in temporary folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
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
