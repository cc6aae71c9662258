"""System and SQLite failures are worded in French for the user."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from deliberation.errors import StoreUnavailableError, os_reason, sqlite_reason
from deliberation.store.database import open_store


def test_os_reasons_are_french() -> None:
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == "support en lecture seule"
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "droits insuffisants"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "disque plein"
    assert os_reason(OSError(12345, "Strange")) == "erreur système n° 12345"


def test_sqlite_reasons_are_french() -> None:
    assert "inaccessible" in sqlite_reason("unable to open database file")
    assert sqlite_reason("attempt to write a readonly database") == (
        "support ou fichier en lecture seule"
    )


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("/proc/deliberation-test.sqlite3", "Impossible de créer la base"),
        ("foo://bar", "le type de base « foo » n'est pas pris en charge"),
    ],
)
def test_unusable_locations_get_one_french_sentence(location: str, expected: str) -> None:
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(location)
    message = str(caught.value)
    assert expected in message
    for english in ("unable to open", "Can't load", "plugin", "creating-"):
        assert english not in message
    assert not Path(location).exists()
