"""The window on a shared PostgreSQL base for a reader and a rapporteur: what it hides, what it
notes in the status bar, and a write the server refuses told in one sentence, nothing lost."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.store.conftest import SERVER, needs_postgres, pg_url  # noqa: F401  (the fixture)
from tests.ui.conftest import RecordingMessages

from deliberation.services.root import Root, open_root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.main_window import MEETINGS, OPINIONS, POSITIONS, REFERENTIAL, MainWindow

pytestmark = needs_postgres


@pytest.fixture
def shared(pg_url: str) -> Iterator[tuple[str, str, str]]:  # noqa: F811  (the fixture above)
    """A base with its roles, and two logins of their own: a reader and a rapporteur."""
    assert SERVER
    logins = [f"deliberation_test_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for login in logins:
            connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
    with open_root(pg_url) as owner:
        owner.create_roles()
        owner.grant_role(logins[0], "lecture")
        owner.grant_role(logins[1], "rapporteur")
    yield pg_url, logins[0], logins[1]
    with admin.connect() as connection:
        for login in logins:
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()


def window_for(qtbot: QtBot, url: str, login: str, messages: RecordingMessages) -> MainWindow:
    root = open_root(make_url(url).set(username=login).render_as_string(hide_password=False))
    editor = Editor(root)
    window = MainWindow(editor, url, messages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    assert window.editor is not None
    root: Root = window.editor.root
    window.close()
    root.close()


def test_a_reader_sees_no_write_and_a_refused_save_keeps_what_was_typed(
    qtbot: QtBot, shared: tuple[str, str, str]
) -> None:
    url, reader, _ = shared
    messages = RecordingMessages()
    window = window_for(qtbot, url, reader, messages)
    try:
        assert window.role_label.isVisible()
        assert window.role_label.text() == "Connecté en lecture seule"
        assert not window.outbox_action.isEnabled()
        assert not window.mail_settings_action.isEnabled()
        for key in (REFERENTIAL, MEETINGS, POSITIONS, OPINIONS):
            page = window.show_area(key)
            assert not page.new_action.isVisible(), key  # type: ignore[attr-defined]
            assert not page.edit_action.isVisible(), key  # type: ignore[attr-defined]
        opinions = window.show_area(OPINIONS)
        assert not opinions.empty_button.isVisible()  # type: ignore[attr-defined]
        assert not opinions.workspace.import_action.isVisible()  # type: ignore[attr-defined]

        # A double click still opens the record; its save is refused by the server.
        page = window.show_area(REFERENTIAL)
        amf = next(o.id for o in page.editor.referential.organisations() if o.acronym == "AMF")
        assert page.select_organisation(amf)  # type: ignore[attr-defined]
        page.edit_organisation()  # type: ignore[attr-defined]
        dialog = page.dialog
        assert dialog is not None and dialog.isVisible()
        dialog.name.setText("Nom tapé par le lecteur")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.isVisible()  # nothing typed is lost
        assert dialog.name.text() == "Nom tapé par le lecteur"  # type: ignore[attr-defined]
        assert dialog.general_error.text() == (  # type: ignore[attr-defined]
            "Vous n'avez pas le droit de modifier les organisations sur cette base partagée."
        )
        assert messages.errors == []
        assert page.editor.referential.organisation(amf).name != "Nom tapé par le lecteur"
        dialog.discard()  # type: ignore[attr-defined]
    finally:
        close(window)


def test_a_rapporteur_writes_opinions_only(qtbot: QtBot, shared: tuple[str, str, str]) -> None:
    url, _, rapporteur = shared
    window = window_for(qtbot, url, rapporteur, RecordingMessages())
    try:
        assert window.role_label.text() == "Rôle : rapporteur"
        assert not window.outbox_action.isEnabled()
        for key in (REFERENTIAL, MEETINGS, POSITIONS):
            page = window.show_area(key)
            assert not page.new_action.isVisible(), key  # type: ignore[attr-defined]
        opinions = window.show_area(OPINIONS)
        assert opinions.new_action.isVisible()  # type: ignore[attr-defined]
        assert opinions.workspace.import_action.isVisible()  # type: ignore[attr-defined]
    finally:
        close(window)


def test_a_local_base_notes_no_role(window: MainWindow) -> None:
    assert not window.role_label.isVisible() and window.role_label.text() == ""
    assert window.outbox_action.isEnabled()
    assert window.show_area(REFERENTIAL).new_action.isVisible()  # type: ignore[attr-defined]
