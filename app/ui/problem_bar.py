"""The bar over the window naming files that did not load (the rest works as usual)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.io.errors import FileProblem
from app.ui.i18n import tr
from app.ui.problem_text import file_problem_text


def problem_text(heading: str, problems: list[FileProblem], shown: int) -> str:
    """A heading, the first problems as `file:line: message`, and how many more there are."""
    lines = [heading, *(file_problem_text(p) for p in problems[:shown])]
    if len(problems) > shown:
        lines.append(f"… {len(problems) - shown} " + tr("meer"))
    return "\n".join(lines)


class ProblemBar(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("problemBar")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#problemBar { background: #fff4e5; color: #5b3300; padding: 8px 12px;"
            " border-bottom: 1px solid #f0b86e; }"
        )

    def show_problems(self, problems: list[FileProblem]) -> None:
        """Problems with files that are not on screen (a new file that did not load)."""
        if not problems:
            self.hide()
            return
        self.setText(
            problem_text(tr("Niet alles kon worden geladen; de rest werkt gewoon."), problems, 8)
        )
        self.show()


__all__ = ["ProblemBar", "problem_text"]
