"""Exports are real files: the right pixel size, text as text in SVG, the right PDF page."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.scene.export import export_pdf, export_png, export_svg
from app.scene.plate_scene import PlateScene
from tests.conftest import REPO

MM_TO_PT = 72 / 25.4


@pytest.fixture
def scene(qapp, library):
    plate = library.plate(1)
    return PlateScene(plate, library.graphs[plate.id])


def media_box(path: Path) -> tuple[float, float]:
    match = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert match, "no page size in the PDF"
    return float(match.group(1)), float(match.group(2))


def test_png_has_the_requested_width(scene, tmp_path) -> None:
    path = tmp_path / "plaat.png"
    export_png(scene, path, 2000)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (2000, round(2000 * 1130 / 1600))
    # the paper is drawn, not left transparent or empty
    assert image.pixelColor(1000, 5).lightness() > 200
    assert len({image.pixel(x, 700) for x in range(0, 2000, 25)}) > 5


def test_svg_keeps_the_labels_as_text(scene, tmp_path) -> None:
    path = tmp_path / "plaat.svg"
    export_svg(scene, path)
    svg = path.read_text(encoding="utf-8")
    assert "<text" in svg
    for label in ("Eigentijds mbo", "Kansrijk opleiden", "Strategisch Meerjaren Perspectief"):
        assert label in svg


def test_pdf_is_one_page_the_size_of_the_plate(scene, tmp_path) -> None:
    path = tmp_path / "plaat.pdf"
    export_pdf(scene, path)
    width, height = media_box(path)
    assert width == pytest.approx(1189 * MM_TO_PT, rel=0.01)  # A0 wide, as the posters
    assert height == pytest.approx(1189 * 1130 / 1600 * MM_TO_PT, rel=0.01)
    assert path.read_bytes().count(b"/Type /Page\n") + path.read_bytes().count(b"/Type /Page ") >= 1


@pytest.mark.parametrize(("page", "size_mm"), [("A3", (420, 297)), ("A0", (1189, 841))])
def test_pdf_on_paper_is_landscape_on_that_paper(scene, tmp_path, page, size_mm) -> None:
    path = tmp_path / f"plaat-{page}.pdf"
    export_pdf(scene, path, page)
    width, height = media_box(path)
    assert (round(width / MM_TO_PT), round(height / MM_TO_PT)) == size_mm


def test_export_command_writes_every_plate_without_a_display(tmp_path) -> None:
    env = {
        k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "export",
            "--plate",
            "all",
            "--format",
            "png",
            "--width",
            "640",
            "--out",
            str(tmp_path),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in tmp_path.glob("*.png"))
    assert written == [
        "01-smjp.png",
        "02-strategie.png",
        "03-meerjarenplan.png",
        "04-programmas.png",
    ]
    assert QImage(str(tmp_path / "02-strategie.png")).width() == 640


def test_export_command_refuses_an_unknown_plate(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "export", "--plate", "7", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Onbekende plaat '7'" in done.stderr
