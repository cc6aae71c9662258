"""The items a returned Word file brings, as the import dialog lists and details them."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from deliberation.rules.wording import numeric_date
from deliberation.services.review_import import ReturnItem
from deliberation.ui.kit.dates import moment_with_clock
from deliberation.ui.kit.labels import shortened
from deliberation.ui.kit.table_model import AnyIndex, Column, RecordTableModel

TEXT_LIMIT = 90
CHANGED_COLOUR = "#9a5b00"


ACTIONS = {
    "replace": str(QT_TRANSLATE_NOOP("review_import_dialog", "Amendement : remplacer")),
    "insert_after": str(QT_TRANSLATE_NOOP("review_import_dialog", "Amendement : insérer après")),
    "delete": str(QT_TRANSLATE_NOOP("review_import_dialog", "Amendement : supprimer")),
}
STATUSES = {
    "new": str(QT_TRANSLATE_NOOP("review_import_dialog", "nouveau")),
    "already": str(QT_TRANSLATE_NOOP("review_import_dialog", "déjà importé")),
    "orphan": str(QT_TRANSLATE_NOOP("review_import_dialog", "paragraphe supprimé depuis l'export")),
}


def kind_text(item: ReturnItem) -> str:
    if item.kind == "comment":
        return (
            QCoreApplication.translate("review_import_dialog", "Réponse")
            if item.origin == "reply"
            else QCoreApplication.translate("review_import_dialog", "Commentaire")
        )
    text = QCoreApplication.translate("review_import_dialog", ACTIONS.get(item.action, item.action))
    return (
        text + QCoreApplication.translate("review_import_dialog", " (sans suivi)")
        if item.origin == "direct"
        else text
    )


def author_text(item: ReturnItem) -> str:
    when = f"{numeric_date(item.written_at.astimezone())}" if item.written_at else ""
    return ", ".join(part for part in (item.author, when) if part)


def item_text(item: ReturnItem) -> str:
    """The text as one line: a comment after its anchored words, a deletion as what goes."""
    if item.kind == "comment" and item.anchor:
        text = (
            QCoreApplication.translate("review_import_dialog", "« %1 » : %2")
            .replace("%1", shortened(item.anchor, 40))
            .replace("%2", item.text)
        )
    elif item.action == "delete":
        text = QCoreApplication.translate("review_import_dialog", "(supprimer) %1").replace(
            "%1", item.original
        )
    else:
        text = item.text
    return shortened(text, TEXT_LIMIT)


def status_text(item: ReturnItem) -> str:
    text = QCoreApplication.translate(
        "review_import_dialog", STATUSES.get(item.status, item.status)
    )
    if item.changed_since_export and item.status != "orphan":
        text += " · " + QCoreApplication.translate(
            "review_import_dialog", "modifié depuis l'export"
        )
    return text


class ReturnItemsModel(RecordTableModel[ReturnItem]):
    """The items of a returned file: paragraph, kind, author and date, text, status.

    Items already imported, or whose paragraph left the text, are greyed.
    """

    PARAGRAPH, KIND, AUTHOR, TEXT, STATUS = range(5)

    def columns(self) -> list[Column[ReturnItem]]:
        return [
            Column(self.tr("Paragraphe"), lambda i: i.paragraph_label[:1].upper()
                   + i.paragraph_label[1:]),
            Column(self.tr("Nature"), kind_text),
            Column(self.tr("Auteur et date"), author_text,
                   sort_key=lambda i: i.written_at.isoformat() if i.written_at else ""),
            Column(self.tr("Texte"), item_text, tooltip=lambda i: i.note),
            Column(self.tr("État"), status_text),
        ]  # fmt: skip

    def is_muted(self, record: ReturnItem) -> bool:
        return record.status != "new"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.STATUS
            and index.row() < self.rowCount()
        ):
            item = self.record(index.row())
            if item.status == "new" and item.changed_since_export:
                return QBrush(QColor(CHANGED_COLOUR))  # look twice: the text moved since
        return super().data(index, role)


def detail_html(item: ReturnItem) -> str:
    """The selected item in full: what it is, where, by whom, the exported and proposed texts."""
    head = f"<b>{escape(kind_text(item))}</b> — {escape(item.paragraph_label)}"
    parts = [head]
    who = item.author
    if item.written_at is not None:
        who = (
            f"{who}, {moment_with_clock(item.written_at)}"
            if who
            else moment_with_clock(item.written_at)
        )
    parts.append(f"<i>{escape(who)}</i> · {escape(status_text(item))}" if who else
                 escape(status_text(item)))  # fmt: skip
    if item.note:
        parts.append(escape(item.note))
    if item.kind == "comment":
        if item.anchor:
            parts.append(
                escape(
                    QCoreApplication.translate(
                        "review_import_dialog", "Sur les mots : « %1 »"
                    ).replace("%1", item.anchor)
                )
            )
        parts.append("<br>".join(escape(line) for line in item.text.split("\n")))
    else:
        if item.original:
            label = QCoreApplication.translate("review_import_dialog", "Texte exporté :")
            parts.append(
                f"{escape(label)}<br><span style='color:#666'>{escape(item.original)}</span>"
            )
        if item.action != "delete":
            label = QCoreApplication.translate("review_import_dialog", "Texte proposé :")
            parts.append(
                f"{escape(label)}<br>" + "<br>".join(escape(line) for line in item.text.split("\n"))
            )
    return "<p>" + "</p><p>".join(parts) + "</p>"
