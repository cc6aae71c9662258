"""The dialogs of an amendment: record an organisation's proposal, the text retained when
accepting it modified, the treatment the rapporteur proposes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinions import (
    AMENDMENT_ACTIONS,
    AMENDMENT_TREATMENTS,
    NO_TREATMENT,
    AmendmentInput,
    AmendmentRecord,
    Line,
    Paragraph,
    plain_lines,
)
from deliberation.records.referential import OrganisationRecord
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.forms import FormDialog, date_edit, to_date
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.widgets import heading_label

ACTION_BUTTONS = {
    "replace": QT_TRANSLATE_NOOP("AmendmentDialog", "&Remplacer le paragraphe"),
    "insert_after": QT_TRANSLATE_NOOP("AmendmentDialog", "&Insérer après"),
    "delete": QT_TRANSLATE_NOOP("AmendmentDialog", "&Supprimer le paragraphe"),
}
"""Each action's radio button, with its mnemonic (Alt+R, Alt+I, Alt+S)."""
QUOTE_MAX = 1_500  # characters of the targeted paragraph shown in the dialog


def organisation_label(organisation: OrganisationRecord) -> str:
    """« MEN — Ministère de l'Éducation nationale »."""
    if organisation.name and organisation.name != organisation.acronym:
        return f"{organisation.acronym} — {organisation.name}"
    return organisation.acronym


def edited_lines(text: str, original: Sequence[Line]) -> tuple[Line, ...]:
    """The lines typed in a plain text box, keeping the emphasis and list style of the lines
    the user left as they were (a replacement prefilled with the paragraph's text)."""
    typed = text.split("\n")
    unused = list(original)
    result = []
    for index, part in enumerate(typed):
        same = next((line for line in unused if line.text == part), None)
        if same is not None:
            unused.remove(same)
            result.append(same)
            continue
        style = original[index].list if len(typed) == len(original) else ""
        result.append(plain_lines(part, style)[0])
    return tuple(result)


def text_area(placeholder: str = "", height: int = 96) -> QTextEdit:
    box = QTextEdit()
    box.setAcceptRichText(False)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setPlaceholderText(placeholder)
    return box


def buddy_row(dialog: FormDialog, widget: QWidget, column: int = 0) -> None:
    """Make the label of a FormDialog row just added reach the field itself with its Alt+letter
    (the label's buddy would otherwise be the field's holder, which takes no focus)."""
    holder = widget.parentWidget()
    assert holder is not None  # FormDialog.add_row put the field in a holder
    found = dialog.forms[column].labelForField(holder)
    if isinstance(found, QLabel):
        found.setBuddy(widget)


