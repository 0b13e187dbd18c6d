"""Problems with a file, each naming the file and the line it is on."""

from __future__ import annotations

from dataclasses import dataclass

from app.model.problems import Problem


@dataclass(frozen=True, slots=True)
class FileProblem:
    """`problem` is a code the window translates; `message` and `str()` are the Dutch
    text (the command line, logs)."""

    path: str
    line: int
    problem: Problem

    @property
    def message(self) -> str:
        return str(self.problem)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class PlateError(Exception):
    """A plate file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[FileProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
