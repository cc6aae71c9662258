"""Editor benchmark: a 160-page opinion in the opinion workspace, against a plain QTextEdit.

Run: .venv/bin/python bench/editor.py [--pages N] [--runs R]. Builds a store holding a long
opinion brought in from Word as a rapporteur does (`long_opinion.write_long_docx` writes the
draft — headings on three levels with typed numbers, considérants, recommendations, lists, bold
and italic — and the `import opinion` use case creates the draft), then, each in its own
process:
- the plain reference: a bare `QTextEdit` given the same text with `setPlainText`, read from a
  plain text file written beforehand (it imports nothing of ours, so its memory is Qt's and
  the text's alone);
- the workspace: the opinion opened in `OpinionWorkspace` (editor, outline, word count,
  positions panel), as the application shows it.
In both it times the opening to the end of the first paint of the text's view (a long text is
shown from its first part on, editable), and for the workspace, for information, the time until
everything is filled (the rest of the text, margin, outline, word count, panels). It then drives
the same session on a paragraph in the middle of the text: typing a sentence, pressing Entrée,
typing again, pausing past every refresh and past the autosave, while a 1 ms heartbeat timer
measures the longest stall of the UI thread in each phase; it then reads the resident memory.
Each side runs --runs times; prints the median over the runs of the longest stall of each phase
(target ≤ 16 ms, one frame), the opening ratio of the medians (target ≤ 2) and the memory ratio
(target ≤ 1.5), with, for information, the memory before the text was opened and the longest
garbage collection seen. A benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TARGETS = {"stall_ms": 16.0, "open": 2.0, "memory": 1.5}


def build(location: Path, pages: int) -> tuple[int, int, int]:
    """A store holding the long opinion, brought in as a rapporteur does: a Word draft written
    by `long_opinion.write_long_docx`, then the `import opinion` use case, and the same text as
    plain lines in `location` with the suffix .txt, for the plain reference; (opinion id,
    paragraphs, words)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from deliberation.rules.opinion_text import text_word_count
    from deliberation.services.opinion_import import OpinionImport
    from deliberation.services.root import open_root
    from long_opinion import write_long_docx

    draft = location.with_suffix(".docx")
    write_long_docx(draft, pages=pages)
    opened = open_root(str(location))
    importer = OpinionImport(opened)
    snap = importer.apply(importer.preview(draft, "Avis de 160 pages sur les services publics"))
    paragraphs = opened.opinions.text(snap.id).paragraphs
    opened.close()
    text = "\n".join(paragraph.text for paragraph in paragraphs)  # its lines, one a line
    location.with_suffix(".txt").write_text(text, encoding="utf-8")
    return snap.id, len(paragraphs), text_word_count(paragraphs)


CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QElapsedTimer, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

which, location, opinion_id = sys.argv[1], sys.argv[2], int(sys.argv[3])


def rss_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


app = QApplication([])
painted = []


class FirstPaint(QObject):  # notes when the text's view has finished its first paint

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            QTimer.singleShot(0, lambda: painted or painted.append(time.perf_counter()))
        return False


first_paint = FirstPaint()
if which == "plain":
    with open(location[: -len(".sqlite3")] + ".txt", encoding="utf-8") as plain_file:
        text = plain_file.read()
    import gc; gc.collect()
    before_open = rss_mib()
    start = time.perf_counter()
    view = QTextEdit()
    view.resize(1280, 760)
    view.viewport().installEventFilter(first_paint)
    view.setPlainText(text)
    view.show()
    target = view
else:
    from deliberation.services.root import open_root
    from deliberation.ui.kit.editor import Editor
    from deliberation.ui.kit.messages import MessageService
    from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
    opened = open_root(location)
    editor = Editor(opened)
    workspace = OpinionWorkspace(editor, MessageService())
    workspace.resize(1280, 760)
    workspace.show()
    app.processEvents()
    from deliberation.ui.kit.background import keep_for_good
    keep_for_good()  # as the application does once its window is ready
    import gc; gc.collect()
    before_open = rss_mib()
    workspace.text.viewport().installEventFilter(first_paint)
    painted.clear()
    start = time.perf_counter()
    workspace.open_opinion(opinion_id)
    target = workspace.text
while not painted:  # to the end of the first paint of the text's view
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
opening = painted[0] - start
# everything (the rest of a long text, the margin, outline, word count and panels) for
# information
while which != "plain" and workspace.filling:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
app.processEvents()
filled = time.perf_counter() - start

