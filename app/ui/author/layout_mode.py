"""Laying out an own plate, as a mode of its view: presses on an element drag it (and
what it contains), the arrows nudge, Ctrl+Z undoes, Esc ends. The rest (panning on
empty paper, clicks, double-clicks) is browsing as usual."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QKeyEvent, QMouseEvent

from app.ui.explore.browse_mode import BrowseMode
from app.ui.view_mode import PlateHost


class Mover(Protocol):
    """The layout editor, as the mode sees it: True when it used the event."""

    def mouse_press(self, event: QMouseEvent) -> bool: ...

    def mouse_move(self, event: QMouseEvent) -> bool: ...

    def mouse_release(self, event: QMouseEvent) -> bool: ...

    def key_press(self, event: QKeyEvent) -> bool: ...


class LayoutMode(BrowseMode):
    def __init__(self, editor: Mover) -> None:
        super().__init__()
        self.editor = editor

    def mouse_press(self, view: PlateHost, event: QMouseEvent) -> bool:
        if self.editor.mouse_press(event):
            self.forget_press()
            return True
        return super().mouse_press(view, event)

    def mouse_move(self, view: PlateHost, event: QMouseEvent) -> bool:
        return self.editor.mouse_move(event) or super().mouse_move(view, event)

    def mouse_release(self, view: PlateHost, event: QMouseEvent) -> bool:
        return self.editor.mouse_release(event) or super().mouse_release(view, event)

    def key_press(self, view: PlateHost, event: QKeyEvent) -> bool:
        return self.editor.key_press(event) or super().key_press(view, event)


__all__ = ["LayoutMode"]
