"""Render the app icon from its SVG source to PNG, ICO (Windows) and ICNS (macOS).

    python scripts/make_icons.py

The SVG in resources/icons/ is the source; run this after changing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
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


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    written = []
    for name, size, fmt in (
        ("overzichtsplaten.png", 256, "PNG"),
        ("overzichtsplaten.ico", 256, "ICO"),
        ("overzichtsplaten.icns", 512, "ICNS"),
    ):
        path = ICONS / name
        if not render(size).save(str(path), fmt):
            print(f"{path}: {fmt} could not be written (image plugin missing?)", file=sys.stderr)
            return 1
        written.append(path.name)
    print("written:", ", ".join(written))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
