"""The team's answers on the plate itself: a note beside the element they belong to.

The scene puts each note in free space near its element, joined to it by a short
leader line, never over any element's text (see PlateScene.place_note). Where
there is no such room the note folds into a small numbered marker that opens on
hover, on a click (which keeps it open) or on Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model.answers_view import AnswerBlock
from app.model.safe_markup import plain_html
from app.scene import style
from app.scene.text_block import FittedText, fit_text
from app.typing_compat import override

NOTE_FILL = QColor("#fff6c7")
NOTE_EDGE = QColor("#d4a017")
LEADER = QColor("#b7791f")
MAX_LINES = 12
MARKER = 40.0  # the folded note's diameter, in plate units


class AnswerNoteItem(QGraphicsItem):
    """A sticky note; user text is always plain (QStaticText in plain-text mode)."""

    def __init__(
        self, block: AnswerBlock, anchor: QRectF, inside: bool = False, number: int = 1
    ) -> None:
        """Sized for `anchor`; the scene chooses where it goes (see PlateScene.place_note)."""
        super().__init__()
        self.block = block
        self.number = number
        self._width = max(220.0, min(360.0, anchor.width() * (0.42 if inside else 0.6)))
        self._text: FittedText
        self._body = QRectF()
        self.set_max_lines(MAX_LINES)
        self._leader: QLineF | None = None  # local coordinates, from the note to its element
        self.folded = False
        self.opened = False  # a folded note shown for a moment (hover) or kept open (click)
        self.pinned = False
        self.setZValue(40)
        self.setToolTip(plain_html("\n".join(block.lines)))  # a team's answer: as typed
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    def set_max_lines(self, count: int) -> None:
        """Show at most `count` answer lines; the rest is counted ("… en nog 3")."""
        self.prepareGeometryChange()
        block = self.block
        lines = [f"• {line}" for line in block.lines[:count]]
        if len(block.lines) > count:
            more = QCoreApplication.translate("AnswerNote", "… en nog {0}")
            lines.append(more.format(len(block.lines) - count))
        self._text = fit_text(
            [
                (block.heading, 16, QFont.Weight.DemiBold),
                ("\n".join(lines), 19, QFont.Weight.Normal),
            ],
            QSizeF(self._width - 20, 400),
            gap=4,
        )
        self._body = QRectF(0, 0, self._width, min(self._text.height + 18, 420.0))

    # --- geometry ------------------------------------------------------------------
    @property
    def size(self) -> QSizeF:
        return self._body.size()

    def marker_rect(self) -> QRectF:
        return QRectF(0, 0, MARKER, MARKER)

    def shown_rect(self) -> QRectF:
        """What covers the plate while closed, in scene coordinates: the note or the marker."""
        local = self.marker_rect() if self.folded else self._body
        return self.mapRectToScene(local)

    def _open_body(self) -> QRectF:
        """Where an opened marker shows its note: beside the marker."""
        return self._body.translated(MARKER + 6, 0)

    def set_leader(self, target: QPointF | None) -> None:
        """A line from the note's edge to `target` (scene coordinates); None: no line."""
        self.prepareGeometryChange()
        if target is None or self.folded:
            self._leader = None
            return
        local = self.mapFromScene(target)
        start = QPointF(
            min(max(local.x(), self._body.left()), self._body.right()),
            min(max(local.y(), self._body.top()), self._body.bottom()),
        )
        line = QLineF(start, local)
        self._leader = line if line.length() > 6 else None

    def set_folded(self, folded: bool) -> None:
        self.prepareGeometryChange()
        self.folded = folded
        self.opened = self.pinned = False
        self.setZValue(45 if folded else 40)
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        if self.folded:
            rect = self.marker_rect()
            if self.opened:
                rect = rect.united(self._open_body())
            return rect.adjusted(-3, -3, 6, 7)
        rect = self._body
        if self._leader is not None:
            rect = rect.united(QRectF(self._leader.p1(), self._leader.p2()).normalized())
        return rect.adjusted(-4, -4, 6, 7)

    # --- opening a folded note --------------------------------------------------------
    def set_opened(self, opened: bool) -> None:
        if not self.folded or opened == self.opened:
            return
        self.prepareGeometryChange()
        self.opened = opened
        self.setZValue(60 if opened else 45)
        self.update()

    @override
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_opened(True)

    @override
    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.pinned:
            self.set_opened(False)

    @override
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.folded:
            event.ignore()  # an open note: the plate under it takes the click
            return
        self.pinned = not self.pinned
        self.set_opened(self.pinned)
        event.accept()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.folded and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.pinned = not self.opened
            self.set_opened(not self.opened)
            event.accept()
            return
        event.ignore()

    # --- painting ---------------------------------------------------------------------
    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.folded:
            self._paint_marker(painter)
            if self.opened:
                self._paint_body(painter, self._open_body())
            return
        if self._leader is not None:
            painter.setPen(QPen(LEADER, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(self._leader)
            painter.setBrush(LEADER)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(self._leader.p2(), 4.5, 4.5)
        self._paint_body(painter, self._body)

    def _paint_marker(self, painter: QPainter) -> None:
        rect = self.marker_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawEllipse(rect.translated(2, 3))
        painter.setPen(QPen(NOTE_EDGE, 2.5))
        painter.setBrush(NOTE_FILL)
        painter.drawEllipse(rect)
        painter.setPen(style.INK)
        painter.setFont(style.font(MARKER * 0.5, QFont.Weight.Bold))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(self.number))

    def _paint_body(self, painter: QPainter, body: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(body.translated(3, 4), 6, 6)
        painter.setPen(QPen(NOTE_EDGE, 1.5))
        painter.setBrush(NOTE_FILL)
        painter.drawRoundedRect(body, 6, 6)
        painter.save()
        painter.setClipRect(body.adjusted(2, 2, -2, -2))
        painter.setPen(style.INK)
        self._text.draw(painter, body.topLeft() + QPointF(10, 9))
        painter.restore()
