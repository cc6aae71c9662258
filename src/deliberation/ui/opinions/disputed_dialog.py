"""The paragraphs of a draft that are contested or carry reservations, to go to or to mail."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import OrganisationStance, Paragraph, Standing
from deliberation.records.positions import NO_ANSWER, STANCES
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text, labelled, quoted
from deliberation.ui.kit.looks import STANCE_LOOKS, STATUS_LOOKS, status_label
from deliberation.ui.kit.pages import stacked
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.widgets import muted_label
from deliberation.ui.opinions.paragraph_positions import capitalised, stance_chip_text, status_text

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.ui.opinions.opinion_session import OpinionSession

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The paragraph a row (or an organisation's row under it) is about."""
START_WORDS = 14


def text_start(text: str, words: int = START_WORDS) -> str:
    """The first words of a text, « … » when it goes on."""
    found = text.split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


def objections(standing: Standing) -> list[OrganisationStance]:
    """The stances that object to the paragraph or reserve it, in the consultation's order."""
    return [s for s in standing.stances if s.stance == "unfavorable" or s.reservation]


def _objection_text(stance: OrganisationStance) -> str:
    """What the organisation said: its reservation, its reasons, the amendment it proposes."""
    parts = [stance.reservation, stance.reasons]
    if stance.amendment:
        label = QCoreApplication.translate("DisputedDialog", "Amendement proposé")
        parts.append(labelled(label, stance.amendment))
    return " — ".join(p for p in parts if p)


