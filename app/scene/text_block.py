"""Wrapped text in a box: measured once at build time, drawn fast with QStaticText.

Text is never made smaller to fit: the design system has one size per role,
and a box too small for its text grows (see `ElementItem.fitted_text`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextOption

from app.scene.style import font

WRAP_FLAGS = int(Qt.TextFlag.TextWordWrap)


@dataclass
class TextBlock:
    text: str
    font: QFont
    width: float
    height: float
    static: QStaticText
    align_center: bool = False

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        painter.setFont(self.font)
        painter.drawStaticText(origin, self.static)


def measure(text: str, qfont: QFont, width: float) -> float:
    text = text.replace("\u2028", "\n")  # font metrics break lines on \n
    metrics = QFontMetricsF(qfont)
    flags = WRAP_FLAGS | (int(Qt.AlignmentFlag.AlignLeft))
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


LINE_BREAK = "\u2028"  # QStaticText lays out one paragraph; this is its line break


def make_block(text: str, qfont: QFont, width: float, *, center: bool = False) -> TextBlock:
    text = text.replace("\r\n", "\n").replace("\n", LINE_BREAK)
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # never guess rich text
    static.setTextWidth(width)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    if center:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    static.setTextOption(option)
    static.prepare(font=qfont)
    height = measure(text, qfont, width)
    return TextBlock(text, qfont, width, height, static, center)


@dataclass
class FittedText:
    """A title and a body fitted together into one box."""

    blocks: list[TextBlock]
    gap: float
    scale: float
    overflows: bool

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks) + self.gap * max(0, len(self.blocks) - 1)

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        y = origin.y()
        for block in self.blocks:
            block.draw(painter, QPointF(origin.x(), y))
            y += block.height + self.gap


def fit_text(
    parts: list[tuple[str, float, QFont.Weight]],
    box: QSizeF,
    *,
    gap: float = 6.0,
    center: bool = False,
) -> FittedText:
    """Lay the parts out at their own sizes in the box's width; `overflows` says
    whether they need more than its height (the caller grows the box).

    Heights are measured with font metrics; the QStaticText layouts are made once.
    """
    parts = [p for p in parts if p[0]]
    fonts = [font(size, weight) for _, size, weight in parts]
    blocks = [
        make_block(text, f, box.width(), center=center)
        for (text, _, _), f in zip(parts, fonts, strict=True)
    ]
    height = sum(b.height for b in blocks) + gap * max(0, len(blocks) - 1)
    return FittedText(blocks, gap, 1.0, overflows=height > box.height() + 0.5)
