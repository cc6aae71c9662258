"""Translates what the lower layers hand the window: marked labels, Sentences and errors."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from deliberation.errors import ValidationError
from deliberation.records.i18n import ERRORS, LABELS, Sentence, sentence_of
from deliberation.ui.kit.dates import long_date


def label_text(text: str, context: str = LABELS) -> str:
    """A constant label (`MEETING_KINDS[…]`, `STANCES[…]`…) in the interface's language; a code
    without a label (a fallback of `.get(code, code)`) comes back unchanged. A label kept as a
    Sentence (a plural, an area's name) is looked up in its own context."""
    if not text:
        return text
    if isinstance(text, Sentence):
        return localized(text)
    return QCoreApplication.translate(context, text)


def _parameter(value: Any) -> Any:
    """A Sentence's parameter as shown: a Sentence, a marked fragment (an error's reason) or a
    lower-cased label (a status) translated, anything else (a name, a path, a number) as it is."""
    if isinstance(value, Sentence):
        return localized(value)
    if isinstance(value, date):  # a LongDay: a day the sentence writes out
        return long_date(value)
    if isinstance(value, str) and value:
        translated = QCoreApplication.translate(ERRORS, value)
        if translated == value and value[:1].islower():
            return _lowered_label(value)
        return translated
    return value


def _lowered_label(value: str) -> str:
    """A label the lower layers put in a sentence lower-cased (« l'avis est déjà « adopté » »):
    translated from its capitalised form, lower-cased again; other text unchanged."""
    capitalised = value[:1].upper() + value[1:]
    translated = QCoreApplication.translate(LABELS, capitalised)
    return translated.lower() if translated != capitalised else value


def localized(text: str) -> str:
    """`text` in the interface's language: a Sentence's template translated then formatted with
    its parameters; a plain marked sentence looked up under "errors"; other text unchanged."""
    if isinstance(text, Sentence):
        template = QCoreApplication.translate(text.context, text.template)
        if not text.params:
            return template
        params = {name: _parameter(value) for name, value in text.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
            return str(text)
    if not text:
        return text
    return QCoreApplication.translate(ERRORS, text)


def error_text(error: BaseException) -> str:
    """The sentence an error from the lower layers shows the user, in the interface's language
    (str(error) would lose its Sentence)."""
    if isinstance(error, ValidationError):
        return " ".join(localized(message) for message in error.messages.values())
    return localized(sentence_of(error))


def semicolons(parts: list[str]) -> str:
    """« a ; b ; c »: parts joined as the interface's language writes a list of clauses
    (English has no space before the semicolon)."""
    return QCoreApplication.translate("Lists", " ; ").join(parts)


def and_joined(parts: list[str]) -> str:
    """« a, b et c » / « a, b and c »."""
    if len(parts) < 2:
        return "".join(parts)
    last = QCoreApplication.translate("Lists", " et ")
    return ", ".join(parts[:-1]) + last + parts[-1]


def quoted(text: str) -> str:
    """« text » in French, “text” in English."""
    return QCoreApplication.translate("Lists", "« %1 »").replace("%1", text)


def labelled(label: str, text: str) -> str:
    """« label : text » in French, « label: text » in English."""
    return QCoreApplication.translate("Lists", "%1 : %2").replace("%1", label).replace("%2", text)
