"""Cleaning what a killed run left beside a store: half-made stores, backup pieces, backups of
migrations that never finished, temporary export files; never anything else."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# A temporary file whose process cannot be checked (no PID, or Windows) is stale after this long.
STALE_AFTER_S = 3600
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")
EXPORT_SUFFIXES = (".docx", ".xlsx", ".ics")


def creating_name(path: Path, pid: int) -> Path:
    """Where process `pid` builds a new store before moving it to `path`."""
    return path.with_name(f".{path.name}.creating-{pid}")


def partial_backup_name(backup: Path, pid: int) -> Path:
    """Where process `pid` copies a backup before moving it to `backup`."""
    return backup.with_name(f"{backup.name}.{pid}.partial")


def migrating_marker(path: Path, pid: int) -> Path:
    """The file saying that process `pid` is migrating `path`; it holds the backup's name."""
    return path.with_name(f".{path.name}.migrating-{pid}")


def backup_name(path: Path, revision: str, stamp: str) -> Path:
    """The copy of `path` made before migrating it from `revision`."""
    return path.with_name(f"{path.stem}.avant-migration-{revision}-{stamp}{path.suffix}")


def process_alive(pid: int) -> bool:
    """Whether process `pid` may still be running (True when it cannot be told)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32" or pid <= 0:
        return True  # os.kill would end the process on Windows: rely on the file's age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def _stale(pid: int | None, file: Path, now: float) -> bool:
    """Left by a process that is gone: its PID is dead, or it cannot be told and it is old."""
    if pid is not None and sys.platform != "win32" and pid > 0:
        return not process_alive(pid)
    try:
        return file.stat().st_mtime < now - STALE_AFTER_S
    except OSError:
        return False


def clean_leftovers(path: Path, revision_of: Callable[[Path], str | None]) -> list[Path]:
    """Remove what killed runs left beside the store file `path`; returns what was removed.

    - `.NAME.creating-PID` (and its -wal, -shm, -journal): a store being made by a process
      that is gone;
    - `STEM.avant-migration-….partial` pieces of a backup whose copy was interrupted;
    - the backup of a migration that never finished (its marker `.NAME.migrating-PID` is there,
      its process gone, and the store, per `revision_of`, is still at the backup's revision):
      the store is as it was, the next migration makes its own;
    - temporary export files (« .name-xxxxxxxx.docx », .xlsx, .ics) over an hour old.

    Anything whose process may still run, or that does not follow these names exactly, stays.
    Failures to remove are ignored: the cleaning never stops a store from opening.
    """
    folder = path.parent
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return []
    now = time.time()
    creating = re.compile(rf"\.{re.escape(path.name)}\.creating-(\d+)(-wal|-shm|-journal)?")
    partial = re.compile(
        rf"{re.escape(path.stem)}\.avant-migration-[^/\\]+{re.escape(path.suffix)}(?:\.(\d+))?"
        r"\.partial"
    )
    migrating = re.compile(rf"\.{re.escape(path.name)}\.migrating-(\d+)")
    export = re.compile(
        r"\.[^/\\]+-[a-z0-9_]{8}(" + "|".join(re.escape(s) for s in EXPORT_SUFFIXES) + ")",
        re.IGNORECASE,
    )
    removed: list[Path] = []

    def remove(file: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            try:
                if file.is_file() and not file.is_symlink():
                    file.unlink()
                    removed.append(file)
            except OSError as exc:
                log.info("cannot remove %s: %s", file, exc)

    for name in names:
        file = folder / name
        if match := creating.fullmatch(name):
            if _stale(int(match.group(1)), file, now):
                remove(file)
        elif match := partial.fullmatch(name):
            if _stale(int(match.group(1)) if match.group(1) else None, file, now):
                remove(file)
        elif match := migrating.fullmatch(name):
            if _stale(int(match.group(1)), file, now):
                _unfinished_migration(path, file, revision_of, remove)
        elif export.fullmatch(name) and _stale(None, file, now):
            remove(file)
    if removed:
        log.info("removed what interrupted runs left beside %s: %s", path, removed)
    return removed


def _unfinished_migration(
    path: Path,
    marker: Path,
    revision_of: Callable[[Path], str | None],
    remove: Callable[[Path], None],
) -> None:
    """The marker of a migration whose process is gone: its backup goes too if the store was
    left at the backup's revision (the migration rolled back), else the backup is kept."""
    try:
        backup = path.with_name(marker.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return
    prefix = f"{path.stem}.avant-migration-"
    if backup.name.startswith(prefix) and backup.parent == path.parent:
        revision = revision_of(path)
        made_from = backup.name[len(prefix) :]
        if revision is not None and made_from.startswith(f"{revision}-"):
            remove(backup)
        elif revision is None:
            return  # the store cannot be read now: keep both, decide on a later start
    remove(marker)
