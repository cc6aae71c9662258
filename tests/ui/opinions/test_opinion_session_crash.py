"""Killing the process while typing loses nothing older than the autosave interval."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

from deliberation.records.opinions import OpinionInput, Paragraph, plain_lines
from deliberation.services.root import open_root

# The child types into an editor on the opinion's session, idles past the autosave interval
# without ever asking for a save, types more, says so, and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QTextEdit
    from deliberation.services.root import open_root
    from deliberation.ui.opinions.opinion_session import OpinionSession

    app = QApplication([])
    opened = open_root(sys.argv[1])
    session = OpinionSession(opened.opinions, int(sys.argv[2]))
    view = QTextEdit()
    view.setDocument(session.document)
    view.show()
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.End)

    def say(word):
        print(word, flush=True)

    def type_text(text):  # real key events, accents included
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def first():
        type_text(" Les collectivités financent les équipements.")
        QTimer.singleShot(2500, second)  # idle, as the issue allows: nobody calls flush()

    def second():
        type_text(" Phrase tapée juste avant l'arrêt brutal")
        say("TYPED")

    QTimer.singleShot(0, first)
    app.exec()
    """
)


def test_text_typed_before_the_last_idle_survives_a_kill(tmp_path: Path) -> None:
    location = tmp_path / "store.sqlite3"
    opened = open_root(str(location))
    opinions = opened.opinions
    snap = opinions.apply_opinion(opinions.new_opinion(OpinionInput("avis", "Avis équipements")))
    start = Paragraph(uuid.uuid4(), "paragraph", plain_lines("Constat."))
    opinions.save_text(snap.id, [start], 0)
    opened.close()

    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(script), str(location), str(snap.id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "TYPED"
        child.send_signal(signal.SIGKILL)  # no chance to save what was just typed
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = open_root(str(location))
    try:
        text = reopened.opinions.text(snap.id).paragraphs
    finally:
        reopened.close()
    assert [p.uuid for p in text] == [start.uuid]
    assert text[0].text.startswith("Constat. Les collectivités financent les équipements.")
