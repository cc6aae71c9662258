"""Where an item opens in the window: the address the home page and the search hand over."""

from __future__ import annotations

from dataclasses import dataclass

PLACE_KINDS = (
    "organisation",
    "delegate",
    "group",
    "meeting",
    "agenda_item",
    "action",
    "consultation",
    "position",
    "opinion",
    "paragraph",
)
"""What a place can name; `Place.id` is the id of the row of that kind, except:
- delegate: the organisation's id, `detail` the delegate's id;
- agenda_item: the meeting's id, `detail` the item's uuid (its decision opens there too);
- action: the meeting's id, `detail` the action's id;
- position: the consultation's id, `detail` « organisation_id:subject_id »;
- paragraph: the opinion's id, `detail` the paragraph's uuid (amendments and comments open on
  their paragraph)."""


@dataclass(frozen=True)
class Place:
    """An item to open: its kind (one of PLACE_KINDS), the row it opens on, a detail inside it."""

    kind: str
    id: int
    detail: str = ""
