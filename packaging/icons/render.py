"""Render the icon's SVG source to the PNG sizes desktops expect, a Windows .ico and the app's copy.

Run from anywhere: `python packaging/icons/render.py` (PySide6 from the project's environment;
no display needed). It writes, next to this script, hicolor/<n>x<n>/apps/deliberation.png for
every size of SIZES and deliberation.ico (the ICO_SIZES, PNG-compressed as Windows Vista and later
read them), and under resources/icons/ the SVG and a 256 px PNG the application loads. The
outputs are committed: packagers take them as sources; tests/packaging/test_icons.py checks they
are the sizes stated and match a fresh render.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = HERE / "deliberation.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_COPY = ROOT / "resources" / "icons"
APP_PNG_SIZE = 256


def png_path(size: int, base: Path = HERE) -> Path:
    """Where one size goes, in the hicolor theme's layout (copied as is under share/icons/)."""
    return base / "hicolor" / f"{size}x{size}" / "apps" / "deliberation.png"


def render(size: int, source: Path = SOURCE):  # -> QImage (PySide6 imported lazily)
    """The SVG drawn on a transparent square of `size` pixels, antialiased."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render: cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # image: QImage
    """The image encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("render: PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico holding each PNG as is (ICONDIR, one ICONDIRENTRY each, the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries = b""
    images = b""
    offset = len(header) + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images)
        )
        images += data
    return header + entries + images


def main() -> int:
    pngs = {}
    for size in SIZES:
        data = png_bytes(render(size))
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        pngs[size] = data
    (HERE / "deliberation.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    APP_COPY.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, APP_COPY / "deliberation.svg")
    (APP_COPY / f"deliberation-{APP_PNG_SIZE}.png").write_bytes(pngs[APP_PNG_SIZE])
    print(f"render: {len(SIZES)} PNG sizes, deliberation.ico, resources/icons/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
