"""Does a list of reviewers' edits in one LibreOffice Writer through UNO (run by /usr/bin/python3).

Usage: /usr/bin/python3 bench/review_trial_office.py JOBS.json PROFILE_URL
JOBS.json is a list of {"source", "target", "track": bool, "ops": [...]}; each job opens its
source, does its operations with the document's own API (as the menu commands a reviewer uses
do), saves to target in the format of its extension (.docx or .odt) and closes. Jobs run in order,
so a job may open what an earlier one saved. Comments are not made here: inserting one through UNO
kills LibreOffice 7.4 (headless or under Xvfb, by the API or the menu command); the trial adds
them to a LibreOffice .odt as it writes them and has LibreOffice convert that. Prints one JSON
line: per job, what went wrong or null. Used by bench/review_trial.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

PARAGRAPH_BREAK = 0
FILTERS = {".odt": "writer8", ".docx": "MS Word 2007 XML"}


def prop(name: str, value: object) -> Any:
    result = PropertyValue()
    result.Name, result.Value = name, value
    return result


class Session:
    """One headless LibreOffice on a pipe, with its desktop and dispatcher."""

    def __init__(self, profile: str) -> None:
        pipe = f"deliberation_trial_{os.getpid()}"
        self.office = subprocess.Popen(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible",
             "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(600):
            try:
                self.context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
                )
                break
            except NoConnectException:
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not start")
        manager = self.context.ServiceManager
        self.desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", self.context)
        self.dispatcher = manager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.context
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the bridge goes away as LibreOffice quits
            self.desktop.terminate()
        try:
            self.office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.office.kill()

    def run(self, job: dict[str, Any]) -> None:
        doc = self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(job["source"]), "_blank", 0, (prop("Hidden", True),)
        )
        try:
            doc.RecordChanges = bool(job.get("track"))
            for op in job["ops"]:
                getattr(self, "op_" + op["do"])(doc, **{k: v for k, v in op.items() if k != "do"})
            extension = os.path.splitext(job["target"])[1].lower()
            doc.storeToURL(
                uno.systemPathToFileUrl(job["target"]), (prop("FilterName", FILTERS[extension]),)
            )
        finally:
            doc.close(True)

    # -- where -----------------------------------------------------------------------------------

    @staticmethod
    def find(doc: Any, text: str, nth: int = 0) -> Any:
        search = doc.createSearchDescriptor()
        search.SearchString = text
        search.SearchCaseSensitive = True
        hit = doc.findFirst(search)
        for _ in range(nth):
            hit = doc.findNext(hit.getEnd(), search) if hit is not None else None
        if hit is None:
            raise LookupError(f"not found: {text}")
        return hit

    @staticmethod
    def in_footnote(doc: Any, text: str) -> Any:
        for i in range(doc.Footnotes.getCount()):
            note = doc.Footnotes.getByIndex(i)
            whole = note.getString()
            if text in whole:
                cursor = note.getText().createTextCursor()
                cursor.gotoStart(False)
                cursor.goRight(whole.index(text), False)
                cursor.goRight(len(text), True)
                return cursor
        raise LookupError(f"not in a footnote: {text}")

    # -- the edits -------------------------------------------------------------------------------

    def op_insert(self, doc: Any, find: str, text: str, where: str = "before") -> None:
        hit = self.find(doc, find)
        hit.getText().insertString(
            hit.getStart() if where == "before" else hit.getEnd(), text, False
        )

    def op_replace(self, doc: Any, find: str, text: str, nth: int = 0) -> None:
        self.find(doc, find, nth).setString(text)

    def op_footnote_replace(self, doc: Any, find: str, text: str) -> None:
        self.in_footnote(doc, find).setString(text)

    def op_format(self, doc: Any, find: str, name: str, value: Any) -> None:
        if name == "CharPosture":
            value = uno.Enum("com.sun.star.awt.FontSlant", value)
        self.find(doc, find).setPropertyValue(name, value)

    def op_paragraph_after(self, doc: Any, find: str, text: str) -> None:
        hit = self.find(doc, find)
        cursor = hit.getText().createTextCursorByRange(hit.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.getText().insertString(cursor, text, False)

    def op_paragraph_before(self, doc: Any, find: str, text: str) -> None:
        """Enter at the start of the paragraph, up arrow, typing."""
        hit = self.find(doc, find)
        cursor = hit.getText().createTextCursorByRange(hit.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.gotoPreviousParagraph(False)
        cursor.getText().insertString(cursor, text, False)

    def op_delete_paragraph(self, doc: Any, find: str) -> None:
        hit = self.find(doc, find)
        cursor = hit.getText().createTextCursorByRange(hit.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)  # and its paragraph mark
        cursor.setString("")

    def op_split(self, doc: Any, at: str) -> None:
        hit = self.find(doc, at)
        cursor = hit.getText().createTextCursorByRange(hit.getStart())
        cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)

    def op_merge(self, doc: Any, end_of: str) -> None:
        """Delete at the end of the paragraph holding `end_of`, then a space."""
        hit = self.find(doc, end_of)
        cursor = hit.getText().createTextCursorByRange(hit.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.goRight(1, True)
        cursor.setString(" ")

    def op_dispatch(self, doc: Any, command: str) -> None:
        frame = doc.getCurrentController().getFrame()
        self.dispatcher.executeDispatch(frame, command, "", 0, ())


def main(jobs_path: str, profile: str) -> None:
    with open(jobs_path, encoding="utf-8") as stream:
        jobs = json.load(stream)
    session = Session(profile)
    errors: list[str | None] = []
    try:
        for job in jobs:
            try:
                session.run(job)
                errors.append(None)
            except Exception as error:  # reported per job, the next ones go on
                errors.append(f"{type(error).__name__}: {error}")
                if "Disposed" in type(error).__name__ or "Disposed" in str(error):
                    session.close()  # LibreOffice died: a new one for the next jobs
                    session = Session(profile)
    finally:
        session.close()
    print(json.dumps(errors))


if __name__ == "__main__":
    main(*sys.argv[1:3])
