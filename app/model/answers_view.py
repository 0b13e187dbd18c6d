"""A session's answers arranged for showing: beside plate elements, and as a report.

Both read the same worksheet definition, so the plate and the meeting notes
always agree on which answer belongs where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.model.plate import AnswerShape, Plate, Question
from app.model.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the scene draws AnswerBlocks at start; the worksheet model comes later
    from app.model.worksheet import PlateAnswers, Session


@dataclass(frozen=True, slots=True)
class AnswerBlock:
    """What one question (or one field of it) holds, with a heading."""

    heading: str
    lines: tuple[str, ...]
    element: str  # where on the plate it belongs ("" when nowhere in particular)


def blocks(plate: Plate, answers: PlateAnswers) -> list[AnswerBlock]:
    result: list[AnswerBlock] = []
    if plate.worksheet is None:
        return result
    for question in plate.worksheet.questions:
        result.extend(_question_blocks(question, answers))
    return result


def _question_blocks(question: Question, answers: PlateAnswers) -> list[AnswerBlock]:
    from app.model.worksheet import field_key

    if question.answer == AnswerShape.TEXT:
        text = answers.texts.get(question.id, "").strip()
        lines = tuple(line for line in text.splitlines() if line.strip())
        return [AnswerBlock(question.text, lines, question.element)]
    found = []
    for answer_field in question.fields or ():
        key = field_key(question.id, answer_field.id)
        if question.answer == AnswerShape.PEOPLE:
            lines = tuple(
                f"{p.name} ({p.role})" if p.role else p.name for p in answers.people.get(key, [])
            )
        else:
            lines = tuple(item.text for item in answers.lists.get(key, []))
        found.append(AnswerBlock(answer_field.label, lines, answer_field.element))
    return found


def notes_beside_elements(plate: Plate, answers: PlateAnswers) -> dict[str, AnswerBlock]:
    """The non-empty answers that belong beside an element, by element id."""
    return {b.element: b for b in blocks(plate, answers) if b.element and b.lines}


_ORDERED = re.compile(r"\d{1,9}(?=[.)])")


def text_line(text: str) -> str:
    """One line a user typed, as Markdown text that stays that text: no list, heading,
    rule or entity can start from it (`1. geen lijst`, `- geen bullet`, `---`, `&amp;`)."""
    from app.model.guide_text import escape

    line = escape(text.strip()).replace("&", "\\&")
    ordered = _ORDERED.match(line)
    if ordered:  # "1." or "1)" would start a numbered list
        return ordered.group(0) + "\\" + line[ordered.end() :]
    if line[:1] in ("-", "+", "="):  # a bullet, or a line under a heading (setext)
        return "\\" + line
    return line


def quoted_lines(text: str) -> str:
    """Notes as a quote whose line breaks stay line breaks (a blank line, a new paragraph)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    result = []
    for index, line in enumerate(lines):
        if not line:
            result.append(">")
            continue
        follows = index + 1 < len(lines) and lines[index + 1]
        result.append(f"> {text_line(line)}" + ("\\" if follows else ""))
    return "\n".join(result)


REPORT = "Report"  # the report's own words, translated by the caller's `translate`
DATE_LINE = QT_TRANSLATE_NOOP("Report", "Datum: {date}")
PARTICIPANTS_LINE = QT_TRANSLATE_NOOP("Report", "Deelnemers: {names}")
PLATE_HEADING = QT_TRANSLATE_NOOP("Report", "Overzichtsplaat {number}: {title}")
STILL_EMPTY = QT_TRANSLATE_NOOP("Report", "(nog leeg)")
NOTES_HEADING = QT_TRANSLATE_NOOP("Report", "Notities")


def report_markdown(
    session: Session,
    plates: list[Plate],
    image_names: dict[str, str],
    translate: Callable[[str, str], str] = lambda _context, text: text,
    date: Callable[[str], str] | None = None,
) -> str:
    """The session as meeting notes: each plate's picture, its questions and answers, notes.

    Everything a user typed is escaped line by line (see `text_line`), so an answer can
    never change the report's structure, nor start a page in the PDF. The report's own
    words are in Dutch unless `translate` (and `date`, for the date) says otherwise."""
    from app.model.dates import dutch_date
    from app.model.guide_text import escape

    def say(text: str, **values: object) -> str:
        return translate(REPORT, text).format(**values)

    shown_date = escape((date or dutch_date)(session.date))
    parts = [f"# {text_line(session.name)}", say(DATE_LINE, date=shown_date)]
    if session.participants:
        names = text_line(", ".join(session.participants))
        parts.append(say(PARTICIPANTS_LINE, names=names))
    for plate in plates:
        answers = session.plates.get(plate.id)
        if answers is None or answers.is_empty():
            continue
        heading = say(PLATE_HEADING, number=plate.number, title=escape(plate.title))
        parts.append(f"## {heading}")
        if plate.id in image_names:
            parts.append(f"![{escape(plate.title)}]({image_names[plate.id]})")
        if plate.worksheet:
            parts.append(f"### {escape(plate.worksheet.title)}")
            for block in blocks(plate, answers):
                body = "\n".join(f"- {text_line(line)}" for line in block.lines)
                empty = f"*{say(STILL_EMPTY)}*"
                parts.append(f"**{escape(block.heading)}**\n\n{body or empty}")
        if answers.notes.strip():
            parts.append(f"### {say(NOTES_HEADING)}\n\n{quoted_lines(answers.notes)}")
    return "\n\n".join(parts) + "\n"
