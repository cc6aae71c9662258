"""Marks the lower layers' French strings for translation without importing Qt.

The lower layers (records, rules, store, services, exports, review, mail) stay French: the command
line and the exports print exactly what they hold. They mark their user-visible strings so that
`pyside6-lupdate` finds them and the window can translate them at display time
(`deliberation.ui.kit.localize`):

- a constant label (`MEETING_KINDS`, `STANCES`, statuses, stages, roles…) is written
  `QT_TRANSLATE_NOOP(LABELS, "…")` with the literal context "labels"; the value stays the French
  text, and the window translates it with `label(text)`;
- an error sentence without a variable part is written `QT_TRANSLATE_NOOP(ERRORS, "…")` with the
  literal context "errors";
- an error sentence with variable parts is a `Sentence`: `Sentence(QT_TRANSLATE_NOOP("errors",
  "Le fichier {name} est introuvable."), name=name)`. It *is* the French text (a `str`), and it
  keeps its template and parameters so that the window translates the template, then formats it.

- a word that has the same French for two meanings is marked under a context of its own, and
  kept as a Sentence of that context so that the window looks it up there: the plural of a count
  word (« 3 avis ») under "labels-plural" (`PLURALS`), the name of an area of the window (the
  « Avis » area, « Opinions ») under "areas" (`AREAS`); the singular stays under "labels".

lupdate reads the context as a literal: always write "labels", "errors", "labels-plural" or
"areas" in the call itself.
"""

from __future__ import annotations

from typing import Any

LABELS = "labels"  # the context of constant labels: kinds, stances, statuses, stages, roles…
ERRORS = "errors"  # the context of error sentences and of the fragments they are made of
PLURALS = "labels-plural"  # the plural forms of count words (« avis » is also the singular)
AREAS = "areas"  # the names of the window's areas (« Avis », the Opinions area)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """`text` unchanged: marks it for lupdate under `context`, to be translated at display."""
    return text


class Sentence(str):
    """A French sentence formatted from a marked template and keyword parameters.

    Equal to, and usable as, the French text; `.context`, `.template` and `.params` let the window
    translate the template and format it with the same parameters (a parameter that is itself a
    Sentence is translated too). Without parameters the template is the text, unformatted.
    """

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Sentence:
        return cls.in_context(ERRORS, template, **params)

    @classmethod
    def in_context(cls, context: str, template: str, /, **params: Any) -> Sentence:
        """A Sentence whose template was marked under `context` (not "errors")."""
        text = template.format(**params) if params else template
        sentence = str.__new__(cls, text)
        sentence.context, sentence.template, sentence.params = context, template, dict(params)
        return sentence

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.context, self.template, self.params))


def _rebuilt(context: str, template: str, params: dict[str, Any]) -> Sentence:
    """A Sentence read back by pickle or copy."""
    return Sentence.in_context(context, template, **params)


def sentence_of(error: BaseException) -> str:
    """The message an error was raised with: its Sentence if it has one (str(error) is a plain
    str), else its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)
