"""The versions of an opinion: freeze one, browse them read-only, compare two, restore one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError, ValidationError
from deliberation.records.opinions import Paragraph, VersionRecord
from deliberation.rules.opinion_text import compare_texts, text_word_count
from deliberation.rules.wording import numeric_date
from deliberation.services.opinions import NOTE_MAX
from deliberation.ui.kit.dates import moment_with_clock
from deliberation.ui.kit.forms import FormDialog
from deliberation.ui.kit.labels import shortened
from deliberation.ui.kit.localize import error_text
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.widgets import muted_label, open_dialog
from deliberation.ui.opinions.diff_view import DiffView, TextView
from deliberation.ui.opinions.opinion_session import VERSIONS, OpinionSession

CURRENT = -1  # the « Texte actuel » entry, beside the version numbers
REFRESH_MS = 300


def next_number(session: OpinionSession) -> int:
    versions = session.opinions.versions(session.opinion_id)
    return max((v.number for v in versions), default=0) + 1


def saved(session: OpinionSession) -> bool:
    """Save the text being typed now; False if it could not be (nothing is done then)."""
    try:
        return session.flush()
    except DeliberationError:  # a text the store refuses (the session keeps it displayed)
        return False


def unsaved_message() -> str:
    return QCoreApplication.translate(
        "versions_dialog",
        "Le texte en cours n'a pas pu être enregistré : rien n'a été fait, pour ne rien perdre. "
        "Copiez-le si besoin, puis réessayez.",
    )


def freeze(session: OpinionSession, note: str) -> VersionRecord:
    """Save the text, then freeze it as the next version — one undoable step of the session.

    Raises ValidationError (empty text, note too long) or DeliberationError (text not saved).
    """
    if not saved(session):
        raise DeliberationError(unsaved_message())
    opinions = session.opinions

    def apply(version: VersionRecord | None) -> VersionRecord:
        if version is None:  # the first time: create it
            return opinions.freeze(session.opinion_id, note)
        return opinions.refreeze(version)

    return session.record_command(
        QCoreApplication.translate("versions_dialog", "la version figée"),
        frozenset({VERSIONS}),
        None,
        None,
        apply,
        opinions.unfreeze,
    )


class FreezeDialog(FormDialog):
    """Asks the note of the version about to be frozen (« Figer la version 3 »).

    Attributes:
        note: the note field.
        saved: the version frozen, once accepted.
    """

    def __init__(self, session: OpinionSession, parent: QWidget | None = None) -> None:
        number = next_number(session)
        super().__init__(self.tr("Figer la version %1").replace("%1", str(number)), parent)
        self.session = session
        self.saved: VersionRecord | None = None
        title = QLabel(self.tr("Figer la version %1").replace("%1", str(number)))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, title)
        layout.insertWidget(
            1,
            muted_label(
                self.tr(
                    "Le texte actuel est conservé tel quel sous ce numéro ; il pourra être "
                    "consulté, comparé ou restauré."
                )
            ),
        )
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX + 1)
        self.note.setPlaceholderText(self.tr("Par exemple : version avant circulation aux membres"))
        self.note.setMinimumWidth(380)
        self.add_row("note", self.tr("Note :"), self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Figer"))
        self.note.setFocus()

    def write(self) -> None:
        self.saved = freeze(self.session, self.note.text())


def freeze_version(
    parent: QWidget | None, session: OpinionSession, messages: MessageService
) -> VersionRecord | None:
    """Ask the note and freeze the text as the next version (blocking); None if cancelled or
    refused (the user is told why)."""
    if not saved(session):
        messages.error(parent, unsaved_message())
        return None
    if not any(p.text.strip() for p in session.paragraphs()):
        messages.error(
            parent,
            QCoreApplication.translate(
                "versions_dialog", "Le texte est vide : il n'y a rien à figer."
            ),
        )
        return None
    dialog = FreezeDialog(session, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved
    finally:
        dialog.deleteLater()


def version_label(version: VersionRecord) -> str:
    """« Version 3 — 12/03/2026 à 14 h 05 — Jeanne Martin — note »."""
    parts = [
        QCoreApplication.translate("versions_dialog", "Version %1").replace(
            "%1", str(version.number)
        ),
        moment_with_clock(version.frozen_at),
    ]
    if version.frozen_by:
        parts.append(version.frozen_by)
    if version.note:
        parts.append(shortened(version.note, 60))
    return " — ".join(parts)


def version_entry(version: VersionRecord) -> str:
    """The list's two lines: « Version 3 — 12/03/2026 à 14 h 05 », then who and the note."""
    number = QCoreApplication.translate("versions_dialog", "Version %1")
    first = f"{number.replace('%1', str(version.number))} — "
    first += moment_with_clock(version.frozen_at)
    second = " — ".join(
        part
        for part in (version.frozen_by, shortened(version.note, 80) if version.note else "")
        if part
    )
    return f"{first}\n{second}" if second else first


