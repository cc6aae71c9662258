"""Creating, editing, renaming and deactivating organisations through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deliberation.errors import NotFoundError
from deliberation.ui.main_window import REFERENTIAL
from deliberation.ui.referential.organisation_dialog import OrganisationDialog
from deliberation.ui.referential.referential_models import MembershipFilter


def shown_acronyms(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def open_new_dialog(page) -> OrganisationDialog:
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.isVisible()
    return dialog


def test_create_undo_redo(qtbot: QtBot, window, referential, typist) -> None:
    page = window.page(REFERENTIAL)
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "FNE")
    typist(dialog.name, "France Numérique Éducation")
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert "FNE" in shown_acronyms(page)
    assert page.current_organisation().acronym == "FNE"
    stored = next(o for o in referential.organisations() if o.acronym == "FNE")
    assert stored.name == "France Numérique Éducation"
    assert stored.kind_key == "other"
    assert stored.is_member

    assert window.undo_action.text() == "Annuler la création de l'organisation FNE"
    window.undo_action.trigger()
    assert "FNE" not in shown_acronyms(page)
    assert all(o.acronym != "FNE" for o in referential.organisations())

    window.redo_action.trigger()
    again = next(o for o in referential.organisations() if o.acronym == "FNE")
    assert (again.id, again.uuid) == (stored.id, stored.uuid)
    assert "FNE" in shown_acronyms(page)


def test_keyboard_shortcuts_undo_and_redo(qtbot: QtBot, window, referential, typist) -> None:
    page = window.page(REFERENTIAL)
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "FNE")
    typist(dialog.name, "France Numérique Éducation")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "FNE" in shown_acronyms(page)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(o.acronym != "FNE" for o in referential.organisations())
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert any(o.acronym == "FNE" for o in referential.organisations())


def test_validation_keeps_the_dialog_open(qtbot: QtBot, window, referential, typist) -> None:
    page = window.page(REFERENTIAL)
    before = referential.organisations()
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "amf")
    typist(dialog.notes, "Une note à garder")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.field_error("acronym") == "Le sigle « amf » est déjà utilisé."
    assert dialog.field_error("name") == "Le nom complet est obligatoire."
    assert dialog.acronym.text() == "amf"
    assert dialog.notes.toPlainText() == "Une note à garder"
    assert referential.organisations() == before
    assert not window.undo_action.isEnabled()

    dialog.acronym.clear()
    qtbot.keyClicks(dialog.acronym, "NOUV")
    qtbot.keyClicks(dialog.name, "Nouvelle association")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.field_error("acronym") == ""
    assert len(referential.organisations()) == len(before) + 1


def test_cancel_writes_nothing(qtbot: QtBot, window, referential, typist) -> None:
    page = window.page(REFERENTIAL)
    before = referential.organisations()
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "XYZ")
    typist(dialog.name, "Abandonnée")
    dialog.reject()
    assert referential.organisations() == before


def test_rename_keeps_former_name_and_undo_restores(qtbot: QtBot, window, referential) -> None:
    page = window.page(REFERENTIAL)
    cdc = next(o.id for o in page.model.records() if o.acronym == "CDC")
    assert page.select_organisation(cdc)
    original = referential.organisation(cdc)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.waitExposed(dialog)
    # The renaming fields are always there, disabled until the name changes: nothing moves.
    assert dialog.keep_former.isVisible() and not dialog.keep_former.isEnabled()
    assert not dialog.renamed_on.isEnabled()
    save_at = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft())
    dialog.acronym.selectAll()
    qtbot.keyClicks(dialog.acronym, "BDT")
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Banque des Territoires")
    assert dialog.keep_former.isEnabled() and dialog.keep_former.isChecked()
    assert dialog.renamed_on.isEnabled()
    QApplication.processEvents()  # let a layout request, if any, move things
    assert dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()) == save_at
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    record = page.current_organisation()
    assert (record.acronym, record.former_acronyms[-1]) == ("BDT", "CDC")
    names = referential.organisation(record.id).former_names
    assert names[:-1] == original.former_names
    assert (names[-1].acronym, names[-1].name) == ("CDC", "Caisse des Dépôts")
    assert names[-1].valid_until == referential.today
    assert page.panel.names_model.rowCount() == len(names)
    row = page.model.row_where(lambda o: o.id == record.id)
    assert page.model.index(row, page.model.FORMER_NAMES).data() == "CDC"

    window.undo_action.trigger()
    restored = referential.organisation(record.id)
    assert restored == original
    assert page.current_organisation().acronym == "CDC"

    window.redo_action.trigger()
    assert referential.organisation(record.id).former_names == names


def test_deactivate_moves_to_former_members(qtbot: QtBot, window, referential) -> None:
    page = window.page(REFERENTIAL)
    amf = next(o for o in page.model.records() if o.acronym == "AMF")
    page.select_organisation(amf.id)
    assert page.membership_action.text() == "Désactiver"
    page.membership_action.trigger()

    assert "AMF" not in shown_acronyms(page)
    assert not next(o for o in referential.organisations() if o.id == amf.id).is_member
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.FORMER))
    assert "AMF" in shown_acronyms(page)
    page.select_organisation(amf.id)
    assert page.membership_action.text() == "Réactiver"

    window.undo_action.trigger()
    assert next(o for o in referential.organisations() if o.id == amf.id).is_member
    assert "AMF" not in shown_acronyms(page)  # still showing former members
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.CURRENT))
    assert "AMF" in shown_acronyms(page)


def test_reactivate_opens_a_new_period(window, referential) -> None:
    page = window.page(REFERENTIAL)
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.FORMER))
    mein = next(o for o in page.model.records() if o.acronym == "MEIN")
    page.select_organisation(mein.id)
    page.membership_action.trigger()
    assert len(referential.organisation(mein.id).memberships) == 2
    window.undo_action.trigger()
    assert len(referential.organisation(mein.id).memberships) == 1


def test_search_filters_the_table(qtbot: QtBot, window) -> None:
    page = window.page(REFERENTIAL)
    qtbot.keyClicks(page.search, "france")
    shown = shown_acronyms(page)
    assert "AMF" in shown and "CDC" not in shown
    page.search.clear()
    qtbot.keyClicks(page.search, "arf")
    assert shown_acronyms(page) == ["RdF"]
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    assert page.count.text() == "Aucune organisation"
    assert page.panel.pages.currentWidget() is page.panel.empty


def test_undo_failure_is_reported_and_dropped(qtbot: QtBot, window, referential, messages):
    page = window.page(REFERENTIAL)
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "TMP")
    qtbot.keyClicks(dialog.name, "Temporaire")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    tmp = page.current_organisation()
    # Something outside the stack gives the organisation a delegate: it can no longer be removed.
    from deliberation.records.referential import DelegateInput

    referential.apply_delegate(referential.new_delegate(DelegateInput(tmp.id, "Ana", "Lopez")))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(messages.errors))
    assert "TMP" in messages.errors[0]
    assert referential.organisation(tmp.id).acronym == "TMP"
    assert window.editor.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_missing_organisation_is_one_sentence(window, referential, messages) -> None:
    page = window.page(REFERENTIAL)
    try:
        referential.organisation(99999)
    except NotFoundError as exc:
        assert str(exc).endswith(".")
    assert messages.errors == []
    assert page.current_organisation() is None


def test_rename_without_history(qtbot: QtBot, window, referential) -> None:
    page = window.page(REFERENTIAL)
    vf = next(o.id for o in page.model.records() if o.acronym == "VF")
    page.select_organisation(vf)
    page.edit_action.trigger()
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, " (typo)")
    dialog.keep_former.setChecked(False)
    assert not dialog.renamed_on.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    snap = referential.organisation(vf)
    assert (snap.name, snap.former_names) == ("Villes de France (typo)", ())


def test_unchanged_edit_pushes_nothing(qtbot: QtBot, window) -> None:
    page = window.page(REFERENTIAL)
    page.select_organisation(next(o.id for o in page.model.records() if o.acronym == "VF"))
    page.edit_action.trigger()
    qtbot.mouseClick(page.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not page.dialog.isVisible()
    assert window.editor.undo_stack.count() == 0


def test_saving_keeps_the_filters_unless_they_hide_the_organisation(
    qtbot: QtBot, window, typist
) -> None:
    page = window.page(REFERENTIAL)
    status = window.statusBar()
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.CURRENT))
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "FNE")
    typist(dialog.name, "France Numérique Éducation")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.proxy.membership() == MembershipFilter.CURRENT
    assert page.current_organisation().acronym == "FNE"
    assert status.currentMessage() == "Organisation FNE enregistrée."

    qtbot.keyClicks(page.search, "france")  # a search and a filter that both hide ANEF
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.FORMER))
    dialog = open_new_dialog(page)
    qtbot.keyClicks(dialog.acronym, "ANEF")
    qtbot.keyClicks(dialog.name, "Association nouvelle")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.current_organisation().acronym == "ANEF"
    assert page.proxy.membership() == MembershipFilter.ALL
    assert page.search.text() == ""
    assert status.currentMessage() == (
        "Organisation ANEF enregistrée. Pour afficher ANEF, la recherche a été effacée et "
        "le filtre « Toutes les organisations » a été choisi."
    )


def test_short_columns_fit_whatever_the_filter(qtbot: QtBot, window) -> None:
    page = window.page(REFERENTIAL)
    header = page.view.horizontalHeader()
    page.membership.setCurrentIndex(page.membership.findData(MembershipFilter.ALL))
    kind = page.model.KIND
    widest = max(
        page.view.fontMetrics().horizontalAdvance(page.proxy.index(r, kind).data())
        for r in range(page.proxy.rowCount())
    )
    assert header.sectionSize(kind) > widest  # « Établissement public » is not cut
    window.resize(700, window.height())
    QApplication.processEvents()
    assert header.sectionSize(kind) > widest
    panel_header = page.panel.delegates_view.horizontalHeader()
    assert panel_header.stretchLastSection() or (
        panel_header.sectionResizeMode(panel_header.count() - 1) == panel_header.ResizeMode.Stretch
    )


def test_export_the_directory_from_the_page(
    qtbot: QtBot, window, messages, tmp_path, referential
) -> None:
    import docx
    import openpyxl

    page = window.show_area(REFERENTIAL)
    assert page.export_menu.menuAction().isVisible()
    messages.save_to = tmp_path / "annuaire.docx"
    with qtbot.waitSignal(page.exporter.done) as said:
        page.word_action.trigger()
    assert said.args == [f"Annuaire des membres enregistré dans {tmp_path / 'annuaire.docx'}."]
    today = referential.today.isoformat()
    assert messages.save_requests == [f"{today}-annuaire-des-membres.docx"]
    (table,) = docx.Document(str(tmp_path / "annuaire.docx")).tables
    assert [c.text for c in table.rows[0].cells] == ["Délégué", "Rôle", "Fonction", "Courriel"]
    members = [o for o in referential.organisations() if o.is_member]
    headings = {r.cells[0].text for r in table.rows if len({c.text for c in r.cells}) == 1}
    assert {h.split(" – ")[0] for h in headings} == {o.acronym for o in members}
    messages.save_to = tmp_path / "annuaire"  # no suffix typed: the chosen type's
    with qtbot.waitSignal(page.exporter.done):
        page.sheet_action.trigger()
    assert openpyxl.load_workbook(tmp_path / "annuaire.xlsx").active["A1"].value == (
        "Annuaire des membres"
    )
    assert window.statusBar().currentMessage().startswith("Annuaire des membres enregistré")
