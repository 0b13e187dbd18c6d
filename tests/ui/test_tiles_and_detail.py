"""Tiled painting and level of detail: fast frames that never show an out-of-date plate."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsScene

from app.io.plate_reader import parse_plate_bytes
from app.model.graph import build_graph
from app.scene import style
from app.scene.export import render_image
from app.scene.plate_scene import PlateScene
from app.ui.plate_view import PlateView

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from run import synthetic_yaml


def shown(qtbot, scene: PlateScene, width: int = 1200, height: int = 800) -> PlateView:
    view = PlateView(scene)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.fit_plate()
    return view


def frame(view: PlateView) -> QImage:
    return view.viewport().grab().toImage()


def settle(qtbot, view: PlateView) -> None:  # type: ignore[no-untyped-def]
    """Until zooming has paused and the ring of tiles around the view is rendered ahead."""

    def idle() -> bool:
        frame(view)  # paints: sharp once the zoom settled, and lists the tiles to render ahead
        return not view.tiles.zooming and not view.tiles._ahead

    qtbot.waitUntil(idle, timeout=5000)


def colour_at(view: PlateView, scene_point: QPointF) -> QColor:
    point = view.mapFromScene(scene_point)
    return frame(view).pixelColor(point.x(), point.y())


def test_a_selection_shows_in_the_next_frame_though_the_plate_is_painted_from_tiles(
    qtbot, library
) -> None:
    scene = PlateScene(library.plate("strategie"), library.graphs["strategie"])
    view = shown(qtbot, scene)
    rect = scene.element_rect("npuls")
    outline = QPointF(rect.center().x(), rect.top() - 3)  # where the selection ring goes
    before = colour_at(view, outline)
    rendered = view.tiles.rendered
    frame(view)
    assert view.tiles.rendered == rendered  # a repeat frame renders nothing anew
    scene.select("npuls")
    QApplication.processEvents()  # one turn of the event loop, as between two frames
    after = colour_at(view, outline)
    assert after != before
    assert abs(after.hue() - style.SELECTION.hue()) < 12


def test_panning_finds_the_tiles_rendered_ahead_and_renders_only_what_is_new(
    qtbot, library
) -> None:
    scene = PlateScene(library.plate("smjp"), library.graphs["smjp"])
    view = shown(qtbot, scene)
    view.zoom_by(3.0)
    settle(qtbot, view)  # idle: the ring of tiles around the view is rendered ahead
    frame(view)
    rendered = view.tiles.rendered
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + 300)
    frame(view)
    assert view.tiles.rendered == rendered  # nothing to wait for
    bar.setValue(bar.value() + 600)  # no idle time in between: further than was ready
    frame(view)
    rows = view.viewport().height() // 512 + 2
    on_screen = rows * (view.viewport().width() // 512 + 2)
    assert 0 < view.tiles.rendered - rendered <= 2 * rows < on_screen  # not the whole view


def test_zooming_draws_stand_ins_then_the_sharp_plate(qtbot, library) -> None:
    scene = PlateScene(library.plate("strategie"), library.graphs["strategie"])
    view = shown(qtbot, scene)
    frame(view)
    rendered = view.tiles.rendered
    view.zoom_by(1.3)
    frame(view)
    assert view.tiles.rendered == rendered  # the zoom step itself renders no tile
    settle(qtbot, view)
    frame(view)
    assert view.tiles.rendered > rendered  # and once it pauses, the plate is sharp again


def test_a_drag_on_the_plate_selects_nothing_a_click_selects(qtbot, library) -> None:
    scene = PlateScene(library.plate("strategie"), library.graphs["strategie"])
    view = shown(qtbot, scene)
    view.zoom_by(2.0)
    view.centerOn(scene.element_rect("npuls").center())
    clicked: list[str | None] = []
    view.element_clicked.connect(clicked.append)
    port = view.viewport()
    start = view.mapFromScene(scene.element_rect("npuls").center())
    end = start + QPoint(30, 0)  # still on Npuls, but the hand moved the plate
    assert scene.element_at(view.mapToScene(end)) == "npuls"
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, end)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)
    assert clicked == []
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=start)
    assert clicked == ["npuls"]


@pytest.fixture(scope="module")
def large_plate():  # type: ignore[no-untyped-def]
    return parse_plate_bytes(synthetic_yaml(2000), "synthetisch.yaml")


def test_a_large_plate_far_out_is_drawn_in_one_item_and_still_answers_clicks(
    qtbot, large_plate
) -> None:
    scene = PlateScene(large_plate, build_graph(large_plate))
    # 3,000 random lines, nearly all hidden, are not in the scene (nor in Qt's index)
    hidden = [r for r in scene.relation_items if not r.isVisible()]
    assert len(hidden) > 2500 and all(r.scene() is None for r in hidden)
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex  # not yet
    view = shown(qtbot, scene)
    frame(view)
    assert scene.overview_on  # at fit, a card is a few pixels: nothing to read
    # Qt's index is built just after the first frame, for the clicks and zooms that follow
    qtbot.waitUntil(
        lambda: scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.BspTreeIndex,
        timeout=1000,
    )
    target = scene.element_rect("e777").center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(target))
    clicked = []
    view.element_clicked.connect(clicked.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(target))
    assert clicked == ["e777"]
    scene.select("e777")
    assert scene.overview is not None and scene.overview.selected is scene.items_by_id["e777"]
    # close enough to read, every element draws itself again
    view.zoom_to_element("e777", animate=False)
    frame(view)
    assert not scene.overview_on


def test_an_export_of_a_large_plate_has_the_detail_its_size_allows(qtbot, large_plate) -> None:
    scene = PlateScene(large_plate, build_graph(large_plate))
    view = shown(qtbot, scene)
    frame(view)
    assert scene.overview_on
    started = time.perf_counter()
    small = render_image(scene, 800)
    assert time.perf_counter() - started < 30  # a guard against hanging, not a benchmark
    assert scene.overview_on  # the view's level is back after the export
    big = render_image(scene, 12000)
    # in the big picture the cards carry words: more distinct dark pixels than bars give
    assert not big.isNull() and not small.isNull()
    rect = scene.element_rect("e0")
    scale = 12000 / scene.paper.width()
    crop = big.copy(
        int(rect.left() * scale),
        int(rect.top() * scale),
        int(rect.width() * scale),
        int(rect.height() * scale),
    )
    dark = sum(
        1
        for y in range(crop.height())
        for x in range(crop.width())
        if crop.pixelColor(x, y).lightness() < 100
    )
    assert dark > 50  # the label "Deel 0" in ink, not a pale bar
