"""Comparisons of two versions of an opinion as rich text (inline or side by side), and a
read-only rendering of one version."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.opinions import PARAGRAPH_KINDS, Line, Paragraph, ParagraphNumber
from deliberation.rules.opinion_text import ParagraphDiff, Piece, numbering
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.widgets import muted_label, segmented

INLINE = 0
SIDE_BY_SIDE = 1

DELETED = "color:#b3261e; background-color:#fbe4e2; text-decoration:line-through;"
INSERTED = "color:#1b6e2e; background-color:#e2f4e5; text-decoration:underline;"
MUTED = "#6b6b6b"
MARKS = {  # the colour of the margin bar and the word written under the numbers
    "changed": ("#e0a100", str(QT_TRANSLATE_NOOP("diff_view", "modifié"))),
    "added": ("#2e9d48", str(QT_TRANSLATE_NOOP("diff_view", "ajouté"))),
    "removed": ("#c62828", str(QT_TRANSLATE_NOOP("diff_view", "supprimé"))),
    "moved": ("#3f6fb5", str(QT_TRANSLATE_NOOP("diff_view", "déplacé"))),
    "same": ("", ""),
}
HEADING_SIZES = {1: "x-large", 2: "large", 3: "medium"}


# -- summary ------------------------------------------------------------------------------------


def summary(diffs: Sequence[ParagraphDiff]) -> str:
    """« 3 paragraphes modifiés, 1 ajouté, 2 supprimés, 1 déplacé » (nothing said of zero)."""
    counts = {change: 0 for change in ("changed", "added", "removed", "moved")}
    for diff in diffs:
        if diff.change in counts:
            counts[diff.change] += 1
    words = {
        "changed": (
            QT_TRANSLATE_NOOP("diff_view", "modifié"),
            QT_TRANSLATE_NOOP("diff_view", "modifiés"),
        ),
        "added": (
            QT_TRANSLATE_NOOP("diff_view", "ajouté"),
            QT_TRANSLATE_NOOP("diff_view", "ajoutés"),
        ),
        "removed": (
            QT_TRANSLATE_NOOP("diff_view", "supprimé"),
            QT_TRANSLATE_NOOP("diff_view", "supprimés"),
        ),
        "moved": (
            QT_TRANSLATE_NOOP("diff_view", "déplacé"),
            QT_TRANSLATE_NOOP("diff_view", "déplacés"),
        ),
    }
    parts: list[str] = []
    for change, count in counts.items():
        if not count:
            continue
        word = QCoreApplication.translate("diff_view", str(words[change][count > 1]))
        if not parts:
            noun = (
                QCoreApplication.translate("diff_view", "paragraphe")
                if count == 1
                else QCoreApplication.translate("diff_view", "paragraphes")
            )
            parts.append(f"{count} {noun} {word}")
        else:
            parts.append(f"{count} {word}")
    if not parts:
        return QCoreApplication.translate("diff_view", "Aucune différence entre les deux textes.")
    return ", ".join(parts)


# -- pieces of HTML -----------------------------------------------------------------------------


def _empty(sentence: str) -> str:
    """The italic paragraph shown instead of an empty comparison."""
    return f"<p><i>{escape(sentence)}</i></p>"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _pieces(pieces: Sequence[Piece], show: frozenset[str]) -> str:
    """The pieces of a word diff, `show` telling which of "deleted"/"inserted" appear."""
    out = []
    for piece in pieces:
        if piece.op == "same":
            out.append(_text(piece.text))
        elif piece.op in show:
            tag, style = ("s", DELETED) if piece.op == "deleted" else ("u", INSERTED)
            # Spaces around a changed stretch stay outside its marks (HTML collapses them).
            core = piece.text.strip()
            lead = " " if piece.text[:1].isspace() else ""
            trail = " " if piece.text[-1:].isspace() else ""
            marked = f'<{tag} style="{style}">{_text(core)}</{tag}>' if core else ""
            if out and out[-1].endswith("</s>") and tag == "u" and not lead:
                lead = " "  # a replaced word and its replacement do not run together
            out.append(f"{lead}{marked}{trail}")
    return "".join(out)


def _styled(paragraph: Paragraph | None, body: str) -> str:
    """A paragraph's diffed text dressed as its kind (a heading bold and larger…)."""
    if paragraph is None:
        return body
    if paragraph.kind == "heading":
        size = HEADING_SIZES.get(paragraph.level, "medium")
        return f'<span style="font-weight:700; font-size:{size};">{body}</span>'
    if paragraph.kind == "recital":
        return f"<i>{body}</i>"
    return body


def short_number(paragraph: Paragraph | None, number: ParagraphNumber | None) -> str:
    """The number as the margin shows it: « 12 », « II », « R 3 »; '' for a recital."""
    if paragraph is None or number is None or not number.number:
        return ""
    if paragraph.kind == "recommendation":
        return f"R\u00a0{number.number}"
    return number.number


