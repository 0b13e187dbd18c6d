"""Plates (and a session's answers) as one self-contained, interactive HTML file.

The drawing of each plate is the app's own SVG export (app/scene/export.py),
cleaned for inlining (app/io/svg_clean.py). Over it lies one focusable node
per element (`data-element`), in reading order, with the outline the app
draws for a selection; the side panel is `#guide`. Texts come from the model
(html_page.py). The script and style are files in resources/html/, inlined;
a Content-Security-Policy allows that script (by its hash), inline style and
data: fonts and images, and nothing else: the page loads nothing.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.bundled import resources_dir
from app.export.html_page import (
    chapter_html,
    dom_id,
    element_texts,
    link_resolver,
    plate_text,
    session_line,
    worksheet_html,
)
from app.io.atomic_write import atomic_write
from app.io.svg_clean import CleanSvg, SvgError, clean_svg
from app.io.woff import FontError, sfnt_to_woff
from app.model.answers_view import notes_beside_elements
from app.model.graph import reading_order, related_ids
from app.model.library import PlateLibrary
from app.model.plate import DIRECTED_RELATIONS, ElementKind, Plate
from app.model.problems import Code, Problem
from app.model.safe_markup import ResolveLink
from app.model.safe_markup import escape as esc
from app.model.worksheet import Session
from app.scene.export import ExportError, svg_document, write_failed
from app.scene.plate_scene import PlateScene
from app.scene.style import load_fonts
from app.scene.theme import STANDARD

# A face's weight from its file name (Inter-SemiBold.otf), as CSS numbers it
WEIGHT_NAMES = {
    "thin": 100, "extralight": 200, "light": 300, "regular": 400, "medium": 500,
    "semibold": 600, "bold": 700, "extrabold": 800, "black": 900,
}  # fmt: skip
# what the panel's own text uses besides the drawing: body, bold and headings, emphasis
PANEL_FACES = frozenset({(400, "normal"), (700, "normal"), (400, "italic")})
CHAPTER_ORDER = ("voorwoord", "verder-vooruitkijken", "bronnen")


def _t(text: str) -> str:
    return QCoreApplication.translate("HtmlExport", text)


def viewer_files() -> tuple[str, str]:
    folder = resources_dir() / "html"
    script = (folder / "plate_viewer.js").read_text(encoding="utf-8")
    css = (folder / "plate_viewer.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in css.lower():
        raise ExportError("resources/html", Problem.of(Code.EXPORT_PAGE_BROKEN))
    return script, css


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def content_security_policy(script: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src '{script_hash(script)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def bundled_faces() -> list[tuple[Path, int, str]]:
    """The app's font files with their CSS weight and style, read from their names."""
    faces = []
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        name = path.stem.rpartition("-")[2].lower()
        style = "italic" if name.endswith("italic") else "normal"
        name = name.removesuffix("italic") or "regular"
        faces.append((path, WEIGHT_NAMES.get(name, 400), style))
    return faces


def used_faces(markup: str) -> set[tuple[int, str]]:
    """The (weight, style) pairs the drawing's text asks for."""
    found = set()
    for weight, style in re.findall(r'font-weight="(\d+)"[^>]*?font-style="(\w+)"', markup):
        found.add((int(weight), "italic" if style in ("italic", "oblique") else "normal"))
    return found


def font_css(family: str, wanted: set[tuple[int, str]]) -> str:
    """@font-face rules for the bundled faces the page uses, as WOFF in data: URLs."""
    rules = []
    for path, weight, style in bundled_faces():
        if (weight, style) not in wanted | PANEL_FACES:
            continue
        try:
            woff = sfnt_to_woff(path.read_bytes())
        except (OSError, FontError):
            continue  # the page falls back to the system's sans-serif
        data = base64.b64encode(woff).decode("ascii")
        rules.append(
            f"@font-face{{font-family:{esc(family)!r};font-weight:{weight};font-style:{style};"
            f"src:url(data:font/woff;base64,{data}) format('woff');}}"
        )
    return "\n".join(rules)


def page_fonts(svg_faces: list[str], wanted: set[tuple[int, str]]) -> str:
    """The page's fonts, once: the app's own faces as WOFF (only those used), or the
    SVG's own @font-face rules when they name a family the app does not bundle."""
    family = load_fonts()
    families = {
        m.strip("'\" ") for f in svg_faces for m in re.findall(r"font-family\s*:\s*([^;}]+)", f)
    }
    if svg_faces and not families <= {family}:
        return "\n".join(svg_faces)
    return font_css(family, wanted) or "\n".join(svg_faces)


