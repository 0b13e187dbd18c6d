"""A plate's tour as a handout: every step as the beamer shows it, to PNG files or one PDF.

The beamer window itself draws each step (at the size asked, off screen), so the
handout is what the room saw: the same view, spotlight, caption and answers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.io.bounded_read import BoundedReadError, read_regular_file
from app.io.session_format import MAX_SESSION_BYTES, SessionFormatError, session_from_bytes
from app.model.answers_view import AnswerBlock, notes_beside_elements
from app.model.library import PlateLibrary
from app.model.plate import Plate
from app.model.problems import Code, Problem
from app.model.tour import Tour, reading_tour
from app.model.worksheet import Session
from app.scene.export import ExportError
from app.scene.items import SceneLook
from app.scene.plate_scene import PlateScene
from app.scene.style import load_fonts
from app.ui.i18n import tr
from app.ui.present.presentation_window import PresentationWindow
from app.ui.problem_text import problem_text


def tour_windows(
    library: PlateLibrary,
    plate: Plate,
    width: int,
    height: int,
    answers: dict[str, AnswerBlock] | None = None,
) -> Iterator[tuple[int, int, str, PresentationWindow]]:
    """(step number from 1, view number from 1, caption, beamer window showing that view)."""
    scene = PlateScene(plate, library.graphs[plate.id], SceneLook(projector=True))
    if answers:
        scene.set_answers(answers)
    tour = Tour(plate.tour or reading_tour(plate))
    window = PresentationWindow(scene, tour)
    scene.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(width, height)
    window.show()  # off screen: lays out the overlays as on the beamer
    try:
        window.plan_views()
        for index, step in enumerate(tour.steps):
            for view in range(tour.views_in(index)):
                tour.go(index, view)
                window.show_step(animate=False)
                # the scene reports what changed (the spotlight) one turn of the event loop
                # later; the view's tiles are redrawn from that before the picture is taken
                QCoreApplication.processEvents()
                window.view.tiles.clear()
                yield index + 1, view + 1, step.caption, window
    finally:
        window.close()
        window.deleteLater()


def step_images(
    library: PlateLibrary,
    plate: Plate,
    width: int,
    height: int,
    answers: dict[str, AnswerBlock] | None = None,
) -> Iterator[tuple[int, int, str, QImage]]:
    """(step number from 1, view number from 1, caption, image) for every view of the tour."""
    for step, view, caption, window in tour_windows(library, plate, width, height, answers):
        yield step, view, caption, window.grab().toImage()


def png_name(plate: Plate, step: int, view: int) -> str:
    """`<plate-id>-stap-<k>.png`; a step shown in several views adds `-<view>` from the second."""
    return f"{plate.id}-stap-{step}.png" if view == 1 else f"{plate.id}-stap-{step}-{view}.png"


def export_tour(
    library: PlateLibrary,
    plate: Plate,
    folder: Path,
    fmt: str,
    width: int,
    height: int,
    answers: dict[str, AnswerBlock] | None = None,
) -> list[Path]:
    """Write the tour of `plate` to `folder`; the files written."""
    shots = step_images(library, plate, width, height, answers)
    if fmt == "png":
        written = []
        for step, view, _, image in shots:
            path = folder / png_name(plate, step, view)
            if not image.save(str(path)):
                raise ExportError(path, Problem.of(Code.EXPORT_NOT_WRITTEN))
            written.append(path)
        return written
    if fmt == "pdf":
        path = folder / f"{plate.id}-rondleiding.pdf"
        _write_pdf(path, plate, shots)
        return [path]
    raise ExportError(folder, Problem.of(Code.EXPORT_UNKNOWN_TOUR_FORMAT, format=fmt))


def _write_pdf(path: Path, plate: Plate, shots: Iterator[tuple[int, int, str, QImage]]) -> None:
    """One landscape A4 page per view: the step as on the beamer, its caption below."""
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setCreator("Overzichtsplaten")
    tour_word = tr("rondleiding")
    writer.setTitle(f"{plate.title}: {tour_word}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, Problem.of(Code.EXPORT_NOT_WRITTEN))
    try:
        first = True
        total = len(plate.tour) or None
        step_word, part_word = tr("stap"), tr("deel")
        for step, view, caption, image in shots:
            if not first:
                writer.newPage()
            first = False
            area = QRectF(painter.viewport())
            heading = QFont(load_fonts())
            heading.setPixelSize(max(10, round(area.height() / 28)))
            heading.setWeight(QFont.Weight.DemiBold)
            painter.setFont(heading)
            line = painter.fontMetrics().height()
            title = f"{plate.title} · {step_word} {step}" + (f" / {total}" if total else "")
            if view > 1:
                title += f" ({part_word} {view})"
            painter.setPen(QColor("#4b5563"))
            painter.drawText(QRectF(0, 0, area.width(), line), title)
            caption_box = QRectF(0, area.height() - line * 3.2, area.width(), line * 3.2)
            picture = QRectF(0, line * 1.4, area.width(), caption_box.top() - line * 1.8)
            size = QSizeF(image.size()).scaled(picture.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(picture.topLeft(), size)
            target.moveCenter(picture.center())
            painter.drawImage(target, image)
            painter.setPen(QColor("#111827"))
            painter.drawText(
                caption_box,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                caption,
            )
    finally:
        painter.end()


def run_tour_export(
    library: PlateLibrary, plates: list[Plate], folder: Path, args: argparse.Namespace
) -> bool:
    """`overzichtsplaten export --tour`: every plate's tour; whether anything failed
    (each problem printed in Dutch, naming the file)."""
    if args.format not in ("png", "pdf"):
        print(tr("Een rondleiding kan als png of pdf worden geëxporteerd."), file=sys.stderr)
        return True
    width = args.width if args.width is not None else 1920
    height = args.height
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        print(
            tr("Schermmaat {0}×{1} kan niet: breedte 320 tot 7680, hoogte 240 tot 4320.").format(
                width, height
            ),
            file=sys.stderr,
        )
        return True
    answers_by_plate: dict[str, dict[str, AnswerBlock]] = {}
    if args.session:
        try:
            session = read_session(Path(args.session))
        except (BoundedReadError, SessionFormatError) as error:
            print(
                tr("Werksessie niet gelezen: {0}").format(_why(args.session, error)),
                file=sys.stderr,
            )
            return True
        for plate in plates:
            plate_answers = session.plates.get(plate.id)
            if plate_answers is not None:
                answers_by_plate[plate.id] = notes_beside_elements(plate, plate_answers)
    failed = False
    for plate in plates:
        try:
            for path in export_tour(
                library, plate, folder, args.format, width, height, answers_by_plate.get(plate.id)
            ):
                print(path)
        except ExportError as error:
            print(f"{error.where}: {problem_text(error.problem)}", file=sys.stderr)
            failed = True
    return failed


def read_session(path: Path) -> Session:
    """A session file given on the command line (perhaps mailed by someone): read safely."""
    return session_from_bytes(read_regular_file(path, MAX_SESSION_BYTES))


def _why(path: str, error: BoundedReadError | SessionFormatError) -> str:
    """The file and what is wrong with it, in the window's language."""
    return f"{path}: {problem_text(error.problem)}"