def _margin(diff: ParagraphDiff) -> str:
    old = short_number(diff.old, diff.old_number)
    new = short_number(diff.new, diff.new_number)
    if diff.change == "removed":
        numbers = old
    elif diff.change == "added":
        numbers = new
    elif old != new:
        numbers = f"{old}\u00a0→\u00a0{new}" if old and new else old or new
    else:
        numbers = new
    colour, word = MARKS.get(diff.change, ("", ""))
    lines = [f"<b>{escape(numbers)}</b>"] if numbers else []
    if word:
        shown = QCoreApplication.translate("diff_view", word)
        lines.append(f'<span style="color:{colour}; font-size:small;">{shown}</span>')
    if diff.kind_changed and diff.old is not None and diff.new is not None:
        lines.append(
            f'<span style="color:{MUTED}; font-size:small;">'
            f"{escape(_kind_name(diff.old))}\u00a0→ {escape(_kind_name(diff.new))}</span>"
        )
    return "<br/>".join(lines)


def _kind_name(paragraph: Paragraph) -> str:
    name = QCoreApplication.translate(
        "diff_view", PARAGRAPH_KINDS.get(paragraph.kind, paragraph.kind)
    ).lower()
    name = label_text(PARAGRAPH_KINDS.get(paragraph.kind, paragraph.kind)).lower()
    return f"{name} {paragraph.level}" if paragraph.kind == "heading" else name


def _bar(change: str) -> str:
    colour = MARKS.get(change, ("", ""))[0]
    return f'<td width="4" bgcolor="{colour}"></td>' if colour else '<td width="4"></td>'


def _skipped(count: int, columns: int) -> str:
    text = (
        QCoreApplication.translate("diff_view", "1 paragraphe inchangé")
        if count == 1
        else QCoreApplication.translate("diff_view", "%1 paragraphes inchangés").replace(
            "%1", str(count)
        )
    )
    return (
        f'<tr><td colspan="{columns}" align="center" style="color:{MUTED};">'
        f"<i>… {escape(text)} …</i></td></tr>"
    )


_TABLE = '<table width="100%" cellspacing="0" cellpadding="5" style="border-collapse:collapse;">'


def _rows(
    diffs: Sequence[ParagraphDiff],
    hide_same: bool,
    columns: int,
    row: Callable[[ParagraphDiff], str],
) -> str:
    out: list[str] = []
    hidden = 0
    for diff in diffs:
        if hide_same and diff.change == "same":
            hidden += 1
            continue
        if hidden:
            out.append(_skipped(hidden, columns))
            hidden = 0
        out.append(row(diff))
    if hidden:
        out.append(_skipped(hidden, columns))
    return "".join(out)


def inline_html(diffs: Sequence[ParagraphDiff], hide_same: bool = False) -> str:
    """The comparison as one text: deletions struck through in red, insertions underlined in
    green, each paragraph's change and its old → new number in the margin."""

    def row(diff: ParagraphDiff) -> str:
        shown = diff.new if diff.new is not None else diff.old
        body = _styled(shown, _pieces(diff.pieces, frozenset({"deleted", "inserted"})))
        return (
            f"<tr>{_bar(diff.change)}"
            f'<td width="70" align="right" style="color:{MUTED};">{_margin(diff)}</td>'
            f"<td>{body}</td></tr>"
        )

    if not diffs:
        return _empty(QCoreApplication.translate("diff_view", "Les deux textes sont vides."))
    return f"{_TABLE}{_rows(diffs, hide_same, 3, row)}</table>"


def side_by_side_html(
    diffs: Sequence[ParagraphDiff],
    old_title: str,
    new_title: str,
    hide_same: bool = False,
) -> str:
    """The comparison in two columns, old text left and new text right, paragraph by paragraph."""

    def cell(paragraph: Paragraph | None, number: ParagraphNumber | None, body: str) -> str:
        if paragraph is None:
            return '<td width="40"></td><td width="48%" bgcolor="#f4f4f4"></td>'
        shown = escape(short_number(paragraph, number))
        return (
            f'<td width="40" align="right" style="color:{MUTED};"><b>{shown}</b></td>'
            f'<td width="48%">{_styled(paragraph, body)}</td>'
        )

    def row(diff: ParagraphDiff) -> str:
        old = _pieces(diff.pieces, frozenset({"deleted"}))
        new = _pieces(diff.pieces, frozenset({"inserted"}))
        return (
            f"<tr>{_bar(diff.change)}{cell(diff.old, diff.old_number, old)}"
            f"{_bar(diff.change)}{cell(diff.new, diff.new_number, new)}</tr>"
        )

    head = (
        f'<tr><th colspan="3" align="left">{escape(old_title)}</th>'
        f'<th colspan="3" align="left">{escape(new_title)}</th></tr>'
    )
    if not diffs:
        return _empty(QCoreApplication.translate("diff_view", "Les deux textes sont vides."))
    return f"{_TABLE}{head}{_rows(diffs, hide_same, 6, row)}</table>"


# -- one version, read-only ---------------------------------------------------------------------


