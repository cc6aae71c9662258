"""The Opinions area: the opinions beside the selected one's description and its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.errors import DeliberationError
from deliberation.records.opinions import OPINION_KINDS, OPINION_STATUSES
from deliberation.rules.wording import numeric_date
from deliberation.ui.kit.editor import DELEGATES, GROUPS, MEETINGS, OPINIONS
from deliberation.ui.kit.language import plural
from deliberation.ui.kit.localize import and_joined, error_text, label_text, semicolons
from deliberation.ui.kit.pages import (
    EditorPage,
    delete_key_action,
    page_title,
    shortcut_action,
    splitter,
    stacked,
)
from deliberation.ui.kit.screen import available_area
from deliberation.ui.kit.settings import OPINIONS_LIST_SHOWN, OPINIONS_SPLITTER
from deliberation.ui.kit.widgets import TallScroll, heading_label, muted_label, toolbar
from deliberation.ui.opinions.opinion_commands import delete_opinion
from deliberation.ui.opinions.opinion_session import TEXT
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
from deliberation.ui.opinions.opinions_list import OpinionsList
from deliberation.ui.opinions.opinions_model import STATUS_COLOURS, status_since

if TYPE_CHECKING:
    from deliberation.records.opinions import AgendaRef, OpinionRecord, OpinionSnapshot
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.opinions.opinion_session import OpinionSession

"""Where the list and the opened opinion split the width, kept across sessions."""
RELOAD_MS = 300
"""Changes coming in bursts (autosaves, decisions) reload the list once, this long after."""
TOPICS = frozenset({OPINIONS, GROUPS, DELEGATES, MEETINGS})
WIDE_SCREEN = 1600
"""A screen at least this wide shows the list beside the text until the user folds it."""
LIST_MINIMUM = 220
"""The list's least width: narrower, its titles were cut to « … »."""


