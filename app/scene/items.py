"""Scene items for a plate's elements, drawn as a poster would draw them.

Every item sits at its element's position with a local rectangle starting at
(0, 0). Text is laid out on first need (a 10,000-element plate opened at fit
zoom never lays out a word) and drawn as bars while too small to read.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.plate import Element, ElementKind, Role
from app.model.safe_markup import plain_html
from app.scene import style
from app.scene.text_block import FittedText, fit_text
from app.typing_compat import override

READABLE_PX = 4.5  # below this many screen pixels per letter, text becomes bars
W = QFont.Weight


class SceneLook:
    """How a scene is drawn, shared by all its items: on a screen, or on a projector.

    On a projector nothing is drawn as text smaller than can be read from the
    back of a room (about 1/40 of the screen height); smaller text becomes bars,
    and lines and inks are stronger.
    """

    def __init__(self, projector: bool = False, readable_px: float = READABLE_PX) -> None:
        self.projector = projector
        self.readable_px = readable_px


def level_of_detail(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class ElementItem(QGraphicsItem):
    """One element; how it looks follows its kind and role."""

    def __init__(
        self,
        element: Element,
        width: float,
        height: float,
        colours: style.RoleColours | None = None,
        look: SceneLook | None = None,
    ) -> None:
        super().__init__()
        self.look = look or SceneLook()
        self.element_id = element.id
        self.element = element
        self.colours = colours or style.colours(element.role)
        self.outlined = element.kind == ElementKind.BADGE and element.role == Role.THEME
        self._rect = QRectF(0, 0, width, height)
        self._text: FittedText | None = None
        self.header_width: float | None = None  # regions: header beside the children
        self.selected = False
        self.related = False
        self.dimmed = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_html(element.label))  # as typed, never as HTML
        self._hover = False

    # --- geometry ---------------------------------------------------------
    @override
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-8, -14, 8, 8)  # room for outlines and tags

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.element.kind == ElementKind.RING:
            band = self.ring_band()
            outer = self._rect
            path.addEllipse(outer)
            inner = QPainterPath()
            inner.addEllipse(outer.adjusted(band, band, -band, -band))
            return path.subtracted(inner)
        path.addRect(self._rect)
        return path

    def ring_band(self) -> float:
        return self._rect.width() * 0.075

    def content_rect(self) -> QRectF:
        kind = self.element.kind
        if kind == ElementKind.CARD:
            top = 20 if self.element.marked else 15
            return self._rect.adjusted(14, top, -14, -10)
        if kind == ElementKind.POINT:
            return self._rect.adjusted(28, 8, -10, -6)
        if kind == ElementKind.BADGE:
            return self._rect.adjusted(14, 6, -14, -6)
        if kind == ElementKind.REGION:
            width = self.header_width or self._rect.width() - 28
            return QRectF(14, 10, width, self._rect.height() - 20)
        return self._rect.adjusted(2, 2, -2, -2)

    # --- text -----------------------------------------------------------------
    def text_parts(self) -> list[tuple[str, float, QFont.Weight]]:
        e = self.element
        match e.kind:
            case ElementKind.CARD:
                return [
                    (e.label, style.CARD_LABEL_SIZE, W.DemiBold),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case ElementKind.POINT:
                return [(e.label, style.POINT_SIZE, W.Medium), (e.text, style.BODY_SIZE, W.Normal)]
            case ElementKind.BADGE:
                return [(e.label, style.CARD_LABEL_SIZE, W.DemiBold)]
            case ElementKind.REGION:
                return [
                    (e.label, style.REGION_LABEL_SIZE, W.Bold),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case ElementKind.TEXT:
                return [
                    (e.label, style.REGION_LABEL_SIZE, W.DemiBold),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case _:
                return []

    def header_height(self) -> float:
        """How tall a region's header is; the scene keeps children below it."""
        return self.fitted_text().height + 16

    def fitted_text(self) -> FittedText:
        if self._text is None:
            box = self.content_rect()
            if self.element.kind == ElementKind.REGION and self.header_width is None:
                box.setHeight(1e5)  # a header on top takes the height it needs
            self._text = fit_text(
                self.text_parts(),
                QSizeF(box.width(), box.height()),
                center=self.element.kind == ElementKind.BADGE,
            )
        return self._text

    @property
    def text_overflows(self) -> bool:
        return self.fitted_text().overflows

    # --- state ----------------------------------------------------------------
    def set_state(self, *, selected: bool, related: bool, dimmed: bool) -> None:
        if (selected, related, dimmed) != (self.selected, self.related, self.dimmed):
            self.selected, self.related, self.dimmed = selected, related, dimmed
            self.update()

    @override
    def hoverEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hover = True
        self.update()

    @override
    def hoverLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hover = False
        self.update()

    # --- painting --------------------------------------------------------------
    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.15)
        if self.dimmed:
            painter.setOpacity(0.28)
        kind = self.element.kind
        if kind == ElementKind.RING:
            self.paint_ring(painter, lod)
        else:
            self.paint_frame(painter)
            self.paint_text(painter, lod)
        if self.element.marked and kind == ElementKind.CARD:
            self.paint_marker(painter, lod)
        self.paint_state(painter)

    def frame_path(self) -> QPainterPath:
        path = QPainterPath()
        r = self._rect
        radius = {
            ElementKind.BADGE: min(18.0, r.height() / 2),
            ElementKind.REGION: 14.0,
            ElementKind.POINT: 8.0,
        }.get(self.element.kind, 10.0)
        path.addRoundedRect(r, radius, radius)
        return path

    def paint_frame(self, painter: QPainter) -> None:
        kind = self.element.kind
        accent, fill = self.colours.accent, self.colours.fill
        path = self.frame_path()
        if kind == ElementKind.TEXT:
            return
        if kind == ElementKind.REGION:
            tint = QColor(fill)
            if self.element.role == Role.DOMAIN:
                tint.setAlpha(150)  # columns cross the stage rows on plate 1
            painter.setPen(QPen(_with_alpha(accent, 70), 1.5))
            painter.setBrush(tint)
            painter.drawPath(path)
            return
        if kind == ElementKind.BADGE:
            if self.outlined:  # a theme within a programme: the programme's colour, lighter
                painter.setPen(QPen(accent, 2.2))
                painter.setBrush(QColor("#ffffff"))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
            painter.drawPath(path)
            return
        if kind == ElementKind.POINT:
            painter.setPen(QPen(_with_alpha(accent, 60), 1.0))
            painter.setBrush(QColor("#ffffff"))
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(QPointF(15, 19), 5, 5)
            return
        # card: white paper, a band of the role's colour on top
        pen_width = 2.6 if self.element.marked else 1.4
        if self.look.projector:  # a washed-out beamer needs stronger edges
            pen_width *= 2
        painter.setPen(QPen(_with_alpha(accent, 200 if self.element.marked else 90), pen_width))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(path)
        painter.save()
        painter.setClipPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRect(QRectF(0, 0, self._rect.width(), 7))
        painter.restore()

    def paint_text(self, painter: QPainter, lod: float) -> None:
        parts = self.text_parts()
        if not parts:
            return
        box = self.content_rect()
        solid_badge = self.element.kind == ElementKind.BADGE and not self.outlined
        ink = QColor("#ffffff") if solid_badge else style.INK
        if self.outlined:
            ink = _darker(self.colours.accent)
        if parts[0][1] * lod < self.look.readable_px:
            self.paint_bars(painter, box, ink)
            return
        fitted = self.fitted_text()
        top = box.top()
        if self.element.kind == ElementKind.BADGE:  # centred vertically too
            top = box.top() + max(0.0, (box.height() - fitted.height) / 2)
        painter.save()
        painter.setClipRect(self._rect.adjusted(1, 1, -1, -1))
        y = top
        for index, block in enumerate(fitted.blocks):
            colour = ink
            if index == 0 and self.element.kind in (ElementKind.CARD, ElementKind.REGION):
                colour = _darker(self.colours.accent)
            painter.setPen(colour)
            block.draw(painter, QPointF(box.left(), y))
            y += block.height + fitted.gap
        painter.restore()

    def paint_bars(self, painter: QPainter, box: QRectF, ink: QColor) -> None:
        """Level of detail: grey bars where lines of text would be."""
        bar = QColor(ink)
        bar.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        line = style.BODY_SIZE * 1.3
        rows = max(1, min(int(box.height() / line), 6))
        if self.element.kind == ElementKind.REGION:
            rows = 1
        for row in range(rows):
            width = box.width() * (0.9 if row < rows - 1 else 0.55)
            painter.drawRect(QRectF(box.left(), box.top() + row * line, width, line * 0.55))

    def paint_marker(self, painter: QPainter, lod: float) -> None:
        """Plate 1: a tag on the cards where the guide says digitalisation shows most."""
        text = "digitalisering"
        tag_font = style.font(12, W.DemiBold)
        width = 118.0
        tag = QRectF(self._rect.right() - width - 10, -11, width, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colours.accent)
        painter.drawRoundedRect(tag, 11, 11)
        if 12 * lod >= self.look.readable_px:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(tag_font)
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), "◆ " + text)

    def paint_ring(self, painter: QPainter, lod: float) -> None:
        band = self.ring_band()
        r = self._rect
        pen = QPen(self.colours.fill, band)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r.adjusted(band / 2, band / 2, -band / 2, -band / 2))
        painter.setPen(QPen(_with_alpha(self.colours.accent, 110), 1.5))
        painter.drawEllipse(r)
        painter.drawEllipse(r.adjusted(band, band, -band, -band))
        size = band * 0.5
        if size * lod < self.look.readable_px:
            return
        # the word PROGRAMMA set along the ring, on the upper left and lower right
        painter.setFont(style.font(size, W.Bold))
        painter.setPen(self.colours.accent)
        centre = r.center()
        radius = r.width() / 2 - band / 2
        letters = self.element.label.upper()
        step = math.degrees(size * 1.05 / radius)  # degrees between letters
        span = step * (len(letters) - 1)
        # two runs in the quiet arcs between the four programme badges: the upper
        # one read clockwise, the lower one counter-clockwise so it is not upside down
        runs = ((135.0 + span / 2, -step, 90.0), (-45.0 - span / 2, step, -90.0))
        for start, direction, turn in runs:
            for index, letter in enumerate(letters):
                angle = math.radians(start + direction * index)
                pos = QPointF(
                    centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
                )
                painter.save()
                painter.translate(pos)
                painter.rotate(turn - math.degrees(angle))
                painter.drawText(
                    QRectF(-size, -size * 0.62, size * 2, size * 1.3),
                    int(Qt.AlignmentFlag.AlignCenter),
                    letter,
                )
                painter.restore()

    def paint_state(self, painter: QPainter) -> None:
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outline = self._rect.adjusted(-4, -4, 4, 4)
        if self.element.kind == ElementKind.RING:
            shape = QPainterPath()
            shape.addEllipse(outline)
        else:
            shape = QPainterPath()
            shape.addRoundedRect(outline, 14, 14)
        if self.selected:
            painter.setPen(QPen(style.SELECTION, 6))
            painter.drawPath(shape)
        elif self.related:
            pen = QPen(style.RELATED, 4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(shape)
        elif self._hover:
            painter.setPen(QPen(_with_alpha(style.SELECTION, 150), 3))
            painter.drawPath(shape)


class HeaderItem(QGraphicsItem):
    """The plate's title block and tips across the top of the paper."""

    def __init__(self, number: int, title: str, tips: tuple[str, ...], width: float) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, width, 96)
        self.kicker = f"OVERZICHTSPLAAT {number}"
        self.title = title
        self.tips = tips
        self._tip_text: FittedText | None = None

    @override
    def boundingRect(self) -> QRectF:
        return self._rect

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if style.TITLE_SIZE * lod < READABLE_PX:
            painter.fillRect(QRectF(24, 40, 600, 30), _with_alpha(style.INK, 60))
            return
        painter.setPen(style.MUTED_INK)
        painter.setFont(style.font(14, W.DemiBold))
        painter.drawText(QPointF(24, 30), self.kicker)
        painter.setPen(style.INK)
        painter.setFont(style.font(style.TITLE_SIZE, W.Bold))
        painter.drawText(QPointF(22, 76), self.title)
        if self.tips:
            box = QRectF(self._rect.width() - 560, 16, 540, 72)
            painter.setPen(QPen(style.SELECTION, 2))
            painter.setBrush(QColor("#fff7e6"))
            painter.drawRoundedRect(box, 10, 10)
            if self._tip_text is None:
                self._tip_text = fit_text(
                    [("\n".join(self.tips), 16, W.Medium)],
                    QSizeF(box.width() - 24, box.height() - 14),
                )
            painter.setPen(style.INK)
            self._tip_text.draw(painter, QPointF(box.left() + 12, box.top() + 8))


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def _darker(colour: QColor) -> QColor:
    return colour.darker(125)


__all__ = ["ElementItem", "HeaderItem"]
