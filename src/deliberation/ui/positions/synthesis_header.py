"""Around the stance matrix: the consultation's heading, the filters, the counts per stance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.positions import STANCES, SubjectResult, Synthesis
from deliberation.rules.consensus import answers_summary
from deliberation.ui.kit.colours import WARNING_TEXT
from deliberation.ui.kit.dates import short_date
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text, localized
from deliberation.ui.kit.looks import STANCE_LOOKS, UNANSWERED_LOOK, chip_style
from deliberation.ui.kit.widgets import heading_label, muted_label, search_field
from deliberation.ui.positions.synthesis_view import KEY_HELP


class ConsultationHeader(QFrame):
    """The consultation's title, question, dates (a passed deadline in red) and rule.

    Attributes:
        title, question, dates, rule: the labels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.rule = muted_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.dates)
        layout.addWidget(self.rule)

    def show_synthesis(self, synthesis: Synthesis, today: date, meeting: str = "") -> None:
        snap = synthesis.consultation
        self.title.setText(snap.title)
        self.question.setText(snap.question)
        self.question.setVisible(bool(snap.question))
        parts = [self.tr("Ouverte le %1").replace("%1", short_date(snap.opened_on))]
        late = snap.deadline is not None and snap.deadline < today
        if snap.deadline is not None:
            if late:
                key = self.tr("échéance dépassée depuis le %1")
            else:
                key = self.tr("réponses attendues le %1")
            parts.append(key.replace("%1", short_date(snap.deadline)))
        if meeting:
            parts.append(self.tr("pour la séance « %1 »").replace("%1", meeting))
        parts.append(
            localized(
                answers_summary(
                    synthesis.responded_count,
                    synthesis.answered_count,
                    len(synthesis.organisations),
                    len(synthesis.results),
                )
            )
        )
        self.dates.setText(" · ".join(parts))
        self.dates.setStyleSheet(f"color: {WARNING_TEXT};" if late else "")
        self.rule.setText(self.tr("Règle : ") + localized(synthesis.rule_text))


class MatrixFilters(QWidget):
    """Filters of the matrix's organisations: a stance held, a search, « Sans réponse seulement ».

    Signals:
        changed(): a filter changed.

    Attributes:
        stance_box, search, unanswered: the filters.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stance_box = QComboBox()
        self.stance_box.addItem(self.tr("Toutes les positions"), None)
        for code, label in STANCES.items():
            self.stance_box.addItem(f"{STANCE_LOOKS[code].glyph} {label_text(label)}", code)
        self.stance_box.setToolTip(
            self.tr("Les organisations qui ont cette position sur au moins un sujet")
        )
        self.stance_box.currentIndexChanged.connect(self.changed)
        self.search = search_field(self.tr("Filtrer les organisations…"), minimum_width=120)
        self.search.textChanged.connect(self.changed)
        self.unanswered = QCheckBox(self.tr("Sans réponse seulement"))
        self.unanswered.toggled.connect(self.changed)
        # a row that wraps: the filters never make the page wider than a small screen
        row = FlowLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.stance_box)
        row.addWidget(self.search)
        row.addWidget(self.unanswered)

    def stance(self) -> str | None:
        return self.stance_box.currentData()

    def set_stance(self, stance: str | None) -> None:
        self.stance_box.setCurrentIndex(max(self.stance_box.findData(stance), 0))


UNANSWERED = "unanswered"  # the chip of the organisations without a position on the subject


class StanceCounts(QWidget):
    """The counts per stance of the current subject, as coloured chips, and the keys' help.

    Attributes:
        subject: « Sujet 2 : »
        chips: one label per stance code, and one for UNANSWERED.
        shown: « 16 organisations », « 3 organisations sur 16 ».
        keys: the keys that record a position.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLabel()
        self.chips: dict[str, QLabel] = {}
        self.shown = QLabel()
        row = FlowLayout(spacing=6)
        row.addWidget(self.subject)
        for code, look in STANCE_LOOKS.items():
            chip = QLabel()
            chip.setStyleSheet(chip_style(look.background, look.foreground))
            chip.setToolTip(
                self.tr("Position enregistrée comme non exprimée")
                if code == "not_expressed"
                else label_text(STANCES[code])
            )
            self.chips[code] = chip
            row.addWidget(chip)
        unanswered = QLabel()
        unanswered.setStyleSheet(chip_style(UNANSWERED_LOOK.background, UNANSWERED_LOOK.foreground))
        unanswered.setToolTip(self.tr("Organisations consultées sans position sur ce sujet"))
        self.chips[UNANSWERED] = unanswered
        row.addWidget(unanswered)
        row.add_stretch()
        row.addWidget(self.shown)
        self.keys = muted_label(self.tr("Touches : ") + label_text(KEY_HELP, "SynthesisView"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.keys)

    def show_counts(self, result: SubjectResult | None, number: int) -> None:
        for chip in self.chips.values():
            chip.setVisible(result is not None)
        self.subject.setVisible(result is not None)
        if result is None:
            self.subject.setText("")
            return
        self.subject.setText(self.tr("Sujet %1 :").replace("%1", str(number)))
        self.subject.setToolTip(result.subject.label)
        for code, look in STANCE_LOOKS.items():
            self.chips[code].setText(
                f"{look.glyph} {label_text(look.label)} {result.counts.get(code, 0)}"
            )
        look = UNANSWERED_LOOK
        unanswered = f"{look.glyph} {label_text(look.label)} {result.unanswered}"
        self.chips[UNANSWERED].setText(unanswered)

    def show_shown(self, shown: int, total: int) -> None:
        """« 16 organisations », or « 3 organisations sur 16 » when filters hide some."""
        text = plural(shown, self.tr("%n organisation"), self.tr("%n organisations"))
        if shown != total:
            text += self.tr(" sur %1").replace("%1", str(total))
        self.shown.setText(text)

    def counts_text(self) -> dict[str, str]:
        return {code: chip.text() for code, chip in self.chips.items()}
