"""What the opinions' use-case tests share: plain paragraphs, organisations, an opinion."""

from __future__ import annotations

import uuid

import pytest

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    """A new paragraph (a new identity) of plain text."""
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


def org(opened: Root, acronym: str) -> int:
    """The id of a seeded organisation, by its acronym."""
    return next(o.id for o in opened.referential.organisations() if o.acronym == acronym)


@pytest.fixture
def opinion_id(opinions: Opinions) -> int:
    """A new draft opinion, its text still empty."""
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur les espaces numériques de travail"))
    )
    return snap.id
