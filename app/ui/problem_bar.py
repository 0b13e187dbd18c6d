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
        self._by_file: dict[str, list[FileProblem]] = {}
        self._links: list[FileProblem] = []
        self.setObjectName("problemBar")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#problemBar { background: #fff4e5; color: #5b3300; padding: 8px 12px;"
            " border-bottom: 1px solid #f0b86e; }"
        )

    def show_problems(self, problems: list[FileProblem]) -> None:
        """Problems with files that are not on screen (a new file that did not load).
        Each file's problems replace what the bar said about that file before."""
        for file in {p.path for p in problems}:
            self._by_file[file] = [p for p in problems if p.path == file]
        self._show()

    def show_link_problems(self, problems: list[FileProblem]) -> None:
        """All links that do not resolve now (the library checks them all at once)."""
        self._links = list(problems)
        self._show()

    def file_loaded(self, file: str) -> None:
        """`file` (as problems name it) loaded after all: what was said about it is gone."""
        if self._by_file.pop(file, None) is not None:
            self._show()

    def _show(self) -> None:
        problems = [p for listed in self._by_file.values() for p in listed] + self._links
        if not problems:
            self.hide()
            return
        self.setText(
            problem_text(tr("Niet alles kon worden geladen; de rest werkt gewoon."), problems, 8)
        )
        self.show()


__all__ = ["ProblemBar", "problem_text"]