def _line_html(line: Line) -> str:
    out = []
    for run in line.runs:
        text = escape(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _paragraph_html(paragraph: Paragraph) -> str:
    parts: list[str] = []
    counter = 0
    for line in paragraph.lines:
        if line.list == "bullet":
            parts.append(f"\u2022\u00a0{_line_html(line)}")
            counter = 0
        elif line.list == "number":
            counter += 1
            parts.append(f"{counter}.\u00a0{_line_html(line)}")
        else:
            parts.append(_line_html(line))
            counter = 0
    return "<br/>".join(parts)


def text_html(paragraphs: Sequence[Paragraph]) -> str:
    """One version of the text, read-only: numbers in the margin, headings and kinds styled."""
    if not paragraphs:
        return _empty(QCoreApplication.translate("diff_view", "Le texte est vide."))
    numbers = numbering(paragraphs)
    rows = []
    for paragraph in paragraphs:
        number = numbers.get(paragraph.uuid)
        body = _paragraph_html(paragraph)
        label = escape(number.label) if number else ""
        if paragraph.kind == "heading":
            size = HEADING_SIZES.get(paragraph.level, "medium")
            top = 14 if paragraph.level == 1 else 8
            rows.append(
                f'<tr><td colspan="2" style="padding-top:{top}px; font-weight:700; '
                f'font-size:{size};">{label}\u00a0{body}</td></tr>'
            )
        elif paragraph.kind == "recommendation":
            rows.append(f'<tr><td></td><td bgcolor="#eef3fa"><b>{label}</b><br/>{body}</td></tr>')
        elif paragraph.kind == "recital":
            rows.append(f'<tr><td></td><td style="padding-left:18px;"><i>{body}</i></td></tr>')
        else:
            rows.append(
                f'<tr><td width="40" align="right" style="color:{MUTED};">{label}</td>'
                f"<td>{body}</td></tr>"
            )
    return f"{_TABLE}{''.join(rows)}</table>"


def browser() -> QTextBrowser:
    """A read-only rich-text viewer whose text can be selected and copied."""
    view = QTextBrowser()
    view.setReadOnly(True)
    view.setOpenLinks(False)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return view


class TextView(QWidget):
    """One version of the text (or the current text) shown read-only, with a heading line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.browser = browser()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.browser, 1)

    def show_text(self, caption_html: str, paragraphs: Sequence[Paragraph]) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.caption.setText(caption_html)
        self.browser.setHtml(text_html(paragraphs))
        bar.setValue(position)


class DiffView(QWidget):
    """A comparison with its summary, the « Intégré » / « Côte à côte » modes and the option
    to hide unchanged paragraphs.

    Attributes:
        browser: the read-only QTextBrowser showing the comparison.
        summary: the label counting the changes.
        modes: the button group of the two modes (INLINE, SIDE_BY_SIDE).
        hide_same: the « Masquer les paragraphes inchangés » check box.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diffs: list[ParagraphDiff] = []
        self._titles = ("", "")
        holder, self.modes = segmented([self.tr("Intégré"), self.tr("Côte à côte")], self)
        self.modes.button(INLINE).setToolTip(
            self.tr("Un seul texte : suppressions barrées en rouge, ajouts soulignés en vert")
        )
        self.modes.button(SIDE_BY_SIDE).setToolTip(
            self.tr("L'ancien texte à gauche, le nouveau à droite, paragraphe par paragraphe")
        )
        self.hide_same = QCheckBox(self.tr("Masquer les paragraphes inchangés"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        swatches = "".join(
            f'<span style="color:{colour};">\u25a0</span>\u00a0{escape(self.tr(word))} '
            for colour, word in (MARKS[c] for c in ("changed", "added", "removed", "moved"))
        )
        self.legend = muted_label(
            swatches
            + escape(
                self.tr("— barré\u00a0: texte supprimé\u00a0; souligné\u00a0: texte ajouté. "
                        "La marge donne l'ancien → le nouveau numéro.")
            )
        )  # fmt: skip
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.browser = browser()
        top = QHBoxLayout()
        top.addWidget(holder)
        top.addSpacing(12)
        top.addWidget(self.hide_same)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.legend)
        self.modes.idToggled.connect(self._mode_toggled)
        self.hide_same.toggled.connect(self._render)

    @property
    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        self.modes.button(mode).setChecked(True)

    def set_comparison(
        self, diffs: Sequence[ParagraphDiff], old_title: str, new_title: str
    ) -> None:
        self._diffs = list(diffs)
        self._titles = (old_title, new_title)
        self._render()

    def _mode_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._render()

    def _render(self) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        old, new = self._titles
        self.summary.setText(
            f"<b>{escape(old)}</b> → <b>{escape(new)}</b>\u00a0: {escape(summary(self._diffs))}"
        )
        hide = self.hide_same.isChecked()
        if self.mode == SIDE_BY_SIDE:
            self.browser.setHtml(side_by_side_html(self._diffs, old, new, hide))
        else:
            self.browser.setHtml(inline_html(self._diffs, hide))
        bar.setValue(position)
