"""Importing the interface keeps no module's source in memory, and PySide's import check still
tells the modules that use PySide6 from the others."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import linecache, sys
import PySide6.QtWidgets  # as in the editor's bench: Qt first, the store's SQLAlchemy next
import deliberation.services.root  # read by PySide's check before the interface came
import deliberation.ui
from deliberation.ui.opinions.opinion_workspace import OpinionWorkspace
import sqlalchemy.orm

kept = [  # files' sources (SQLAlchemy's generated functions register theirs, with no mtime)
    name for name, entry in linecache.cache.items() if len(entry) == 4 and entry[1] is not None
]
assert not kept, kept[:5]
marks = sys.modules["shibokensupport.feature"].pyside_feature_dict
# modules imported after the interface: those naming PySide6 are PySide's, the others ignored
assert marks["deliberation.ui.opinions.opinion_workspace"] == 0, marks
assert marks["deliberation.ui.kit.colours"] == -1
# a traceback's source lines are still read on demand
assert linecache.getline(sqlalchemy.orm.__file__, 1).strip(), "no source line on demand"
print("ok")
"""


def test_no_module_source_is_kept_and_pyside_still_knows_its_modules() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
