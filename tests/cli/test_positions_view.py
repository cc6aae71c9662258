"""How the positions commands word what they print: names in a sentence keep their capitals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from deliberation.records.positions import ConsultationInput, Subject
from deliberation.services.root import open_root


def test_a_returned_word_file_keeps_its_capital(run_cli, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite3"
    opened = open_root(str(store))
    try:
        orgs = {o.acronym: o.id for o in opened.referential.organisations()}
        positions = opened.positions
        snap = positions.apply_consultation(
            positions.new_consultation(
                ConsultationInput(
                    "Avis sur les ENT",
                    date(2026, 3, 1),
                    date(2026, 3, 31),
                    subjects=(Subject("opinion", "Projet d'avis sur les ENT"),),
                    consulted=(orgs["AMF"],),
                )
            )
        )
    finally:
        opened.close()
    recorded = run_cli(
        "record", "position", "--subject", str(snap.subjects[0].id), "--org", "AMF",
        "--stance", "favorable", "--source", "word_return", "--received", "2026-03-05",
        store=store,
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    listed = run_cli("list", "positions", store=store)
    assert "(retour d'un fichier Word)" in listed.stdout
    assert "fichier word" not in listed.stdout
    helped = run_cli("record", "position", "--help")
    assert "fichier Word" in " ".join(helped.stdout.split())
