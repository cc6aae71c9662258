"""The built wheel carries everything the app needs: resources, migrations, entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("deliberation-*.whl")
    return built


def test_wheel_holds_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".qm")  # the catalogue's source, its build
    }
    for path in shipped:
        assert "deliberation/" + path in names, f"{path} is not in the wheel"
    # the English catalogue travels compiled (built with the wheel), never as its .ts source
    assert "deliberation/resources/translations/deliberation_en.qm" in names
    assert not any(n.endswith(".ts") for n in names)
    assert "deliberation/store/migrations/env.py" in names
    assert "deliberation/store/migrations/versions/0001_referential.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    entries = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "deliberation = deliberation.cli:main" in entries
    # the window's command without a console on Windows, beside the command line's
    gui = entries.split("[gui_scripts]", 1)[1].split("\n[", 1)[0]
    assert "deliberation-window = deliberation.cli:main" in gui
    assert any(n.endswith("LICENSE") and ".dist-info/" in n for n in names)


def test_wheel_version_is_the_package_version(wheel: Path) -> None:
    """pyproject reads the version from the package (`[tool.hatch.version]`): the built wheel's
    metadata, its file name and what `--version` and « À propos » show are one number."""
    from deliberation import __version__

    metadata = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("/METADATA"))
    fields = zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
    assert f"Version: {__version__}" in fields
    assert wheel.name.startswith(f"deliberation-{__version__}-")


def test_installed_wheel_works_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    env = dict(os.environ, PYTHONPATH=str(target), DELIBERATION_STORE=str(tmp_path / "s.sqlite3"))
    where = subprocess.run(
        [sys.executable, "-c", "import deliberation; print(deliberation.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(target))
    for command in (["init"], ["list", "themes", "--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "deliberation", *command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 6
