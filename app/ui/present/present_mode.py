"""Presenting, as a mode of the beamer's plate view: the clicker's keys (and every other
key of the presentation) step the tour; the mouse browses as usual."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeyEvent

from app.ui.explore.browse_mode import BrowseMode
from app.ui.view_mode import PlateHost


class PresentMode(BrowseMode):
    def __init__(self, handle_key: Callable[[QKeyEvent], bool]) -> None:
        super().__init__()
        self.handle_key = handle_key

    def key_press(self, view: PlateHost, event: QKeyEvent) -> bool:
        return self.handle_key(event) or super().key_press(view, event)


__all__ = ["PresentMode"]
