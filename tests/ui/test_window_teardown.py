"""Closing the program says nothing on stderr: no slot may reach a window already gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import show_active


def test_taking_the_window_down_with_its_panels_open_raises_nothing(
    qtbot, library, tmp_path: Path
) -> None:
    window = MainWindow(library, WindowSettings(tmp_path))
    show_active(qtbot, window)
    window.open_plate("strategie")
    window.commands.outline.setChecked(True)  # both docks shown
    assert window.dock.isVisible() and window.outline_dock.isVisible()
    window.sessions.close()
    with qtbot.waitSignal(window.destroyed, timeout=3000):
        window.deleteLater()
    # pytest-qt fails the test on an exception raised in a slot during the teardown; the
    # docks' "hidden" must not reach the menu either
    QApplication.processEvents()
