"""The desktop entry and the AppStream metainfo pass Debian's validators, once installed too."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deliberation import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "deliberation.desktop"
METAINFO = PACKAGING / "fr.education.deliberation.metainfo.xml"


def tool(name: str) -> str:
    """The validator's path; the test is skipped where it is not installed (scripts/setup.sh
    --tests installs desktop-file-utils, appstream and appstream-compose)."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh --tests installs it)")
    return found


def install_tree(prefix: Path) -> Path:
    """The files laid out as packaging/README.md says a package installs them, under prefix."""
    share = prefix / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(PACKAGING / "icons" / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(PACKAGING / "icons" / "deliberation.svg", scalable)
    return share


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warning either


def test_desktop_entry_names_the_installed_icon_and_command() -> None:
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entry["Icon"] == "deliberation"
    assert entry["Exec"].split()[0] == "deliberation"  # the [project.scripts] name
    assert entry["StartupWMClass"] == "deliberation"  # ui.app's desktop file name
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (
            PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "deliberation.png"
        ).is_file()


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # only the « developer » tag of AppStream 1.0, unknown to Debian 12's 0.16, is remarked on
    remarks = [line for line in result.stdout.splitlines() if re.match(r"^[EWIP]: ", line)]
    assert all(line.endswith("unknown-tag developer") for line in remarks), result.stdout


def test_metainfo_says_who_where_and_which_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == "fr.education.deliberation"
    assert component.findtext("url[@type='homepage']", "").startswith("https://")
    developer = component.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")
    assert component.find("content_rating") is not None
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__  # the newest first
    images = component.findall("screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        url = image.text or ""
        assert url.startswith("https://"), url
        shipped = ROOT / url.split("/-/raw/main/", 1)[1]  # the screenshot is in the checkout
        assert shipped.is_file(), url


def test_metainfo_composes_with_the_installed_icon(tmp_path: Path) -> None:
    """`appstreamcli compose` on the installed layout finds the desktop entry and the icon
    (icon-not-found before there was one) and writes the catalog with cached icons."""
    compose = tool("appstreamcli")
    if subprocess.run([compose, "compose", "--help"], capture_output=True).returncode != 0:
        pytest.skip("appstreamcli compose needs the appstream-compose package")
    install_tree(tmp_path / "root")
    result = subprocess.run(
        [
            compose,
            "compose",
            "--no-net",
            "--origin",
            "deliberation",
            f"--result-root={tmp_path / 'out'}",
            f"--hints-dir={tmp_path / 'hints'}",
            str(tmp_path / "root"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    catalog_dir = tmp_path / "out" / "usr" / "share" / "swcatalog"
    catalog = gzip.decompress((catalog_dir / "xml" / "deliberation.xml.gz").read_bytes()).decode()
    assert "<id>fr.education.deliberation</id>" in catalog
    assert '<icon type="cached" width="64" height="64">' in catalog
    assert (
        catalog_dir / "icons" / "deliberation" / "128x128" / "fr.education.deliberation.png"
    ).is_file()
    hints = (tmp_path / "hints" / "deliberation.hints.yaml").read_text(encoding="utf-8")
    found = hints.split("\n- Unit:", 1)[1] if "\n- Unit:" in hints else ""
    assert "fr.education.deliberation" in found
    # one remark only: the « developer » tag of AppStream 1.0 (Debian 12 has 0.16)
    assert set(re.findall(r"tag: (\S+)", found)) <= {"asv-unknown-tag"}, found
