"""Marks of unfinished work kept in the store: begun, still pending after a stop, finished."""

from __future__ import annotations

from pathlib import Path

from deliberation.services.root import Root, open_root
from deliberation.services.unfinished import Unfinished


def test_a_mark_outlives_the_process_until_the_work_is_finished(
    opened: Root, store_path: Path
) -> None:
    titles = ["Avis sur les ENT", "Avis sur l'IA " + "très long " * 60]
    marks = Unfinished(opened.store, "demo:opinion")
    assert marks.pending(titles) == []
    marks.begin(titles[1])
    marks.begin(titles[1])  # beginning again is harmless
    opened.close()

    with open_root(str(store_path)) as again:  # another run, after a kill
        marks = Unfinished(again.store, "demo:opinion")
        assert marks.pending(titles) == [titles[1]]
        assert marks.pending([titles[1].upper()]) == [titles[1].upper()]  # titles match caseless
        assert Unfinished(again.store, "demo:consultation").pending(titles) == []  # per kind
        assert not again.referential.seed().changed  # seeding ignores the marks
        marks.finish(titles[1])
        marks.finish(titles[0])  # finishing what was never begun is harmless
        assert marks.pending(titles) == []
