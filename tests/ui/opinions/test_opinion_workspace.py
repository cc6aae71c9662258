"""Issue 5 through the real window: write, move, split, amend, undo, version, compare."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deliberation.records.opinions import AmendmentInput, OpinionInput, plain_lines
from deliberation.ui.main_window import OPINIONS
from deliberation.ui.opinions.text import document as doc

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def test_a_rapporteur_drafts_amends_and_versions_an_opinion(
    qtbot: QtBot, window, editor, typist: Callable[[QWidget, str], None], org_id
) -> None:
    opinions = editor.opinions
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur la sobriété numérique"))
    )
    page = window.show_area(OPINIONS)
    page.reload()
    assert page.select_opinion(snap.id)
    workspace = page.workspace
    session = workspace.session
    text = workspace.text
    text.setFocus()

    # write a draft of two sections, with the keyboard only
    qtbot.keyClick(text, Qt.Key.Key_1, CTRL_ALT)
    typist(text, "Constats")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    typist(text, "Les équipements durent trop peu.")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    typist(text, "Le réemploi reste rare.")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_1, CTRL_ALT)
    typist(text, "Recommandations")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_R, CTRL_ALT)
    typist(text, "Allonger la durée de vie des matériels.")
    written = session.paragraphs()
    assert [(p.kind, p.text) for p in written] == [
        ("heading", "Constats"),
        ("paragraph", "Les équipements durent trop peu."),
        ("paragraph", "Le réemploi reste rare."),
        ("heading", "Recommandations"),
        ("recommendation", "Allonger la durée de vie des matériels."),
    ]
    _heading, durable, reuse, _heading2, recommendation = written

    # move « Le réemploi… » above « Les équipements… »: identities kept
    assert text.go_to(reuse.uuid)
    qtbot.keyClick(text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.uuid for p in session.paragraphs()][1:3] == [reuse.uuid, durable.uuid]

    # split « Les équipements durent trop peu. » after « Les équipements »
    assert text.go_to(durable.uuid)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=len("Les équipements"))
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    after_split = session.paragraphs()
    assert [p.text for p in after_split][2:4] == ["Les équipements", " durent trop peu."]
    assert after_split[2].uuid == durable.uuid and after_split[3].uuid not in {
        p.uuid for p in written
    }
    qtbot.waitUntil(lambda: not session.timer.isActive(), timeout=5000)
    stored = opinions.text(snap.id).paragraphs
    assert [p.uuid for p in stored] == [p.uuid for p in after_split]

    # an amendment from the AMRF on the recommendation, accepted then undone
    version_1 = workspace.sessions[snap.id].opinions.freeze(snap.id, "Avant la séance")
    proposal = opinions.apply_amendment(
        opinions.new_amendment(
            snap.id,
            AmendmentInput(
                recommendation.uuid,
                org_id("AMRF"),
                "replace",
                plain_lines("Allonger la durée de vie des matériels et financer leur réparation."),
                "Les petites communes ne peuvent réparer seules.",
            ),
        )
    )
    assert text.go_to(recommendation.uuid)
    panel = workspace.amendments
    workspace.review.setCurrentWidget(panel)  # the « Amendements » tab
    panel.reload()
    panel.select(proposal.id)
    assert panel.decide("accepted")
    assert session.paragraphs()[-1].text.endswith("et financer leur réparation.")
    assert opinions.amendment(proposal.id).status == "accepted"
    window.undo_action.trigger()
    assert session.paragraphs()[-1].text == "Allonger la durée de vie des matériels."
    assert opinions.amendment(proposal.id).status == "proposed"
    window.redo_action.trigger()
    assert opinions.amendment(proposal.id).status == "accepted"

    # freeze a second version and compare it with the first, word by word
    from deliberation.ui.opinions.versions_dialog import VersionsDialog, freeze

    version_2 = freeze(session, "Après l'amendement de l'AMRF")
    assert (version_1.number, version_2.number) == (1, 2)
    dialog = VersionsDialog(session, window.messages, window)
    qtbot.addWidget(dialog)
    dialog.set_compared(1, 2)
    assert dialog.diff.summary.text().endswith(": 1 paragraphe modifié")
    html = dialog.diff.browser.toHtml()
    inserted = html[html.index("et financer") - 200 : html.index("et financer")]
    assert "underline" in inserted  # the words the amendment added are marked as inserted
    assert "et financer leur réparation" in dialog.diff.browser.toPlainText()


def test_paragraph_identity_survives_in_the_document_after_undo() -> None:
    """Undoing a merge brings the absorbed paragraph back with its own identity."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    import uuid

    from deliberation.records.opinions import Paragraph

    a = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Un."))
    b = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Deux."))
    doc.load(document, [a, b])
    assert doc.merge(document, a.uuid, b.uuid)
    assert [p.uuid for p in doc.read(document)] == [a.uuid]
    document.undo()
    assert [p.uuid for p in doc.read(document)] == [a.uuid, b.uuid]


