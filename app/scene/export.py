"""A plate's scene to PNG, SVG and PDF (and a printer), the whole paper, no window needed.

The three look the same everywhere:

- the SVG draws every word as outlines of the bundled Inter, so a program
  without Inter (librsvg, Inkscape, a browser on a school laptop) shows it as
  the app does; the words are also there as invisible text (named with a
  generic fallback family) for searching, selecting and reading aloud;
- the PDF is A0 unless asked otherwise, its words extractable in reading
  order, element by element (the frames are drawn first, the words after);
- SVG and PDF give the plate the same physical size.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
)

from app.model.plate import ElementKind
from app.model.problems import Code, Problem, os_reason
from app.scene import style
from app.scene.items import level_of_detail
from app.scene.plate_scene import PlateScene

A0_MM = (1189.0, 841.0)
# A plate unit on paper, for a plate as wide as the shipped ones; a plate is
# put on A0 (or the paper asked for) as large as it fits.
PAGE_SIZES = {
    "A0": QPageSize.PageSizeId.A0,
    "A1": QPageSize.PageSizeId.A1,
    "A2": QPageSize.PageSizeId.A2,
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
}
MAX_PNG_WIDTH = 20_000
MAX_PNG_SIDE = 32_000  # QPainter's limit on a side is 32,767
MAX_PNG_PIXELS = 200_000_000  # 800 MB as 32-bit pixels: more than a school laptop can spare


class ExportError(Exception):
    """Export failed: `where` (the file or the plate) and `problem`, a code the window
    translates; `str()` names the file and says why in Dutch (the command line)."""

    def __init__(self, where: str | Path, problem: Problem) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = str(where)
        self.problem = problem


def write_failed(error: OSError) -> Problem:
    return Problem.of(Code.EXPORT_WRITE_FAILED, reason=os_reason(error))


def _paint(scene: PlateScene, painter: QPainter, target: QRectF, answers: bool = True) -> None:
    """The paper as printed: what is selected or under the mouse on screen is not marked;
    the team's notes only with `answers`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    # draw the paper only, not the grey desk around it
    painter.fillRect(target, style.PAPER)
    clean = scene.clean(answers)
    with clean, scene.poster_colours(), scene.detail_at(target.width() / scene.paper.width()):
        scene.render(painter, target, scene.paper)


def _paint_in_reading_order(
    scene: PlateScene, painter: QPainter, target: QRectF, answers: bool = True
) -> None:
    """Frames first, then each element's words in the plate's reading order (the order
    of its file): a PDF's text then reads title, body, next element, and not all
    headings first as the items are stacked."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, style.PAPER)
    look = scene.look
    clean = scene.clean(answers)
    with clean, scene.poster_colours(), scene.detail_at(target.width() / scene.paper.width()):
        look.text_shown = False
        try:
            scene.render(painter, target, scene.paper)
        finally:
            look.text_shown = True
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / scene.paper.width()
        painter.scale(scale, scale)
        lod = level_of_detail(painter)
        for element in scene.plate.elements:
            item = scene.items_by_id.get(element.id)
            if item is None or not item.isVisible():
                continue
            painter.save()
            painter.translate(item.pos())
            if element.kind == ElementKind.RING:
                _invisible_word(painter, element.label.upper(), item.boundingRect())
            else:
                if element.marked and element.kind == ElementKind.CARD:
                    item.paint_marker(painter, lod)  # the tag, then the card's words
                item.paint_text(painter, lod)
            painter.restore()
        painter.restore()


def _invisible_word(painter: QPainter, word: str, box: QRectF) -> None:
    """The ring's word, drawn as outlines on the plate, as text that is found but not seen."""
    painter.save()
    painter.setOpacity(0.004)
    painter.setFont(style.font(style.HEADING_SIZE))
    painter.drawText(QPointF(box.center().x(), box.top() + style.HEADING_SIZE), word)
    painter.restore()


def png_size(scene: PlateScene, width: int) -> tuple[int, int]:
    """The picture's size in pixels for a width (within 16 and MAX_PNG_WIDTH)."""
    width = max(16, min(MAX_PNG_WIDTH, width))
    paper = scene.paper
    return width, max(1, round(width * paper.height() / paper.width()))


def render_image(scene: PlateScene, width: int, answers: bool = True) -> QImage:
    width, height = png_size(scene, width)
    # never a picture too large to make: narrower keeps the proportions
    shrink = min(1.0, MAX_PNG_SIDE / height, (MAX_PNG_PIXELS / (width * height)) ** 0.5)
    if shrink < 1.0:
        width, height = max(1, int(width * shrink)), max(1, int(height * shrink))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(style.PAPER)
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, width, height), answers)
    painter.end()
    return image


