"""The Accueil page: the next meetings, the actions to follow, the open consultations, the
opinions in progress and what changed since the last visit; each line opens its item."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.home import (
    AGENDA_STATES,
    CHANGE_KINDS,
    ChangeGroup,
    HomeOverview,
    OpenAction,
    OpenConsultation,
    OpinionInProgress,
    UpcomingMeeting,
)
from deliberation.records.opinion_labels import OPINION_KINDS, OPINION_STATUSES
from deliberation.records.places import Place
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.colours import MUTED_TEXT, WARNING_TEXT
from deliberation.ui.kit.dates import abbreviated_date, clock, days_from_now, long_date, moment
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import error_text, label_text, localized
from deliberation.ui.kit.meeting_labels import kind_label, meeting_status_label
from deliberation.ui.kit.pages import page_title
from deliberation.ui.kit.settings import TextSetting

if TYPE_CHECKING:
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService

OVERDUE_SIGN = "⚠"
"""Marks an overdue action or a consultation about to close, so that colour is not needed."""
UNCONFIRMED_NAMED = 6
"""How many organisations that have not confirmed are named before « … »."""

STYLE = f"""
QFrame#homeSection {{ background: palette(base); border: 1px solid palette(mid);
    border-radius: 6px; }}
QLabel#sectionTitle {{ font-weight: 600; font-size: 11.5pt; }}
QLabel#sectionEmpty {{ color: {MUTED_TEXT}; }}
QListWidget#homeList {{ border: none; background: palette(base); }}
QListWidget#homeList::item {{ padding: 4px 2px; border-bottom: 1px solid palette(midlight); }}
QListWidget#homeList:focus {{ outline: none; }}
QListWidget#homeList::item:focus {{ border: 2px solid palette(highlight); }}
"""


def last_opened(location: str) -> TextSetting:
    """When the user last opened the store at `location` (an ISO moment; empty: never)."""
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return TextSetting(f"home/last_opened/{digest}")


def previous_opening(location: str) -> datetime | None:
    """When the store at `location` was last opened (None the first time, or if what was
    remembered is not a moment), without recording this opening."""
    try:
        before: datetime | None = datetime.fromisoformat(last_opened(location).get())
    except ValueError:
        before = None
    if before is not None and before.tzinfo is None:
        before = before.replace(tzinfo=UTC)
    return before


def remember_opening(location: str, now: datetime | None = None) -> datetime | None:
    """Record that the store at `location` is opened `now`; return when it was opened before
    (None the first time, or if what was remembered is not a moment)."""
    before = previous_opening(location)
    last_opened(location).set((now or datetime.now(UTC)).isoformat())
    return before


class PlaceList(QListWidget):
    """Lines that each open an item (a click, Enter or a double click); its height follows its
    lines, the page scrolls instead.

    Signals:
        place_requested(Place): a line was chosen.
    """

    place_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def add_line(
        self,
        text: str,
        place: Place | None = None,
        *,
        colour: str = "",
        bold: bool = False,
        tooltip: str = "",
    ) -> QListWidgetItem:
        """A line (\\n for a second one); without a place, a heading that opens nothing."""
        item = QListWidgetItem(text)
        item.setToolTip(tooltip or text)
        if place is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setData(Qt.ItemDataRole.UserRole, place)
        if colour:
            item.setForeground(QBrush(QColor(colour)))
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        self.addItem(item)
        return item

    def place(self, row: int) -> Place | None:
        item = self.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(place, Place):
            self.place_requested.emit(place)

    def fit(self) -> None:
        """As tall as its lines."""
        height = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def sizeHint(self) -> QSize:
        return QSize(320, super().sizeHint().height())


class Section(QFrame):
    """A titled box: its lines, or a sentence saying there is nothing to show."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeSection")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.lines = PlaceList()
        self.empty = QLabel()
        self.empty.setObjectName("sectionEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def clear(self, title: str) -> None:
        self.title.setText(title)
        self.lines.clear()

    def done(self, empty_text: str) -> None:
        """Show the lines added, or `empty_text` if there is none."""
        has_lines = self.lines.count() > 0
        self.lines.setVisible(has_lines)
        self.empty.setVisible(not has_lines)
        self.empty.setText("" if has_lines else empty_text)
        self.lines.fit()


class HomePage(QWidget):
    """The Accueil area.

    It reads the store in one call (`Home.overview`) when built, when the store changes while
    it is shown, and when it is shown again after a change. At start-up it may be built
    without an editor, showing an overview read before the store was open (the light read of
    ui/app.py), then given its editor by `attach` once the store is open.

    Signals:
        place_requested(Place): the user chose a line; the window opens its item.
        status_message(str): a short note for the status bar.

    Attributes:
        since: when the user last opened this store before now (None: the first time).
        overview: what is shown.
        meetings_box, actions_box, consultations_box, opinions_box, changes_box: the sections.
    """

    place_requested = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        editor: Editor | None,
        messages: MessageService,
        since: datetime | None,
        parent: QWidget | None = None,
        overview: HomeOverview | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.messages = messages
        self.since = since
        self.overview: HomeOverview | None = None
        self._stale = False
        self.setStyleSheet(STYLE)

        self.today_label = QLabel()
        self.meetings_box = Section(self.tr("Prochaines séances"))
        self.actions_box = Section(self.tr("Actions à suivre"))
        self.consultations_box = Section(self.tr("Consultations en cours"))
        self.opinions_box = Section(self.tr("Avis en préparation"))
        self.changes_box = Section(self.tr("Depuis votre dernière visite"))
        for section in self.sections():
            section.lines.place_requested.connect(self.place_requested)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.meetings_box, 0, 0)
        grid.addWidget(self.consultations_box, 0, 1)
        grid.addWidget(self.actions_box, 1, 0)
        grid.addWidget(self.opinions_box, 1, 1)
        grid.addWidget(self.changes_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(self.today_label)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Accueil")))
        layout.addWidget(scroll, 1)

        if editor is not None:
            editor.changed.connect(self.on_changed)
            self.reload()
        elif overview is not None:
            self.show_overview(overview)

    def attach(self, editor: Editor, reread: bool = False) -> None:
        """Read the open store from now on; `reread`: read it now too (the overview shown may
        be outdated, e.g. the opening added the body's defaults), else keep what is shown."""
        self.editor = editor
        editor.changed.connect(self.on_changed)
        if reread or self.overview is None:
            self.reload()

    def sections(self) -> tuple[Section, ...]:
        return (
            self.meetings_box,
            self.actions_box,
            self.consultations_box,
            self.opinions_box,
            self.changes_box,
        )

    # -- loading --------------------------------------------------------------------------------

    def on_changed(self, _topics: frozenset[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # an opinion's text, typed elsewhere, is not announced as a change
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = True

    def reload(self) -> None:
        """Read the overview again and fill the sections."""
        self._stale = False
        if self.editor is None:
            return  # shown from the start-up's read until the store is open
        try:
            overview = self.editor.root.home.overview(self.since)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        self.show_overview(overview)

    def show_overview(self, overview: HomeOverview) -> None:
        """Fill the sections with `overview`."""
        self.overview = overview
        self.today_label.setText(
            self.tr("Aujourd'hui, %1.").replace("%1", long_date(overview.today))
        )
        self._fill_meetings(overview.meetings)
        self._fill_actions(overview)
        self._fill_consultations(overview.consultations)
        self._fill_opinions(overview.opinions)
        self._fill_changes(overview.changes)

    def _fill_meetings(self, meetings: tuple[UpcomingMeeting, ...]) -> None:
        section = self.meetings_box
        section.clear(self.tr("Prochaines séances"))
        for m in meetings:
            name = m.title or m.body_label or kind_label(m.kind)
            first = f"{abbreviated_date(m.day)}, {clock(m.start)} — {name}"
            if m.status != "planned":
                first += f" ({meeting_status_label(m.status).lower()})"
            state = label_text(AGENDA_STATES[m.agenda_state])
            if m.item_count:
                state += " · " + plural(m.item_count, self.tr("%n point"), self.tr("%n points"))
            if not m.convened_count:
                who = self.tr("Aucune organisation convoquée")
            elif not m.unconfirmed:
                who = self.tr("Toutes les présences sont renseignées")
            else:
                named = ", ".join(m.unconfirmed[:UNCONFIRMED_NAMED])
                if len(m.unconfirmed) > UNCONFIRMED_NAMED:
                    named += ", …"
                who = (
                    self.tr("Sans réponse : %1 sur %2 (%3)")
                    .replace("%1", str(len(m.unconfirmed)))
                    .replace("%2", str(m.convened_count))
                    .replace("%3", named)
                )
            tooltip = f"{first}\n{state}\n" + (
                self.tr("Présence non renseignée : ") + ", ".join(m.unconfirmed)
                if m.unconfirmed
                else who
            )
            section.lines.add_line(f"{first}\n{state} · {who}", m.place, tooltip=tooltip)
        section.done(self.tr("Aucune séance prévue dans les six prochaines semaines."))

    def _fill_actions(self, overview: HomeOverview) -> None:
        section = self.actions_box
        title = self.tr("Actions à suivre")
        if overview.open_actions:
            title += " — " + plural(
                overview.open_actions, self.tr("%n ouverte"), self.tr("%n ouvertes")
            )
            if overview.overdue_actions:
                title += self.tr(", dont %1 en retard").replace("%1", str(overview.overdue_actions))
        section.clear(title)
        for action in overview.actions:
            section.lines.add_line(
                self._action_line(action),
                action.place,
                colour=WARNING_TEXT if action.overdue else "",
            )
        rest = overview.open_actions - len(overview.actions)
        if rest > 0:
            section.lines.add_line(
                self.tr("… et %1 autres, dans Séances › Actions").replace("%1", str(rest)),
                colour=MUTED_TEXT,
            )
        section.done(
            self.tr("Aucune action ouverte : celles décidées en séance sont faites ou abandonnées.")
        )

    def _fill_consultations(self, consultations: tuple[OpenConsultation, ...]) -> None:
        section = self.consultations_box
        section.clear(self.tr("Consultations en cours"))
        today = self.overview.today if self.overview else None
        for c in consultations:
            rate = self.tr("%1 sur %2 ont répondu").replace("%1", str(c.answered_count))
            rate = rate.replace("%2", str(c.consulted_count))
            if c.consulted_count:
                share = str(round(100 * c.answered_count / c.consulted_count))
                rate += " " + self.tr("(%1 %)").replace("%1", share)
            if c.deadline is None:
                when = self.tr("sans date limite")
            else:
                days = (c.deadline - today).days if today else 0
                when = self.tr("clôture le %1").replace("%1", numeric_date(c.deadline))
                when += f" ({days_from_now(days)})"
            first = f"{OVERDUE_SIGN} {c.title}" if c.closing_soon else c.title
            section.lines.add_line(
                f"{first}\n{rate} · {when}",
                c.place,
                colour=WARNING_TEXT if c.closing_soon else "",
            )
        section.done(self.tr("Aucune consultation ouverte aujourd'hui."))

    def _fill_opinions(self, opinions: tuple[OpinionInProgress, ...]) -> None:
        section = self.opinions_box
        section.clear(self.tr("Avis en préparation"))
        for o in opinions:
            parts = [
                label_text(OPINION_STATUSES.get(o.status, o.status)),
                label_text(OPINION_KINDS.get(o.kind, o.kind)),
            ]
            if o.group_label:
                parts.append(o.group_label)
            parts.append(self.tr("modifié le %1").replace("%1", moment(o.updated_at)))
            section.lines.add_line(f"{o.title}\n{' · '.join(parts)}", o.place)
        section.done(self.tr("Aucun avis en préparation."))

    def _fill_changes(self, groups: tuple[ChangeGroup, ...]) -> None:
        section = self.changes_box
        if self.since is None:
            section.clear(self.tr("Depuis votre dernière visite"))
            section.done(
                self.tr(
                    "C'est la première ouverture de ces données sur ce poste : les changements "
                    "faits à partir de maintenant apparaîtront ici à la prochaine ouverture."
                )
            )
            return
        section.clear(
            self.tr("Depuis votre dernière visite, le %1").replace("%1", moment(self.since))
        )
        for group in groups:
            one, many = map(label_text, CHANGE_KINDS.get(group.kind, (group.kind, group.kind)))
            heading = f"{group.count} {one if group.count < 2 else many}".capitalize()
            section.lines.add_line(heading, bold=True)
            for item in group.latest:
                label = localized(item.label)
                section.lines.add_line(
                    f"    {label}", item.place, tooltip=f"{label}\n{moment(item.changed_at)}"
                )
            rest = group.count - len(group.latest)
            if rest > 0:
                section.lines.add_line(
                    "    " + plural(rest, self.tr("… et %n autre"), self.tr("… et %n autres")),
                    colour=MUTED_TEXT,
                )
        section.done(self.tr("Rien n'a changé depuis votre dernière visite."))

    def _action_line(self, action: OpenAction) -> str:
        """« ⚠ En retard (pour le 01/11/2025) — Rédiger… » then « AMRF · Réunion plénière du
        02/09/2025 »."""
        if action.due_date is None:
            when = self.tr("Sans échéance")
        elif action.overdue:
            overdue = self.tr("En retard (pour le %1)").replace("%1", numeric_date(action.due_date))
            when = f"{OVERDUE_SIGN} {overdue}"
        else:
            when = self.tr("Pour le %1").replace("%1", numeric_date(action.due_date))
        meeting = localized(action.meeting_label)
        second = " · ".join(part for part in (action.owner_label, meeting) if part)
        first = f"{when} — {action.title}"
        return f"{first}\n{second}" if second else first

    # -- for the window and the tests -----------------------------------------------------------

    def lines(self, section: Section) -> list[str]:
        """The lines a section shows, as text."""
        return [section.lines.item(row).text() for row in range(section.lines.count())]
