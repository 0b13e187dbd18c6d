"""The benchmarks' floors draw what they say: a floor that draws nothing makes every
ratio against it meaningless (the boxes-only views once lost their scene on return)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from run import boxes_only_scene, synthetic_yaml, view_for

from app.io.plate_reader import parse_plate_bytes

BOX_FILL = QColor("#eef2ff")


def box_pixels(view) -> int:  # type: ignore[no-untyped-def]
    image = view.viewport().grab().toImage()
    return sum(
        image.pixelColor(x, y) == BOX_FILL
        for y in range(0, image.height(), 8)
        for x in range(0, image.width(), 8)
    )


def test_the_boxes_only_floor_of_a_shipped_plate_shows_its_boxes(qtbot, library) -> None:
    plate = library.plate("strategie")
    view = view_for(boxes_only_scene(plate), 960, 540)
    qtbot.addWidget(view)
    assert view.scene() is not None
    assert len(view.scene().items()) == len(plate.elements) + sum(
        1 for r in plate.relations if r.target_id in {e.id for e in plate.elements}
    )
    # the boxes fill a good part of the view at fit zoom, as the plate does
    assert box_pixels(view) > 0.2 * (960 // 8) * (540 // 8)


def test_the_synthetic_floor_can_be_panned_like_the_plate(qtbot) -> None:
    plate = parse_plate_bytes(synthetic_yaml(500), "synthetisch.yaml")
    view = view_for(boxes_only_scene(plate), 960, 540)
    qtbot.addWidget(view)
    view.scale(2.0, 2.0)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 40  # the pan benchmark moves 40 pixels a step
    before = bar.value()
    bar.setValue(before + 40)
    assert bar.value() == before + 40


def test_the_cold_start_child_runs_the_real_program_to_plate_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from run import child_argv, first_paint_ms

    # it reaches the first paint of the restored plate (and exits there, status 0) ...
    assert first_paint_ms("app", 1, str(tmp_path)) > 0
    # ... and a watcher that is never reached fails instead of passing: without the
    # returning user's last plate the program opens on the start page
    fresh = tmp_path / "fresh"
    done = subprocess.run(
        child_argv("app", str(fresh)), capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "the last plate was not restored" in done.stderr


def test_the_time_to_interactive_child_ends_at_the_answered_click(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from run import child_argv, run_child, seed_returning_user

    seed_returning_user(str(tmp_path))
    run_child("interactive", child_argv("interactive", str(tmp_path)), timeout=120)


def test_the_bare_window_children_reach_their_measure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from run import FROZEN_FLOOR, child_argv, run_child

    # minimal_app leaves at its first paint, its memory child prints the memory ...
    run_child("minimal", child_argv("minimal", str(tmp_path)))
    assert float(run_child("minimal-rss", child_argv("minimal-rss", str(tmp_path)))) > 10
    # ... and the frozen floor is the same bare window, leaving at its first paint
    offscreen = 'import os; os.environ["QT_QPA_PLATFORM"] = "offscreen"\n'
    run_child("frozen floor", [sys.executable, "-c", offscreen + FROZEN_FLOOR], timeout=120)


def test_a_child_that_reached_its_moment_counts_even_if_its_teardown_crashes() -> None:
    import pytest
    from run import HARD_EXIT, run_child

    # Under Wine a Qt child sometimes crashes after hard_exit() said it got there (status 3):
    # the measurement holds ...
    crashed_after = HARD_EXIT.replace("os._exit(0)", "os._exit(3)") + "\nhard_exit()\n"
    run_child("crashed-after", [sys.executable, "-c", crashed_after], timeout=60)
    # ... but a child that never got there fails the run and says why
    never = "import sys; sys.stderr.write('kapot: geen plaat'); sys.exit(3)"
    with pytest.raises(RuntimeError, match=r"status 3:\n.*kapot: geen plaat"):
        run_child("never", [sys.executable, "-c", never], timeout=60)
