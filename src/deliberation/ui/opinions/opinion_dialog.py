"""The dialogs of an opinion's description: kind, title, group, rapporteurs, agenda; its status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.opinions import (
    OPINION_KINDS,
    OPINION_STATUSES,
    TITLE_MAX,
    OpinionInput,
    OpinionSnapshot,
)
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.checklists import ID_ROLE, checkable_list
from deliberation.ui.kit.forms import EditingDialog, FormDialog, date_edit, editing_title, to_date
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.localize import label_text, semicolons
from deliberation.ui.kit.widgets import muted_label, search_field
from deliberation.ui.opinions.opinion_commands import (
    create_opinion,
    edit_opinion,
    short,
    status_text,
)

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor

FOLD_ROLE = Qt.ItemDataRole.UserRole + 5


class CheckPicker(QWidget):
    """A searchable list of check boxes that remembers the order in which they were ticked.

    Typing in the search field keeps the items holding every word; Entrée there ticks the
    first one shown (and clears the search), ↓ goes down to the list, where Espace ticks.

    Signals:
        changed(): an item was ticked or unticked.

    Attributes:
        search, items: the search field and the list; summary: what is ticked, in order.
    """

    changed = Signal()

    def __init__(self, placeholder: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[int] = []
        self.search = search_field(placeholder, self._filter)
        self.search.installEventFilter(self)
        self.items = checkable_list(height)
        self.items.itemChanged.connect(self._item_changed)
        self.summary = muted_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.search)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.search)

    def set_choices(self, choices: Sequence[tuple[int, str, str]], ticked: Sequence[int]) -> None:
        """Offer (id, label, tooltip) choices; `ticked` in their order."""
        offered = {choice[0] for choice in choices}
        self._order = [i for i in dict.fromkeys(ticked) if i in offered]
        wanted = set(self._order)
        self.items.blockSignals(True)
        self.items.clear()
        for item_id, label, tooltip in choices:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, item_id)
            item.setData(FOLD_ROLE, fold(label))
            item.setToolTip(tooltip or label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in wanted else Qt.CheckState.Unchecked
            )
            self.items.addItem(item)
        self.items.blockSignals(False)
        self._filter(self.search.text())
        self._summarise()

    def ids(self) -> tuple[int, ...]:
        """The ticked ids, in the order they were ticked."""
        return tuple(self._order)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Tick exactly these, in this order."""
        wanted = list(dict.fromkeys(ids))
        self.items.blockSignals(True)
        for row in range(self.items.count()):
            item = self.items.item(row)
            on = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        offered = {self.items.item(r).data(ID_ROLE) for r in range(self.items.count())}
        self._order = [i for i in wanted if i in offered]
        self._summarise()
        self.changed.emit()

    def label_of(self, item_id: int) -> str:
        for row in range(self.items.count()):
            if self.items.item(row).data(ID_ROLE) == item_id:
                return self.items.item(row).text()
        return ""

    def visible_labels(self) -> list[str]:
        return [
            self.items.item(r).text()
            for r in range(self.items.count())
            if not self.items.item(r).isHidden()
        ]

    def _item_changed(self, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            if item_id not in self._order:
                self._order.append(item_id)
        elif item_id in self._order:
            self._order.remove(item_id)
        self._summarise()
        self.changed.emit()

    def _summarise(self) -> None:
        labels = [self.label_of(i) for i in self._order]
        self.summary.setText(
            self.tr("Retenus : %1").replace("%1", semicolons(labels))
            if labels
            else self.tr("Aucun retenu.")
        )

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.items.count()):
            item = self.items.item(row)
            key = item.data(FOLD_ROLE) or ""
            item.setHidden(not all(word in key for word in words))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text():
                shown = [
                    self.items.item(r)
                    for r in range(self.items.count())
                    if not self.items.item(r).isHidden()
                ]
                if shown:
                    checked = shown[0].checkState() == Qt.CheckState.Checked
                    shown[0].setCheckState(
                        Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                    )
                    self.search.clear()
                return True  # never the dialog's default button
            if event.key() == Qt.Key.Key_Down:
                self.items.setFocus(Qt.FocusReason.TabFocusReason)
                first = next(
                    (
                        self.items.item(r)
                        for r in range(self.items.count())
                        if not self.items.item(r).isHidden()
                    ),
                    None,
                )
                if first is not None:
                    self.items.setCurrentItem(first)
                return True
        return super().eventFilter(watched, event)


