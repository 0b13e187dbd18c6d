"""Browsing a plate, the view's default mode: a click that did not move selects,
a drag pans (the view's own hand drag), double-click or Enter opens an element,
the arrows walk the elements in reading order, the mouse's side buttons go back
and forward."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.ui.view_mode import PlateHost, ViewMode

CLICK_SLOP = 5  # pixels the mouse may move between press and release and still click
PAN_STEP = 60  # pixels per arrow key with Shift (or with nothing selected)


class BrowseMode(ViewMode):
    def __init__(self) -> None:
        self._press: QPoint | None = None

    def mouse_press(self, view: PlateHost, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.BackButton:
            view.request_back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            view.request_forward()
            return True
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        return False  # the view's hand drag starts as well

    def forget_press(self) -> None:
        """A press another mode took: its release is no click."""
        self._press = None

    def mouse_release(self, view: PlateHost, event: QMouseEvent) -> bool:
        view.default_mouse_release(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return True
        moved = (event.position().toPoint() - self._press).manhattanLength()
        self._press = None
        if moved <= CLICK_SLOP:
            view.click(view.element_at_point(event.position().toPoint()))
        return True

    def mouse_double_click(self, view: PlateHost, event: QMouseEvent) -> bool:
        element_id = view.element_at_point(event.position().toPoint())
        if element_id:
            view.activate(element_id)
        else:
            view.fit_plate(animate=True)
        return True

    def key_press(self, view: PlateHost, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        scene = view.plate_scene
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        moves = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        # with an element chosen, the arrows walk the elements; Shift+arrows always pan
        if key in moves and scene.selected_id and not shift:
            view.step_selection(moves[key])
            return True
        pan = {
            Qt.Key.Key_Left: (-PAN_STEP, 0),
            Qt.Key.Key_Right: (PAN_STEP, 0),
            Qt.Key.Key_Up: (0, -PAN_STEP),
            Qt.Key.Key_Down: (0, PAN_STEP),
        }
        if key in pan and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            view.pan_by(*pan[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and scene.selected_id:
            scene.toggle_folded_note(scene.selected_id)
            view.activate(scene.selected_id)
            return True
        if key == Qt.Key.Key_Escape and scene.selected_id:
            view.click(None)
            return True
        return False


__all__ = ["BrowseMode"]
