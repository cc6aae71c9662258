"""The headless command line (`deliberation`); it never imports Qt widgets."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run one command (see `deliberation.cli.commands.main`); `--version` alone is answered
    here, before the command line's modules are imported."""
    if (sys.argv[1:] if argv is None else argv) == ["--version"]:
        from deliberation import __version__

        print(f"deliberation {__version__}")  # what argparse prints for it (cli.arguments.PROG)
        return 0
    from deliberation.cli.commands import main as run_command

    return run_command(argv)


__all__ = ["main"]
