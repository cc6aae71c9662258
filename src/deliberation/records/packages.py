"""Records of offline packages: what a package was made from, and what bringing it back does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from deliberation.records.opinions import Paragraph


@dataclass(frozen=True)
class PackageInfo:
    """What a package says of itself: the store, body and opinion it was taken from, who took
    it (`made_by`, of the organisation `organisation_uuid`) and the text it was made from."""

    uuid: UUID
    source_store: UUID
    body_uuid: UUID | None
    opinion_uuid: UUID
    organisation_uuid: UUID | None
    base_revision: int
    base_text: tuple[Paragraph, ...]
    made_at: datetime
    made_by: str = ""
