"""What the side panel says about an element or a plate, as Markdown.

Labels come from plate files (which users may write), so they are escaped;
the guide's own Markdown passes through, and the panel renders it with raw
HTML switched off. Links to elements use the app's own `overzicht:` scheme.
"""

from __future__ import annotations

import re

from app.model.library import ElementRef, Link, PlateLibrary
from app.model.plate import Element, Plate, RelationKind

LINK_SCHEME = "overzicht"

# Only what can make markup: emphasis, code, links and images, raw HTML, headings,
# tables and strikethrough. Dates, dashes and parentheses stay readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")

RELATION_WORDS = {
    # (kind, outgoing) -> how the panel introduces the other end
    (RelationKind.LEADS_TO, True): "leidt naar",
    (RelationKind.LEADS_TO, False): "volgt op",
    (RelationKind.SUPPORTS, True): "ondersteunt",
    (RelationKind.SUPPORTS, False): "wordt ondersteund door",
    (RelationKind.RELATES_TO, True): "hangt samen met",
    (RelationKind.RELATES_TO, False): "hangt samen met",
    (RelationKind.SAME_AS, True): "ook op",
    (RelationKind.SAME_AS, False): "ook op",
    (RelationKind.CONTRASTS, True): "tegenover",
    (RelationKind.CONTRASTS, False): "tegenover",
}

MARKED_NOTE = (
    "*Volgens de handreiking een van de subthema’s waar je digitalisering vooral in terugziet.*"
)


def escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def element_link(ref: ElementRef) -> str:
    return f"{LINK_SCHEME}:{ref.plate_id}/{ref.element_id}"


def parse_element_link(url: str) -> ElementRef | None:
    if not url.startswith(f"{LINK_SCHEME}:"):
        return None
    plate_id, sep, element_id = url[len(LINK_SCHEME) + 1 :].partition("/")
    return ElementRef(plate_id, element_id) if sep and plate_id and element_id else None


def plate_markdown(plate: Plate) -> str:
    parts = [f"# {escape(plate.title)}", f"*Overzichtsplaat {plate.number}*", plate.intro]
    if plate.tips:
        parts.append("\n\n".join(f"> {escape(tip)}" for tip in plate.tips))
    return "\n\n".join(parts)


def element_markdown(library: PlateLibrary, plate: Plate, element: Element) -> str:
    parts = [f"# {escape(element.label)}"]
    if element.text:
        parts.append(f"**{escape(element.text)}**")
    if element.marked:
        parts.append(MARKED_NOTE)
    if element.guide:
        parts.append(element.guide)
    containers = [plate.element(c) for c in element.inside if plate.has_element(c)]
    if containers:
        names = ", ".join(
            f"[{escape(c.label)}]({element_link(ElementRef(plate.id, c.id))})" for c in containers
        )
        parts.append(f"Onderdeel van: {names}")
    children = plate.children(element.id)
    if children:
        items = "\n".join(
            f"- [{escape(c.label)}]({element_link(ElementRef(plate.id, c.id))})" for c in children
        )
        parts.append(f"### Op dit onderdeel\n\n{items}")
    links = library.links(plate.id, element.id)
    if links:
        parts.append(
            "### Verbanden\n\n" + "\n".join(_link_line(library, plate, link) for link in links)
        )
    if not element.guide and not element.text and not children and not links:
        parts.append("*De handreiking geeft hier geen aparte toelichting bij.*")
    return "\n\n".join(parts)


def _link_line(library: PlateLibrary, here: Plate, link: Link) -> str:
    target_plate = library.plate(link.target.plate_id)
    target = target_plate.element(link.target.element_id)
    words = RELATION_WORDS[(link.kind, link.outgoing)]
    where = ""
    if target_plate.id != here.id:
        where = f" (plaat {target_plate.number}: {escape(target_plate.title)})"
    line = f"- {words} [{escape(target.label)}]({element_link(link.target)}){where}"
    if link.label:
        line += f" — *{escape(link.label)}*"
    return line
