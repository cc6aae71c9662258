"""Bringing in a draft written in Word: preview the structure found, then create the new opinion."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.errors import NotFoundError, ReviewFileError
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
from deliberation.records.opinions import TITLE_MAX, OpinionInput, OpinionSnapshot, Paragraph
from deliberation.review.draft_reader import DraftDocument, read_draft
from deliberation.rules.opinion_text import text_word_count
from deliberation.rules.validation import clean_line
from deliberation.store import opinions as q

if TYPE_CHECKING:
    from deliberation.services.root import Root

DEFAULT_KIND = "avis"


@dataclass(frozen=True)
class DraftPreview:
    """What importing a Word draft would create, before anything is written.

    `title` is the title the new opinion gets (the one asked for, else the document's, else the
    file's name); `group_id` its working group (None: the plenary committee).
    """

    file_name: str
    kind: str
    title: str
    group_id: int | None
    group_name: str
    document: DraftDocument

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self.document.paragraphs

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.document.warnings

    def counts(self) -> dict[str, int]:
        """Paragraphs by kind (heading, recital, paragraph, recommendation), list items, words."""
        kinds = Counter(p.kind for p in self.paragraphs)
        result = {
            kind: kinds.get(kind, 0)
            for kind in ("heading", "recital", "paragraph", "recommendation")
        }
        result["list_items"] = sum(1 for p in self.paragraphs for line in p.lines if line.list)
        result["words"] = text_word_count(self.paragraphs)
        return result


class OpinionImport:
    """Reads Word drafts and creates each as a new draft opinion with its text."""

    def __init__(self, root: Root) -> None:
        self.root = root
        self.opinions = root.opinions
        self.store = root.store

    def preview(
        self, path: Path, title: str = "", group_id: int | None = None, kind: str = DEFAULT_KIND
    ) -> DraftPreview:
        """What importing `path` would create (nothing is written); ReviewFileError (one French
        sentence) for a file that is not a readable Word document or holds no text."""
        path = Path(path).expanduser()
        document = read_draft(path)
        if not document.paragraphs:
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier « {name} » ne contient aucun texte à importer : il "
                        "est vide, ou n'a qu'une page de titre.",
                    ),
                    name=path.name,
                )
            )
        return self.described(
            DraftPreview(path.name, kind, "", None, "", document), title, group_id, kind
        )

    def described(
        self,
        preview: DraftPreview,
        title: str = "",
        group_id: int | None = None,
        kind: str | None = None,
    ) -> DraftPreview:
        """The preview with another title, group or kind (the file is not read again)."""
        name = ""
        if group_id is not None:
            found = [g for g in self.root.referential.groups() if g.id == group_id]
            if not found:
                raise NotFoundError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "errors", "Aucun groupe de travail n'a l'identifiant {group_id}."
                        ),
                        group_id=group_id,
                    )
                )
            name = found[0].name
        chosen = clean_line(title) or default_title(preview.document, preview.file_name)
        return replace(
            preview, title=chosen, group_id=group_id, group_name=name, kind=kind or preview.kind
        )

    def apply(self, preview: DraftPreview) -> OpinionSnapshot:
        """Create the opinion and its text in one transaction; nothing is written on an error."""
        data = OpinionInput(preview.kind, preview.title, preview.group_id)
        snap = self.opinions.new_opinion(data)
        paragraphs = self.opinions.cleaned(preview.paragraphs)
        with self.store.writing("opinion") as s:
            opinion_id = q.save_opinion(s, snap)
            q.save_text(s, opinion_id, paragraphs, None, {}, {})
            return q.opinion_snapshot(s, opinion_id)


def default_title(document: DraftDocument, file_name: str) -> str:
    """The document's title (or first heading), else the file's name without its extension."""
    title = clean_line(document.title) or clean_line(Path(file_name).stem.replace("_", " "))
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rstrip() + "…"
    return title or "Projet importé"


__all__ = ["DraftPreview", "OpinionImport", "default_title"]
