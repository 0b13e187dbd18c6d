"""Automatic layout: every element gets a place, nothing overlaps, all of it on the plate."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.plate_reader import parse_plate_bytes
from app.model.layout import complete_layout
from app.model.plate import Element, ElementKind, Plate, Rect, Relation, RelationKind, Role


def _ancestors(plate: Plate, element_id: str) -> set[str]:
    found: set[str] = set()
    frontier = [element_id]
    while frontier:
        for parent in plate.element(frontier.pop()).inside:
            if parent not in found:
                found.add(parent)
                frontier.append(parent)
    return found


def overlapping_pairs(plate: Plate) -> list[tuple[str, str]]:
    """Pairs of elements that overlap although neither holds the other."""
    pairs = []
    elements = plate.elements
    for i, a in enumerate(elements):
        for b in elements[i + 1 :]:
            assert a.rect and b.rect
            if a.id in _ancestors(plate, b.id) or b.id in _ancestors(plate, a.id):
                continue
            if a.rect.overlaps(b.rect):
                pairs.append((a.id, b.id))
    return pairs


def off_plate(plate: Plate) -> list[str]:
    width, height = plate.size
    return [
        e.id
        for e in plate.elements
        if e.rect
        and (e.rect.x < 0 or e.rect.y < 0 or e.rect.right > width or e.rect.bottom > height)
    ]


STAGES_WITHOUT_POSITIONS = b"""\
format: 1
number: 7
id: zonder-posities
title: Zonder posities
intro: Geen enkele rect.
elements:
  - {id: fase1, label: Fase een, kind: region, role: route}
  - {id: fase2, label: Fase twee, kind: region, role: route}
  - {id: fase3, label: Fase drie, kind: region, role: goal}
  - {id: a, label: Kaart a, text: Een uitleg over twee regels of meer., kind: card, role: school, inside: [fase1]}
  - {id: b, label: Kaart b, kind: card, role: teacher, inside: [fase1]}
  - {id: c, label: Punt c, kind: point, role: student, inside: [fase2]}
  - {id: d, label: Thema d, kind: badge, role: theme, inside: [fase3]}
  - {id: e, label: Los, kind: text, role: context}
relations:
  - {id: r1, from: fase1, to: fase2, kind: leads_to}
  - {id: r2, from: c, to: d, kind: supports}
