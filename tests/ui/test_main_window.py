"""The main window: start-up on Accueil, navigation, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from deliberation import __version__
from deliberation.ui.home.home_page import HomePage
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.settings import USER_NAME, WINDOW_GEOMETRY
from deliberation.ui.main_window import GROUPS, HOME, OPINIONS, REFERENTIAL, MainWindow
from deliberation.ui.referential.referential_page import ReferentialPage


def test_starts_on_accueil(window) -> None:
    # Qt appends the display name: « Comité des partenaires — Délibération », not twice
    assert window.windowTitle() == "Comité des partenaires — store.sqlite3"
    assert window.current_area() == HOME
    assert window.navigation.item(0).text() == "Accueil"
    home = window.page(HOME)
    assert isinstance(home, HomePage) and home.isVisible()
    assert window.stack.currentWidget() is home


def test_the_referential_shows_the_current_members(window) -> None:
    page = window.show_area(REFERENTIAL)
    assert isinstance(page, ReferentialPage)
    assert page.isVisible()
    assert page.proxy.rowCount() == 14
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert "MEIN" not in shown and "AMF" in shown
    assert page.count.text() == "14 organisations"


def test_other_pages_are_built_when_first_shown(window) -> None:
    assert all(area.page is None for area in window.areas if area.key != HOME)
    window.navigation.setCurrentRow(2)
    assert window.current_area() == GROUPS
    assert window.stack.currentWidget() is window.page(GROUPS)


def test_the_opinions_area_gives_annuler_to_the_opened_opinion(window, editor) -> None:
    from deliberation.records.opinions import OpinionInput
    from deliberation.ui.opinions.opinions_page import OpinionsPage

    snap = editor.opinions.apply_opinion(
        editor.opinions.new_opinion(OpinionInput("avis", "Avis sur les ENT"))
    )
    page = window.show_area(OPINIONS)
    assert isinstance(page, OpinionsPage)
    page.reload()
    assert page.select_opinion(snap.id)
    session = page.workspace.session
    assert session is not None and session.opinion_id == snap.id
    assert window.undo_group.activeStack() is session.undo_stack
    window.show_area(REFERENTIAL)
    assert window.undo_group.activeStack() is editor.undo_stack


def test_status_bar_and_about(window, opened, messages) -> None:
    assert window.location_label.text() == f"Base : {opened.store.location}"
    assert window.body_label.text() == "Comité des partenaires du numérique pour l'éducation"
    window.show_about()
    assert opened.store.location in messages.abouts[0]
    assert "Délibération" in messages.abouts[0]
    assert f"Délibération {__version__}" in messages.abouts[0]


def test_the_store_path_is_copied_whole_from_its_menu(window, opened) -> None:
    """The status bar's path is elided (not selectable): its right-click menu copies it."""
    from PySide6.QtWidgets import QApplication

    label = window.location_label
    assert label.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    [copy] = label.actions()
    assert copy.text() == "Copier le chemin"
    label.resize(60, label.height())  # cut to « … » on screen
    assert label.is_elided()
    QApplication.clipboard().clear()
    copy.trigger()
    assert QApplication.clipboard().text() == opened.store.location
    assert window.statusBar().currentMessage() == "Chemin de la base copié."


def test_undo_and_redo_shortcuts(window) -> None:
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "Annuler"


def test_geometry_is_remembered(window) -> None:
    from PySide6.QtCore import QSettings

    QSettings().remove(WINDOW_GEOMETRY.key)
    window.close()
    assert QSettings().value(WINDOW_GEOMETRY.key) is not None


def test_database_password_is_never_shown() -> None:
    from deliberation.paths import safe_location as display_location

    url = "postgresql+psycopg://secretariat:s3cret@db.example/deliberation"
    assert "s3cret" not in display_location(url)
    assert display_location("/home/user/magasin.sqlite3") == "/home/user/magasin.sqlite3"


def test_the_users_name_signs_the_positions_they_enter(window: MainWindow, editor: Editor) -> None:
    assert editor.positions.user == "Secrétariat"
    window.set_user_name("  Hélène\tMarty ")
    assert editor.positions.user == "Hélène Marty"
    assert QSettings().value(USER_NAME.key) == "Hélène Marty"
    window.set_user_name("")
    assert editor.positions.user == "Secrétariat"
    assert QSettings().value(USER_NAME.key) == ""


def test_a_consultation_named_beside_a_text_opens_in_the_positions_area(
    window, editor, org_id
) -> None:
    from datetime import date

    from deliberation.records.positions import ConsultationInput, Subject
    from deliberation.ui.main_window import POSITIONS

    positions = editor.positions
    snap = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Projet d'avis ENT",
                date(2026, 3, 1),
                subjects=(Subject("other", "Ensemble"),),
                consulted=(org_id("AMF"),),
            )
        )
    )
    window.show_area(OPINIONS)
    window.page(OPINIONS).workspace.positions.consultation_requested.emit(snap.id)
    assert window.current_area() == POSITIONS
    assert window.page(POSITIONS).current_consultation_id() == snap.id


def test_a_place_opens_its_area_on_its_row(window, editor, org_id) -> None:
    from datetime import date

    from deliberation.records.opinions import OpinionInput
    from deliberation.records.places import Place
    from deliberation.records.positions import ConsultationInput, Subject
    from deliberation.ui.main_window import POSITIONS

    positions = editor.positions
    consultation = positions.apply_consultation(
        positions.new_consultation(
            ConsultationInput(
                "Projet d'avis ENT",
                date(2026, 3, 1),
                subjects=(Subject("other", "Ensemble"),),
                consulted=(org_id("AMF"),),
            )
        )
    )
    opinion = editor.opinions.apply_opinion(
        editor.opinions.new_opinion(OpinionInput("avis", "Avis sur les ENT"))
    )

    assert window.open_place(Place("consultation", consultation.id))
    assert window.current_area() == POSITIONS
    assert window.page(POSITIONS).current_consultation_id() == consultation.id

    assert window.open_place(Place("paragraph", opinion.id, "not-a-uuid"))
    assert window.current_area() == OPINIONS
    assert window.page(OPINIONS).current_opinion_id() == opinion.id

    assert window.open_place(Place("organisation", org_id("AMRF")))
    assert window.current_area() == REFERENTIAL
    assert window.page(REFERENTIAL).current_organisation().acronym == "AMRF"
    assert not window.open_place(Place("unknown", 1))


def test_help_opens_the_log_folder(window, messages, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QDesktopServices

    import deliberation.paths

    log = tmp_path / "journal" / "deliberation.log"
    monkeypatch.setattr(deliberation.paths, "log_path", lambda: log)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    window.log_folder_action.trigger()
    assert messages.errors == [f"Le dossier du journal {log.parent} n'a pas pu être ouvert."]
    log.parent.mkdir()
    window.log_folder_action.trigger()
    assert opened == [str(log.parent)]


def test_a_status_note_has_room_beside_the_base_path(window, qtbot) -> None:
    """The path stays at the right: a note shown in the status bar is drawn left of it."""
    window.resize(1200, 700)
    window.show_status("Une note pour l'utilisateur")
    qtbot.waitUntil(lambda: window.location_label.x() > window.statusBar().width() // 3)
    assert window.statusBar().currentMessage() == "Une note pour l'utilisateur"
