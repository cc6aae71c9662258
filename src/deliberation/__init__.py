"""Délibération: the committee's working groups, meetings, positions and opinions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("deliberation")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
