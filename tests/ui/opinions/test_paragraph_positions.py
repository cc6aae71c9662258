"""Positions beside the text: the current paragraph's stances, and the contested paragraphs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.records.positions import ConsultationInput, PositionInput, Subject
from deliberation.services.opinions import Opinions
from deliberation.services.root import Root
from deliberation.ui.opinions.disputed_dialog import DisputedDialog
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.paragraph_positions import ParagraphPositionsPanel

SHOTS = Path("/tmp")
RESERVATION = "Sous réserve des moyens des petites communes"


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


def org(opened: Root, acronym: str) -> int:
    return next(o.id for o in opened.referential.organisations() if o.acronym == acronym)


@dataclass
class Draft:
    session: OpinionSession
    heading: Paragraph
    first: Paragraph
    second: Paragraph
    third: Paragraph
    consultation_id: int


@pytest.fixture
def draft(qtbot: QtBot, opened: Root, opinions: Opinions) -> Draft:
    """A draft of three paragraphs; the first two put to AMF, AMRF and ADF, who answered:
    AMF favorable on both, AMRF favorable on the first and with a reservation on the second;
    ADF has not answered. The whole draft was put to a second consultation."""
    positions = opened.positions
    snap = opinions.apply_opinion(
        opinions.new_opinion(OpinionInput("avis", "Avis sur les espaces numériques de travail"))
    )
    heading = para("Constats", "heading")
    first = para("Les ENT sont utiles aux familles.")
    second = para("Les communes rurales en financent l'équipement sur leurs fonds propres.")
    third = para("Le comité recommande un financement pérenne.")
    opinions.save_text(snap.id, [heading, first, second, third], 0)
    consultation = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Projet d'avis ENT",
                date(2026, 3, 1),
                subjects=(
                    Subject("paragraph", "Paragraphe 1", first.uuid),
                    Subject("paragraph", "Paragraphe 2", second.uuid),
                ),
                consulted=tuple(org(opened, a) for a in ("AMF", "AMRF", "ADF")),
                min_answers=2,
            )
        )
    )
    on_first, on_second = (s.id for s in consultation.subjects)
    for subject, acronym, stance, reservation in (
        (on_first, "AMF", "favorable", ""),
        (on_first, "AMRF", "favorable", ""),
        (on_second, "AMF", "favorable", ""),
        (on_second, "AMRF", "reserved", RESERVATION),
    ):
        positions.apply_position(
            positions.new_position(
                PositionInput(
                    subject, org(opened, acronym), stance, reservation, received_on=date(2026, 3, 5)
                )
            )
        )
    whole = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Avis ENT dans son ensemble",
                date(2026, 3, 2),
                subjects=(Subject("opinion", snap.title, snap.uuid),),
                consulted=(org(opened, "MEN"),),
            )
        )
    )
    positions.apply_position(
        positions.new_position(
            PositionInput(
                whole.subjects[0].id,
                org(opened, "MEN"),
                "unfavorable",
                reasons="Le financement relève des collectivités.",
                received_on=date(2026, 3, 6),
            )
        )
    )
    session = OpinionSession(opinions, snap.id)
    return Draft(session, heading, first, second, third, consultation.id)


@pytest.fixture
def panel(qtbot: QtBot, opinions: Opinions, draft: Draft) -> ParagraphPositionsPanel:
    widget = ParagraphPositionsPanel(opinions)
    qtbot.addWidget(widget)
    widget.resize(340, 640)
    widget.set_session(draft.session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(panel: ParagraphPositionsPanel) -> list[list[str]]:
    return [row.texts() for row in panel.paragraph.rows]


def adf(panel: ParagraphPositionsPanel) -> list[str]:
    return next(row for row in rows(panel) if row[0] == "ADF")


def test_the_panel_shows_each_members_stance_on_the_current_paragraph(
    panel: ParagraphPositionsPanel, draft: Draft
) -> None:
    panel.show_paragraph(draft.second.uuid)
    assert panel.title.text() == "Paragraphe 2"
    assert panel.paragraph.consultation.text() == (
        "Consultation « <a href='consultation'>Projet d'avis ENT</a> »"
    )
    assert panel.paragraph.status.text() == "● Consensus avec réserves"
    assert panel.paragraph.answers.text() == "2 réponses sur 3 organisations consultées"
    assert rows(panel) == [
        ["AMF", "✓ Favorable"],
        ["AMRF", "✓ Favorable sous réserve", f"Réserve : {RESERVATION}"],
        ["ADF", "– Sans réponse"],
    ]
    panel.grab().save(str(SHOTS / "paragraph_positions.png"))
    # The whole draft's own consultation shows under every paragraph.
    assert panel.whole.isVisible()
    assert [row.texts() for row in panel.whole.rows] == [
        ["MEN", "✗ Défavorable", "Motifs : Le financement relève des collectivités."]
    ]


@pytest.mark.parametrize("width", [220, 240, 260])
def test_at_its_least_width_nothing_in_the_panel_is_cut_at_its_edge(
    panel: ParagraphPositionsPanel, draft: Draft, width: int, qtbot: QtBot
) -> None:
    """At 1280 px the rows needed 259 px of a 240 px panel: « Favorable sous réserve » and the
    reservation's words were cut at the right edge. Now the texts wrap and the chips end in
    « … » (their whole text as tooltip) inside the panel's width."""
    from PySide6.QtWidgets import QLabel, QScrollArea

    from deliberation.ui.kit.widgets import ElidedLabel

    panel.resize(width, 640)
    panel.show_paragraph(draft.second.uuid)
    qtbot.wait(10)
    QApplication.processEvents()
    scroll = panel.findChild(QScrollArea)
    assert scroll is not None
    content = scroll.widget()
    assert content.width() <= scroll.viewport().width()
    labels = [label for label in content.findChildren(QLabel) if label.isVisible()]
    assert labels
    for label in labels:
        right = label.mapTo(content, label.rect().topRight()).x()
        assert right < scroll.viewport().width(), label.text()
        if isinstance(label, ElidedLabel):
            continue
        if not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()
    chip = next(r for r in panel.paragraph.rows if r.acronym.text() == "AMRF").stance
    assert chip.text() == "✓ Favorable sous réserve"  # whole, however it is shown
    if chip.is_elided():
        assert chip.toolTip() == chip.text()


