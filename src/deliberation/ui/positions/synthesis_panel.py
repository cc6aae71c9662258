"""Beside the stance matrix: the current cell's position and history, and who has not answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.positions import POSITION_SOURCES, STANCES, PositionRecord, Subject
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.looks import STANCE_LOOKS, chip_style
from deliberation.ui.kit.widgets import heading_label
from deliberation.ui.positions.position_history import PositionHistoryView

if TYPE_CHECKING:
    from deliberation.services.positions import Positions


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class PositionPanel(QWidget):
    """The position of one organisation on one subject, in full, and its history.

    Signals:
        edit_requested(): « Saisir… » / « Modifier… » was clicked.
        withdraw_requested(): « Retirer » was clicked.

    Attributes:
        organisation, subject, stance: the heading lines and the stance chip.
        reservation, reasons, amendment, source, received, recorded_by: the details.
        edit_button, withdraw_button: the panel's buttons.
        history: the position's audit trail (PositionHistoryView).
        record: the position shown (None: no answer yet, or no cell).
    """

    edit_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PositionRecord | None = None
        self.organisation = heading_label()
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet(f"color: {MUTED_TEXT};")
        self.stance = QLabel()
        self.stance.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reservation = _value_label()
        self.reasons = _value_label()
        self.amendment = _value_label()
        self.source = _value_label()
        self.received = _value_label()
        self.recorded_by = _value_label()
        self._rows = {
            self.reservation: self.tr("Réserve :"),
            self.reasons: self.tr("Motifs :"),
            self.amendment: self.tr("Amendement proposé :"),
            self.source: self.tr("Source :"),
            self.received: self.tr("Reçue le :"),
            self.recorded_by: self.tr("Saisie par :"),
        }
        for widget, label in self._rows.items():
            self.form.addRow(label, widget)

        self.edit_action = QAction(self.tr("Saisir…"), self)
        self.edit_action.setToolTip(self.tr("Toutes les informations de la position (Entrée)"))
        self.edit_action.triggered.connect(self.edit_requested)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.withdraw_button = QPushButton(self.tr("Retirer"))
        self.withdraw_button.setToolTip(
            self.tr("Retirer cette position (Suppr) ; son historique est conservé")
        )
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)

        history_title = QLabel(self.tr("Historique"))
        history_title.setStyleSheet("font-weight: 600; padding-top: 6px;")
        self.history = PositionHistoryView(compact=True)
        self.history.setMinimumHeight(150)

        layout = QVBoxLayout(self)
        layout.addWidget(self.organisation)
        layout.addWidget(self.subject)
        layout.addSpacing(4)
        layout.addWidget(self.stance)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        self.show_cell(None, None, None, None)

    def show_cell(
        self,
        positions: Positions | None,
        organisation: tuple[int, str, str] | None,
        subject: tuple[int, Subject] | None,
        record: PositionRecord | None,
    ) -> None:
        """Show a cell: the organisation (id, acronym, name), the subject (number, subject)."""
        self.record = record
        if organisation is None or subject is None:
            self.organisation.setText(self.tr("Aucune case choisie"))
            self.subject.setText(
                self.tr("Choisissez une case de la matrice pour voir la position en détail.")
            )
            self.stance.hide()
            for widget in self._rows:
                self.form.setRowVisible(widget, False)
            self.edit_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
            self.history.show_position(None, None)
            return
        _org, acronym, name = organisation
        number, about = subject
        self.organisation.setText(acronym)
        self.organisation.setToolTip(name)
        self.subject.setText(f"{name}\n{number}. {about.label}")
        self.stance.show()
        if record is None:
            self.stance.setText(self.tr("Pas encore de réponse"))
            self.stance.setStyleSheet(chip_style("transparent", MUTED_TEXT))
        else:
            look = STANCE_LOOKS[record.stance]
            self.stance.setText(f"{look.glyph} {label_text(STANCES[record.stance])}")
            self.stance.setStyleSheet(chip_style(look.background, look.foreground))
        values = {
            self.reservation: record.reservation if record else "",
            self.reasons: record.reasons if record else "",
            self.amendment: record.amendment if record else "",
            self.source: label_text(POSITION_SOURCES.get(record.source, record.source))
            if record
            else "",
            self.received: numeric_date(record.received_on) if record else "",
            self.recorded_by: record.recorded_by if record else "",
        }
        for widget, text in values.items():
            widget.setText(text)
            self.form.setRowVisible(widget, bool(text))
        self.edit_button.setText(self.tr("Modifier…") if record else self.tr("Saisir…"))
        self.edit_button.setEnabled(True)
        self.withdraw_button.setEnabled(record is not None)
        self.history.show_position(positions, record)
        self._hide_empty_texts()

    def _hide_empty_texts(self) -> None:
        """In a narrow panel, the history shows only the texts some state of the position has."""
        model = self.history.model
        for column in (model.RESERVATION, model.REASONS, model.AMENDMENT):
            empty = all(not model.index(r, column).data() for r in range(model.rowCount()))
            self.history.table.setColumnHidden(column, empty)


class MissingPanel(QWidget):
    """The organisations that have not answered, with their delegates' e-mail addresses.

    Signals:
        copied(int): the addresses were put on the clipboard (how many).
        send_requested(): « Envoyer la consultation… » was clicked.
        remind_requested(): « Relancer… » was clicked.
        import_requested(): « Importer des réponses… » was clicked.

    Attributes:
        summary: « 4 organisations n'ont pas encore répondu. »
        tree: one row per organisation: acronym, addresses.
        copy_button: « Copier les adresses ».
        send_button, remind_button, import_button: the consultation by e-mail, and its answers.
        no_address: which organisations have no address (to chase otherwise).
    """

    copied = Signal(int)
    send_requested = Signal()
    remind_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._missing: tuple[tuple[int, str, tuple[str, ...]], ...] = ()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Organisation"), self.tr("Adresses des délégués")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # One address a line, cut with « … » when narrow: wrapped at a hyphen, an address would
        # read as two, and the next ones fell out of the row.
        self.tree.setWordWrap(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.no_address = QLabel()
        self.no_address.setWordWrap(True)
        self.no_address.setStyleSheet(f"color: {WARNING_TEXT};")
        self.copy_button = QPushButton(self.tr("Copier les adresses"))
        self.copy_button.setToolTip(
            self.tr(
                "Les adresses, séparées par « ; », à coller dans les destinataires d'une relance"
            )
        )
        self.copy_button.clicked.connect(self.copy_addresses)
        self.remind_button = QPushButton(self.tr("Relancer…"))
        self.remind_button.setToolTip(
            self.tr("Envoyer un rappel, avec l'échéance, aux organisations qui n'ont pas répondu")
        )
        self.remind_button.clicked.connect(self.remind_requested)
        self.send_button = QPushButton(self.tr("Envoyer la consultation…"))
        self.send_button.setToolTip(
            self.tr("Envoyer à chaque organisation consultée son formulaire de réponse")
        )
        self.send_button.clicked.connect(self.send_requested)
        self.import_button = QPushButton(self.tr("Importer des réponses…"))
        self.import_button.setToolTip(
            self.tr("Lire un formulaire de réponse rempli (Word ou tableur) en positions")
        )
        self.import_button.clicked.connect(self.import_requested)
        row = FlowLayout()  # wraps in the narrow side panel
        for button in (self.remind_button, self.copy_button, self.send_button,
                       self.import_button):  # fmt: skip
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_address)
        layout.addLayout(row)
        self.set_missing(())

    def set_missing(
        self,
        missing: tuple[tuple[int, str, tuple[str, ...]], ...],
        partial: dict[int, str] | None = None,
    ) -> None:
        """Show who owes an answer; `partial`: org id → the subjects still owed (« sujet 2 »)."""
        partial = partial or {}
        self._missing = missing
        self.tree.clear()
        for org, acronym, emails in missing:
            label = f"{acronym} ({partial[org]})" if org in partial else acronym
            item = QTreeWidgetItem([label, "\n".join(emails) or self.tr("aucune adresse")])
            if not emails:
                item.setForeground(1, Qt.GlobalColor.darkGray)
            item.setToolTip(1, "; ".join(emails))
            self.tree.addTopLevelItem(item)
        if missing:
            self.summary.setText(
                plural(
                    len(missing),
                    self.tr("%n organisation n'a pas encore répondu."),
                    self.tr("%n organisations n'ont pas encore répondu."),
                )
                + (
                    self.tr(" Entre parenthèses, les sujets sur lesquels une réponse manque.")
                    if partial
                    else ""
                )
            )
        else:
            self.summary.setText(
                self.tr("Toutes les organisations consultées ont répondu sur chaque sujet.")
            )
        self.tree.setVisible(bool(missing))
        without = [acronym for _org, acronym, emails in missing if not emails]
        self.no_address.setText(
            self.tr(
                "Sans adresse connue : %1. À relancer autrement, ou compléter le référentiel."
            ).replace("%1", ", ".join(without))
            if without
            else ""
        )
        self.no_address.setVisible(bool(without))
        self.copy_button.setEnabled(bool(self.addresses()))
        self.remind_button.setEnabled(bool(self.addresses()))

    def addresses(self) -> list[str]:
        """Every address of the organisations listed, once each, in the list's order."""
        seen: list[str] = []
        for _org, _acronym, emails in self._missing:
            seen.extend(e for e in emails if e not in seen)
        return seen

    def copy_addresses(self) -> None:
        addresses = self.addresses()
        if addresses:
            QGuiApplication.clipboard().setText("; ".join(addresses))
            self.copied.emit(len(addresses))
