"""The tour as a handout, and every tour step readable from the back of the room.

`overzichtsplaten export --tour` writes each view of each step as the beamer shows
it; Tesseract (Dutch) must read the label of every subject element of every step
in those PNGs at 1920x1080. Without tesseract (or its Dutch data) the OCR test is
skipped; .ci/present.sh installs both so CI runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from app.model.library import PlateLibrary
from app.scene.tour_view import label_px
from app.ui.present.tour_export import tour_windows
from tests.conftest import REPO

WIDTH, HEIGHT = 1920, 1080


def _export(out: Path, *extra: str, plate: str = "all") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "export",
            "--plate",
            plate,
            "--tour",
            *extra,
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {w for w in re.findall(r"[a-z0-9]+", plain) if len(w) >= 3}


def _has_tesseract_nld() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "nld" in listed.stdout.split()


def _ocr(image: QImage, folder: Path, name: str, wanted: set[str]) -> str:
    """Tesseract on the image, and if that misses words, on its negative (white letters
    on a coloured pill read better as dark on light)."""
    found = []
    for negative in (False, True):
        picture = image.convertToFormat(QImage.Format.Format_Grayscale8)
        if negative:
            picture.invertPixels()
        path = folder / f"{name}-{int(negative)}.png"
        picture.save(str(path))
        done = subprocess.run(
            ["tesseract", str(path), "-", "-l", "nld", "--psm", "6"],
            capture_output=True,
            text=True,
            env=dict(os.environ, OMP_THREAD_LIMIT="1"),
            timeout=60,
        )
        found.append(done.stdout)
        if _enough(wanted, _words(done.stdout)):
            break
    return "\n".join(found)


def _enough(wanted: set[str], got: set[str]) -> bool:
    """Most of the label's words (and at least one) were read."""
    return bool(wanted & got) and len(wanted & got) * 2 >= len(wanted)


def _label_box(window, element_id: str) -> QRect | None:  # type: ignore[no-untyped-def]
    """Where the element's label is on screen, within the part the caption leaves free."""
    rects = window.scene.text_rects(element_id)
    if not rects:
        return None
    box = window.view.mapFromScene(rects[0]).boundingRect()
    free = window.free_area(window.caption.text()).toRect()
    visible = box.intersected(free)
    if visible.width() < box.width() * 0.95 or visible.height() < box.height() * 0.95:
        return None  # not wholly shown in this view
    return visible.adjusted(-8, -6, 8, 6)


