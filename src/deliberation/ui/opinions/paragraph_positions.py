"""Beside the text: where the members stand on the current paragraph and on the whole draft."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import OrganisationStance, Paragraph, ParagraphNumber, Standing
from deliberation.records.positions import NO_ANSWER, STANCES
from deliberation.rules.opinion_text import describe
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text, localized
from deliberation.ui.kit.looks import STANCE_LOOKS, STATUS_LOOKS, chip_style, status_label
from deliberation.ui.kit.widgets import ElidedLabel, heading_label, muted_label
from deliberation.ui.opinions.opinion_session import own_turn

if TYPE_CHECKING:
    from deliberation.services.opinions import Opinions
    from deliberation.ui.opinions.opinion_session import OpinionSession

RELABEL_MS = 300  # the paragraph's number follows the typing after this idle


def capitalised(text: str) -> str:
    """« paragraphe 12 » → « Paragraphe 12 »."""
    return text[:1].upper() + text[1:]


def status_text(status: str) -> str:
    """« ● Consensus avec réserves » (the sign reads without colour)."""
    look = STATUS_LOOKS.get(status, STATUS_LOOKS["not_enough_answers"])
    return f"{look.glyph} {status_label(status)}"


def stance_chip_text(stance: str | None) -> str:
    """« ✓ Favorable sous réserve », « – Sans réponse » when no position is recorded."""
    if stance is None:
        return f"{STANCE_LOOKS['not_expressed'].glyph} {label_text(NO_ANSWER)}"
    look = STANCE_LOOKS.get(stance)
    label = label_text(STANCES.get(stance, stance))
    return f"{look.glyph} {label}" if look else label


def _text_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class StanceRow(QFrame):
    """One organisation's stance: acronym, coloured chip, then its texts in full.

    Attributes:
        acronym, stance: the first line; reservation, reasons, amendment: the texts (hidden
        when empty).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stanceRow")
        self.setStyleSheet("QFrame#stanceRow { border-bottom: 1px solid #e2e2e2; }")
        self.acronym = QLabel()
        self.acronym.setStyleSheet("font-weight: 600;")
        self.acronym.setMinimumWidth(56)
        # the chips end in « … » in a narrow panel rather than be cut at its edge
        self.stance = ElidedLabel()
        self.stance.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.reservation = _text_label()
        self.reasons = _text_label()
        self.amendment = _text_label()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.acronym)
        top.addWidget(self.stance)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        for label in (self.reservation, self.reasons, self.amendment):
            layout.addWidget(label)

    def set_stance(self, acronym: str, stance: OrganisationStance | None) -> None:
        """Show an organisation's stance (None: it has not answered)."""
        self.acronym.setText(acronym)
        self.stance.setText(stance_chip_text(stance.stance if stance else None))
        if stance is None:
            self.stance.setStyleSheet(chip_style("transparent", MUTED_TEXT))
        else:
            look = STANCE_LOOKS.get(stance.stance, STANCE_LOOKS["not_expressed"])
            self.stance.setStyleSheet(chip_style(look.background, look.foreground))
        for label, title, text in (
            (self.reservation, self.tr("Réserve :"), stance.reservation if stance else ""),
            (self.reasons, self.tr("Motifs :"), stance.reasons if stance else ""),
            (self.amendment, self.tr("Amendement proposé :"), stance.amendment if stance else ""),
        ):
            label.setText(f"{title} {text}" if text else "")
            label.setVisible(bool(text))

    def texts(self) -> list[str]:
        details = (self.reservation, self.reasons, self.amendment)
        return [self.acronym.text(), self.stance.text(), *(d.text() for d in details if d.text())]


