"""The icon's renders: every PNG size desktops expect, the Windows .ico, the app's copy."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"
BLUE = QColor("#000091")


@pytest.fixture(scope="module")
def render() -> ModuleType:
    """packaging/icons/render.py, imported from its file (it is no module of the package)."""
    spec = importlib.util.spec_from_file_location("icon_render", ICONS / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("icon_render", module)
    spec.loader.exec_module(module)
    return module


def differs(one: QImage, other: QImage) -> int:
    """The largest difference of one channel between two images of one size."""
    one = one.convertToFormat(QImage.Format.Format_ARGB32)
    other = other.convertToFormat(QImage.Format.Format_ARGB32)
    assert one.size() == other.size()
    worst = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            )
    return worst


def test_every_size_is_there_at_its_size_and_matches_the_render(qapp, render) -> None:
    assert render.SIZES == (16, 22, 24, 32, 48, 64, 128, 256, 512)
    for size in render.SIZES:
        path = render.png_path(size)
        assert path == ICONS / "hicolor" / f"{size}x{size}" / "apps" / "deliberation.png"
        committed = QImage(str(path))
        assert (committed.width(), committed.height()) == (size, size), path
        assert committed.hasAlphaChannel()
        # corners transparent, the middle of the bubble the administration's blue or white
        assert committed.pixelColor(0, 0).alpha() == 0
        if size <= 128:  # the pixel-by-pixel walk stays short; larger ones by a scaled check
            assert differs(committed, render.render(size)) <= 2, f"{path} is not the render"
        else:
            fresh = render.render(size).scaled(64, 64)
            assert differs(committed.scaled(64, 64), fresh) <= 2, f"{path} is not the render"


def test_the_bubble_is_the_administrations_blue(qapp, render) -> None:
    image = QImage(str(render.png_path(64)))
    blue = image.pixelColor(12, 40)  # inside the bubble, left of the check mark
    assert (blue.red(), blue.green(), blue.blue(), blue.alpha()) == (0, 0, 0x91, 255)
    white = image.pixelColor(27, 36)  # on the check mark's stroke, at its bend
    assert (white.red(), white.green(), white.blue()) == (255, 255, 255)


def test_the_windows_icon_holds_every_size(qapp, render) -> None:
    data = (ICONS / "deliberation.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    assert count == len(render.ICO_SIZES)
    # read back by Qt's own ICO reader, one image a size
    array = QByteArray(data)  # kept: the buffer does not own it
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"ico"))
    sizes = []
    for number in range(reader.imageCount()):
        assert reader.jumpToImage(number)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        assert image.height() == image.width()
        assert differs(image, QImage(str(render.png_path(image.width())))) == 0
    assert sorted(sizes) == sorted(render.ICO_SIZES)
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_application_loads_the_same_icon(render) -> None:
    app_copy = ROOT / "resources" / "icons"
    assert (app_copy / "deliberation.svg").read_bytes() == render.SOURCE.read_bytes()
    assert (app_copy / "deliberation-256.png").read_bytes() == render.png_path(256).read_bytes()
