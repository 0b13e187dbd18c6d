"""The app's own small Markdown renderer: plate and user text to escaped HTML.

Texts come from plate files and session files that colleagues mail around, so
nothing in them may become markup the app did not write itself. This renderer
knows headings, paragraphs, emphasis, code, block quotes, lists, rules and
links; everything else is shown as the characters that were typed:

- raw HTML (`<img>`, `<script>`, comments) is escaped and shown literally;
- an image (`![alt](src)`) becomes its alt text: nothing is ever loaded;
- a link keeps its target only for http(s) (with a host) and the app's own
  `overzicht:` scheme; any other link (`file:`, `javascript:`, `data:`,
  relative paths, `//host/share`) becomes its text without a link.

The output holds no `<img>`, no `style` and no attribute other than a quoted,
escaped `href`, so a widget showing it has nothing to fetch. No Qt here: the
scene and the ui both use it, and it is tested without a display.

The HTML export uses the same renderer with two options: `resolve` turns the
app's own links into anchors in the page (or text naming the plate), and
`web_link_attributes` opens web links in a new tab without an opener.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SAFE_LINK_SCHEMES = frozenset({"http", "https"})
APP_LINK_SCHEME = "overzicht"
MAX_RENDERED_CHARS = 400_000  # longer texts are shown as plain text (plate limits are far below)
MAX_DEPTH = 6  # nested quotes, lists and links deeper than this are shown as plain text

_HOLE, _HOLE_END = "\ufdd0", "\ufdd1"  # noncharacters: placeholders for finished HTML
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>")
# bounded and without nested repeats over the same characters: linear on any input
_LINK = re.compile(
    r"\[((?:\\.|[^\\\[\]\n]){0,1000})\]"
    r"\([ \t]*(<[^<>\n]{0,2000}>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\]){0,2000}\)){0,2000})"
    r"(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]*\)"
)
_RUNS = {c: re.compile(re.escape(c) + "+") for c in "*_~"}
# (delimiter character, run length, tag): strong before emphasis, as Markdown reads them
_DELIMITERS = (("*", 2, "b"), ("_", 2, "b"), ("*", 1, "i"), ("_", 1, "i"), ("~", 2, "s"))


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an app link goes in an exported page: `href` (with attributes), or text only."""

    href: str | None
    attributes: dict[str, str]
    note: str = ""  # shown after the link text, e.g. "op plaat 4"


ResolveLink = Callable[[str], Anchor | None]


@dataclass(frozen=True, slots=True)
class _Links:
    """How links come out: as they are (the app's widgets), or resolved for a page."""

    resolve: ResolveLink | None = None
    web_attributes: dict[str, str] = field(default_factory=dict)
    heading_shift: int = 0


def escape(text: str) -> str:
    """Text as HTML text: every `<`, `>`, `&` and quote escaped."""
    return _escape(text, quote=True)


def _escape(text: str, quote: bool) -> str:
    # What html.escape does (a test holds them equal). The html module would be imported
    # before the first paint for this alone, and it loads its table of 2,000 named
    # entities (html.entities), which escaping never uses.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


def attributes_html(attributes: dict[str, str]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in attributes.items())


def plain_html(text: str) -> str:
    """Plain text as a rich-text paragraph that shows exactly the characters typed.

    For tooltips and other places Qt would guess to be rich text: the guess
    always comes out as this paragraph, which holds no tag of the text's own.
    """
    lines = _escape(_clean(text), quote=False).split("\n")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def safe_link(url: str) -> str | None:
    """The target if a click may follow it (http(s) with a host, or the app's own), else None."""
    url = url.strip()
    if any(c.isspace() or ord(c) < 32 for c in url) or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme in SAFE_LINK_SCHEMES:
        return url if parts.hostname else None
    if scheme == APP_LINK_SCHEME and not parts.netloc:
        return url
    return None


def markdown_to_html(
    markdown: str,
    *,
    resolve: ResolveLink | None = None,
    heading_shift: int = 0,
    web_link_attributes: dict[str, str] | None = None,
) -> str:
    """Markdown as escaped HTML with images, raw HTML and unsafe links removed.

    `resolve` (an exported page): every link that is not a web link goes through it,
    and becomes text where it gives None. Headings move down `heading_shift` levels."""
    markdown = _clean(markdown)
    if len(markdown) > MAX_RENDERED_CHARS:
        return plain_html(markdown)
    lines = markdown.replace("\t", "    ").split("\n")
    links = _Links(resolve, dict(web_link_attributes or {}), heading_shift)
    return "\n".join(_blocks(lines, 0, links))


