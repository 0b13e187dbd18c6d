"""A team's answers as notes beside the elements of each plate, when the user shows them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.model.answers_view import notes_beside_elements
from app.scene.plate_scene import PlateScene
from app.ui.worksheet.session_controller import SessionController


class AnswerNotes:
    """Redraws a plate's notes whenever its answers change or another session opens."""

    def __init__(
        self,
        sessions: SessionController,
        scenes: Mapping[str, PlateScene],
        shown: Callable[[], bool],
    ) -> None:
        self.sessions = sessions
        self.scenes = scenes
        self.shown = shown
        sessions.changed.connect(lambda change: self.refresh(change.plate_id))
        sessions.session_switched.connect(self.refresh_all)

    def refresh_all(self) -> None:
        for plate_id in self.scenes:
            self.refresh(plate_id)

    def refresh(self, plate_id: str) -> None:
        scene = self.scenes.get(plate_id)
        if scene is None:
            return
        answers = self.sessions.session.plates.get(plate_id)
        shown = self.shown() and answers is not None
        scene.set_answers(notes_beside_elements(scene.plate, answers) if shown and answers else {})


__all__ = ["AnswerNotes"]
