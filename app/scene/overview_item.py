"""Level of detail for large plates: every element in one item, drawn in a few calls.

Zoomed out far on a plate of thousands of elements, a card is a few pixels
and its text only bars. Calling each element's paint() in Python costs tens of
microseconds per element per tile; this item draws all of them at once: one
path per colour for the frames, one for the text bars, prepared once. The
scene switches to it below a zoom where nothing is readable, and back.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.plate import ElementKind
from app.scene import style
from app.scene.items import ElementItem
from app.typing_compat import override

BUCKET = 1600.0  # plate units: a paint asks only for the buckets it can see

Style = tuple[float, str, str]  # depth, fill, outline


class OverviewItem(QGraphicsItem):
    def __init__(self, items: list[ElementItem], bounds: QRectF) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._bounds = bounds
        self._styles: list[tuple[Style, QPen, QColor]] = []
        # bucket -> style index -> rectangles (ellipses for rings)
        self._buckets: dict[tuple[int, int], dict[int, list[QRectF]]] = {}
        self._rings: list[tuple[int, QRectF]] = []
        self.selected: ElementItem | None = None
        self.related: list[ElementItem] = []
        self.rebuild(items)

    def rebuild(self, items: list[ElementItem]) -> None:
        """Sort the frames and text bars by look and depth, into buckets of the plate."""
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

        def put(rect: QRectF, style_index: int) -> None:
            bucket = (int(rect.center().x() // BUCKET), int(rect.center().y() // BUCKET))
            self._buckets.setdefault(bucket, {}).setdefault(style_index, []).append(rect)

        for item in items:
            rect = item._rect.translated(item.pos())
            kind = item.element.kind
            depth = item.zValue()
            solid = kind == ElementKind.BADGE and not item.outlined
            if kind == ElementKind.TEXT:
                fill, line = "", ""
            elif solid:
                fill, line = item.colours.accent.name(), ""
            elif kind in (ElementKind.REGION, ElementKind.RING):
                fill, line = item.colours.fill.name(), item.colours.accent.name()
            else:
                fill, line = "#ffffff", item.colours.accent.name()
            if kind == ElementKind.RING:
                self._rings.append((style_of(depth, fill, line), rect))
            elif fill or line:
                put(rect, style_of(depth, fill, line))
            if kind in (ElementKind.REGION, ElementKind.RING):
                continue
            if kind == ElementKind.CARD:  # the band of the role's colour on top
                band = QRectF(rect.left(), rect.top(), rect.width(), 7)
                put(band, style_of(depth + 0.25, item.colours.accent.name(), ""))
            bar_style = style_of(depth + 0.5, "#46ffffff" if solid else "#46111827", "")
            box = item.content_rect().translated(item.pos())
            line_height = style.BODY_SIZE * 1.3
            rows = max(1, min(int(box.height() / line_height), 4))
            for row in range(rows):
                width = box.width() * (0.9 if row < rows - 1 else 0.55)
                put(
                    QRectF(box.left(), box.top() + row * line_height, width, line_height * 0.55),
                    bar_style,
                )
        self._styles = []
        for depth, fill, line in styles:
            pen = QPen(QColor(line), 1.4) if line else QPen(Qt.PenStyle.NoPen)
            self._styles.append(
                ((depth, fill, line), pen, QColor(fill) if fill else QColor(0, 0, 0, 0))
            )
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # far away: crisp, fast
        seen = option.exposedRect.adjusted(-BUCKET / 2, -BUCKET / 2, BUCKET / 2, BUCKET / 2)
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