def test_the_amendment_and_comment_tabs_count_before_their_panels_are_built(
    qtbot: QtBot, window, editor, org_id
) -> None:
    """An opinion opens on its positions: the amendments and comments panels are built when
    their tab is first shown, and until then their titles still give the open counts."""
    import uuid

    from deliberation.records.opinions import Paragraph

    opinions = editor.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis sur l'eau")))
    first = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Les nappes baissent."), 1)
    second = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Les réseaux fuient."), 1)
    opinions.save_text(snap.id, [first, second], 0)
    for target, acronym in ((first, "AMF"), (second, "ADF")):
        opinions.apply_amendment(
            opinions.new_amendment(
                snap.id,
                AmendmentInput(target.uuid, org_id(acronym), "replace", plain_lines("Autre.")),
            )
        )
    opinions.apply_comment(opinions.new_comment(snap.id, second.uuid, "Chiffres ?"))
    page = window.show_area(OPINIONS)
    page.reload()
    assert page.select_opinion(snap.id)
    workspace = page.workspace
    qtbot.waitUntil(lambda: not workspace.filling, timeout=5000)
    assert workspace._amendments is None and workspace._comments is None
    assert workspace.review.tabToolTip(1) == "Amendements (2)"
    assert workspace.review.tabToolTip(2) == "Commentaires (1)"

    # a comment added (as an undoable command tells the session) is counted at once
    opinions.apply_comment(opinions.new_comment(snap.id, first.uuid, "Source ?"))
    workspace.session.changed.emit(frozenset({"comments"}))
    assert workspace.review.tabToolTip(2) == "Commentaires (2)"
    assert workspace._comments is None
    workspace.review.setCurrentIndex(2)  # the « Commentaires » tab: its panel is built
    comments = workspace.comments
    assert workspace.review.widget(2) is comments and workspace.review.currentWidget() is comments
    assert workspace._amendments is None
    assert comments.open_count() == 2
    assert workspace.text.go_to(second.uuid)
    qtbot.waitUntil(lambda: comments.visible_threads()[0] != [], timeout=5000)
    workspace.review.setCurrentIndex(1)
    amendments = workspace.amendments
    assert workspace.review.widget(1) is amendments
    assert [r.paragraph_uuid for r in amendments.visible_records()] == [second.uuid]
    assert workspace.review.tabToolTip(1) == "Amendements (2)"

    # the amendments' table offers the paragraphs selected in the text
    from PySide6.QtGui import QTextCursor

    from deliberation.ui.opinions.amendment_dialog import TableDialog

    assert workspace.text.selected_paragraphs() == []
    assert workspace.text.go_to(first.uuid)
    cursor = workspace.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    workspace.text.setTextCursor(cursor)
    assert workspace.text.selected_paragraphs() == [first.uuid, second.uuid]
    amendments.export_action.trigger()
    dialog = amendments.dialog
    assert isinstance(dialog, TableDialog) and dialog.paragraphs.text() == "1-2"
    dialog.reject()


def test_the_find_bar_is_built_at_its_first_use_and_f3_works_before_it(
    qtbot: QtBot, window, editor
) -> None:
    import uuid

    from deliberation.records.opinions import Paragraph

    opinions = editor.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis sur l'air")))
    words = ["L'air des villes.", "L'air des champs."]
    paragraphs = [Paragraph(uuid.uuid4(), "paragraph", plain_lines(w), 1) for w in words]
    opinions.save_text(snap.id, paragraphs, 0)
    page = window.show_area(OPINIONS)
    page.reload()
    assert page.select_opinion(snap.id)
    workspace = page.workspace
    qtbot.waitUntil(lambda: not workspace.filling, timeout=5000)
    assert workspace._find_bar is None
    text = workspace.text
    text.setFocus()
    assert text.go_to(paragraphs[0].uuid)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 5)
    text.setTextCursor(cursor)
    assert cursor.selectedText() == "L'air"
    qtbot.keyClick(text, Qt.Key.Key_F3)  # the bar opens on the selection
    bar = workspace.find_bar
    assert bar.isVisible() and bar.find_field.text() == "L'air"
    assert len(bar.matches) == 2
    bar.close_bar()
    qtbot.keyClick(text, Qt.Key.Key_F3)  # the bar's own F3 now: no ambiguous shortcut
    assert bar.isVisible()
    bar.close_bar()
    workspace.replace_action.trigger()
    assert bar.isVisible() and bar.replace_field.isVisible()
