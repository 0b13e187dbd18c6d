"""The toolbar's own icons for back, forward and the start page, drawn in the window's
text colour.

Drawn here rather than taken from the style (QStyle.standardIcon): asking for the style
from Python makes PySide6 build all of QStyle's enums, milliseconds before the first
paint. Drawn when painted, they are sharp at any screen scale, follow the theme (light,
dark, high contrast) without being set again, and look the same on every system.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from app.typing_compat import override

HOUSE = ((0.5, 0.08), (0.94, 0.5), (0.8, 0.5), (0.8, 0.92), (0.2, 0.92), (0.2, 0.5), (0.06, 0.5))
ARROW = ((0.1, 0.5), (0.5, 0.12), (0.5, 0.36), (0.9, 0.36), (0.9, 0.64), (0.5, 0.64), (0.5, 0.88))


def _arrow(left: bool) -> QPainterPath:
    """An arrow in a 1x1 box: a head and a shaft, pointing left or right."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x if left else 1 - x, y) for x, y in ARROW]))
    path.closeSubpath()
    return path


def _house() -> QPainterPath:
    """A house in a 1x1 box: a roof over a body with a door cut out."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in HOUSE]))
    path.closeSubpath()
    door = QPainterPath()
    door.addRect(QRectF(0.42, 0.62, 0.16, 0.3))
    return path.subtracted(door)


@cache
def shape(glyph: str) -> QPainterPath:
    """The glyph's outline, made once: "back", "forward" or "start"."""
    return _house() if glyph == "start" else _arrow(glyph == "back")


class GlyphEngine(QIconEngine):
    def __init__(self, glyph: str) -> None:
        super().__init__()
        self.glyph = glyph

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        disabled = mode == QIcon.Mode.Disabled
        group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Normal
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        side = min(rect.width(), rect.height()) * 0.9
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5)
        painter.scale(side, side)
        painter.setPen(QPen(Qt.PenStyle.NoPen))
        painter.setBrush(colour)
        painter.drawPath(shape(self.glyph))
        painter.restore()

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        # Qt's own would paint on a pixmap that was never cleared
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    @override
    def clone(self) -> QIconEngine:
        return GlyphEngine(self.glyph)


def glyph_icon(glyph: str) -> QIcon:
    """ "back", "forward" or "start"."""
    return QIcon(GlyphEngine(glyph))
