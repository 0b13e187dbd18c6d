"""Layout mode: drag and nudge an own plate's elements, undo, and save them into its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.io.plate_file import read_plate
from app.ui.application import build_window
from app.ui.main_window import MainWindow
from app.ui.plate_view import PlateView
from tests.conftest import show_active
from tests.ui.test_own_plates import write

PLATE = """\
format: 1
number: 5
id: indeling
title: Indeling
intro: Een plaat om te schikken.
# de regio houdt de kaart vast
elements:
  - id: regio
    label: Een regio
    kind: region
    role: context
  - {id: kaart, label: Een kaart, kind: card, role: goal, inside: [regio]}
  - {id: los, label: Los, kind: badge, role: theme}
"""


@pytest.fixture
def plate_path(tmp_path: Path) -> Path:
    folder = tmp_path / "eigen"
    folder.mkdir()
    path = folder / "indeling.yaml"
    write(path, PLATE)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, plate_path: Path) -> MainWindow:
    window = build_window(str(tmp_path / "data"), str(plate_path.parent))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.open_plate("indeling")
    return window


def mouse(view: PlateView, kind: QEvent.Type, scene_point: QPointF) -> None:
    at = QPointF(view.mapFromScene(scene_point))
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        at,
        QPointF(view.viewport().mapToGlobal(at.toPoint())),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(view: PlateView, start: QPointF, end: QPointF) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, (start + end) / 2)
    mouse(view, QEvent.Type.MouseMove, end)
    mouse(view, QEvent.Type.MouseButtonRelease, end)


def position(window: MainWindow, element_id: str) -> QPoint:
    return window.scenes["indeling"].items_by_id[element_id].pos().toPoint()


def test_layout_mode_is_only_for_own_plates(window: MainWindow) -> None:
    assert window.commands.layout_mode.isEnabled()
    window.open_plate("smjp")
    assert not window.commands.layout_mode.isEnabled()
    assert "eigen platen" in window.commands.layout_mode.toolTip()


def test_drag_a_region_with_its_card_undo_and_save_into_the_file(
    qtbot, window: MainWindow, plate_path: Path
) -> None:
    view = window.views["indeling"]
    window.commands.layout_mode.setChecked(True)
    assert window.layout_editor.active and window.layout_editor.bar.isVisible()
    region, card = position(window, "regio"), position(window, "kaart")
    grab = window.scenes["indeling"].element_rect("regio").topLeft() + QPointF(30, 20)
    drag(view, grab, grab + QPointF(100, 60))
    assert position(window, "regio") == region + QPoint(100, 60)
    assert position(window, "kaart") == card + QPoint(100, 60)  # what is inside comes along
    assert window.layout_editor.dirty
    # undo and redo, with the keys, on the plate
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert position(window, "regio") == region
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert position(window, "kaart") == card + QPoint(100, 60)
    before = plate_path.read_text(encoding="utf-8")
    assert window.layout_editor.save()
    after = plate_path.read_text(encoding="utf-8")
    plate = read_plate(plate_path)
    moved = plate.element("kaart").rect
    assert moved and (moved.x, moved.y) == (card.x() + 100, card.y() + 60)
    assert "# de regio houdt de kaart vast" in after  # the rest of the file stays
    assert after.count("\n") == before.count("\n") + 2  # rect lines for regio and size
    assert not window.layout_editor.dirty
    assert window.scenes["indeling"].plate.element("kaart").rect == moved


def test_arrow_keys_nudge_the_chosen_element(qtbot, window: MainWindow) -> None:
    view = window.views["indeling"]
    window.go_to_element("los")
    window.commands.layout_mode.setChecked(True)
    view.setFocus()
    start = position(window, "los")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert position(window, "los") == start + QPoint(20, 1)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert position(window, "los") == start  # the run of nudges is one undo step


def test_leaving_with_unsaved_moves_asks_and_discard_puts_them_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, plate_path: Path
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.go_to_element("los")
    window.commands.layout_mode.setChecked(True)
    start = position(window, "los")
    window.layout_editor.key_press(_key(Qt.Key.Key_Left))
    assert position(window, "los") != start
    before = plate_path.read_bytes()
    window.open_plate("smjp")  # leaving the plate ends layout mode
    assert asked and "niet opgeslagen" in asked[0]
    assert not window.layout_editor.active and not window.commands.layout_mode.isChecked()
    assert position(window, "los") == start
    assert plate_path.read_bytes() == before


def test_an_edit_on_disk_while_moving_is_kept_when_the_positions_are_saved(
    qtbot, window: MainWindow, plate_path: Path
) -> None:
    window.go_to_element("los")
    window.commands.layout_mode.setChecked(True)
    window.layout_editor.key_press(_key(Qt.Key.Key_Up))
    moved = position(window, "los")
    write(plate_path, PLATE.replace("label: Los", "label: Los en vast"))
    # the watcher has seen it, and held it back until the positions are saved
    qtbot.waitUntil(lambda: window.layout_editor.pending_reload is not None, timeout=5000)
    assert position(window, "los") == moved
    assert window.layout_editor.save()
    plate = read_plate(plate_path)
    assert plate.element("los").label == "Los en vast"
    assert plate.element("los").rect and plate.element("los").rect.y == moved.y()


def _key(key: Qt.Key):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
