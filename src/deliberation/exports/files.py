"""Writing an export atomically: into a temporary file beside the target, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from deliberation.errors import ExportError, os_reason


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then rename the result onto `target`.

    Either the complete new file is at `target`, or the file that was there (if any) is left as it
    was and no temporary file remains. An operating-system failure becomes an ExportError with one
    French sentence; any other error from `write` propagates after the cleanup.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExportError(f"Impossible d'écrire « {target} » : c'est un dossier.")
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise ExportError(
            f"Impossible d'écrire dans le dossier « {folder} » : {os_reason(exc)}."
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
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"Impossible d'écrire « {target} » : {os_reason(exc)}.") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
