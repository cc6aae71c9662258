"""The opinions as a table model: columns, a status chip drawn on two lines, the filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from deliberation.records.opinions import OPINION_KINDS, OPINION_STATUSES, OpinionRecord
from deliberation.rules.wording import numeric_date, numeric_moment
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.table_model import RECORD_ROLE, AnyIndex, Column, RecordTableModel
from deliberation.ui.kit.table_model import refilter as _refilter

OPEN_FILTER = "open"
"""The status filter keeping opinions still being worked on."""
CLOSED_STATUSES = frozenset({"adopted", "published", "abandoned"})
STATUS_COLOURS = {  # (background, text) of each status's chip
    "draft": ("#e6edf7", "#27456b"),
    "consultation": ("#fdf0d5", "#7a4700"),
    "consolidated": ("#ebe4f7", "#4b3587"),
    "adopted": ("#dcf0e1", "#1f5e35"),
    "published": ("#d6eef0", "#175a61"),
    "abandoned": ("#ececec", "#5f5f5f"),
}
CHIP_PADDING = 7
ROW_PADDING = 4


def status_since(status: str, since: date | None) -> str:
    """« Projet depuis le 12/03/2026 » (the status alone when its date is unknown)."""
    label = label_text(OPINION_STATUSES.get(status, status))
    if not since:
        return label
    text = QCoreApplication.translate("OpinionsModel", "%1 depuis le %2")
    return text.replace("%1", label).replace("%2", numeric_date(since))


def changed_label(moment: datetime) -> str:
    """When an opinion was last changed, in local time: « 12/03/2026 14:05 »."""
    return numeric_moment(moment.astimezone())


class OpinionTableModel(RecordTableModel[OpinionRecord]):
    """Opinions: kind, title, group, status (chip), rapporteurs, paragraphs, versions, open
    amendments, last change. Abandoned opinions are greyed."""

    KIND, TITLE, GROUP, STATUS, RAPPORTEURS, PARAGRAPHS, VERSIONS, AMENDMENTS, CHANGED = range(9)
    # Title and status by default: the list sits beside the text (right-click shows the rest).
    HIDDEN_BY_DEFAULT = (KIND, GROUP, RAPPORTEURS, PARAGRAPHS, VERSIONS, AMENDMENTS, CHANGED)

    def columns(self) -> list[Column[OpinionRecord]]:
        return [
            Column(self.tr("Type"), lambda o: label_text(OPINION_KINDS.get(o.kind, o.kind))),
            Column(self.tr("Titre"), lambda o: o.title, lambda o: fold(o.title), self._tooltip),
            Column(
                self.tr("Groupe"),
                self.group_label,
                lambda o: fold(o.group_name or "0"),
            ),
            Column(
                self.tr("État"),
                lambda o: status_since(o.status, o.status_since),
                lambda o: (
                    list(OPINION_STATUSES).index(o.status) if o.status in OPINION_STATUSES else 99
                ),
            ),
            Column(self.tr("Rapporteurs"), lambda o: ", ".join(o.rapporteurs)),
            Column(
                self.tr("Texte"),
                lambda o: f"{o.paragraphs} §",
                lambda o: o.paragraphs,
                lambda o: plural(o.paragraphs, self.tr("%n paragraphe"), self.tr("%n paragraphes")),
                numeric=True,
            ),
            Column(
                self.tr("Versions"),
                lambda o: str(o.versions) if o.versions else "—",
                lambda o: o.versions,
                lambda o: plural(
                    o.versions, self.tr("%n version figée"), self.tr("%n versions figées")
                ),
                numeric=True,
            ),
            Column(
                self.tr("Amend."),
                lambda o: str(o.open_amendments) if o.open_amendments else "—",
                lambda o: o.open_amendments,
                lambda o: plural(
                    o.open_amendments,
                    self.tr("%n amendement à trancher"),
                    self.tr("%n amendements à trancher"),
                ),
                numeric=True,
            ),
            Column(
                self.tr("Modifié"),
                lambda o: changed_label(o.updated_at),
                lambda o: o.updated_at.timestamp(),
            ),
        ]

    def summary(self, o: OpinionRecord) -> str:
        """« Avis · Usages numériques · Claire Martin, Marc Bernard » (under the title)."""
        parts = [label_text(OPINION_KINDS.get(o.kind, o.kind)), self.group_label(o)]
        if o.rapporteurs:
            parts.append(", ".join(o.rapporteurs))
        return " · ".join(parts)

    def group_label(self, o: OpinionRecord) -> str:
        return o.group_name or self.tr("Comité plénier")

    def _tooltip(self, o: OpinionRecord) -> str:
        lines = [
            f"{label_text(OPINION_KINDS.get(o.kind, o.kind))} — {o.title}",
            self.group_label(o),
            status_since(o.status, o.status_since),
        ]
        if o.rapporteurs:
            lines.append(self.tr("Rapporteurs : %1").replace("%1", ", ".join(o.rapporteurs)))
        lines.append(self.tr("Modifié le %1").replace("%1", changed_label(o.updated_at)))
        return "\n".join(lines)

    def is_muted(self, record: OpinionRecord) -> bool:
        return record.status == "abandoned"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.AMENDMENTS
            and self.record(index.row()).open_amendments
        ):
            return QColor(WARNING_TEXT)
        return super().data(index, role)


class OpinionFilter(QSortFilterProxyModel):
    """Keeps the opinions whose title, group or rapporteurs hold every word searched, in the
    chosen status ("" all, OPEN_FILTER those still being worked on, or one status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.status = ""
        self._keys: dict[int, str] = {}

    def set_records(self, records: Sequence[OpinionRecord]) -> None:
        self._keys = {
            r.id: fold(" ".join((r.title, r.group_name, *r.rapporteurs))) for r in records
        }

    def set_search(self, text: str) -> None:
        _refilter(self, lambda: setattr(self, "words", fold(text).split()))

    def set_status(self, status: str) -> None:
        _refilter(self, lambda: setattr(self, "status", status))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OpinionTableModel)
        record = model.record(source_row)
        if self.status == OPEN_FILTER and record.status in CLOSED_STATUSES:
            return False
        if self.status not in ("", OPEN_FILTER) and record.status != self.status:
            return False
        key = self._keys.get(record.id, "")
        return all(word in key for word in self.words)