def export_png(scene: PlateScene, path: Path, width: int, answers: bool = True) -> None:
    pixels_wide, pixels_high = png_size(scene, width)
    if pixels_high > MAX_PNG_SIDE or pixels_wide * pixels_high > MAX_PNG_PIXELS:
        too_big = Problem.of(Code.EXPORT_TOO_BIG, width=pixels_wide, height=pixels_high)
        raise ExportError(path, too_big)
    image = render_image(scene, width, answers)
    if image.isNull():
        raise ExportError(path, Problem.of(Code.EXPORT_IMAGE_FAILED))
    if not image.save(str(path)):  # the format follows the .png suffix
        raise ExportError(path, Problem.of(Code.EXPORT_NOT_WRITTEN))


def plate_size_mm(scene: PlateScene) -> tuple[float, float]:
    """How large the plate is on its default page (A0, as large as it fits)."""
    paper = scene.paper
    page_w, page_h = A0_MM if paper.width() >= paper.height() else A0_MM[::-1]
    scale = min(page_w / paper.width(), page_h / paper.height())
    return paper.width() * scale, paper.height() * scale


def svg_document(scene: PlateScene, *, text_as_paths: bool = True, answers: bool = True) -> str:
    """What export_svg writes, as text, written nowhere (the HTML export inlines it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtSvg import QSvgGenerator  # only export needs QtSvg

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    paper = scene.paper
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(paper.width()), round(paper.height())))
    generator.setViewBox(QRectF(0, 0, paper.width(), paper.height()))
    generator.setTitle(scene.plate.title)
    generator.setDescription(f"Overzichtsplaat {scene.plate.number}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(scene.plate.title, Problem.of(Code.EXPORT_SVG_FAILED))
    _paint(scene, painter, QRectF(0, 0, paper.width(), paper.height()), answers)
    painter.end()
    buffer.close()
    svg = bytes(data.data()).decode("utf-8")
    svg = _set_physical_size(svg, *plate_size_mm(scene))
    return _name_fallback(_outline_text(svg) if text_as_paths else svg)


def export_svg(
    scene: PlateScene, path: Path, *, text_as_paths: bool = True, answers: bool = True
) -> None:
    """The plate as SVG, at its A0 size in mm. With `text_as_paths` (the default) the
    words are drawn as outlines and kept as invisible text; without it the words are
    text only, in Inter with a generic fallback."""
    svg = svg_document(scene, text_as_paths=text_as_paths, answers=answers)
    try:
        path.write_text(svg, encoding="utf-8")
    except OSError as error:
        raise ExportError(path, write_failed(error)) from error


_SVG_SIZE = re.compile(r'<svg width="[^"]*" height="[^"]*"')
_TEXT = re.compile(r"<text ([^>]*?)\s*>(.*?)</text>", re.S)
_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')


def _set_physical_size(svg: str, width_mm: float, height_mm: float) -> str:
    return _SVG_SIZE.sub(f'<svg width="{width_mm:.1f}mm" height="{height_mm:.1f}mm"', svg, 1)


def _name_fallback(svg: str) -> str:
    return svg.replace('font-family="Inter"', f'font-family="{style.GENERIC_FALLBACK}"')


def _outline_text(svg: str) -> str:
    """Each <text> becomes the outlines of its glyphs in the bundled font, followed by
    the same text made invisible (for search, selection and screen readers)."""
    family = style.load_fonts()

    def outline(match: re.Match[str]) -> str:
        attrs = dict(_ATTR.findall(match.group(1)))
        text = html.unescape(match.group(2))
        qfont = QFont(family)
        qfont.setPixelSize(max(1, round(float(attrs.get("font-size", "16")))))
        qfont.setWeight(QFont.Weight(int(float(attrs.get("font-weight", "400")))))
        qfont.setItalic(attrs.get("font-style") == "italic")
        qfont.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        qfont.setFeature(QFont.Tag("calt"), 0)
        glyphs = QPainterPath()
        glyphs.addText(float(attrs.get("x", "0")), float(attrs.get("y", "0")), qfont, text)
        fill = attrs.get("fill", "black")  # SVG's own default
        opacity = attrs.get("fill-opacity", "1")
        data = _path_data(glyphs)
        visible = f'<path fill="{fill}" fill-opacity="{opacity}" stroke="none" d="{data}"/>'
        hidden = _name_fallback(match.group(0)).replace(
            f'fill-opacity="{opacity}"', 'fill-opacity="0"', 1
        )
        return visible + hidden

    return _TEXT.sub(outline, svg)


def _path_data(path: QPainterPath) -> str:
    parts: list[str] = []
    index, count = 0, path.elementCount()
    while index < count:
        element = path.elementAt(index)
        if element.isMoveTo():
            parts.append(f"M{element.x:.2f} {element.y:.2f}")
            index += 1
        elif element.isLineTo():
            parts.append(f"L{element.x:.2f} {element.y:.2f}")
            index += 1
        else:  # a curve: this element and the next two
            c2, end = path.elementAt(index + 1), path.elementAt(index + 2)
            parts.append(
                f"C{element.x:.2f} {element.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}"
            )
            index += 3
    return "".join(parts).replace(".00", "")


def plate_page_layout(scene: PlateScene, page: str | None) -> QPageLayout:
    """A0 by default, in the plate's orientation, edge to edge; a named paper with a
    margin (a printer can't print to the edge)."""
    paper = scene.paper
    landscape = paper.width() >= paper.height()
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    if page is None:
        size = QPageSize(QSizeF(*A0_MM[::-1]), QPageSize.Unit.Millimeter, "A0")
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))
    return QPageLayout(QPageSize(PAGE_SIZES[page]), orientation, QMarginsF(10, 10, 10, 10))


