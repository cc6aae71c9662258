"""Amendments beside the text: those on the current paragraph (or all), and their decisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError, ExportError, ValidationError
from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.records.opinions import (
    AMENDMENT_ACTIONS,
    AMENDMENT_APPLIED,
    AMENDMENT_STATUSES,
    AmendmentInput,
    AmendmentRecord,
    Line,
)
from deliberation.rules.file_names import file_name, opinion_subject
from deliberation.rules.wording import numeric_date
from deliberation.services.referential import Referential
from deliberation.ui.kit.flow_layout import FlowLayout
from deliberation.ui.kit.localize import error_text, label_text, localized
from deliberation.ui.kit.messages import file_filter
from deliberation.ui.kit.pages import hide_unless
from deliberation.ui.kit.widgets import heading_label, open_dialog, segmented, tool_button
from deliberation.ui.opinions.amendment_dialog import AmendmentDialog, TableDialog, TreatmentDialog
from deliberation.ui.opinions.opinion_session import AMENDMENTS, OpinionSession
from deliberation.ui.opinions.review_cards import (
    CardList,
    ReviewsParagraphs,
    chip_html,
    diff_html,
    muted,
    text_html,
)

if TYPE_CHECKING:
    from deliberation.records.referential import OrganisationRecord
    from deliberation.services.opinions import Opinions
    from deliberation.ui.kit.messages import MessageService

STATUS_COLOURS = {
    "proposed": ("#dde8f8", "#1f3f73"),
    "accepted": ("#d9f0dd", "#1d5e2c"),
    "accepted_modified": ("#e6f0c8", "#3f5410"),
    "rejected": ("#f8d8d5", "#8c1d16"),
    "withdrawn": ("#ececea", "#55585c"),
}
DECISION_WORDS = {
    "accepted": QT_TRANSLATE_NOOP("AmendmentsPanel", "l'acceptation"),
    "accepted_modified": QT_TRANSLATE_NOOP("AmendmentsPanel", "l'acceptation avec modifications"),
    "rejected": QT_TRANSLATE_NOOP("AmendmentsPanel", "le rejet"),
    "withdrawn": QT_TRANSLATE_NOOP("AmendmentsPanel", "le retrait"),
    "proposed": QT_TRANSLATE_NOOP("AmendmentsPanel", "la réouverture"),
}
TREATMENT_COLOURS = {
    "favorable": "#1d5e2c",
    "unfavorable": "#8c1d16",
    "withdrawal_requested": "#7a5200",
    "satisfied": "#1f3f73",
}
# a name without suffix gets .docx
TABLE_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Tableaux des amendements (*.xlsx *.docx)")


class AmendmentsPanel(ReviewsParagraphs, QWidget):
    """The amendments of the opinion being edited, with the buttons that decide them.

    `AmendmentsPanel(opinions, referential, messages, parent=None)`; `set_session(session)`
    chooses the opinion, `show_paragraph(uuid)` the paragraph whose amendments are listed.
    « Tous les paragraphes » lists the opinion's amendments with their paragraph instead
    (proposed ones, or all). Accepting applies the change to the text and records the decision
    as ONE step of the session's undo stack.

    « Traitement proposé… » (Ctrl+Alt+T) records the treatment the rapporteur proposes for the
    selected amendment, with a note (one undo step); « Exporter le tableau des amendements… »
    writes the opinion's amendments' table as a Word table or a workbook.

    Signals:
        go_to(UUID): the user wants to see that paragraph in the text.
        count_changed(int): how many amendments are still proposed, after every reload.
        status_message(str): a short note for the status bar (the table was written).

    Attributes:
        cards: the CardList; `cards.current` is the selected amendment's id.
        all_paragraphs: the « Tous les paragraphes » check box.
        filters: Proposés (0) / Tous (1), shown with « Tous les paragraphes ».
        new_action, accept_action, modify_action, reject_action, withdraw_action,
            reopen_action, treat_action, export_action: the panel's actions (`new_action` is
            Ctrl+Alt+A, `treat_action` Ctrl+Alt+T).
        dialog: the last dialog opened (kept for tests).
    """

    TOPIC = AMENDMENTS
    go_to = Signal(object)
    count_changed = Signal(int)
    status_message = Signal(str)

    def __init__(
        self,
        opinions: Opinions,
        referential: Referential,
        messages: MessageService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opinions = opinions
        self.messages = messages
        self.referential = referential
        self.session: OpinionSession | None = None
        self.paragraph: UUID | None = None
        self.dialog: QDialog | None = None
        self._records: list[AmendmentRecord] = []
        self._refusal: dict[str, str] = {}
        # The paragraphs selected in the text (the workspace tells): the table's default choice.
        self.selection: Callable[[], Sequence[UUID]] = lambda: ()
        self._start_following()

        self.title = heading_label()
        self.all_paragraphs = QCheckBox(self.tr("&Tous les paragraphes"))
        self.all_paragraphs.toggled.connect(self._render)
        holder, self.filters = segmented([self.tr("Proposés"), self.tr("Tous")], self)
        self.filter_row = holder
        self.filters.idToggled.connect(self._render)
        self.cards = CardList(self.tr("Aucun amendement sur ce paragraphe."))
        self.cards.selected.connect(self._follow_selection)
        self.cards.clicked.connect(self._clicked)

        self.new_action = self._action(self.tr("&Nouvel amendement…"), self.new_amendment)
        self.new_action.setShortcut(QKeySequence("Ctrl+Alt+A"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setToolTip(self.tr("Nouvel amendement sur ce paragraphe (Ctrl+Alt+A)"))
        self.accept_action = self._action(self.tr("Accepter"), lambda: self.decide("accepted"))
        self.modify_action = self._action(self.tr("Accepter modifié…"), self.accept_modified)
        self.reject_action = self._action(self.tr("Rejeter"), lambda: self.decide("rejected"))
        self.withdraw_action = self._action(self.tr("Retirer"), lambda: self.decide("withdrawn"))
        self.reopen_action = self._action(self.tr("Rouvrir"), lambda: self.decide("proposed"))
        self.withdraw_action.setToolTip(self.tr("L'organisation a retiré son amendement"))
        self.treat_action = self._action(self.tr("&Traitement proposé…"), self.propose_treatment)
        self.treat_action.setShortcut(QKeySequence("Ctrl+Alt+T"))
        self.treat_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.treat_action.setToolTip(
            self.tr("Le traitement que le rapporteur propose au comité (Ctrl+Alt+T)")
        )
        self.export_action = self._action(
            self.tr("E&xporter le tableau des amendements…"), self.export_table
        )
        self.export_action.setToolTip(
            self.tr("Le tableau d'où le comité décide, en Word (.docx) ou en classeur (.xlsx)")
        )

        # The heading has its own line: beside the check box it wrapped a word per line.
        filters = FlowLayout()
        filters.addWidget(holder)
        filters.addWidget(self.all_paragraphs)
        buttons = FlowLayout()
        for action in (
            self.new_action,
            self.accept_action,
            self.modify_action,
            self.reject_action,
            self.withdraw_action,
            self.reopen_action,
            self.treat_action,
            self.export_action,
        ):
            buttons.addWidget(tool_button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.cards, 1)
        layout.addLayout(buttons)
        self.set_session(None)

    def allow_writes(self, allowed: bool) -> None:
        """Hide the new amendment and the decisions for a role that may not change opinions
        (the export stays)."""
        hide_unless(
            allowed,
            self.new_action,
            self.accept_action,
            self.modify_action,
            self.reject_action,
            self.withdraw_action,
            self.reopen_action,
            self.treat_action,
        )

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- what is shown --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the amendments again from the store."""
        if self.session is None:
            self._records, self._aliases = [], {}
        else:
            self._records = self.opinions.amendments(self.session.opinion_id)
            self._aliases = self.opinions.moved_aliases(self.session.opinion_id)
        self.count_changed.emit(self.open_count())
        self._refresh_view()

    def open_count(self) -> int:
        """How many amendments are still to be decided."""
        return sum(1 for r in self._records if r.status == "proposed")

    def visible_records(self) -> list[AmendmentRecord]:
        """The amendments listed now, in the order of the text."""
        if self.all_paragraphs.isChecked():
            found = list(self._records)
            if self.filters.checkedId() == 0:
                found = [r for r in found if r.status == "proposed"]
        elif self.paragraph is None:
            found = []
        else:
            found = [
                r for r in self._records if self._live.resolve(r.paragraph_uuid) == self.paragraph
            ]
        return sorted(found, key=lambda r: (self._live.position(r.paragraph_uuid), r.id))

    def _render(self, *_args: object) -> None:
        every = self.all_paragraphs.isChecked()
        self.filter_row.setVisible(every)
        if every:
            self.title.setText(self.tr("Amendements de l'avis"))
            self.cards.empty_text = (
                self.tr("Aucun amendement à trancher.")
                if self.filters.checkedId() == 0
                else self.tr("Aucun amendement sur cet avis.")
            )
        else:
            label = self._live.label(self.paragraph) if self.paragraph else ""
            self.title.setText(
                self.tr("Amendements — %1").replace("%1", label)
                if label
                else self.tr("Amendements")
            )
            self.cards.empty_text = (
                self.tr("Aucun amendement sur ce paragraphe.")
                if self.paragraph
                else self.tr("Placez le curseur dans un paragraphe pour voir ses amendements.")
            )
        records = self.visible_records()
        self.cards.set_cards([(r.id, self._html(r, every)) for r in records])
        self._follow_selection()

    def _html(self, record: AmendmentRecord, every: bool) -> str:
        """One amendment as rich text: who, what, its status, the change, why, the decision."""
        status = record.status
        background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["withdrawn"])
        head = (
            f"<b>{escape(record.organisation_acronym or '?')}</b> · "
            f"{escape(label_text(AMENDMENT_ACTIONS.get(record.action, record.action)))} "
            + chip_html(label_text(AMENDMENT_STATUSES.get(status, status)), background, foreground)
        )
        when = self.tr("reçu le %1").replace("%1", numeric_date(record.proposed_on))
        if record.author:
            when += self.tr(", rédigé par %1").replace("%1", record.author)
        parts = []
        live = self._live.resolve(record.paragraph_uuid)
        if every or live is None:
            where = self._live.label(live) if live else self.tr("paragraphe supprimé du texte")
            colour = "#8c1d16" if live is None else "#1f3f73"
            parts.append(f"<span style='color:{colour};'>{escape(where)}</span>")
        parts.append(f"{head}<br>{muted(escape(when))}")
        parts.append(self._change_html(record, live))
        if record.justification:
            parts.append(
                f"{muted(escape(self.tr('Justification :')))} {text_html(record.justification)}"
            )
        parts.append(self._treatment_html(record))
        if record.status != "proposed":
            decision = (
                self.tr("%1 le %2")
                .replace("%1", label_text(AMENDMENT_STATUSES.get(status, status)))
                .replace("%2", numeric_date(record.decided_on))
            )
            if record.decided_by:
                decision += self.tr(" par %1").replace("%1", record.decided_by)
            if record.decision_note:
                decision += f" — {record.decision_note}"
            parts.append(muted(escape(decision)))
        return "<br>".join(p for p in parts if p)

    def _treatment_html(self, record: AmendmentRecord) -> str:
        """« Traitement proposé : Favorable — note », coloured after the treatment."""
        label = escape(self.tr(record.treatment_label))
        colour = TREATMENT_COLOURS.get(record.treatment)
        shown = f"<b style='color:{colour};'>{label}</b>" if colour else muted(label)
        html = f"{muted(escape(self.tr('Traitement proposé :')))} {shown}"
        if record.treatment_note:
            html += f" — {text_html(record.treatment_note)}"
        return html

    def _change_html(self, record: AmendmentRecord, live: UUID | None) -> str:
        """The proposal shown as a word diff: against the current text while it is proposed,
        against the text of the time once decided."""
        current = self._live.text(live) if live is not None else record.original
        base = current if record.status == "proposed" else record.original
        proposed = "\n".join(line.text for line in record.lines)
        if record.action == "delete":
            shown = diff_html(base, "")
        elif record.action == "insert_after":
            shown = diff_html("", proposed)
        else:
            shown = diff_html(base, proposed)
        html = shown
        if record.status == "accepted_modified":
            retained = "\n".join(line.text for line in record.applied)
            versus = "" if record.action == "insert_after" else record.original
            html += f"<br>{muted(escape(self.tr('Texte retenu :')))} {diff_html(versus, retained)}"
        return html

    # -- selection ------------------------------------------------------------------------------

    def selected(self) -> AmendmentRecord | None:
        key = self.cards.current
        return next((r for r in self._records if r.id == key), None)

    def select(self, amendment_id: int) -> None:
        self.cards.select(amendment_id)

    def _follow_selection(self, *_args: object) -> None:
        record = self.selected()
        proposed = record is not None and record.status == "proposed"
        self.new_action.setEnabled(self.session is not None and self.paragraph is not None)
        self.accept_action.setEnabled(proposed)
        self.modify_action.setEnabled(proposed and record is not None and record.action != "delete")
        self.reject_action.setEnabled(proposed)
        self.withdraw_action.setEnabled(proposed)
        self.reopen_action.setEnabled(record is not None and not proposed)
        self.treat_action.setEnabled(record is not None)
        self.export_action.setEnabled(self.session is not None and bool(self._records))

    def _clicked(self, key: object) -> None:
        record = self.selected()
        self._show_in_text(record.paragraph_uuid if record else None)

    # -- new amendments -------------------------------------------------------------------------

    def organisations(self) -> list[OrganisationRecord]:
        """Members first (by acronym), then the other organisations."""
        found = self.referential.organisations()
        return sorted(found, key=lambda o: (not o.is_member, o.acronym.casefold()))

    def new_amendment(self) -> None:
        """Open the dialog recording an amendment on the current paragraph."""
        session = self.session
        if session is None or self.paragraph is None:
            return
        paragraph = self._live.paragraph(self.paragraph)
        if paragraph is None:
            paragraph = next((p for p in session.paragraphs() if p.uuid == self.paragraph), None)
        if paragraph is None:
            return

        def commit(data: AmendmentInput) -> None:
            if not session.flush():  # a new paragraph must reach the store first
                raise ValidationError(
                    {"paragraph": self.tr("Le texte n'a pas pu être enregistré.")}
                )
            record = self.opinions.new_amendment(session.opinion_id, data)
            organisation = dialog.organisation.currentText().partition(" — ")[0]
            saved = session.record_command(
                self.tr("l'amendement de %1").replace("%1", organisation),
                frozenset({AMENDMENTS}),
                None,
                record,
                self.opinions.apply_amendment,
                self.opinions.remove_amendment,
            )
            self.select(saved.id)

        dialog = AmendmentDialog(
            paragraph,
            self._live.label(paragraph.uuid) or self.tr("Paragraphe"),
            self.organisations(),
            commit,
            self.opinions.today,
            parent=self,
        )
        self.dialog = open_dialog(self.dialog, dialog)

    # -- decisions ------------------------------------------------------------------------------

    def accept_modified(self) -> None:
        """Open the dialog where the proposal is edited into the text retained."""
        record = self.selected()
        if record is None or self.session is None:
            return
        live = self._live.resolve(record.paragraph_uuid)
        paragraph = self._live.paragraph(live) if live else None
        label = self._live.label(live) if live else self.tr("Paragraphe supprimé")

        def commit(lines: tuple[Line, ...], note: str) -> None:
            if not self.decide("accepted_modified", lines, note, record, quiet=True):
                raise ValidationError(self._refusal)

        dialog = AmendmentDialog(
            paragraph, label, [], commit, self.opinions.today, amendment=record, parent=self
        )
        self.dialog = open_dialog(self.dialog, dialog)

    def decide(
        self,
        status: str,
        applied: tuple[Line, ...] | None = None,
        note: str = "",
        record: AmendmentRecord | None = None,
        quiet: bool = False,
    ) -> bool:
        """Record a decision on the selected amendment; accepting changes the text in the same
        undo step. A refusal is shown (or kept in `_refusal` when `quiet`); False then."""
        session = self.session
        before = record or self.selected()
        if session is None or before is None:
            return False
        self._refusal = {}
        if (
            status == "proposed"
            and before.status in AMENDMENT_APPLIED
            and not self.messages.confirm(
                self,
                self.tr("Rouvrir cet amendement ne retire pas son texte de l'avis. Pour revenir au "
                        "texte d'avant, annulez plutôt l'acceptation (Ctrl+Z)."),
                self.tr("Rouvrir"),
            )
        ):  # fmt: skip
            return False
        live = session.paragraphs()
        try:
            after, change = self.opinions.decided(before, status, live, applied, note)
        except ValidationError as exc:
            return self._refuse(exc.messages, quiet)
        if (
            change is not None
            and change.action == "insert_after"
            and any(p.uuid == change.new_uuid for p in live)
        ):  # accepted, reopened, accepted again: the text already holds that identity
            change = replace(change, new_uuid=None)
        label = (
            self.tr("%1 de l'amendement de %2")
            .replace("%1", label_text(DECISION_WORDS[status], "AmendmentsPanel"))
            .replace("%2", before.organisation_acronym or "?")
        )
        stack = session.undo_stack
        stack.beginMacro(label)
        try:
            if change is not None:
                session.apply_change(change, label)
                if change.action == "insert_after" and change.new_uuid is None:
                    after = replace(after, inserted_uuid=self._inserted(live, session))
            session.record_command(
                label,
                frozenset({AMENDMENTS}),
                before,
                after,
                self.opinions.apply_amendment,
                self.opinions.remove_amendment,
            )
        except (DeliberationError, LookupError) as exc:
            stack.endMacro()
            stack.undo()  # takes the text change back
            stack.command(stack.index()).setObsolete(True)
            stack.redo()  # drops the failed step instead of redoing it
            return self._refuse({"": error_text(exc)}, quiet)
        stack.endMacro()
        self.select(after.id)
        return True

    @staticmethod
    def _inserted(before: list[Any], session: OpinionSession) -> UUID | None:
        known = {p.uuid for p in before}
        return next((p.uuid for p in session.paragraphs() if p.uuid not in known), None)

    # -- the rapporteur's treatment, the table -----------------------------------------------------

    def propose_treatment(self) -> None:
        """Open the dialog where the rapporteur's proposed treatment and its note are set."""
        record = self.selected()
        session = self.session
        if record is None or session is None:
            return
        live = self._live.resolve(record.paragraph_uuid)
        label = self._live.label(live) if live else self.tr("Paragraphe supprimé")

        def commit(treatment: str, note: str) -> None:
            after = self.opinions.treated(record, treatment, note)
            wanted = (after.treatment, after.treatment_note)

            def apply(target: AmendmentRecord) -> AmendmentRecord:
                going = (target.treatment, target.treatment_note) == wanted
                return self.opinions.apply_treatment(target, record if going else after)

            saved = session.record_command(
                self.tr("le traitement proposé de l'amendement de %1").replace(
                    "%1", record.organisation_acronym or "?"
                ),
                frozenset({AMENDMENTS}),
                record,
                after,
                apply,
                lambda _record: None,  # never called: the amendment existed before
            )
            self.select(saved.id)

        dialog = TreatmentDialog(record, label, commit, parent=self)
        self.dialog = open_dialog(self.dialog, dialog)

    def export_table(self) -> None:
        """Ask which paragraphs (those selected in the text, else the whole opinion) and where,
        then write the amendments' table (.docx or .xlsx)."""
        session = self.session
        if session is None:
            return
        if not session.flush():  # the table reads the text as stored
            self.messages.error(self, self.tr("Le texte n'a pas pu être enregistré."))
            return
        from deliberation.services.amendments_export import paragraph_names

        wanted = paragraph_names(self.opinions, session.opinion_id, self.selection())
        dialog = TableDialog(wanted, lambda typed: self._export_table(session, typed), self)
        self.dialog = open_dialog(self.dialog, dialog)

    def _export_table(self, session: OpinionSession, wanted: str) -> None:
        """The table of the paragraphs typed (« 3-6, R2 »; blank: all), written where the user
        says; an unknown number is refused under the field, before anything is asked."""
        from deliberation.services.amendments_export import export_amendments, paragraph_choice

        try:
            chosen = paragraph_choice(self.opinions, session.opinion_id, wanted)
        except ExportError as exc:
            raise ValidationError({"paragraphs": error_text(exc)}) from exc
        what = "tableau-des-amendements"
        if chosen is not None:
            tokens = ("".join(c for c in t if c.isalnum() or c == "-") for t in wanted.split(","))
            what += "-" + "-".join(t for t in tokens if t)  # « 3-6, R2 » → …-3-6-r2
        snap = self.opinions.opinion(session.opinion_id)
        path = self.messages.save_file(
            self,
            self.tr("Exporter le tableau des amendements"),
            file_name(opinion_subject(snap.kind, snap.title), what, suffix=".docx"),
            file_filter(TABLE_FILTER),
        )
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_amendments(
                self.opinions, self.referential, session.opinion_id, path, chosen
            )
        except DeliberationError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.messages.error(self, error_text(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.status_message.emit(
            self.tr("Tableau des amendements enregistré dans %1.").replace("%1", str(written))
        )

    def _refuse(self, messages: dict[str, str], quiet: bool) -> bool:
        self._refusal = messages
        if not quiet:
            self.messages.error(self, " ".join(localized(text) for text in messages.values()))
        return False
