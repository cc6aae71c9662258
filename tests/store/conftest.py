"""Fixtures of the store tests: a fresh database on the PostgreSQL test server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER = os.environ.get("DELIBERATION_TEST_PG_URL")
needs_postgres = pytest.mark.skipif(
    not SERVER, reason="no PostgreSQL server (DELIBERATION_TEST_PG_URL)"
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    assert SERVER
    name = f"deliberation_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def login() -> Iterator[str]:
    """A login of its own on the test server (roles are cluster-wide), dropped afterwards."""
    assert SERVER
    name = f"deliberation_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


PASSWORD = "Mot-de-passe-du-serveur-9"
"""The password of `password_server`'s login."""


@pytest.fixture(scope="session")
def password_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster of its own that checks passwords (scram-sha-256), unlike
    the shared test server (trust); yields the URL (no password) of its database « comite »,
    whose login « deliberation » has PASSWORD. Skipped without PostgreSQL's programs."""
    import glob
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("no PostgreSQL programs (initdb) on this machine")
    bindir = Path(found[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="deliberation-pgpass-", dir="/tmp"))
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(folder, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    secret = folder / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    if as_owner:
        shutil.chown(secret, "postgres")
    data = folder / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT, "check": True}
    subprocess.run(
        [*as_owner, str(bindir / "initdb"), "-D", str(data), "-U", "deliberation",
         "--auth=scram-sha-256", f"--pwfile={secret}", "--encoding=UTF8", "--locale=C.UTF-8"],
        **quiet,
    )  # fmt: skip
    port = "54331"
    subprocess.run(
        [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
         "-o", f"-k {folder} -c listen_addresses='' -p {port}", "start"],
        **quiet,
    )  # fmt: skip
    try:
        base = f"postgresql+psycopg://deliberation@/postgres?host={folder}&port={port}"
        admin = create_engine(
            base, isolation_level="AUTOCOMMIT", connect_args={"password": PASSWORD}
        )
        with admin.connect() as connection:
            connection.execute(text('CREATE DATABASE "comite"'))
        admin.dispose()
        yield f"postgresql+psycopg://deliberation@/comite?host={folder}&port={port}"
    finally:
        subprocess.run(
            [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], **quiet
        )
        shutil.rmtree(folder, ignore_errors=True)
