"""The Accueil page on a real store: its sections, what they say when empty, the lines that open
their item (click or Enter), and what changed since the last visit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from tests.services.test_home import TODAY, plan_the_month
from tests.ui.conftest import RecordingMessages

from deliberation.records.meetings import ActionInput
from deliberation.services.root import Root
from deliberation.ui.home.home_page import HomePage, last_opened, remember_opening
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.editor import Editor
from deliberation.ui.main_window import HOME, MEETINGS, POSITIONS, MainWindow


def shown_page(
    qtbot: QtBot, root: Root, messages: RecordingMessages, since: datetime | None = None
) -> HomePage:
    page = HomePage(Editor(root), messages, since)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_sections_name_the_day_s_work(qtbot: QtBot, opened: Root, messages) -> None:
    root = opened.acting(today=TODAY)
    plan_the_month(root)
    page = shown_page(qtbot, root, messages)
    assert page.today_label.text() == "Aujourd'hui, jeudi 1er avril 2027."

    meetings = page.lines(page.meetings_box)
    assert len(meetings) == 3
    first, second = meetings[0].split("\n")
    assert first == "mar. 6 avr. 2027, 14 h 00 — Plénière d'avril"
    assert second.startswith("Ordre du jour en préparation · 2 points · Sans réponse : ")
    assert "AMF" in second and "MEN" not in second  # MEN confirmed
    assert meetings[1].split("\n")[1].startswith("Convocation envoyée · 1 point")
    assert meetings[2].split("\n")[1].startswith("Ordre du jour vide")

    assert page.actions_box.title.text() == "Actions à suivre — 2 ouvertes, dont 1 en retard"
    overdue, later = page.lines(page.actions_box)
    # Overdue first, with a sign and a colour; the other plain.
    assert overdue.startswith("⚠ En retard (pour le 25/03/2027) — Envoyer le compte rendu\nAMF")
    assert later.startswith("Pour le 01/05/2027 — Préparer la note sur les ENT")
    items = page.actions_box.lines
    assert items.item(0).foreground().color() == QColor(WARNING_TEXT)
    assert items.item(1).foreground().color() != QColor(WARNING_TEXT)

    closing, later_one = page.lines(page.consultations_box)
    assert closing == (
        "⚠ Avis sur les ENT\n1 sur 4 ont répondu (25 %) · clôture le 11/04/2027 (dans 10 jours)"
    )
    assert later_one.startswith("Avis sur la sobriété\n0 sur 4 ont répondu (0 %)")

    [opinion] = page.lines(page.opinions_box)
    assert opinion.startswith("Avis ENT\nProjet · Avis · modifié le ")

    # First visit: nothing is said to have changed.
    assert page.changes_box.lines.count() == 0
    assert page.changes_box.empty.isVisible()
    assert "première ouverture" in page.changes_box.empty.text()


def test_empty_sections_say_so_in_readable_text(qtbot: QtBot, opened: Root, messages) -> None:
    page = shown_page(qtbot, opened, messages)
    for section in (page.meetings_box, page.actions_box, page.consultations_box):
        assert section.empty.isVisible() and not section.lines.isVisible()
        # Not the greyed-out look of a disabled label: the muted colour stays above 4.5:1.
        assert section.empty.isEnabled()
        assert section.empty.palette().color(section.empty.foregroundRole()) == QColor(MUTED_TEXT)
    assert page.meetings_box.empty.text() == (
        "Aucune séance prévue dans les six prochaines semaines."
    )
    assert page.opinions_box.empty.text() == "Aucun avis en préparation."


def test_a_click_or_enter_opens_the_line_s_item(
    qtbot: QtBot, window: MainWindow, opened: Root
) -> None:
    plan = plan_the_month(opened)  # around the real day, as the window sees it
    home = window.page(HOME)
    assert isinstance(home, HomePage) and window.current_area() == HOME
    home.reload()

    consultations = home.consultations_box.lines
    rect = consultations.visualItemRect(consultations.item(0))
    qtbot.mouseClick(consultations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == POSITIONS
    assert window.page(POSITIONS).current_consultation_id() == plan.closing

    window.show_area(HOME)
    actions = home.actions_box.lines
    actions.setFocus()
    actions.setCurrentRow(0)  # the overdue action, asked at the next plenary
    qtbot.keyClick(actions, Qt.Key.Key_Return)
    assert window.current_area() == MEETINGS
    assert window.page(MEETINGS).listing.current_meeting_id() == plan.next_plenary


def test_what_changed_since_the_last_visit_shows_and_follows_edits(
    qtbot: QtBot, opened: Root, messages
) -> None:
    root = opened.acting(today=TODAY)
    page = shown_page(qtbot, root, messages, since=datetime.now(UTC))
    assert page.lines(page.changes_box) == []
    assert page.changes_box.empty.text() == "Rien n'a changé depuis votre dernière visite."

    editor = page.editor
    amf = next(o.id for o in root.referential.organisations() if o.acronym == "AMF")
    data = ActionInput("Relancer les associations", organisation_id=amf, due_date=TODAY)
    # The page is shown: it reads the store again at once.
    editor.create_action(editor.meetings.new_action(data))
    assert page.lines(page.changes_box) == ["1 action", "    Relancer les associations"]
    assert page.changes_box.title.text().startswith("Depuis votre dernière visite, le ")
    assert page.lines(page.actions_box) == ["Pour le 01/04/2027 — Relancer les associations\nAMF"]
    assert page.changes_box.lines.place(0) is None  # the heading opens nothing
    assert page.changes_box.lines.place(1) is not None


def test_each_store_remembers_its_own_last_opening() -> None:
    first = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)
    assert remember_opening("/tmp/a.sqlite3", first) is None
    assert remember_opening("/tmp/b.sqlite3", first) is None
    assert remember_opening("/tmp/a.sqlite3", first + timedelta(days=1)) == first
    assert remember_opening("/tmp/a.sqlite3") == first + timedelta(days=1)
    last_opened("/tmp/c.sqlite3").set("pas une date")
    assert remember_opening("/tmp/c.sqlite3") is None


def test_a_date_far_ahead_is_not_a_next_meeting(qtbot: QtBot, opened: Root, messages) -> None:
    root = opened.acting(today=date(2027, 4, 1))
    plan_the_month(root)
    page = shown_page(qtbot, root, messages)
    assert not any("Plénière de juillet" in line for line in page.lines(page.meetings_box))
