"""Work begun and not yet finished, marked in the store, so that a run killed midway (the demo)
finds what it left half written and writes it again."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deliberation.store.database import Store

PREFIX = "unfinished:"


class Unfinished:
    """The marks of one kind of work (`kind`, e.g. « demo:opinion »), each named after what is
    being written (a title).

    `begin(name)` is committed before the first write of the work, `finish(name)` after its
    last: a mark still there on the next run means a process stopped in between (killed), so
    what it wrote under that name is incomplete.
    """

    def __init__(self, store: Store, kind: str) -> None:
        self.store = store
        self.prefix = f"{PREFIX}{kind}:"

    def key(self, name: str) -> str:
        """The mark's key: a digest of the name (the keys are limited to 200 characters)."""
        digest = hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:32]
        return f"{self.prefix}{digest}"

    def pending(self, names: list[str]) -> list[str]:
        """Those of `names` whose work was begun and never finished."""
        from deliberation.store.seed import marks

        with self.store.reading() as s:
            found = marks(s, self.prefix)
        return [name for name in names if self.key(name) in found]

    def begin(self, name: str) -> None:
        from deliberation.store.seed import add_mark

        with self.store.session() as s:
            add_mark(s, self.key(name))

    def finish(self, name: str) -> None:
        from deliberation.store.seed import remove_mark

        with self.store.session() as s:
            remove_mark(s, self.key(name))
