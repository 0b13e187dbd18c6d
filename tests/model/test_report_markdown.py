"""A report's Markdown keeps its shape whatever a team typed (parsed back with CommonMark)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from app.model.answers_view import report_markdown, text_line
from app.model.worksheet import Session

TRICKY = [
    "1. geen lijst",
    "- geen bullet",
    "+ plus",
    "1) haakje",
    "* ster",
    "# geen kop",
    "> geen citaat",
    "    geen code",
    "---",
    "===",
    "***",
    "<b>geen html</b>",
    "&amp; blijft &amp;",
    "[geen](link)",
    "| geen | tabel |",
    "`geen code`",
]


def parse(markdown: str):  # type: ignore[no-untyped-def]
    return MarkdownIt("commonmark").parse(markdown)


def inline_text(token) -> str:  # type: ignore[no-untyped-def]
    return "".join(
        child.content if child.type in ("text", "code_inline") else "\n"
        for child in token.children or []
        if child.type in ("text", "code_inline", "softbreak", "hardbreak")
    )


@pytest.mark.parametrize("typed", TRICKY)
def test_a_typed_line_stays_one_line_of_plain_text(typed: str) -> None:
    tokens = parse(text_line(typed))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    inline = tokens[1]
    assert [c.type for c in inline.children] == ["text"] * len(inline.children)
    assert inline_text(inline) == typed.strip()


def session_with(library, lines: list[str], notes: str) -> Session:  # type: ignore[no-untyped-def]
    session = Session("Team & co", "2026-12-02", ["1. Anna", "- Bram"])
    plate = library.plate("strategie")
    answers = session.answers(plate.id)
    question = next(q for q in plate.worksheet.questions if q.answer.value == "text")
    answers.texts[question.id] = "\n".join(lines)
    answers.notes = notes
    return session


def test_answers_and_notes_keep_the_reports_structure(library) -> None:
    notes = "eerste regel\ntweede regel\n---\n\nnieuwe alinea &amp;"
    session = session_with(library, TRICKY, notes)
    markdown = report_markdown(session, library.plates, {})
    tokens = parse(markdown)
    kinds = [t.type for t in tokens]
    # one heading for the session, one per plate with answers, the worksheet's and the notes'
    headings = [
        (t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]
    assert [tag for tag, _ in headings] == ["h1", "h2", "h3", "h3"], headings
    assert headings[0][1] == "Team \\& co"
    assert "ordered_list_open" not in kinds
    assert kinds.count("bullet_list_open") == 1  # the answer's lines, one list
    assert "hr" not in kinds and "code_block" not in kinds and "html_block" not in kinds
    items = [inline_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "list_item_open"]
    assert items == [line.strip() for line in TRICKY]
    quote = tokens[kinds.index("blockquote_open") : kinds.index("blockquote_close")]
    paragraphs = [inline_text(t) for t in quote if t.type == "inline"]
    assert paragraphs == ["eerste regel\ntweede regel\n---", "nieuwe alinea &amp;"]
    html = MarkdownIt("commonmark").render(markdown)
    assert "&amp;amp; blijft &amp;amp;" in html and "<b>" not in html
    assert "<p>Deelnemers: 1. Anna, - Bram</p>" in html