# --- one plate ---------------------------------------------------------------------------
def keyboard_order(scene: PlateScene) -> list[str]:
    """Reading order (app/model/graph.py) with each container just before what it holds."""
    graph = scene.graph
    order: list[str] = []
    seen: set[str] = set()

    def add_with_containers(node: str) -> None:
        for parent in graph.nodes[node]["inside"]:
            if parent in graph and parent not in seen:
                add_with_containers(parent)
        if node not in seen:
            seen.add(node)
            order.append(node)

    for node in reading_order(graph):
        add_with_containers(node)
    for node in graph.nodes:  # containers that hold nothing
        add_with_containers(node)
    return order


def drawing_svg(scene: PlateScene) -> CleanSvg:
    # words as text in the embedded font, not as outlines: the same letters at a
    # third of the size (outlines put all four plates over 4 MB), and they can be
    # found, selected and zoomed sharply like any text on a web page
    data = svg_document(scene, text_as_paths=False).encode("utf-8")
    try:
        return clean_svg(data, prefix=f"p{scene.plate.number}-")
    except SvgError as error:
        raise ExportError(scene.plate.title, error.problem) from None


def _shape(kind: ElementKind, x: float, y: float, w: float, h: float, cls: str, grow: float) -> str:
    x, y, w, h = x - grow, y - grow, w + 2 * grow, h + 2 * grow
    if kind == ElementKind.RING:
        return (
            f'<ellipse class="{cls}" cx="{x + w / 2:.1f}" cy="{y + h / 2:.1f}" '
            f'rx="{w / 2:.1f}" ry="{h / 2:.1f}"/>'
        )
    radius = 14 if cls == "mark" else 10
    return (
        f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
        f'rx="{radius}"/>'
    )


def overlay(scene: PlateScene) -> str:
    """The relation lines (shown for a selection) and one focusable node per element."""
    plate = scene.plate
    parts = ['<g class="rels" aria-hidden="true">']
    for item in scene.relation_items:
        line = item.line
        marker = ""
        if item.kind in DIRECTED_RELATIONS:
            marker = f' marker-end="url(#arrow-{esc(plate.id)})"'
        parts.append(
            f'<line class="rel {esc(str(item.kind))}" data-a="{esc(item.source_id)}" '
            f'data-b="{esc(item.target_id)}" x1="{line.x1():.1f}" y1="{line.y1():.1f}" '
            f'x2="{line.x2():.1f}" y2="{line.y2():.1f}"{marker}/>'
        )
    parts.append("</g>")
    parts.append('<g class="elements">')
    # Painted (and hit) in the scene's stacking order, so a card is clicked before the
    # region under it; Tab follows data-order (reading order): the script moves focus,
    # and only one node per plate is in the page's tab sequence (a roving tabindex).
    order = keyboard_order(scene)
    place = {element_id: index for index, element_id in enumerate(order)}
    stacking = sorted(order, key=lambda i: (scene.items_by_id[i].zValue(), place[i]))
    for element_id in stacking:
        element = plate.element(element_id)
        rect = scene.element_rect(element_id)
        x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
        related = " ".join(sorted(related_ids(scene.graph, element_id)))
        name = element.label + (f": {element.text}" if element.text else "")
        parts.append(
            f'<g class="el" id="{esc(dom_id(plate.id, element_id))}" '
            f'data-element="{esc(element_id)}" data-related="{esc(related)}" '
            f'data-order="{place[element_id]}" tabindex="{0 if place[element_id] == 0 else -1}" '
            f'role="button" aria-pressed="false" aria-label="{esc(name)}">'
            f"<title>{esc(element.label)}</title>"
            f"{_shape(element.kind, x, y, w, h, 'hit', 0)}"
            f"{_shape(element.kind, x, y, w, h, 'mark', 4)}</g>"
        )
    parts.append("</g>")
    return "".join(parts)


def plate_section(scene: PlateScene, drawing: CleanSvg, session: Session | None) -> str:
    plate = scene.plate
    title = f"{_t('Overzichtsplaat')} {plate.number}: {plate.title}"
    width, height = drawing.width, drawing.height
    hint = _t("Klik of Enter: toelichting; + − 0: zoomen; slepen: verschuiven.")
    notes = ""
    if session is not None and session.plates.get(plate.id):
        notes = " " + _t("Met de antwoorden van het team als briefjes op de plaat.")
    return (
        f'<section class="plate" id="plate-{esc(plate.id)}" data-plate="{esc(plate.id)}" '
        f'aria-labelledby="h-{esc(plate.id)}">'
        f'<h2 id="h-{esc(plate.id)}">{esc(title)}</h2>'
        '<div class="toolbar">'
        f'<button type="button" data-zoom="in" aria-label="{esc(_t("Inzoomen"))}">+</button>'
        f'<button type="button" data-zoom="out" aria-label="{esc(_t("Uitzoomen"))}">−</button>'
        f'<button type="button" data-zoom="fit">{esc(_t("Hele plaat"))}</button>'
        '<span class="zoom-level" aria-hidden="true">100%</span>'
        f'<span class="hint">{esc(hint + notes)}</span></div>'
        f'<div class="viewport" tabindex="0" style="aspect-ratio:{width:.0f}/{height:.0f}" '
        f'aria-label="{esc(title)}" role="group">'
        f'<svg class="stage" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        'preserveAspectRatio="xMidYMid meet">'
        f'<defs><marker id="arrow-{esc(plate.id)}" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="5" markerHeight="5" orient="auto-start-reverse">'
        f'<path d="M0 0L10 5L0 10z" fill="{STANDARD.arrow.name()}"/></marker></defs>'
        f'<g class="drawing" aria-hidden="true">{drawing.markup}</g>'
        f"{overlay(scene)}</svg></div></section>"
    )


