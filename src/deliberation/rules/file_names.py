"""Suggested file names that say what a file is: its date first, an ASCII slug of its subject."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from deliberation.errors import ExportError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.meetings import MEETING_KINDS
from deliberation.records.opinions import OPINION_KINDS

FILE_KINDS = {
    ".docx": QT_TRANSLATE_NOOP("errors", "document Word"),
    ".odt": QT_TRANSLATE_NOOP("errors", "document OpenDocument"),
    ".xlsx": QT_TRANSLATE_NOOP("errors", "classeur"),
    ".ics": QT_TRANSLATE_NOOP("errors", "calendrier"),
    ".pdf": QT_TRANSLATE_NOOP("errors", "document PDF"),
    ".deliberation": QT_TRANSLATE_NOOP("errors", "paquet hors ligne"),
}
"""What a file of each suffix the application writes is, as the refusal of a wrong one says
(fragments of that sentence, marked under "errors")."""

_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,11}")
"""A suffix that names a file type (« .docx »), not the end of a date or a number (« .03 »)."""

STEM_MAX = 80
"""The longest name suggested, before its suffix (the subject is shortened, never the rest)."""


def slug(text: str) -> str:
    """« Avis sur l'ENT (2026) » → « avis-sur-l-ent-2026 »: safe on every file system."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_name(subject: str, what: str = "", *, day: date | None = None, suffix: str) -> str:
    """« 2027-04-06-pleniere-ordre-du-jour.docx »: the day (when the document is dated), the
    subject's slug (shortened to fit STEM_MAX), then what the document is (never shortened)."""
    head = f"{day.isoformat()}-" if day is not None else ""
    tail = slug(what)
    room = STEM_MAX - len(head) - (len(tail) + 1 if tail else 0)
    middle = slug(subject)[: max(room, 0)].rstrip("-")
    stem = "-".join(part for part in (head.rstrip("-"), middle, tail) if part)
    return (stem or "document") + suffix


def meeting_file_name(day: date, kind: str, group_name: str, what: str, suffix: str) -> str:
    """« 2027-04-06-pleniere-ordre-du-jour.docx », « 2027-05-04-usages-releve-de-decisions.docx »:
    a meeting's document named by its day, its body (the group, « pleniere » or its kind) and
    what it is."""
    body = group_name or ("Plénière" if kind == "plenary" else MEETING_KINDS.get(kind, kind))
    return file_name(body, what, day=day, suffix=suffix)


def period_file_name(what: str, first: date, last: date, suffix: str) -> str:
    """« seances-du-2026-09-01-au-2027-06-30.ics »: a document covering a period."""
    if first == last:
        return file_name(what, "", day=first, suffix=suffix)
    return file_name(what, f"du {first.isoformat()} au {last.isoformat()}", suffix=suffix)


def opinion_subject(kind: str, title: str) -> str:
    """« avis-sur-l-ent »: an opinion's kind, then its title unless that starts with the kind."""
    kind_slug = slug(OPINION_KINDS.get(kind, kind))
    title_slug = slug(title)
    if not title_slug.startswith(kind_slug):  # « recommandations-pour-… » starts with it too
        title_slug = f"{kind_slug}-{title_slug}".strip("-")
    return title_slug or kind_slug or "avis"


def opinion_what(version: int | None, against: int | None = None) -> str:
    """« v2-modifications-depuis-v1 »: the version exported and the one compared with."""
    parts = [f"v{version}"] if version is not None else []
    if against is not None:
        parts.append(f"modifications-depuis-v{against}")
    return "-".join(parts)


def output_file(target: Path | str, suffixes: Sequence[str]) -> Path:
    """The file to write an export to: `target` as given when it ends in one of `suffixes`
    (in any case), with the first of them added when its name ends in none (« convocation »,
    « séance du 12.03 »), the user's folder expanded. A name ending in another file type
    (« x.pdf » for a Word document) is refused with one sentence (ExportError), before anything
    is written: the CLI's `-o` and the window's save dialogs apply this one rule."""
    path = Path(target).expanduser()
    wanted = [suffix.lower() for suffix in suffixes]
    suffix = path.suffix
    if suffix.lower() in wanted:
        return path
    if not _EXTENSION.fullmatch(suffix) or not path.stem:
        return path.with_name(path.name + wanted[0])
    raise ExportError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {name} » ne peut pas recevoir cet export : son nom doit se terminer par "
                "{choices}, pas par {suffix}.",
            ),
            name=path.name,
            choices=_either([_file_kind(s) for s in wanted]),
            suffix=suffix,
        )
    )


def _file_kind(suffix: str) -> str:
    """« .docx (document Word) », or the suffix alone when the application does not write it."""
    if suffix not in FILE_KINDS:
        return suffix
    return Sentence(
        QT_TRANSLATE_NOOP("errors", "{suffix} ({kind})"), suffix=suffix, kind=FILE_KINDS[suffix]
    )


def _either(choices: list[str]) -> str:
    """« a ou b ou c », as a Sentence the window translates piece by piece."""
    if len(choices) == 1:
        return choices[0]
    return Sentence(
        QT_TRANSLATE_NOOP("errors", "{first} ou {rest}"),
        first=choices[0],
        rest=_either(choices[1:]),
    )
