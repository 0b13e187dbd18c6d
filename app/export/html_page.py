"""The texts of an exported HTML page: guide text, worksheets and answers, chapters.

All of it comes from the model (the same Markdown the app's side panel shows,
see app/model/guide_text.py) and goes through app/model/safe_markup.py (as in the app), so
plate text and the team's answers can only ever be text in the page.
"""

from __future__ import annotations

from collections.abc import Callable

from app.model.guide_text import (
    element_markdown,
    parse_element_link,
    plate_markdown,
)
from app.model.library import PlateLibrary
from app.model.plate import AnswerShape, Plate
from app.model.safe_markup import Anchor, ResolveLink, inline_html, markdown_to_html
from app.model.safe_markup import escape as esc
from app.model.worksheet import PlateAnswers, Session, field_key

Words = Callable[[str], str]
NEW_TAB = {"rel": "noopener noreferrer", "target": "_blank"}  # web links leave the page alone


def render(markdown: str, resolve: ResolveLink) -> str:
    """Guide text for the page: headings one level down (the page has its own h1)."""
    return markdown_to_html(markdown, resolve=resolve, heading_shift=1, web_link_attributes=NEW_TAB)


def dom_id(plate_id: str, element_id: str = "") -> str:
    """The id of an element's node in the page (ids cannot hold a '.', so this is unique)."""
    return f"e-{plate_id}.{element_id}"


def link_resolver(library: PlateLibrary, included: set[str], words: Words) -> ResolveLink:
    """App links to elements: an anchor in the page, or text saying which plate it is on."""

    def resolve(url: str) -> Anchor | None:
        ref = parse_element_link(url)
        if ref is None:
            return None
        if ref.plate_id in included:
            return Anchor(
                f"#{dom_id(ref.plate_id, ref.element_id)}",
                {"data-goto-plate": ref.plate_id, "data-goto-element": ref.element_id},
            )
        try:
            number = library.plate(ref.plate_id).number
        except KeyError:
            return Anchor(None, {})
        return Anchor(None, {}, words("op plaat {n}, niet in dit bestand").format(n=number))

    return resolve


def plate_text(plate: Plate, resolve: ResolveLink) -> str:
    body = render(plate_markdown(plate), resolve)
    return f'<article class="text" id="t-{esc(plate.id)}">{body}</article>'


def element_texts(library: PlateLibrary, plate: Plate, resolve: ResolveLink) -> list[str]:
    texts = []
    for element in plate.elements:
        body = render(element_markdown(library, plate, element), resolve)
        texts.append(
            f'<article class="text" id="t-{esc(plate.id)}.{esc(element.id)}">{body}</article>'
        )
    return texts


def session_line(session: Session, words: Words) -> str:
    parts = [f"{esc(words('Werksessie'))}: <strong>{esc(session.name)}</strong>"]
    if session.date:
        parts.append(esc(session.date))
    if session.participants:
        names = ", ".join(session.participants)
        parts.append(f"{esc(words('Deelnemers'))}: {esc(names)}")
    return f'<p class="session">{" · ".join(parts)}</p>'


def _answer(lines: list[str], words: Words) -> str:
    if not lines:
        return f'<p class="empty">{esc(words("(nog leeg)"))}</p>'
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    return f'<ul class="answer">{items}</ul>'


def worksheet_html(
    plate: Plate, session: Session | None, resolve: ResolveLink, words: Words
) -> str:
    """ "Aan de slag" for one plate, with the session's answers when there is one."""
    answers: PlateAnswers | None = session.plates.get(plate.id) if session else None
    parts = [f'<section class="worksheet" id="w-{esc(plate.id)}">']
    sheet = plate.worksheet
    if sheet is not None:
        parts.append(f"<h2>{esc(sheet.title)}</h2>")
    if session is not None:
        parts.append(session_line(session, words))
    if sheet is not None:
        parts.append(f"<p>{esc(sheet.intro)}</p>")
        many = len(sheet.questions) > 1
        for number, question in enumerate(sheet.questions, start=1):
            prefix = f"{number}. " if many else ""
            parts.append(f"<h3>{esc(prefix + question.text)}</h3>")
            if question.answer == AnswerShape.TEXT:
                if answers is not None:
                    text = answers.texts.get(question.id, "").strip()
                    parts.append(
                        f'<div class="answer answers">{esc(text)}</div>'
                        if text
                        else f'<p class="empty">{esc(words("(nog leeg)"))}</p>'
                    )
                continue
            for answer_field in question.fields:
                parts.append(f"<h4>{esc(answer_field.label)}</h4>")
                if answer_field.hint:
                    hint = inline_html(
                        answer_field.hint, resolve=resolve, web_link_attributes=NEW_TAB
                    )
                    parts.append(f'<p class="where">{hint}</p>')
                if answers is None:
                    continue
                key = field_key(question.id, answer_field.id)
                if question.answer == AnswerShape.PEOPLE:
                    lines = [
                        f"{p.name} ({p.role})" if p.role else p.name
                        for p in answers.people.get(key, [])
                    ]
                else:
                    lines = [item.text for item in answers.lists.get(key, [])]
                parts.append(_answer(lines, words))
    if answers is not None and answers.notes.strip():
        parts.append(f"<h3>{esc(words('Notities'))}</h3>")
        parts.append(f'<div class="answer answers">{esc(answers.notes.strip())}</div>')
    parts.append("</section>")
    return "".join(parts)


def chapter_html(chapter_id: str, markdown: str, resolve: ResolveLink) -> str:
    return (
        f'<section class="chapter" id="chapter-{esc(chapter_id)}">'
        f"{render(markdown, resolve)}</section>"
    )