class AmendmentDialog(FormDialog):
    """Records a proposed amendment, or the text retained when accepting one as modified.

    `AmendmentDialog(paragraph, label, organisations, commit, today, amendment=None, parent=None)`:
        paragraph: the targeted paragraph as the editor holds it now (None: it was deleted).
        label: how it is named (« Paragraphe 12 »).
        organisations: the organisations offered (members first).
        commit: saves what the dialog built — `commit(data)` with an AmendmentInput for a new
            amendment, `commit(lines, note)` when accepting `amendment` as modified; it raises
            ValidationError to refuse (the messages then show under the fields).
        today: the default date received.
        amendment: the amendment being accepted as modified (None: a new amendment).

    The action is chosen with Alt+R, Alt+I or Alt+S; Ctrl+Entrée saves.

    Attributes:
        organisation, action_buttons, text, justification, proposed_on, author, note: the fields
            (`note`, the decision's note, only when accepting as modified).
    """

    def __init__(
        self,
        paragraph: Paragraph | None,
        label: str,
        organisations: Sequence[OrganisationRecord],
        commit: Callable[..., object],
        today: date,
        amendment: AmendmentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        modifying = amendment is not None
        super().__init__(
            self.tr("Accepter l'amendement avec modifications")
            if modifying
            else self.tr("Nouvel amendement — %1").replace("%1", label),
            parent,
        )
        self.paragraph = paragraph
        self.amendment = amendment
        self._commit = commit
        self.setMinimumWidth(640)

        self.organisation = QComboBox()
        for organisation in organisations:
            self.organisation.addItem(organisation_label(organisation), organisation.id)
        self.organisation.setCurrentIndex(-1)
        self.organisation.setPlaceholderText(self.tr("Choisissez l'organisation"))
        actions = QWidget(self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.action_group = QButtonGroup(self)
        self.action_buttons: dict[str, QRadioButton] = {}
        for number, (code, text) in enumerate(ACTION_BUTTONS.items()):
            button = QRadioButton(label_text(text, "AmendmentDialog"))
            button.setToolTip(label_text(AMENDMENT_ACTIONS[code]))
            self.action_group.addButton(button, number)
            self.action_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.text = text_area()
        self.justification = text_area(
            self.tr("Pourquoi l'organisation propose cette modification"), 64
        )
        self.proposed_on = date_edit(today)
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Facultatif : la personne qui l'a rédigé"))
        self.author.setMaxLength(200)
        self.note = text_area(self.tr("Facultatif : pourquoi le texte a été modifié"), 56)

        self._quote(label)
        if amendment is None:
            self.add_row("organisation", self.tr("&Organisation :"), self.organisation)
            self.add_row("action", self.tr("Action :"), actions)
            self.add_row("text", self.tr("&Texte proposé :"), self.text)
            self.add_row("justification", self.tr("&Justification :"), self.justification)
            self.add_row("proposed_on", self.tr("Reçu &le :"), self.proposed_on)
            self.add_row("author", self.tr("A&uteur :"), self.author)
            self.action_group.idToggled.connect(self._follow_action)
            self.set_action("replace")
            self.organisation.setFocus()
        else:
            about = QLabel(
                self.tr("%1 propose de %2. Modifiez le texte proposé : c'est le texte retenu "
                        "qui entrera dans l'avis.")
                .replace("%1", amendment.organisation_acronym or "?")
                .replace("%2", label_text(AMENDMENT_ACTIONS.get(amendment.action, "")).lower())
            )  # fmt: skip
            about.setWordWrap(True)
            self.form.addRow(about)
            self.add_row("text", self.tr("&Texte retenu :"), self.text)
            self.add_row("note", self.tr("&Note :"), self.note)
            self.text.setPlainText(amendment.text)
            self.text.setFocus()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            self.tr("Accepter") if modifying else self.tr("Enregistrer")
        )
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)

    def add_row(self, key: str, label: str, widget: QWidget, column: int = 0) -> None:
        super().add_row(key, label, widget, column)
        buddy_row(self, widget, column)

    def _quote(self, label: str) -> None:
        """The targeted paragraph, read-only, above the form."""
        main = self.layout()
        assert isinstance(main, QVBoxLayout)
        heading = heading_label()
        heading.setText(label)
        quote = QLabel()
        quote.setObjectName("quote")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote.setFrameShape(QFrame.Shape.StyledPanel)
        quote.setMargin(8)
        if self.paragraph is None:
            quote.setText(self.tr("Ce paragraphe a été supprimé du texte."))
            quote.setStyleSheet(f"color: {MUTED_TEXT};")
        else:
            text = self.paragraph.text
            if len(text) > QUOTE_MAX:
                quote.setToolTip(text)
                text = text[:QUOTE_MAX].rstrip() + " […]"
            quote.setText(text or self.tr("(paragraphe vide)"))
        self.quote = quote
        main.insertWidget(0, heading)
        main.insertWidget(1, quote)

    # -- the action -----------------------------------------------------------------------------

    def action(self) -> str:
        if self.amendment is not None:
            return self.amendment.action
        for code, button in self.action_buttons.items():
            if button.isChecked():
                return code
        return ""

    def set_action(self, code: str) -> None:
        if code in self.action_buttons:
            self.action_buttons[code].setChecked(True)
            self._follow_action()

    def _follow_action(self, *_args: object) -> None:
        """Replacing starts from the paragraph's text; a deletion has no text."""
        action = self.action()
        current = self.paragraph.text if self.paragraph else ""
        typed = self.text.toPlainText()
        self.text.setEnabled(action != "delete")
        if action == "delete":
            self.text.clear()
            self.text.setPlaceholderText(self.tr("Le paragraphe sera supprimé de l'avis."))
        elif action == "replace":
            if not typed.strip():
                self.text.setPlainText(current)
            self.text.setPlaceholderText(self.tr("Le nouveau texte du paragraphe"))
        else:
            if typed == current:
                self.text.clear()
            self.text.setPlaceholderText(self.tr("Le paragraphe à insérer après celui-ci"))

    # -- saving ---------------------------------------------------------------------------------

    def lines(self) -> tuple[Line, ...]:
        if self.action() == "delete" and self.amendment is None:
            return ()
        original: Sequence[Line] = ()
        if self.amendment is not None:
            original = self.amendment.lines
        elif self.action() == "replace" and self.paragraph is not None:
            original = self.paragraph.lines
        return edited_lines(self.text.toPlainText(), original)

    def data(self) -> AmendmentInput:
        assert self.paragraph is not None
        organisation = self.organisation.currentData()
        return AmendmentInput(
            paragraph_uuid=self.paragraph.uuid,
            organisation_id=organisation if isinstance(organisation, int) else 0,
            action=self.action(),
            lines=self.lines(),
            justification=self.justification.toPlainText(),
            proposed_on=to_date(self.proposed_on.date()),
            author=self.author.text(),
        )

    def write(self) -> None:
        if self.amendment is not None:
            self._commit(self.lines(), self.note.toPlainText())
        else:
            self._commit(self.data())


