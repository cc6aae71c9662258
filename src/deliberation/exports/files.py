"""Writing an export atomically: into a temporary file beside the target, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from deliberation.errors import ExportError, os_reason
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

# A temporary file older than this was left by a writer that was killed: no export takes so long.
STALE_AFTER_S = 3600


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then rename the result onto `target`.

    Either the complete new file is at `target`, or the file that was there (if any) is left as it
    was and no temporary file remains. A new file is readable by its owner only (0600: exports
    name delegates); one replaced keeps the permissions it had. The process umask is never
    touched (exports run on worker threads while the window writes other files). Temporary files
    of the same target left by a killed export (over an hour old) are removed first. An
    operating-system failure becomes an ExportError with one French sentence; any other error
    from `write` propagates after the cleanup.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible d'écrire « {target} » : c'est un dossier."),
                target=target,
            )
        )
    folder = target.parent
    remove_stale_temporaries(target)
    try:
        # mkstemp creates the file 0600, whatever the umask; the writers below keep that mode.
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'écrire dans le dossier « {folder} » : {reason}."
                ),
                folder=folder,
                reason=os_reason(exc),
            )
        ) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb+") as done:
            os.fsync(done.fileno())
        if target.exists():  # keep the existing file's permissions
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Impossible d'écrire « {target} » : {reason}."),
                target=target,
                reason=os_reason(exc),
            )
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def remove_stale_temporaries(target: Path, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Remove the temporary files `write_atomically` made for `target` and a killed process left
    behind (named like « .stem-xxxxxxxx.suffix », older than `older_than` seconds); nothing else
    is touched. Returns what was removed."""
    pattern = re.compile(
        rf"\.{re.escape(target.stem)}-[a-z0-9_]{{8}}{re.escape(target.suffix)}", re.IGNORECASE
    )
    limit = time.time() - older_than
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
