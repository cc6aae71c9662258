"""`deliberation import answers`: preview, write once, dry run, JSON, one-sentence refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from deliberation.records.mail import Recipient
from deliberation.services.mailing import Mailing
from deliberation.services.root import open_root

from ..review.formfill import fill_docx
from .conftest import Run


def filled_form(store: Path, tmp_path: Path) -> tuple[Path, str, int]:
    with open_root(str(store)) as root:
        root = root.acting(today=date(2026, 3, 10))
        record = root.positions.consultations()[0]
        answered = {p.organisation_id for p in root.positions.positions(record.id)}
        mailing = Mailing(root, Recipient("s@comite.example"), templates=tmp_path / "none.toml")
        mail = next(m for m in mailing.consultation_mails(record.id)
                    if m.organisation_id not in answered)  # fmt: skip
    path = tmp_path / mail.attachments[0].file_name
    path.write_bytes(
        fill_docx(mail.attachments[0].data, {1: {"stance": "Favorable", "reasons": "Utile."}})
    )
    return path, mail.organisation_name, record.id


def test_import_answers_previews_writes_once_and_says_so(
    run_cli: Run, demo_copy: Path, tmp_path: Path
) -> None:
    path, acronym, consultation_id = filled_form(demo_copy, tmp_path)
    dry = run_cli("import", "answers", str(path), "--dry-run", store=demo_copy)
    assert dry.returncode == 0, dry.stderr
    assert f"réponse de {acronym}" in dry.stdout
    assert "Sujet n° 1" in dry.stdout and "Favorable (nouvelle)" in dry.stdout
    assert "Essai : rien n'a été enregistré." in dry.stdout
    done = run_cli("import", "answers", str(path), "--json", store=demo_copy)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["written"] == 1 and document["dry_run"] is False
    assert document["consultation"]["id"] == consultation_id
    assert document["answers"][0]["stance"] == "favorable"
    again = run_cli("import", "answers", str(path), store=demo_copy)
    assert "Favorable (déjà enregistrée)" in again.stdout
    assert "0 position enregistrée." in again.stdout


def test_import_answers_refusals_are_one_sentence(
    run_cli: Run, demo_copy: Path, tmp_path: Path
) -> None:
    path, acronym, _ = filled_form(demo_copy, tmp_path)
    other = "MEN" if acronym != "MEN" else "AMF"
    wrong = run_cli("import", "answers", str(path), "--org", other, store=demo_copy)
    assert wrong.returncode != 0
    assert wrong.stderr.count("\n") == 1 and f"pas à {other}" in wrong.stderr
    notes = tmp_path / "notes.txt"
    notes.write_text("Favorable")
    refused = run_cli("import", "answers", str(notes), store=demo_copy)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "n'est pas un formulaire de réponse" in refused.stderr
