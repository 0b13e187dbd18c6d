"""The reader's place has one owner and one notification; a plate view hands its mouse
and keys to its mode (browsing by default), as the window's parts rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.model.history import Place
from app.model.navigator import PlaceChange
from app.ui.main_window import MainWindow
from app.ui.plate_view import PlateView
from app.ui.settings import WindowSettings
from app.ui.view_mode import PlateHost, ViewMode
from tests.conftest import show_active


@pytest.fixture
def window(qtbot, library, tmp_path: Path) -> MainWindow:
    window = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def click_element(qtbot, view: PlateView, element_id: str) -> None:
    centre = view.plate_scene.element_rect(element_id).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))


def test_a_click_back_and_forward_each_tell_the_panels_once(qtbot, window) -> None:
    window.go_to(Place("strategie"))
    view = window.views["strategie"]
    view.fit_plate()
    changes: list[PlaceChange] = []
    window.navigator.subscribe(changes.append)
    click_element(qtbot, view, "npuls")
    qtbot.waitUntil(lambda: len(changes) == 1)
    assert changes[0].place == Place("strategie", "npuls")
    assert window.panel.browser.toPlainText().startswith("Npuls")
    window.commands.back.trigger()
    assert [c.place for c in changes] == [Place("strategie", "npuls"), Place("strategie")]
    assert window.scenes["strategie"].selected_id is None
    window.commands.forward.trigger()
    assert len(changes) == 3 and window.scenes["strategie"].selected_id == "npuls"
    assert not window.commands.forward.isEnabled()


class Recording(ViewMode):
    """A mode that takes every click and key for itself."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def mouse_press(self, view: PlateHost, event: QMouseEvent) -> bool:
        self.events.append("press")
        return True

    def mouse_release(self, view: PlateHost, event: QMouseEvent) -> bool:
        self.events.append("release")
        return True

    def key_press(self, view: PlateHost, event: QKeyEvent) -> bool:
        self.events.append("key")
        return True


def test_the_view_hands_its_events_to_its_mode_and_browses_again_after(qtbot, window) -> None:
    window.go_to(Place("strategie"))
    view = window.views["strategie"]
    view.fit_plate()
    mode = Recording()
    view.set_mode(mode)
    click_element(qtbot, view, "npuls")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert mode.events == ["press", "release", "key"]
    assert window.scenes["strategie"].selected_id is None  # the mode kept the click
    view.set_mode(None)  # browsing: a click selects again
    click_element(qtbot, view, "npuls")
    qtbot.waitUntil(lambda: window.scenes["strategie"].selected_id == "npuls")
    assert mode.events == ["press", "release", "key"]
