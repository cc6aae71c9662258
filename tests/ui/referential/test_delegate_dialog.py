"""Adding and editing delegates through the organisation's details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deliberation.ui.main_window import REFERENTIAL
from deliberation.ui.referential.delegate_dialog import DelegateDialog


def select(page, acronym: str) -> int:
    org = next(o for o in page.model.records() if o.acronym == acronym)
    assert page.select_organisation(org.id)
    return org.id


def test_add_delegate_undo_redo(qtbot: QtBot, window, referential, typist) -> None:
    page = window.page(REFERENTIAL)
    amf = select(page, "AMF")
    page.panel.new_delegate_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, DelegateDialog)
    assert dialog.organisation.currentData() == amf
    typist(dialog.first_name, "Hélène")
    typist(dialog.last_name, "Dubois")
    dialog.role.setCurrentIndex(dialog.role.findData("alternate"))
    typist(dialog.function, "Maire adjointe chargée de l'éducation")
    qtbot.keyClicks(dialog.email, "h.dubois@amf.asso.fr")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [stored] = referential.delegates(amf)
    assert (stored.full_name, stored.role, stored.email) == (
        "Hélène Dubois",
        "alternate",
        "h.dubois@amf.asso.fr",
    )
    assert page.panel.delegates_model.rowCount() == 1
    assert page.panel.current_delegate() == stored
    assert page.current_organisation().delegate_count == 1
    assert page.panel.tabs.tabText(0) == "Délégués (1)"

    window.undo_action.trigger()
    assert referential.delegates(amf) == []
    assert page.panel.delegates_model.rowCount() == 0
    window.redo_action.trigger()
    assert referential.delegates(amf) == [stored]


def test_bad_email_and_missing_names(qtbot: QtBot, window, referential) -> None:
    page = window.page(REFERENTIAL)
    select(page, "MEN")
    page.panel.new_delegate_action.trigger()
    dialog = page.dialog
    qtbot.keyClicks(dialog.email, "pas-une-adresse")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert (
        dialog.field_error("email")
        == "L'adresse électronique « pas-une-adresse » n'est pas valide."
    )
    assert dialog.field_error("last_name") == "Le nom du délégué est obligatoire."
    assert dialog.field_error("first_name") == "Le prénom du délégué est obligatoire."
    assert dialog.email.text() == "pas-une-adresse"
    assert referential.delegates() == []
    assert window.editor.undo_stack.count() == 0


def test_edit_delegate_by_double_click(qtbot: QtBot, window, referential, delegates) -> None:
    page = window.page(REFERENTIAL)
    select(page, "AMF")
    view = page.panel.delegates_view
    row = page.panel.delegates_model.row_where(lambda d: d.last_name == "Dupuis")
    rect = view.visualRect(page.panel.delegates_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, DelegateDialog)
    assert dialog.last_name.text() == "Dupuis"
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    dupuis = delegates["Dupuis"]
    stored = next(d for d in referential.delegates() if d.id == dupuis.id)
    assert not stored.active
    assert page.current_organisation().delegate_count == 1  # active delegates only
    # the tab counts the same delegates in office, and says how many no longer sit
    assert page.panel.tabs.tabText(0) == "Délégués (1 en fonction, 1 ancien)"
    window.undo_action.trigger()
    assert next(d for d in referential.delegates() if d.id == dupuis.id) == dupuis
