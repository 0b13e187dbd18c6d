"""The app's own Markdown renderer: the guide's Markdown works, nothing else becomes markup."""

from __future__ import annotations

import html as stdlib_html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.safe_markup import (
    Anchor,
    _escape,
    escape,
    inline_html,
    markdown_to_html,
    plain_html,
    safe_link,
)
from tests.hostile.hostile_text import hostile_texts

TAG = re.compile(r"<(/?)([a-z0-9]+)([^>]*)>")
ALLOWED_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "s", "code", "pre", "a"}
ALLOWED_TAGS |= {"ul", "ol", "li", "blockquote", "hr", "br"}


def tags(html: str) -> list[tuple[str, str]]:
    """The opening tags (name, attributes); closing tags carry none."""
    return [(name, attributes) for closing, name, attributes in TAG.findall(html) if not closing]


def assert_safe(html: str) -> None:
    for name, attributes in tags(html):
        assert name in ALLOWED_TAGS, (name, html)
        if name == "a":
            href = re.fullmatch(r' href="([^"]*)"', attributes)
            assert href, attributes
            assert href.group(1).startswith(("http://", "https://", "overzicht:")), attributes
        elif name == "p" and attributes:
            assert attributes == " style='white-space:pre-wrap'"
        else:
            assert not attributes, (name, attributes)


def test_the_guides_markdown_is_rendered() -> None:
    html = markdown_to_html(
        "# Kop\n\nEen **vet** en *schuin* woord, `code` en een "
        "[link](https://npuls.nl/contact).\n\n- een\n- twee\n  - dieper\n\n1. eerste\n2. tweede\n\n"
        "> citaat\n\n[onderdeel](overzicht:strategie/visie) snake_case_blijft"
    )
    assert "<h1>Kop</h1>" in html
    assert "<b>vet</b>" in html and "<i>schuin</i>" in html and "<code>code</code>" in html
    assert '<a href="https://npuls.nl/contact">link</a>' in html
    assert "<ul>" in html and "<ol>" in html and "<li>dieper" in html
    assert "<blockquote>" in html and '<a href="overzicht:strategie/visie">' in html
    assert "snake_case_blijft" in html
    assert_safe(html)


@pytest.mark.parametrize("text", hostile_texts(Path("/tmp/marker-tekst")))
def test_hostile_text_becomes_no_markup(text: str) -> None:
    html = markdown_to_html(text)
    assert_safe(html)
    assert "<img" not in html
    assert "file:" not in "".join(attributes for _, attributes in tags(html))
    plain = plain_html(text)
    assert_safe(plain)
    assert "<img" not in plain


def test_raw_html_is_shown_as_typed_and_images_become_their_alt_text() -> None:
    html = markdown_to_html('<img src="file:///etc/passwd"> ![geheim](file:///etc/passwd)')
    assert html == "<p>&lt;img src=&quot;file:///etc/passwd&quot;&gt; geheim</p>"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://host/share/x.png",
        "//host/share/x.png",
        "\\\\host\\share\\x.png",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "../plaat.yaml",
        "https:",
        "https:///etc/passwd",
        "smb://host/share",
        "overzicht://host/x",
        "https://exa mple.org",
    ],
)
def test_only_web_links_and_the_apps_own_are_kept(url: str) -> None:
    assert safe_link(url) is None
    html = markdown_to_html(f"[klik]({url})")
    assert "<a" not in html and "klik" in html


def test_web_links_are_kept() -> None:
    assert safe_link("https://mbodigitaal.nl/x?a=1") == "https://mbodigitaal.nl/x?a=1"
    assert safe_link("overzicht:strategie/visie") == "overzicht:strategie/visie"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>[]()!*_`~#>-\\&\"' \nax:/")), max_size=300))
def test_any_text_renders_to_safe_html(text: str) -> None:
    assert_safe(markdown_to_html(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'ax \n\u00e9")) | st.characters()))
def test_escaping_is_the_standard_librarys(text: str) -> None:
    # the renderer escapes without the html module (not imported before the first paint)
    assert escape(text) == stdlib_html.escape(text, quote=True)
    assert _escape(text, quote=False) == stdlib_html.escape(text, quote=False)


def test_pathological_text_is_rendered_in_one_pass() -> None:
    """Inputs that make naive regular expressions quadratic or worse still render."""
    for text in ("[" * 20000, "*a " * 7000, "`a" * 10000, "[a](" * 5000, "<" * 20000):
        assert_safe(markdown_to_html(text))


# --- the same renderer for an exported page (was app/model/safe_markdown.py) -------------
NEW_TAB = {"rel": "noopener noreferrer", "target": "_blank"}


def test_in_a_page_only_web_links_become_links_and_open_apart() -> None:
    html = markdown_to_html(
        "[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) "
        "[d](//host/share) [e](relative.html) [f](https://mbodigitaal.nl/?a=1&b=2)",
        resolve=lambda url: None,
        web_link_attributes=NEW_TAB,
    )
    assert html.count("<a ") == 1
    assert (
        '<a href="https://mbodigitaal.nl/?a=1&amp;b=2" rel="noopener noreferrer" '
        'target="_blank">f</a>' in html
    )
    for word in ("javascript", "file:", "data:", "//host", "relative.html"):
        assert word not in html


def test_a_link_target_cannot_break_out_of_the_attribute() -> None:
    html = markdown_to_html('[x](https://e.nl/"onmouseover="alert(1))', web_link_attributes=NEW_TAB)
    assert '<a href="https://e.nl/&quot;onmouseover=&quot;alert(1)" rel=' in html


def test_headings_move_down_in_a_page() -> None:
    assert markdown_to_html("# Kop", heading_shift=1) == "<h2>Kop</h2>"
    assert markdown_to_html("###### Kop", heading_shift=1) == "<h6>Kop</h6>"


def test_app_links_in_a_page_go_through_the_resolver() -> None:
    def resolve(url: str) -> Anchor | None:
        if url == "overzicht:a/b":
            return Anchor("#e-a.b", {"data-goto-plate": "a"})
        if url == "overzicht:c/d":
            return Anchor(None, {}, "op plaat 4")
        return None

    html = markdown_to_html(
        "[B](overzicht:a/b) [D](overzicht:c/d) [X](overzicht:x/y)", resolve=resolve
    )
    assert '<a href="#e-a.b" data-goto-plate="a">B</a>' in html
    assert '<span class="elsewhere">D <span class="where">op plaat 4</span></span>' in html
    assert "X" in html and html.count("<a ") == 1
    hint = inline_html("zie [B](overzicht:a/b) en <b>", resolve=resolve)
    assert hint == 'zie <a href="#e-a.b" data-goto-plate="a">B</a> en &lt;b&gt;'
