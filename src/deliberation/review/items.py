"""What a returned Word file proposes, as items to import: amendments and comments by paragraph."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from deliberation.records.opinions import Line, Paragraph, Run
from deliberation.review.matching import Group, comment_owners
from deliberation.review.returned import ReturnedDocument, ReturnedParagraph, TrackedChange
from deliberation.rules.typography import plain, untypeset
from deliberation.rules.word_exchange import ANNEX_BOOKMARK, named_author


@dataclass(frozen=True)
class ReturnItem:
    """One thing found in the returned file, as the preview shows it."""

    kind: str  # "comment" | "amendment"
    paragraph_uuid: UUID | None
    paragraph_label: str
    action: str
    text: str
    original: str
    anchor: str
    author: str
    written_at: datetime | None
    origin: str  # "tracked" | "direct" | "comment" | "reply"
    status: str  # "new" | "already" | "orphan"
    changed_since_export: bool
    note: str = ""
    lines: tuple[Line, ...] = ()
    source_key: str = ""
    resolved: bool = False
    reply_to: int | None = None  # index in the preview's items of the comment answered


def return_items(
    groups: Sequence[Group],
    document: ReturnedDocument,
    *,
    file_name: str,
    source: str,
    organisation_id: int,
    export_author: str,
    labels: Mapping[UUID, str],
    aliases: Mapping[UUID, UUID],
    changed: Set[UUID],
    known: Set[str],
    organisation: str = "",
) -> tuple[list[ReturnItem], int]:
    """The amendments the matched `groups` propose, then the file's comments, as items; and
    how many comments lie outside the opinion's text (title page, annexes).

    `source` names the export the file is read against, `labels` how each exported paragraph is
    named, `aliases` the live paragraph now carrying each one, `changed` those whose text
    changed since the export, `known` the keys of the items already imported; an amendment
    whose author the file does not give is the `organisation`'s.
    """
    items: list[ReturnItem] = []

    def item(kind: str, paragraph: Paragraph, **values: object) -> ReturnItem:
        target = aliases.get(paragraph.uuid)
        status = "new" if target is not None else "orphan"
        stamp = values.pop("stamp", values.get("written_at"))
        key = _key(source, organisation_id, kind, paragraph.uuid, {**values, "written_at": stamp})
        if key in known:
            status = "already"
        note = str(values.pop("note", ""))
        if status == "orphan":
            note = "Le paragraphe a été supprimé depuis l'export : rien ne sera importé."
        return ReturnItem(
            kind=kind,
            paragraph_uuid=target,
            paragraph_label=str(values.pop("label", labels[paragraph.uuid])),
            status=status,
            changed_since_export=paragraph.uuid in changed,
            source_key=key,
            note=note,
            **values,  # type: ignore[arg-type]
        )

    for group in groups:
        proposal = _proposal(group, export_author, document)
        if proposal is None:
            continue
        anchor_paragraph = group.exported or group.inserted_after
        assert anchor_paragraph is not None
        action, lines, origin, author, when = proposal
        label = labels[anchor_paragraph.uuid]
        if action == "insert_after":
            label = f"après {label}"
        text = "\n".join(line.text for line in lines)
        items.append(
            item(
                "amendment",
                anchor_paragraph,
                label=label,
                action=action,
                text=text,
                original=anchor_paragraph.text if action != "insert_after" else "",
                anchor="",
                author=author or organisation,
                written_at=when,
                origin=origin,
                lines=lines,
                note=_origin_note(origin, file_name),
            )
        )
    owner = comment_owners(groups)
    by_id: dict[str, int] = {}
    outside = 0
    for comment in document.comments:
        commented = (
            owner.get(comment.paragraph_index) if comment.paragraph_index is not None else None
        )
        if commented is None:
            outside += 1
            continue
        parent = by_id.get(comment.parent_id) if comment.parent_id else None
        items.append(
            item(
                "comment",
                commented,
                action="",
                text=comment.text,
                original=commented.text,
                anchor=untypeset(comment.anchor).strip(),
                author=comment.author,
                written_at=comment.date,
                stamp=comment.stamp or comment.date,
                origin="reply" if parent is not None else "comment",
                resolved=comment.done,
                reply_to=parent,
            )
        )
        by_id[comment.id] = len(items) - 1
    return items, outside


def _proposal(
    group: Group, export_author: str, document: ReturnedDocument
) -> tuple[str, tuple[Line, ...], str, str, datetime | None] | None:
    """(action, lines, origin, author, date) of the change a group makes, or None."""
    kept = [p for p in group.paragraphs if not (p.deleted and not p.text.strip())]
    lines = _joined_lines(kept)
    while lines and not lines[-1].text.strip():
        lines = lines[:-1]
    while lines and not lines[0].text.strip():
        lines = lines[1:]
    changes = [c for p in group.paragraphs for c in p.changes if c.author != export_author]
    tracked_marks = any(p.inserted or p.deleted for p in group.paragraphs)
    if group.merged_into is not None:  # joined to the paragraph before with tracking
        tracked_marks = True
        changes = changes or [TrackedChange("delete", "", group.merged_into.mark_author, None)]
    if changes or tracked_marks:
        # A change signed « Unknown Author » (no user name set) has no author, as an unsigned one
        authors = list(dict.fromkeys(named for c in changes if (named := named_author(c.author))))
        dates = [c.date for c in changes if c.date is not None]
        origin, author, when = "tracked", ", ".join(authors), max(dates) if dates else None
    else:
        origin = "direct"  # whoever saved the file last, unless it is still the export's name
        author = next(
            (
                named
                for n in (document.last_modified_by, document.author)
                if (named := named_author(n)) and n != export_author
            ),
            "",
        )
        when = document.modified
    if group.exported is None:  # paragraphs added between exported ones
        if not lines:
            return None
        return "insert_after", lines, origin, author, when
    if not lines:
        return "delete", (), origin, author, when
    new_text = plain("\n".join(line.text for line in lines))
    if new_text == plain(group.exported.text):
        # The same words: still a change if its format was changed with tracking (a word made
        # bold), or a tracked paragraph mark broke a line in two.
        formatted = any(c.kind == "format" for c in changes)
        if formatted and _emphasis(lines) != _emphasis(group.exported.lines):
            return "replace", lines, origin, author, when
        if tracked_marks and len(lines) != len(group.exported.lines):
            return "replace", lines, origin, author, when
        return None
    return "replace", lines, origin, author, when


def _joined_lines(paragraphs: Sequence[ReturnedParagraph]) -> tuple[Line, ...]:
    """The Word paragraphs' lines, a paragraph whose mark was deleted (tracked) joined to the
    next one's first line, as Word shows them."""
    lines: list[Line] = []
    join = False
    for paragraph in paragraphs:
        for number, line in enumerate(paragraph.lines):
            line = _clean_line(line)
            if number == 0 and join and lines:
                lines[-1] = Line(lines[-1].runs + line.runs, lines[-1].list)
            else:
                lines.append(line)
        join = paragraph.deleted
    return tuple(lines)