"""


def test_a_plate_without_positions_is_laid_out_in_layers_without_overlaps() -> None:
    plate = parse_plate_bytes(STAGES_WITHOUT_POSITIONS, "zonder.yaml")
    assert all(e.rect and e.auto_placed for e in plate.elements)
    assert overlapping_pairs(plate) == []
    assert off_plate(plate) == []
    stage = {i: plate.element(i).rect for i in ("fase1", "fase2", "fase3")}
    # leads_to between stages, and supports between things inside them: left to right
    assert stage["fase1"].right < stage["fase2"].x  # type: ignore[union-attr]
    assert stage["fase2"].right < stage["fase3"].x  # type: ignore[union-attr]
    # children sit inside their container
    for child, parent in (("a", "fase1"), ("b", "fase1"), ("c", "fase2"), ("d", "fase3")):
        inner, outer = plate.element(child).rect, plate.element(parent).rect
        assert inner and outer
        assert outer.x <= inner.x and inner.right <= outer.right
        assert outer.y < inner.y and inner.bottom <= outer.bottom
    # the loose text goes below the stages, not on top of the title bar
    assert plate.element("e").rect.y > stage["fase1"].bottom  # type: ignore[union-attr]
    assert min(e.rect.y for e in plate.elements if e.rect) >= 100


def test_a_plate_with_every_position_is_left_as_written() -> None:
    element = Element("a", "A", ElementKind.CARD, Role.GOAL, rect=Rect(10, 20, 100, 50))
    elements, size = complete_layout((element,), (), (400.0, 300.0))
    assert elements == (element,) and size == (400.0, 300.0)
    assert not elements[0].auto_placed


KINDS = [ElementKind.CARD, ElementKind.POINT, ElementKind.BADGE, ElementKind.TEXT]


@st.composite
def random_plates(draw: st.DrawFn) -> tuple[list[Element], list[Relation], tuple[float, float]]:
    """Containers two deep, leaves inside them or loose, some placed by hand on a free grid."""
    size = draw(st.sampled_from([None, (1600.0, 1130.0), (4400.0, 3200.0)]))
    regions = draw(st.integers(0, 4))
    elements: list[Element] = []
    placed_cell = 0

    def hand_rect() -> Rect | None:
        nonlocal placed_cell
        # the loader refuses a rect outside the plate: place by hand only where it fits
        if size == (1600.0, 1130.0) or not draw(st.booleans()) or placed_cell >= 6:
            return None
        # hand-placed things sit in their own cells far apart, as an author would put them
        x = 60 + (placed_cell % 3) * 1400
        y = 200 + (placed_cell // 3) * 1400
        placed_cell += 1
        return Rect(x, y, 300, 120)

    for r in range(regions):
        inner_region = draw(st.booleans())
        elements.append(Element(f"r{r}", f"Gebied {r}", ElementKind.REGION, Role.ROUTE))
        if inner_region:
            elements.append(
                Element(f"r{r}x", f"Deel {r}", ElementKind.REGION, Role.DOMAIN, inside=(f"r{r}",))
            )
    containers = [e.id for e in elements]
    for n in range(draw(st.integers(1, 30))):
        parent = draw(st.sampled_from([None, *containers]))
        kind = draw(st.sampled_from(KINDS))
        text = "woord " * draw(st.integers(0, 40))
        elements.append(
            Element(
                f"e{n}",
                f"Element {n} " + "lang " * draw(st.integers(0, 8)),
                kind,
                Role.SCHOOL,
                text=text.strip(),
                inside=(parent,) if parent else (),
                rect=hand_rect() if parent is None else None,
            )
        )
    ids = [e.id for e in elements]
    relations = [
        Relation(f"rel{i}", a, b, draw(st.sampled_from(list(RelationKind))))
        for i, (a, b) in enumerate(
            draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=40))
        )
        if a != b
    ]
    return elements, relations, size


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_plates())
def test_random_plates_never_overlap_and_stay_on_the_plate(
    generated: tuple[list[Element], list[Relation], tuple[float, float] | None],
) -> None:
    elements, relations, size = generated
    placed, final_size = complete_layout(elements, relations, size)
    plate = Plate(1, 1, "p", "P", "", final_size, placed, tuple(relations))
    assert all(e.rect for e in plate.elements)
    assert overlapping_pairs(plate) == []
    assert off_plate(plate) == []
    if size:
        assert final_size[0] >= size[0] and final_size[1] >= size[1]


def test_unplaced_children_of_a_placed_region_fit_inside_it() -> None:
    region = Element("r", "Regio", ElementKind.REGION, Role.DOMAIN, rect=Rect(100, 200, 500, 300))
    cards = [
        Element(f"k{i}", f"Kaart {i}", ElementKind.CARD, Role.GOAL, inside=("r",))
        for i in range(12)
    ]
    placed, _ = complete_layout([region, *cards], [], (1600.0, 1130.0))
    plate = Plate(1, 1, "p", "P", "", (1600.0, 1130.0), placed, ())
    assert overlapping_pairs(plate) == []
    for card in plate.elements[1:]:
        assert card.rect
        assert card.rect.x >= 100 and card.rect.right <= 600
        assert card.rect.y > 200 and card.rect.bottom <= 500


def test_a_region_without_rect_grows_around_its_placed_and_unplaced_children() -> None:
    region = Element("r", "Regio", ElementKind.REGION, Role.DOMAIN)
    fixed = Element(
        "vast", "Vast", ElementKind.CARD, Role.GOAL, inside=("r",), rect=Rect(300, 400, 200, 80)
    )
    loose = [
        Element(f"k{i}", f"Kaart {i}", ElementKind.CARD, Role.GOAL, inside=("r",)) for i in range(3)
    ]
    other = Element("los", "Los", ElementKind.BADGE, Role.THEME)
    placed, size = complete_layout([region, fixed, *loose, other], [], None)
    plate = Plate(1, 1, "p", "P", "", size, placed, ())
    assert overlapping_pairs(plate) == []
    assert off_plate(plate) == []
    outer = plate.element("r").rect
    assert outer
    for child in ("vast", "k0", "k1", "k2"):
        inner = plate.element(child).rect
        assert inner and outer.x <= inner.x and inner.right <= outer.right
        assert outer.y < inner.y and inner.bottom <= outer.bottom
    assert plate.element("vast").rect == fixed.rect  # what the author placed stays put


def test_a_plate_without_a_tour_is_walked_part_by_part_in_reading_order() -> None:
    from app.model.tour import reading_tour

    plate = parse_plate_bytes(STAGES_WITHOUT_POSITIONS, "zonder.yaml")
    steps = reading_tour(plate)
    # the three stages left to right, then the loose text below them; nothing inside
    assert [s.elements for s in steps] == [("fase1",), ("fase2",), ("fase3",), ("e",)]
    assert steps[0].caption == "Fase een"


def test_layers_follow_the_relations_not_the_order_of_the_file() -> None:
    cards = [Element(i, i, ElementKind.CARD, Role.GOAL) for i in ("doel", "weg", "start", "kring")]
    relations = [
        Relation("r1", "start", "weg", RelationKind.LEADS_TO),
        Relation("r2", "weg", "doel", RelationKind.LEADS_TO),
        Relation("r3", "doel", "kring", RelationKind.SUPPORTS),
        Relation("r4", "kring", "doel", RelationKind.SUPPORTS),  # a cycle: still laid out
    ]
    placed, _ = complete_layout(cards, relations, None)
    x = {e.id: e.rect.x for e in placed if e.rect}
    assert x["start"] < x["weg"] < x["doel"] < x["kring"]
