"""A relation drawn between two elements: arrow, line or dashed contrast."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.plate import DIRECTED_RELATIONS, RelationKind
from app.scene import style
from app.typing_compat import override

ARROW = 16.0


def connector(a: QRectF, b: QRectF) -> QLineF:
    """A straight line between two boxes, from edge to edge.

    Boxes that overlap in x (one above the other) are joined by a vertical
    line through the middle of their overlap, likewise in y; otherwise the
    line runs between the centres, cut at each box's border.
    """
    left, right = max(a.left(), b.left()), min(a.right(), b.right())
    if right - left > 20:
        x = (left + right) / 2
        if a.bottom() <= b.top():
            return QLineF(x, a.bottom(), x, b.top())
        if b.bottom() <= a.top():
            return QLineF(x, a.top(), x, b.bottom())
    top, bottom = max(a.top(), b.top()), min(a.bottom(), b.bottom())
    if bottom - top > 20:
        y = (top + bottom) / 2
        if a.right() <= b.left():
            return QLineF(a.right(), y, b.left(), y)
        if b.right() <= a.left():
            return QLineF(a.left(), y, b.right(), y)
    line = QLineF(a.center(), b.center())
    return QLineF(_exit_point(a, line), _exit_point(b, QLineF(line.p2(), line.p1())))


def _exit_point(box: QRectF, line: QLineF) -> QPointF:
    """Where a line from the box's centre leaves the box."""
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return line.p1()
    scale = min(
        (box.width() / 2) / abs(dx) if dx else math.inf,
        (box.height() / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(line.p1().x() + dx * scale, line.p1().y() + dy * scale)


def line_crosses(line: QLineF, box: QRectF) -> bool:
    """Whether a segment passes through a box (Liang-Barsky clipping)."""
    x0, y0, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - box.left()),
        (dx, box.right() - x0),
        (-dy, y0 - box.top()),
        (dy, box.bottom() - y0),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return high - low > 1e-6


class RelationItem(QGraphicsItem):
    def __init__(self, source_id: str, target_id: str, kind: RelationKind, label: str) -> None:
        super().__init__()
        self.source_id = source_id
        self.target_id = target_id
        self.kind = kind
        self.setToolTip(label)
        self.line = QLineF()
        self.emphasised = False
        self.setZValue(5)

    def route(self, source: QRectF, target: QRectF) -> None:
        self.prepareGeometryChange()
        self.line = connector(source, target)

    def set_emphasised(self, emphasised: bool) -> None:
        if emphasised != self.emphasised:
            self.emphasised = emphasised
            # under the cards (z 10) so a highlighted line never strikes through text
            self.setZValue(9 if emphasised else 5)
            self.update()

    @override
    def boundingRect(self) -> QRectF:
        return (
            QRectF(self.line.p1(), self.line.p2())
            .normalized()
            .adjusted(-ARROW, -ARROW, ARROW, ARROW)
        )

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.line.length() < 1:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.SELECTION).darker(140) if self.emphasised else style.RELATION_LINE
        width = 4.0 if self.emphasised else (5.0 if self.kind == RelationKind.LEADS_TO else 2.5)
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        if self.kind == RelationKind.CONTRASTS:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif self.kind == RelationKind.RELATES_TO:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        line = QLineF(self.line)
        directed = self.kind in DIRECTED_RELATIONS
        if directed and line.length() > ARROW:
            line.setLength(line.length() - ARROW * 0.8)
        painter.drawLine(line)
        if directed:
            self._arrow_head(painter, self.line.p2(), self.line.angle(), colour)
        elif self.kind == RelationKind.CONTRASTS:
            self._arrow_head(painter, self.line.p2(), self.line.angle(), colour)
            self._arrow_head(painter, self.line.p1(), self.line.angle() + 180, colour)

    @staticmethod
    def _arrow_head(painter: QPainter, tip: QPointF, angle_deg: float, colour: QColor) -> None:
        angle = math.radians(angle_deg)
        back = QPointF(-math.cos(angle) * ARROW, math.sin(angle) * ARROW)
        side = QPointF(-math.sin(angle) * ARROW * 0.55, -math.cos(angle) * ARROW * 0.55)
        head = QPolygonF([tip, tip + back + side, tip + back - side])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        path = QPainterPath()
        path.addPolygon(head)
        painter.drawPath(path)
