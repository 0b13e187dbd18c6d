"""Modes of a plate view: what the mouse and the keys do on a plate.

A PlateView has one current mode and hands it every mouse and key event first
(as orange-canvas-core's canvas hands its events to an interaction object).
Browsing is the default (app.ui.explore.browse_mode); laying out an own plate
(app.ui.author.layout_mode) and presenting (app.ui.present.present_mode) put
their own mode on the view while they last. A handler returns True when it
used the event; otherwise the view does what a QGraphicsView does by itself.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.scene.plate_scene import PlateScene


class PlateHost(Protocol):
    """What a mode may ask of the view it is on (a PlateView)."""

    @property
    def plate_scene(self) -> PlateScene: ...

    def element_at_point(self, point: QPoint) -> str | None: ...

    def click(self, element_id: str | None) -> None: ...

    def activate(self, element_id: str) -> None: ...

    def request_back(self) -> None: ...

    def request_forward(self) -> None: ...

    def step_selection(self, step: int) -> bool: ...

    def fit_plate(self, animate: bool = False) -> None: ...

    def pan_by(self, dx: int, dy: int) -> None: ...

    def default_mouse_release(self, event: QMouseEvent) -> None: ...


class ViewMode:
    """Does nothing of its own: every event goes on to the QGraphicsView."""

    def enter(self, view: PlateHost) -> None:
        """The mode is put on `view`."""

    def leave(self, view: PlateHost) -> None:
        """The mode is taken off `view` again."""

    def mouse_press(self, view: PlateHost, event: QMouseEvent) -> bool:
        return False

    def mouse_move(self, view: PlateHost, event: QMouseEvent) -> bool:
        return False

    def mouse_release(self, view: PlateHost, event: QMouseEvent) -> bool:
        return False

    def mouse_double_click(self, view: PlateHost, event: QMouseEvent) -> bool:
        return False

    def key_press(self, view: PlateHost, event: QKeyEvent) -> bool:
        return False


__all__ = ["PlateHost", "ViewMode"]
