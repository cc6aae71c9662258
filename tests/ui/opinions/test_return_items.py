"""The items of a returned file as the import dialog lists them: nature, author, text, state.

The dialog's use of this model on a real returned file is tested in test_review_import_dialog.py."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from deliberation.review.items import ReturnItem
from deliberation.ui.opinions.return_items import ReturnItemsModel, detail_html

WRITTEN = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)


def item(**values: object) -> ReturnItem:
    fields: dict[str, object] = {
        "kind": "amendment",
        "paragraph_uuid": uuid.uuid4(),
        "paragraph_label": "paragraphe 2",
        "action": "replace",
        "text": "Ils coûtent très cher aux communes rurales.",
        "original": "Ils coûtent cher aux communes rurales.",
        "anchor": "",
        "author": "Jeanne Martin",
        "written_at": WRITTEN,
        "origin": "tracked",
        "status": "new",
        "changed_since_export": False,
    }
    fields.update(values)
    return ReturnItem(**fields)  # type: ignore[arg-type]


def rows(model: ReturnItemsModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_each_item_reads_as_a_row_in_french(qapp: object, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReturnItemsModel()
    model.set_records(
        [
            item(),
            item(origin="direct", action="delete", text="", status="already"),
            item(kind="comment", action="", origin="reply", text="D'accord.", anchor="très cher"),
            item(status="orphan", changed_since_export=True, paragraph_uuid=None),
        ]
    )
    qtmodeltester.check(model)
    (first, deleted, reply, orphan) = rows(model)
    assert first[:2] == ("Paragraphe 2", "Amendement : remplacer")
    assert first[2].startswith("Jeanne Martin, ") and "2026" in first[2]
    assert first[3:] == ("Ils coûtent très cher aux communes rurales.", "nouveau")
    assert deleted[1] == "Amendement : supprimer (sans suivi)"
    assert deleted[3] == "(supprimer) Ils coûtent cher aux communes rurales."
    assert deleted[4] == "déjà importé"
    assert (reply[1], reply[3]) == ("Réponse", "« très cher » : D'accord.")
    assert orphan[4] == "paragraphe supprimé depuis l'export"  # not also « modifié »


def test_a_new_item_changed_since_the_export_is_flagged_and_others_are_greyed(
    qapp: object,
) -> None:
    model = ReturnItemsModel()
    model.set_records([item(changed_since_export=True), item(status="already")])
    changed = model.index(0, ReturnItemsModel.STATUS)
    assert changed.data() == "nouveau · modifié depuis l'export"
    assert changed.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.is_muted(model.record(1)) and not model.is_muted(model.record(0))


def test_the_detail_shows_both_texts_and_escapes_them() -> None:
    html = detail_html(item(text="Les <b>communes</b> & l'État.", note="Modification suivie."))
    assert "Amendement : remplacer" in html and "paragraphe 2" in html
    assert "Texte exporté :" in html and "Ils coûtent cher aux communes rurales." in html
    assert "Texte proposé :" in html and "Les &lt;b&gt;communes&lt;/b&gt; &amp; l" in html
    assert "Modification suivie." in html
    comment = detail_html(
        item(kind="comment", action="", anchor="cher", text="Pourquoi ?\nSource ?")
    )
    assert "Sur les mots : « cher »" in comment and "Pourquoi ?<br>Source ?" in comment