def inline_html(
    text: str,
    *,
    resolve: ResolveLink | None = None,
    web_link_attributes: dict[str, str] | None = None,
) -> str:
    """One paragraph's inline Markdown (emphasis, code, links) as escaped HTML."""
    text = _clean(text)
    if len(text) > MAX_RENDERED_CHARS:
        return escape(text)
    links = _Links(resolve, dict(web_link_attributes or {}))
    return _inline_lines(text.split("\n"), 0, links)


def _link_html(label: str, target: str, links: _Links) -> str:
    """`label` (HTML already) as a link to `target`, or as text where it may not link."""
    url = safe_link(target)
    web = url is not None and urlsplit(url).scheme.lower() in SAFE_LINK_SCHEMES
    if web and url is not None:
        return f'<a href="{escape(url)}"{attributes_html(links.web_attributes)}>{label}</a>'
    if links.resolve is None:
        return f'<a href="{escape(url)}">{label}</a>' if url else label
    anchor = links.resolve(target.strip())
    if anchor is None:
        return label  # javascript:, file:, data:, relative: the text, never a link
    note = f' <span class="where">{escape(anchor.note)}</span>' if anchor.note else ""
    extra = attributes_html(anchor.attributes)
    if anchor.href is None:
        return f'<span class="elsewhere"{extra}>{label}{note}</span>'
    return f'<a href="{escape(anchor.href)}"{extra}>{label}</a>{note}'


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace(_HOLE, "").replace(_HOLE_END, "").replace("\x00", "")


# --- blocks --------------------------------------------------------------------------


def _blocks(lines: list[str], depth: int, links: _Links) -> list[str]:
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{_inline_lines(paragraph, depth, links)}</p>")
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            body: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i])
                i += 1
            out.append(f"<pre>{escape(chr(10).join(body))}</pre>")
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            level = min(6, len(heading.group(1)) + links.heading_shift)
            out.append(f"<h{level}>{_inline(heading.group(2) or '', depth, links)}</h{level}>")
            i += 1
            continue
        if _RULE.match(line):
            flush()
            out.append("<hr>")
            i += 1
            continue
        if _QUOTE.match(line):
            flush()
            quoted: list[str] = []
            while i < len(lines) and (match := _QUOTE.match(lines[i])):
                quoted.append(match.group(1))
                i += 1
            if depth >= MAX_DEPTH:
                out.append(f"<blockquote>{plain_html(chr(10).join(quoted))}</blockquote>")
            else:
                out.append(f"<blockquote>{''.join(_blocks(quoted, depth + 1, links))}</blockquote>")
            continue
        if _ITEM.match(line) and (not paragraph or not line.startswith(" ")):
            flush()
            i = _list(lines, i, out, depth, links)
            continue
        paragraph.append(line)
        i += 1
    flush()
    return out


def _list(lines: list[str], i: int, out: list[str], depth: int, links: _Links) -> int:
    """A list and the lists nested in it; returns the index of the first line after it."""
    items: list[tuple[int, bool, list[str]]] = []  # (indent, ordered, text lines)
    while i < len(lines):
        line = lines[i]
        match = _ITEM.match(line)
        if match:
            ordered = match.group(2)[0].isdigit()
            items.append((len(match.group(1)), ordered, [match.group(3) or ""]))
            i += 1
            continue
        if line.strip() and not (_HEADING.match(line) or _QUOTE.match(line) or _FENCE.match(line)):
            items[-1][2].append(line.strip())  # a continuation of the item above
            i += 1
            continue
        if not line.strip():  # a blank line: the list goes on if an item or indented text follows
            following = i + 1
            while following < len(lines) and not lines[following].strip():
                following += 1
            if following < len(lines) and (
                _ITEM.match(lines[following]) or lines[following].startswith("  ")
            ):
                i = following
                continue
        break
    # nest by indentation: a deeper item opens a list inside the item above it
    stack: list[tuple[int, str]] = []  # (indent, tag) of the open lists
    for indent, ordered, text in items:
        tag = "ol" if ordered else "ul"
        while stack and indent < stack[-1][0]:
            out.append(f"</li></{stack.pop()[1]}>")
        if stack and indent == stack[-1][0] and tag != stack[-1][1]:
            out.append(f"</li></{stack.pop()[1]}>")
        if not stack or indent > stack[-1][0]:
            if len(stack) >= MAX_DEPTH and stack:
                indent = stack[-1][0]  # too deep: stays at the deepest level shown
                out.append("</li>")
            else:
                stack.append((indent, tag))
                out.append(f"<{tag}>")
        else:
            out.append("</li>")
        out.append(f"<li>{_inline_lines(text, depth, links)}")
    while stack:
        out.append(f"</li></{stack.pop()[1]}>")
    return i