# Put the cursor at the end of a paragraph in the middle of the text.
document = target.document()
block = document.findBlockByNumber(document.blockCount() // 2)
while block.isValid() and block.textList() is not None:
    block = block.next()
cursor = QTextCursor(block)
cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
target.setTextCursor(cursor)
target.setFocus()

import gc
collections = {"longest": 0.0, "began": 0.0}


def collected(state, info):  # Python's own garbage collection, told apart from our handlers
    if state == "start":
        collections["began"] = time.perf_counter()
    else:
        spent = time.perf_counter() - collections["began"]
        collections["longest"] = max(collections["longest"], spent)


gc.callbacks.append(collected)
stalls = {"typing": 0.0, "enter": 0.0, "pause": 0.0}
phase = ["typing"]
last = [time.perf_counter()]


def beat():
    now = time.perf_counter()
    stalls[phase[0]] = max(stalls[phase[0]], now - last[0])
    last[0] = now


heart = QTimer()
heart.setInterval(1)
heart.timeout.connect(beat)

keys = []
for ch in " Les usagers attendent une réponse claire":
    keys.append(("typing", ch))
keys.append(("enter", "\r"))
for ch in "Un nouveau paragraphe commence ici":
    keys.append(("typing", ch))


def press(ch):
    key = Qt.Key.Key_Return if ch == "\r" else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def step():
    if not keys:
        phase[0] = "pause"  # the refreshes, the markers and the autosave happen now
        QTimer.singleShot(3000, finish)
        return
    phase[0], ch = keys.pop(0)
    last[0] = time.perf_counter()
    press(ch)
    beat()
    phase[0] = "typing"
    QTimer.singleShot(60, step)  # a brisk typist: 16 characters a second


def finish():
    heart.stop()
    app.processEvents()
    saved = None
    if which != "plain":
        saved = not workspace.session.dirty
    print(json.dumps({
        "open_s": opening,
        "rss_mib": rss_mib(),
        "rss_before_mib": before_open,
        "stall_ms": {k: v * 1000 for k, v in stalls.items()},
        "saved": saved,
        "gc_ms": collections["longest"] * 1000,
        "filled_s": filled,
    }), flush=True)
    app.quit()


heart.start()
QTimer.singleShot(200, step)
app.exec()
"""


def run_child(which: str, location: Path, opinion_id: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, which, str(location), str(opinion_id)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=160)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "bench.sqlite3"
        opinion_id, count, words = build(location, args.pages)
        print(f"{args.pages} pages: {count} paragraphs, {words} words")
        plain = [run_child("plain", location, opinion_id) for _ in range(args.runs)]
        ours = [run_child("editor", location, opinion_id) for _ in range(args.runs)]

    def median(results: list[dict[str, object]], key: str) -> float:
        values = sorted(float(r[key]) for r in results)  # type: ignore[arg-type]
        return values[len(values) // 2]

    def worst(results: list[dict[str, object]], phase: str) -> float:
        """The median over the runs of each run's longest stall (a shared machine's noise
        shows in one run, not in all)."""
        values = sorted(float(r["stall_ms"][phase]) for r in results)  # type: ignore[index]
        return values[len(values) // 2]

    for phase in ("typing", "enter", "pause"):
        print(
            f"longest stall while {phase:7s}: {worst(ours, phase):6.1f} ms"
            f"   (plain QTextEdit {worst(plain, phase):5.1f} ms)"
        )
    stall = max(worst(ours, phase) for phase in ("typing", "enter", "pause"))
    opening = median(ours, "open_s") / median(plain, "open_s")
    memory = median(ours, "rss_mib") / median(plain, "rss_mib")
    print(
        f"stall {stall:.1f} ms (target ≤ {TARGETS['stall_ms']:.0f})"
        f"\nopening {median(ours, 'open_s') * 1000:.0f} ms vs {median(plain, 'open_s') * 1000:.0f}"
        f" ms: ratio {opening:.2f} (target ≤ {TARGETS['open']})"
        f"\nmemory {median(ours, 'rss_mib'):.0f} MiB vs {median(plain, 'rss_mib'):.0f} MiB:"
        f" ratio {memory:.2f} (target ≤ {TARGETS['memory']})"
        f"\n  (before the text was opened: {median(ours, 'rss_before_mib'):.0f} MiB vs"
        f" {median(plain, 'rss_before_mib'):.0f} MiB)"
        f"\n  (everything filled — whole text, margin, outline, word count, panels:"
        f" {median(ours, 'filled_s') * 1000:.0f} ms)"
        f"\nsaved after the pause: {all(r['saved'] for r in ours)}"
        f"\nlongest garbage collection: {median(ours, 'gc_ms'):.1f} ms"
        f" (plain QTextEdit {median(plain, 'gc_ms'):.1f} ms)"
    )


if __name__ == "__main__":
    main()