class TwoLineDelegate(QStyledItemDelegate):
    """Draws a cell on two lines: the title (bold) over kind · group · rapporteurs, or the
    status chip over the date it was reached."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(120, 2 * metrics.height() + 3 * ROW_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        record: OpinionRecord | None = index.data(RECORD_ROLE)
        if record is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else QColor(MUTED_TEXT)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = option.rect.adjusted(5, ROW_PADDING, -5, -ROW_PADDING)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + ROW_PADDING, rect.width(), line)
        painter.save()
        if index.column() == OpinionTableModel.STATUS:
            background, text = STATUS_COLOURS.get(record.status, ("#eeeeee", "#333333"))
            label = label_text(OPINION_STATUSES.get(record.status, record.status))
            chip = QRect(
                top.left(),
                top.top() - 1,
                min(metrics.horizontalAdvance(label) + 2 * CHIP_PADDING, top.width()),
                line + 2,
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(QColor(text))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            second = (
                self.tr("depuis le %1").replace("%1", numeric_date(record.status_since))
                if record.status_since
                else ""
            )
        else:
            font = QFont(option.font)
            font.setBold(True)
            if record.status == "abandoned":
                font.setItalic(True)
            painter.setFont(font)
            painter.setPen(muted if record.status == "abandoned" else text_colour)
            title = QFontMetrics(font).elidedText(
                record.title, Qt.TextElideMode.ElideRight, top.width()
            )
            painter.drawText(top, int(Qt.AlignmentFlag.AlignVCenter), title)
            painter.setFont(option.font)
            model = index.model()
            source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
            assert isinstance(source, OpinionTableModel)
            second = source.summary(record)
        painter.setPen(muted)
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()