class OpinionDialog(EditingDialog[OpinionSnapshot]):
    """Creates an opinion (`before` None) or edits `before`'s description, as one undo step.

    `OpinionDialog(editor, before=None, parent=None)`. A refused save shows the message under
    its field and keeps everything typed. Ctrl+Entrée saves.

    Attributes:
        saved: the opinion as saved, once accepted.
        kind, title, group, rapporteurs, agenda: the fields (the last two are CheckPickers).
    """

    def __init__(
        self,
        editor: Editor,
        before: OpinionSnapshot | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            before,
            editing_title(
                self.tr("Nouvel avis"),
                self.tr("Fiche de l'avis « %1 »"),
                None if before is None else short(before.title),
            ),
            parent,
            columns=2,
        )
        self.saved: OpinionSnapshot | None = None
        self.flush: Callable[[int], object] | None = None  # saves an open text (for undo)

        self.kind = QComboBox()
        for code, label in OPINION_KINDS.items():
            self.kind.addItem(label_text(label), code)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setMinimumWidth(380)
        self.title.setPlaceholderText(
            self.tr("Par exemple : Avis sur les espaces numériques de travail")
        )
        self.group = QComboBox()
        self.group.addItem(self.tr("Comité plénier (aucun groupe)"), None)
        self._groups = {g.id: g for g in editor.referential.groups()}
        for g in self._groups.values():
            if g.status != "closed" or (before is not None and before.group_id == g.id):
                self.group.addItem(g.name, g.id)
        self.rapporteurs = CheckPicker(self.tr("Rechercher un délégué"), 150)
        chosen = set(before.rapporteur_ids) if before else set()
        people = [
            (
                d.id,
                f"{d.full_name} ({d.organisation_acronym})"
                + ("" if d.active else self.tr(" — inactif")),
                d.email,
            )
            for d in sorted(
                editor.referential.delegates(),
                key=lambda d: (fold(d.last_name), fold(d.first_name)),
            )
            if d.active or d.id in chosen
        ]
        self.rapporteurs.set_choices(people, before.rapporteur_ids if before else ())
        self.agenda = CheckPicker(self.tr("Rechercher une séance ou un point"), 220)
        self._refs = editor.opinions.agenda_choices()
        self._meeting_groups = {m.id: m.group_id for m in editor.meetings.meetings()}

        self.add_row("kind", self.tr("&Type :"), self.kind)
        self.add_row("title", self.tr("T&itre :"), self.title)
        self.add_row("group", self.tr("&Groupe de travail :"), self.group)
        self.add_row("rapporteurs", self.tr("&Rapporteurs :"), self.rapporteurs)
        self.add_row("agenda", self.tr("Points de l'ordre\ndu jour &liés :"), self.agenda, 1)

        if before is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(before.kind), 0))
            self.title.setText(before.title)
            self.group.setCurrentIndex(max(self.group.findData(before.group_id), 0))
        self._offer_agenda(before.agenda_item_ids if before else ())
        self.group.currentIndexChanged.connect(self._group_changed)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)
        self.title.setFocus()

    def _offer_agenda(self, ticked: Sequence[int]) -> None:
        """The agenda items, the chosen group's meetings first, the latest first."""
        group_id = self.group.currentData()

        def key(index: int) -> tuple[bool, int]:
            ref = self._refs[index]
            other = self._meeting_groups.get(ref.meeting_id) != group_id
            return other, -index  # refs come in meeting order: latest first

        choices = []
        for index in sorted(range(len(self._refs)), key=key):
            ref = self._refs[index]
            label = f"{numeric_date(ref.meeting_day)} {ref.meeting_title} › {ref.title}"
            choices.append((ref.item_id, label, label))
        self.agenda.set_choices(choices, ticked)
        if not choices:
            self.agenda.summary.setText(self.tr("Aucune séance n'a encore d'ordre du jour."))

    def _group_changed(self, _index: int) -> None:
        self._offer_agenda(self.agenda.ids())
        group = self._groups.get(self.group.currentData())
        if group is not None and group.rapporteur_ids and not self.rapporteurs.ids():
            self.rapporteurs.set_ids(group.rapporteur_ids)  # the group's own, as a start

    def data(self) -> OpinionInput:
        return OpinionInput(
            kind=self.kind.currentData(),
            title=self.title.text(),
            group_id=self.group.currentData(),
            rapporteur_ids=self.rapporteurs.ids(),
            agenda_item_ids=self.agenda.ids(),
        )

    def write(self) -> None:
        opinions = self.editor.opinions
        if self.before is None:
            self.saved = create_opinion(self.editor, opinions.new_opinion(self.data()), self.flush)
            return
        current = opinions.opinion(self.before.id)  # never a stale copy
        after = opinions.edited_opinion(current, self.data())
        self.saved = current if after == current else edit_opinion(self.editor, current, after)


