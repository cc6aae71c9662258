"""What every part of the opinions' use cases shares: the store, the user, today."""

from __future__ import annotations

from datetime import date

from deliberation.services.positions import Positions
from deliberation.store.database import Store

COMMENT_MAX = 10_000
NOTE_MAX = 2_000


class OpinionsBase:
    """The open store and the positions' service the opinions' use cases work with."""

    def __init__(self, store: Store, positions: Positions) -> None:
        self.store = store
        self.positions = positions

    @property
    def user(self) -> str:
        return self.positions.user

    @property
    def today(self) -> date:
        return self.positions.today