def test_a_paragraph_never_consulted_says_so_and_none_shows_a_hint(
    panel: ParagraphPositionsPanel, draft: Draft
) -> None:
    panel.show_paragraph(draft.third.uuid)
    assert panel.title.text() == "Paragraphe 3"
    assert panel.empty.text() == "Ce paragraphe n'a encore été soumis à aucune consultation."
    assert not panel.paragraph.isVisible()
    panel.show_paragraph(draft.first.uuid)
    assert panel.paragraph.isVisible() and panel.paragraph.status.text() == "● Consensus"
    panel.show_paragraph(None)
    assert "Placez le curseur" in panel.empty.text()
    panel.set_session(None)
    assert panel.empty.text() == "Aucun projet d'avis n'est ouvert."
    assert panel.statuses() == {}


def test_statuses_give_each_consulted_paragraph_its_code(
    panel: ParagraphPositionsPanel, draft: Draft
) -> None:
    assert panel.statuses() == {
        draft.first.uuid: "consensus",
        draft.second.uuid: "consensus_with_reservations",
    }


def test_a_new_position_shows_after_a_refresh(
    qtbot: QtBot, opened: Root, panel: ParagraphPositionsPanel, draft: Draft
) -> None:
    panel.show_paragraph(draft.second.uuid)
    positions = opened.positions
    subject = positions.consultation(draft.consultation_id).subjects[1].id
    positions.apply_position(
        positions.new_position(
            PositionInput(
                subject,
                org(opened, "ADF"),
                "unfavorable",
                reasons="Charge excessive.",
                received_on=date(2026, 3, 7),
            )
        )
    )
    assert adf(panel) == ["ADF", "– Sans réponse"]  # read once, not at every move
    with qtbot.waitSignal(panel.statuses_changed):
        panel.refresh()
    assert adf(panel) == ["ADF", "✗ Défavorable", "Motifs : Charge excessive."]
    assert panel.statuses()[draft.second.uuid] == "disputed"


