"""Exporting the actions, the attendance over a period and the members' directory (Word or
spreadsheet, chosen by the suffix)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from deliberation.exports.register import (
    Register,
    RegisterColumn,
    RegisterGroup,
    write_register_docx,
    write_register_xlsx,
)
from deliberation.records.meetings import ACTION_STATUSES
from deliberation.records.referential import DELEGATE_ROLES
from deliberation.rules.meetings import one_year_before
from deliberation.rules.wording import count, long_date, plural
from deliberation.services.amendments_export import checked_target

if TYPE_CHECKING:
    from deliberation.services.root import Root

ACTIONS_OPEN = "Actions en cours"
ACTIONS_ALL = "Actions"
ATTENDANCE = "Assiduité"
DIRECTORY = "Annuaire des membres"


def write_register(register: Register, target: Path) -> Path:
    """Write a register gathered already, as Word or as a workbook after the target's suffix."""
    target = checked_target(target)
    if target.suffix.lower() == ".docx":
        return write_register_docx(register, target)
    return write_register_xlsx(register, target)


def _committee(root: Root) -> str:
    body = root.referential.body()
    return (body.name if body else "") or "Comité"


# -- actions -------------------------------------------------------------------------------------


def actions_register(root: Root, open_only: bool = True) -> Register:
    """The actions (those still open, or all), by due date: what, agreed in which meeting, who
    carries it, by when, its status (« en retard » past its due date)."""
    meetings = root.meetings
    today = meetings.today
    actions = meetings.actions(open_only=open_only)
    rows = []
    for action in actions:
        status = ACTION_STATUSES.get(action.status, action.status)
        if action.is_overdue(today):
            status += ", en retard"  # as the Actions tab says it
        what = action.title + (f"\n{action.note}" if action.note else "")
        rows.append((what, action.meeting_label, action.owner_label, action.due_date, status))
    still_open = sum(1 for a in actions if a.is_open)
    late = sum(1 for a in actions if a.is_overdue(today))
    summary = plural(still_open, "%n en cours", "%n en cours")
    if not open_only:
        summary = f"{count(len(actions), 'action')}, dont {summary}"
    if late:
        summary += f", dont {late} en retard" if open_only else f" et {late} en retard"
    return Register(
        document=ACTIONS_OPEN if open_only else ACTIONS_ALL,
        committee=_committee(root),
        today=today,
        facts=(("Actions", summary),),
        columns=(
            RegisterColumn("Action", 7.0, 50),
            RegisterColumn("Séance", 3.6, 26),
            RegisterColumn("Porteur", 3.6, 26),
            RegisterColumn("Échéance", 2.2, 12, kind="date"),
            RegisterColumn("Statut", 2.6, 18),
        ),
        groups=(RegisterGroup("", tuple(rows)),),
        empty="Aucune action en cours." if open_only else "Aucune action enregistrée.",
        landscape=True,
        keywords="actions, suivi, séances",
    )


def export_actions(root: Root, target: Path, open_only: bool = True) -> Path:
    """Write the actions to `target` (.docx or .xlsx); its path. A wrong suffix raises
    ExportError (one French sentence) before anything is read."""
    checked_target(target)
    return write_register(actions_register(root, open_only), target)


# -- attendance ----------------------------------------------------------------------------------