class _Tree(QTreeWidget):
    """Entrée on a row asks to go to its paragraph (like a double-click)."""

    entered = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.entered.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class DisputedDialog(FittedDialog):
    """The draft's contested or reserved paragraphs, in text order (non-modal).

    Each paragraph row holds its label, status and first words; under it, one row per
    organisation that objects or reserves, with what it said. The text below shows the selected
    paragraph in full. Double-click or Entrée goes to the paragraph; « Copier » puts a plain-text
    summary on the clipboard (for a mail to the members).

    Signals:
        go_to(UUID): go to this paragraph in the text.
        copied(): the summary was copied.

    Attributes:
        summary: the line above the list; tree: the list; empty: the sentence when there is
        none; detail: the selected paragraph in full; go_button, refresh_button, copy_button,
        close_button: the buttons.
    """

    go_to = Signal(object)
    copied = Signal()

    PARAGRAPH, STATUS, TEXT = range(3)

    def __init__(
        self, opinions: Opinions, session: OpinionSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.opinions = opinions
        self.session = session
        self.rows: list[tuple[Paragraph, str, Standing]] = []
        self._title = ""
        self.summary = muted_label()
        self.tree = _Tree()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Paragraphe"), self.tr("Statut, position"), self.tr("Texte, réserve")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(self.PARAGRAPH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = muted_label(self.tr("Aucun paragraphe contesté ni assorti de réserves."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = stacked(self.tree, self.empty)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.go_button = QPushButton(self.tr("&Aller au paragraphe"))
        self.go_button.setToolTip(self.tr("Montrer ce paragraphe dans le texte (Entrée)"))
        self.refresh_button = QPushButton(self.tr("Ac&tualiser"))
        self.refresh_button.setToolTip(self.tr("Relire les positions enregistrées"))
        self.copy_button = QPushButton(self.tr("&Copier"))
        self.copy_button.setToolTip(
            self.tr("Copier la liste en texte simple, à coller dans un courriel aux membres")
        )
        self.close_button = QPushButton(self.tr("Fermer"))
        for button in (self.go_button, self.refresh_button, self.copy_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.tree.itemDoubleClicked.connect(lambda item, _column: self._go(item))
        self.tree.entered.connect(self._go)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_detail())
        self.go_button.clicked.connect(lambda: self._go(self.tree.currentItem()))
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_summary)
        self.close_button.clicked.connect(self.close)
        self.resize(760, 560)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Save the text being typed, then list its contested or reserved paragraphs again."""
        self.session.flush()
        opinion_id = self.session.opinion_id
        try:
            self._title = self.opinions.opinion(opinion_id).title
            self.rows = self.opinions.disputed(opinion_id)
        except DeliberationError:  # deleted meanwhile
            self.rows = []
        self.setWindowTitle(
            self.tr("Paragraphes contestés ou avec réserves — %1").replace("%1", self._title)
        )
        current = self.current_uuid()
        self.tree.clear()
        for paragraph, label, standing in self.rows:
            self.tree.addTopLevelItem(self._paragraph_item(paragraph, label, standing))
        self.tree.expandAll()
        self.stack.setCurrentWidget(self.tree if self.rows else self.empty)
        self.summary.setText(
            plural(
                len(self.rows),
                self.tr("%n paragraphe contesté ou assorti de réserves."),
                self.tr("%n paragraphes contestés ou assortis de réserves."),
            )
            + self.tr(" Double-cliquez sur un paragraphe (ou Entrée) pour y aller.")
            if self.rows
            else self.tr("D'après la dernière consultation sur chaque paragraphe.")
        )
        self.go_button.setEnabled(bool(self.rows))
        self.copy_button.setEnabled(bool(self.rows))
        self.detail.setVisible(bool(self.rows))
        self._select(current)

    def _paragraph_item(
        self, paragraph: Paragraph, label: str, standing: Standing
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [capitalised(label), status_text(standing.status), text_start(paragraph.text)]
        )
        item.setData(self.PARAGRAPH, UUID_ROLE, paragraph.uuid)
        item.setToolTip(self.TEXT, paragraph.text)
        font = item.font(self.PARAGRAPH)
        font.setBold(True)
        item.setFont(self.PARAGRAPH, font)
        look = STATUS_LOOKS.get(standing.status)
        if look is not None:
            item.setForeground(self.STATUS, QBrush(QColor(look.foreground)))
            item.setBackground(self.STATUS, QBrush(QColor(look.background)))
        for stance in objections(standing):
            said = _objection_text(stance)
            child = QTreeWidgetItem([stance.acronym, stance_chip_text(stance.stance), said])
            child.setData(self.PARAGRAPH, UUID_ROLE, paragraph.uuid)
            child.setToolTip(self.TEXT, said)
            stance_look = STANCE_LOOKS.get(stance.stance)
            if stance_look is not None:
                child.setForeground(self.STATUS, QBrush(QColor(stance_look.foreground)))
            item.addChild(child)
        if standing.missing:
            child = QTreeWidgetItem([", ".join(standing.missing), stance_chip_text(None), ""])
            child.setData(self.PARAGRAPH, UUID_ROLE, paragraph.uuid)
            child.setForeground(self.PARAGRAPH, QBrush(QColor(MUTED_TEXT)))
            child.setForeground(self.STATUS, QBrush(QColor(MUTED_TEXT)))
            item.addChild(child)
        return item

    def current_uuid(self) -> UUID | None:
        item = self.tree.currentItem()
        return item.data(self.PARAGRAPH, UUID_ROLE) if item is not None else None

    def _select(self, uuid: UUID | None) -> None:
        items = [self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount())]
        found = [i for i in items if i is not None]
        wanted = next((i for i in found if i.data(self.PARAGRAPH, UUID_ROLE) == uuid), None)
        if wanted is None and found:
            wanted = found[0]
        if wanted is not None:
            self.tree.setCurrentItem(wanted)
        self._show_detail()

    def _go(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.go_to.emit(item.data(self.PARAGRAPH, UUID_ROLE))

    # -- the selected paragraph in full ---------------------------------------------------------

    def _show_detail(self) -> None:
        uuid = self.current_uuid()
        found = next((row for row in self.rows if row[0].uuid == uuid), None)
        if found is None:
            self.detail.clear()
            return
        paragraph, label, standing = found
        look = STATUS_LOOKS.get(standing.status, STATUS_LOOKS["not_enough_answers"])
        parts = [
            f"<p><b>{html.escape(capitalised(label))}</b> — "
            f"<span style='color:{look.foreground}'>{html.escape(status_text(standing.status))}"
            f"</span> <span style='color:{MUTED_TEXT}'>("
            + html.escape(self.tr("consultation « %1 »").replace("%1", standing.consultation_title))
            + ")</span></p>",
            "<blockquote>"
            + "<br>".join(html.escape(line) for line in paragraph.text.splitlines())
            + "</blockquote>",
        ]
        for stance in objections(standing):
            stance_look = STANCE_LOOKS.get(stance.stance)
            colour = stance_look.foreground if stance_look else "inherit"
            parts.append(
                f"<p><b>{html.escape(stance.acronym)}</b> — "
                f"<span style='color:{colour}'>{html.escape(stance_chip_text(stance.stance))}"
                "</span></p>"
            )
            items = [
                (self.tr("Réserve :"), stance.reservation),
                (self.tr("Motifs :"), stance.reasons),
                (self.tr("Amendement proposé :"), stance.amendment),
            ]
            parts.extend(
                f"<p style='margin-left:16px'><i>{html.escape(title)}</i> {html.escape(text)}</p>"
                for title, text in items
                if text
            )
        if standing.missing:
            parts.append(
                f"<p style='color:{MUTED_TEXT}'>"
                + html.escape(f"{label_text(NO_ANSWER)} : {', '.join(standing.missing)}")
                + "</p>"
            )
        self.detail.setHtml("".join(parts))

    # -- the summary for a mail -----------------------------------------------------------------

    def summary_text(self) -> str:
        """The list in plain text: each paragraph, its status, its text, who said what."""
        lines = [
            self.tr("%1 — paragraphes contestés ou assortis de réserves").replace(
                "%1", self._title
            ),
            "",
        ]
        for paragraph, label, standing in self.rows:
            lines.append(
                f"{capitalised(label)} — {status_label(standing.status)} "
                + self.tr("(consultation « %1 »)").replace("%1", standing.consultation_title)
            )
            lines.append(quoted(" ".join(paragraph.text.split())))
            for stance in objections(standing):
                said = _objection_text(stance)
                stance_label = label_text(STANCES.get(stance.stance, stance.stance)).lower()
                lines.append(f"- {stance.acronym}, {stance_label}" + (f" : {said}" if said else ""))
            if standing.missing:
                lines.append(f"- {label_text(NO_ANSWER)} : {', '.join(standing.missing)}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def copy_summary(self) -> None:
        if self.rows:
            QGuiApplication.clipboard().setText(self.summary_text())
            self.copied.emit()