class TreatmentDialog(FormDialog):
    """The treatment the rapporteur proposes for an amendment, and its note.

    `TreatmentDialog(amendment, label, commit, parent=None)`: `label` names the paragraph;
    `commit(treatment, note)` saves (an AMENDMENT_TREATMENTS code, or "" for « À examiner »)
    and raises ValidationError to refuse (the messages then show under the fields).
    Alt+T reaches the treatment, Alt+N the note; Ctrl+Entrée saves.

    Attributes:
        treatment: the treatments' list; note: the note.
    """

    def __init__(
        self,
        amendment: AmendmentRecord,
        label: str,
        commit: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Traitement proposé — amendement de %1").replace(
                "%1", amendment.organisation_acronym or "?"
            ),
            parent,
        )
        self.amendment = amendment
        self._commit = commit
        self.setMinimumWidth(480)
        about = QLabel(
            f"{label} · {label_text(AMENDMENT_ACTIONS.get(amendment.action, amendment.action))}"
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.treatment = QComboBox()
        self.treatment.addItem(label_text(NO_TREATMENT), "")
        for code, text in AMENDMENT_TREATMENTS.items():
            self.treatment.addItem(label_text(text), code)
        self.treatment.setCurrentIndex(max(0, self.treatment.findData(amendment.treatment)))
        self.note = text_area(self.tr("Facultatif : ce que le rapporteur dira au comité"), 72)
        self.note.setPlainText(amendment.treatment_note)
        self.add_row("treatment", self.tr("&Traitement proposé :"), self.treatment)
        buddy_row(self, self.treatment)
        self.add_row("treatment_note", self.tr("&Note :"), self.note)
        buddy_row(self, self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Enregistrer"))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.submit)
        self.treatment.setFocus()

    def write(self) -> None:
        code = self.treatment.currentData()
        self._commit(code if isinstance(code, str) else "", self.note.toPlainText())


class TableDialog(FormDialog):
    """Which paragraphs the amendments' table covers, before asking where to write it.

    `TableDialog(wanted, commit, parent=None)`: `wanted` fills the field (the paragraphs
    selected in the text, as « 3-6, R2 »; "" for the whole opinion); `commit(wanted)` exports
    and raises ValidationError (key "paragraphs") to refuse. Alt+P reaches the field.

    Attributes:
        paragraphs: the field.
    """

    def __init__(
        self, wanted: str, commit: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Exporter le tableau des amendements"), parent)
        self._commit = commit
        self.setMinimumWidth(440)
        about = QLabel(
            self.tr(
                "Laissez vide pour tout l'avis, ou donnez des numéros de paragraphes "
                "(« 3-6 ») et de recommandations (« R2 »), séparés par des virgules."
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.paragraphs = QLineEdit(wanted)
        self.paragraphs.setPlaceholderText(self.tr("tout l'avis"))
        self.paragraphs.setClearButtonEnabled(True)
        self.add_row("paragraphs", self.tr("&Paragraphes :"), self.paragraphs)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Exporter…"))
        self.paragraphs.setFocus()
        self.paragraphs.selectAll()

    def write(self) -> None:
        self._commit(self.paragraphs.text())
