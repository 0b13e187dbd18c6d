"""Scene items for a plate's elements, drawn as a poster would draw them.

Every item sits at its element's position with a local rectangle starting at
(0, 0). Text is laid out on first need (a 10,000-element plate opened at fit
zoom never lays out a word) and drawn as bars while too small to read.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
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
        self.theme = "licht"  # the window's theme: "hoog-contrast" has its own plate colours
        # False while an export draws everything but the words (a PDF then writes
        # the words element by element, in reading order)
        self.text_shown = True


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
        self.base_colours = colours or style.colours(element.role)
        self.outlined = element.kind == ElementKind.BADGE and element.role == Role.THEME
        self._rect = QRectF(0, 0, width, height)
        self._text: FittedText | None = None
        self.header_width: float | None = None  # regions: header beside the children
        self.grew = False  # made taller than its file says, to hold its text
        # a column that crosses rows (plate 1's domains, plate 3's collective and
        # individual): a tint without an edge, so no line shows between the rows
        self.crossing = False
        self.title_shown = True  # a card named as its column is drawn without the name
        self.selected = False
        self.related = False
        self.dimmed = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_html(element.label))  # as typed, never as HTML
        self._hover = False

    @property
    def colours(self) -> style.RoleColours:
        return style.themed(self.base_colours, self.look.theme)

    @property
    def palette(self) -> style.Palette:
        """The plate's colours in the window's theme (app/scene/theme.py)."""
        return style.palette_for(self.look.theme)

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
        """Where the text goes: the box less its padding (on the spacing grid)."""
        kind, pad = self.element.kind, style.PAD
        if kind == ElementKind.CARD:
            top = pad + (12 if self.element.marked else 4)  # below the colour band (and tag)
            return self._rect.adjusted(pad, top, -pad, -pad)
        if kind == ElementKind.POINT:
            return self._rect.adjusted(28, 8, -pad, -8)
        if kind == ElementKind.BADGE:
            return self._rect.adjusted(pad, 8, -pad, -8)
        if kind == ElementKind.REGION:
            width = self.header_width or self._rect.width() - 2 * pad
            return QRectF(pad, pad, width, self._rect.height() - 2 * pad)
        return self._rect.adjusted(0, 0, 0, 0)

    def grow_to_fit(self) -> bool:
        """Make a box that is too small for its text taller (text is never shrunk);
        whether it grew. Containers keep their size: their children are laid out in them."""
        if self.element.is_container or self.element.kind == ElementKind.RING:
            return False
        fitted = self.fitted_text()
        if not fitted.overflows:
            return False
        box = self.content_rect()
        extra = fitted.height - box.height()
        height = self._rect.height() + extra
        height = math.ceil(height / style.GRID) * style.GRID
        self.prepareGeometryChange()
        self._rect.setHeight(height)
        self._text = None
        self.grew = True
        return True

    # --- text -----------------------------------------------------------------
    def text_parts(self) -> list[tuple[str, float, QFont.Weight]]:
        e = self.element
        match e.kind:
            case ElementKind.CARD:
                return [
                    (
                        e.label if self.title_shown or not e.text else "",
                        style.CARD_TITLE_SIZE,
                        W.DemiBold,
                    ),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case ElementKind.POINT:
                return [
                    (e.label, style.CARD_TITLE_SIZE, W.Medium),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case ElementKind.BADGE:
                return [(e.label, style.CARD_TITLE_SIZE, W.DemiBold)]
            case ElementKind.REGION:
                return [
                    (e.label, style.HEADING_SIZE, W.Bold),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case ElementKind.TEXT:  # a line of the plate's own header
                return [
                    (e.label, style.BODY_SIZE, W.DemiBold),
                    (e.text, style.BODY_SIZE, W.Normal),
                ]
            case _:
                return []

    def fitted_text(self) -> FittedText:
        if self._text is None:
            box = self.content_rect()
            if self.element.kind == ElementKind.REGION and self.header_width is None:
                box.setHeight(1e5)  # a header on top takes the height it needs
            self._text = fit_text(
                self.text_parts(),
                QSizeF(box.width(), box.height()),
                gap=style.GAP if self.element.kind != ElementKind.POINT else 2.0,
                center=self.element.kind == ElementKind.BADGE,
            )
        return self._text

    def text_rects(self) -> list[QRectF]:
        """Where each block of text is drawn, in the item's coordinates (label first)."""
        parts = self.text_parts()
        if not parts or self.element.kind == ElementKind.RING:
            return []
        box = self.content_rect()
        fitted = self.fitted_text()
        top = box.top()
        if self.element.kind == ElementKind.BADGE:
            top = box.top() + max(0.0, (box.height() - fitted.height) / 2)
        rects = []
        for block in fitted.blocks:
            used = min(box.width(), block.used_width())
            left = box.left() + ((box.width() - used) / 2 if block.align_center else 0.0)
            rect = QRectF(left, top, used, block.height)
            rects.append(rect.intersected(self._rect))
            top += block.height + fitted.gap
        return [r for r in rects if not r.isEmpty()]

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
            if self.look.text_shown:
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

    def _edge(self, accent: QColor, alpha: int) -> QColor:
        """A frame's edge: a light line of the role's colour; solid in high contrast."""
        return accent if self.look.theme == style.HIGH_CONTRAST else _with_alpha(accent, alpha)

    def paint_frame(self, painter: QPainter) -> None:
        kind = self.element.kind
        accent, fill = self.colours.accent, self.colours.fill
        path = self.frame_path()
        if kind == ElementKind.TEXT:
            return
        if kind == ElementKind.REGION:
            tint = QColor(fill)
            if self.crossing:
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                painter.setPen(QPen(self._edge(accent, 90), 1.5))
            painter.setBrush(tint)
            painter.drawPath(path)
            return
        if kind == ElementKind.BADGE:
            if self.outlined:  # a theme within a programme: the programme's colour, lighter
                painter.setPen(QPen(accent, 2.2))
                painter.setBrush(self.palette.card)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
            painter.drawPath(path)
            return
        if kind == ElementKind.POINT:
            painter.setPen(QPen(self._edge(accent, 60), 1.0))
            painter.setBrush(self.palette.card)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(QPointF(15, 8 + style.CARD_TITLE_SIZE * 0.62), 5, 5)
            return
        # card: white paper, a band of the role's colour on top
        pen_width = 2.6 if self.element.marked else 1.4
        if self.look.projector:  # a washed-out beamer needs stronger edges
            pen_width *= 2
        painter.setPen(QPen(self._edge(accent, 200 if self.element.marked else 90), pen_width))
        painter.setBrush(self.palette.card)
        painter.drawPath(path)
        painter.save()
        painter.setClipPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRect(QRectF(0, 0, self._rect.width(), 6))
        painter.restore()

    def paint_text(self, painter: QPainter, lod: float) -> None:
        parts = self.text_parts()
        if not parts:
            return
        box = self.content_rect()
        solid_badge = self.element.kind == ElementKind.BADGE and not self.outlined
        ink = self.palette.on_accent if solid_badge else self.palette.ink
        if self.outlined:
            ink = _darker(self.colours.accent)
        if parts[0][1] * lod < self.look.readable_px:
            self.paint_bars(painter, box, ink)
            return
        fitted = self.fitted_text()  # laid out only once the text may be readable
        if parts[0][1] * fitted.scale * lod < self.look.readable_px:  # shrunk to fit its box
            self.paint_bars(painter, box, ink)
            return
        top = box.top()
        if self.element.kind == ElementKind.BADGE:  # centred vertically too
            top = box.top() + max(0.0, (box.height() - fitted.height) / 2)
        painter.save()
        painter.setClipRect(self._rect.adjusted(1, 1, -1, -1))
        y = top
        for index, block in enumerate(fitted.blocks):
            colour = ink
            titled = index == 0 and (self.title_shown or not self.element.text)
            if titled and self.element.kind in (ElementKind.CARD, ElementKind.REGION):
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
        line = style.BODY_SIZE * style.LINE_HEIGHT
        rows = max(1, min(int(box.height() / line), 6))
        if self.element.kind == ElementKind.REGION:
            rows = 1
        for row in range(rows):
            width = box.width() * (0.9 if row < rows - 1 else 0.55)
            painter.drawRect(QRectF(box.left(), box.top() + row * line, width, line * 0.55))

    def paint_marker(self, painter: QPainter, lod: float) -> None:
        """Plate 1: a tag on the cards where the guide says digitalisation shows most."""
        text = "digitalisering"
        size = style.LABEL_SIZE
        tag_font = style.font(size, W.DemiBold)
        width = 128.0
        tag = QRectF(self._rect.right() - width - style.PAD, -12, width, 24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colours.accent)
        painter.drawRoundedRect(tag, 12, 12)
        if size * lod >= self.look.readable_px and self.look.text_shown:
            painter.setPen(self.palette.on_accent)
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
        size = style.HEADING_SIZE
        if size * lod < self.look.readable_px:
            return
        # the word PROGRAMMA set along the ring, on the upper left and lower right
        ring_font = style.font(size, W.Bold)
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
                # outlines, not text: a PDF's or SVG's text would read "P R O G ..."
                outline = QPainterPath()
                outline.addText(0, 0, ring_font, letter)
                box = outline.boundingRect()
                outline.translate(-box.center().x(), size * 0.36)
                painter.fillPath(outline, self.colours.accent)
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
            painter.setPen(QPen(self.palette.selection, 6))
            painter.drawPath(shape)
        elif self.related:
            pen = QPen(self.palette.related, 4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(shape)
        elif self._hover:
            painter.setPen(QPen(_with_alpha(self.palette.selection, 150), 3))
            painter.drawPath(shape)


class HeaderItem(QGraphicsItem):
    """The plate's title block across the top of the paper: kicker, title, the colour
    legend (what each colour on this plate means) and the tips."""

    def __init__(
        self,
        number: int,
        title: str,
        tips: tuple[str, ...],
        width: float,
        legend: list[tuple[style.RoleColours, str]] | None = None,
    ) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, width, style.HEADER_HEIGHT)
        # the app's word above the title, as the printed plates have it, in the window's language
        overview_plate = QCoreApplication.translate("GuideText", "Overzichtsplaat")
        self.kicker = f"{overview_plate.upper()} {number}"
        self.title = title
        self.tips = tips
        self.legend = legend or []
        self._tip_text: FittedText | None = None
        self.theme = "licht"  # set with the scene's look

    @override
    def boundingRect(self) -> QRectF:
        return self._rect

    def text_rects(self) -> list[QRectF]:
        """Where the header's words are: kicker, title, colour legend and tips fill its
        band, so all of it counts (a note never covers any of it)."""
        return [QRectF(self._rect)]

    def tip_box(self) -> QRectF:
        return QRectF(self._rect.width() - 560 - 20, 20, 560, 80)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = style.palette_for(self.theme)
        if style.TITLE_SIZE * lod < READABLE_PX:
            painter.fillRect(QRectF(24, 40, 600, 30), _with_alpha(palette.ink, 60))
            return
        painter.setPen(palette.muted_ink)
        painter.setFont(style.font(style.LABEL_SIZE, W.DemiBold))
        painter.drawText(QPointF(24, 32), self.kicker)
        painter.setPen(palette.ink)
        painter.setFont(style.font(style.TITLE_SIZE, W.Bold))
        painter.drawText(QPointF(22, 76), self.title)
        self.paint_legend(painter, lod)
        if self.tips:
            box = self.tip_box()
            if self._tip_text is None:
                self._tip_text = fit_text(
                    [("\n".join(self.tips), style.BODY_SIZE, W.Medium)],
                    QSizeF(box.width() - 2 * style.PAD, box.height() - 2 * style.PAD),
                )
            box.setHeight(self._tip_text.height + 2 * style.PAD)
            painter.setPen(QPen(palette.selection, 2))
            painter.setBrush(palette.tip_fill)
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(palette.ink)
            self._tip_text.draw(painter, QPointF(box.left() + style.PAD, box.top() + style.PAD))

    def paint_legend(self, painter: QPainter, lod: float) -> None:
        """One swatch per colour that carries a meaning on this plate, with its name."""
        if not self.legend or style.LABEL_SIZE * lod < READABLE_PX:
            return
        label_font = style.font(style.LABEL_SIZE, W.Medium)
        painter.setFont(label_font)
        metrics = QFontMetricsF(label_font)
        x, y = 24.0, 96.0
        palette = style.palette_for(self.theme)
        painter.setPen(palette.muted_ink)
        caption = QCoreApplication.translate("Legend", "Kleuren:")
        painter.drawText(QPointF(x, y + 12), caption)
        x += metrics.horizontalAdvance(caption) + 12
        for shown, name in self.legend:
            colours = style.themed(shown, self.theme)  # as the plate draws them now
            painter.setPen(QPen(colours.accent, 1.5))
            painter.setBrush(colours.fill)
            painter.drawRoundedRect(QRectF(x, y, 24, 16), 4, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.accent)
            painter.drawRect(QRectF(x, y, 24, 4))
            painter.setPen(palette.ink)
            painter.drawText(QPointF(x + 32, y + 12), name)
            x += 32 + metrics.horizontalAdvance(name) + 24


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def _darker(colour: QColor) -> QColor:
    return colour.darker(125)


__all__ = ["ElementItem", "HeaderItem"]
