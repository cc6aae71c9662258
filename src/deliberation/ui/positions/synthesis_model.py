"""Item models of the Positions area: statuses per subject and the stance matrix."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.positions import (
    POSITION_SOURCES,
    STANCES,
    PositionRecord,
    SubjectResult,
    Synthesis,
)
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.dates import abbreviated_date, short_date
from deliberation.ui.kit.labels import fold
from deliberation.ui.kit.localize import label_text, labelled, quoted
from deliberation.ui.kit.looks import (
    STANCE_LOOKS,
    STATUS_LOOKS,
    UNANSWERED_LOOK,
    stance_text,
    status_label,
)
from deliberation.ui.kit.table_model import (
    SHOWN_CELL,
    AnyIndex,
    Column,
    RecordTableModel,
    refilter,
)

CELL_ROLE = Qt.ItemDataRole.UserRole + 10
"""(subject id, organisation id) of a matrix cell."""
STANCE_ROLE = Qt.ItemDataRole.UserRole + 11
"""The stance code of a matrix cell, or None when the organisation has not answered."""
POSITION_ROLE = Qt.ItemDataRole.UserRole + 12
"""The PositionRecord of a matrix cell, or None."""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 13
"""The status code of a subject (the matrix's column header)."""


SHORT_STANCES = {
    "favorable": QT_TRANSLATE_NOOP("SynthesisModel", "Fav."),
    "reserved": QT_TRANSLATE_NOOP("SynthesisModel", "Rés."),
    "unfavorable": QT_TRANSLATE_NOOP("SynthesisModel", "Déf."),
    "abstention": QT_TRANSLATE_NOOP("SynthesisModel", "Abst."),
    "not_expressed": QT_TRANSLATE_NOOP("SynthesisModel", "N. E."),
}


def status_icon(status: str, size: int = 12) -> QIcon:
    """A round dot of the status's colour, for headers and lists."""
    look = STATUS_LOOKS.get(status, STATUS_LOOKS["not_enough_answers"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(look.foreground))
    painter.setBrush(QColor(look.background if status == "not_enough_answers" else look.foreground))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def period_text(opened_on: date, deadline: date | None) -> str:
    """« 1 mars → 31 mars 2026 », « 3 oct. → 2 nov. 2026 »: the year once if both share it."""
    if deadline is None:
        return QCoreApplication.translate("SynthesisModel", "depuis le %1").replace(
            "%1", short_date(opened_on)
        )
    start = abbreviated_date(opened_on, weekday=False, year=opened_on.year != deadline.year)
    end = abbreviated_date(deadline, weekday=False)
    return f"{start} → {end}"


def position_details_html(position: PositionRecord | None, organisation: str, subject: str) -> str:
    """What a cell's tooltip says: who, on what, the stance, its texts, its origin."""
    head = f"<b>{html.escape(organisation)}</b><br><i>{html.escape(subject)}</i>"
    if position is None:
        return (
            head + "<br>" + QCoreApplication.translate("SynthesisModel", "Pas encore de réponse.")
        )
    look = STANCE_LOOKS.get(position.stance)
    label = label_text(STANCES.get(position.stance, position.stance))
    colour = look.foreground if look else "inherit"
    parts = [head, f"<b style='color:{colour}'>{html.escape(label)}</b>"]
    for title, text in (
        (QCoreApplication.translate("SynthesisModel", "Réserve :"), position.reservation),
        (QCoreApplication.translate("SynthesisModel", "Motifs :"), position.reasons),
        (QCoreApplication.translate("SynthesisModel", "Amendement proposé :"), position.amendment),
    ):
        if text:
            parts.append(f"<b>{title}</b> {_brief(text)}")
    source = label_text(POSITION_SOURCES.get(position.source, position.source))
    origin = QCoreApplication.translate("SynthesisModel", "%1, reçue le %2").replace(
        "%1", html.escape(source)
    )
    origin = origin.replace("%2", numeric_date(position.received_on))
    if position.recorded_by:
        by = QCoreApplication.translate("SynthesisModel", " · enregistrée par %1")
        origin += by.replace("%1", html.escape(position.recorded_by))
    parts.append(f"<span style='color:#55585c'>{origin}</span>")
    return "<br>".join(parts)


def _brief(text: str, limit: int = 400) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return html.escape(text).replace("\n", "<br>")


# -- statuses per subject ---------------------------------------------------------------------


def _count_column(header: str, code: str) -> Column[SubjectResult]:
    """The count of one stance, as text and as sort key."""
    return Column(
        header,
        lambda r: str(r.counts.get(code, 0)),
        lambda r: r.counts.get(code, 0),
        numeric=True,
        header_tip=label_text(STANCES[code]),
    )


class SubjectStatusModel(RecordTableModel[SubjectResult]):
    """One row per subject: its number, label, status under the rule, and counts per stance."""

    NUMBER, SUBJECT, STATUS = range(3)
    FIRST_COUNT = 3

    def columns(self) -> list[Column[SubjectResult]]:
        columns: list[Column[SubjectResult]] = [
            Column(self.tr("N°"), self._number, self._number_key, numeric=True),
            Column(self.tr("Sujet"), lambda r: r.subject.label, tooltip=lambda r: r.subject.label),
            Column(self.tr("Statut"), lambda r: status_label(r.status), tooltip=self._status_tip),
        ]
        for code, look in STANCE_LOOKS.items():
            columns.append(
                _count_column(
                    f"{look.glyph} {label_text(SHORT_STANCES[code], 'SynthesisModel')}", code
                )
            )
        columns.append(
            Column(
                UNANSWERED_LOOK.glyph + " " + self.tr("Sans rép."),
                lambda r: str(r.unanswered),
                lambda r: r.unanswered,
                numeric=True,
                header_tip=self.tr("Organisations consultées sans position sur le sujet"),
            )
        )
        return columns

    def set_records(self, records: Sequence[SubjectResult]) -> None:
        self._numbers = {id(r): n for n, r in enumerate(records, start=1)}
        super().set_records(records)

    def update_records(self, records: Sequence[SubjectResult]) -> None:
        """The same subjects with new counts: repaint instead of resetting (keeps the selection)."""
        if [r.subject.id for r in records] != [r.subject.id for r in self.records()]:
            self.set_records(records)
            return
        self._numbers = {id(r): n for n, r in enumerate(records, start=1)}
        self._records = list(records)
        self._sort_keys = {}  # the counts sort anew
        if records:
            last = self.index(len(records) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _number(self, r: SubjectResult) -> str:
        return str(self._numbers.get(id(r), ""))

    def _number_key(self, r: SubjectResult) -> int:
        return self._numbers.get(id(r), 0)

    @staticmethod
    def _status_tip(r: SubjectResult) -> str:
        return labelled(status_label(r.status), quoted(r.subject.label))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATUS:
            look = STATUS_LOOKS.get(self.record(index.row()).status)
            if look is not None:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(QColor(look.background))
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor(look.foreground))
                if role == Qt.ItemDataRole.DecorationRole:
                    return status_icon(self.record(index.row()).status)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() >= self.FIRST_COUNT
            and self.data(index, Qt.ItemDataRole.DisplayRole) == "0"
        ):
            return QBrush(QColor("#9aa0a6"))
        return super().data(index, role)


# -- the matrix -------------------------------------------------------------------------------


class SynthesisModel(QAbstractTableModel):
    """Organisations (rows) × subjects (columns) of one consultation, coloured by stance.

    `set_synthesis` repaints only the cells that changed when the organisations and subjects are
    the same (a position recorded, changed or withdrawn), so that the view keeps its selection
    and scroll position; it resets the model otherwise.

    Attributes:
        synthesis: the consultation shown (None: nothing).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synthesis: Synthesis | None = None
        self._orgs: tuple[tuple[int, str, str], ...] = ()
        self._results: tuple[SubjectResult, ...] = ()

    # -- contents ---------------------------------------------------------------------------------

    def set_synthesis(self, synthesis: Synthesis | None) -> None:
        before = self.synthesis
        same_shape = (
            before is not None
            and synthesis is not None
            and [o[0] for o in before.organisations] == [o[0] for o in synthesis.organisations]
            and [r.subject.id for r in before.results] == [r.subject.id for r in synthesis.results]
        )
        if not same_shape:
            self.beginResetModel()
            self._set(synthesis)
            self.endResetModel()
            return
        assert before is not None and synthesis is not None
        self._set(synthesis)
        changed = [
            (row, column)
            for row, (org, *_names) in enumerate(self._orgs)
            for column, result in enumerate(self._results)
            if before.position(result.subject.id, org) != synthesis.position(result.subject.id, org)
        ]
        if changed:
            rows = [r for r, _ in changed]
            columns = [c for _, c in changed]
            self.dataChanged.emit(
                self.index(min(rows), min(columns)), self.index(max(rows), max(columns))
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._results) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._orgs) - 1)

    def _set(self, synthesis: Synthesis | None) -> None:
        self.synthesis = synthesis
        self._orgs = synthesis.organisations if synthesis else ()
        self._results = synthesis.results if synthesis else ()

    def organisation(self, row: int) -> tuple[int, str, str]:
        """(id, acronym, name) of a row."""
        return self._orgs[row]

    def result(self, column: int) -> SubjectResult:
        return self._results[column]

    def row_of(self, organisation_id: int) -> int:
        return next((r for r, o in enumerate(self._orgs) if o[0] == organisation_id), -1)

    def column_of(self, subject_id: int) -> int:
        return next((c for c, r in enumerate(self._results) if r.subject.id == subject_id), -1)

    def answered(self, row: int) -> bool:
        """Whether the organisation of a row has expressed a position on some subject."""
        missing = {m[0] for m in self.synthesis.missing} if self.synthesis else set()
        return self._orgs[row][0] not in missing

    def stances_of_row(self, row: int) -> set[str]:
        """The stances an organisation holds over the subjects (not_expressed when unanswered)."""
        assert self.synthesis is not None
        org = self._orgs[row][0]
        return {self.synthesis.stance(r.subject.id, org) for r in self._results}

    # -- Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orgs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.synthesis is None:
            return None
        org, acronym, _name = self._orgs[index.row()]
        subject = self._results[index.column()].subject
        position = self.synthesis.position(subject.id, org)
        stance = position.stance if position else None
        look = STANCE_LOOKS.get(stance) if stance else None
        if role == Qt.ItemDataRole.DisplayRole:
            return stance_text(stance)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(look.background)) if look else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(look.foreground)) if look else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return position_details_html(position, acronym, subject.label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CELL_ROLE:
            return (subject.id, org)
        if role == STANCE_ROLE:
            return stance
        if role == POSITION_ROLE:
            return position
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._results):
            result = self._results[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return result.subject.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{section + 1}. {result.subject.label}\n{status_label(result.status)}"
            if role == STATUS_ROLE:
                return result.status
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._orgs):
            _org, acronym, name = self._orgs[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return acronym
            if role == Qt.ItemDataRole.ToolTipRole:
                if self.answered(section):
                    return name
                return name + "\n" + self.tr("N'a pas encore répondu.")
            if role == Qt.ItemDataRole.ForegroundRole and not self.answered(section):
                return QBrush(QColor(MUTED_TEXT))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return SHOWN_CELL if index.isValid() else Qt.ItemFlag.NoItemFlags


class SynthesisFilterModel(QSortFilterProxyModel):
    """The matrix's rows filtered by organisation (acronym or name), by stance held on some
    subject, and to the organisations that have not answered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._stance: str | None = None
        self._unanswered = False

    @property
    def stance(self) -> str | None:
        return self._stance

    @property
    def unanswered_only(self) -> bool:
        return self._unanswered

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_search", fold(text.strip())))

    def set_stance(self, stance: str | None) -> None:
        refilter(self, lambda: setattr(self, "_stance", stance))

    def set_unanswered_only(self, only: bool) -> None:
        refilter(self, lambda: setattr(self, "_unanswered", only))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SynthesisModel)
        _org, acronym, name = model.organisation(source_row)
        if self._search and self._search not in fold(f"{acronym} {name}"):
            return False
        if self._unanswered and model.answered(source_row):
            return False
        return self._stance is None or self._stance in model.stances_of_row(source_row)

    def filterAcceptsColumn(self, source_column: int, source_parent: AnyIndex) -> bool:
        return True

    def organisation_ids(self) -> list[int]:
        """The organisations shown, in display order."""
        model = self.sourceModel()
        assert isinstance(model, SynthesisModel)
        return [
            model.organisation(self.mapToSource(self.index(row, 0)).row())[0]
            for row in range(self.rowCount())
        ]