def _emphasis(lines: Sequence[Line]) -> list[tuple[str, bool, bool]]:
    """Each visible character with its emphasis, whatever the runs' boundaries."""
    return [
        (char, run.bold, run.italic)
        for line in lines
        for run in line.runs
        for char in plain(run.text)
        if not char.isspace()
    ]


def outside_changes(
    groups: Sequence[Group],
    document: ReturnedDocument,
    export_author: str,
    labels: Mapping[UUID, str] | None = None,
) -> list[str]:
    """Warnings for the reviewers' tracked changes outside the opinion's text (title page,
    annexes, tables), which no item takes back, then one for each reservation (footnote)
    changed with tracking, naming its paragraph by `labels`."""
    inside = {p.index for group in groups for p in group.paragraphs}
    first = min(inside, default=len(document.paragraphs))
    places = {"title": 0, "annexes": 0, "elsewhere": 0}
    in_annexes = False
    for paragraph in document.paragraphs:
        in_annexes = in_annexes or ANNEX_BOOKMARK in paragraph.bookmarks
        if paragraph.index in inside:
            continue
        marked = (
            paragraph.inserted or paragraph.deleted
        ) and paragraph.mark_author != export_author
        if not (marked or any(c.author != export_author for c in paragraph.changes)):
            continue
        place = "annexes" if in_annexes else "title" if paragraph.index < first else "elsewhere"
        places[place] += 1
    words = {
        "title": "la page de titre",
        "annexes": "les annexes",
        "elsewhere": "des tableaux ou des cadres",
    }
    warnings = [
        f"{count} paragraphe(s) modifié(s) avec suivi dans {words[place]}, hors du texte de "
        "l'avis : ces modifications ne sont pas reprises ; reportez-les à la main si besoin."
        for place, count in places.items()
        if count
    ]
    return warnings + _note_changes(groups, document, export_author, labels or {})