class StatusDialog(FormDialog):
    """Moves an opinion to another status on a date, with a note; shows its past changes.

    `StatusDialog(editor, before, parent=None)`; the change is one undo step.

    Attributes:
        saved: the opinion as saved, once accepted.
        status, changed_on, note: the fields; history: the past changes (status, date, by,
        note), the latest last.
    """

    def __init__(
        self, editor: Editor, before: OpinionSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("État de l'avis « %1 »").replace("%1", short(before.title)), parent
        )
        self.editor = editor
        self.before = before
        self.saved: OpinionSnapshot | None = None
        today = editor.opinions.today

        self.status = QComboBox()
        for code, label in OPINION_STATUSES.items():
            current = self.tr(" (état actuel)") if code == before.status else ""
            self.status.addItem(label_text(label) + current, code)
        codes = list(OPINION_STATUSES)
        following = codes.index(before.status) + 1 if before.status in codes else 0
        if following >= codes.index("abandoned"):
            following = codes.index(before.status) if before.status in codes else 0
        self.status.setCurrentIndex(following)
        self.changed_on = date_edit(today)
        self.changed_on.setMaximumDate(self.changed_on.date())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setPlaceholderText(
            self.tr("Par exemple : adopté en plénière à l'unanimité moins une abstention")
        )
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("État"), self.tr("Date"), self.tr("Par"), self.tr("Note")]
        )
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMinimumWidth(460)
        self.history.setMinimumHeight(120)
        self.history.header().setStretchLastSection(True)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for change in before.history:
            row = QTreeWidgetItem(
                [
                    label_text(OPINION_STATUSES.get(change.status, change.status)),
                    numeric_date(change.changed_on),
                    change.changed_by,
                    change.note,
                ]
            )
            row.setToolTip(3, change.note)
            self.history.addTopLevelItem(row)

        self.add_row("status", self.tr("&Nouvel état :"), self.status)
        self.add_row("changed_on", self.tr("&Depuis le :"), self.changed_on)
        self.add_row("note", self.tr("N&ote :"), self.note)
        self.form.addRow(self.tr("Historique :"), self.history)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)
        self.status.setFocus()

    def history_rows(self) -> list[tuple[str, str, str, str]]:
        """The history as shown, the oldest first."""
        rows = []
        for index in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(index)
            assert item is not None
            rows.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return rows

    def write(self) -> None:
        opinions = self.editor.opinions
        current = opinions.opinion(self.before.id)
        after = opinions.with_status(
            current,
            self.status.currentData(),
            to_date(self.changed_on.date()),
            self.note.toPlainText(),
        )
        self.saved = edit_opinion(self.editor, current, after, status_text(after))
