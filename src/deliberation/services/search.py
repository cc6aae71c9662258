"""Search across the store: a typed query to hits, each naming its kind, snippet and place."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from deliberation.records.i18n import AREAS, LABELS, PLURALS, QT_TRANSLATE_NOOP, Sentence
from deliberation.records.places import Place
from deliberation.rules.wording import read_long_date
from deliberation.store.database import Store
from deliberation.store.search import MARK_END, MARK_START, IndexEntry, find_entries

# What an entry is, in the order the window lists them: (singular, heading); the heading is a
# Sentence of "labels-plural" (« Avis » is the singular too: « Opinion », « Opinions »).
_KIND_WORDS = {
    "organisation": (
        QT_TRANSLATE_NOOP("labels", "Organisation"),
        QT_TRANSLATE_NOOP("labels-plural", "Organisations"),
    ),
    "former_name": (
        QT_TRANSLATE_NOOP("labels", "Ancien nom"),
        QT_TRANSLATE_NOOP("labels-plural", "Anciens noms"),
    ),
    "delegate": (
        QT_TRANSLATE_NOOP("labels", "Délégué"),
        QT_TRANSLATE_NOOP("labels-plural", "Délégués"),
    ),
    "group": (
        QT_TRANSLATE_NOOP("labels", "Groupe de travail"),
        QT_TRANSLATE_NOOP("labels-plural", "Groupes de travail"),
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("labels", "Séance"),
        QT_TRANSLATE_NOOP("labels-plural", "Séances"),
    ),
    "agenda_item": (
        QT_TRANSLATE_NOOP("labels", "Point de l'ordre du jour"),
        QT_TRANSLATE_NOOP("labels-plural", "Points de l'ordre du jour"),
    ),
    "decision": (
        QT_TRANSLATE_NOOP("labels", "Décision"),
        QT_TRANSLATE_NOOP("labels-plural", "Décisions"),
    ),
    "action": (
        QT_TRANSLATE_NOOP("labels", "Action"),
        QT_TRANSLATE_NOOP("labels-plural", "Actions"),
    ),
    "consultation": (
        QT_TRANSLATE_NOOP("labels", "Consultation"),
        QT_TRANSLATE_NOOP("labels-plural", "Consultations"),
    ),
    "position": (
        QT_TRANSLATE_NOOP("labels", "Position"),
        QT_TRANSLATE_NOOP("labels-plural", "Positions"),
    ),
    "opinion": (QT_TRANSLATE_NOOP("labels", "Avis"), QT_TRANSLATE_NOOP("labels-plural", "Avis")),
    "paragraph": (
        QT_TRANSLATE_NOOP("labels", "Paragraphe"),
        QT_TRANSLATE_NOOP("labels-plural", "Paragraphes"),
    ),
    "amendment": (
        QT_TRANSLATE_NOOP("labels", "Amendement"),
        QT_TRANSLATE_NOOP("labels-plural", "Amendements"),
    ),
    "comment": (
        QT_TRANSLATE_NOOP("labels", "Commentaire"),
        QT_TRANSLATE_NOOP("labels-plural", "Commentaires"),
    ),
}
KINDS: dict[str, tuple[str, str]] = {
    kind: (one, Sentence.in_context(PLURALS, heading))
    for kind, (one, heading) in _KIND_WORDS.items()
}

# The place an entry opens, when it is not of its own kind.
_PLACE_KINDS = {
    "former_name": "organisation",
    "decision": "agenda_item",
    "amendment": "paragraph",
    "comment": "paragraph",
}
_UUID_DETAILS = {"agenda_item", "paragraph"}

# Where each place opens, as the user reads it: the name of an area of the window (« areas »).
_AREAS = {
    "organisation": QT_TRANSLATE_NOOP("areas", "Référentiel"),
    "delegate": QT_TRANSLATE_NOOP("areas", "Référentiel"),
    "group": QT_TRANSLATE_NOOP("areas", "Groupes de travail"),
    "meeting": QT_TRANSLATE_NOOP("areas", "Séances"),
    "agenda_item": QT_TRANSLATE_NOOP("areas", "Séances"),
    "action": QT_TRANSLATE_NOOP("areas", "Séances"),
    "consultation": QT_TRANSLATE_NOOP("areas", "Positions"),
    "position": QT_TRANSLATE_NOOP("areas", "Positions"),
    "opinion": QT_TRANSLATE_NOOP("areas", "Avis"),
    "paragraph": QT_TRANSLATE_NOOP("areas", "Avis"),
}
_INSIDE = {
    "delegate": QT_TRANSLATE_NOOP("labels", "fiche du délégué"),
    "agenda_item": QT_TRANSLATE_NOOP("labels", "point de l'ordre du jour"),
    "action": QT_TRANSLATE_NOOP("labels", "action"),
    "position": QT_TRANSLATE_NOOP("labels", "ligne de la synthèse"),
    "paragraph": QT_TRANSLATE_NOOP("labels", "paragraphe"),
}

_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A piece of a title or snippet; `matched` if it is one of the words searched for."""

    text: str
    matched: bool = False


