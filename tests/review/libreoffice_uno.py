"""Edits a .docx in LibreOffice itself through UNO, as a reviewer would, and saves it as .docx."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

UNO_PYTHON = "/usr/bin/python3"  # the system Python that has python3-uno


def _has_uno() -> bool:
    if shutil.which("soffice") is None or not Path(UNO_PYTHON).exists():
        return False
    found = subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    return found.returncode == 0


needs_uno = pytest.mark.skipif(not _has_uno(), reason="LibreOffice with python3-uno is missing")

# Run by the system Python: starts a headless LibreOffice on a pipe, opens the file, does one
# edit with the document's own API (as the user's menu commands do), saves it as Word 2007-365
# (or as OpenDocument when the target's name ends with .odt).
_SCRIPT = r"""
import json, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

job = json.loads(sys.argv[1])

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value
    return p

office = subprocess.Popen(["soffice", job["profile"], "--headless", "--invisible",
    "--nologo", "--norestore", "--accept=pipe,name=" + job["pipe"] + ";urp;"])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            context = resolver.resolve(
                "uno:pipe,name=" + job["pipe"] + ";urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            time.sleep(0.1)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(job["source"]), "_blank", 0, (prop("Hidden", True),))
    found = {}
    if job["action"] == "reject_insertions":
        # Reject each tracked insertion as the « Gérer les modifications » dialog does: the
        # view selects the change, then « Rejeter ».
        dispatcher = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context)
        frame = doc.getCurrentController().getFrame()
        rejected = 0
        for _ in range(100):
            inserts = [r for r in doc.Redlines if r.RedlineType == "Insert"]
            if not inserts:
                break
            view = doc.getCurrentController().getViewCursor()
            view.gotoRange(inserts[0].RedlineStart, False)
            view.gotoRange(inserts[0].RedlineEnd, True)
            dispatcher.executeDispatch(frame, ".uno:RejectTrackedChange", "", 0, ())
            if len(doc.Redlines) == len(inserts):
                found["stuck"] = True
                break
            rejected += 1
        found["rejected"] = rejected
        found["left"] = [r.RedlineType for r in doc.Redlines]
    elif job["action"] == "split":
        # Enter pressed before `at`, change tracking off.
        doc.RecordChanges = False
        search = doc.createSearchDescriptor()
        search.SearchString = job["at"]
        hit = doc.findFirst(search)
        if hit is None:
            raise SystemExit("not found: " + job["at"])
        cursor = hit.getText().createTextCursorByRange(hit.getStart())
        hit.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        found["split"] = True
    elif job["action"] == "format":
        # The text `at` given the character property `name` = `value`, change tracking on.
        doc.RecordChanges = True
        search = doc.createSearchDescriptor()
        search.SearchString = job["at"]
        hit = doc.findFirst(search)
        if hit is None:
            raise SystemExit("not found: " + job["at"])
        hit.setPropertyValue(job["name"], job["value"])
        found["changes"] = [r.RedlineType for r in doc.Redlines]
    elif job["action"] == "paragraph_after":
        # Enter at the end of the paragraph holding `at`, then typing `text`, tracking on.
        doc.RecordChanges = True
        search = doc.createSearchDescriptor()
        search.SearchString = job["at"]
        hit = doc.findFirst(search)
        if hit is None:
            raise SystemExit("not found: " + job["at"])
        cursor = hit.getText().createTextCursorByRange(hit.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        cursor.getText().insertString(cursor, job["text"], False)
    elif job["action"] == "footnote_replace":
        # The text `at` of a footnote replaced by `text`, tracking on.
        doc.RecordChanges = True
        for i in range(doc.Footnotes.getCount()):
            note = doc.Footnotes.getByIndex(i)
            whole = note.getString()
            if job["at"] in whole:
                cursor = note.getText().createTextCursor()
                cursor.gotoStart(False)
                cursor.goRight(whole.index(job["at"]), False)
                cursor.goRight(len(job["at"]), True)
                cursor.setString(job["text"])
                break
        else:
            raise SystemExit("not in a footnote: " + job["at"])
        found["changes"] = [r.RedlineType for r in doc.Redlines]
    elif job["action"] == "merge":
        # Delete at the end of the paragraph holding `at`, then a space; tracking as `track`.
        doc.RecordChanges = bool(job["track"])
        search = doc.createSearchDescriptor()
        search.SearchString = job["at"]
        hit = doc.findFirst(search)
        if hit is None:
            raise SystemExit("not found: " + job["at"])
        cursor = hit.getText().createTextCursorByRange(hit.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.goRight(1, True)
        cursor.setString(" ")
    filters = {"odt": "writer8", "docx": "MS Word 2007 XML"}
    doc.storeToURL(uno.systemPathToFileUrl(job["target"]),
                   (prop("FilterName", filters[job["target"].rsplit(".", 1)[-1]]),))
    doc.close(True)
    print(json.dumps(found))
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=60)
    except subprocess.TimeoutExpired:
        office.kill()
"""


def libreoffice_edit(
    source: Path, target: Path, profile: str, action: str, **values: object
) -> dict[str, Any]:
    """Open `source` in LibreOffice, do `action` ("reject_insertions": reject every tracked
    insertion; "split": Enter before the text `at`, tracking off; "format": the text `at` given
    the character property `name` = `value`, tracking on; "paragraph_after": Enter at the end of
    the paragraph holding `at` and `text` typed, tracking on; "footnote_replace": the text `at`
    of a footnote replaced by `text`, tracking on; "merge": the paragraph holding `at` joined to
    the next with a space, tracking if `track`), save to `target` (.docx, or .odt by its name);
    what the script found (JSON)."""
    job = {
        "source": str(source.resolve()),
        "target": str(target.resolve()),
        "profile": profile,
        "pipe": f"dlb_{uuid.uuid4().hex}",
        "action": action,
        **values,
    }
    done = subprocess.run(
        [UNO_PYTHON, "-c", _SCRIPT, json.dumps(job)],
        capture_output=True, text=True, check=True, timeout=240,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])
