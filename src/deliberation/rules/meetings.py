"""Validation of meetings, agenda items and actions, with French messages."""

from __future__ import annotations

from datetime import date, timedelta

from deliberation.records.meetings import (
    ACTION_STATUSES,
    ATTENDANCE_STATUSES,
    ITEM_KINDS,
    LINK_KINDS,
    MEETING_KINDS,
    MEETING_STATUSES,
    ActionInput,
    AgendaItem,
    Attendance,
    MeetingInput,
)
from deliberation.rules.validation import NAME_MAX, check_line

MAX_ITEM_MINUTES = 480
TEXT_MAX = 20_000


def validate_meeting(data: MeetingInput, today: date | None = None) -> dict[str, str]:
    """Field → message for every rule the input breaks (empty when valid).

    With `today`, a meeting cannot be marked held before its day (the day itself is allowed).
    """
    errors: dict[str, str] = {}
    if data.kind not in MEETING_KINDS:
        errors["kind"] = "Choisissez le type de séance."
    elif data.kind == "group_session" and data.group_id is None:
        errors["group"] = "Choisissez le groupe de travail qui se réunit."
    elif data.kind == "plenary" and data.group_id is not None:
        errors["group"] = "Une réunion plénière réunit le comité, pas un groupe de travail."
    if data.status not in MEETING_STATUSES:
        errors["status"] = "Statut de séance inconnu."
    elif held_too_early(data, today):
        errors["status"] = "Une séance ne peut être marquée « Tenue » qu'à partir de son jour."
    if data.day is None:
        errors["day"] = "La date de la séance est obligatoire."
    if data.start is None:
        errors["start"] = "L'heure de début est obligatoire."
    if data.end is None:
        errors["end"] = "L'heure de fin est obligatoire."
    elif data.start is not None and data.end <= data.start:
        errors["end"] = "L'heure de fin doit être postérieure à l'heure de début."
    check_line(errors, "title", data.title, "L'intitulé", NAME_MAX)
    check_line(errors, "place", data.place, "Le lieu", NAME_MAX)
    link = data.video_link.strip()
    if link and (" " in link or "://" not in link):
        errors["video_link"] = (
            "Le lien de visioconférence doit être une adresse complète (https://…)."
        )
    return errors


def held_too_early(data: MeetingInput, today: date | None) -> bool:
    """Whether the input marks held a meeting whose day has not come yet."""
    return data.status == "held" and today is not None and data.day is not None and data.day > today


def validate_item(item: AgendaItem) -> dict[str, str]:
    errors: dict[str, str] = {}
    if item.kind not in ITEM_KINDS:
        errors["kind"] = "Un point est pour information, pour discussion ou pour décision."
    check_line(errors, "title", item.title, "L'intitulé", NAME_MAX,
               "L'intitulé du point est obligatoire.")  # fmt: skip
    if not 1 <= item.duration_minutes <= MAX_ITEM_MINUTES:
        errors["duration"] = (
            f"La durée d'un point doit être comprise entre 1 et {MAX_ITEM_MINUTES} minutes."
        )
    for text in (item.description, item.outcome, item.decision):
        if len(text) > TEXT_MAX:
            errors["text"] = f"Un texte ne doit pas dépasser {TEXT_MAX} caractères."
    for link in item.links:
        if link.kind not in LINK_KINDS or not link.target.strip():
            errors["links"] = "Un lien doit désigner un fichier, une adresse web ou une fiche."
    return errors


def validate_attendance(entry: Attendance) -> dict[str, str]:
    errors: dict[str, str] = {}
    if entry.status not in ATTENDANCE_STATUSES:
        errors["attendance"] = "Statut de présence inconnu."
    elif entry.status == "represented" and entry.represented_by_id is None:
        errors["attendance"] = "Indiquez l'organisation qui en représente une autre."
    elif entry.status == "represented" and entry.represented_by_id == entry.organisation_id:
        errors["attendance"] = "Une organisation ne peut pas se représenter elle-même."
    elif entry.status in ("excused", "absent", "pending") and entry.delegate_ids:
        errors["attendance"] = "Une organisation absente n'a pas de délégué présent."
    return errors


def validate_action(data: ActionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(errors, "title", data.title, "La description de l'action", 1000,
               "Décrivez l'action à mener.")  # fmt: skip
    if data.organisation_id is None and data.delegate_id is None:
        errors["owner"] = "Indiquez qui mène l'action : une organisation ou un délégué."
    if data.status not in ACTION_STATUSES:
        errors["status"] = "Statut d'action inconnu."
    return errors


def default_title(kind: str, group_name: str = "") -> str:
    """« Réunion plénière », or « Séance du groupe « Usages » » when no title is typed."""
    if kind == "group_session" and group_name:
        return f"Séance du groupe « {group_name} »"
    return MEETING_KINDS.get(kind, "Séance")


def one_year_before(day: date) -> date:
    """The day after the same day a year earlier: [result, day] spans twelve months."""
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        earlier = day.replace(year=day.year - 1, day=28)
    return earlier + timedelta(days=1)
