"""The store's identity, and a package's own record, on real SQLite stores."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

from deliberation.records.opinions import Paragraph, plain_lines
from deliberation.records.packages import PackageInfo
from deliberation.store import packages as qp
from deliberation.store.database import open_store


def test_each_store_has_its_own_identity_kept_across_openings(tmp_path: Path) -> None:
    first = open_store(str(tmp_path / "a.sqlite3"))
    with first.reading() as s:
        identity = qp.store_uuid(s)
    first.close()
    again = open_store(str(tmp_path / "a.sqlite3"))
    other = open_store(str(tmp_path / "b.sqlite3"))
    with again.reading() as s, other.reading() as t:
        assert qp.store_uuid(s) == identity
        assert qp.store_uuid(t) != identity
        assert qp.package(s) is None  # a store is not a package
    again.close()
    other.close()


def test_a_package_record_reads_back_with_its_base_text(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "p.deliberation"))
    base = (Paragraph(uuid4(), "paragraph", plain_lines("Un.\nDeux.")),)
    info = PackageInfo(uuid4(), uuid4(), None, uuid4(), None, 7, base, datetime.now(UTC), "Moi")
    with store.session() as s:
        qp.save_package(s, info)
    with store.reading() as s:
        assert qp.package(s) == info
    store.close()
