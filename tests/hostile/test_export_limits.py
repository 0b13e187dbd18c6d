"""Export guards against absurd sizes: a clear message, never a traceback or a huge picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.io.plate_reader import parse_plate_bytes
from app.model.graph import build_graph
from app.scene.export import MAX_PNG_SIDE, ExportError, export_png, render_image
from app.scene.plate_scene import PlateScene
from tests.conftest import REPO
from tests.example_plate import EXAMPLE_PLATE

TALL = EXAMPLE_PLATE.replace("size: [800, 600]", "size: [800, 8000]")  # 1:10, the most allowed


def test_a_png_too_large_to_make_is_refused_with_a_message(qtbot, tmp_path: Path) -> None:
    plate = parse_plate_bytes(TALL.encode(), "lang.yaml")
    scene = PlateScene(plate, build_graph(plate))
    target = tmp_path / "lang.png"
    with pytest.raises(ExportError) as raised:
        export_png(scene, target, 20_000)  # 20,000 x 200,000 pixels
    assert str(target) in str(raised.value) and "te groot" in str(raised.value)
    assert not target.exists()
    image = render_image(scene, 20_000)  # callers that cannot choose get a smaller picture
    assert image.height() <= MAX_PNG_SIDE and not image.isNull()
    export_png(scene, target, 1000)  # a sensible width still works
    assert target.stat().st_size > 0


def test_the_export_command_names_a_refused_plate_and_does_not_crash(tmp_path: Path) -> None:
    plates = tmp_path / "eigen"
    plates.mkdir()
    (plates / "dun.yaml").write_text(
        EXAMPLE_PLATE.replace("size: [800, 600]", "size: [1, 1000000]"), encoding="utf-8"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--plates-dir",
            str(plates),
            "export",
            "--plate",
            "all",
            "--out",
            str(tmp_path / "uit"),
        ],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "dun.yaml:6: size 1 × 1.000.000" in done.stderr
    assert len(list((tmp_path / "uit").glob("*.png"))) == 4  # the shipped plates still export
