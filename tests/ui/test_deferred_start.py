"""A click that comes before the plate's graph is built waits for it and is answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.io.library_loader import load_library
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings


def test_a_click_before_the_graph_exists_ends_highlighted_with_its_guide_text(
    qtbot, tmp_path: Path
) -> None:
    library = load_library().library  # its own: the shared one has its graphs built
    settings = WindowSettings(tmp_path)
    settings.set_last_plate("strategie")
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()  # the start-up's idle work begins after the first paint
    view = window.views["strategie"]
    scene = view.plate_scene
    view.fit_plate()
    target = "student-beroep-burger"  # related to Npuls
    element = library.plate("strategie").element(target)
    centre = view.mapFromScene(scene.element_rect(target).center())
    assert not library.graphs.is_built("strategie")  # the click comes before the graph
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    qtbot.waitUntil(lambda: window.deferred.done, timeout=10_000)
    assert scene.selected_id == target
    assert scene.items_by_id[target].selected
    assert any(item.related for item in scene.items_by_id.values())
    assert element.label in window.panel.plain_text()
    assert "digitale vaardigheden van studenten" in window.panel.plain_text()
