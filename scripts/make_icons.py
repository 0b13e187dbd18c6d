"""Render the app icon from its SVG source to PNG, ICO (Windows) and ICNS (macOS).

    python scripts/make_icons.py

The SVG in resources/icons/ is the source; run this after changing it. Each size is
rendered from the SVG (not scaled from one bitmap). The ICO holds 16, 24, 32, 48 and
64 px as 32-bit bitmaps (what every Windows version and NSIS read) and 256 px as PNG;
the ICNS holds every size macOS asks for, 16 to 1024 px, as PNG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import struct

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "overzichtsplaten.svg")).render(painter)
    painter.end()
    return image


ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS types and pixel sizes (the @2x types are the Retina versions of the size below)
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
    (b"ic10", 1024),
)  # fmt: skip


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit DIB as ICO stores it: double height in the header, rows bottom-up, BGRA,
    then a 1-bit AND mask (all zero: the alpha channel decides)."""
    size = image.width()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes() -> bytes:
    entries = [(s, png_bytes(render(s)) if s >= 256 else bmp_entry(render(s))) for s in ICO_SIZES]
    directory, offset = b"", 6 + 16 * len(entries)
    for size, data in entries:
        side = size if size < 256 else 0  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + b"".join(d for _, d in entries)


def icns_bytes() -> bytes:
    rendered = {size: png_bytes(render(size)) for size in {s for _, s in ICNS_TYPES}}
    body = b"".join(
        kind + struct.pack(">I", 8 + len(rendered[size])) + rendered[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    if not render(256).save(str(ICONS / "overzichtsplaten.png"), "PNG"):
        print("overzichtsplaten.png could not be written", file=sys.stderr)
        return 1
    (ICONS / "overzichtsplaten.ico").write_bytes(ico_bytes())
    (ICONS / "overzichtsplaten.icns").write_bytes(icns_bytes())
    print("written: overzichtsplaten.png, overzichtsplaten.ico, overzichtsplaten.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
