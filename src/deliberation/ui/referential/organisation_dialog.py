"""The dialog that creates or edits an organisation, keeping its former name on renaming."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from deliberation.records.referential import OrganisationInput, OrganisationSnapshot
from deliberation.rules.validation import ACRONYM_MAX, NAME_MAX, clean_line
from deliberation.ui.kit.forms import EditingDialog, date_edit, editing_title, to_date

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor


class OrganisationDialog(EditingDialog[OrganisationSnapshot]):
    """Creates an organisation (`before` None) or edits `before`, through the editor.

    Attributes:
        result_snapshot: the organisation as saved, once the dialog was accepted.
    """

    def __init__(
        self,
        editor: Editor,
        before: OrganisationSnapshot | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            before,
            editing_title(
                self.tr("Nouvelle organisation"),
                self.tr("Modifier l'organisation %1"),
                None if before is None else before.acronym,
            ),
            parent,
        )
        self.result_snapshot: OrganisationSnapshot | None = None
        ref = editor.referential

        self.acronym = QLineEdit()
        self.acronym.setMaxLength(ACRONYM_MAX)
        self.acronym.setPlaceholderText(self.tr("ex. : AMF"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("ex. : Association des Maires de France"))
        self.name.setMinimumWidth(420)
        self.kind = QComboBox()
        for kind in ref.kinds():
            self.kind.addItem(kind.label, kind.key)
        self.member_since = date_edit(ref.today)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.keep_former = QCheckBox(self.tr("Conserver l'ancien nom dans l'historique"))
        self.keep_former.setChecked(True)
        self.renamed_on = date_edit(ref.today)

        self.add_row("acronym", self.tr("&Sigle :"), self.acronym)
        self.add_row("name", self.tr("&Nom complet :"), self.name)
        if before is not None:
            hint = self.tr("Modifiez le sigle ou le nom pour garder trace de l'ancien nom.")
            self.keep_former.setToolTip(hint)
            self.renamed_on.setToolTip(hint)
            self.add_row("keep_former", "", self.keep_former)
            self.add_row("renamed_on", self.tr("Nom changé le :"), self.renamed_on)
            holder = self.renamed_on.parentWidget()
            assert holder is not None  # add_row put the field in a holder
            label = self.form.labelForField(holder)
            assert isinstance(label, QLabel)
            self.renamed_label = label
        self.add_row("kind", self.tr("&Type :"), self.kind)
        if before is None:
            self.add_row("member_since", self.tr("&Membre depuis le :"), self.member_since)
        self.add_row("notes", self.tr("N&otes :"), self.notes)
        if before is not None:
            self.acronym.setText(before.acronym)
            self.name.setText(before.name)
            index = self.kind.findData(before.kind_key)
            self.kind.setCurrentIndex(max(index, 0))
            self.notes.setPlainText(before.notes)
            self.acronym.textChanged.connect(self._update_rename)
            self.name.textChanged.connect(self._update_rename)
            self.keep_former.toggled.connect(self._update_rename)
            self._update_rename()
        self.acronym.setFocus()

    def is_renamed(self) -> bool:
        if self.before is None:
            return False
        return (clean_line(self.acronym.text()), clean_line(self.name.text())) != (
            self.before.acronym,
            self.before.name,
        )

    def _update_rename(self) -> None:
        """The renaming fields stay in place (nothing moves while typing), enabled on renaming."""
        renamed = self.is_renamed()
        self.keep_former.setEnabled(renamed)
        self.renamed_on.setEnabled(renamed and self.keep_former.isChecked())
        self.renamed_label.setEnabled(self.renamed_on.isEnabled())

    def data(self) -> OrganisationInput:
        return OrganisationInput(
            acronym=self.acronym.text(),
            name=self.name.text(),
            kind_key=self.kind.currentData() or "",
            member_since=to_date(self.member_since.date()) if self.before is None else None,
            notes=self.notes.toPlainText().strip(),
        )

    def write(self) -> None:
        ref = self.editor.referential
        if self.before is None:
            snap = ref.new_organisation(self.data())
            self.result_snapshot = self.editor.create_organisation(snap)
        else:
            after = ref.edited_organisation(
                self.before,
                self.data(),
                keep_former_name=self.keep_former.isChecked(),
                renamed_on=to_date(self.renamed_on.date()),
            )
            if after == self.before:
                self.result_snapshot = self.before
            else:
                self.result_snapshot = self.editor.edit_organisation(self.before, after)