def texts_section(
    library: PlateLibrary, plate: Plate, session: Session | None, resolve: ResolveLink
) -> str:
    label = f"{_t('Teksten bij plaat')} {plate.number}"
    return (
        f'<section class="texts" data-for="{esc(plate.id)}" aria-label="{esc(label)}">'
        + plate_text(plate, resolve)
        + "".join(element_texts(library, plate, resolve))
        + worksheet_html(plate, session, resolve, _t)
        + "</section>"
    )


# --- the page -----------------------------------------------------------------------------
def build_page(library: PlateLibrary, plates: list[Plate], session: Session | None = None) -> str:
    script, css = viewer_files()
    included = {p.id for p in plates}
    everything = included >= {p.id for p in library.plates}
    resolve = link_resolver(library, included, _t)
    sections: list[str] = []
    faces: list[str] = []
    wanted: set[tuple[int, str]] = set()
    for plate in plates:
        scene = PlateScene(plate, library.graphs[plate.id])
        answers = session.plates.get(plate.id) if session else None
        if answers is not None:
            scene.set_answers(notes_beside_elements(plate, answers))
        drawing = drawing_svg(scene)
        faces += [face for face in drawing.font_faces if face not in faces]
        wanted |= used_faces(drawing.markup)
        sections.append(plate_section(scene, drawing, session))
        # a plate's texts follow it (hidden on screen, printed after the plate)
        sections.append(texts_section(library, plate, session, resolve))
    chapters = []
    if everything:
        known = {c.id: c for c in library.chapters}
        for chapter_id in CHAPTER_ORDER:
            if chapter_id in known:
                chapters.append(chapter_html(chapter_id, known[chapter_id].markdown, resolve))
    fonts = page_fonts(faces, wanted)
    if len(plates) == 1:
        title = f"{_t('Overzichtsplaat')} {plates[0].number}: {plates[0].title}"
    else:
        title = _t("De overzichtsplaten")
    nav = [
        f'<li><a href="#plate-{esc(p.id)}">{esc(_t("Plaat"))} {p.number}: {esc(p.title)}</a></li>'
        for p in plates
    ]
    if everything:
        nav += [
            f'<li><a href="#chapter-{esc(c.id)}">{esc(c.title)}</a></li>'
            for chapter_id in CHAPTER_ORDER
            for c in library.chapters
            if c.id == chapter_id
        ]
    head_session = session_line(session, _t) if session is not None else ""
    csp = content_security_policy(script)  # hashes and keywords: nothing to escape
    assert '"' not in csp and "<" not in csp
    subtitle = _t("Uit Overzichtsplaten, met de tekst van de Handreiking bij de Overzichtsplaten.")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="Overzichtsplaten">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>{fonts}</style>\n<style>{css}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#guide">{esc(_t("Naar de toelichting"))}</a>\n'
        '<div class="page">\n<header class="page-head">'
        f"<h1>{esc(title)}</h1>"
        f"<p>{esc(subtitle)}</p>"
        f"{head_session}"
        f'<nav aria-label="{esc(_t("Inhoud"))}"><ul>{"".join(nav)}</ul></nav></header>\n'
        f"<main>\n{''.join(sections)}\n{''.join(chapters)}\n</main>\n"
        f'<aside id="guide" aria-label="{esc(_t("Toelichting uit de handreiking"))}" tabindex="-1">'
        '<div id="guide-text"></div><div id="guide-sheet"></div></aside>\n'
        '<div id="live" class="live" aria-live="polite"></div>\n'
        f"</div>\n<script>{script}</script>\n</body>\n</html>\n"
    )


def html_file_name(plates: list[Plate], library: PlateLibrary) -> str:
    if len(plates) == 1:
        return f"{plates[0].number:02d}-{plates[0].id}.html"
    if {p.id for p in plates} >= {p.id for p in library.plates}:
        return "overzichtsplaten.html"
    return "platen-" + "-".join(str(p.number) for p in plates) + ".html"


def export_html(
    library: PlateLibrary, plates: list[Plate], folder: Path, session: Session | None = None
) -> Path:
    path = folder / html_file_name(plates, library)
    page = build_page(library, plates, session)
    try:
        atomic_write(path, page.encode("utf-8"))
    except OSError as error:
        raise ExportError(path, write_failed(error)) from None
    return path
