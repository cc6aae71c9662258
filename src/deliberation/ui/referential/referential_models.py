"""Item models of the referential: organisations (with search), delegates, names, memberships."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from deliberation.records.referential import (
    DelegateRecord,
    FormerName,
    MembershipPeriod,
    OrganisationRecord,
)
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.labels import fold, role_label, sort_date
from deliberation.ui.kit.table_model import (
    RECORD_ROLE,
    Column,
    RecordSortModel,
    RecordTableModel,
    refilter,
)

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Folded text a search matches against: acronym, name, former acronyms and names."""


class OrganisationTableModel(RecordTableModel[OrganisationRecord]):
    """Organisations as the Référentiel lists them, former members included."""

    ACRONYM, NAME, KIND, MEMBER_SINCE, DELEGATES, FORMER_NAMES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        self._history: Mapping[int, Sequence[FormerName]] = {}
        super().__init__(parent)
        self._search: list[str] = []

    def columns(self) -> list[Column[OrganisationRecord]]:
        return [
            Column(self.tr("Sigle"), lambda o: o.acronym, lambda o: fold(o.acronym)),
            Column(self.tr("Nom"), lambda o: o.name, lambda o: fold(o.name), lambda o: o.name),
            Column(self.tr("Type"), lambda o: o.kind_label),
            Column(
                self.tr("Membre depuis"),
                lambda o: numeric_date(o.member_since),
                lambda o: sort_date(o.member_since),
                self._membership_tooltip,
            ),
            Column(
                self.tr("Délégués"),
                lambda o: str(o.delegate_count),
                lambda o: o.delegate_count,
                numeric=True,
                header_tip=self.tr(
                    "Délégués en fonction (les anciens délégués ne sont pas comptés)"
                ),
            ),
            Column(self.tr("Anciens noms"), self._former_text, tooltip=self._former_tooltip),
        ]

    def _former(self, org: OrganisationRecord) -> Sequence[FormerName]:
        return self._history.get(org.id, ())

    def _former_text(self, org: OrganisationRecord) -> str:
        """Each former name in short: its acronym if it changed, else its full name."""
        history = self._former(org)
        if not history:
            return ", ".join(dict.fromkeys(org.former_acronyms))
        shown = []
        for n in reversed(history):  # most recent first
            if n.acronym != org.acronym:
                shown.append(n.acronym)
            elif n.name != org.name:
                shown.append(n.name)
        return ", ".join(dict.fromkeys(shown))

    def _former_tooltip(self, org: OrganisationRecord) -> str:
        """The whole history, one former name a line, most recent first."""
        lines = []
        for n in reversed(self._former(org)):
            line = f"{n.acronym} — {n.name}"
            if n.valid_from and n.valid_until:
                period = self.tr("du %1 au %2").replace("%1", numeric_date(n.valid_from))
                line += f" ({period.replace('%2', numeric_date(n.valid_until))})"
            elif n.valid_until:
                line += (
                    " (" + self.tr("jusqu'au %1").replace("%1", numeric_date(n.valid_until)) + ")"
                )
            elif n.valid_from:
                line += (
                    " (" + self.tr("à partir du %1").replace("%1", numeric_date(n.valid_from)) + ")"
                )
            lines.append(line)
        return "\n".join(lines)

    def _membership_tooltip(self, org: OrganisationRecord) -> str:
        if org.is_member:
            return self.tr("Membre actuel")
        if org.member_until:
            return self.tr("Ancien membre, jusqu'au %1").replace(
                "%1", numeric_date(org.member_until)
            )
        return self.tr("Pas membre")

    def set_organisations(
        self,
        records: Sequence[OrganisationRecord],
        former_names: Mapping[int, Sequence[FormerName]] | None = None,
    ) -> None:
        """Show `records` with their former names (by id, oldest first, as
        `Referential.former_name_history()` gives them), which are shown and searched too."""
        self._history = former_names or {}
        self._search = [
            fold(
                " ".join(
                    (
                        o.acronym,
                        o.name,
                        *o.former_acronyms,
                        *(f"{n.acronym} {n.name}" for n in self._history.get(o.id, ())),
                    )
                )
            )
            for o in records
        ]
        self.set_records(records)

    def is_muted(self, record: OrganisationRecord) -> bool:
        return not record.is_member

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == SEARCH_ROLE and index.isValid() and index.row() < len(self._search):
            return self._search[index.row()]
        return super().data(index, role)


