"""Fixtures of the GUI tests: an editor over a seeded store, a recording message service, opinion
sessions."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.records.referential import DelegateInput, DelegateRecord
from deliberation.services.opinions import Opinions
from deliberation.services.referential import Referential
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.messages import MessageService
from deliberation.ui.main_window import MainWindow
from deliberation.ui.opinions.opinion_session import OpinionSession
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints on; that is not our bug.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@dataclass
class RecordingMessages(MessageService):
    """Records what would have been shown instead of opening modal boxes."""

    errors: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)
    answer: bool = True
    save_to: Path | None = None  # what save_file answers (None: the user cancelled)
    save_requests: list[str] = field(default_factory=list)
    password: str | None = None  # what ask_password answers (None: the user cancelled)
    password_requests: list[str] = field(default_factory=list)
    folder: Path | None = None  # what choose_folder answers (None: the user cancelled)
    open_from: Path | None = None  # what open_file answers (None: the user cancelled)
    questions: list[str] = field(default_factory=list)  # what confirm was asked
    choice: int | None = None  # what choose answers (None: the user cancelled)
    choices: list[tuple[str, list[str]]] = field(default_factory=list)  # what choose was asked

    def error(self, parent: object, text: str) -> None:
        self.errors.append(text)

    def information(self, parent: object, title: str, text: str) -> None:
        self.abouts.append(text)

    def about(self, parent: object, title: str, text: str) -> None:
        self.abouts.append(text)

    def confirm(self, parent: object, text: str, action: str) -> bool:
        self.questions.append(text)
        return self.answer

    def choose(self, parent: object, text: str, choices: list[str]) -> int | None:
        self.choices.append((text, choices))
        return self.choice

    def save_file(
        self, parent: object, title: str, suggested_name: str, name_filter: str
    ) -> Path | None:
        self.save_requests.append(suggested_name)
        return self.save_to

    def ask_password(self, parent: object, text: str) -> str | None:
        self.password_requests.append(text)
        return self.password

    def choose_folder(self, parent: object, title: str) -> Path | None:
        return self.folder

    def open_file(self, parent: object, title: str, name_filter: str) -> Path | None:
        return self.open_from


@pytest.fixture
def messages() -> RecordingMessages:
    return RecordingMessages()


@pytest.fixture
def editor(qapp: object, opened: Root) -> Editor:
    return Editor(opened)


@pytest.fixture
def window(qtbot: QtBot, editor: Editor, opened: Root, messages: RecordingMessages) -> MainWindow:
    win = MainWindow(editor, opened.store.location, messages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(page: QWidget) -> QWidget:
    """Let an area's detail follow its list, as it does on the next turn of the event loop
    (`page.opening` false once it has); the page."""
    for _ in range(100):
        if not getattr(page, "opening", False):
            return page
        QApplication.processEvents()
    raise AssertionError("the detail never followed the list")


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text into a widget key by key, accented letters included.

    QTest.keyClicks only knows ASCII; other characters are sent as key events carrying text,
    which is what a French keyboard produces.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


@pytest.fixture
def typist(qtbot: QtBot) -> Callable[[QWidget, str], None]:
    """`typist(widget, text)` types text into a widget, accents included."""
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture
def org_id(referential: Referential) -> Callable[[str], int]:
    """The id of the organisation with an acronym."""

    def find(acronym: str) -> int:
        return next(o.id for o in referential.organisations() if o.acronym == acronym)

    return find


@pytest.fixture
def delegates(referential: Referential, org_id: Callable[[str], int]) -> dict[str, DelegateRecord]:
    """A few delegates of AMF, MEN and RdF (written straight to the store), by last name."""
    people = [
        ("AMF", "Claire", "Martin", "titular", "claire.martin@amf.asso.fr"),
        ("AMF", "Jean", "Dupuis", "alternate", ""),
        ("MEN", "Marc", "Bernard", "titular", "marc.bernard@education.gouv.fr"),
        ("RdF", "Sophie", "Leroy", "titular", ""),
    ]
    result = {}
    for acronym, first, last, role, email in people:
        data = DelegateInput(org_id(acronym), first, last, role, email)
        result[last] = referential.apply_delegate(referential.new_delegate(data))
    return result


@pytest.fixture
def workspace(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, opinion_id: int
) -> OpinionWorkspace:
    """The workspace of a test module's `opinion_id` (each module says which opinion)."""
    return open_workspace(qtbot, editor, messages, opinion_id)


def open_workspace(
    qtbot: QtBot, editor: Editor, messages: RecordingMessages, opinion_id: int
) -> OpinionWorkspace:
    """A shown workspace with `opinion_id` open (a test wanting two calls this twice)."""
    widget = OpinionWorkspace(editor, messages)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_opinion(opinion_id)
    return widget


def para(text: str, kind: str = "paragraph", level: int = 1) -> Paragraph:
    """A paragraph of plain text with a new identity."""
    return Paragraph(uuid.uuid4(), kind, plain_lines(text), level)


OpenSession = Callable[..., OpinionSession]


@pytest.fixture
def open_session(qtbot: QtBot, opinions: Opinions) -> Iterator[OpenSession]:
    """`open_session(paragraphs, title="Avis ENT")`: a new "avis" with that text, and its
    session; the sessions' autosave timers are stopped at the end of the test, on this thread.
    """
    sessions: list[OpinionSession] = []

    def open_(paragraphs: Sequence[Paragraph], title: str = "Avis ENT") -> OpinionSession:
        snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", title)))
        opinions.save_text(snap.id, list(paragraphs), 0)
        session = OpinionSession(opinions, snap.id)
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        if shiboken6.isValid(session):  # a test may have deleted it already
            session.timer.stop()
