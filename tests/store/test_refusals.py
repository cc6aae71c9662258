"""A write the shared store's server refuses, told in one French sentence naming what."""

from __future__ import annotations

from deliberation.store.refusals import refused_sentence


def test_the_sentence_names_what_the_refused_table_holds() -> None:
    assert refused_sentence("permission denied for table position") == (
        "Vous n'avez pas le droit de modifier les positions sur cette base partagée."
    )
    assert "les séances" in refused_sentence('permission denied for table "meeting"')
    assert "les amendements" in refused_sentence("permission denied for sequence amendment_id_seq")


def test_an_unknown_table_or_message_still_gives_one_sentence() -> None:
    for message in ("permission denied for table somewhere_else", "denied", ""):
        assert refused_sentence(message) == (
            "Vous n'avez pas le droit de modifier ces données sur cette base partagée."
        )
