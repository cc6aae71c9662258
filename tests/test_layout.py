"""Tests mirror the package: each module of src/deliberation has tests/<same path>/test_<module>.py
or a reason in tests/untested.toml."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

TESTS = Path(__file__).parent
PACKAGE = TESTS.parent / "src" / "deliberation"
EXEMPTIONS = TESTS / "untested.toml"


def modules() -> list[str]:
    """Every module of the package, as a path under src/deliberation ("ui/kit/editor.py")."""
    return sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))


def expected_test(module: str) -> Path:
    """Where the test module of a module is expected: the same path under tests/."""
    path = Path(module)
    return TESTS / path.parent / f"test_{path.name}"


def exemptions() -> dict[str, str]:
    with EXEMPTIONS.open("rb") as file:
        return tomllib.load(file)


def exempted(module: str, reasons: dict[str, str]) -> str | None:
    """The key of untested.toml that exempts a module (its path or a pattern), if any."""
    return next((key for key in reasons if key == module or fnmatch(module, key)), None)


def test_every_module_has_its_test_module_or_a_reason() -> None:
    reasons = exemptions()
    missing = [
        f"{module} (expected {expected_test(module).relative_to(TESTS.parent)})"
        for module in modules()
        if not expected_test(module).exists() and exempted(module, reasons) is None
    ]
    assert not missing, (
        "modules without their test module; add it, or say why in tests/untested.toml:\n  "
        + "\n  ".join(missing)
    )


def test_every_exemption_is_needed_and_says_why() -> None:
    reasons = exemptions()
    assert all(isinstance(r, str) and r.strip() for r in reasons.values()), "a reason is empty"
    unused = [key for key in reasons if not any(fnmatch(m, key) for m in modules())]
    assert not unused, f"exemptions that name no module: {unused}"
    tested = [
        module
        for module in modules()
        if expected_test(module).exists()
        and (key := exempted(module, reasons)) is not None
        and "*" not in key
    ]
    assert not tested, f"exempted modules that have their test module now: {tested}"
