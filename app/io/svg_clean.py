"""An SVG drawing, re-written for inlining into an HTML page that must run and load nothing.

The plate's drawing comes from the app's own SVG export; it holds text from
plate files and the team's answers. Rather than trust any writer's escaping,
the SVG is parsed as XML and written out again from an allow-list: known
drawing elements only, no event attributes, no links but internal ones and
`data:` images, every text escaped. Ids get a prefix so four plates in one
page do not share gradient or clip ids. `@font-face` rules found in `<style>`
are handed back separately so the page holds each font once.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from app.model.problems import Code, Problem

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ALLOWED_ELEMENTS = frozenset(
    {
        "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
        "tspan", "defs", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
        "pattern", "image", "use", "style", "symbol", "marker",
    }
)  # fmt: skip
_FONT_FACE = re.compile(r"@font-face\s*\{[^{}]*\}", re.IGNORECASE)
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#|data:)", re.IGNORECASE)
_URL_REF = re.compile(r"url\(\s*#([^)\s]+)\s*\)")
_ATTRIBUTE_NAME = re.compile(r"^[a-zA-Z_:][-a-zA-Z0-9_:.]*$")


class SvgError(ValueError):
    """The drawing is not SVG this page can hold; `problem` says why (as a code)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class CleanSvg:
    markup: str  # the drawing's children, ready to go inside a <g>
    width: float
    height: float
    font_faces: list[str] = field(default_factory=list)


def _local(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return ns, local
    return "", name


def _view_box(root: ET.Element) -> tuple[float, float]:
    box = root.get("viewBox", "").replace(",", " ").split()
    try:
        if len(box) == 4:
            return float(box[2]), float(box[3])
        return float(root.get("width", "0")), float(root.get("height", "0"))
    except ValueError:
        raise SvgError(Problem.of(Code.SVG_VIEWBOX)) from None


def clean_svg(data: bytes, prefix: str) -> CleanSvg:
    parser = ET.XMLParser()  # expat: no external entities, no DTD loading
    try:
        root = ET.fromstring(data, parser=parser)
    except ET.ParseError as error:
        raise SvgError(Problem.of(Code.SVG_INVALID, detail=str(error))) from None
    _ns, local = _local(root.tag)
    if local != "svg":
        raise SvgError(Problem.of(Code.SVG_NOT))
    width, height = _view_box(root)
    result = CleanSvg("", width, height)
    parts: list[str] = []
    for child in root:
        _write(child, prefix, parts, result)
    result.markup = "".join(parts)
    return result


def _fix_refs(value: str, prefix: str) -> str:
    return _URL_REF.sub(lambda m: f"url(#{prefix}{m.group(1)})", value)


def _write(node: ET.Element, prefix: str, out: list[str], result: CleanSvg) -> None:
    ns, tag = _local(node.tag)
    if ns not in ("", SVG_NS) or tag not in ALLOWED_ELEMENTS:
        if node.tail and node.tail.strip():
            out.append(html.escape(node.tail, quote=False))
        return  # title, desc, metadata, script, foreignObject, anything unknown: dropped
    if tag == "style":
        css = "".join(node.itertext())
        result.font_faces += [f for f in _FONT_FACE.findall(css) if f not in result.font_faces]
        css = _FONT_FACE.sub("", css)
        if css.strip() and not _EXTERNAL_URL.search(css) and "@import" not in css.lower():
            out.append(f"<style>{html.escape(css, quote=False)}</style>")
        out.append(html.escape(node.tail or "", quote=False))
        return
    attributes: list[str] = []
    for name, value in node.attrib.items():
        attr_ns, attr = _local(name)
        if attr_ns == XML_NS:
            attr = f"xml:{attr}"
        elif attr_ns == XLINK_NS and attr == "href":
            attr = "href"
        elif attr_ns:
            continue
        if not _ATTRIBUTE_NAME.match(attr) or attr.lower().startswith("on"):
            continue
        if attr == "href":
            if tag == "image" and value.startswith("data:image/") and "svg" not in value[:20]:
                pass
            elif tag in ("use", "pattern", "linearGradient", "radialGradient") and value.startswith(
                "#"
            ):
                value = f"#{prefix}{value[1:]}"
            else:
                continue
        elif attr == "id":
            value = prefix + value
        elif "url(" in value:
            if _EXTERNAL_URL.search(value):
                continue
            value = _fix_refs(value, prefix)
        attributes.append(f' {attr}="{html.escape(value, quote=True)}"')
    out.append(f"<{tag}{''.join(attributes)}>")
    if node.text:
        out.append(html.escape(node.text, quote=False))
    for child in node:
        _write(child, prefix, out, result)
    out.append(f"</{tag}>")
    if node.tail:
        out.append(html.escape(node.tail, quote=False))
