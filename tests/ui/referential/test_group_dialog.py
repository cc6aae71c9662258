"""Creating and editing working groups: theme, members, chair and rapporteurs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.checklists import checked_ids, set_checked
from deliberation.ui.main_window import GROUPS
from deliberation.ui.referential.group_dialog import GroupDialog
from deliberation.ui.referential.groups_page import GroupsPage


def open_new_group(window) -> tuple[GroupsPage, GroupDialog]:
    page = window.show_area(GROUPS)
    assert isinstance(page, GroupsPage)
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    return page, dialog


def people_in(dialog: GroupDialog) -> set[int]:
    return {
        dialog.rapporteurs.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.rapporteurs.count())
    }


def test_create_group_undo_redo(qtbot: QtBot, window, referential, delegates, org_id, typist):
    page, dialog = open_new_group(window)
    assert page.no_groups.isVisible()
    martin, dupuis, bernard, leroy = (
        delegates[n] for n in ("Martin", "Dupuis", "Bernard", "Leroy")
    )
    assert dialog.rapporteurs.count() == 0 and dialog.people_hint.isVisibleTo(dialog)

    typist(dialog.name, "Équipement des écoles")
    theme = referential.themes()[4]
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme.id))
    typist(dialog.mandate, "Proposer un cadre commun d'achat.")
    set_checked(dialog.members, [org_id("AMF"), org_id("MEN")])
    assert people_in(dialog) == {martin.id, dupuis.id, bernard.id}  # not Leroy (RdF)
    dialog.chair.setCurrentIndex(dialog.chair.findData(martin.id))
    set_checked(dialog.rapporteurs, [bernard.id, dupuis.id])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible(), dialog.general_error.text()
    [group] = referential.groups()
    assert group.name == "Équipement des écoles"
    assert group.theme_id == theme.id
    assert set(group.member_acronyms) == {"AMF", "MEN"}
    assert group.chair_name == "Claire Martin"
    assert set(group.rapporteur_ids) == {bernard.id, dupuis.id}
    assert page.model.rowCount() == 1 and page.current_group() == group
    assert page.details.chair.text() == "Claire Martin"
    assert leroy.id not in group.rapporteur_ids
    status = window.statusBar()
    assert status.currentMessage() == "Groupe de travail « Équipement des écoles » enregistré."

    window.undo_action.trigger()
    assert referential.groups() == []
    assert page.model.rowCount() == 0
    assert status.currentMessage() == "Annulé : la création du groupe « Équipement des écoles »."
    window.redo_action.trigger()
    assert referential.groups() == [group]
    assert status.currentMessage() == "Rétabli : la création du groupe « Équipement des écoles »."


def test_chair_and_rapporteurs_follow_members(qtbot: QtBot, window, delegates, org_id) -> None:
    _page, dialog = open_new_group(window)
    martin, bernard = delegates["Martin"], delegates["Bernard"]
    set_checked(dialog.members, [org_id("AMF"), org_id("MEN")])
    dialog.chair.setCurrentIndex(dialog.chair.findData(martin.id))
    set_checked(dialog.rapporteurs, [bernard.id, martin.id])
    set_checked(dialog.members, [org_id("AMF")], checked=False)
    assert dialog.chair.currentData() is None  # Martin's organisation left the group
    assert checked_ids(dialog.rapporteurs) == [bernard.id]
    assert people_in(dialog) == {bernard.id}


def test_group_needs_a_name_and_a_theme(qtbot: QtBot, window, referential) -> None:
    _page, dialog = open_new_group(window)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_error("name") == "Le nom du groupe de travail est obligatoire."
    assert dialog.field_error("theme") == "Choisissez le thème du groupe de travail."
    qtbot.keyClicks(dialog.name, "Usages")  # editing a field clears its message, only its own
    assert dialog.field_error("name") == ""
    assert dialog.field_error("theme") == "Choisissez le thème du groupe de travail."
    dialog.theme.setCurrentIndex(1)
    assert dialog.field_error("theme") == ""
    dialog.start_date.check.setChecked(True)
    dialog.end_date.check.setChecked(True)
    dialog.end_date.edit.setDate(dialog.start_date.edit.date().addDays(-1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("end_date") == "La date de fin précède la date de début."
    assert referential.groups() == []


def test_edit_group(qtbot: QtBot, window, referential, delegates, org_id) -> None:
    from deliberation.records.referential import GroupInput

    martin = delegates["Martin"]
    theme = referential.themes()[0]
    created = referential.apply_group(
        referential.new_group(GroupInput("Usages", theme.id, member_ids=(org_id("AMF"),)))
    )
    page = window.show_area(GROUPS)
    assert page.select_group(created.id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert dialog.name.text() == "Usages"
    assert checked_ids(dialog.members) == [org_id("AMF")]
    dialog.chair.setCurrentIndex(dialog.chair.findData(martin.id))
    dialog.status.setCurrentIndex(dialog.status.findData("active"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    edited = referential.group(created.id)
    assert (edited.chair_id, edited.status) == (martin.id, "active")
    assert window.undo_action.text() == "Annuler la modification du groupe « Usages »"
    window.undo_action.trigger()
    assert referential.group(created.id) == created
    assert page.current_group() == created


def test_undo_from_groups_names_the_referential_change(qtbot: QtBot, window, referential):
    from deliberation.ui.main_window import REFERENTIAL

    ref_page = window.page(REFERENTIAL)
    amf = next(o for o in ref_page.model.records() if o.acronym == "AMF")
    ref_page.select_organisation(amf.id)
    ref_page.membership_action.trigger()
    window.show_area(GROUPS)
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Annulé : la désactivation de AMF."
    assert next(o for o in referential.organisations() if o.id == amf.id).is_member


def test_people_fit_in_the_dialog(qtbot: QtBot, window, delegates, org_id) -> None:
    _page, dialog = open_new_group(window)
    qtbot.waitExposed(dialog)
    hint = dialog.people_hint
    assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())
    set_checked(dialog.members, [org_id("AMF")])
    dialog.chair.setCurrentIndex(dialog.chair.findData(delegates["Martin"].id))
    text = dialog.chair.currentText()
    assert text == "Claire Martin (AMF, titulaire)"
    assert dialog.chair.width() > dialog.chair.fontMetrics().horizontalAdvance(text)


def test_inactive_delegates_are_not_offered(qtbot: QtBot, window, referential, delegates, org_id):
    from dataclasses import replace

    from deliberation.records.referential import GroupInput

    dupuis = referential.apply_delegate(replace(delegates["Dupuis"], active=False))
    martin = delegates["Martin"]
    _page, dialog = open_new_group(window)
    set_checked(dialog.members, [org_id("AMF")])
    assert people_in(dialog) == {martin.id}
    assert dialog.chair.findData(dupuis.id) < 0
    dialog.reject()

    theme = referential.themes()[0]
    created = referential.apply_group(
        referential.new_group(
            GroupInput("Usages", theme.id, member_ids=(org_id("AMF"),), chair_id=dupuis.id)
        )
    )
    page = window.show_area(GROUPS)
    page.reload()  # the group was written behind the page's back
    assert page.select_group(created.id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert dialog.chair.currentData() == dupuis.id
    assert dialog.chair.currentText() == "Jean Dupuis (AMF, suppléant) (ne siège plus)"
    assert people_in(dialog) == {martin.id, dupuis.id}
