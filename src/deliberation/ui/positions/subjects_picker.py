"""The subjects of a consultation, as its dialog picks them: a meeting's points, drafts, others."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.positions import SUBJECT_KINDS, Subject
from deliberation.rules.validation import NAME_MAX
from deliberation.ui.kit.checklists import ID_ROLE, checkable_list, checked_ids, set_checked
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.pages import stacked
from deliberation.ui.kit.widgets import muted_label

if TYPE_CHECKING:
    from deliberation.records.meetings import AgendaItem
    from deliberation.services.opinions import Opinions
    from deliberation.ui.positions.opinion_subjects import OpinionSubjectsDialog

QWIDGETSIZE_MAX = (1 << 24) - 1
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The Subject behind a row of the other subjects."""


class _AddOnEnter(QObject):
    """Entrée in the « other subject » line adds it (instead of saving the dialog)."""

    def __init__(self, picker: SubjectsPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self._picker.new_subject.text().strip()
        ):
            self._picker.commit_pending()
            return True
        return False


class SubjectsPicker(QWidget):
    """What the consultation asks about: points of the chosen meeting, then other subjects.

    The points of the meeting's agenda are ticked (a subject « agenda_item » whose `ref` is the
    point's UUID); other subjects are typed, or chosen among the draft opinions (a whole draft:
    « opinion », some of its paragraphs: « paragraph », `ref` their UUID), reordered and removed.
    Subjects already in the consultation keep their UUID and id, so their positions stay
    attached. `opinions` (None: no drafts offered) lists the drafts.

    Signals:
        changed(): the subjects changed.

    Attributes:
        agenda: the checkable list of the meeting's points (data: the point's UUID as text).
        new_subject, add_button: the line and button that add another subject.
        opinion_button: « Projet d'avis » with its menu: opinion_action (« Un projet d'avis… »)
            and paragraphs_action (« Des paragraphes d'un projet… »); opinion_dialog: the
            picker they open (OpinionSubjectsDialog, window-modal, not blocking).
        others: the other subjects (data SUBJECT_ROLE: the Subject; labels editable with F2).
        remove_button, up_button, down_button: act on the selected other subject.
    """

    changed = Signal()

    def __init__(
        self,
        existing: Sequence[Subject] = (),
        parent: QWidget | None = None,
        opinions: Opinions | None = None,
    ) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.opinion_dialog: OpinionSubjectsDialog | None = None
        self._by_ref = {s.ref: s for s in existing if s.kind == "agenda_item" and s.ref}
        self.agenda = checkable_list(110)
        self.agenda_hint = muted_label(
            self.tr("Choisissez une séance pour cocher des points de son ordre du jour.")
        )
        self.agenda_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.agenda_stack = stacked(self.agenda, self.agenda_hint)
        self.agenda_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.new_subject = QLineEdit()
        self.new_subject.setMaxLength(NAME_MAX)
        self.new_subject.setPlaceholderText(self.tr("Un autre sujet : une question…"))
        self.new_subject.installEventFilter(_AddOnEnter(self))
        self.add_button = QPushButton(self.tr("&Ajouter"))
        self.add_button.setAutoDefault(False)
        self.opinion_action = QAction(self.tr("Un projet d'avis…"), self)
        self.opinion_action.setToolTip(self.tr("Consulter sur un projet d'avis dans son ensemble"))
        self.paragraphs_action = QAction(self.tr("Des paragraphes d'un projet…"), self)
        self.paragraphs_action.setToolTip(
            self.tr("Consulter sur des paragraphes choisis d'un projet d'avis")
        )
        menu = QMenu(self)
        menu.addAction(self.opinion_action)
        menu.addAction(self.paragraphs_action)
        self.opinion_button = QPushButton(self.tr("Projet d'a&vis"))
        self.opinion_button.setAutoDefault(False)
        self.opinion_button.setMenu(menu)
        self.opinion_button.setToolTip(
            self.tr("Ajouter comme sujet un projet d'avis, ou certains de ses paragraphes")
        )
        self.opinion_button.setVisible(opinions is not None)
        self.others = QListWidget()
        self.others.setMinimumHeight(84)
        self.others.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.others.setWordWrap(True)  # « Avis … — paragraphe 12 : … » reads whole
        self.others.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.up_button = QPushButton(self.tr("Monter"))
        self.down_button = QPushButton(self.tr("Descendre"))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("Points de l'ordre du jour de la séance :")))
        layout.addWidget(self.agenda_stack, 1)
        layout.addSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Autres sujets :")), 1)
        heading.addWidget(self.opinion_button)
        layout.addLayout(heading)
        line = QHBoxLayout()
        line.addWidget(self.new_subject, 1)
        line.addWidget(self.add_button)
        layout.addLayout(line)
        row = QHBoxLayout()
        row.addWidget(self.others, 1)
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.setFocusProxy(self.agenda)

        for subject in existing:
            if subject.kind != "agenda_item" or not subject.ref:
                self.add_subject(subject)
        self.add_button.clicked.connect(self.commit_pending)
        self.opinion_action.triggered.connect(lambda: self.pick_from_opinion(False))
        self.paragraphs_action.triggered.connect(lambda: self.pick_from_opinion(True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.others.currentRowChanged.connect(lambda _row: self._enable())
        self.others.itemChanged.connect(lambda _item: self.changed.emit())
        self.agenda.itemChanged.connect(lambda _item: self.changed.emit())
        self.set_agenda((), ())
        self._enable()

    # -- the meeting's points -------------------------------------------------------------------

    def set_agenda(self, items: Sequence[AgendaItem], ticked: Iterable[UUID]) -> None:
        """Offer the points of a meeting; tick those in `ticked`.

        A subject on a point of another meeting (or a point since deleted) stays among the
        other subjects: the points ticked on the meeting shown before move there when another
        meeting is chosen, and come back ticked when it is chosen again.
        """
        wanted = set(ticked)
        for ref in self.ticked_refs():
            item = self.agenda.item(self._agenda_row(ref))
            known = self._by_ref.get(ref)
            title = item.data(SUBJECT_ROLE)
            self.add_subject(
                replace(known, label=title) if known else Subject("agenda_item", title, ref=ref)
            )
        on_agenda = {point.uuid for point in items}
        for row in reversed(range(self.others.count())):
            subject: Subject = self.others.item(row).data(SUBJECT_ROLE)
            if subject.kind == "agenda_item" and subject.ref in on_agenda:
                self.others.takeItem(row)
                wanted.add(subject.ref)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, point in enumerate(items, start=1):
            item = QListWidgetItem(f"{number}. {point.title}")
            item.setData(ID_ROLE, str(point.uuid))
            item.setData(SUBJECT_ROLE, point.title)
            item.setToolTip(point.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if point.uuid in wanted else Qt.CheckState.Unchecked
            )
            self.agenda.addItem(item)
        self.agenda.blockSignals(False)
        self.agenda_stack.setCurrentWidget(self.agenda if items else self.agenda_hint)
        # Without points, the hint takes its own height and the other subjects the rest.
        self.agenda.setMinimumHeight(110 if items else 0)
        self.agenda_stack.setMaximumHeight(
            QWIDGETSIZE_MAX if items else self.agenda_hint.sizeHint().height() + 4
        )
        self.changed.emit()

    def ticked_refs(self) -> list[UUID]:
        return [UUID(ref) for ref in checked_ids(self.agenda)]

    def _agenda_row(self, ref: UUID) -> int:
        return next(
            r for r in range(self.agenda.count()) if self.agenda.item(r).data(ID_ROLE) == str(ref)
        )

    def tick(self, refs: Iterable[UUID], checked: bool = True) -> None:
        set_checked(self.agenda, [str(ref) for ref in refs], checked)

    # -- other subjects -------------------------------------------------------------------------

    def add_subject(self, subject: Subject) -> None:
        item = QListWidgetItem(subject.label)
        item.setData(SUBJECT_ROLE, subject)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if subject.kind != "other":
            item.setToolTip(
                f"{label_text(SUBJECT_KINDS.get(subject.kind, subject.kind))} : {subject.label}"
            )
        else:
            item.setToolTip(subject.label)
        self.others.addItem(item)

    def commit_pending(self) -> None:
        """Add the subject typed in the line, if any."""
        label = " ".join(self.new_subject.text().split())
        if not label:
            return
        self.add_subject(Subject("other", label))
        self.new_subject.clear()
        self.others.setCurrentRow(self.others.count() - 1)
        self.changed.emit()

    def pick_from_opinion(self, paragraphs: bool) -> None:
        """Open the choice of a draft (or of its paragraphs); what is chosen joins the others."""
        if self.opinions is None:
            return
        from deliberation.ui.positions.opinion_subjects import OpinionSubjectsDialog

        if self.opinion_dialog is not None:
            self.opinion_dialog.deleteLater()
        present = {s.ref for s in self.subjects() if s.kind in ("opinion", "paragraph") and s.ref}
        dialog = OpinionSubjectsDialog(self.opinions, paragraphs, present, self)
        dialog.accepted.connect(lambda: self.add_subjects(dialog.subjects()))
        self.opinion_dialog = dialog
        dialog.open()

    def add_subjects(self, subjects: Sequence[Subject]) -> None:
        """Add subjects after the others, the last one selected."""
        if not subjects:
            return
        for subject in subjects:
            self.add_subject(subject)
        self.others.setCurrentRow(self.others.count() - 1)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.others.currentRow()
        if row >= 0:
            self.others.takeItem(row)
            self.changed.emit()
        self._enable()

    def move_selected(self, step: int) -> None:
        row = self.others.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.others.count():
            return
        item = self.others.takeItem(row)
        self.others.insertItem(target, item)
        self.others.setCurrentRow(target)
        self.changed.emit()

    def _enable(self) -> None:
        row = self.others.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.others.count() - 1)

    # -- the result -----------------------------------------------------------------------------

    def subjects(self) -> tuple[Subject, ...]:
        """The ticked points in the agenda's order, then the other subjects in their order."""
        result: list[Subject] = []
        for row in range(self.agenda.count()):
            item = self.agenda.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            ref, title = UUID(item.data(ID_ROLE)), item.data(SUBJECT_ROLE)
            known = self._by_ref.get(ref)
            result.append(
                replace(known, label=title)
                if known is not None
                else Subject("agenda_item", title, ref=ref)
            )
        for row in range(self.others.count()):
            item = self.others.item(row)
            subject: Subject = item.data(SUBJECT_ROLE)
            result.append(replace(subject, label=item.text()))
        return tuple(result)
