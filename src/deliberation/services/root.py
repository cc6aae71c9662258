"""The root object of one open store: the store, the clock, the current user and the use cases."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.records.connection import Identity, SharedBackup
from deliberation.records.referential import SeedReport

if TYPE_CHECKING:
    from deliberation.records.access import Capabilities
    from deliberation.services.home import Home
    from deliberation.services.meetings import Meetings
    from deliberation.services.opinions import Opinions
    from deliberation.services.outbox import Outbox
    from deliberation.services.positions import Positions
    from deliberation.services.referential import Referential
    from deliberation.services.search import Search
    from deliberation.services.users import Users
    from deliberation.store.database import Store


class Root:
    """Everything an entry point works with, built once per entry point and passed down.

    The window, each command of the command line, the demo and the tests build one root for the
    store they open; screens and commands receive it (or one of its use cases) and never build a
    use case themselves. The use cases are made on first use, so a command that lists meetings
    does not import the code of opinions.

    Attributes:
        store: the open store (SQLite file or PostgreSQL database).
        seeded: what seeding added when the store was opened (nothing for an existing store).
        referential, meetings, positions, opinions: the use cases, sharing the clock and user.
    """

    def __init__(
        self,
        store: Store,
        *,
        today: date | None = None,
        user: str = "",
        seeded: SeedReport | None = None,
    ) -> None:
        self.store = store
        self.seeded = seeded or SeedReport(())
        self._today = today
        self._user = user

    def today(self) -> date:
        """The day the use cases work on: a fixed day (demo, tests) or the calendar's."""
        return self._today or date.today()

    @property
    def user(self) -> str:
        """Who is recorded as making the changes (« Secrétariat » when no name is set)."""
        return self.positions.user

    @user.setter
    def user(self, name: str) -> None:
        self.positions.user = name

    def acting(self, *, user: str | None = None, today: date | None = None) -> Root:
        """A root over the same store for another person or another day (the demo's members)."""
        return Root(
            self.store,
            today=today or self._today,
            user=self.user if user is None else user,
            seeded=self.seeded,
        )

    @cached_property
    def capabilities(self) -> Capabilities:
        """What the person connected may change (everything on a SQLite store; on a shared one,
        what the server grants the login), read once when first asked."""
        from deliberation.store.roles import capabilities

        return capabilities(self.store)

    def create_roles(self) -> dict[str, int]:
        """Create the shared store's three roles and their grants (see store/roles.py)."""
        from deliberation.store.roles import create_roles

        return create_roles(self.store)

    def grant_role(self, login: str, role: str) -> None:
        """Give a login of the shared store's server one of the three roles."""
        from deliberation.store.roles import grant_role

        grant_role(self.store, login, role)

    @cached_property
    def referential(self) -> Referential:
        from deliberation.services.referential import Referential

        return Referential(self.store, self._today)

    @cached_property
    def meetings(self) -> Meetings:
        from deliberation.services.meetings import Meetings

        return Meetings(self.store, self._today)

    @cached_property
    def positions(self) -> Positions:
        from deliberation.services.positions import Positions

        return Positions(self.store, self._today, self._user)

    @cached_property
    def opinions(self) -> Opinions:
        from deliberation.services.opinions import Opinions

        return Opinions(self.store, self.positions)

    @cached_property
    def home(self) -> Home:
        from deliberation.services.home import Home

        return Home(self.store, self._today)

    @cached_property
    def outbox(self) -> Outbox:
        from deliberation.services.outbox import Outbox

        return Outbox(self.store)

    @cached_property
    def users(self) -> Users:
        from deliberation.services.users import Users

        return Users(self.store)

    @cached_property
    def identity(self) -> Identity | None:
        """The person behind the database login on a shared store (None on SQLite)."""
        return self.users.me()

    @cached_property
    def search(self) -> Search:
        from deliberation.services.search import Search

        return Search(self.store)

    def save_copy(self, target: Path) -> Path:
        """Copy the store to `target` while it stays open (SQLite's online backup); a shared
        PostgreSQL store is refused in one sentence (pg_dump is its administrator's)."""
        from deliberation.store.backup import save_copy

        return save_copy(self.store.location, target)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Root:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_existing_root(location: str) -> Root:
    """Root a store that exists, without creating or upgrading it (the command line's reads)."""
    from deliberation.store.database import open_store

    root = Root(open_store(location, migrate=False))
    try:
        _record_as_login(root)
    except Exception:
        root.close()
        raise
    return root


def _record_as_login(root: Root) -> None:
    """On a shared store, changes are recorded under the name given to the database login."""
    if root.identity is not None:
        root.user = root.identity.name


def schema_revision() -> str:
    """The schema revision this version of the application writes."""
    from deliberation.store.schema import HEAD

    return HEAD


def open_root(
    location: str,
    seed_file: Path | None = None,
    *,
    password: str | None = None,
    backup: SharedBackup | None = None,
) -> Root:
    """Open (create, migrate) the store at `location`, add any missing seed entries, and root it.

    `seed_file` is another body's composition (TOML, like resources/seed/committee.toml);
    by default the committee's. On a shared store, `password` is the login's (given apart from
    the URL), `backup` what stands for a backup before a migration, and the user recorded on
    every change is the name the secretariat gave the login (the login itself until then).
    """
    from deliberation.services.referential import load_seed
    from deliberation.store.database import open_store

    data = load_seed(seed_file)  # before the store: a bad file must not leave a new store behind
    reports: list[SeedReport] = []

    def seed_new(new: Store) -> None:
        # A new store is seeded before it is moved into place: a seed file whose entries are
        # wrong leaves no store behind.
        reports.append(Root(new).referential.seed(data))

    store = open_store(location, prepare=seed_new, password=password, backup=backup)
    try:
        root = Root(store)
        if store.created and reports:
            root.seeded = reports[-1]
        elif not store.read_only and root.capabilities.referential:
            # a read-only store, or a login that may not write the referential, sees it as it is
            root.seeded = root.referential.seed(data)
        _record_as_login(root)
    except Exception:
        store.close()
        raise
    return root
