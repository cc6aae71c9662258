"""The dialog that adds or edits a delegate of an organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from deliberation.records.referential import DelegateInput, DelegateRecord
from deliberation.rules.validation import EMAIL_MAX, NAME_MAX, PERSON_NAME_MAX
from deliberation.ui.kit.forms import EditingDialog, editing_title
from deliberation.ui.kit.labels import ROLES, role_label

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor


class DelegateDialog(EditingDialog[DelegateRecord]):
    """Adds a delegate (`before` None, to `organisation_id` if given) or edits `before`.

    Attributes:
        result_record: the delegate as saved, once the dialog was accepted.
    """

    def __init__(
        self,
        editor: Editor,
        before: DelegateRecord | None = None,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            before,
            editing_title(
                self.tr("Nouveau délégué"),
                self.tr("Modifier le délégué %1"),
                None if before is None else before.full_name,
            ),
            parent,
        )
        self.result_record: DelegateRecord | None = None

        self.first_name = QLineEdit()
        self.first_name.setMaxLength(PERSON_NAME_MAX)
        self.last_name = QLineEdit()
        self.last_name.setMaxLength(PERSON_NAME_MAX)
        self.organisation = QComboBox()
        wanted = before.organisation_id if before else organisation_id
        for org in editor.referential.organisations():
            if org.is_member or org.id == wanted:
                label = f"{org.acronym} — {org.name}"
                if not org.is_member:
                    label += self.tr(" (ancien membre)")
                self.organisation.addItem(label, org.id)
        self.organisation.setCurrentIndex(self.organisation.findData(wanted))
        self.organisation.setMinimumWidth(420)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.function = QLineEdit()
        self.function.setMaxLength(NAME_MAX)
        self.function.setPlaceholderText(self.tr("ex. : Vice-président chargé de l'éducation"))
        self.email = QLineEdit()
        self.email.setMaxLength(EMAIL_MAX)
        self.email.setPlaceholderText(self.tr("prenom.nom@exemple.fr"))
        self.active = QCheckBox(self.tr("Délégué en fonction"))
        self.active.setChecked(True)

        self.add_row("first_name", self.tr("&Prénom :"), self.first_name)
        self.add_row("last_name", self.tr("&Nom :"), self.last_name)
        self.add_row("organisation", self.tr("&Organisation :"), self.organisation)
        self.add_row("role", self.tr("&Rôle :"), self.role)
        self.add_row("function", self.tr("&Fonction :"), self.function)
        self.add_row("email", self.tr("&Courriel :"), self.email)
        self.add_row("active", self.tr("Actif :"), self.active)

        if before is not None:
            self.first_name.setText(before.first_name)
            self.last_name.setText(before.last_name)
            self.role.setCurrentIndex(max(self.role.findData(before.role), 0))
            self.function.setText(before.function)
            self.email.setText(before.email)
            self.active.setChecked(before.active)
        self.first_name.setFocus()

    def data(self) -> DelegateInput:
        return DelegateInput(
            organisation_id=self.organisation.currentData() or 0,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            role=self.role.currentData() or "titular",
            email=self.email.text(),
            function=self.function.text(),
            active=self.active.isChecked(),
        )

    def write(self) -> None:
        ref = self.editor.referential
        if self.before is None:
            record = ref.new_delegate(self.data())
            self.result_record = self.editor.create_delegate(record)
        else:
            after = ref.edited_delegate(self.before, self.data())
            if after == self.before:
                self.result_record = self.before
            else:
                self.result_record = self.editor.edit_delegate(self.before, after)
