"""The guide's Markdown as HTML for a page someone else opens: escape first, allow a subset.

Every character of the source is escaped; only this subset becomes markup:
headings (#..######), paragraphs, `-`/`*`/`1.` lists (nested by indent),
`>` quotes, **bold**, *italic* / _italic_, `code`, backslash escapes and
[links](url). A link becomes `<a>` only for http(s) URLs and for the app's
own element links (which the caller resolves to an anchor in the page, or to
plain text when the element is not in the page); anything else (javascript:,
file:, data:, relative) stays as its text. Images are their alt text, raw
HTML is text. No Qt: the HTML export and its tests use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an app link goes in the page: `href` (with attributes), or text only."""

    href: str | None
    attributes: dict[str, str]
    note: str = ""  # shown after the link text, e.g. "op plaat 4"


ResolveLink = Callable[[str], Anchor | None]

_ESCAPABLE = "\\`*_{}[]()#+-.!|>~<"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def attrs(attributes: dict[str, str]) -> str:
    return "".join(f' {name}="{esc(value)}"' for name, value in attributes.items())


def safe_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


# --- inline ---------------------------------------------------------------------
def _find_closing_bracket(text: str, start: int) -> int:
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def inline(text: str, resolve: ResolveLink | None = None) -> str:
    """One line (or paragraph) of inline Markdown as escaped HTML."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            out.append(esc(text[i + 1]))
            i += 2
            continue
        if ch == "`":
            end = text.find("`", i + 1)
            if end > i:
                out.append(f"<code>{esc(text[i + 1 : end])}</code>")
                i = end + 1
                continue
        if ch == "!" and i + 1 < n and text[i + 1] == "[":
            link = _link_at(text, i + 1)
            if link is not None:  # an image: its alt text only, nothing is loaded
                label, _url, end = link
                out.append(inline(label, resolve))
                i = end
                continue
        if ch == "[":
            link = _link_at(text, i)
            if link is not None:
                label, url, end = link
                out.append(_link(label, url, resolve))
                i = end
                continue
        if ch in "*_":
            double = text.startswith(ch * 2, i)
            marker = ch * 2 if double else ch
            end = _closing(text, i + len(marker), marker)
            if end > i + len(marker):
                inner = inline(text[i + len(marker) : end], resolve)
                tag = "strong" if double else "em"
                out.append(f"<{tag}>{inner}</{tag}>")
                i = end + len(marker)
                continue
        out.append(esc(ch))
        i += 1
    return "".join(out)


def _closing(text: str, start: int, marker: str) -> int:
    """Where an emphasis `marker` opened before `start` closes (-1: it does not)."""
    if start >= len(text) or text[start].isspace():
        return -1
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "`":
            end = text.find("`", i + 1)
            i = end + 1 if end > i else i + 1
            continue
        if text.startswith(marker, i) and not text[i - 1].isspace():
            after = i + len(marker)
            # `**a**` closes at the first pair; a single `*` not inside a `**`
            if len(marker) == 2 or not text.startswith(marker * 2, i):
                if marker[0] == "_" and after < len(text) and text[after].isalnum():
                    i += 1
                    continue
                return i
            i += 2
            continue
        i += 1
    return -1


def _link_at(text: str, start: int) -> tuple[str, str, int] | None:
    close = _find_closing_bracket(text, start)
    if close < 0 or close + 1 >= len(text) or text[close + 1] != "(":
        return None
    depth, end = 0, -1
    for index in range(close + 1, len(text)):  # the URL may hold balanced parentheses
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                end = index
                break
    if end < 0:
        return None
    url = text[close + 2 : end].strip()
    if " " in url:  # a title ("...") is not used; the URL is what comes first
        url = url.split(" ", 1)[0]
    return text[start + 1 : close], url, end + 1


def _link(label: str, url: str, resolve: ResolveLink | None) -> str:
    body = inline(label, resolve)
    if safe_web_url(url):
        return f'<a href="{esc(url.strip())}" rel="noopener noreferrer" target="_blank">{body}</a>'
    anchor = resolve(url) if resolve is not None else None
    if anchor is None:
        return body  # javascript:, file:, data:, relative: the text, never a link
    note = f' <span class="where">{esc(anchor.note)}</span>' if anchor.note else ""
    if anchor.href is None:
        return f'<span class="elsewhere"{attrs(anchor.attributes)}>{body}{note}</span>'
    return f'<a href="{esc(anchor.href)}"{attrs(anchor.attributes)}>{body}</a>{note}'


# --- blocks -------------------------------------------------------------------------
def render(markdown: str, resolve: ResolveLink | None = None, heading_shift: int = 0) -> str:
    """Markdown to HTML; headings move down by `heading_shift` levels (at most h6)."""
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _blocks(lines, resolve, heading_shift)


def _blocks(lines: list[str], resolve: ResolveLink | None, shift: int) -> str:
    out: list[str] = []
    paragraph: list[str] = []
    i = 0

    def flush() -> None:
        if paragraph:
            text = "\n".join(part.strip() for part in paragraph)
            out.append(f"<p>{inline(text, resolve)}</p>")
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading and not line.startswith(" " * 4):
            flush()
            level = min(6, len(heading.group(1)) + shift)
            out.append(f"<h{level}>{inline(heading.group(2), resolve)}</h{level}>")
            i += 1
            continue
        if _QUOTE.match(line):
            flush()
            quoted: list[str] = []
            while i < len(lines) and (match := _QUOTE.match(lines[i])):
                quoted.append(match.group(1))
                i += 1
            out.append(f"<blockquote>{_blocks(quoted, resolve, shift)}</blockquote>")
            continue
        if _BULLET.match(line) and (not paragraph or not line.startswith(" ")):
            flush()
            i = _list(lines, i, out, resolve, shift)
            continue
        paragraph.append(line)
        i += 1
    flush()
    return "\n".join(out)


def _list(lines: list[str], i: int, out: list[str], resolve: ResolveLink | None, shift: int) -> int:
    first = _BULLET.match(lines[i])
    assert first is not None
    indent = len(first.group(1))
    ordered = first.group(2)[0].isdigit()
    tag = "ol" if ordered else "ul"
    items: list[list[str]] = []
    while i < len(lines):
        line = lines[i]
        match = _BULLET.match(line)
        if match and len(match.group(1)) == indent:
            if match.group(2)[0].isdigit() != ordered:
                break
            items.append([match.group(3)])
            i += 1
            continue
        if not line.strip():
            # a blank line ends the list unless the next line continues it
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            nxt_match = _BULLET.match(nxt)
            if nxt_match and len(nxt_match.group(1)) >= indent:
                i += 1
                continue
            if nxt.startswith(" " * (indent + 2)) and nxt.strip():
                items[-1].append("")
                i += 1
                continue
            break
        if len(line) - len(line.lstrip()) > indent:  # belongs to the last item
            items[-1].append(line[indent + 2 :] if line[: indent + 2].isspace() else line.strip())
            i += 1
            continue
        if not match and items and not line.startswith(" "):
            items[-1].append(line)  # a lazy continuation line
            i += 1
            continue
        break
    rendered = []
    for item in items:
        head, rest = item[0], item[1:]
        body = inline(head, resolve)
        if rest:
            nested = _blocks(_dedent(rest), resolve, shift)
            if nested.startswith("<p>") and "\n" not in nested:  # one continued paragraph
                body = inline(head + "\n" + "\n".join(r.strip() for r in rest), resolve)
            else:
                body += "\n" + nested
        rendered.append(f"<li>{body}</li>")
    out.append(f"<{tag}>\n" + "\n".join(rendered) + f"\n</{tag}>")
    return i


def _dedent(lines: list[str]) -> list[str]:
    widths = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(widths) if widths else 0
    return [line[cut:] for line in lines]
