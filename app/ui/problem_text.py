"""Problems from `io` and `model` (codes with parameters) as text in the window's language.

The Dutch text of every code is in app/model/problems.py, marked for pyside6-lupdate
under the context "Problem"; here it is translated, with numbers written as the
language writes them (20.000 in Dutch, 20,000 in English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.io.atomic_write import reason_for
from app.io.errors import FileProblem
from app.model.problems import Problem, dutch_number

UNDO_CONTEXT = "Undo"  # the worksheet's undo texts (app/model/worksheet.py)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _number(value: int) -> str:
    """As the window's language writes it; Dutch (the source language) unless English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return locale.toString(value)
    return dutch_number(value)


def problem_text(problem: Problem) -> str:
    """What is wrong, in the window's language."""
    return problem.text(_translate, _number)


def file_problem_text(problem: FileProblem) -> str:
    """`file:line: what is wrong`: the file is named, the problem in the window's language."""
    return f"{problem.path}:{problem.line}: {problem_text(problem.problem)}"


def undo_text(description: str) -> str:
    """A step of the worksheet's undo history ("antwoord typen") in the window's language."""
    return QCoreApplication.translate(UNDO_CONTEXT, description)


def reason_text(error: OSError) -> str:
    """Why a file could not be read or written, by the system's error number."""
    return problem_text(reason_for(error))
