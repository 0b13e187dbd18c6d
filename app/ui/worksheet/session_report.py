"""A session's meeting notes as Markdown (with the plates as PNG files beside it) or as PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from app.io.atomic_write import atomic_write
from app.model.answers_view import report_markdown
from app.model.library import PlateLibrary
from app.model.problems import Code, Problem
from app.model.worksheet import Session
from app.scene.export import render_image
from app.scene.plate_scene import PlateScene
from app.ui.i18n import long_date, tr
from app.ui.safe_text import SafeDocument

IMAGE_WIDTH = 1800


class PictureNotWrittenError(OSError):
    """A plate picture of a report could not be written; names the picture, not the notes."""

    def __init__(self, picture: Path) -> None:
        super().__init__(Problem.of(Code.EXPORT_NOT_WRITTEN))
        self.filename = str(picture)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "werksessie"


def _plates_with_answers(session: Session, library: PlateLibrary):  # type: ignore[no-untyped-def]
    return [
        p for p in library.plates if p.id in session.plates and not session.plates[p.id].is_empty()
    ]


def _report(session: Session, library: PlateLibrary, names: dict[str, str]) -> str:
    """The report in the window's language (its own words and the date)."""
    return report_markdown(session, library.plates, names, QCoreApplication.translate, long_date)


def export_markdown(
    session: Session, library: PlateLibrary, scenes: dict[str, PlateScene], target: Path
) -> Path:
    folder = target.with_name(target.stem + "-platen")
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    for plate in _plates_with_answers(session, library):
        image = folder / f"plaat-{plate.number}.png"
        if not render_image(scenes[plate.id], IMAGE_WIDTH).save(str(image)):
            # QImage.save says only False (a read-only folder, a full disk): name the file
            raise PictureNotWrittenError(image)
        names[plate.id] = f"{folder.name}/{image.name}"
        names[plate.id] = names[plate.id].replace(" ", "%20")
    text = _report(session, library, names)
    atomic_write(target, text.encode("utf-8"))
    return target


def export_pdf(
    session: Session, library: PlateLibrary, scenes: dict[str, PlateScene], target: Path
) -> Path:
    names = {p.id: f"plaat-{p.number}.png" for p in _plates_with_answers(session, library)}
    document = SafeDocument()  # loads only the plate pictures added below
    document.setMarkdown(
        _report(session, library, names),
        QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )
    for plate in library.plates:  # after setMarkdown, which clears the resources
        if plate.id in names:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(names[plate.id]),
                render_image(scenes[plate.id], IMAGE_WIDTH),
            )
    _plate_per_page(document)
    writer = QPdfWriter(str(target))
    writer.setTitle(session.name)
    writer.setCreator("Overzichtsplaten")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    # lay the document out on the page (in points) and fit each plate to its width
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    _fit_images(document, page.width())
    document.print_(writer)
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(tr("het bestand kon niet worden geschreven"))  # the caller names it
    return target


def _plate_per_page(document: QTextDocument) -> None:
    """Each plate's section (a level-2 heading) starts a page, except the first."""
    block = document.begin()
    first = True
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            if not first:
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
            first = False
        block = block.next()


def _fit_images(document: QTextDocument, width: float) -> None:
    """Markdown images have no size; make each plate as wide as the page."""
    found: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                found.append(
                    (fragment.position(), fragment.length(), fragment.charFormat().toImageFormat())
                )
            iterator += 1
        block = block.next()
    for position, length, image_format in found:
        image = document.resource(
            QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
        )
        ratio = image.height() / image.width() if image is not None and image.width() else 0.7
        image_format.setWidth(width)
        image_format.setHeight(width * ratio)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)


def default_file_name(session: Session, suffix: str) -> str:
    """A name to suggest: from the session's name and date, but only letters, digits and
    dashes (the date comes from a file too: `/../..` must not become a path)."""
    day = session.date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", session.date) else ""
    return (
        f"{_slug(session.name)[:60].strip('-') or 'werksessie'}{'-' + day if day else ''}{suffix}"
    )
