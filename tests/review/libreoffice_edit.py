"""Edits a file in LibreOffice Writer as a reviewer would, through UNO (run by the system Python).

Usage: python3 libreoffice_edit.py PROFILE_URL SOURCE TARGET
With changes recorded: « responsable » becomes « seul responsable » and a new paragraph is
typed after the one ending with « adhérentes. »; then the file is saved in the format of
TARGET's extension (.odt or .docx)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    result = PropertyValue()
    result.Name, result.Value = name, value
    return result


def main(profile: str, source: str, target: str) -> None:
    pipe = f"deliberation_test_{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible",
         "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                time.sleep(0.5)
        assert context is not None, "LibreOffice did not start"
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, ())
        document.RecordChanges = True
        edit(document)
        filters = {".odt": "writer8", ".docx": "MS Word 2007 XML"}
        extension = os.path.splitext(target)[1].lower()
        document.storeToURL(
            uno.systemPathToFileUrl(target), (prop("FilterName", filters[extension]),)
        )
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away as LibreOffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


def find(document, text: str):  # type: ignore[no-untyped-def]
    search = document.createSearchDescriptor()
    search.SearchString = text
    found = document.findFirst(search)
    assert found is not None, text
    return found


def edit(document) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's edits (comments are left out: LibreOffice 7.4 headless dies inserting one
    through UNO; the comments of a LibreOffice file are tested on files it converted)."""
    found = find(document, "responsable des traitements")
    found.getText().insertString(found.getStart(), "seul ", False)
    end = find(document, "adhérentes.")
    cursor = end.getText().createTextCursorByRange(end.getEnd())
    cursor.gotoEndOfParagraph(False)
    cursor.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    cursor.getText().insertString(
        cursor, "Les petites communes sont accompagnées par l'État.", False
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
