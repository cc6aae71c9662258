"""pyproject's dependencies are exactly what src/ imports: none missing, none unused."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "deliberation"


def normalised(name: str) -> str:
    """A distribution name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """« psycopg[binary]>=3.2,<4 » → « psycopg »."""
    match = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
    assert match, requirement
    return normalised(match.group(0))


def declared() -> tuple[set[str], dict[str, set[str]]]:
    """The dependencies, and those of each optional group, as normalised names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {
        group: {requirement_name(r) for r in requirements}
        for group, requirements in project["optional-dependencies"].items()
    }
    return {requirement_name(r) for r in project["dependencies"]}, extras


def imported() -> dict[str, set[str]]:
    """Every third-party top-level module src/ imports, with the files importing it."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "deliberation" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


@cache
def providers_of_modules() -> dict[str, list[str]]:
    return packages_distributions()


def distribution_of(module: str) -> str:
    """The installed distribution providing a top-level module (the environment says)."""
    providers = providers_of_modules().get(module, [])
    assert len(providers) == 1, f"{module} is provided by {providers or 'nothing installed'}"
    return normalised(providers[0])


OPTIONAL = {"psycopg": "postgres"}
"""Imports of an optional group, and the group: the PostgreSQL driver, imported only when a
PostgreSQL store is opened (`pip install deliberation[postgres]`)."""


def test_every_import_is_declared() -> None:
    required, extras = declared()
    missing = []
    for module, files in sorted(imported().items()):
        distribution = distribution_of(module)
        group = OPTIONAL.get(module)
        where = extras[group] if group else required
        if distribution not in where:
            missing.append(f"{distribution} (imported as {module} in {sorted(files)[0]}…)")
    assert not missing, "imported but not declared in pyproject.toml: " + ", ".join(missing)


def test_every_dependency_is_imported() -> None:
    required, _ = declared()
    used = {distribution_of(module) for module in imported()}
    unused = sorted(required - used)
    assert not unused, f"declared in pyproject.toml but imported nowhere in src/: {unused}"


def test_lxml_and_keyring_are_declared_and_used() -> None:
    """The two the issue named: lxml was imported in eleven modules but undeclared; keyring
    was declared before its use (it keeps the SMTP and database passwords now)."""
    required, _ = declared()
    modules = imported()
    assert "lxml" in required and len(modules["lxml"]) >= 4
    assert "keyring" in required and modules["keyring"]
