"""Records of the home page: the day's work (next meetings, actions, consultations, opinions) and
what changed since the user last opened the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from deliberation.records.i18n import PLURALS, QT_TRANSLATE_NOOP, Sentence
from deliberation.records.places import Place

OPINIONS_IN_PROGRESS = ("draft", "consultation", "consolidated")
"""The stages of an opinion still being worked on (not adopted, published nor abandoned)."""
MEETINGS_AHEAD = ("planned", "postponed")
"""The statuses of a meeting still to be held."""

AGENDA_STATES = {
    "empty": QT_TRANSLATE_NOOP("labels", "Ordre du jour vide"),
    "preparing": QT_TRANSLATE_NOOP("labels", "Ordre du jour en préparation"),
    "sent": QT_TRANSLATE_NOOP("labels", "Convocation envoyée"),
}
"""How far a meeting's agenda has come: no item yet, items but no convocation sent, sent."""

_CHANGE_WORDS = {  # in the order the home page lists them: (one, many)
    "organisation": (
        QT_TRANSLATE_NOOP("labels", "organisation"),
        QT_TRANSLATE_NOOP("labels-plural", "organisations"),
    ),
    "delegate": (
        QT_TRANSLATE_NOOP("labels", "délégué"),
        QT_TRANSLATE_NOOP("labels-plural", "délégués"),
    ),
    "group": (
        QT_TRANSLATE_NOOP("labels", "groupe de travail"),
        QT_TRANSLATE_NOOP("labels-plural", "groupes de travail"),
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("labels", "séance"),
        QT_TRANSLATE_NOOP("labels-plural", "séances"),
    ),
    "agenda_item": (
        QT_TRANSLATE_NOOP("labels", "point d'ordre du jour"),
        QT_TRANSLATE_NOOP("labels-plural", "points d'ordre du jour"),
    ),
    "action": (
        QT_TRANSLATE_NOOP("labels", "action"),
        QT_TRANSLATE_NOOP("labels-plural", "actions"),
    ),
    "consultation": (
        QT_TRANSLATE_NOOP("labels", "consultation"),
        QT_TRANSLATE_NOOP("labels-plural", "consultations"),
    ),
    "position": (
        QT_TRANSLATE_NOOP("labels", "position"),
        QT_TRANSLATE_NOOP("labels-plural", "positions"),
    ),
    "opinion": (QT_TRANSLATE_NOOP("labels", "avis"), QT_TRANSLATE_NOOP("labels-plural", "avis")),
    "paragraph": (
        QT_TRANSLATE_NOOP("labels", "paragraphe d'avis"),
        QT_TRANSLATE_NOOP("labels-plural", "paragraphes d'avis"),
    ),
    "amendment": (
        QT_TRANSLATE_NOOP("labels", "amendement"),
        QT_TRANSLATE_NOOP("labels-plural", "amendements"),
    ),
    "comment": (
        QT_TRANSLATE_NOOP("labels", "commentaire"),
        QT_TRANSLATE_NOOP("labels-plural", "commentaires"),
    ),
}
CHANGE_KINDS = {
    kind: (one, Sentence.in_context(PLURALS, many)) for kind, (one, many) in _CHANGE_WORDS.items()
}
"""The kinds of rows « since your last visit » counts, with their French names: the singular a
label, the plural a Sentence of "labels-plural" (« avis » is both, « opinion » and « opinions »)."""


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting ahead: when, which body, how far its agenda has come, who has not confirmed."""

    id: int
    kind: str
    body_label: str  # the working group's name; empty for the plenary
    title: str
    day: date
    start: time
    status: str
    item_count: int
    agenda_state: str  # a key of AGENDA_STATES
    convened_count: int
    unconfirmed: tuple[str, ...]  # acronyms of the convened whose attendance is not known

    @property
    def place(self) -> Place:
        return Place("meeting", self.id)


@dataclass(frozen=True)
class OpenAction:
    """An action still open, with whom it is on and the meeting that asked for it."""

    id: int
    meeting_id: int | None
    title: str
    owner_label: str
    meeting_label: str
    due_date: date | None
    status: str
    overdue: bool

    @property
    def place(self) -> Place:
        return Place("action", self.meeting_id or 0, str(self.id))


@dataclass(frozen=True)
class OpenConsultation:
    """A consultation open today, with its answer rate (organisations that answered every
    subject, out of those consulted) and whether it closes within two weeks."""

    id: int
    title: str
    opened_on: date
    deadline: date | None
    consulted_count: int
    answered_count: int
    closing_soon: bool

    @property
    def place(self) -> Place:
        return Place("consultation", self.id)


@dataclass(frozen=True)
class OpinionInProgress:
    """A draft opinion not yet adopted, published or abandoned, at its stage (status)."""

    id: int
    kind: str
    title: str
    status: str
    group_label: str
    updated_at: datetime

    @property
    def place(self) -> Place:
        return Place("opinion", self.id)


@dataclass(frozen=True)
class ChangedItem:
    """One row changed since the last visit: what it is, and where it opens."""

    label: str
    place: Place
    changed_at: datetime


@dataclass(frozen=True)
class ChangeGroup:
    """The rows of one kind (a key of CHANGE_KINDS) changed since the last visit: how many, and
    the most recent few."""

    kind: str
    count: int
    latest: tuple[ChangedItem, ...]


@dataclass(frozen=True)
class HomeOverview:
    """Everything the home page shows, read at once.

    `since` is when the user last opened the store (None: never, so nothing is said to have
    changed); the counts are of all the open actions and overdue ones, the lists only the first.
    """

    today: date
    since: datetime | None
    meetings: tuple[UpcomingMeeting, ...]
    actions: tuple[OpenAction, ...]
    open_actions: int
    overdue_actions: int
    consultations: tuple[OpenConsultation, ...]
    opinions: tuple[OpinionInProgress, ...]
    changes: tuple[ChangeGroup, ...]