def _note_changes(
    groups: Sequence[Group],
    document: ReturnedDocument,
    export_author: str,
    labels: Mapping[UUID, str],
) -> list[str]:
    """One warning for each footnote (a reservation, as the export writes them) that a
    reviewer changed with tracking: the import takes reservations back from no file."""
    owner = comment_owners(groups)
    warnings = []
    for note in document.notes:
        changed = any(c.author != export_author for c in note.changes) or any(
            author != export_author for author in note.marks
        )
        if not changed:
            continue
        paragraph = owner.get(note.paragraph_index) if note.paragraph_index is not None else None
        label = labels.get(paragraph.uuid, "") if paragraph is not None else ""
        place = (
            f"de la {label}" if label.startswith("recommandation") else f"du {label}"
            if label else "hors du texte de l'avis"
        )  # fmt: skip
        text = " ".join(note.text.split())
        text = text if len(text) <= 300 else text[:299] + "…"
        warnings.append(
            f"Réserve {place} modifiée avec suivi : « {text} » non reprise ; reportez-la à la "
            "main si besoin."
        )
    return warnings


# Word's run properties, as a warning names them (others: « autre mise en forme »).
_FORMAT_NAMES = {
    "u": "soulignement", "color": "couleur", "rFonts": "police", "highlight": "surlignage",
    "shd": "surlignage", "sz": "taille", "strike": "barré", "dstrike": "barré",
    "vertAlign": "exposant ou indice", "caps": "majuscules", "smallCaps": "petites majuscules",
    "rStyle": "style de caractère", "vanish": "texte masqué", "spacing": "espacement",
    "position": "position", "w": "largeur", "effect": "effet", "outline": "contour",
    "shadow": "ombre", "emboss": "relief", "imprint": "gravure", "bdr": "bordure",
    "em": "accent",
}  # fmt: skip


# Word's paragraph properties, as a warning names them (others: « autre mise en forme »).
_LAYOUT_NAMES = {
    "jc": "alignement", "textAlignment": "alignement", "ind": "retrait",
    "spacing": "espacement des lignes ou des paragraphes",
    "contextualSpacing": "espacement des lignes ou des paragraphes",
    "pStyle": "style de paragraphe", "numPr": "numérotation", "tabs": "tabulations",
    "pBdr": "bordure", "shd": "trame de fond", "keepNext": "enchaînement",
    "keepLines": "lignes solidaires", "widowControl": "veuves et orphelines",
    "pageBreakBefore": "saut de page avant", "outlineLvl": "niveau hiérarchique",
    "suppressLineNumbers": "numérotation des lignes", "bidi": "sens du texte",
    "textDirection": "sens du texte", "framePr": "cadre",
}  # fmt: skip


def format_changes(
    groups: Sequence[Group], labels: Mapping[UUID, str], export_author: str
) -> list[str]:
    """Warnings for the reviewers' tracked format changes in the text that no item takes back
    (underline, colour, font…, and the paragraph's alignment, indent, spacing…; bold and italic
    come back with the amendment), one for each paragraph, naming it and what changed."""
    warnings = []
    for group in groups:
        anchor = group.exported or group.inserted_after
        if anchor is None:
            continue
        names = dict.fromkeys(
            (_FORMAT_NAMES if change.kind == "format" else _LAYOUT_NAMES).get(
                name, "autre mise en forme"
            )
            for paragraph in group.paragraphs
            for change in paragraph.changes
            if change.kind in ("format", "layout") and change.author != export_author
            for name in change.properties
        )
        if not names:
            continue
        label = labels[anchor.uuid]
        place = (
            f"au paragraphe ajouté après {label}"
            if group.exported is None
            else f"à la {label}"
            if label.startswith("recommandation")
            else f"au {label}"
        )
        warnings.append(f"Mise en forme modifiée {place} ({', '.join(names)}) : non reprise.")
    return warnings


def _clean_line(line: Line) -> Line:
    runs = tuple(Run(untypeset(r.text), r.bold, r.italic) for r in line.runs if r.text)
    return Line(runs, line.list)


def _origin_note(origin: str, name: str) -> str:
    if origin == "tracked":
        return f"Modification suivie dans le fichier « {name} »."
    return f"Modification directe du texte (sans suivi) dans le fichier « {name} »."


def _key(
    source: str, organisation: int, kind: str, paragraph: UUID, values: dict[str, object]
) -> str:
    """The same thing found in the same export for the same organisation always gets the same
    key, even from a copy saved again elsewhere (re-import adds nothing). An amendment is known by
    its text; a comment also by its author, date and anchor."""
    parts = [source, str(organisation), kind, str(paragraph), str(values.get("action", ""))]
    parts.append(plain(str(values.get("text", ""))))
    if kind == "comment":
        written = values.get("written_at")
        parts += [
            str(values.get("author", "")),
            written.isoformat() if isinstance(written, datetime) else "",
            plain(str(values.get("anchor", ""))),
        ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]
