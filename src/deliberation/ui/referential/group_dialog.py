"""The dialog that creates or edits a working group: theme, members, chair and rapporteurs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from deliberation.records.referential import DelegateRecord, GroupInput, GroupRecord
from deliberation.rules.validation import NAME_MAX
from deliberation.ui.kit.checklists import ID_ROLE, checkable_list, checked_ids, set_checked
from deliberation.ui.kit.forms import EditingDialog, OptionalDateEdit, editing_title
from deliberation.ui.kit.labels import STATUSES, role_label, status_label
from deliberation.ui.kit.pages import stacked

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor


def same_group(a: GroupRecord, b: GroupRecord) -> bool:
    """Whether two snapshots of a group hold the same data (labels and orders aside)."""

    def key(g: GroupRecord) -> tuple[object, ...]:
        return (
            g.uuid,
            g.name,
            g.theme_id,
            g.mandate,
            g.status,
            g.start_date,
            g.end_date,
            g.chair_id,
            frozenset(g.member_ids),
            frozenset(g.rapporteur_ids),
        )

    return key(a) == key(b)


class GroupDialog(EditingDialog[GroupRecord]):
    """Creates a working group (`before` None) or edits `before`.

    The chair and the rapporteurs are chosen among the delegates of the checked member
    organisations; both lists follow the members as they are checked.

    Attributes:
        result_record: the group as saved, once the dialog was accepted.
    """

    def __init__(
        self, editor: Editor, before: GroupRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            editor,
            before,
            editing_title(
                self.tr("Nouveau groupe de travail"),
                self.tr("Modifier le groupe « %1 »"),
                None if before is None else before.name,
            ),
            parent,
            columns=2,
        )
        self.result_record: GroupRecord | None = None
        ref = editor.referential
        keep_people: set[int | None] = (
            {*before.rapporteur_ids, before.chair_id} if before else set()
        )
        self._delegates: list[DelegateRecord] = [
            d for d in ref.delegates() if d.active or d.id in keep_people
        ]

        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setMinimumWidth(360)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("— Choisir un thème —"), None)
        for theme in ref.themes():
            self.theme.addItem(f"{theme.number}. {theme.title}", theme.id)
            self.theme.setItemData(
                self.theme.count() - 1, theme.description, Qt.ItemDataRole.ToolTipRole
            )
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(40)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.start_date = OptionalDateEdit(self.tr("Connue"))
        self.end_date = OptionalDateEdit(self.tr("Connue"))
        self.mandate = QPlainTextEdit()
        self.mandate.setTabChangesFocus(True)
        self.mandate.setPlaceholderText(self.tr("Ce que la séance plénière a confié au groupe"))
        self.mandate.setMinimumHeight(140)

        self.members = checkable_list(230)
        wanted = set(before.member_ids) if before else set()
        for org in ref.organisations():
            if org.is_member or org.id in wanted:
                item = QListWidgetItem(f"{org.acronym} — {org.name}")
                item.setData(ID_ROLE, org.id)
                item.setToolTip(org.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.chair = QComboBox()
        # Wide enough for « Prénom Nom (SIGLE, titulaire) », whatever was chosen first.
        self.chair.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chair.setMinimumContentsLength(32)
        self.chair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rapporteurs = checkable_list(120)
        self.people_hint = QLabel(
            self.tr(
                "Cochez des organisations membres qui ont des délégués pour choisir "
                "le président et les rapporteurs."
            )
        )
        self.people_hint.setWordWrap(True)
        self.people_hint.setEnabled(False)
        self.people_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.people_hint.setContentsMargins(4, 4, 4, 4)
        # The hint takes the place of the list (same room), so nothing moves when it shows.
        self.rapporteurs_stack = stacked(self.rapporteurs, self.people_hint)
        rapporteurs_box = self.rapporteurs_stack

        self.add_row("name", self.tr("&Nom :"), self.name)
        self.add_row("theme", self.tr("&Thème :"), self.theme)
        self.add_row("status", self.tr("&Statut :"), self.status)
        self.add_row("start_date", self.tr("&Début :"), self.start_date)
        self.add_row("end_date", self.tr("&Fin :"), self.end_date)
        self.add_row("mandate", self.tr("&Mandat :"), self.mandate)
        self.add_row("members", self.tr("&Organisations\nmembres :"), self.members, column=1)
        self.add_row("chair", self.tr("&Président :"), self.chair, column=1)
        self.add_row("rapporteurs", self.tr("&Rapporteurs :"), rapporteurs_box, column=1)

        if before is not None:
            self.name.setText(before.name)
            self.theme.setCurrentIndex(max(self.theme.findData(before.theme_id), 0))
            self.status.setCurrentIndex(max(self.status.findData(before.status), 0))
            self.start_date.set_value(before.start_date)
            self.end_date.set_value(before.end_date)
            self.mandate.setPlainText(before.mandate)
            set_checked(self.members, before.member_ids)
        self._refresh_people(
            before.chair_id if before else None, before.rapporteur_ids if before else ()
        )
        self.members.itemChanged.connect(self._members_changed)
        self.name.setFocus()

    # -- chair and rapporteurs follow the members -----------------------------------------------

    def eligible_delegates(self) -> list[DelegateRecord]:
        """Delegates of the checked member organisations."""
        members = set(checked_ids(self.members))
        return [d for d in self._delegates if d.organisation_id in members]

    def _members_changed(self, _item: QListWidgetItem) -> None:
        self._refresh_people(self.chair.currentData(), checked_ids(self.rapporteurs))

    def _refresh_people(self, chair_id: int | None, rapporteur_ids: Iterable[int]) -> None:
        people = self.eligible_delegates()
        self.chair.blockSignals(True)
        self.chair.clear()
        self.chair.addItem(self.tr("(aucun)"), None)
        for d in people:
            self.chair.addItem(self._person_label(d), d.id)
        self.chair.setCurrentIndex(max(self.chair.findData(chair_id), 0))
        self.chair.blockSignals(False)
        self.rapporteurs.clear()
        for d in people:
            item = QListWidgetItem(self._person_label(d))
            item.setData(ID_ROLE, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.rapporteurs.addItem(item)
        set_checked(self.rapporteurs, rapporteur_ids)
        self.chair.setEnabled(bool(people))
        self.rapporteurs_stack.setCurrentWidget(self.rapporteurs if people else self.people_hint)

    def _person_label(self, d: DelegateRecord) -> str:
        role = role_label(d.role).lower()
        label = f"{d.first_name} {d.last_name} ({d.organisation_acronym}, {role})"
        if not d.active:  # kept only because the group already has this person
            label += self.tr(" (ne siège plus)")
        return label

    # -- saving ---------------------------------------------------------------------------------

    def data(self) -> GroupInput:
        return GroupInput(
            name=self.name.text(),
            theme_id=self.theme.currentData(),
            mandate=self.mandate.toPlainText(),
            status=self.status.currentData() or "preparing",
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            member_ids=tuple(checked_ids(self.members)),
            chair_id=self.chair.currentData(),
            rapporteur_ids=tuple(checked_ids(self.rapporteurs)),
        )

    def write(self) -> None:
        ref = self.editor.referential
        if self.before is None:
            self.result_record = self.editor.create_group(ref.new_group(self.data()))
        else:
            after = ref.edited_group(self.before, self.data())
            if same_group(after, self.before):
                self.result_record = self.before
            else:
                self.result_record = self.editor.edit_group(self.before, after)
