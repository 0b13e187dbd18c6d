"""The save status in the status bar: saved, saving, failed or read-only, and where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.ui.safe_text import tooltip
from app.ui.worksheet.session_controller import SaveState, SessionController

MARKS = {SaveState.SAVED: "✓ ", SaveState.FAILED: "⚠ ", SaveState.READ_ONLY: "🔒 "}
COLOURS = {SaveState.FAILED: "#9a1c1c", SaveState.READ_ONLY: "#5b3300"}


class SaveStatus(QLabel):
    def __init__(self, sessions: SessionController) -> None:
        super().__init__()
        self.sessions = sessions
        self.setObjectName("saveLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        sessions.state_changed.connect(self.show_state)

    def show_state(self, state: SaveState, message: str) -> None:
        self.setText(MARKS.get(state, "… ") + message)
        colour = COLOURS.get(state, "")
        self.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        self.setToolTip(tooltip(str(self.sessions.file_path)))


__all__ = ["SaveStatus"]
