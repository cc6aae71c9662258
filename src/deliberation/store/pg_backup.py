"""A shared database's backup before a migration, written by PostgreSQL's own pg_dump."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from deliberation.errors import StoreUnavailableError, os_reason
from deliberation.paths import create_private_file, make_private_dirs
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

DUMP_TIMEOUT = 3600  # seconds: a committee's database dumps in seconds; a stuck server is said


def pg_dump_program() -> str | None:
    """pg_dump's path, or None when it is not installed."""
    return shutil.which("pg_dump")


def dump(url: URL, password: str | None, target: Path) -> Path:
    """Write the database at `url` to `target` (pg_dump's custom format, restored with
    pg_restore), readable by its owner only; the password goes by the environment, never the
    command line. Raises StoreUnavailableError in one sentence when no dump could be made (a
    partial file is removed)."""
    program = pg_dump_program()
    if program is None:
        raise StoreUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "pg_dump n'est pas installé sur ce poste : faites la sauvegarde "
                "de la base autrement, puis confirmez qu'elle existe.",
            )
        )
    environment = dict(os.environ)
    query = {
        key: value if isinstance(value, str) else value[-1] for key, value in url.query.items()
    }
    settings = {
        "PGHOST": url.host or query.get("host"),
        "PGPORT": str(url.port) if url.port else query.get("port"),
        "PGDATABASE": url.database,
        "PGUSER": url.username or query.get("user"),
        "PGSSLMODE": query.get("sslmode"),
        "PGPASSWORD": password or url.password or query.get("password"),
    }
    environment.update({key: str(value) for key, value in settings.items() if value})
    target = Path(target)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        make_private_dirs(target.parent)
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        finished = subprocess.run(
            [program, "--format=custom", "--no-password", f"--file={partial}"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=DUMP_TIMEOUT,
            check=False,
        )
        if finished.returncode != 0:
            reason = (finished.stderr.strip().splitlines() or ["erreur inconnue"])[-1]
            raise StoreUnavailableError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La sauvegarde par pg_dump a échoué ({reason}) : la base "
                        "n'a pas été mise à jour.",
                    ),
                    reason=reason.removeprefix("pg_dump: "),
                )
            )
        os.replace(partial, target)
    except subprocess.TimeoutExpired as exc:
        raise StoreUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "La sauvegarde par pg_dump n'a pas abouti dans le temps imparti "
                ": la base n'a pas été mise à jour.",
            )
        ) from exc
    except OSError as exc:
        raise StoreUnavailableError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'écrire la sauvegarde {target} : {reason}."
                ),
                target=target,
                reason=os_reason(exc),
            )
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target
