"""Level of detail for large plates: every element in one item, drawn in a few calls.

Zoomed out far on a plate of thousands of elements, a card is a few pixels
and its text only bars. Calling each element's paint() in Python costs tens of
microseconds per element per tile; this item draws all of them at once: one
path per colour for the frames, one for the text bars, prepared once. The
scene switches to it below a zoom where nothing is readable, and back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.gc_pause import gc_paused
from app.model.plate import ElementKind
from app.scene import style
from app.scene.items import ElementItem
from app.typing_compat import override

BUCKET = 1600.0  # plate units: a paint asks only for the buckets it can see

Style = tuple[float, str, str]  # depth, fill, outline
# left, top, right, bottom: as ElementItem.content_rect (a marked card's top is 20)
TEXT_INSETS = {
    ElementKind.CARD: (14.0, 15.0, 14.0, 10.0),
    ElementKind.POINT: (28.0, 8.0, 10.0, 6.0),
    ElementKind.BADGE: (14.0, 6.0, 14.0, 6.0),
    ElementKind.TEXT: (2.0, 2.0, 2.0, 2.0),
}


class OverviewItem(QGraphicsItem):
    def __init__(self, items: list[ElementItem], bounds: QRectF) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._bounds = bounds
        self._styles: list[tuple[Style, QPen, QColor]] = []
        # bucket -> style index -> rectangles (ellipses for rings)
        self._buckets: dict[tuple[int, int], dict[int, list[QRectF]]] = {}
        self._rings: list[tuple[int, QRectF]] = []
        self._reach = 0.0  # the largest element's width or height
        self.selected: ElementItem | None = None
        self.related: list[ElementItem] = []
        self.rebuild(items)

    def rebuild(self, items: list[ElementItem]) -> None:
        """Sort the frames and text bars by look and depth, into buckets of the plate."""
        with gc_paused():  # tens of thousands of rectangles, none of them garbage
            self._rebuild(items)

    def _rebuild(self, items: list[ElementItem]) -> None:
        self.prepareGeometryChange()
        index: dict[Style, int] = {}
        styles: list[Style] = []
        self._buckets = {}
        self._rings = []

        def style_of(depth: float, fill: str, line: str) -> int:
            key = (depth, fill, line)
            if key not in index:
                index[key] = len(styles)
                styles.append(key)
            return index[key]

        # what elements of one look share: their styles and text insets, worked out once
        looks: dict[
            tuple[float, str, bool, bool, int], tuple[int, int, int, tuple[float, ...]]
        ] = {}
        reach = 0.0
        line_height = style.BODY_SIZE * 1.3
        bar_height = line_height * 0.55
        card, ring = ElementKind.CARD, ElementKind.RING
        for item in items:
            element = item.element
            kind = element.kind
            depth = item.zValue()
            key = (depth, kind, item.outlined, element.marked, id(item.colours))
            look = looks.get(key)
            if look is None:
                look = self._look(item, depth, style_of)
                looks[key] = look
            frame_style, band_style, bar_style, insets = look
            pos = item.pos()
            x, y = pos.x(), pos.y()
            w, h = item._rect.width(), item._rect.height()
            rect = QRectF(x, y, w, h)
            # an element and its bars go in the bucket of its top-left corner; a paint asks
            # for the buckets as far back as the largest element reaches
            reach = max(reach, w, h)
            bucket = self._buckets.setdefault((int(x // BUCKET), int(y // BUCKET)), {})
            if kind == ring:
                self._rings.append((frame_style, rect))
            elif frame_style >= 0:
                bucket.setdefault(frame_style, []).append(rect)
            if bar_style < 0:
                continue
            if kind == card:  # the band of the role's colour on top
                bucket.setdefault(band_style, []).append(QRectF(x, y, w, 7))
            bars = bucket.setdefault(bar_style, [])
            left, top, right, bottom = insets
            box_w, box_h = w - left - right, h - top - bottom
            rows = max(1, min(int(box_h / line_height), 4))
            for row in range(rows):
                width = box_w * (0.9 if row < rows - 1 else 0.55)
                bars.append(QRectF(x + left, y + top + row * line_height, width, bar_height))
        self._reach = reach
        self._styles = []
        for depth, fill, line in styles:
            pen = QPen(QColor(line), 1.4) if line else QPen(Qt.PenStyle.NoPen)
            self._styles.append(
                (
                    (depth, fill, line),
                    pen,
                    QColor(fill) if fill else QColor(Qt.GlobalColor.transparent),
                )
            )
        self.update()

    @staticmethod
    def _look(
        item: ElementItem, depth: float, style_of: Callable[[float, str, str], int]
    ) -> tuple[int, int, int, tuple[float, ...]]:
        """Frame, band and bar styles (-1: none) and the text insets of an element's look."""
        kind = item.element.kind
        accent, tint = item.colours.accent.name(), item.colours.fill.name()
        solid = kind == ElementKind.BADGE and not item.outlined
        if kind == ElementKind.TEXT:
            fill, line = "", ""
        elif solid:
            fill, line = accent, ""
        elif kind in (ElementKind.REGION, ElementKind.RING):
            fill, line = tint, accent
        else:
            fill, line = item.palette.card.name(), accent
        frame = style_of(depth, fill, line) if (fill or line or kind == ElementKind.RING) else -1
        if kind in (ElementKind.REGION, ElementKind.RING):
            return frame, -1, -1, ()
        band = style_of(depth + 0.25, accent, "") if kind == ElementKind.CARD else -1
        ink = item.palette.on_accent if solid else item.palette.ink
        bar = style_of(depth + 0.5, "#46" + ink.name()[1:], "")  # the ink, faint
        left, top, right, bottom = TEXT_INSETS[kind]
        if kind == ElementKind.CARD and item.element.marked:
            top = 20.0
        return frame, band, bar, (left, top, right, bottom)

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # far away: crisp, fast
        seen = option.exposedRect.adjusted(-self._reach, -self._reach, 0, 0)
        left, right = int(seen.left() // BUCKET), int(seen.right() // BUCKET)
        top, bottom = int(seen.top() // BUCKET), int(seen.bottom() // BUCKET)
        batches: dict[int, list[QRectF]] = {}
        for (bx, by), by_style in self._buckets.items():
            if left <= bx <= right and top <= by <= bottom:
                for style_index, rects in by_style.items():
                    batches.setdefault(style_index, []).extend(rects)
        order = sorted(
            set(batches) | {i for i, _ in self._rings}, key=lambda i: self._styles[i][0][0]
        )
        for style_index in order:
            _, pen, fill = self._styles[style_index]
            painter.setPen(pen)
            painter.setBrush(fill)
            for ring_style, ring in self._rings:
                if ring_style == style_index:
                    painter.drawEllipse(ring)
            if style_index in batches:
                painter.drawRects(batches[style_index])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # the state in screen pixels: a selection must show however far out
        related = QPen(style.RELATED, 2.5, Qt.PenStyle.DashLine)
        related.setCosmetic(True)
        painter.setPen(related)
        for item in self.related:
            painter.drawRect(item._rect.translated(item.pos()))
        if self.selected is not None:
            selected = QPen(style.SELECTION, 4)
            selected.setCosmetic(True)
            painter.setPen(selected)
            painter.drawRect(self.selected._rect.translated(self.selected.pos()))
