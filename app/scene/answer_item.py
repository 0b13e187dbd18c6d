"""The team's answers on the plate itself: a note pinned to the element they belong to."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.answers_view import AnswerBlock
from app.model.safe_markup import plain_html
from app.scene import style
from app.scene.text_block import FittedText, fit_text
from app.typing_compat import override

NOTE_FILL = QColor("#fff6c7")
NOTE_EDGE = QColor("#d4a017")
MAX_LINES = 12


class AnswerNoteItem(QGraphicsItem):
    """A sticky note; user text is always plain (QStaticText in plain-text mode)."""

    def __init__(self, block: AnswerBlock, anchor: QRectF, inside: bool = False) -> None:
        """Sized for `anchor`; the scene chooses where it goes (see PlateScene.place_note)."""
        super().__init__()
        self.block = block
        width = max(220.0, min(400.0, anchor.width() * (0.42 if inside else 0.6)))
        lines = list(block.lines[:MAX_LINES])
        if len(block.lines) > MAX_LINES:
            lines.append(f"… en nog {len(block.lines) - MAX_LINES}")
        body = "\n".join(f"• {line}" for line in lines)
        self._text: FittedText = fit_text(
            [(block.heading, 16, QFont.Weight.DemiBold), (body, 19, QFont.Weight.Normal)],
            QSizeF(width - 20, 400),
            gap=4,
        )
        height = min(self._text.height + 18, 420.0)
        self._rect = QRectF(0, 0, width, height)
        self.setZValue(40)
        self.setToolTip(plain_html("\n".join(block.lines)))  # a team's answer: as typed

    @property
    def size(self) -> QSizeF:
        return self._rect.size()

    @override
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 5, 6)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(self._rect.translated(3, 4), 6, 6)
        painter.setPen(QPen(NOTE_EDGE, 1.5))
        painter.setBrush(NOTE_FILL)
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.save()
        painter.setClipRect(self._rect.adjusted(2, 2, -2, -2))
        painter.setPen(style.INK)
        self._text.draw(painter, QPointF(10, 9))
        painter.restore()
