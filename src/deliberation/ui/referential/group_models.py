"""Item model of the working groups."""

from __future__ import annotations

from deliberation.records.referential import GroupRecord
from deliberation.ui.kit.labels import fold, status_label
from deliberation.ui.kit.table_model import Column, RecordTableModel

_STATUS_ORDER = {"preparing": 0, "active": 1, "closed": 2}


class GroupTableModel(RecordTableModel[GroupRecord]):
    """Working groups with their theme, status, members, chair and rapporteurs."""

    NAME, THEME, STATUS, MEMBERS, CHAIR, RAPPORTEURS = range(6)

    def columns(self) -> list[Column[GroupRecord]]:
        return [
            Column(self.tr("Nom"), lambda g: g.name, lambda g: fold(g.name), lambda g: g.name),
            Column(
                self.tr("Thème"),
                lambda g: g.theme_label,
                lambda g: g.theme_label,
                lambda g: g.theme_label,
            ),
            Column(
                self.tr("Statut"),
                lambda g: status_label(g.status),
                lambda g: _STATUS_ORDER.get(g.status, 9),
            ),
            Column(
                self.tr("Organisations"),
                lambda g: ", ".join(g.member_acronyms),
                lambda g: len(g.member_acronyms),
                lambda g: ", ".join(g.member_acronyms),
            ),
            Column(self.tr("Président"), lambda g: g.chair_name, lambda g: fold(g.chair_name)),
            Column(
                self.tr("Rapporteurs"),
                lambda g: ", ".join(g.rapporteur_names),
                tooltip=lambda g: "\n".join(g.rapporteur_names),
            ),
        ]

    def is_muted(self, record: GroupRecord) -> bool:
        return record.status == "closed"
