"""Two linked combo boxes choosing an organisation and/or one of its delegates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QSizePolicy

from deliberation.ui.kit.labels import fold

if TYPE_CHECKING:
    from deliberation.services.referential import Referential


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class PersonFields(QObject):
    """An organisation combo and a delegate combo: who presents an item or carries an action.

    The delegates offered are those of the chosen organisation (all of them when none is
    chosen); choosing a delegate first sets the organisation to theirs. Former members and
    delegates who no longer sit are offered only when already chosen.

    Attributes:
        organisation, delegate: the two combo boxes (data: the id, or None).
    """

    def __init__(
        self,
        referential: Referential,
        organisation_id: int | None = None,
        delegate_id: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.organisation = _combo()
        self.delegate = _combo()
        self._delegates = [d for d in referential.delegates() if d.active or d.id == delegate_id]
        self._delegates.sort(key=lambda d: (fold(d.organisation_acronym), fold(d.last_name)))
        self.organisation.addItem(self.tr("(aucune)"), None)
        organisations = sorted(
            (o for o in referential.organisations() if o.is_member or o.id == organisation_id),
            key=lambda o: fold(o.acronym),
        )
        for org in organisations:
            self.organisation.addItem(f"{org.acronym} — {org.name}", org.id)
        self.organisation.setCurrentIndex(max(self.organisation.findData(organisation_id), 0))
        self._fill_delegates(delegate_id)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.delegate.activated.connect(self._delegate_chosen)

    def organisation_id(self) -> int | None:
        value = self.organisation.currentData()
        return int(value) if value is not None else None

    def delegate_id(self) -> int | None:
        value = self.delegate.currentData()
        return int(value) if value is not None else None

    def set_people(self, organisation_id: int | None, delegate_id: int | None) -> None:
        self.organisation.setCurrentIndex(max(self.organisation.findData(organisation_id), 0))
        self._fill_delegates(delegate_id)

    def _fill_delegates(self, delegate_id: int | None) -> None:
        org = self.organisation_id()
        self.delegate.blockSignals(True)
        self.delegate.clear()
        self.delegate.addItem(self.tr("(aucun)"), None)
        for d in self._delegates:
            if org is None or d.organisation_id == org:
                label = f"{d.first_name} {d.last_name} ({d.organisation_acronym})"
                self.delegate.addItem(label, d.id)
        self.delegate.setCurrentIndex(max(self.delegate.findData(delegate_id), 0))
        self.delegate.blockSignals(False)

    def _organisation_changed(self, _index: int) -> None:
        self._fill_delegates(self.delegate_id())

    def _delegate_chosen(self, _index: int) -> None:
        chosen = self.delegate_id()
        if chosen is None or self.organisation_id() is not None:
            return
        owner = next((d.organisation_id for d in self._delegates if d.id == chosen), None)
        self.organisation.setCurrentIndex(max(self.organisation.findData(owner), 0))