class StandingView(QWidget):
    """A consultation's result on one paragraph: which consultation, its status, each member.

    Signals:
        consultation_requested(int): the consultation's name was clicked (its id).

    Attributes:
        consultation, status, answers: the lines above the rows; rows: one StanceRow per
        organisation consulted, those that answered first.
    """

    consultation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standing: Standing | None = None
        self.consultation = QLabel()
        self.consultation.setWordWrap(True)
        self.consultation.setTextFormat(Qt.TextFormat.RichText)
        self.consultation.linkActivated.connect(self._open_consultation)
        self.status = ElidedLabel()
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.answers = muted_label()
        self.rows: list[StanceRow] = []
        self._pool: list[StanceRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.consultation)
        layout.addWidget(self.status)
        layout.addWidget(self.answers)
        layout.addLayout(self._rows_box)

    def _open_consultation(self, _link: str) -> None:
        if self.standing is not None:
            self.consultation_requested.emit(self.standing.consultation_id)

    def show_standing(self, standing: Standing) -> None:
        if standing == self.standing:
            return
        self.standing = standing
        title = standing.consultation_title.replace("&", "&amp;").replace("<", "&lt;")
        self.consultation.setText(
            self.tr("Consultation « %1 »").replace("%1", f"<a href='consultation'>{title}</a>")
        )
        self.consultation.setToolTip(self.tr("Ouvrir la consultation et ses positions"))
        look = STATUS_LOOKS.get(standing.status, STATUS_LOOKS["not_enough_answers"])
        self.status.setText(status_text(standing.status))
        self.status.setStyleSheet(chip_style(look.background, look.foreground))
        consulted = len(standing.stances) + len(standing.missing)
        self.answers.setText(
            plural(len(standing.stances), self.tr("%n réponse"), self.tr("%n réponses"))
            + self.tr(" sur %1").replace(
                "%1",
                plural(
                    consulted,
                    self.tr("%n organisation consultée"),
                    self.tr("%n organisations consultées"),
                ),
            )
        )
        wanted: list[tuple[str, OrganisationStance | None]] = [
            (s.acronym, s) for s in standing.stances
        ]
        wanted += [(acronym, None) for acronym in standing.missing]
        while len(self._pool) < len(wanted):  # rows are reused from paragraph to paragraph
            row = StanceRow()
            self._pool.append(row)
            self._rows_box.addWidget(row)
        for row, (acronym, stance) in zip(self._pool, wanted, strict=False):
            row.set_stance(acronym, stance)
        for number, row in enumerate(self._pool):
            row.setVisible(number < len(wanted))
        self.rows = self._pool[: len(wanted)]


