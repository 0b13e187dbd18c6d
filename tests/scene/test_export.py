"""Exports are real files: the right pixel size, text as text in SVG, the right PDF page."""

from __future__ import annotations

import os
import re
import shutil
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


@pytest.fixture(scope="module")
def all_scenes(qapp, library):
    return [PlateScene(p, library.graphs[p.id]) for p in library.plates]


@pytest.fixture(scope="module")
def svgs(all_scenes, tmp_path_factory) -> dict[str, Path]:
    """Each plate's SVG, exported once for the tests that read it."""
    folder = tmp_path_factory.mktemp("svg")
    paths = {}
    for scene in all_scenes:
        paths[scene.plate.id] = folder / f"{scene.plate.id}.svg"
        export_svg(scene, paths[scene.plate.id])
    return paths


def needs(*tools: str):  # type: ignore[no-untyped-def]
    missing = [tool for tool in tools if shutil.which(tool) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)}")


def media_box(path: Path) -> tuple[float, float]:
    match = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert match, "no page size in the PDF"
    return float(match.group(1)), float(match.group(2))


def test_png_has_the_requested_width(scene, tmp_path) -> None:
    path = tmp_path / "plaat.png"
    export_png(scene, path, 2000)
    image = QImage(str(path))
    width, height = scene.plate.size
    assert (image.width(), image.height()) == (2000, round(2000 * height / width))
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


def test_pdf_is_one_page_of_exactly_a0(scene, tmp_path) -> None:
    path = tmp_path / "plaat.pdf"
    export_pdf(scene, path)
    width, height = media_box(path)
    # A0 landscape, as the posters: 1189 x 841 mm, not Qt's whole points (1188.9 mm)
    assert width / MM_TO_PT == pytest.approx(1189, abs=0.05)
    assert height / MM_TO_PT == pytest.approx(841, abs=0.05)
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


@needs("pdftotext")
def test_pdf_text_keeps_hyphens_and_reads_element_by_element(scene, tmp_path) -> None:
    path = tmp_path / "plaat.pdf"
    export_pdf(scene, path)
    text = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Strategisch Meerjaren Perspectief 2022-2030" in text
    flat = " ".join(text.split())
    # each card's title, then its words, then the next card (not all headings first)
    order = [
        "Met de publieke opdracht voor leven lang ontwikkelen",
        "maken we voor iedereen leren",
        "Met relevante data",
        "leggen we de basis",
        "Kansrijk opleiden",
        "Elk talent kan kiezen",
        "Sterke beroepsroute",
    ]
    places = [flat.find(words) for words in order]
    assert -1 not in places, order[places.index(-1)]
    assert places == sorted(places)


def test_svg_and_pdf_give_the_plate_the_same_physical_size(all_scenes, svgs) -> None:
    for scene in all_scenes:
        svg = svgs[scene.plate.id]
        match = re.search(r'<svg width="([\d.]+)mm" height="([\d.]+)mm"', svg.read_text())
        assert match, scene.plate.id
        width_mm, height_mm = float(match.group(1)), float(match.group(2))
        # as large as fits on A0 landscape, as the PDF draws it
        assert width_mm <= 1189.05 and height_mm <= 841.05
        assert width_mm == pytest.approx(1189, abs=0.1) or height_mm == pytest.approx(841, abs=0.1)
        assert width_mm / height_mm == pytest.approx(
            scene.paper.width() / scene.paper.height(), rel=0.001
        )


def test_each_plates_svg_uses_at_most_six_font_sizes_the_same_on_every_plate(
    all_scenes, svgs
) -> None:
    per_plate = []
    for scene in all_scenes:
        svg = svgs[scene.plate.id].read_text(encoding="utf-8")
        sizes = set(re.findall(r'<text [^>]*font-size="([\d.]+)"', svg))
        assert 0 < len(sizes) <= 6, (scene.plate.id, sizes)
        per_plate.append(sizes)
        # the words are drawn as outlines, and named with a generic fallback as text
        assert "<path" in svg
        assert "sans-serif" in svg
        assert 'font-family="Inter"' not in svg
    assert len(set.union(*per_plate)) <= 6


def _fontconfig(tmp_path: Path, name: str, font_dir: Path | None) -> dict[str, str]:
    """An environment whose fontconfig knows only `font_dir` (or no fonts at all)."""
    folder = tmp_path / name
    (folder / "fonts").mkdir(parents=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><fontconfig>'
        f"<dir>{font_dir or folder / 'fonts'}</dir><cachedir>{folder / 'cache'}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def _rmse(a: Path, b: Path) -> float:
    done = subprocess.run(
        ["compare", "-metric", "RMSE", str(a), str(b), "null:"], capture_output=True, text=True
    )
    match = re.search(r"\(([\d.e-]+)\)", done.stderr)
    assert match, done.stderr
    return float(match.group(1))


@needs("rsvg-convert", "compare")
def test_svg_looks_the_same_without_inter_installed(all_scenes, svgs, tmp_path) -> None:
    """librsvg with no fonts at all draws the SVG as it draws it with Inter, and both
    look like the PNG export (so the words neither overflow nor disappear)."""
    from app.io.paths import resources_dir

    with_inter = _fontconfig(tmp_path, "with", resources_dir() / "fonts")
    without = _fontconfig(tmp_path, "without", None)
    for scene in all_scenes:
        name = scene.plate.id
        png, svg = tmp_path / f"{name}.png", svgs[name]
        export_png(scene, png, 1000)
        height = QImage(str(png)).height()
        renders = {}
        for label, env in (("with", with_inter), ("without", without)):
            out = tmp_path / f"{name}-{label}.png"
            subprocess.run(
                [
                    "rsvg-convert",
                    "-w",
                    "1000",
                    "-h",
                    str(height),
                    "-b",
                    "#fbfaf7",
                    str(svg),
                    "-o",
                    str(out),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
            renders[label] = _rmse(out, png)
        assert renders["without"] - renders["with"] <= 0.015, (name, renders)
        assert renders["without"] < 0.1, (name, renders)