@pytest.fixture(scope="module")
def handout(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("handout")
    done = _export(out, "--format", "png", "--width", str(WIDTH), "--height", str(HEIGHT))
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_every_step_is_a_png_named_after_its_plate_and_step(handout, library) -> None:
    for plate in library.plates:
        for k in range(1, len(plate.tour) + 1):
            first = QImage(str(handout / f"{plate.id}-stap-{k}.png"))
            assert (first.width(), first.height()) == (WIDTH, HEIGHT)
    assert not list(handout.glob("*-stap-0*.png"))


def test_every_subject_is_drawn_readable_in_some_view_of_its_step(qapp, library) -> None:
    """The subject's label is at least 1/40 of the screen high on screen, whole, in the
    free area (not under the caption), in at least one view of its step; at both sizes."""
    for width, height in ((1920, 1080), (1280, 720)):
        for plate in library.plates:
            shown: dict[int, set[str]] = {}
            for step, _, _, window in tour_windows(library, plate, width, height):
                scale = window.view.scale_factor()
                for element_id in plate.tour[step - 1].elements:
                    item = window.scene.items_by_id[element_id]
                    size = label_px(item)
                    assert size is not None
                    readable = size * scale >= height / 40
                    if readable and _label_box(window, element_id) is not None:
                        shown.setdefault(step, set()).add(element_id)
            for k, tour_step in enumerate(plate.tour, 1):
                missing = set(tour_step.elements) - shown.get(k, set())
                assert not missing, f"{plate.id} stap {k} at {width}x{height}: {missing}"


@pytest.mark.skipif(not _has_tesseract_nld(), reason="tesseract with Dutch is not installed")
def test_tesseract_reads_every_subject_label_in_the_exported_steps(
    handout, library: PlateLibrary, tmp_path
) -> None:
    failures = []
    for plate in library.plates:
        read: dict[tuple[int, str], str] = {}
        for step, view, _, window in tour_windows(library, plate, WIDTH, HEIGHT):
            name = (
                f"{plate.id}-stap-{step}.png" if view == 1 else f"{plate.id}-stap-{step}-{view}.png"
            )
            image = QImage(str(handout / name))
            assert not image.isNull(), name
            for element_id in plate.tour[step - 1].elements:
                if (step, element_id) in read:
                    continue
                box = _label_box(window, element_id)
                if box is None:
                    continue
                crop = image.copy(box)
                wanted = _words(plate.element(element_id).label)
                name = f"{plate.id}-{step}-{element_id}"
                read[(step, element_id)] = _ocr(crop, tmp_path, name, wanted)
        for k, tour_step in enumerate(plate.tour, 1):
            for element_id in tour_step.elements:
                label = plate.element(element_id).label
                wanted = _words(label)
                got = _words(read.get((k, element_id), ""))
                if not wanted:
                    continue
                if not _enough(wanted, got):
                    failures.append(f"{plate.id} stap {k} {element_id}: {label!r} -> {sorted(got)}")
    assert not failures, "\n".join(failures)


def test_the_handout_as_one_pdf_with_a_page_per_view(tmp_path, library) -> None:
    done = _export(tmp_path, "--format", "pdf", "--width", "1280", "--height", "720", plate="2")
    assert done.returncode == 0, done.stderr[-2000:]
    pdf = tmp_path / "strategie-rondleiding.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    views = sum(1 for _ in tour_windows(library, library.plate("strategie"), 1280, 720))
    assert pages == views >= len(library.plate("strategie").tour)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "We onderscheiden drie niveaus" in text


def test_a_bad_session_file_is_named_and_nothing_crashes(tmp_path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{ niet af", encoding="utf-8")
    done = _export(tmp_path / "out", "--session", str(bad), plate="2")
    assert done.returncode != 0
    assert "kapot.json" in done.stderr and "Traceback" not in done.stderr
    svg = _export(tmp_path / "out2", "--format", "svg", plate="2")
    assert svg.returncode != 0 and "png of pdf" in svg.stderr and "Traceback" not in svg.stderr


def _luminance(colour) -> float:  # type: ignore[no-untyped-def]
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def test_the_caption_covers_no_subject_and_the_counter_reads_on_any_plate(qapp, library) -> None:
    """Where a step's subject fits one view, the caption band is below all of it; the
    step counter is white on an opaque dark pill, whatever is under it."""
    for plate in library.plates:
        for step, _, _, window in tour_windows(library, plate, 1920, 1080):
            caption = window.caption.geometry()
            assert caption.bottom() < window.height()
            image = window.grab().toImage()
            one_view = window.tour.views_in(step - 1) == 1
            for element_id in plate.tour[step - 1].elements if one_view else ():
                for rect in window.scene.text_rects(element_id):
                    on_screen = window.view.mapFromScene(rect).boundingRect()
                    assert not on_screen.intersects(caption), f"{plate.id} {step} {element_id}"
            counter = window.progress.geometry()
            assert counter.isValid() and window.progress.isVisible()
            assert not counter.intersects(caption)
            # the pill's own colour all round the figures: contrast with white text
            corner = image.pixelColor(counter.left() + 3, counter.center().y())
            contrast = (1.05) / (_luminance(corner) + 0.05)
            assert contrast >= 7, f"{plate.id} {step}: counter contrast {contrast:.1f}"


def test_the_single_screen_notes_are_opaque(qapp, library) -> None:
    plate = library.plate("strategie")
    for _, _, _, window in tour_windows(library, plate, 1280, 720):
        window.toggle_notes()
        window.set_notes_markdown("Uit de handreiking")
        image = window.grab().toImage()
        notes = window.notes.geometry()
        inside = image.copy(notes.adjusted(20, 60, -20, -20))
        colours = {
            inside.pixel(x, y)
            for x in range(0, inside.width(), 7)
            for y in range(0, inside.height(), 7)
        }
        assert len(colours) <= 3, "the plate shows through the notes"
        break


def test_a_session_files_answers_come_along_as_on_the_beamer(tmp_path, library) -> None:
    from app.io.session_format import session_to_bytes
    from app.model.worksheet import PlateAnswers, Session

    session = Session("Teamdag")
    session.plates["strategie"] = PlateAnswers(texts={"optimalisatie": "Roosters samen maken"})
    path = tmp_path / "teamdag.json"
    path.write_bytes(session_to_bytes(session))
    plain, answered = tmp_path / "zonder", tmp_path / "met"
    size = ("--width", "1280", "--height", "720")
    assert _export(plain, *size, plate="2").returncode == 0
    done = _export(answered, *size, "--session", str(path), plate="2")
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in plain.glob("*.png"))
    assert names == sorted(p.name for p in answered.glob("*.png"))
    changed = [n for n in names if QImage(str(plain / n)) != QImage(str(answered / n))]
    assert "strategie-stap-5.png" in changed  # optimalisatie and transformatie
