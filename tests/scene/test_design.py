"""The plates as one designed set: one type scale, no shrinking, one colour per meaning,
boxes that fit their text, arrows that can be seen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.model.graph import build_graph
from app.model.plate import Element, ElementKind, Plate, Rect, Role
from app.scene import style
from app.scene.plate_scene import PlateScene


@pytest.fixture(scope="module")
def scenes(qapp, library):
    return {p.number: PlateScene(p, library.graphs[p.id]) for p in library.plates}


def font_sizes(scene: PlateScene) -> set[int]:
    sizes = set()
    for item in scene.items_by_id.values():
        for block in item.fitted_text().blocks:
            sizes.add(block.font.pixelSize())
    return sizes


def test_every_plate_uses_sizes_of_the_one_type_scale(scenes) -> None:
    scale = {round(size) for size in style.TYPE_SCALE.values()}
    assert len(scale) <= 6
    used = {number: font_sizes(scene) for number, scene in scenes.items()}
    for number, sizes in used.items():
        assert sizes <= scale, (number, sizes - scale)
    # siblings are not shrunk: the card bodies, card titles and headings of all
    # plates share their sizes
    assert len({frozenset(s) for s in used.values()}) <= 2


def test_text_too_long_for_its_box_makes_the_box_grow_not_the_text_shrink(qapp) -> None:
    long_text = " ".join(["woorden die niet in een kleine kaart passen"] * 12)
    card = Element(
        "kaart",
        "Een kaart",
        ElementKind.CARD,
        Role.CONTEXT,
        text=long_text,
        rect=Rect(40, 140, 300, 80),
    )
    elements = (card,)
    plate = Plate(1, 99, "groei", "Groei", "intro", (1600, 1130), elements, ())
    scene = PlateScene(plate, build_graph(plate))
    item = scene.items_by_id["kaart"]
    assert item._rect.height() > 200  # grew to hold its text
    assert {b.font.pixelSize() for b in item.fitted_text().blocks} == {
        round(style.CARD_TITLE_SIZE),
        round(style.BODY_SIZE),
    }
    assert not item.text_overflows
    assert scene.overflowing_elements() == ["kaart"]  # reported, for `check` and authors


def test_one_colour_per_meaning() -> None:
    accents = [c.accent.name() for c in style.palette("standaard").roles.values()]
    assert len(accents) == len(set(accents)) == len(Role)
    fills = [c.fill.name() for c in style.palette("standaard").roles.values()]
    assert len(fills) == len(set(fills))


def test_each_plate_explains_its_colours(scenes) -> None:
    legend = {n: [name for _, name in s.header.legend] for n, s in scenes.items()}
    assert legend[1] == ["basis", "route", "doel"]
    assert "landelijk collectief" in legend[3] and "mbo-scholen individueel" in legend[3]
    assert "doel" in legend[3]
    for number, scene in scenes.items():
        shown = {
            item.colours.accent.name()
            for item in scene.items_by_id.values()
            if item.element.role not in style.UNCOLOURED_MEANINGS
            and item.element.role != Role.THEME
        }
        explained = {colours.accent.name() for colours, _ in scene.header.legend}
        assert shown <= explained, number


def test_a_palette_can_be_swapped_by_theme_name(qapp, library) -> None:
    dark = style.Palette(
        roles={
            role: style.RoleColours(QColor("#000000"), QColor("#ffffff"), QColor("#000000"))
            for role in Role
        },
        paper=QColor("#ffffff"),
        ink=QColor("#000000"),
        muted_ink=QColor("#000000"),
        selection=QColor("#0000ff"),
        related=QColor("#0000aa"),
        relation_line=QColor("#000000"),
    )
    style.register_palette("test-contrast", dark)
    try:
        style.use_palette("test-contrast")
        plate = library.plate(1)
        scene = PlateScene(plate, library.graphs[plate.id])
        assert scene.items_by_id["stage-doel"].colours.accent.name() == "#000000"
        assert style.PAPER.name() == "#ffffff"
    finally:
        style.use_palette("standaard")
    assert style.palette().paper.name() == "#fbfaf7"


def test_boxes_fit_their_text(scenes) -> None:
    """No card or point is more than about a third empty (badges are centred labels,
    regions are containers); nothing sticks out of the paper."""
    for number, scene in scenes.items():
        assert scene.overflowing_elements() == [], number
        paper = scene.paper.adjusted(16, 16, -16, -16)
        for element_id, item in scene.items_by_id.items():
            rect = scene.element_rect(element_id)
            assert paper.contains(rect), (number, element_id)
            if item.element.kind not in (ElementKind.CARD, ElementKind.POINT):
                continue
            box = item.content_rect()
            empty = 1 - item.fitted_text().height / box.height()
            assert empty < 0.36, (number, element_id, round(empty, 2))


def test_plate_1_has_no_empty_cell(scenes) -> None:
    scene = scenes[1]
    for stage in ("stage-basis", "stage-route", "stage-doel"):
        for domain in ("domain-arbeidsmarkt", "domain-samenleving", "domain-kwaliteit"):
            cell = scene.element_rect(stage).intersected(scene.element_rect(domain))
            cards = [
                i
                for i, item in scene.items_by_id.items()
                if item.element.kind == ElementKind.CARD
                and cell.contains(scene.element_rect(i).center())
            ]
            assert cards, (stage, domain)


def shown_lines(scene: PlateScene) -> dict[tuple[str, str], float]:
    return {
        (r.source_id, r.target_id): r.line.length()
        for r in scene.relation_items
        if r.scene() is scene and r.isVisible()
    }


def test_arrows_have_real_length(scenes) -> None:
    stages = shown_lines(scenes[1])
    assert stages[("stage-basis", "stage-route")] >= 40
    assert stages[("stage-route", "stage-doel")] >= 40


def test_both_optimisation_and_transformation_feed_the_transition(scenes) -> None:
    lines = shown_lines(scenes[2])
    assert ("optimalisatie", "mbo-in-transitie") in lines
    assert ("digitale-transformatie", "mbo-in-transitie") in lines
