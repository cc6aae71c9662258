"""Entry script of the frozen bundle: the `deliberation` command line, or the window without one."""

import os
import sys

# The windowed executable (Windows, macOS) has no console: print() and logging would write to
# None. Their output goes nowhere instead; errors still reach the user in the window.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

# The Linux bundle has no Wayland client (packaging/deliberation.spec): in a Wayland session Qt
# would first look for it and say so on the error output; the window goes through XWayland.
if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from deliberation.cli import main  # noqa: E402  (after the streams exist)

sys.exit(main())
