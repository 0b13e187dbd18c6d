"""The HTML export's Markdown: everything escaped, only a safe subset becomes markup."""

from __future__ import annotations

from app.model.safe_markdown import Anchor, render


def test_raw_html_and_script_are_text() -> None:
    html = render('<script>alert(1)</script> <img src=x onerror="alert(2)"> & more')
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;alert(2)&quot;" in html and "&amp; more" in html


def test_only_web_links_become_links() -> None:
    html = render(
        "[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) "
        "[d](//host/share) [e](relative.html) [f](https://mbodigitaal.nl/?a=1&b=2)"
    )
    assert html.count("<a ") == 1
    assert '<a href="https://mbodigitaal.nl/?a=1&amp;b=2" rel="noopener noreferrer"' in html
    for word in ("javascript", "file:", "data:", "//host", "relative.html"):
        assert word not in html
    assert all(f">{letter}<" not in html or letter == "f" for letter in "abcde")


def test_images_are_their_alt_text() -> None:
    assert render("![het logo](https://example.org/logo.png)") == "<p>het logo</p>"


def test_a_link_in_the_label_cannot_break_out_of_the_attribute() -> None:
    html = render('[x](https://e.nl/"onmouseover="alert(1))')
    assert 'href="https://e.nl/&quot;onmouseover=&quot;alert(1)"' in html


def test_the_guides_markdown_renders() -> None:
    html = render(
        "# Titel\n\n**vet** en *schuin*, \\[geen link\\]\n\n- een\n- twee\n  - dieper\n\n> citaat"
    )
    assert "<h1>Titel</h1>" in html
    assert "<strong>vet</strong> en <em>schuin</em>, [geen link]" in html
    assert "<ul>\n<li>een</li>\n<li>twee\n<ul>\n<li>dieper</li>" in html
    assert "<blockquote><p>citaat</p></blockquote>" in html
    assert render("# Kop", heading_shift=1) == "<h2>Kop</h2>"


def test_app_links_go_through_the_resolver() -> None:
    def resolve(url: str) -> Anchor | None:
        if url == "overzicht:a/b":
            return Anchor("#e-a.b", {"data-goto-plate": "a"})
        if url == "overzicht:c/d":
            return Anchor(None, {}, "op plaat 4")
        return None

    html = render("[B](overzicht:a/b) [D](overzicht:c/d) [X](overzicht:x/y)", resolve)
    assert '<a href="#e-a.b" data-goto-plate="a">B</a>' in html
    assert '<span class="elsewhere">D <span class="where">op plaat 4</span></span>' in html
    assert "X" in html and html.count("<a ") == 1
