"""Starting and ending a presentation from the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.model.history import Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator
from app.ui.worksheet.session_controller import SessionController

if TYPE_CHECKING:
    from app.ui.present.presentation import Presentation


class Presenting(QObject):
    def __init__(
        self,
        window: QWidget,
        library: PlateLibrary,
        navigator: Navigator,
        sessions: SessionController,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.navigator = navigator
        self.sessions = sessions
        self.presentation: Presentation | None = None

    def start(
        self,
        plate: str | None,
        screen: str | None,
        on_plate: str | None,
        selection: Callable[[str], str | None],
    ) -> None:
        """Present `plate` (or the plate on screen, or the first) on the beamer."""
        from app.ui.present.presentation import Presentation

        if self.presentation is not None:
            return
        try:
            plate_id = self.library.plate(plate).id if plate else None
        except KeyError:
            plate_id = None
        plate_id = plate_id or on_plate or self.library.plates[0].id
        self.navigator.go_to(Place(plate_id, selection(plate_id)))
        self.presentation = Presentation(self.library, plate_id, self.sessions, self.window, screen)
        self.presentation.finished.connect(self._finished)
        self.presentation.start()

    def _finished(self) -> None:
        # stop() may run inside a key handler of the beamer itself; let go of the windows
        # (which deletes them) one turn of the event loop later, not in the middle of it
        retired, self.presentation = self.presentation, None
        QTimer.singleShot(0, lambda: retired and None)
        self.window.activateWindow()


__all__ = ["Presenting"]
