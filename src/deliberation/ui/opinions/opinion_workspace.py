"""The opinion being written: its text in the middle, outline on one side, review on the other."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deliberation.records.opinions import PARAGRAPH_KINDS
from deliberation.ui.kit.colours import MUTED_TEXT
from deliberation.ui.kit.editor import CONSULTATIONS, OPINIONS, POSITIONS, Editor
from deliberation.ui.kit.localize import label_text
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.kit.pages import EditorPage, stacked
from deliberation.ui.kit.settings import OPINION_OUTLINE_SHOWN, OPINION_WORKSPACE_SPLITTER
from deliberation.ui.kit.widgets import ElidedLabel
from deliberation.ui.opinions.opinion_session import AMENDMENTS, COMMENTS, TEXT, OpinionSession

if TYPE_CHECKING:
    from deliberation.ui.opinions.amendments_panel import AmendmentsPanel
    from deliberation.ui.opinions.comments_panel import CommentsPanel
    from deliberation.ui.opinions.export_dialog import OpinionExporter
    from deliberation.ui.opinions.package_dialog import PackageWriter
    from deliberation.ui.opinions.text.find_bar import FindBar

MARKERS_MS = 600
CATCH_UP_MS = 1000  # how often a text being edited is checked for the focus to leave it
OUTLINE_MINIMUM = 150
"""The outline's least width: narrower, its headings were cut to « I. C… »."""
REVIEW_MINIMUM = 220
"""The side panel's least width: its tabs' titles shortened, its rows wrapped, at 960 px."""


class ReviewTabs(QTabWidget):
    """The tabs beside the text (positions, amendments, comments), telling when resized so
    that their titles can be shortened to fit.

    Signals:
        resized(): the panel was shown, or its width changed.
    """

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resized.emit()