class ParagraphPositionsPanel(QWidget):
    """Where the members stand on the paragraph holding the cursor, and on the whole draft.

    The positions are read once per `refresh()` (call it when positions change; the panel also
    refreshes after a save that made paragraphs come or go, which is when merged paragraphs
    pass their positions on); moving from paragraph to paragraph only reads that cache.

    Signals:
        statuses_changed(): `statuses()` may have changed (after a refresh).
        consultation_requested(int): the user wants to see a consultation (its id).

    Attributes:
        title: « Paragraphe 12 »; empty: the sentence shown when there is nothing to show.
        paragraph: the StandingView of the current paragraph; whole_title, whole: the section
            « Sur l'ensemble du projet ».
    """

    statuses_changed = Signal()
    consultation_requested = Signal(int)

    def __init__(self, opinions: Opinions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.session: OpinionSession | None = None
        self.current: UUID | None = None
        self._standing: dict[UUID, Standing] = {}
        self._opinion_uuid: UUID | None = None
        self._read_with: set[UUID] = set()  # the paragraphs when the positions were read
        self._paragraphs: dict[UUID, tuple[Paragraph, ParagraphNumber | None]] | None = None
        self._relabel = QTimer(self)
        self._relabel.setSingleShot(True)
        self._relabel.setInterval(RELABEL_MS)
        self._relabel.timeout.connect(self._timed_title)
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(0)
        self._reread.timeout.connect(self._timed_reread)

        self.title = heading_label()
        self.empty = muted_label()
        self.paragraph = StandingView()
        self.whole_title = QLabel(self.tr("Sur l'ensemble du projet"))
        self.whole_title.setStyleSheet("font-weight: 600; padding-top: 10px;")
        self.whole = StandingView()
        for view in (self.paragraph, self.whole):
            view.consultation_requested.connect(self.consultation_requested)

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(6)
        box.addWidget(self.title)
        box.addWidget(self.empty)
        box.addWidget(self.paragraph)
        box.addWidget(self.whole_title)
        box.addWidget(self.whole)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show()

    # -- what is shown --------------------------------------------------------------------------

    def set_session(self, session: OpinionSession | None) -> None:
        """Follow another opened opinion (None: none), and read where its members stand."""
        if self.session is not None:
            try:
                self.session.changed.disconnect(self._text_changed)
                self.session.saved.disconnect(self._saved)
            except (RuntimeError, TypeError):  # the session of a deleted opinion is gone
                pass
        self.session = session
        self.current = None
        self._opinion_uuid = None
        if session is not None:
            session.changed.connect(self._text_changed)
            session.saved.connect(self._saved)
        if session is not None and session.loading:  # the workspace refreshes once loaded
            self._standing = {}
            self._paragraphs = None
            self._show()
        else:
            self.refresh()

    def show_paragraph(self, uuid: UUID | None) -> None:
        """Show the stances on a paragraph of the current opinion (None: no paragraph)."""
        if uuid == self.current and self._paragraphs is not None:
            return
        self.current = uuid
        if uuid is not None and (self._paragraphs is None or uuid not in self._paragraphs):
            self._paragraphs = None  # a paragraph just made: number the text again
        self._show()

    def refresh(self) -> None:
        """Read again where the members stand (positions changed, or the text was saved)."""
        self._reread.stop()
        self._standing = {}
        if self.session is not None:
            try:
                if self._opinion_uuid is None:
                    self._opinion_uuid = self.opinions.opinion(self.session.opinion_id).uuid
                self._standing = self.opinions.standing(self.session.opinion_id)
            except DeliberationError:  # the opinion was deleted meanwhile
                self._standing = {}
        self._paragraphs = None
        self._show()
        self._read_with = set(self._numbered()) if self.session is not None else set()
        self.statuses_changed.emit()

    def statuses(self) -> dict[UUID, str]:
        """Paragraph UUID → the status code of the latest consultation on it (margin markers)."""
        return {
            uuid: standing.status
            for uuid, standing in self._standing.items()
            if uuid != self._opinion_uuid
        }

    def standing(self, uuid: UUID) -> Standing | None:
        return self._standing.get(uuid)

    # -- drawing --------------------------------------------------------------------------------

    def _saved(self) -> None:
        """Read the positions again only when paragraphs came or went (a merge passes its
        positions on; undoing it takes them back): a save of typed words changes nothing."""
        before = self._read_with
        if self.session is not None and set(self.session.index.order()) != before:
            self._reread.start()  # at the next turn of the event loop, not inside the save

    def _timed_reread(self) -> None:
        if own_turn(self._reread):
            self.refresh()

    def _timed_title(self) -> None:
        if own_turn(self._relabel):
            self._show_title()

    def _text_changed(self, topics: frozenset[str]) -> None:
        if "text" in topics:
            self._relabel.start()  # numbers shift when paragraphs come and go

    def _numbered(self) -> dict[UUID, tuple[Paragraph, ParagraphNumber | None]]:
        if self.session is not None and self.session.loading:
            return {}  # not numbered before the whole text is there
        if self._paragraphs is None:
            paragraphs = self.session.paragraphs() if self.session is not None else []
            numbers = self.session.index.numbers() if self.session is not None else {}
            self._paragraphs = {p.uuid: (p, numbers.get(p.uuid)) for p in paragraphs}
        return self._paragraphs

    def _show_title(self) -> None:
        self._paragraphs = None
        if self.session is None or self.current is None:
            return
        found = self._numbered().get(self.current)
        if found is not None:
            self.title.setText(capitalised(localized(describe(*found))))

    def _show(self) -> None:
        whole = self._standing.get(self._opinion_uuid) if self._opinion_uuid else None
        self.whole_title.setVisible(whole is not None)
        self.whole.setVisible(whole is not None)
        if whole is not None:
            self.whole.show_standing(whole)
        if self.session is None:
            self.title.setText(self.tr("Positions des membres"))
            self._empty(self.tr("Aucun projet d'avis n'est ouvert."))
            return
        found = self._numbered().get(self.current) if self.current is not None else None
        if found is None:
            self.title.setText(self.tr("Positions des membres"))
            self._empty(
                self.tr("Placez le curseur dans un paragraphe pour voir où en sont les membres.")
            )
            return
        self.title.setText(capitalised(localized(describe(*found))))
        standing = self._standing.get(self.current) if self.current is not None else None
        if standing is None:
            self._empty(self.tr("Ce paragraphe n'a encore été soumis à aucune consultation."))
            return
        self.empty.hide()
        self.paragraph.show_standing(standing)
        self.paragraph.show()

    def _empty(self, sentence: str) -> None:
        self.empty.setText(sentence)
        self.empty.show()
        self.paragraph.hide()
