"""The dialog that records or changes an organisation's position on a subject, with its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.positions import (
    DEFAULT_USER,
    POSITION_SOURCES,
    STANCES,
    ConsultationSnapshot,
    PositionInput,
    PositionRecord,
    Subject,
)
from deliberation.rules.validation import NAME_MAX
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.forms import FormDialog, date_edit, to_date
from deliberation.ui.kit.labels import short_title, shortened
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.widgets import heading_label
from deliberation.ui.positions.position_history import PositionHistoryView

if TYPE_CHECKING:
    from deliberation.services.positions import Positions
    from deliberation.ui.kit.editor import Editor

STANCE_BUTTONS = {
    "favorable": QT_TRANSLATE_NOOP("PositionDialog", "&Favorable"),
    "reserved": QT_TRANSLATE_NOOP("PositionDialog", "Favorable sous &réserve"),
    "unfavorable": QT_TRANSLATE_NOOP("PositionDialog", "&Défavorable"),
    "abstention": QT_TRANSLATE_NOOP("PositionDialog", "&Abstention"),
    "not_expressed": QT_TRANSLATE_NOOP("PositionDialog", "&Non exprimée"),
}
"""Each stance's radio button, with its mnemonic (Alt+F, Alt+R, Alt+D, Alt+A, Alt+N in French;
typing the French letter on a button chooses the stance in both languages, as in the matrix)."""
STANCE_KEYS = {label[label.index("&") + 1].lower(): code for code, label in STANCE_BUTTONS.items()}
"""Keys that choose a stance when a stance button has the focus (no Alt needed there)."""


def locate_subject(
    positions: Positions, subject_id: int
) -> tuple[ConsultationSnapshot | None, Subject | None]:
    """The consultation holding a subject, and the subject; (None, None) if it no longer exists."""
    snap = positions.consultation_of(subject_id)
    for subject in snap.subjects if snap else ():
        if subject.id == subject_id:
            return snap, subject
    return None, None


def current_position(
    positions: Positions, subject_id: int, organisation_id: int
) -> PositionRecord | None:
    """The position an organisation holds now on a subject, if any."""
    for record in positions.positions(subject_id=subject_id):
        if record.organisation_id == organisation_id:
            return record
    return None


def same_values(a: PositionRecord, b: PositionRecord) -> bool:
    """Whether two positions say the same thing (who typed them aside)."""
    keys = ("stance", "reservation", "reasons", "amendment", "source", "received_on")
    return all(getattr(a, key) == getattr(b, key) for key in keys)


class _StanceKeys(QObject):
    """Typing F, R, D, A or N on a stance button chooses that stance."""

    def __init__(self, dialog: PositionDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            code = STANCE_KEYS.get(event.text().lower()) if plain else None
            if code is not None:
                self._dialog.set_stance(code)
                self._dialog.stance_buttons[code].setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setPlaceholderText(placeholder)
    return box


class PositionDialog(FormDialog):
    """Records an organisation's position on a subject, or changes the one it holds (one undo step).

    `PositionDialog(editor, subject_id, organisation_id, stance=None, parent=None)`:
        editor: the window's Editor (the save goes through `record_position` / `edit_position`).
        subject_id, organisation_id: the cell of the matrix; the dialog finds the current
            position itself and edits it if there is one.
        stance: a stance code to preselect (a key typed on the matrix); « reserved » puts the
            focus in the reservation, ready to type it.
        parent: the parent widget.

    The stance is chosen with Alt+F/R/D/A/N anywhere, or F/R/D/A/N on the stance buttons;
    Ctrl+Entrée saves from the text boxes. A refused save shows the use case's messages in
    the dialog and keeps everything typed. The « Historique » tab shows the audit trail of an
    existing position.

    Attributes:
        before: the position as it was when the dialog opened (None: a first position).
        saved: the position as saved, once the dialog was accepted.
        stance_buttons: stance code → its radio button.
        reservation, reasons, amendment, source, received_on, recorded_by: the fields.
        tabs: « Position » and, for an existing position, « Historique ».
        history: the PositionHistoryView.
    """

    def __init__(
        self,
        editor: Editor,
        subject_id: int,
        organisation_id: int,
        stance: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        positions = editor.positions
        consultation, subject = locate_subject(positions, subject_id)
        try:
            organisation = editor.referential.organisation(organisation_id)
            acronym, name = organisation.acronym, organisation.name
        except DeliberationError:
            acronym, name = "?", ""
        subject_label = subject.label if subject else self.tr("sujet supprimé")
        super().__init__(
            self.tr("Position : %1 — %2")
            .replace("%1", acronym)
            .replace("%2", short_title(subject_label, 60)),
            parent,
        )
        self.editor = editor
        self.subject_id = subject_id
        self.organisation_id = organisation_id
        self.before = current_position(positions, subject_id, organisation_id)
        self.saved: PositionRecord | None = None

        self.stance_group = QButtonGroup(self)
        self.stance_buttons: dict[str, QRadioButton] = {}
        stances = QWidget()
        grid = QGridLayout(stances)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        keys = _StanceKeys(self)
        for number, (code, label) in enumerate(STANCE_BUTTONS.items()):
            button = QRadioButton(label_text(label, "PositionDialog"))
            button.setToolTip(
                self.tr("%1 (touche %2)")
                .replace("%1", label_text(STANCES[code]))
                .replace("%2", label[label.index("&") + 1].upper())
            )
            button.installEventFilter(keys)
            self.stance_group.addButton(button, number)
            self.stance_buttons[code] = button
            grid.addWidget(button, number // 3, number % 3)
        self.reservation = text_box(64)
        self.reasons = text_box(64, self.tr("Pourquoi l'organisation prend cette position"))
        self.amendment = text_box(
            64, self.tr("Le texte que l'organisation propose, s'il y en a un")
        )
        self.source = QComboBox()
        for code, label in POSITION_SOURCES.items():
            self.source.addItem(label_text(label), code)
        self.source.setCurrentIndex(self.source.findData("email"))
        self.received_on = date_edit(self.before.received_on if self.before else positions.today)
        user = positions.user
        # the default recorder, « Secrétariat », in the interface's language
        self.recorded_by = QLineEdit(label_text(user) if user == DEFAULT_USER else user)
        self.recorded_by.setMaxLength(NAME_MAX)

        self.add_row("stance", self.tr("Position :"), stances)
        self.add_row("reservation", self.tr("Réser&ve :"), self.reservation)
        self.add_row("reasons", self.tr("M&otifs :"), self.reasons)
        self.add_row("amendment", self.tr("A&mendement\nproposé :"), self.amendment)
        self.add_row("source", self.tr("&Source :"), self.source)
        self.add_row("received_on", self.tr("Reçue &le :"), self.received_on)
        self.add_row("recorded_by", self.tr("Saisie &par :"), self.recorded_by)

        self.history = PositionHistoryView()
        self._arrange(acronym, name, consultation, subject_label)
        if self.before is not None:
            self._fill(self.before)
        if stance in STANCES:
            self.set_stance(stance)
        self.stance_group.idToggled.connect(lambda _id, _on: self._follow_stance())
        self._follow_stance()
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)
        self._initial_focus(stance)

    # -- layout ---------------------------------------------------------------------------------

    def _arrange(
        self,
        acronym: str,
        name: str,
        consultation: ConsultationSnapshot | None,
        subject_label: str,
    ) -> None:
        """A heading saying who and what, then the form and the history in tabs."""
        main = self.layout()
        assert isinstance(main, QVBoxLayout)
        heading = heading_label()
        heading.setText(f"{acronym} — {name}" if name else acronym)
        about = QLabel()
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        lines = [self.tr("Sujet : %1").replace("%1", subject_label)]
        if consultation is not None:
            line = self.tr("Consultation « %1 »").replace("%1", consultation.title)
            if consultation.deadline is not None:
                line += self.tr(", réponse attendue au plus tard le %1").replace(
                    "%1", numeric_date(consultation.deadline)
                )
            lines.insert(0, line)
            if consultation.question:
                question = shortened(consultation.question, 240)
                lines.append(self.tr("Question : %1").replace("%1", question))
                about.setToolTip(consultation.question)
        about.setText("\n".join(lines))
        about.setStyleSheet(f"color: {MUTED_TEXT};")
        # FormDialog lays out: the general error, the forms' row, a stretch, the buttons.
        # The forms' row moves into the first tab.
        taken = main.takeAt(1)
        row = taken.layout() if taken is not None else None
        assert row is not None  # FormDialog's layout always has its forms' row there
        form_page = QWidget()
        page_layout = QVBoxLayout(form_page)
        page_layout.addLayout(row)
        page_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(form_page, self.tr("Pos&ition"))
        if self.before is not None:
            self.history.show_position(self.editor.positions, self.before)
            changes = self.history.model.rowCount() - 1
            label = self.tr("&Historique")
            if changes:
                label += f" ({changes})"
            self.tabs.addTab(self.history, label)
            self.setMinimumWidth(860)
        else:
            self.setMinimumWidth(640)
        main.insertWidget(0, heading)
        main.insertWidget(1, about)
        main.insertWidget(3, self.tabs, 1)

    def _fill(self, record: PositionRecord) -> None:
        self.set_stance(record.stance)
        self.reservation.setPlainText(record.reservation)
        self.reasons.setPlainText(record.reasons)
        self.amendment.setPlainText(record.amendment)
        self.source.setCurrentIndex(max(self.source.findData(record.source), 0))

    def _initial_focus(self, stance: str | None) -> None:
        if stance == "reserved":
            self.reservation.setFocus()
            return
        chosen = self.stance()
        button = self.stance_buttons[chosen] if chosen else self.stance_buttons["favorable"]
        button.setFocus()

    # -- the stance -----------------------------------------------------------------------------

    def stance(self) -> str:
        """The chosen stance's code ('' when none is chosen yet)."""
        for code, button in self.stance_buttons.items():
            if button.isChecked():
                return code
        return ""

    def set_stance(self, code: str) -> None:
        if code in self.stance_buttons:
            self.stance_buttons[code].setChecked(True)

    def _follow_stance(self) -> None:
        """The reservation is typed (and required) only for « Favorable sous réserve »."""
        reserved = self.stance() == "reserved"
        self.reservation.setEnabled(reserved)
        self.reservation.setPlaceholderText(
            self.tr("Obligatoire : la condition que pose l'organisation")
            if reserved
            else self.tr("Seulement pour une position « Favorable sous réserve »")
        )

    # -- saving ---------------------------------------------------------------------------------

    def show_errors(self, messages: dict[str, str]) -> None:
        self.tabs.setCurrentIndex(0)
        super().show_errors(messages)

    def data(self) -> PositionInput:
        stance = self.stance()
        return PositionInput(
            subject_id=self.subject_id,
            organisation_id=self.organisation_id,
            stance=stance,
            reservation=self.reservation.toPlainText() if stance == "reserved" else "",
            reasons=self.reasons.toPlainText(),
            amendment=self.amendment.toPlainText(),
            source=self.source.currentData() or "email",
            received_on=to_date(self.received_on.date()),
            recorded_by=self.recorded_by.text(),
        )

    def write(self) -> None:
        positions = self.editor.positions
        self._check_changed_elsewhere()
        if self.before is None:
            self.saved = self.editor.record_position(positions.new_position(self.data()))
            return
        after = positions.edited_position(self.before, self.data())
        if same_values(after, self.before):
            self.saved = self.before
        else:
            self.saved = self.editor.edit_position(self.before, after)

    def _check_changed_elsewhere(self) -> None:
        """Refuse a save over a position someone else recorded or changed since the dialog
        opened: say who and what it says now, keep what was typed here; saving again keeps it
        (the other's values join the history)."""
        now = current_position(self.editor.positions, self.subject_id, self.organisation_id)
        if now == self.before or (
            now is not None and self.before is not None and same_values(now, self.before)
        ):
            return
        self.before = now
        who = (now.recorded_by if now else "") or self.tr("quelqu'un d'autre")
        if now is None:
            text = self.tr("Cette position vient d'être retirée par un autre poste. Enregistrez "
                           "à nouveau pour garder la vôtre.")  # fmt: skip
        else:
            text = (
                self.tr("Cette position vient d'être enregistrée par %1 sur un autre poste : "
                        "« %2 »%3. Vos valeurs sont gardées ici ; enregistrez à nouveau pour "
                        "garder les vôtres (les siennes restent dans l'historique).")
                .replace("%1", who)
                .replace("%2", label_text(STANCES.get(now.stance, now.stance)))
                .replace("%3", f" ({shortened(now.reasons, 80)})" if now.reasons else "")
            )  # fmt: skip
        raise DeliberationError(text)