def version_choice(version: VersionRecord) -> str:
    """A version in the « de » / « à » lists: « Version 3 (12/03/2026) — note »."""
    label = QCoreApplication.translate("versions_dialog", "Version %1").replace(
        "%1", str(version.number)
    )
    label += f" ({numeric_date(version.frozen_at.astimezone())})"
    return f"{label} — {shortened(version.note, 40)}" if version.note else label


class VersionsDialog(FittedDialog):
    """The numbered versions of an opinion beside its current text (a non-modal window).

    Attributes:
        listing: « Texte actuel » then the versions, newest first (item data: the number, or
            CURRENT).
        tabs: « Lecture » (the selected text) and « Comparaison » (two texts compared).
        reader: the read-only view of the selected text.
        old_combo, new_combo: the two texts compared (« de », « à »); at first the last frozen
            version and the current text.
        diff: the comparison view.
        comparison: the comparison (page 0), or why there is none yet (page 1: no version).
        dialog: the freeze dialog last opened.
    """

    def __init__(
        self, session: OpinionSession, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.messages = messages
        self.dialog: QDialog | None = None
        self._texts: dict[int, VersionRecord] = {}
        self._versions: list[VersionRecord] = []
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        try:
            title = session.opinions.opinion(session.opinion_id).title
        except DeliberationError:
            title = ""
        self.setWindowTitle(self.tr("Versions — %1").replace("%1", title) if title else "")
        self.resize(1100, 720)

        self.listing = QListWidget()
        self.listing.setMinimumWidth(260)
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setSpacing(2)
        self.freeze_button = QPushButton(self.tr("Figer une version…"))
        self.compare_button = QPushButton(self.tr("Comparer…"))
        self.restore_button = QPushButton(self.tr("Restaurer cette version"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.listing, 1)
        column.addWidget(self.freeze_button)
        column.addWidget(self.compare_button)
        column.addWidget(self.restore_button)

        self.reader = TextView()
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        self.diff = DiffView()
        compared = QWidget()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("De :")))
        pick.addWidget(self.old_combo, 1)
        pick.addWidget(QLabel(self.tr("à :")))
        pick.addWidget(self.new_combo, 1)
        box = QVBoxLayout(compared)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(pick)
        box.addWidget(self.diff, 1)
        self.nothing_to_compare = QLabel(
            self.tr("Aucune version n'est encore figée : il n'y a rien à comparer avec le texte "
                    "actuel. Figez une version (par exemple avant de faire circuler le texte) ; "
                    "la comparaison montrera ensuite ce qui a changé depuis.")
        )  # fmt: skip
        self.nothing_to_compare.setWordWrap(True)
        self.nothing_to_compare.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.freeze_first_button = QPushButton(self.tr("Figer une version…"))
        empty = QWidget()
        empty_box = QVBoxLayout(empty)
        empty_box.addStretch(1)
        empty_box.addWidget(self.nothing_to_compare)
        empty_box.addWidget(self.freeze_first_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_box.addStretch(2)
        self.comparison = QStackedWidget()
        self.comparison.addWidget(compared)
        self.comparison.addWidget(empty)
        comparison = self.comparison
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reader, self.tr("Lecture"))
        self.tabs.addTab(comparison, self.tr("Comparaison"))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_views)
        self.listing.currentItemChanged.connect(lambda *_: self._picked())
        self.old_combo.currentIndexChanged.connect(lambda *_: self.compare_selected())
        self.new_combo.currentIndexChanged.connect(lambda *_: self.compare_selected())
        self.freeze_button.clicked.connect(self.ask_freeze)
        self.freeze_first_button.clicked.connect(self.ask_freeze)
        self.compare_button.clicked.connect(self.start_comparison)
        self.restore_button.clicked.connect(self.restore_selected)
        session.changed.connect(self._session_changed)
        session.saved.connect(self._text_saved)
        self.reload()

    # -- the list -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the versions again, keeping the selection and the texts compared."""
        selected = self.selected_number()
        compared = (self.old_combo.currentData(), self.new_combo.currentData())
        self._texts.clear()
        try:
            self._versions = self.session.opinions.versions(self.session.opinion_id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            self._versions = []
        newest_first = sorted(self._versions, key=lambda v: v.number, reverse=True)
        self.listing.blockSignals(True)
        self.listing.clear()
        current = QListWidgetItem(self.tr("Texte actuel"))
        font = current.font()
        font.setBold(True)
        current.setFont(font)
        current.setData(Qt.ItemDataRole.UserRole, CURRENT)
        self.listing.addItem(current)
        for version in newest_first:
            item = QListWidgetItem(version_entry(version))
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            item.setToolTip(version_label(version))
            self.listing.addItem(item)
        self.listing.blockSignals(False)
        if newest_first and compared in ((None, None), (CURRENT, CURRENT)):
            compared = (newest_first[0].number, CURRENT)  # what changed since the last version
        self.comparison.setCurrentIndex(0 if newest_first else 1)
        for combo, keep in zip((self.old_combo, self.new_combo), compared, strict=True):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Texte actuel"), CURRENT)
            for version in newest_first:
                combo.addItem(version_choice(version), version.number)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.listing.blockSignals(True)
        if not self.select(selected if selected is not None else CURRENT):
            self.select(CURRENT)
        self.listing.blockSignals(False)
        self.show_selected()
        self.compare_selected()

    def select(self, number: int) -> bool:
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self.listing.setCurrentItem(item)
                return True
        return False

    def selected_number(self) -> int | None:
        item = self.listing.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def labels(self) -> list[str]:
        """The entries of the list, each on one line (used by tests)."""
        return [
            self.listing.item(row).text().replace("\n", " — ")
            for row in range(self.listing.count())
        ]

    # -- texts ----------------------------------------------------------------------------------

    def version_record(self, number: int) -> VersionRecord | None:
        if number not in self._texts:
            try:
                self._texts[number] = self.session.opinions.version(self.session.opinion_id, number)
            except DeliberationError as exc:
                self.messages.error(self, error_text(exc))
                return None
        return self._texts[number]

    def paragraphs_of(self, number: int) -> list[Paragraph] | None:
        if number == CURRENT:
            return self.session.paragraphs()
        version = self.version_record(number)
        return None if version is None else list(version.paragraphs)

    def title_of(self, number: int) -> str:
        return (
            self.tr("Texte actuel")
            if number == CURRENT
            else self.tr("Version %1").replace("%1", str(number))
        )

    def show_selected(self) -> None:
        number = self.selected_number()
        self.restore_button.setEnabled(number is not None and number != CURRENT)
        if number is None:
            return
        paragraphs = self.paragraphs_of(number)
        if paragraphs is None:
            return
        words = text_word_count(paragraphs)
        count = self.tr("%1 mots").replace("%1", f"{words:,}".replace(",", "\u202f"))
        if number == CURRENT:
            caption = f"<b>{escape(self.tr('Texte actuel'))}</b> — {escape(count)}"
        else:
            version = self.version_record(number)
            assert version is not None
            by = self.tr(" par %1").replace("%1", version.frozen_by) if version.frozen_by else ""
            caption = (
                f"<b>{escape(self.title_of(number))}</b>, "
                + escape(self.tr("figée le %1").replace("%1", moment_with_clock(version.frozen_at)))
                + escape(by)
                + f" — {escape(count)}"
            )
            if version.note:
                caption += f"<br/><i>{escape(version.note)}</i>"
        self.reader.show_text(caption, paragraphs)

    def _picked(self) -> None:
        """A text chosen in the list: read it."""
        self.show_selected()
        self.tabs.setCurrentIndex(0)

    def start_comparison(self) -> None:
        """Compare the selected version with the current text (or, from the current text, the
        newest version with it)."""
        number = self.selected_number()
        if number is None or number == CURRENT:
            if not self._versions:
                self.messages.error(
                    self,
                    self.tr("Aucune version n'est encore figée : il n'y a rien à comparer. "
                            "Figez d'abord une version."),
                )  # fmt: skip
                return
            number = max(v.number for v in self._versions)
        self.set_compared(number, CURRENT)
        self.tabs.setCurrentIndex(1)

    def set_compared(self, old: int, new: int) -> None:
        """Compare the text `old` with `new` (version numbers or CURRENT)."""
        for combo, number in ((self.old_combo, old), (self.new_combo, new)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(number), 0))
            combo.blockSignals(False)
        self.compare_selected()

    def compare_selected(self) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if old is None or new is None:
            return
        before, after = self.paragraphs_of(int(old)), self.paragraphs_of(int(new))
        if before is None or after is None:
            return
        self.diff.set_comparison(
            compare_texts(before, after), self.title_of(int(old)), self.title_of(int(new))
        )

    # -- refreshing -----------------------------------------------------------------------------

    def _session_changed(self, topics: frozenset[str]) -> None:
        if VERSIONS in topics:
            self.reload()

    def _text_saved(self) -> None:
        # Shown again once saved rather than at each keystroke: a long text takes a moment
        # to lay out, which would interrupt typing.
        if self.isVisible():
            self.timer.start()

    def refresh_views(self) -> None:
        """Show the current text again where it is displayed (after typing)."""
        if self.selected_number() == CURRENT:
            self.show_selected()
        if CURRENT in (self.old_combo.currentData(), self.new_combo.currentData()):
            self.compare_selected()

    # -- freezing and restoring -----------------------------------------------------------------

    def ask_freeze(self) -> None:
        if not saved(self.session):
            self.messages.error(self, unsaved_message())
            return
        if not any(p.text.strip() for p in self.session.paragraphs()):
            self.messages.error(self, self.tr("Le texte est vide : il n'y a rien à figer."))
            return
        dialog = FreezeDialog(self.session, self)
        dialog.accepted.connect(lambda: self._frozen(dialog))
        self.dialog = open_dialog(self.dialog, dialog)

    def _frozen(self, dialog: FreezeDialog) -> None:
        if dialog.saved is not None:
            self.select(dialog.saved.number)

    def restore_selected(self) -> None:
        number = self.selected_number()
        if number is None or number == CURRENT:
            return
        version = self.version_record(number)
        if version is None:
            return
        if not self.messages.confirm(
            self,
            self.tr("Le texte actuel sera remplacé par la version %1. Vous pourrez annuler avec "
                    "Ctrl+Z ; le texte actuel reste aussi disponible si vous l'avez figé.")
            .replace("%1", str(number)),
            self.tr("Restaurer"),
        ):  # fmt: skip
            return
        if not saved(self.session):
            self.messages.error(
                self,
                self.tr("Le texte en cours n'a pas pu être enregistré : la version %1 n'est pas "
                        "restaurée, pour ne rien perdre.").replace("%1", str(number)),
            )  # fmt: skip
            return
        if self.session.paragraphs() == list(version.paragraphs):
            self.messages.information(
                self,
                self.tr("Restaurer"),
                self.tr("Le texte actuel est déjà celui de la version %1.").replace(
                    "%1", str(number)
                ),
            )
            return
        try:
            self.session.replace_all(
                version.paragraphs,
                self.tr("la restauration de la version %1").replace("%1", str(number)),
            )
        except (ValidationError, DeliberationError) as exc:
            self.messages.error(self, error_text(exc))
            return
        saved(self.session)
        self.select(CURRENT)
        self.show_selected()
