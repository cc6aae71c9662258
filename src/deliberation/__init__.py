"""Délibération: the committee's working groups, meetings, positions and opinions."""

# The single source of the version: pyproject.toml's `[tool.hatch.version]` reads it from here
# for the built package, and the app reads it at no cost (no importlib.metadata lookup).
__version__ = "0.1.0"
