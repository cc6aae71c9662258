"""Picking a draft opinion, or some of its paragraphs, as the subjects of a consultation."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import OPINION_STATUSES, Paragraph, ParagraphNumber
from deliberation.records.positions import Subject
from deliberation.rules.opinion_text import describe, numbering
from deliberation.rules.validation import NAME_MAX
from deliberation.ui.kit.checklists import ID_ROLE, checkable_list
from deliberation.ui.kit.labels import short_title
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.widgets import muted_label, search_field

if TYPE_CHECKING:
    from deliberation.records.opinions import OpinionRecord
    from deliberation.services.opinions import Opinions

START_WORDS = 8
TITLE_LIMIT = 60


def first_words(text: str, words: int = START_WORDS) -> str:
    found = text.split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


def paragraph_label(title: str, paragraph: Paragraph, number: ParagraphNumber | None) -> str:
    """« Avis sur les ENT — paragraphe 12 : Les communes rurales… » (a subject's label)."""
    name = describe(paragraph, number)
    head = f"{short_title(title, TITLE_LIMIT)} — {name}"
    start = first_words(paragraph.text)
    label = head if paragraph.kind == "recital" or not start else f"{head} : {start}"
    return short_title(label, NAME_MAX)


def opinion_subject(record: OpinionRecord) -> Subject:
    return Subject("opinion", short_title(record.title, NAME_MAX), ref=record.uuid)


class OpinionSubjectsDialog(FittedDialog):
    """Chooses a draft opinion (`paragraphs` False) or some of its paragraphs as subjects.

    `present`: the refs already among the consultation's subjects; they show ticked and cannot
    be added twice.

    Attributes:
        opinion: the drafts (data: the opinion's id); filter, paragraphs, all_button,
        none_button, count: the paragraphs to tick (data ID_ROLE: the paragraph's UUID as text);
        hint: why nothing can be added; buttons: « Ajouter » and « Annuler ».
    """

    def __init__(
        self,
        opinions: Opinions,
        paragraphs: bool,
        present: Collection[UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.pick_paragraphs = paragraphs
        self.present = set(present)
        self._records = {r.id: r for r in opinions.opinions()}
        self._labels: dict[str, str] = {}
        self.setWindowTitle(
            self.tr("Des paragraphes d'un projet d'avis")
            if paragraphs
            else self.tr("Un projet d'avis")
        )
        self.opinion = QComboBox()
        self.opinion.setMinimumContentsLength(40)
        self.opinion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for record in sorted(self._records.values(), key=lambda r: r.updated_at, reverse=True):
            status = label_text(OPINION_STATUSES.get(record.status, record.status)).lower()
            self.opinion.addItem(f"{record.title} ({status})", record.id)
            self.opinion.setItemData(
                self.opinion.count() - 1, record.title, Qt.ItemDataRole.ToolTipRole
            )
        self.filter = search_field(self.tr("Filtrer les paragraphes…"))
        self.paragraphs = checkable_list(320)
        self.all_button = QPushButton(self.tr("Tout cocher"))
        self.none_button = QPushButton(self.tr("Tout décocher"))
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
        self.count = muted_label()
        self.count.setWordWrap(False)
        self.hint = muted_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Ajouter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

        form = QFormLayout()
        form.addRow(self.tr("&Projet d'avis :"), self.opinion)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if paragraphs:
            layout.addWidget(self.filter)
            layout.addWidget(self.paragraphs, 1)
            row = QHBoxLayout()
            row.addWidget(self.all_button)
            row.addWidget(self.none_button)
            row.addStretch(1)
            row.addWidget(self.count)
            layout.addLayout(row)
        else:
            for widget in (self.filter, self.paragraphs, self.all_button, self.none_button):
                widget.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.opinion.currentIndexChanged.connect(lambda _i: self._show_opinion())
        self.filter.textChanged.connect(self._filter)
        self.paragraphs.itemChanged.connect(lambda _item: self._enable())
        self.all_button.clicked.connect(lambda: self._tick_shown(True))
        self.none_button.clicked.connect(lambda: self._tick_shown(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if paragraphs:
            self.resize(620, 520)
        self._show_opinion()
        self.opinion.setFocus()

    # -- the chosen opinion ---------------------------------------------------------------------

    def current(self) -> OpinionRecord | None:
        return self._records.get(self.opinion.currentData())

    def _show_opinion(self) -> None:
        self.paragraphs.blockSignals(True)
        self.paragraphs.clear()
        self._labels = {}
        record = self.current()
        if record is not None and self.pick_paragraphs:
            try:
                text = self.opinions.text(record.id).paragraphs
            except DeliberationError:
                text = ()
            numbers = numbering(text)
            for paragraph in text:
                number = numbers.get(paragraph.uuid)
                self._labels[str(paragraph.uuid)] = paragraph_label(record.title, paragraph, number)
                self.paragraphs.addItem(self._item(paragraph, number))
        self.paragraphs.blockSignals(False)
        self._filter(self.filter.text())
        self._enable()

    def _item(self, paragraph: Paragraph, number: ParagraphNumber | None) -> QListWidgetItem:
        shown = " ".join(paragraph.text.split())
        prefix = number.label if number and number.label else ""
        item = QListWidgetItem(f"{prefix} {shown}" if prefix else shown)
        item.setData(ID_ROLE, str(paragraph.uuid))
        item.setToolTip(paragraph.text)
        if paragraph.kind in ("heading", "recital"):  # recitals, unnumbered, in italics
            font = item.font()
            font.setBold(paragraph.kind == "heading")
            font.setItalic(paragraph.kind == "recital")
            item.setFont(font)
        if paragraph.uuid in self.present:
            item.setText(item.text() + self.tr(" (déjà un sujet)"))
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown ticked, not enabled
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _filter(self, text: str) -> None:
        wanted = text.casefold().split()
        for row in range(self.paragraphs.count()):
            item = self.paragraphs.item(row)
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in wanted))

    def _tick_shown(self, on: bool) -> None:
        self.paragraphs.blockSignals(True)
        for row in range(self.paragraphs.count()):
            item = self.paragraphs.item(row)
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.paragraphs.blockSignals(False)
        self._enable()

    def _ticked(self) -> list[QListWidgetItem]:
        items = [self.paragraphs.item(r) for r in range(self.paragraphs.count())]
        return [
            i
            for i in items
            if i.checkState() == Qt.CheckState.Checked and i.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def _enable(self) -> None:
        record = self.current()
        hint = ""
        if record is None:
            hint = self.tr("Aucun projet d'avis n'a encore été créé (page « Avis »).")
            ready = False
        elif self.pick_paragraphs:
            ticked = len(self._ticked())
            self.count.setText(
                plural(ticked, self.tr("%n paragraphe coché"), self.tr("%n paragraphes cochés"))
            )
            if not self.paragraphs.count():
                hint = self.tr("Ce projet d'avis n'a pas encore de texte.")
            ready = ticked > 0
        else:
            ready = record.uuid not in self.present
            if not ready:
                hint = self.tr("Ce projet d'avis est déjà un sujet de la consultation.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.add_button.setEnabled(ready)

    # -- the result -----------------------------------------------------------------------------

    def subjects(self) -> tuple[Subject, ...]:
        """The opinion, or the paragraphs ticked in the text's order, as new subjects."""
        record = self.current()
        if record is None:
            return ()
        if not self.pick_paragraphs:
            return () if record.uuid in self.present else (opinion_subject(record),)
        return tuple(
            Subject("paragraph", self._labels[i.data(ID_ROLE)], ref=UUID(i.data(ID_ROLE)))
            for i in self._ticked()
        )