@dataclass(frozen=True)
class Hit:
    """One thing found: what it is, what it is called, where it is, the words around the match."""

    kind: str
    kind_label: str
    title: tuple[Segment, ...]
    context: str
    snippet: tuple[Segment, ...]
    place: Place
    where: str  # where it opens, in words (« Avis › … › paragraphe »)

    @property
    def title_text(self) -> str:
        return "".join(segment.text for segment in self.title)

    @property
    def snippet_text(self) -> str:
        return "".join(segment.text for segment in self.snippet)


def query_words(query: str) -> list[str]:
    """The words of a typed query: letters and digits; one-letter words (the « l » of
    « l'établissement ») only when nothing else is typed."""
    words = _WORD.findall(query)
    longer = [word for word in words if len(word) > 1 or word.isdigit()]
    return longer or words


def segments(marked: str) -> tuple[Segment, ...]:
    """A marked title or snippet as segments, the matched words flagged."""
    parts: list[Segment] = []
    marked = _SPACES.sub(" ", marked).strip()
    for index, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", marked)):
        if piece:
            parts.append(Segment(piece, matched=index % 2 == 1))
    return tuple(parts)


class Search:
    """The search across organisations, delegates, meetings, consultations and opinions."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def find(self, query: str, kinds: Sequence[str] = (), limit: int = 50) -> list[Hit]:
        """The hits for `query` (accent- and case-blind, each word a prefix, all required),
        best first; `kinds` (keys of KINDS) keeps those kinds only."""
        words = query_words(query)
        if not words:
            return []
        with self.store.reading() as session:
            entries = find_entries(session, words, tuple(kinds), limit)
        return [hit for hit in map(_hit, entries) if hit is not None]


def _hit(entry: IndexEntry) -> Hit | None:
    labels = KINDS.get(entry.kind)
    if labels is None:
        return None
    place_kind = _PLACE_KINDS.get(entry.kind, entry.kind)
    detail = entry.detail
    if place_kind in _UUID_DETAILS and detail:
        try:
            detail = str(uuid.UUID(detail))
        except ValueError:
            detail = ""
    place = Place(place_kind, entry.place_id or 0, detail)
    title = segments(entry.title) if entry.title else (Segment(entry.label),)
    snippet = segments(entry.snippet)
    steps: list[str] = [Sentence.in_context(AREAS, _AREAS[place_kind])]
    if place_kind in ("paragraph", "position", "agenda_item", "delegate", "action"):
        steps.append(_context(entry.context) or entry.label)
        steps.append(Sentence.in_context(LABELS, _INSIDE[place_kind]))
    else:
        steps.append(entry.label)
        steps.append(_context(entry.context))
    shown = {f"step{i}": step for i, step in enumerate(step for step in steps if step)}
    return Hit(
        kind=entry.kind,
        kind_label=labels[0],
        title=title,
        context=entry.context,
        snippet=snippet,
        place=place,
        where=Sentence.in_context(LABELS, " › ".join(f"{{{name}}}" for name in shown), **shown),
    )


_MEETING_DAY = "Séance du "
_FORMER_NAME = "Ancien nom de "


def _context(text: str) -> str:
    """The index's context (French, written by its triggers) as a Sentence the window can
    translate when it is one of the index's own wordings: « Séance du mercredi 10 février
    2027 », « Ancien nom de RdF »; other text (a title, a name) as it is."""
    if text.startswith(_MEETING_DAY):
        day = read_long_date(text[len(_MEETING_DAY) :])
        if day is not None:
            return Sentence.in_context(
                LABELS, QT_TRANSLATE_NOOP("labels", "Séance du {day}"), day=day
            )
    if text.startswith(_FORMER_NAME):
        return Sentence.in_context(
            LABELS,
            QT_TRANSLATE_NOOP("labels", "Ancien nom de {name}"),
            name=text[len(_FORMER_NAME) :],
        )
    return text