class OpinionHeader(QFrame):
    """The opened opinion's title, kind, group, rapporteurs, status and linked agenda items.

    Attributes:
        title, details, status, agenda: the labels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.status = QLabel()
        self.agenda = muted_label()
        self.agenda.setTextFormat(Qt.TextFormat.PlainText)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.status)
        line.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(line)
        layout.addWidget(self.agenda)

    def show_opinion(self, record: OpinionRecord | None, refs: list[AgendaRef]) -> None:
        if record is None:
            for label in (self.title, self.details, self.status, self.agenda):
                label.clear()
            self.status.hide()
            self.agenda.hide()
            return
        self.title.setText(record.title)
        parts = [
            label_text(OPINION_KINDS.get(record.kind, record.kind)),
            record.group_name or self.tr("Comité plénier"),
        ]
        if record.rapporteurs:
            names = ", ".join(record.rapporteurs)
            parts.append(
                plural(
                    len(record.rapporteurs), self.tr("Rapporteur : %1"), self.tr("Rapporteurs : %1")
                ).replace("%1", names)
            )
        else:
            parts.append(self.tr("Pas encore de rapporteur"))
        self.details.setText(" · ".join(parts))
        background, text = STATUS_COLOURS.get(record.status, ("#eeeeee", "#333333"))
        self.status.setText(status_since(record.status, record.status_since))
        self.status.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 9px; padding: 2px 9px;"
        )
        self.status.show()
        if refs:
            items = [f"{numeric_date(r.meeting_day)} — {r.title}" for r in refs]
            self.agenda.setText(
                plural(
                    len(refs),
                    self.tr("Discuté en séance : %1", "one"),
                    self.tr("Discuté en séance : %1", "several"),
                ).replace("%1", semicolons(items))
            )
            self.agenda.setToolTip(
                "\n".join(
                    f"{numeric_date(r.meeting_day)} {r.meeting_title} › {r.title}" for r in refs
                )
            )
        else:
            self.agenda.setText(self.tr("Lié à aucun point d'ordre du jour."))
            self.agenda.setToolTip("")
        self.agenda.show()


class OpinionsPage(EditorPage):
    """The opinions, the most recently changed first, beside the selected one's text.

    Signals:
        status_message(str): a short note for the status bar.
        stack_changed(QUndoStack | None): the opened opinion's undo stack (re-emitted from the
            workspace), for the Edit menu.

    Attributes:
        listing: the opinions; header: the opened opinion's description; workspace: its text.
        empty: what the page shows when there is no opinion yet.
        new_action, edit_action, status_action, delete_action: the toolbar.
        dialog: the last dialog opened (kept so that tests can drive it).
        opening: true from the list shown until the selected opinion's header and text follow,
            on the next turn of the event loop.
    """

    stack_changed = Signal(object)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        self._watched: set[int] = set()
        self._known: set[int] = set()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._saved_ids: set[int] = set()  # opinions whose text was saved: their rows to redo
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(RELOAD_MS)
        self._rows_timer.timeout.connect(self._refresh_rows)

        self._build_actions()
        self.listing = OpinionsList(editor.opinions)
        self.listing.view.addAction(self.delete_action)
        self.listing.activated.connect(lambda _id: self.edit_opinion())
        self.header = OpinionHeader()
        self.workspace = OpinionWorkspace(editor, messages)
        self.workspace.stack_changed.connect(self.stack_changed)
        self.workspace.status_message.connect(self.status_message)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.workspace, 1)

        self.splitter = splitter(
            Qt.Orientation.Horizontal,
            [self.listing, TallScroll(right)],  # scrolls only when lower than its minimum
            [(0, 1), (1, 5)],  # the list grows a little with the window
            [LIST_MINIMUM + 40, 1100],
            OPINIONS_SPLITTER,
        )

        self.listing.setMinimumWidth(LIST_MINIMUM)  # readable, or folded away
        self.listing.setVisible(self.list_action.isChecked())

        self.empty = QWidget()
        sentence = QLabel(
            self.tr(
                "Aucun avis pour l'instant. Créez le premier projet d'avis, de recommandation "
                "ou de contribution : vous en rédigerez le texte ici, paragraphe par "
                "paragraphe, et les positions des organisations s'afficheront en regard."
            )
        )
        sentence.setWordWrap(True)
        sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sentence.setFixedWidth(520)
        sentence.setMinimumHeight(sentence.heightForWidth(520))
        self.empty_button = QPushButton(self.tr("Nouvel avis…"))
        self.empty_button.clicked.connect(self.new_opinion)
        self.allow(
            editor.capabilities.opinions,
            self.new_action,
            self.edit_action,
            self.status_action,
            self.delete_action,
            self.import_draft_action,
            self.empty_button,
            self.workspace.import_action,
        )
        column = QVBoxLayout(self.empty)
        column.addStretch(1)
        column.addWidget(sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.body = stacked(self.splitter, self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Avis")))
        layout.addLayout(
            toolbar(
                [self.new_action, self.edit_action, self.status_action, self.delete_action],
                # the Word exchange also here: the text's own bar is full at 1280 px
                [
                    self.import_draft_action,
                    self.list_action,
                    self.workspace.outline_action,
                    self.workspace.export_action,
                    self.workspace.import_action,
                ],
            )
        )
        layout.addWidget(self.body, 1)

        editor.changed.connect(self.on_changed)
        self.opening = True
        self.reload()  # the list; the opinion it selects opens on the next turn of the loop
        self.listing.opinion_selected.connect(self._opinion_selected)
        self.after_first_paint(self._complete_opening)

    def _complete_opening(self) -> None:
        """The selected opinion's header and text, once the list is shown (or at once when an
        opinion is asked for first)."""
        if not self.opening:
            return
        self.opening = False
        session = self.workspace.session
        current = self.listing.current_id()
        if current is None or session is None or session.opinion_id != current:
            self._opinion_selected(current)  # else it was opened meanwhile

    def _build_actions(self) -> None:
        self.new_action = shortcut_action(
            self, QKeySequence.StandardKey.New, self.new_opinion, self.tr("Nouvel avis…")
        )
        self.new_action.setToolTip(self.tr("Créer un avis, une recommandation ou une contribution"))
        self.edit_action = QAction(self.tr("Modifier la fiche…"), self)
        self.edit_action.setToolTip(
            self.tr("Type, titre, groupe de travail, rapporteurs et points de l'ordre du jour")
        )
        self.edit_action.triggered.connect(self.edit_opinion)
        self.status_action = QAction(self.tr("Changer l'état…"), self)
        self.status_action.setToolTip(
            self.tr("Projet, en consultation, consolidé, adopté, publié ou abandonné")
        )
        self.status_action.triggered.connect(self.change_status)
        self.delete_action = delete_key_action(self, self.delete_opinion, self.tr("Supprimer"))
        self.import_draft_action = QAction(self.tr("Importer un texte Word…"), self)
        self.import_draft_action.setToolTip(
            self.tr("Créer un nouveau projet d'avis à partir d'un document Word (.docx) : "
                    "titres, paragraphes, considérants, recommandations et listes")
        )  # fmt: skip
        self.import_draft_action.triggered.connect(self.import_draft)
        self.list_action = QAction(self.tr("Liste"), self)
        self.list_action.setCheckable(True)
        self.list_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.list_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.list_action.setToolTip(
            self.tr("Afficher ou replier la liste des avis, pour donner plus de place au texte")
            + " (Ctrl+Shift+K)"
        )
        self.list_action.setChecked(self._list_shown_at_start())
        self.list_action.toggled.connect(self.show_list)
        self.addAction(self.list_action)

    def _list_shown_at_start(self) -> bool:
        """The user's choice; before one, the list only on a wide screen: on a laptop's, the
        opened opinion's text would be left a narrow column."""
        if OPINIONS_LIST_SHOWN.is_set():
            return OPINIONS_LIST_SHOWN.get()
        return available_area(self).width() >= WIDE_SCREEN

    def show_list(self, shown: bool) -> None:
        """Show or fold away the list of opinions; remembered for the next windows."""
        self.listing.setVisible(shown)
        if self.list_action.isChecked() != shown:
            self.list_action.setChecked(shown)
        OPINIONS_LIST_SHOWN.set(shown)

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the opinions again, keeping the selection; drop the text of deleted ones.

        An opinion coming back alone (a deletion undone, a creation redone) is selected.
        """
        self._reload_timer.stop()
        self._rows_timer.stop()
        self._saved_ids.clear()
        try:
            records = self.editor.opinions.opinions()
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return
        existing = {r.id for r in records}
        for opinion_id in list(self.workspace.sessions):
            if opinion_id not in existing:  # deleted, or its creation undone: nothing to save
                self.workspace.forget(opinion_id)
                self._watched.discard(opinion_id)
        self.listing.set_records(records)
        appeared = existing - self._known
        if self._known and len(appeared) == 1:
            self.listing.select(appeared.pop())
        self._known = existing
        self.body.setCurrentWidget(self.splitter if existing else self.empty)
        if not self.opening:  # else the header follows with the text
            self._show_header(self.listing.current_id())

    def flush(self, opinion_id: int) -> None:
        """Save an opinion's open text now (before an undoable command archives it)."""
        session = self.workspace.sessions.get(opinion_id)
        if session is not None:
            session.flush()

    def on_changed(self, topics: frozenset[str]) -> None:
        if topics & TOPICS:
            self.reload()

    def _schedule_reload(self) -> None:
        self._reload_timer.start()

    def _schedule_row(self, opinion_id: int) -> None:
        self._saved_ids.add(opinion_id)
        self._rows_timer.start()

    def _refresh_rows(self) -> None:
        """After saves of texts: their rows' counts and « Modifié », not the whole list."""
        ids, self._saved_ids = self._saved_ids, set()
        if self._reload_timer.isActive():
            return  # the whole list is read anyway
        for opinion_id in ids:
            try:
                record = self.editor.opinions.opinion_record(opinion_id)
            except DeliberationError:  # deleted meanwhile
                self.reload()
                return
            if not self.listing.update_record(record):
                self.reload()
                return
            if opinion_id == self.listing.current_id():
                self._show_header(opinion_id)

    def _opinion_selected(self, opinion_id: int | None) -> None:
        for action in (self.edit_action, self.status_action, self.delete_action):
            action.setEnabled(opinion_id is not None)
        self.workspace.open_opinion(opinion_id)
        self._watch(self.workspace.session)
        self._show_header(opinion_id)

    def _watch(self, session: OpinionSession | None) -> None:
        """Keep the list's counts and « Modifié » right as the opened text is saved."""
        if session is None or session.opinion_id in self._watched:
            return
        self._watched.add(session.opinion_id)
        opinion_id = session.opinion_id
        session.saved.connect(lambda: self._schedule_row(opinion_id))
        session.changed.connect(
            lambda topics: self._schedule_reload() if set(topics) - {TEXT} else None
        )

    def _show_header(self, opinion_id: int | None) -> None:
        record = self.listing.record(opinion_id) if opinion_id is not None else None
        refs: list[AgendaRef] = []
        if record is not None:
            try:
                snap = self.editor.opinions.opinion(record.id)
                refs = self.editor.opinions.agenda_refs(snap.agenda_item_ids)
            except DeliberationError:
                refs = []
        self.header.show_opinion(record, refs)

    def current_opinion_id(self) -> int | None:
        return self.listing.current_id()

    def select_opinion(self, opinion_id: int) -> bool:
        self._complete_opening()  # the opinion asked for opens now, whatever was selected
        return self.listing.select(opinion_id)

    # -- actions --------------------------------------------------------------------------------

    def new_opinion(self) -> None:
        from deliberation.ui.opinions.opinion_dialog import OpinionDialog

        dialog = OpinionDialog(self.editor, parent=self)
        dialog.flush = self.flush
        self.open_editing(dialog, lambda dialog: self._saved(dialog, created=True))

    def import_draft(self) -> None:
        """Ask for a Word draft and show what it holds; once imported, the new opinion opens."""
        from deliberation.ui.opinions import draft_import_dialog

        path = draft_import_dialog.choose_draft_file(self)
        if path is None:
            return
        dialog = draft_import_dialog.DraftImportDialog(self.editor, path, parent=self)
        dialog.flush = self.flush
        dialog.status_message.connect(self.status_message)
        self.open_editing(dialog, self._imported)

    def _imported(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        self.reload()
        self.select_opinion(saved.id)
        self.workspace.text.setFocus()

    def edit_opinion(self) -> None:
        from deliberation.ui.opinions.opinion_dialog import OpinionDialog

        before = self._current_snapshot()
        if before is None:
            return
        dialog = OpinionDialog(self.editor, before, parent=self)
        self.open_editing(dialog, lambda dialog: self._saved(dialog, created=False))

    def change_status(self) -> None:
        from deliberation.ui.opinions.opinion_dialog import StatusDialog

        before = self._current_snapshot()
        if before is None:
            return
        dialog = StatusDialog(self.editor, before, parent=self)
        self.open_editing(dialog, self._status_saved)

    def _current_snapshot(self) -> OpinionSnapshot | None:
        opinion_id = self.current_opinion_id()
        if opinion_id is None:
            return None
        try:
            return self.editor.opinions.opinion(opinion_id)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            return None

    def _saved(self, dialog: QDialog, created: bool) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        self.select_opinion(saved.id)
        if created:  # a new draft: start writing at once
            self.workspace.text.setFocus()
            message = self.tr("Avis « %1 » créé.")
        else:
            message = self.tr("Fiche de l'avis « %1 » enregistrée.")
        self.status_message.emit(message.replace("%1", saved.title))

    def _status_saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if saved is None:
            return
        label = label_text(OPINION_STATUSES.get(saved.status, saved.status)).lower()
        self.status_message.emit(
            self.tr("Avis « %1 » : %2.").replace("%1", saved.title).replace("%2", label)
        )

    def delete_opinion(self) -> None:
        opinion_id = self.current_opinion_id()
        record = self.listing.record(opinion_id) if opinion_id is not None else None
        if record is None:
            return
        text = self.tr("Supprimer l'avis « %1 »").replace("%1", record.title)
        extras = []
        if record.paragraphs:
            extras.append(
                plural(record.paragraphs, self.tr("son paragraphe"), self.tr("ses %n paragraphes"))
            )
        if record.versions:
            extras.append(
                plural(
                    record.versions, self.tr("sa version figée"), self.tr("ses %n versions figées")
                )
            )
        if extras:
            text += self.tr(" avec %1").replace("%1", and_joined(extras))
        text += self.tr(" ? Édition › Annuler pourra le rétablir tel quel.")
        if not self.messages.confirm(self, text, self.tr("Supprimer")):
            return
        session = self.workspace.sessions.get(record.id)
        if session is not None and not session.flush():
            return  # the text could not be saved: deleting now would lose what was typed
        self.workspace.forget(record.id)  # before the list moves to another opinion
        self._watched.discard(record.id)
        try:
            delete_opinion(self.editor, record.id, self.flush)
        except DeliberationError as exc:
            self.messages.error(self, error_text(exc))
            self.workspace.open_opinion(record.id)
            return
        self.status_message.emit(self.tr("Avis « %1 » supprimé.").replace("%1", record.title))
