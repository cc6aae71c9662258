"""The desktop interface (PySide6): the only package that imports QtWidgets.

Importing it also stops PySide's import check from keeping every module's source in memory.
Once PySide6 is loaded, it checks each module imported afterwards for « PySide6 » in its source
(for its `__feature__` switches), reading that source through Python's line cache, which keeps
it for the process's life: ~250,000 lines of SQLAlchemy, the standard library and our own
modules, ~20 MiB of a ~130 MiB process. The check below gives PySide the same answer from the
module's own loader, which keeps nothing; tracebacks still read source lines on demand.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken's import check, adjusted below)


def _uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source names PySide6: PySide's own test, the source read from the
    module's loader (and dropped) instead of through the line cache. False for a module without
    source (built in, compiled), as PySide's test answers."""
    spec = getattr(module, "__spec__", None)
    get_source = getattr(getattr(spec, "loader", None), "get_source", None)
    if spec is None or get_source is None:
        return False
    try:
        source = get_source(spec.name)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def _forget_module_sources() -> None:
    """Point PySide's import check at `_uses_pyside` and drop the sources it already cached
    (files only: lines registered for generated code stay). Does nothing on a PySide without
    that check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    for filename, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path) of a file
            del linecache.cache[filename]


_forget_module_sources()
