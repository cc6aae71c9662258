"""The dialog that adds or edits one point of a meeting's agenda, with its links."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.meetings import ITEM_KINDS, LINK_KINDS, AgendaItem, AgendaLink
from deliberation.rules.validation import NAME_MAX
from deliberation.ui.kit.forms import FormDialog
from deliberation.ui.kit.labels import short_title
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.meeting_labels import item_kind_label
from deliberation.ui.referential.person_fields import PersonFields

if TYPE_CHECKING:
    from deliberation.records.meetings import MeetingSnapshot
    from deliberation.ui.kit.editor import Editor

LINK_ROLE = Qt.ItemDataRole.UserRole


class _ItemValues(TypedDict):
    """The fields of an agenda item the dialog sets besides its kind, title and duration."""

    description: str
    presenter_organisation_id: int | None
    presenter_delegate_id: int | None
    links: tuple[AgendaLink, ...]


class LinksEditor(QWidget):
    """The links of an item: a list, and a line to add a file, a web address or a record.

    Attributes:
        list: the links, one per row (data: the AgendaLink).
        kind, target: what the next link is, and where it points.
        browse, add, remove: the buttons.
    """

    def __init__(self, links: tuple[AgendaLink, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumHeight(60)
        self.list.setMaximumHeight(90)
        self.kind = QComboBox()
        for code, label in LINK_KINDS.items():
            self.kind.addItem(label_text(label), code)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Chemin du fichier"))
        self.browse = QPushButton(self.tr("Parcourir…"))
        self.add = QPushButton(self.tr("Ajouter le lien"))
        self.remove = QPushButton(self.tr("Retirer"))
        self.browse.setAutoDefault(False)
        self.add.setAutoDefault(False)
        self.remove.setAutoDefault(False)
        line = QHBoxLayout()
        line.addWidget(self.kind)
        line.addWidget(self.target, 1)
        under = QHBoxLayout()
        under.addWidget(self.browse)
        under.addWidget(self.add)
        under.addStretch(1)
        under.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(line)
        layout.addLayout(under)
        for link in links:
            self._append(link)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.browse.clicked.connect(self._browse)
        self.add.clicked.connect(self.add_typed)
        self.target.returnPressed.connect(self.add_typed)
        self.remove.clicked.connect(self._remove_current)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self._kind_changed()

    def links(self) -> tuple[AgendaLink, ...]:
        """The links listed, plus the one typed but not yet added."""
        listed = [self.list.item(r).data(LINK_ROLE) for r in range(self.list.count())]
        typed = self._typed()
        return tuple([*listed, typed] if typed else listed)

    def _typed(self) -> AgendaLink | None:
        target = self.target.text().strip()
        if not target:
            return None
        kind = self.kind.currentData()
        if kind == "url" and "://" not in target:
            target = "https://" + target
        label = Path(target).name if kind == "file" else ""
        return AgendaLink(kind, target, label)

    def add_typed(self) -> None:
        link = self._typed()
        if link is not None:
            self._append(link)
            self.target.clear()

    def _append(self, link: AgendaLink) -> None:
        item = QListWidgetItem(
            f"{label_text(LINK_KINDS.get(link.kind, link.kind))} : {link.target}"
        )
        item.setData(LINK_ROLE, link)
        item.setToolTip(link.target)
        self.list.addItem(item)
        self._update()

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        placeholders = {
            "file": self.tr("Chemin du fichier"),
            "url": self.tr("https://…"),
            "record": self.tr("Fiche liée, par exemple « avis:ENT 2026 »"),
        }
        self.target.setPlaceholderText(placeholders.get(kind, ""))
        self.browse.setVisible(kind == "file")

    def _update(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Joindre un fichier"))
        if chosen:
            self.target.setText(chosen)


class AgendaItemDialog(FormDialog):
    """Adds a point to a meeting's agenda (`item` None) or edits `item`; one undo step.

    `AgendaItemDialog(editor, meeting, item=None, insert_at=None, parent=None)`: `meeting` is
    the snapshot the agenda belongs to; a new point goes at row `insert_at` (the end when None).
    The duration is checked by the use case (1 to 480 minutes), whose message shows under it.

    Attributes:
        result_item: the point as saved, once the dialog was accepted.
    """

    def __init__(
        self,
        editor: Editor,
        meeting: MeetingSnapshot,
        item: AgendaItem | None = None,
        insert_at: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Nouveau point de l'ordre du jour")
            if item is None
            else self.tr("Modifier le point « %1 »").replace("%1", short_title(item.title))
        )
        super().__init__(title, parent)
        self.editor = editor
        self.meeting = meeting
        self.item = item
        self.insert_at = insert_at
        self.result_item: AgendaItem | None = None

        self.kind = QComboBox()
        for code in ITEM_KINDS:
            self.kind.addItem(item_kind_label(code), code)
        self.title = QLineEdit()
        self.title.setMaxLength(NAME_MAX)
        self.title.setMinimumWidth(460)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.people = PersonFields(
            editor.referential,
            item.presenter_organisation_id if item else None,
            item.presenter_delegate_id if item else None,
            self,
        )
        self.duration = QSpinBox()
        self.duration.setRange(0, 999)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSingleStep(5)
        self.duration.setValue(15)
        self.duration.setAccelerated(True)
        self.links = LinksEditor(item.links if item else ())

        self.add_row("kind", self.tr("&Nature :"), self.kind)
        self.add_row("title", self.tr("&Intitulé :"), self.title)
        self.add_row("text", self.tr("D&escription :"), self.description)
        people = self.people
        self.add_row("organisation", self.tr("Intervenant (&organisation) :"), people.organisation)
        self.add_row("delegate", self.tr("Intervenant (&délégué) :"), people.delegate)
        self.add_row("duration", self.tr("D&urée :"), self.duration)
        self.add_row("links", self.tr("&Liens :"), self.links)

        if item is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.title.setText(item.title)
            self.description.setPlainText(item.description)
            self.duration.setValue(item.duration_minutes)
        self.title.setFocus()

    def write(self) -> None:
        m = self.editor.meetings
        before = m.meeting(self.meeting.id)  # the agenda as stored now
        values: _ItemValues = {
            "description": self.description.toPlainText(),
            "presenter_organisation_id": self.people.organisation_id(),
            "presenter_delegate_id": self.people.delegate_id(),
            "links": self.links.links(),
        }
        kind = self.kind.currentData()
        items = list(before.items)
        if self.item is None:
            item = m.new_item(kind, self.title.text(), self.duration.value(), **values)
            position = len(items) if self.insert_at is None else self.insert_at
            items.insert(max(0, min(position, len(items))), item)
            text = self.tr("l'ajout du point « %1 »")
        else:
            item = replace(
                self.item,
                kind=kind,
                title=self.title.text(),
                duration_minutes=self.duration.value(),
                **values,
            )
            items = [item if i.uuid == item.uuid else i for i in items]
            text = self.tr("la modification du point « %1 »")
        after = m.with_items(before, items)
        saved = next(i for i in after.items if i.uuid == item.uuid)
        if after != before:
            self.editor.edit_meeting(before, after, text.replace("%1", short_title(saved.title)))
        self.result_item = saved