# --- inline text ---------------------------------------------------------------------


def _inline_lines(lines: list[str], depth: int, links: _Links) -> str:
    parts: list[str] = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        hard = not last and (line.endswith("  ") or line.endswith("\\"))
        text = line[:-1] if not last and line.endswith("\\") else line
        parts.append(
            _inline(text.strip(), depth, links) + ("<br>" if hard else "" if last else " ")
        )
    return "".join(parts)


def _inline(text: str, depth: int, links: _Links | None) -> str:
    """One run of text: code, escapes, links and images become holes, the rest is escaped."""
    holes: list[str] = []

    def hole(rendered: str) -> str:
        holes.append(rendered)
        return f"{_HOLE}{len(holes) - 1}{_HOLE_END}"

    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            out.append(hole(escape(text[i + 1])))
            i += 2
            continue
        if c == "`":
            run = n - i - len(text[i:].lstrip("`"))
            ticks = text[i : i + run]
            end = text.find(ticks, i + run)
            while end != -1 and end + run < n and text[end + run] == "`":
                end = text.find(ticks, end + run + 1)
            if end == -1:
                out.append(ticks)
                i += run
                continue
            out.append(hole(f"<code>{escape(text[i + run : end].strip())}</code>"))
            i = end + run
            continue
        if c == "<":
            auto = _AUTOLINK.match(text, i)
            if auto:
                shown = escape(auto.group(1))
                out.append(hole(_link_html(shown, auto.group(1), links) if links else shown))
                i = auto.end()
                continue
        if c == "[" or (c == "!" and text.startswith("[", i + 1)):
            image = c == "!"
            parsed = _bracket(text, i + 1 if image else i)
            if parsed is not None:
                label, target, end = parsed
                if image or depth >= MAX_DEPTH:  # never loaded: the alt text stands in its place
                    out.append(hole(escape(label)))
                else:
                    inner = _inline(label, depth + 1, None)  # no link inside a link
                    out.append(hole(_link_html(inner, target, links) if links else inner))
                i = end
                continue
        out.append(c)
        i += 1
    rendered = escape("".join(out))
    for char, length, tag in _DELIMITERS:
        rendered = _pair(rendered, char, length, tag)
    return re.sub(f"{_HOLE}(\\d+){_HOLE_END}", lambda m: holes[int(m.group(1))], rendered)


def _pair(text: str, char: str, length: int, tag: str) -> str:
    """Runs of exactly `length` delimiters around text become `<tag>`; linear on any input.

    An opener is followed by a non-space, a closer follows a non-space; `_` never
    works inside a word (snake_case stays as typed). Each opener takes the first
    closer after it; an opener without one stays as typed.
    """
    if char * length not in text:
        return text
    openers: list[int] = []
    closers: list[int] = []
    n = len(text)
    for run in _RUNS[char].finditer(text):
        start, end = run.span()
        if end - start != length:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if char == "_" and (before.isalnum() and after.isalnum()):
            continue
        if not after.isspace() and not (char == "_" and before.isalnum()):
            openers.append(start)
        if not before.isspace() and not (char == "_" and after.isalnum()):
            closers.append(start)
    out: list[str] = []
    done, c = 0, 0
    for start in openers:
        if start < done:
            continue
        while c < len(closers) and closers[c] <= start:
            c += 1
        if c == len(closers):
            break
        close = closers[c]
        out.append(text[done:start])
        out.append(f"<{tag}>{text[start + length : close]}</{tag}>")
        done = close + length
        c += 1
    out.append(text[done:])
    return "".join(out)


def _bracket(text: str, start: int) -> tuple[str, str, int] | None:
    """`[label](target)` at `start` (the `[`): label, target and the index after it."""
    match = _LINK.match(text, start)
    if match is None:
        return None
    target = match.group(2)
    if target.startswith("<"):
        target = target[1:-1]
    return match.group(1), target, match.end()
