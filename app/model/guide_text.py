"""What the side panel says about an element or a plate, as Markdown.

Labels come from plate files (which users may write), so they are escaped;
the guide's own Markdown passes through, and the panel renders it with raw
HTML switched off. Links to elements use the app's own `overzicht:` scheme.
The panel's own words (not the guide's) are marked for translation and
translated by the caller's `tr`, so this module needs no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.model.library import ElementRef, Link, PlateLibrary
from app.model.plate import Element, Plate, RelationKind

LINK_SCHEME = "overzicht"
CONTEXT = "GuideText"
Translate = Callable[[str, str], str]

# Only what can make markup: emphasis, code, links and images, raw HTML, headings,
# tables and strikethrough. Dates, dashes and parentheses stay readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks the panel's own words for translation without importing Qt into the model."""
    return text


def same(context: str, text: str) -> str:
    return text


RELATION_WORDS = {
    # (kind, outgoing) -> how the panel introduces the other end
    (RelationKind.LEADS_TO, True): QT_TRANSLATE_NOOP("GuideText", "leidt naar"),
    (RelationKind.LEADS_TO, False): QT_TRANSLATE_NOOP("GuideText", "volgt op"),
    (RelationKind.SUPPORTS, True): QT_TRANSLATE_NOOP("GuideText", "ondersteunt"),
    (RelationKind.SUPPORTS, False): QT_TRANSLATE_NOOP("GuideText", "wordt ondersteund door"),
    (RelationKind.RELATES_TO, True): QT_TRANSLATE_NOOP("GuideText", "hangt samen met"),
    (RelationKind.RELATES_TO, False): QT_TRANSLATE_NOOP("GuideText", "hangt samen met"),
    (RelationKind.SAME_AS, True): QT_TRANSLATE_NOOP("GuideText", "ook op"),
    (RelationKind.SAME_AS, False): QT_TRANSLATE_NOOP("GuideText", "ook op"),
    (RelationKind.CONTRASTS, True): QT_TRANSLATE_NOOP("GuideText", "tegenover"),
    (RelationKind.CONTRASTS, False): QT_TRANSLATE_NOOP("GuideText", "tegenover"),
}
MARKED_NOTE = QT_TRANSLATE_NOOP(
    "GuideText",
    "Volgens de handreiking een van de subthema’s waar je digitalisering vooral in terugziet.",
)
PART_OF = QT_TRANSLATE_NOOP("GuideText", "Onderdeel van:")
ON_THIS = QT_TRANSLATE_NOOP("GuideText", "Op dit onderdeel")
LINKS = QT_TRANSLATE_NOOP("GuideText", "Verbanden")
NO_TEXT = QT_TRANSLATE_NOOP("GuideText", "De handreiking geeft hier geen aparte toelichting bij.")
PLATE_WORD = QT_TRANSLATE_NOOP("GuideText", "plaat")
OVERVIEW_PLATE = QT_TRANSLATE_NOOP("GuideText", "Overzichtsplaat")


def escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def element_link(ref: ElementRef) -> str:
    return f"{LINK_SCHEME}:{ref.plate_id}/{ref.element_id}"


CHAPTER_PLACE = "hoofdstuk"  # `overzicht:hoofdstuk/bronnen` is a chapter of the guide


def chapter_id_of(ref: ElementRef) -> str | None:
    """The chapter a link points to (`overzicht:hoofdstuk/<id>`), if it points to one."""
    return ref.element_id if ref.plate_id == CHAPTER_PLACE else None


def parse_element_link(url: str) -> ElementRef | None:
    if not url.startswith(f"{LINK_SCHEME}:"):
        return None
    plate_id, sep, element_id = url[len(LINK_SCHEME) + 1 :].partition("/")
    return ElementRef(plate_id, element_id) if sep and plate_id and element_id else None


def plate_markdown(plate: Plate, tr: Translate = same) -> str:
    kicker = f"*{tr(CONTEXT, OVERVIEW_PLATE)} {plate.number}*"
    parts = [f"# {escape(plate.title)}", kicker, plate.intro]
    if plate.tips:
        parts.append("\n\n".join(f"> {escape(tip)}" for tip in plate.tips))
    return "\n\n".join(parts)


def element_markdown(
    library: PlateLibrary, plate: Plate, element: Element, tr: Translate = same
) -> str:
    """What the panel shows for an element; `tr` translates the app's own words."""
    parts = [f"# {escape(element.label)}"]
    if element.text and not _said_in(element.text, element.guide):
        parts.append(f"**{escape(element.text)}**")
    if element.marked:
        parts.append(f"*{tr(CONTEXT, MARKED_NOTE)}*")
    if element.guide:
        parts.append(element.guide)
    containers = [plate.element(c) for c in element.inside if plate.has_element(c)]
    if containers:
        names = ", ".join(
            f"[{escape(_as_name(c.label))}]({element_link(ElementRef(plate.id, c.id))})"
            for c in containers
        )
        parts.append(f"{tr(CONTEXT, PART_OF)} {names}")
    children = plate.children(element.id)
    if children:
        items = "\n".join(
            f"- [{escape(c.label)}]({element_link(ElementRef(plate.id, c.id))})" for c in children
        )
        parts.append(f"### {tr(CONTEXT, ON_THIS)}\n\n{items}")
    links = library.links(plate.id, element.id)
    if links:
        lines = "\n".join(_link_line(library, plate, link, tr) for link in links)
        parts.append(f"### {tr(CONTEXT, LINKS)}\n\n{lines}")
    if not element.guide and not element.text and not children and not links:
        parts.append(f"*{tr(CONTEXT, NO_TEXT)}*")
    return "\n\n".join(parts)


def _said_in(text: str, guide: str) -> bool:
    """Whether the guide's text already says this (the panel shows it once)."""
    flat = " ".join(text.split())
    return bool(flat) and flat in " ".join(guide.replace("**", "").split())


def _as_name(label: str) -> str:
    """A label as a name in a list: "2. De route:" reads "2. De route"."""
    return label.rstrip().rstrip(":").rstrip()


def _link_line(library: PlateLibrary, here: Plate, link: Link, tr: Translate) -> str:
    target_plate = library.plate(link.target.plate_id)
    target = target_plate.element(link.target.element_id)
    words = tr(CONTEXT, RELATION_WORDS[(link.kind, link.outgoing)])
    where = ""
    if target_plate.id != here.id:
        where = f" ({tr(CONTEXT, PLATE_WORD)} {target_plate.number}: {escape(target_plate.title)})"
    line = f"- {words} [{escape(target.label)}]({element_link(link.target)}){where}"
    if link.label:
        line += f" — *{escape(link.label)}*"
    return line
