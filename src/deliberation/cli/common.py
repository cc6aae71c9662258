"""What every command shares: one-sentence failures, opening an existing store, JSON output,
showing one record."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deliberation.cli.arguments import PROG
from deliberation.errors import StoreError, StoreOutdatedError
from deliberation.paths import is_url, sqlite_url_path

if TYPE_CHECKING:
    from deliberation.services.reading import AnyRoot
    from deliberation.services.root import Root


def fail(message: str, status: int = 1) -> int:
    """Say what went wrong in one line on the error output; returns the exit status."""
    print(f"{PROG} : {message}", file=sys.stderr)
    return status


def open_existing(location: str) -> Root:
    """Open a store, refusing to create one or to upgrade it as a side effect."""
    from deliberation.services.root import open_existing_root

    path = sqlite_url_path(location) if is_url(location) else Path(location)
    if path is not None and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
        raise StoreError(
            f"Aucune base n'existe à l'emplacement {path} ; créez-la avec « {PROG} init »."
        )
    try:
        return open_existing_root(location)
    except StoreOutdatedError as exc:
        raise StoreOutdatedError(f"{str(exc).rstrip('.')} ; lancez « {PROG} init ».") from exc


def open_for_reading(location: str) -> AnyRoot:
    """Open a store for a command that only reads: a SQLite store file is read with the
    standard library alone (services/reading.py: no SQLAlchemy, no models, so the command
    starts at once); a database URL, or a store the usual opening must word or refuse
    (absent, to be upgraded), goes through `open_existing`."""
    from deliberation.services.reading import open_reading_root

    root = open_reading_root(location)
    return root if root is not None else open_existing(location)


def write_json(rows: Any) -> None:
    """UTF-8 JSON on the standard output, whatever the terminal's encoding."""
    text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def emit(document: Any, as_json: bool, as_text: Callable[[Any], str]) -> int:
    """Print a command's result as JSON or as text for a terminal; the exit status (0)."""
    if as_json:
        write_json(document)
    else:
        print(as_text(document))
    return 0


def show(
    location: str,
    as_json: bool,
    fetch: Callable[[Root], Any],
    as_text: Callable[[Any], str],
    *,
    fast: Callable[[AnyRoot], Any] | None = None,
) -> int:
    """The `show` commands' body: open the store, fetch the document from it, print it as JSON or
    as text; the exit status (0). With `fast`, a fetch that needs only the fast reads, the store
    is opened by `open_for_reading`."""
    if fast is not None:
        with open_for_reading(location) as any_root:
            document = fast(any_root)
        return emit(document, as_json, as_text)
    with open_existing(location) as root:
        document = fetch(root)
    return emit(document, as_json, as_text)
