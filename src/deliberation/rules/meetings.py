"""Validation of meetings, agenda items and actions, with French messages."""

from __future__ import annotations

from datetime import date, timedelta

from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence
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
from deliberation.rules.wording import numeric_date

MAX_ITEM_MINUTES = 480
TEXT_MAX = 20_000


def validate_meeting(data: MeetingInput, today: date | None = None) -> dict[str, str]:
    """Field → message for every rule the input breaks (empty when valid).

    With `today`, a meeting cannot be marked held before its day (the day itself is allowed).
    """
    errors: dict[str, str] = {}
    if data.kind not in MEETING_KINDS:
        errors["kind"] = QT_TRANSLATE_NOOP("errors", "Choisissez le type de séance.")
    elif data.kind == "group_session" and data.group_id is None:
        errors["group"] = QT_TRANSLATE_NOOP(
            "errors", "Choisissez le groupe de travail qui se réunit."
        )
    elif data.kind == "plenary" and data.group_id is not None:
        errors["group"] = QT_TRANSLATE_NOOP(
            "errors", "Une réunion plénière réunit le comité, pas un groupe de travail."
        )
    if data.status not in MEETING_STATUSES:
        errors["status"] = QT_TRANSLATE_NOOP("errors", "Statut de séance inconnu.")
    elif held_too_early(data, today):
        errors["status"] = QT_TRANSLATE_NOOP(
            "errors", "Une séance ne peut être marquée « Tenue » qu'à partir de son jour."
        )
    if data.day is None:
        errors["day"] = QT_TRANSLATE_NOOP("errors", "La date de la séance est obligatoire.")
    if data.start is None:
        errors["start"] = QT_TRANSLATE_NOOP("errors", "L'heure de début est obligatoire.")
    if data.end is None:
        errors["end"] = QT_TRANSLATE_NOOP("errors", "L'heure de fin est obligatoire.")
    elif data.start is not None and data.end <= data.start:
        errors["end"] = QT_TRANSLATE_NOOP(
            "errors", "L'heure de fin doit être postérieure à l'heure de début."
        )
    check_line(errors, "title", data.title, QT_TRANSLATE_NOOP("errors", "L'intitulé"), NAME_MAX)
    check_line(errors, "place", data.place, QT_TRANSLATE_NOOP("errors", "Le lieu"), NAME_MAX)
    link = data.video_link.strip()
    if link and (" " in link or "://" not in link):
        errors["video_link"] = QT_TRANSLATE_NOOP(
            "errors", "Le lien de visioconférence doit être une adresse complète (https://…)."
        )
    return errors


def held_too_early(data: MeetingInput, today: date | None) -> bool:
    """Whether the input marks held a meeting whose day has not come yet."""
    return data.status == "held" and today is not None and data.day is not None and data.day > today


def validate_item(item: AgendaItem) -> dict[str, str]:
    errors: dict[str, str] = {}
    if item.kind not in ITEM_KINDS:
        errors["kind"] = QT_TRANSLATE_NOOP(
            "errors", "Un point est pour information, pour discussion ou pour décision."
        )
    check_line(
        errors,
        "title",
        item.title,
        QT_TRANSLATE_NOOP("errors", "L'intitulé"),
        NAME_MAX,
        QT_TRANSLATE_NOOP("errors", "L'intitulé du point est obligatoire."),
    )
    if not 1 <= item.duration_minutes <= MAX_ITEM_MINUTES:
        errors["duration"] = Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "La durée d'un point doit être comprise entre 1 et {MAX_ITEM_MINUTES} minutes.",
            ),
            MAX_ITEM_MINUTES=MAX_ITEM_MINUTES,
        )
    for text in (item.description, item.outcome, item.decision):
        if len(text) > TEXT_MAX:
            errors["text"] = Sentence(
                QT_TRANSLATE_NOOP("errors", "Un texte ne doit pas dépasser {TEXT_MAX} caractères."),
                TEXT_MAX=TEXT_MAX,
            )
    for link in item.links:
        if link.kind not in LINK_KINDS or not link.target.strip():
            errors["links"] = QT_TRANSLATE_NOOP(
                "errors", "Un lien doit désigner un fichier, une adresse web ou une fiche."
            )
    return errors


def validate_attendance(entry: Attendance) -> dict[str, str]:
    errors: dict[str, str] = {}
    if entry.status not in ATTENDANCE_STATUSES:
        errors["attendance"] = QT_TRANSLATE_NOOP("errors", "Statut de présence inconnu.")
    elif entry.status == "represented" and entry.represented_by_id is None:
        errors["attendance"] = QT_TRANSLATE_NOOP(
            "errors", "Indiquez l'organisation qui en représente une autre."
        )
    elif entry.status == "represented" and entry.represented_by_id == entry.organisation_id:
        errors["attendance"] = QT_TRANSLATE_NOOP(
            "errors", "Une organisation ne peut pas se représenter elle-même."
        )
    elif entry.status in ("excused", "absent", "pending") and entry.delegate_ids:
        errors["attendance"] = QT_TRANSLATE_NOOP(
            "errors", "Une organisation absente n'a pas de délégué présent."
        )
    return errors


def validate_action(data: ActionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    check_line(
        errors,
        "title",
        data.title,
        QT_TRANSLATE_NOOP("errors", "La description de l'action"),
        1000,
        QT_TRANSLATE_NOOP("errors", "Décrivez l'action à mener."),
    )
    if data.organisation_id is None and data.delegate_id is None:
        errors["owner"] = QT_TRANSLATE_NOOP(
            "errors", "Indiquez qui mène l'action : une organisation ou un délégué."
        )
    if data.status not in ACTION_STATUSES:
        errors["status"] = QT_TRANSLATE_NOOP("errors", "Statut d'action inconnu.")
    return errors


def default_title(kind: str, group_name: str = "") -> str:
    """« Réunion plénière », or « Séance du groupe « Usages » » when no title is typed."""
    if kind == "group_session" and group_name:
        return f"Séance du groupe « {group_name} »"
    return MEETING_KINDS.get(kind, "Séance")


def meeting_label(kind: str, group_name: str | None, title: str, day: date) -> Sentence:
    """« Réunion plénière du 06/04/2027 »: the title, else the group's name, else the kind (a
    Sentence: the window shows it in its language, the kind's label translated too)."""
    name: str = title or group_name or Sentence.in_context("labels", MEETING_KINDS.get(kind, kind))
    return Sentence.in_context(
        "labels", QT_TRANSLATE_NOOP("labels", "{name} du {day}"), name=name, day=numeric_date(day)
    )


def one_year_before(day: date) -> date:
    """The day after the same day a year earlier: [result, day] spans twelve months."""
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        earlier = day.replace(year=day.year - 1, day=28)
    return earlier + timedelta(days=1)
