"""Édition › Préférences…: the user's name, the exports' author and template, the signatory, the
interface's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from deliberation.records.positions import DEFAULT_USER
from deliberation.ui.kit.language import LANGUAGES, chosen_language, language_code
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.messages import MessageService, file_filter
from deliberation.ui.kit.settings import (
    CONVOCATION_LOGO,
    INTERFACE_LANGUAGE,
    OPINION_AUTHOR,
    OPINION_TEMPLATE,
    SIGNATORY_NAME,
    SIGNATORY_TITLE,
    USER_NAME,
)

TEMPLATE_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Modèles Word (*.dotx *.docx)"))
IMAGE_FILTER = str(QT_TRANSLATE_NOOP("FileFilters", "Images (*.png *.jpg *.jpeg)"))


class PreferencesDialog(QDialog):
    """The preferences, kept in the settings; a file that does not exist is refused in one
    sentence and nothing is saved.

    Attributes:
        user_name, author, template, signatory_name, signatory_title, logo, language: the
            fields (the language applies at the next start, which the dialog says).
    """

    def __init__(self, messages: MessageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = messages
        self.setWindowTitle(self.tr("Préférences"))
        form = QFormLayout(self)
        self.user_name = QLineEdit(USER_NAME.get())
        self.user_name.setPlaceholderText(label_text(DEFAULT_USER))
        self.user_name.setToolTip(self.tr("Inscrit comme auteur des positions que vous saisissez"))
        self.author = QLineEdit(OPINION_AUTHOR.get())
        self.author.setPlaceholderText(self.tr("le nom du comité"))
        self.template = QLineEdit(OPINION_TEMPLATE.get())
        self.template.setPlaceholderText(self.tr("aucun (styles de Délibération)"))
        self.signatory_name = QLineEdit(SIGNATORY_NAME.get())
        self.signatory_title = QLineEdit(SIGNATORY_TITLE.get())
        self.signatory_title.setPlaceholderText(self.tr("La présidente du comité"))
        self.logo = QLineEdit(CONVOCATION_LOGO.get())
        self.logo.setPlaceholderText(self.tr("aucun"))
        form.addRow(self.tr("Votre &nom :"), self.user_name)
        form.addRow(self.tr("&Auteur des documents exportés :"), self.author)
        form.addRow(
            self.tr("&Modèle Word des avis :"),
            self._with_browse(self.template, self.tr("Modèle Word des avis"), TEMPLATE_FILTER),
        )
        form.addRow(self.tr("&Signataire de la convocation :"), self.signatory_name)
        form.addRow(self.tr("&Qualité du signataire :"), self.signatory_title)
        form.addRow(
            self.tr("&Logo de la convocation :"),
            self._with_browse(self.logo, self.tr("Logo de la convocation"), IMAGE_FILTER),
        )
        self.language = QComboBox()
        for code, name in LANGUAGES.items():  # each language named in itself
            self.language.addItem(name, code)
        self.kept_language = language_code(INTERFACE_LANGUAGE.get()) or chosen_language()
        self.language.setCurrentIndex(max(0, self.language.findData(self.kept_language)))
        self.language.setToolTip(self.tr("S'applique au prochain démarrage de Délibération"))
        form.addRow(self.tr("&Langue :"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(560)

    def _with_browse(self, field: QLineEdit, title: str, name_filter: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        browse = QPushButton(self.tr("Parcourir…"))
        row.addWidget(browse)

        def choose() -> None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, title, field.text(), file_filter(name_filter)
            )
            if chosen:
                field.setText(chosen)

        browse.clicked.connect(choose)
        return box

    def accept(self) -> None:
        missing = (
            (self.template, self.tr("Le modèle « %1 » est introuvable.")),
            (self.logo, self.tr("Le logo « %1 » est introuvable.")),
        )
        for field, sentence in missing:
            path = field.text().strip()
            if path and not Path(path).is_file():
                self.messages.error(self, sentence.replace("%1", path))
                field.setFocus()
                return
        name = self.user_name.text().strip()
        USER_NAME.set("" if name == DEFAULT_USER else name)
        OPINION_AUTHOR.set(self.author.text().strip())
        OPINION_TEMPLATE.set(self.template.text().strip())
        SIGNATORY_NAME.set(self.signatory_name.text().strip())
        SIGNATORY_TITLE.set(self.signatory_title.text().strip())
        CONVOCATION_LOGO.set(self.logo.text().strip())
        language = str(self.language.currentData())
        if language != self.kept_language:
            INTERFACE_LANGUAGE.set(language)
            self.messages.information(
                self,
                self.tr("Langue"),
                self.tr("La langue choisie s'appliquera au prochain démarrage de Délibération."),
            )
        super().accept()
