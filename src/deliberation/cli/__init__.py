"""The headless command line (`deliberation`); it never imports Qt widgets."""

from deliberation.cli.commands import main

__all__ = ["main"]