def paint_on_pages(
    scene: PlateScene,
    device: QPagedPaintDevice,
    painter: QPainter,
    *,
    reading_order: bool = False,
    answers: bool = True,
) -> None:
    """Fit the plate into the device's printable area, centred, keeping its proportions."""
    area = QRectF(painter.viewport())
    paper = scene.paper
    scale = min(area.width() / paper.width(), area.height() / paper.height())
    target = QRectF(0, 0, paper.width() * scale, paper.height() * scale)
    target.moveCenter(area.center())
    painter.fillRect(area, style.PAPER)  # the page is the plate's paper to its edges
    if reading_order:
        _paint_in_reading_order(scene, painter, target, answers)
    else:
        _paint(scene, painter, target, answers)


def export_pdf(
    scene: PlateScene, path: Path, page: str | None = None, answers: bool = True
) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Overzichtsplaten")
    writer.setTitle(scene.plate.title)
    writer.setPageLayout(plate_page_layout(scene, page))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, Problem.of(Code.EXPORT_NOT_WRITTEN))
    paint_on_pages(scene, writer, painter, reading_order=True, answers=answers)
    painter.end()
    if page is None:
        _exact_media_box(path, writer.pageLayout().fullRect(QPageLayout.Unit.Point).size())


_MEDIA_BOX = re.compile(rb"/MediaBox \[0 0 (\d+\.\d{6}) (\d+\.\d{6})\]")


def _exact_media_box(path: Path, size: QSizeF) -> None:
    """Qt writes a page size in whole points (A0 becomes 1188.9 x 841.0 mm); write
    the exact size instead, in as many bytes, so the file's offsets stay right."""
    width, height = (A0_MM[0], A0_MM[1]) if size.width() >= size.height() else (A0_MM[1], A0_MM[0])
    data = path.read_bytes()

    def exact(match: re.Match[bytes]) -> bytes:
        new = [f"{mm * 72 / 25.4:.6f}".encode() for mm in (width, height)]
        if [len(n) for n in new] != [len(match.group(1)), len(match.group(2))]:
            return match.group(0)
        return b"/MediaBox [0 0 " + new[0] + b" " + new[1] + b"]"

    try:
        path.write_bytes(_MEDIA_BOX.sub(exact, data))
    except OSError as error:
        raise ExportError(path, write_failed(error)) from error


def export_plate(
    scene: PlateScene,
    folder: Path,
    fmt: str,
    width: int,
    page: str | None,
    answers: bool = True,
) -> Path:
    """`answers`: with the team's notes on the plate (if the scene shows any) or without."""
    name = f"{scene.plate.number:02d}-{scene.plate.id}.{fmt}"
    path = folder / name
    if fmt == "png":
        export_png(scene, path, width, answers)
    elif fmt == "svg":
        export_svg(scene, path, answers=answers)
    elif fmt == "pdf":
        export_pdf(scene, path, page, answers)
    else:
        raise ExportError(path, Problem.of(Code.EXPORT_UNKNOWN_FORMAT, format=fmt))
    return path