class OpinionWorkspace(EditorPage):
    """Edits one opinion at a time; sessions stay open (with their undo) while the app runs.

    Signals:
        stack_changed(QUndoStack | None): the undo stack the Edit menu should drive.
        status_message(str): a short note for the status bar.
    """

    stack_changed = Signal(object)

    def __init__(
        self, editor: Editor, messages: MessageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, messages, parent)
        from deliberation.ui.opinions.paragraph_positions import ParagraphPositionsPanel
        from deliberation.ui.opinions.text.editor import OpinionTextEdit
        from deliberation.ui.opinions.text.outline import OpinionOutline, WordCountLabel

        self.sessions: dict[int, OpinionSession] = {}
        self.session: OpinionSession | None = None
        self._dialogs: list[QWidget] = []
        self._filling: list[Callable[[], object]] = []  # the views left to fill after a load
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_next)
        self.exporter: OpinionExporter | None = None
        self.package_writer: PackageWriter | None = None

        self.text = OpinionTextEdit()
        # The find/replace bar is built at its first use (Ctrl+F, Ctrl+H, F3): hidden until then.
        self._find_bar: FindBar | None = None
        self._early_find: list[QAction] = []
        for keys, forward in (("F3", True), ("Shift+F3", False)):
            early = QAction(self)
            early.setShortcut(QKeySequence(keys))
            early.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            early.triggered.connect(
                lambda _c=False, f=forward: (
                    self.find_bar.find_next() if f else self.find_bar.find_previous()
                )
            )
            self.text.addAction(early)
            self._early_find.append(early)
        self.outline = OpinionOutline()
        self.word_count = WordCountLabel()
        self.saved_label = ElidedLabel()
        self.saved_label.setStyleSheet(f"color: {MUTED_TEXT};")
        self.positions = ParagraphPositionsPanel(editor.opinions)
        # The amendments and comments panels are built when first needed (their tab shown, or
        # asked for): an opinion opens on the positions, and their widgets cost memory. Until
        # then their tabs hold an empty page, and their titles' counts come from a count query.
        self._amendments: AmendmentsPanel | None = None
        self._comments: CommentsPanel | None = None
        self._counts = (0, 0)  # open amendments and threads, while their panels are not built
        self.amendments_tab, self.comments_tab = QWidget(), QWidget()
        self.review = ReviewTabs()
        self.review.resized.connect(self._tab_titles)
        self.review.setDocumentMode(True)
        # Every tab stays in sight however narrow the panel: titles shorten, no scroll arrows.
        self.review.setElideMode(Qt.TextElideMode.ElideRight)
        self.review.setUsesScrollButtons(False)
        self.review.addTab(self.positions, self.tr("Positions"))
        self.review.addTab(self.amendments_tab, self.tr("Amendements"))
        self.review.addTab(self.comments_tab, self.tr("Commentaires"))
        self.review.currentChanged.connect(self._tab_shown)

        self.toolbar = self._build_toolbar()
        self._allow_writes()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.toolbar)
        centre_layout.addWidget(self.text, 1)
        self._centre_layout = centre_layout  # the find bar goes under the text when built
        footer = QHBoxLayout()
        footer.setContentsMargins(8, 2, 8, 2)
        footer.addWidget(self.word_count, 3)
        footer.addWidget(self.saved_label, 1)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.zoom_button)
        centre_layout.addLayout(footer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.review)
        # The text takes most of what a larger window adds; the outline and the review some.
        for index, stretch in ((0, 1), (1, 4), (2, 1)):
            self.splitter.setStretchFactor(index, stretch)
        self.outline.setMinimumWidth(OUTLINE_MINIMUM)  # readable, or folded away
        self.review.setMinimumWidth(REVIEW_MINIMUM)
        self.toolbar.setMinimumWidth(0)
        # the text takes what is added
        self.splitter.setSizes([OUTLINE_MINIMUM + 20, 600, REVIEW_MINIMUM + 20])
        state = OPINION_WORKSPACE_SPLITTER.get()
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: OPINION_WORKSPACE_SPLITTER.set(self.splitter.saveState())
        )
        self.outline_action = QAction(self.tr("Plan"), self)
        self.outline_action.setCheckable(True)
        self.outline_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.outline_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.outline_action.setToolTip(
            self.tr("Afficher ou replier le plan de l'avis, pour donner plus de place au texte")
            + " (Ctrl+Shift+L)"
        )
        self.outline_action.setChecked(OPINION_OUTLINE_SHOWN.get())
        self.outline.setVisible(self.outline_action.isChecked())
        self.outline_action.toggled.connect(self.show_outline)
        self.addAction(self.outline_action)
        self.empty = QLabel(
            self.tr("Choisissez un avis dans la liste, ou créez-en un avec « Nouvel avis… ».")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = stacked(self.empty, self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.markers_timer = QTimer(self)
        self.markers_timer.setSingleShot(True)
        self.markers_timer.setInterval(MARKERS_MS)
        self.markers_timer.timeout.connect(self.refresh_markers)
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setSingleShot(True)
        self._catch_up_timer.setInterval(CATCH_UP_MS)
        self._catch_up_timer.timeout.connect(self._catch_up)
        self.text.current_paragraph_changed.connect(self._paragraph_changed)
        self.outline.activated.connect(self.go_to)
        self.positions.statuses_changed.connect(self._apply_markers)
        editor.changed.connect(self._editor_changed)
        self._set_enabled(False)

    # -- toolbar --------------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(
            text: str, slot: object, keys: str = "", tip: str = "", on_bar: bool = True
        ) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
            act.triggered.connect(slot)
            self.addAction(act)
            if on_bar:
                bar.addAction(act)
            return act

        self.kind_actions: list[QAction] = []
        for kind, level, label in (
            ("heading", 1, self.tr("Titre 1")),
            ("heading", 2, self.tr("Titre 2")),
            ("paragraph", 1, label_text(PARAGRAPH_KINDS["paragraph"])),
            ("recital", 1, label_text(PARAGRAPH_KINDS["recital"])),
            ("recommendation", 1, label_text(PARAGRAPH_KINDS["recommendation"])),
        ):
            self.kind_actions.append(
                action(label, lambda _c=False, k=kind, lv=level: self.set_kind(k, lv))
            )
        bar.addSeparator()
        self.freeze_action = action(
            self.tr("Figer une version…"), self.freeze, "Ctrl+Shift+S",
            self.tr("Garder le texte actuel comme version numérotée, avec une note"),
        )  # fmt: skip
        self.versions_action = action(
            self.tr("Versions…"), self.show_versions, "Ctrl+Shift+V",
            self.tr("Parcourir, comparer et restaurer les versions"),
        )  # fmt: skip
        self.disputed_action = action(
            self.tr("Points en discussion…"), self.show_disputed, "Ctrl+Shift+D",
            self.tr("Les paragraphes contestés ou assortis de réserves"),
        )  # fmt: skip
        # The Word exchange in one menu button, so that the bar still fits beside the text.
        self.export_action = action(
            self.tr("Exporter en Word…"), self.export_word, "Ctrl+E",
            self.tr("Écrire l'avis dans un document Word à faire circuler"), on_bar=False,
        )  # fmt: skip
        self.import_action = action(
            self.tr("Importer un retour…"), self.import_review, "Ctrl+Shift+I",
            self.tr("Reprendre les commentaires et modifications d'un document Word renvoyé"),
            on_bar=False,
        )  # fmt: skip
        self.circulate_action = action(
            self.tr("Diffuser le projet…"), self.circulate_draft, "",
            self.tr("Envoyer à chaque organisation du groupe l'export Word de l'avis, à son nom"),
            on_bar=False,
        )  # fmt: skip
        self.take_away_action = action(
            self.tr("Emporter pour travailler hors ligne…"), self.take_away, "",
            self.tr("Écrire l'avis dans un paquet que l'application ouvre hors ligne"),
            on_bar=False,
        )  # fmt: skip
        self.bring_back_action = action(
            self.tr("Rapporter un travail hors ligne…"), self.bring_back, "",
            self.tr("Fusionner dans l'avis le travail fait sur un paquet emporté"),
            on_bar=False,
        )  # fmt: skip
        self.word_button = QToolButton()
        self.word_button.setText(self.tr("Word"))
        self.word_button.setToolTip(self.tr("Exporter l'avis en Word, ou importer un retour"))
        self.word_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.word_menu = QMenu(self.word_button)
        self.word_menu.addAction(self.export_action)
        self.word_menu.addAction(self.import_action)
        self.word_menu.addSeparator()
        self.word_menu.addAction(self.circulate_action)
        self.word_menu.addSeparator()
        self.word_menu.addAction(self.take_away_action)
        self.word_menu.addAction(self.bring_back_action)
        self.word_button.setMenu(self.word_menu)
        bar.addWidget(self.word_button)
        bar.addSeparator()
        self.find_action = action(
            self.tr("Rechercher"), lambda: self.find_bar.open_find(), "Ctrl+F"
        )
        self.replace_action = action(
            self.tr("Remplacer"), lambda: self.find_bar.open_replace(), "Ctrl+H"
        )
        # F1 is the window's Aide › Guide de l'utilisateur; the editor's keys stay one click away.
        self.keys_action = action(self.tr("Raccourcis"), self.show_keys)
        self._build_zoom(action)
        return bar

    def _build_zoom(self, action: Callable[..., QAction]) -> None:
        """The zoom of the text: keys (also when the focus is beside the text) and a footer
        button showing the zoom, whose menu offers the same."""
        self.zoom_in_action = action(
            self.tr("Agrandir le texte"), self.text.zoom_in, "Ctrl++", on_bar=False
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = action(
            self.tr("Réduire le texte"), self.text.zoom_out, "Ctrl+-", on_bar=False
        )
        self.zoom_reset_action = action(
            self.tr("Taille habituelle (100 %)"), self.text.reset_zoom, "Ctrl+0", on_bar=False
        )
        self.zoom_button = QToolButton()
        self.zoom_button.setAutoRaise(True)
        self.zoom_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_menu = QMenu(self.zoom_button)
        for act in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.zoom_menu.addAction(act)
        self.zoom_button.setMenu(self.zoom_menu)
        self.text.zoom_changed.connect(self._zoom_changed)
        self._show_zoom(self.text.zoom())

    def _show_zoom(self, percent: int) -> None:
        self.zoom_button.setText(f"{percent}\u00a0%")
        self.zoom_button.setToolTip(
            self.tr("Zoom du texte : %1 %. Ctrl+molette ou Ctrl++ / Ctrl+- pour le changer, "
                    "Ctrl+0 pour revenir à 100 %.").replace("%1", str(percent))
        )  # fmt: skip
        self.zoom_button.setAccessibleName(
            self.tr("Zoom du texte : %1 %").replace("%1", str(percent))
        )

    def _zoom_changed(self, percent: int) -> None:
        self._show_zoom(percent)
        self.status_message.emit(self.tr("Zoom du texte : %1 %").replace("%1", str(percent)))

    def show_outline(self, shown: bool) -> None:
        """Show or fold away the outline; remembered for the next windows."""
        self.outline.setVisible(shown)
        if self.outline_action.isChecked() != shown:
            self.outline_action.setChecked(shown)
        OPINION_OUTLINE_SHOWN.set(shown)

    def _set_enabled(self, enabled: bool) -> None:
        for act in (*self.toolbar.actions(), *self.word_menu.actions()):
            act.setEnabled(enabled)
        self.zoom_button.setEnabled(enabled)
        self.pages.setCurrentIndex(1 if enabled else 0)

    # -- sessions -------------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.session.undo_stack if self.session else None

    def open_opinion(self, opinion_id: int | None) -> None:
        """Show an opinion (None: nothing), saving the one left first."""
        if self.session is not None:
            self.session.flush()
            if opinion_id == self.session.opinion_id:
                return
        for dialog in self._dialogs:
            dialog.close()
        self._dialogs.clear()
        if opinion_id is None:
            self.session = None
        else:
            if opinion_id not in self.sessions:
                opened = OpinionSession(self.editor.opinions, opinion_id, self)
                opened.failed.connect(lambda text: self.messages.error(self, text))
                opened.notice.connect(self._notice)
                opened.replayed.connect(self.status_message)
                opened.saved.connect(self._saved)
                opened.changed.connect(self._session_changed)
                opened.loaded.connect(self._text_loaded)
                self.sessions[opinion_id] = opened
                if opened.others():
                    self._notice(
                        self.tr("Cet avis est déjà ouvert dans une autre fenêtre : ce que vous "
                                "tapez ici après un enregistrement de l'autre fenêtre sera gardé "
                                "comme proposition d'amendement, pas dans le texte.")
                    )  # fmt: skip
            self.session = self.sessions[opinion_id]
        session = self.session
        self._filling.clear()
        self._fill_timer.stop()
        self.text.set_session(session)
        if self._find_bar is not None:
            self._find_bar.set_session(session)
        self.outline.set_session(session)
        self.word_count.set_session(session)
        self.positions.set_session(session)
        for panel in self._built_panels():
            panel.set_session(session)
        if session is not None and not session.loading:
            self._read_counts()
        self._set_enabled(session is not None)
        self.saved_label.setText(self.tr("Enregistré automatiquement") if session else "")
        self._paragraph_changed(self.text.current_paragraph())
        self._tab_titles()
        self.stack_changed.emit(self.undo_stack)

    @property
    def filling(self) -> bool:
        """Whether the opened text, or the views beside it, are still being filled."""
        return bool(self._filling) or (self.session is not None and self.session.loading)

    def _text_loaded(self) -> None:
        """A long text is whole now: number the margin, then fill the outline, the word count,
        the positions, the amendments and the comments, and ready the autosave, each in its own
        turn of the event loop (the text was shown and editable from its first part on)."""
        if self.sender() is not self.session or self.session is None:
            return
        self._filling = [
            self.text.refresh_labels,
            self.outline.refresh,
            self.word_count.refresh,
            self.positions.refresh,
            self._reload_panels,
            lambda: self._paragraph_changed(self.text.current_paragraph()),
            self.session.prepare_saving,
        ]
        self._fill_timer.start()

    def _fill_next(self) -> None:
        if self._filling:
            self._filling.pop(0)()
        if self._filling:
            self._fill_timer.start()

    def forget(self, opinion_id: int) -> None:
        """Drop the session of a deleted opinion (without saving it)."""
        session = self.sessions.pop(opinion_id, None)
        if session is None:
            return
        session.timer.stop()
        if self.session is session:
            self.open_opinion(None)
        session.deleteLater()

    def _notice(self, text: str) -> None:
        """Tell the user, once the current key press or opening is over (not inside it)."""
        QTimer.singleShot(
            0, self, lambda: self.messages.information(self, self.tr("Avis ouvert ailleurs"), text)
        )

    def flush_all(self) -> bool:
        """Save every open text now; False if one could not be (the user was told)."""
        return all([session.flush() for session in self.sessions.values()])

    def _saved(self) -> None:
        # The markers follow merges through the positions panel, which reads the positions
        # again when a save made paragraphs come or go (not after each save of typed words).
        self.saved_label.setText(self.tr("Enregistré automatiquement"))

    def _session_changed(self, topics: frozenset[str]) -> None:
        if self.sender() is not self.session:
            return
        if TEXT in topics and self.session is not None and self.session.timer.isActive():
            self.saved_label.setText(self.tr("Modifications en cours…"))
        if topics & {AMENDMENTS, COMMENTS}:
            self._read_counts()

    def _editor_changed(self, topics: frozenset[str]) -> None:
        if topics & {POSITIONS, CONSULTATIONS}:
            self.markers_timer.start()
        if OPINIONS in topics:
            self._catch_up()

    def _catch_up(self) -> None:
        """Bring the open texts up to another client's changes; the text being edited (it has
        the focus) waits until the focus leaves it, so that no one's typing is replaced."""
        self._catch_up_timer.stop()
        for opinion_id, session in list(self.sessions.items()):
            if session is self.session and self.text.hasFocus():
                self._catch_up_timer.start()
                continue
            if session is not self.session:
                session.catch_up()
                continue
            position = self.text.textCursor().position()
            scrolled = self.text.verticalScrollBar().value()
            if session.catch_up():  # read again: the reader stays where they were
                cursor = self.text.textCursor()
                cursor.setPosition(min(position, self.text.document().characterCount() - 1))
                self.text.setTextCursor(cursor)
                self.text.verticalScrollBar().setValue(scrolled)
            if opinion_id not in self.sessions:
                break

    # -- the current paragraph ------------------------------------------------------------------

    def _paragraph_changed(self, uuid: UUID | None) -> None:
        self.outline.highlight(uuid)
        self.word_count.set_current(uuid)
        self.positions.show_paragraph(uuid)
        for panel in self._built_panels():
            panel.show_paragraph(uuid)

    # -- the find bar and the amendments and comments panels, built when first needed ----------

    @property
    def find_bar(self) -> FindBar:
        """The find/replace bar under the text, built (hidden) on first use; from then on it
        takes F3 and Maj+F3 itself."""
        if self._find_bar is None:
            from deliberation.ui.opinions.text.find_bar import FindBar

            bar = FindBar(self.text)
            self._find_bar = bar
            for early in self._early_find:
                self.text.removeAction(early)
            self._centre_layout.insertWidget(self._centre_layout.indexOf(self.text) + 1, bar)
            bar.status_message.connect(self.status_message)
            bar.set_session(self.session)
        return self._find_bar

    def _allow_writes(self) -> None:
        """For a role that may not change opinions: the text read only, its writing actions
        hidden (reading, exporting and taking away stay)."""
        allowed = self.editor.capabilities.opinions
        self.text.locked = not allowed
        self.text.setReadOnly(self.text.isReadOnly() or not allowed)
        self.allow(
            allowed,
            *self.kind_actions,
            self.freeze_action,
            self.import_action,
            self.circulate_action,
            self.bring_back_action,
        )

    @property
    def amendments(self) -> AmendmentsPanel:
        """The amendments panel, built (and given the open opinion) on first use."""
        if self._amendments is None:
            from deliberation.ui.opinions.amendments_panel import AmendmentsPanel

            panel = AmendmentsPanel(self.editor.opinions, self.editor.referential, self.messages)
            panel.status_message.connect(self.status_message)
            panel.selection = self.text.selected_paragraphs
            panel.allow_writes(self.editor.capabilities.opinions)
            self._amendments = panel
            self._attach(panel, self.amendments_tab)
        return self._amendments

    @property
    def comments(self) -> CommentsPanel:
        """The comments panel, built (and given the open opinion) on first use."""
        if self._comments is None:
            from deliberation.ui.opinions.comments_panel import CommentsPanel

            panel = CommentsPanel(self.editor.opinions, self.messages)
            panel.allow_writes(self.editor.capabilities.opinions)
            self._comments = panel
            self._attach(panel, self.comments_tab)
        return self._comments

    def _attach(self, panel: AmendmentsPanel | CommentsPanel, holder: QWidget) -> None:
        """A panel just built: in its tab, wired, showing the open opinion and paragraph."""
        panel.go_to.connect(self.go_to)
        panel.count_changed.connect(lambda _n: self._tab_titles())
        # The panel takes the empty page's place (tests and callers find it as the tab's page).
        index = self.review.indexOf(holder)
        current = self.review.currentIndex() == index
        title, tip = self.review.tabText(index), self.review.tabToolTip(index)
        self.review.insertTab(index, panel, title)
        self.review.setTabToolTip(index, tip)
        self.review.removeTab(index + 1)
        if current:
            self.review.setCurrentIndex(index)
        holder.deleteLater()
        panel.set_session(self.session)  # a text still loading: read once it is whole
        panel.show_paragraph(self.text.current_paragraph())

    def _built_panels(self) -> list[AmendmentsPanel | CommentsPanel]:
        return [p for p in (self._amendments, self._comments) if p is not None]

    def _tab_shown(self, index: int) -> None:
        if self.review.widget(index) is self.amendments_tab:
            self.amendments  # noqa: B018 - built on first use
        elif self.review.widget(index) is self.comments_tab:
            self.comments  # noqa: B018 - built on first use

    def _reload_panels(self) -> None:
        """The text is whole: the panels built read their records, the others' counts are read."""
        for panel in self._built_panels():
            panel.reload()
        self._read_counts()

    def _read_counts(self) -> None:
        """Read the open counts the panels not built yet would show, then retitle the tabs."""
        if self.session is not None and None in (self._amendments, self._comments):
            self._counts = self.editor.opinions.open_review_counts(self.session.opinion_id)
        self._tab_titles()

    def go_to(self, uuid: UUID) -> None:
        if not self.text.go_to(uuid):
            self.status_message.emit(self.tr("Ce paragraphe n'est plus dans le texte."))

    def set_kind(self, kind: str, level: int = 1) -> None:
        uuid = self.text.current_paragraph()
        if self.session is not None and uuid is not None:
            self.session.set_kind(uuid, kind, level)
            self.text.setFocus()

    def refresh_markers(self) -> None:
        if self.session is not None:
            self.positions.refresh()

    def _apply_markers(self) -> None:
        self.text.set_markers(self.positions.statuses())

    def _tab_titles(self) -> None:
        """The tabs' titles with their open counts; shortened (« Amend. (2) ») when the panel
        is too narrow for them whole, which their tooltips then give."""
        amendments, comments = self._counts if self.session else (0, 0)
        if self._amendments is not None:
            amendments = self._amendments.open_count() if self.session else 0
        if self._comments is not None:
            comments = self._comments.open_count() if self.session else 0

        def counted(title: str, count: int) -> str:
            return f"{title} ({count})" if count else title

        whole = [
            self.tr("Positions"),
            counted(self.tr("Amendements"), amendments),
            counted(self.tr("Commentaires"), comments),
        ]
        short = [
            whole[0],
            counted(self.tr("Amend."), amendments),
            counted(self.tr("Comm."), comments),
        ]
        bar = self.review.tabBar()
        for index, title in enumerate(whole):
            self.review.setTabText(index, title)
            self.review.setTabToolTip(index, title)
        needed = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
        if self.review.isVisible() and needed > self.review.width():  # laid out: its width
            for index, title in enumerate(short):
                self.review.setTabText(index, title)

    # -- windows --------------------------------------------------------------------------------

    def freeze(self) -> None:
        from deliberation.ui.opinions.versions_dialog import freeze_version

        if self.session is None:
            return
        version = freeze_version(self, self.session, self.messages)
        if version is not None:
            self.status_message.emit(
                self.tr("Version %1 figée.").replace("%1", str(version.number))
            )

    def show_versions(self) -> None:
        from deliberation.ui.opinions.versions_dialog import VersionsDialog

        if self.session is None:
            return
        self._show(VersionsDialog(self.session, self.messages, self))

    def show_disputed(self) -> None:
        from deliberation.ui.opinions.disputed_dialog import DisputedDialog

        if self.session is None:
            return
        self.session.flush()
        dialog = DisputedDialog(self.editor.opinions, self.session, self)
        dialog.go_to.connect(self.go_to)
        self._show(dialog)

    def export_word(self) -> None:
        from deliberation.ui.opinions.export_dialog import OpinionExporter

        if self.session is None:
            return
        if self.exporter is None:
            self.exporter = OpinionExporter(self.editor, self.messages, self)
            self.exporter.status_message.connect(self.status_message)
        self.exporter.start(self.session)

    def import_review(self) -> None:
        from deliberation.ui.opinions.review_import_dialog import import_review

        if self.session is None:
            return
        dialog = import_review(self, self.editor, self.session, self.messages)
        if dialog is not None:
            dialog.status_message.connect(self.status_message)
            self._show(dialog)

    def take_away(self) -> None:
        """« Emporter pour travailler hors ligne… »: the opinion written to a package."""
        from deliberation.ui.opinions.package_dialog import PackageWriter

        if self.session is None:
            return
        if self.package_writer is None:
            self.package_writer = PackageWriter(self.editor, self.messages, self)
            self.package_writer.status_message.connect(self.status_message)
        self.package_writer.start(self.session)

    def bring_back(self) -> None:
        """« Rapporter un travail hors ligne… »: a package merged back, after a preview."""
        from deliberation.ui.opinions.package_dialog import import_package

        if self.session is None:
            return
        dialog = import_package(self, self.editor, self.session, self.messages)
        if dialog is not None:
            dialog.status_message.connect(self.status_message)
            self._show(dialog)

    def circulate_draft(self) -> None:
        """« Diffuser le projet… »: the opinion's Word export to each organisation, named for
        it (the review import then knows who sent it back)."""
        from deliberation.ui.mail.send_dialog import SendDialog
        from deliberation.ui.opinions.versions_dialog import saved

        if self.session is None or not saved(self.session):
            return
        opinion_id = self.session.opinion_id
        title = self.editor.opinions.opinion(opinion_id).title
        dialog = SendDialog(
            self.editor.root,
            self.tr("Diffuser le projet : « %1 »").replace("%1", title),
            lambda m: m.draft_mails(opinion_id, dry_run=True),
            self.messages,
            self,
            final=lambda m: m.draft_mails(opinion_id),
        )
        dialog.status_message.connect(self.status_message)
        self.send_dialog = dialog
        self._show(dialog)

    def show_keys(self) -> None:
        from deliberation.ui.opinions.text.editor import KEYS

        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in KEYS)
        self.messages.information(
            self, self.tr("Raccourcis de l'éditeur"), f"<table cellpadding='3'>{rows}</table>"
        )

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog)
                                 if dialog in self._dialogs else None)  # fmt: skip
        self._dialogs.append(dialog)
        dialog.show()