class MembershipFilter(IntEnum):
    CURRENT = 0
    FORMER = 1
    ALL = 2


class OrganisationFilterModel(RecordSortModel):
    """Filters organisations by membership and by a search text (accents and case ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._membership = MembershipFilter.CURRENT

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            refilter(self, lambda: setattr(self, "_words", words))

    def set_membership(self, membership: MembershipFilter) -> None:
        if membership != self._membership:
            refilter(self, lambda: setattr(self, "_membership", MembershipFilter(membership)))

    def membership(self) -> MembershipFilter:
        return self._membership

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        record = source.data(index, RECORD_ROLE)
        if record is None:
            return False
        return self.membership_accepts(record) and self.search_accepts(
            source.data(index, SEARCH_ROLE) or ""
        )

    def membership_accepts(self, record: OrganisationRecord) -> bool:
        """Whether the membership filter shows this organisation."""
        if self._membership == MembershipFilter.CURRENT:
            return record.is_member
        if self._membership == MembershipFilter.FORMER:
            return not record.is_member
        return True

    def search_accepts(self, haystack: str) -> bool:
        """Whether the search text matches an organisation's folded search text."""
        return all(word in haystack for word in self._words)


class DelegateTableModel(RecordTableModel[DelegateRecord]):
    """The delegates of one organisation; inactive ones greyed."""

    LAST_NAME, FIRST_NAME, ROLE, FUNCTION, EMAIL = range(5)

    def columns(self) -> list[Column[DelegateRecord]]:
        return [
            Column(self.tr("Nom"), lambda d: d.last_name, lambda d: fold(d.last_name)),
            Column(self.tr("Prénom"), lambda d: d.first_name, lambda d: fold(d.first_name)),
            Column(
                self.tr("Rôle"),
                lambda d: (
                    role_label(d.role)
                    if d.active
                    else self.tr("%1 (inactif)").replace("%1", role_label(d.role))
                ),
            ),
            Column(self.tr("Fonction"), lambda d: d.function, tooltip=lambda d: d.function),
            Column(self.tr("Courriel"), lambda d: d.email),
        ]

    def is_muted(self, record: DelegateRecord) -> bool:
        return not record.active


class FormerNameModel(RecordTableModel[FormerName]):
    """The names an organisation was known by before, oldest first."""

    ACRONYM, NAME, FROM, UNTIL, NOTE = range(5)

    def columns(self) -> list[Column[FormerName]]:
        return [
            Column(self.tr("Sigle"), lambda n: n.acronym),
            Column(self.tr("Nom"), lambda n: n.name, tooltip=lambda n: n.name),
            Column(
                self.tr("Du"),
                lambda n: numeric_date(n.valid_from),
                lambda n: sort_date(n.valid_from),
            ),
            Column(
                self.tr("Au"),
                lambda n: numeric_date(n.valid_until),
                lambda n: sort_date(n.valid_until),
            ),
            Column(self.tr("Note"), lambda n: n.note, tooltip=lambda n: n.note),
        ]


class MembershipModel(RecordTableModel[MembershipPeriod]):
    """The periods during which an organisation was a member."""

    START, END, NOTE = range(3)

    def columns(self) -> list[Column[MembershipPeriod]]:
        return [
            Column(self.tr("Début"), lambda p: numeric_date(p.start), lambda p: sort_date(p.start)),
            Column(
                self.tr("Fin"),
                lambda p: numeric_date(p.end) if p.end else self.tr("en cours"),
                lambda p: sort_date(p.end) or "9999",
            ),
            Column(self.tr("Note"), lambda p: p.note, tooltip=lambda p: p.note),
        ]
