"""A plate's scene to PNG, SVG and PDF (and a printer), the whole paper, no window needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.scene.plate_scene import PlateScene

# A plate unit on paper: the shipped plates (1600 units wide) come out as wide
# as A0 landscape (1189 mm), the size the posters were made in.
MM_PER_UNIT = 1189.0 / 1600.0
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
    """Export failed; the message names the file and says why, in Dutch."""


def _paint(scene: PlateScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    # draw the paper only, not the grey desk around it
    painter.fillRect(target, QColor("#fbfaf7"))
    with scene.detail_at(target.width() / scene.paper.width()):
        scene.render(painter, target, scene.paper)


def png_size(scene: PlateScene, width: int) -> tuple[int, int]:
    """The picture's size in pixels for a width (within 16 and MAX_PNG_WIDTH)."""
    width = max(16, min(MAX_PNG_WIDTH, width))
    paper = scene.paper
    return width, max(1, round(width * paper.height() / paper.width()))


def render_image(scene: PlateScene, width: int) -> QImage:
    width, height = png_size(scene, width)
    # never a picture too large to make: narrower keeps the proportions
    shrink = min(1.0, MAX_PNG_SIDE / height, (MAX_PNG_PIXELS / (width * height)) ** 0.5)
    if shrink < 1.0:
        width, height = max(1, int(width * shrink)), max(1, int(height * shrink))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#fbfaf7"))
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def export_png(scene: PlateScene, path: Path, width: int) -> None:
    pixels_wide, pixels_high = png_size(scene, width)
    if pixels_high > MAX_PNG_SIDE or pixels_wide * pixels_high > MAX_PNG_PIXELS:
        raise ExportError(
            f"{path}: de afbeelding zou {pixels_wide} × {pixels_high} pixels worden, "
            f"te groot om te maken; kies een kleinere breedte of exporteer als SVG of PDF"
        )
    image = render_image(scene, width)
    if image.isNull():
        raise ExportError(f"{path}: de afbeelding kon niet worden gemaakt (te groot?)")
    if not image.save(str(path)):  # the format follows the .png suffix
        raise ExportError(
            f"{path}: kon niet worden geschreven (map bestaat niet of is alleen-lezen?)"
        )


def export_svg(scene: PlateScene, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator  # only export needs QtSvg

    paper = scene.paper
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(paper.width()), round(paper.height())))
    generator.setViewBox(QRectF(0, 0, paper.width(), paper.height()))
    generator.setTitle(scene.plate.title)
    generator.setDescription(f"Overzichtsplaat {scene.plate.number}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"{path}: kon niet worden geschreven")
    _paint(scene, painter, QRectF(0, 0, paper.width(), paper.height()))
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(f"{path}: kon niet worden geschreven")


def plate_page_layout(scene: PlateScene, page: str | None) -> QPageLayout:
    paper = scene.paper
    landscape = paper.width() >= paper.height()
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    if page is None:
        size = QPageSize(
            QSizeF(paper.width() * MM_PER_UNIT, paper.height() * MM_PER_UNIT),
            QPageSize.Unit.Millimeter,
            "Overzichtsplaat",
        )
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    return QPageLayout(QPageSize(PAGE_SIZES[page]), orientation, QMarginsF(10, 10, 10, 10))


def paint_on_pages(scene: PlateScene, device: QPagedPaintDevice, painter: QPainter) -> None:
    """Fit the plate into the device's printable area, centred, keeping its proportions."""
    area = QRectF(painter.viewport())
    paper = scene.paper
    scale = min(area.width() / paper.width(), area.height() / paper.height())
    target = QRectF(0, 0, paper.width() * scale, paper.height() * scale)
    target.moveCenter(area.center())
    _paint(scene, painter, target)


def export_pdf(scene: PlateScene, path: Path, page: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Overzichtsplaten")
    writer.setTitle(scene.plate.title)
    writer.setPageLayout(plate_page_layout(scene, page))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(
            f"{path}: kon niet worden geschreven (map bestaat niet of is alleen-lezen?)"
        )
    paint_on_pages(scene, writer, painter)
    painter.end()


def export_plate(scene: PlateScene, folder: Path, fmt: str, width: int, page: str | None) -> Path:
    name = f"{scene.plate.number:02d}-{scene.plate.id}.{fmt}"
    path = folder / name
    if fmt == "png":
        export_png(scene, path, width)
    elif fmt == "svg":
        export_svg(scene, path)
    elif fmt == "pdf":
        export_pdf(scene, path, page)
    else:
        raise ExportError(f"onbekend formaat: {fmt}")
    return path