def attendance_register(
    root: Root,
    start: date | None = None,
    end: date | None = None,
    group_id: int | None = None,
    plenary_only: bool = False,
) -> Register:
    """Per organisation, over [start, end] (the last twelve months by default) and for one body
    or all: the meetings it was convened to, and how often present, represented, excused,
    absent or not recorded, with its attendance rate. Cancelled and postponed meetings do not
    count. An unknown group raises the store's NotFoundError."""
    meetings = root.meetings
    today = meetings.today
    end = end or today
    start = start or one_year_before(end)
    if group_id is not None:
        body = root.referential.group(group_id).name
    else:
        body = "Plénière" if plenary_only else "Toutes les instances"
    tallies = meetings.attendance_tallies(start, end, group_id, plenary_only)
    names = {o.id: o.name for o in root.referential.organisations()}
    held = [
        m
        for m in meetings.meetings(start, end, group_id, plenary_only)
        if m.status not in ("cancelled", "postponed")
    ]
    rows = tuple(
        (
            t.acronym,
            names.get(t.organisation_id, ""),
            t.convened,
            t.present,
            t.represented,
            t.excused,
            t.absent,
            t.pending,
            t.rate,
        )
        for t in tallies
    )
    number = RegisterColumn  # the counts' columns, narrow and centred
    return Register(
        document=ATTENDANCE,
        committee=_committee(root),
        today=today,
        facts=(
            ("Période", f"du {long_date(start, False)} au {long_date(end, False)}"),
            ("Instance", body),
            ("Séances", count(len(held), "séance tenue ou prévue", "séances tenues ou prévues")),
        ),
        columns=(
            RegisterColumn("Sigle", 2.6, 14),  # the Assiduité tab's headings
            RegisterColumn("Organisation", 7.0, 44),
            number("Convoquée", 2.1, 11, kind="number"),
            number("Présente", 2.1, 10, kind="number"),
            number("Représentée", 2.3, 12, kind="number"),
            number("Excusée", 2.1, 10, kind="number"),
            number("Absente", 2.1, 10, kind="number"),
            number("Non renseignée", 2.3, 12, kind="number"),
            number("Taux de présence", 2.3, 12, kind="rate"),
        ),
        groups=(RegisterGroup("", rows),),
        empty="Aucune présence enregistrée sur cette période pour cette instance.",
        landscape=True,
        keywords="assiduité, présences, séances",
    )


def export_attendance(
    root: Root,
    target: Path,
    start: date | None = None,
    end: date | None = None,
    group_id: int | None = None,
    plenary_only: bool = False,
) -> Path:
    """Write the attendance over the period to `target` (.docx or .xlsx); its path."""
    checked_target(target)
    return write_register(attendance_register(root, start, end, group_id, plenary_only), target)


# -- directory -----------------------------------------------------------------------------------


def directory_register(root: Root) -> Register:
    """The member organisations (by acronym) with their active delegates: role, function and
    e-mail address."""
    referential = root.referential
    members = sorted(
        (o for o in referential.organisations() if o.is_member),
        key=lambda o: o.acronym.casefold(),
    )
    by_org: dict[int, list] = defaultdict(list)
    for delegate in referential.delegates():
        if delegate.active:
            by_org[delegate.organisation_id].append(delegate)
    groups = []
    people = 0
    for org in members:
        delegates = sorted(
            by_org.get(org.id, []),
            key=lambda d: (d.role != "titular", d.last_name.casefold(), d.first_name.casefold()),
        )
        people += len(delegates)
        rows = tuple(
            (d.full_name, DELEGATE_ROLES.get(d.role, d.role), d.function, d.email)
            for d in delegates
        ) or (("Aucun délégué désigné", "", "", ""),)
        heading = (
            f"{org.acronym} – {org.name}" if org.name and org.name != org.acronym else (org.acronym)
        )
        groups.append(RegisterGroup(heading, rows))
    return Register(
        document=DIRECTORY,
        committee=_committee(root),
        today=referential.today,
        facts=(("Membres", f"{count(len(members), 'organisation')}, {count(people, 'délégué')}"),),
        columns=(
            RegisterColumn("Délégué", 4.0, 26),
            RegisterColumn("Rôle", 2.0, 11),
            RegisterColumn("Fonction", 4.6, 40),
            RegisterColumn("Courriel", 6.4, 38),
        ),
        groups=tuple(groups),
        group_column=RegisterColumn("Organisation", 0, 46),
        empty="Aucune organisation membre.",
        keywords="annuaire, membres, délégués",
    )


def export_directory(root: Root, target: Path) -> Path:
    """Write the members' directory to `target` (.docx or .xlsx); its path."""
    checked_target(target)
    return write_register(directory_register(root), target)


__all__ = [
    "actions_register",
    "attendance_register",
    "directory_register",
    "export_actions",
    "export_attendance",
    "export_directory",
    "write_register",
]
