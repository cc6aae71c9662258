"""Row shapes the store modules share: a tracked row found or made by UUID, deletes, lookups."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from deliberation.errors import NotFoundError
from deliberation.services.root import Root
from deliberation.store.models import Theme
from deliberation.store.rows import delete_row, row_by_id, tracked_row


def test_a_new_tracked_row_keeps_its_uuid_its_former_id_and_its_values(opened: Root) -> None:
    wanted = uuid.uuid4()
    with opened.store.session() as s:
        row = tracked_row(s, Theme, wanted, 4242, number=99, title="Neuf")
        row.description = ""
    with opened.store.session() as s:
        stored = s.scalar(select(Theme).where(Theme.uuid == wanted))
        assert stored is not None
        assert (stored.id, stored.number, stored.title) == (4242, 99, "Neuf")


def test_an_existing_tracked_row_is_found_and_not_duplicated(opened: Root) -> None:
    with opened.store.session() as s:
        first = s.scalars(select(Theme).order_by(Theme.id)).first()
        assert first is not None
        count = len(s.scalars(select(Theme)).all())
        found = tracked_row(s, Theme, first.uuid, None, title="ignoré")
        assert found is first
        assert found.title != "ignoré"  # values are for new rows only
        assert len(s.scalars(select(Theme)).all()) == count


def test_a_missing_id_says_what_is_missing(opened: Root) -> None:
    with opened.store.session() as s, pytest.raises(NotFoundError, match="aucun thème 9999"):
        row_by_id(s, Theme, 9999, "aucun thème 9999")


def test_delete_row_removes_the_row_with_that_uuid(opened: Root) -> None:
    with opened.store.session() as s:
        first = s.scalars(select(Theme).order_by(Theme.id)).first()
        assert first is not None
        gone = first.uuid
    with opened.store.session() as s:
        delete_row(s, Theme, gone)
    with opened.store.session() as s:
        assert s.scalar(select(Theme).where(Theme.uuid == gone)) is None