@pytest.fixture
def dialog(qtbot: QtBot, opinions: Opinions, draft: Draft) -> DisputedDialog:
    widget = DisputedDialog(opinions, draft.session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_disputed_dialog_lists_reserved_paragraphs_and_goes_to_them(
    qtbot: QtBot, dialog: DisputedDialog, draft: Draft
) -> None:
    assert not dialog.isModal()
    tree = dialog.tree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert [top.text(c) for c in range(3)] == [
        "Paragraphe 2",
        "● Consensus avec réserves",
        "Les communes rurales en financent l'équipement sur leurs fonds propres.",
    ]
    assert [top.child(0).text(c) for c in range(3)] == [
        "AMRF",
        "✓ Favorable sous réserve",
        RESERVATION,
    ]
    assert [top.child(1).text(c) for c in range(2)] == ["ADF", "– Sans réponse"]
    assert RESERVATION in dialog.detail.toPlainText()
    dialog.grab().save(str(SHOTS / "disputed_dialog.png"))
    tree.setFocus()
    tree.setCurrentItem(top.child(0))
    with qtbot.waitSignal(dialog.go_to) as caught:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert caught.args == [draft.second.uuid]
    assert dialog.isVisible()  # the list stays open beside the text
    rect = tree.visualItemRect(top)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.go_to) as caught:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert caught.args == [draft.second.uuid]


def test_copy_puts_a_summary_for_a_mail_on_the_clipboard(
    qtbot: QtBot, dialog: DisputedDialog
) -> None:
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == (
        "Avis sur les espaces numériques de travail — "
        "paragraphes contestés ou assortis de réserves\n"
        "\n"
        "Paragraphe 2 — Consensus avec réserves (consultation « Projet d'avis ENT »)\n"
        "« Les communes rurales en financent l'équipement sur leurs fonds propres. »\n"
        f"- AMRF, favorable sous réserve : {RESERVATION}\n"
        "- Sans réponse : ADF\n"
    )


def test_without_contested_paragraphs_the_dialog_says_so(qtbot: QtBot, opinions: Opinions) -> None:
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis calme")))
    opinions.save_text(snap.id, [para("Rien à redire.")], 0)
    widget = DisputedDialog(opinions, OpinionSession(opinions, snap.id))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert widget.empty.text() == "Aucun paragraphe contesté ni assorti de réserves."
    assert not widget.copy_button.isEnabled()


def test_positions_follow_a_merge_once_the_text_is_saved(
    qtbot: QtBot, panel: ParagraphPositionsPanel, draft: Draft
) -> None:
    panel.show_paragraph(draft.first.uuid)
    assert panel.paragraph.status.text() == "● Consensus"
    assert draft.session.merge(draft.first.uuid, draft.second.uuid)
    with qtbot.waitSignal(panel.statuses_changed):
        assert draft.session.flush()
    # Paragraph 2 was absorbed by paragraph 1: its (later) reservation now stands beside it.
    assert panel.paragraph.status.text() == "● Consensus avec réserves"
    assert ["AMRF", "✓ Favorable sous réserve", f"Réserve : {RESERVATION}"] in rows(panel)
    assert panel.statuses() == {draft.first.uuid: "consensus_with_reservations"}
    # A save of typed words alone does not read the positions again.
    with qtbot.assertNotEmitted(panel.statuses_changed):
        draft.session.saved.emit()
