"""The dialog that opens or edits a consultation: question, dates, subjects, who, consensus rule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.positions import ConsultationInput, ConsultationSnapshot
from deliberation.rules.consensus import ConsensusRule
from deliberation.rules.validation import NAME_MAX
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.checklists import ID_ROLE, checkable_list, checked_ids
from deliberation.ui.kit.forms import (
    EditingDialog,
    OptionalDateEdit,
    date_edit,
    editing_title,
    to_date,
    to_qdate,
)
from deliberation.ui.kit.labels import fold, short_title
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import localized
from deliberation.ui.kit.meeting_labels import kind_label
from deliberation.ui.kit.widgets import muted_label
from deliberation.ui.meetings.meeting_models import search_text
from deliberation.ui.positions.subjects_picker import SubjectsPicker

if TYPE_CHECKING:
    from deliberation.records.meetings import AgendaItem, MeetingRecord
    from deliberation.ui.kit.editor import Editor

FILTERED_FROM = 12
"""From this many entries in the meeting list, a filter field stands beside it."""


class ConsultationDialog(EditingDialog[ConsultationSnapshot]):
    """Opens a consultation (`before` None) or edits `before`, as one undo step.

    `ConsultationDialog(editor, before=None, meeting_id=None, parent=None)`:
        editor: the window's Editor (the save goes through `create_consultation` /
            `edit_consultation`).
        before: the consultation to edit, or None for a new one.
        meeting_id: for a new consultation, the meeting whose points it is about (preselected).
        parent: the parent widget.

    Subjects are points of the meeting's agenda, a draft opinion or some of its paragraphs
    (chosen among `editor.opinions`), or typed.

    A refused save (a deadline before the opening, an answered subject removed…) shows the
    use case's message under the field and keeps everything typed. Ctrl+Entrée saves.

    Attributes:
        saved: the consultation as saved, once the dialog was accepted.
        title, question, opened_on, deadline, meeting, subjects, consulted, min_answers,
        max_unfavorable, abstentions_count: the fields; rule_text: the rule in words.
        convened_button: ticks exactly the organisations convened to the chosen meeting.
    """

    def __init__(
        self,
        editor: Editor,
        before: ConsultationSnapshot | None = None,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            editor,
            before,
            editing_title(
                self.tr("Nouvelle consultation"),
                self.tr("Modifier la consultation « %1 »"),
                None if before is None else short_title(before.title),
            ),
            parent,
            columns=2,
        )
        self.saved: ConsultationSnapshot | None = None
        if before is not None:
            meeting_id = before.meeting_id
        today = editor.positions.today

        self.title = QLineEdit()
        self.title.setMaxLength(NAME_MAX)
        self.title.setMinimumWidth(380)
        self.title.setPlaceholderText(self.tr("Par exemple : Avis sur les espaces numériques"))
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(72)
        self.question.setPlaceholderText(self.tr("Ce que l'on demande aux organisations"))
        self.opened_on = date_edit(today)
        self.deadline = OptionalDateEdit(self.tr("Fixée"))
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(30)
        self.meeting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.meeting_filter = QLineEdit()
        self.meeting_filter.setClearButtonEnabled(True)
        self.meeting_filter.setPlaceholderText(self.tr("Filtrer (intitulé, date…)"))
        self._fill_meetings(editor.meetings.meetings(), today)
        meeting_row = QWidget()
        meeting_line = QHBoxLayout(meeting_row)
        meeting_line.setContentsMargins(0, 0, 0, 0)
        meeting_line.addWidget(self.meeting, 3)
        meeting_line.addWidget(self.meeting_filter, 1)
        meeting_row.setFocusProxy(self.meeting)
        self.meeting_filter.setVisible(self.meeting.count() > FILTERED_FROM)
        self.meeting_filter.textChanged.connect(self._filter_meetings)
        self.subjects = SubjectsPicker(before.subjects if before else (), opinions=editor.opinions)

        self.consulted = checkable_list(220)
        kept = set(before.consulted) if before else set()
        for org in editor.referential.organisations():
            if not (org.is_member or org.id in kept):
                continue
            # The mark goes before the name, which is cut when too long for the list.
            mark = "" if org.is_member else self.tr(" (ne siège plus)")
            label = f"{org.acronym}{mark} — {org.name}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, org.id)
            item.setToolTip(org.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = org.id in kept if before is not None else org.is_member
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.consulted.addItem(item)
        self.consulted_count = muted_label("")
        self.all_button = QPushButton(self.tr("Toutes"))
        self.none_button = QPushButton(self.tr("Aucune"))
        self.convened_button = QPushButton(self.tr("Organisations convoquées à la séance"))
        for button in (self.all_button, self.none_button, self.convened_button):
            button.setAutoDefault(False)
        consulted_box = QWidget()
        box = QVBoxLayout(consulted_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.consulted, 1)
        buttons = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.convened_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.consulted_count)
        consulted_box.setFocusProxy(self.consulted)

        self.min_answers = QSpinBox()
        self.min_answers.setRange(0, 999)
        self.max_unfavorable = QSpinBox()
        self.max_unfavorable.setRange(0, 999)
        self.abstentions_count = QCheckBox(self.tr("Les abstentions comptent comme réponses"))
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        font = self.rule_text.font()
        font.setItalic(True)
        self.rule_text.setFont(font)
        rule_box = QWidget()
        rule_form = QFormLayout(rule_box)
        rule_form.setContentsMargins(0, 0, 0, 0)
        rule_form.addRow(self.tr("Réponses exigées, au moins :"), self.min_answers)
        rule_form.addRow(self.tr("Avis défavorables tolérés :"), self.max_unfavorable)
        rule_form.addRow(self.abstentions_count)
        rule_form.addRow(self.rule_text)
        rule_box.setFocusProxy(self.min_answers)

        self.add_row("title", self.tr("Inti&tulé :"), self.title)
        self.add_row("question", self.tr("&Question :"), self.question)
        self.add_row("opened_on", self.tr("&Ouverture :"), self.opened_on)
        self.add_row("deadline", self.tr("Date &limite :"), self.deadline)
        self.add_row("meeting_id", self.tr("&Séance :"), meeting_row)
        self.add_row("subjects", self.tr("S&ujets :"), self.subjects)
        self.add_row("consulted", self.tr("Organisations\n&consultées :"), consulted_box, 1)
        self.add_row("rule", self.tr("&Règle de\nconsensus :"), rule_box, 1)

        ticked: Sequence[UUID] = ()
        if before is not None:
            self.title.setText(before.title)
            self.question.setPlainText(before.question)
            self.opened_on.setDate(to_qdate(before.opened_on))
            self.deadline.set_value(before.deadline)
            self.min_answers.setValue(before.min_answers)
            self.max_unfavorable.setValue(before.max_unfavorable)
            self.abstentions_count.setChecked(before.abstentions_count)
            ticked = [s.ref for s in before.subjects if s.kind == "agenda_item" and s.ref]
        else:
            self.min_answers.setValue(1)
        self.meeting.setCurrentIndex(max(self.meeting.findData(meeting_id), 0))
        self._show_meeting(ticked, opening=True)

        self.meeting.currentIndexChanged.connect(lambda _i: self._show_meeting(()))
        self.all_button.clicked.connect(lambda: self._check_only(None))
        self.none_button.clicked.connect(lambda: self._check_only(set()))
        self.convened_button.clicked.connect(self.check_convened)
        self.consulted.itemChanged.connect(lambda _item: self._count())
        for spin in (self.min_answers, self.max_unfavorable):
            spin.valueChanged.connect(lambda _v: self._describe())
        self.abstentions_count.toggled.connect(lambda _on: self._describe())
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)
        self._count()
        self._describe()
        self.title.setFocus()

    # -- the meeting ----------------------------------------------------------------------------

    def _fill_meetings(self, meetings: Sequence[MeetingRecord], today: date) -> None:
        """« (aucune séance) », then the meetings to come, nearest first, then the past ones,
        latest first, each group under a heading that cannot be chosen."""
        self.meeting.addItem(self.tr("(aucune séance)"), None)
        self._haystacks: dict[int, str] = {}
        coming = [m for m in meetings if m.day >= today]
        past = [m for m in reversed(meetings) if m.day < today]
        for heading, group in ((self.tr("À venir"), coming), (self.tr("Passées"), past)):
            if not group:
                continue
            self.meeting.addItem(heading, None)
            item = self.meeting.model().item(self.meeting.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            for m in group:
                label = f"{numeric_date(m.day)} — {m.title or kind_label(m.kind)}"
                if m.group_id is not None and m.body_label and m.body_label not in label:
                    label += f" ({m.body_label})"
                self.meeting.addItem(label, m.id)
                self._haystacks[self.meeting.count() - 1] = search_text(m)

    def _filter_meetings(self, text: str) -> None:
        """Show in the list only the meetings whose title, body, place or date has every word
        typed; a heading is hidden with its last meeting. Chooses the first match when no
        meeting is chosen or the chosen one is filtered out."""
        words = fold(text).split()
        view = self.meeting.view()
        assert isinstance(view, QListView)
        heading: int | None = None
        heading_shown = False
        first: int | None = None
        for row in range(1, self.meeting.count()):
            haystack = self._haystacks.get(row)
            if haystack is None:  # a heading
                if heading is not None:
                    view.setRowHidden(heading, not heading_shown)
                heading, heading_shown = row, False
                continue
            shown = all(word in haystack for word in words)
            view.setRowHidden(row, not shown)
            heading_shown |= shown
            if shown and first is None:
                first = row
        if heading is not None:
            view.setRowHidden(heading, not heading_shown)
        current = self.meeting.currentIndex()
        if words and first is not None and (current <= 0 or view.isRowHidden(current)):
            self.meeting.setCurrentIndex(first)

    def _show_meeting(self, ticked: Iterable[UUID], opening: bool = False) -> None:
        """Offer the chosen meeting's points; a subject on another point stays as an other one."""
        meeting_id = self.meeting.currentData()
        self._convened: list[int] = []
        items: Sequence[AgendaItem] = ()
        if meeting_id is not None:
            try:
                snap = self.editor.meetings.meeting(meeting_id)
            except DeliberationError:
                snap = None
            if snap is not None:
                items = snap.items
                self._convened = [a.organisation_id for a in snap.convened]
        wanted = set(ticked)
        if opening and self.before is not None:
            on_agenda = {i.uuid for i in items}
            for subject in self.before.subjects:
                if subject.kind == "agenda_item" and subject.ref and subject.ref not in on_agenda:
                    self.subjects.add_subject(subject)
        self.subjects.set_agenda(items, wanted)
        self.convened_button.setEnabled(bool(self._convened))
        self.convened_button.setToolTip(
            self.tr("Cocher exactement les organisations convoquées à la séance choisie")
            if self._convened
            else self.tr("Choisissez une séance qui a des organisations convoquées.")
        )

    def check_convened(self) -> None:
        """Tick exactly the organisations convened to the chosen meeting."""
        self._check_only(set(self._convened))

    def _check_only(self, wanted: set[int] | None) -> None:
        """Tick the organisations in `wanted` (None: all of them), untick the others."""
        self.consulted.blockSignals(True)
        for row in range(self.consulted.count()):
            item = self.consulted.item(row)
            on = wanted is None or item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.consulted.blockSignals(False)
        self._count()

    def _count(self) -> None:
        ticked, total = len(checked_ids(self.consulted)), self.consulted.count()
        self.consulted_count.setText(
            self.tr("%1 sur %2")
            .replace(
                "%1",
                plural(
                    ticked, self.tr("%n organisation cochée"), self.tr("%n organisations cochées")
                ),
            )
            .replace("%2", str(total))
        )

    def _describe(self) -> None:
        self.rule_text.setText(localized(self.rule().describe()))

    def rule(self) -> ConsensusRule:
        return ConsensusRule(
            self.min_answers.value(),
            self.max_unfavorable.value(),
            self.abstentions_count.isChecked(),
        )

    # -- saving ---------------------------------------------------------------------------------

    def data(self) -> ConsultationInput:
        rule = self.rule()
        return ConsultationInput(
            title=self.title.text(),
            opened_on=to_date(self.opened_on.date()),
            deadline=self.deadline.value(),
            question=self.question.toPlainText(),
            meeting_id=self.meeting.currentData(),
            min_answers=rule.min_answers,
            max_unfavorable=rule.max_unfavorable,
            abstentions_count=rule.abstentions_count,
            subjects=self.subjects.subjects(),
            consulted=tuple(checked_ids(self.consulted)),
        )

    def write(self) -> None:
        self.subjects.commit_pending()  # a subject typed but not added is not lost
        positions = self.editor.positions
        if self.before is None:
            self.saved = self.editor.create_consultation(positions.new_consultation(self.data()))
            return
        after = positions.edited_consultation(self.before, self.data())
        if after == self.before:
            self.saved = self.before
        else:
            self.saved = self.editor.edit_consultation(self.before, after)
