"""Pieces shared by the edit dialogs: per-field error labels, optional dates, date conversion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError, ValidationError
from deliberation.ui.kit.localize import error_text, localized
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.screen import FittedDialog
from deliberation.ui.kit.typed_fields import DateEdit, TimeEdit

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor

ERROR_STYLE = "color: #b3261e;"
EditT = TypeVar("EditT", bound=QDateTimeEdit)
BeforeT = TypeVar("BeforeT")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _SectionSelector(QObject):
    """Selects the part of a date or time field that was clicked (see `typeable`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self.parent()
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(edit, QDateTimeEdit)
            and not edit.lineEdit().hasSelectedText()
        ):
            edit.setSelectedSection(edit.currentSection())
        return False


def typeable(edit: EditT) -> EditT:
    """Let the user click a day, a month or an hour and type over it.

    Qt puts the cursor inside the clicked part and refuses the digits typed there, so
    « 21/11/2026 », clicked and typed « 12012027 », stayed as it was; the part clicked is now
    selected, as when tabbing into the field.
    """
    edit.lineEdit().installEventFilter(_SectionSelector(edit))
    return edit


def date_edit(day: date | None = None) -> QDateEdit:
    """A French date field with a calendar pop-up, where a date can be typed whole."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day or date.today()))
    return typeable(edit)


def time_edit(moment: time) -> QTimeEdit:
    """A 24-hour field (« 17:00 »), where an hour can be typed whole."""
    edit = TimeEdit()
    edit.setTime(QTime(moment.hour, moment.minute))
    return typeable(edit)


def edited_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals telling that the user changed a field (or the input widgets inside it)."""
    if isinstance(widget, OptionalDateEdit):
        return [widget.changed]
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QListWidget):
        return [widget.itemChanged]
    inner = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [signal for child in inner for signal in edited_signals(child)]


def field_state(widget: QWidget) -> object:
    """What the user has set in a field (or the input widgets inside it), to tell a change."""
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toHtml()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QListWidget):
        return [widget.item(r).checkState() for r in range(widget.count())]
    inner = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [field_state(child) for child in inner]


def messages_of(widget: QWidget) -> MessageService | None:
    """The message service of the page or window holding `widget`; None outside a window."""
    parent = widget.parentWidget()
    while parent is not None:
        found = getattr(parent, "messages", None)
        if isinstance(found, MessageService):
            return found
        parent = parent.parentWidget()
    return None


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box enables the date field.

    Signals:
        changed(): the date or its presence changed.
    """

    changed = Signal()

    def __init__(self, label: str, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit(day)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class FormDialog(FittedDialog):
    """A dialog with a form, a red message under each field in error, and Enregistrer/Annuler.

    Subclasses add rows with `add_row(key, label, widget)`, where `key` is the field name used in
    `ValidationError.messages`; messages for unknown keys are shown above the form.

    Attributes:
        form: the QFormLayout holding the fields.
        buttons: the dialog's button box.
        general_error: the label above the form for messages not tied to a field.
    """

    def __init__(self, title: str, parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._shown_state: list[object] | None = None  # the fields as the user first saw them
        self.general_error = self._error_label()
        self.forms = [self._new_form() for _ in range(columns)]
        self.form = self.forms[0]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        row = QHBoxLayout()
        row.setSpacing(24)
        for form in self.forms:
            row.addLayout(form, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @staticmethod
    def _new_form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        return form

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def add_row(self, key: str, label: str, widget: QWidget, column: int = 0) -> None:
        """A field with its label and, beneath it, the place of its error message."""
        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        item = stack.itemAt(0)
        if item is not None and not item.expandingDirections() & Qt.Orientation.Horizontal:
            # A narrow field (a duration, an hour) keeps its width, but its message gets the
            # whole row: squeezed under the field, it would wrap word by word and be cut off.
            stack.setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
            holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error = self._error_label()
        error.setObjectName(f"error_{key}")
        stack.addWidget(error)
        self.forms[column].addRow(label, holder)
        self._fields[key] = widget
        self._errors[key] = error
        for signal in edited_signals(widget):
            signal.connect(self._clearer(error))

    @staticmethod
    def _clearer(error: QLabel) -> Callable[..., None]:
        """Hides a field's error once the user edits the field."""

        def clear(*_args: object) -> None:
            if not error.isHidden():
                error.clear()
                error.hide()

        return clear

    def field_error(self, key: str) -> str:
        """The message shown for a field ('' when none); used by tests."""
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field (others above the form); focus the first field."""
        self.clear_errors()
        messages = {key: localized(text) for key, text in messages.items()}  # Sentences too
        general = [text for key, text in messages.items() if key not in self._errors]
        for key, text in messages.items():
            if key in self._errors:
                self._errors[key].setText(text)
                self._errors[key].show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        for key, widget in self._fields.items():  # in the order of the form
            if key in messages:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def accept(self) -> None:
        self.clear_errors()
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_state is None:
            self._shown_state = self._state()
        super().showEvent(event)

    def _state(self) -> list[object]:
        return [field_state(widget) for widget in self._fields.values()]

    def edited(self) -> bool:
        """Whether the user changed a field since the dialog was shown."""
        return self._shown_state is not None and self._state() != self._shown_state

    def reject(self) -> None:
        """Annuler, Escape or closing the window: what was typed is thrown away only once the
        user agrees to it (asked through the window's message service; a dialog opened outside
        a window, by a test or a tool, closes without asking)."""
        messages = messages_of(self)
        if (
            messages is not None
            and self.edited()
            and not messages.confirm(
                self, self.tr("Abandonner les modifications ?"), self.tr("Abandonner")
            )
        ):
            return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking (the record went away meanwhile)."""
        super().reject()

    def submit(self) -> None:
        """Save through `write()`; a refused save shows its messages and keeps the dialog open."""
        try:
            self.write()
        except ValidationError as exc:
            self.show_errors(exc.messages)
            return
        except DeliberationError as exc:
            self.show_errors({"": error_text(exc)})
            return
        self.accept()

    def write(self) -> None:
        """Validate and save (subclasses); raise ValidationError or DeliberationError to refuse."""
        raise NotImplementedError


def editing_title(new: str, edit: str, name: str | None) -> str:
    """A dialog's title: `new` when it creates a record (`name` None), else `edit` naming it."""
    return new if name is None else edit.replace("%1", name)


class EditingDialog(FormDialog, Generic[BeforeT]):
    """A form dialog that creates a record (`before` None) or edits `before`, through the editor.

    Attributes:
        editor: where the record is saved.
        before: the record as it was (None: a new one).
    """

    def __init__(
        self,
        editor: Editor,
        before: BeforeT | None,
        title: str,
        parent: QWidget | None = None,
        columns: int = 1,
    ) -> None:
        super().__init__(title, parent, columns)
        self.editor = editor
        self.before = before
