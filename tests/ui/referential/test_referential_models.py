"""Every item model of the interface passes pytest-qt's model tester with real data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from deliberation.records.referential import GroupInput
from deliberation.services.referential import Referential
from deliberation.ui.kit.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    RecordSortModel,
    RecordTableModel,
)
from deliberation.ui.referential.group_models import GroupTableModel
from deliberation.ui.referential.referential_models import (
    DelegateTableModel,
    FormerNameModel,
    MembershipFilter,
    MembershipModel,
    OrganisationFilterModel,
    OrganisationTableModel,
)


def test_organisation_model(qtmodeltester, referential: Referential) -> None:
    model = OrganisationTableModel()
    model.set_organisations(referential.organisations())
    qtmodeltester.check(model)
    assert model.rowCount() == 16
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Sigle"
    row = model.row_where(lambda o: o.acronym == "FU")
    assert model.index(row, OrganisationTableModel.FORMER_NAMES).data() == "AMGVF"
    assert model.index(row, OrganisationTableModel.MEMBER_SINCE).data() == "01/10/2015"
    assert model.index(row, OrganisationTableModel.MEMBER_SINCE).data(SORT_ROLE) == "2015-10-01"


def test_organisation_filter_model(qtmodeltester, referential: Referential) -> None:
    model = OrganisationTableModel()
    history = referential.former_name_history()
    model.set_organisations(referential.organisations(), history)
    former = OrganisationTableModel.FORMER_NAMES
    rows = {o.acronym: r for r, o in enumerate(model.records())}
    assert model.index(rows["RdF"], former).data() == "ARF"  # the acronym changed
    cdc = model.index(rows["CDC"], former)  # same acronym: the former full name
    assert cdc.data() == "Caisse des Dépôts et Consignations"
    assert cdc.data(Qt.ItemDataRole.ToolTipRole) == (
        "CDC — Caisse des Dépôts et Consignations (à partir du 01/10/2015)"
    )
    proxy = OrganisationFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 14
    proxy.set_membership(MembershipFilter.FORMER)
    assert sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount())) == ["AMVBF", "MEIN"]
    proxy.set_membership(MembershipFilter.ALL)
    assert proxy.rowCount() == 16
    proxy.set_search("regions")  # accents and case ignored
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["RdF"]
    proxy.set_search("grandes villes")  # a former full name (AMGVF, now France Urbaine)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["FU"]
    proxy.set_search("MENESR")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["MEN"]
    qtmodeltester.check(proxy)


def test_delegate_model(qtmodeltester, referential: Referential, delegates) -> None:
    model = DelegateTableModel()
    model.set_records(referential.delegates(delegates["Martin"].organisation_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    roles = {model.index(r, DelegateTableModel.ROLE).data() for r in range(2)}
    assert roles == {"Titulaire", "Suppléant"}


def test_name_and_membership_models(qtmodeltester, referential: Referential) -> None:
    fu = next(o for o in referential.organisations() if o.acronym == "FU")
    snap = referential.organisation(fu.id)
    names = FormerNameModel()
    names.set_records(snap.former_names)
    qtmodeltester.check(names)
    assert names.index(0, FormerNameModel.ACRONYM).data() == "AMGVF"
    periods = MembershipModel()
    periods.set_records(snap.memberships)
    qtmodeltester.check(periods)
    assert periods.index(0, MembershipModel.END).data() == "en cours"


def test_group_model(qtmodeltester, referential: Referential, delegates) -> None:
    theme = referential.themes()[4]
    martin, bernard = delegates["Martin"], delegates["Bernard"]
    data = GroupInput(
        "Équipement des écoles",
        theme.id,
        member_ids=(martin.organisation_id, bernard.organisation_id),
        chair_id=martin.id,
        rapporteur_ids=(bernard.id,),
        status="active",
    )
    referential.apply_group(referential.new_group(data))
    model = GroupTableModel()
    model.set_records(referential.groups())
    qtmodeltester.check(model)
    assert model.index(0, GroupTableModel.STATUS).data() == "Actif"
    assert model.index(0, GroupTableModel.CHAIR).data() == "Claire Martin"
    assert model.index(0, 0).data(RECORD_ROLE).name == "Équipement des écoles"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_empty_models(qtmodeltester) -> None:
    for model in (OrganisationTableModel(), DelegateTableModel(), GroupTableModel()):
        qtmodeltester.check(model)
        assert model.rowCount() == 0


def test_a_sorted_record_list_computes_each_rows_sort_key_once(qapp: object) -> None:
    @dataclass(frozen=True)
    class Item:
        name: str

    computed: list[str] = []

    def key(item: Item) -> str:
        computed.append(item.name)
        return item.name

    class Items(RecordTableModel[Item]):
        def columns(self) -> list[Column[Item]]:
            return [Column("Nom", lambda i: i.name, key)]

    model = Items()
    proxy = RecordSortModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    names = [f"n{(n * 7919) % 500:03d}" for n in range(500)]
    model.set_records([Item(n) for n in names])
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == sorted(names)
    assert len(computed) == 500  # once a row, not twice per comparison

    model.set_record(model.row_where(lambda i: i.name == "n000"), Item("z"))  # keys anew
    assert proxy.index(proxy.rowCount() - 1, 0).data() == "z"
    assert proxy.index(0, 0).data() == "n001"
