"""The plates as drawn: readable, clickable, highlightable, and plate 1 turns upside down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.model.graph import build_graph
from app.model.plate import Element, ElementKind, Plate, Rect, Role
from app.scene.plate_scene import PlateScene


@pytest.fixture
def scenes(qapp, library):
    return {p.id: PlateScene(p, library.graphs[p.id]) for p in library.plates}


def test_every_text_fits_its_box_at_a_readable_size(scenes) -> None:
    for plate_id, scene in scenes.items():
        assert scene.overflowing_elements() == [], plate_id


def test_a_point_on_a_card_finds_the_card_not_its_region(scenes) -> None:
    scene = scenes["smjp"]
    centre = scene.element_rect("eigentijds-mbo").center()
    assert scene.element_at(centre) == "eigentijds-mbo"
    gutter = QPointF(100, scene.element_rect("stage-doel").center().y())
    assert scene.element_at(gutter) == "stage-doel"
    assert scene.element_at(QPointF(-10, -10)) is None


def test_selecting_highlights_the_element_and_its_relations(scenes) -> None:
    scene = scenes["strategie"]
    scene.select("npuls")
    items = scene.items_by_id
    assert items["npuls"].selected
    assert items["digitale-transformatie"].related
    assert items["student-beroep-burger"].related
    assert not items["optimalisatie"].related
    shown = [r for r in scene.relation_items if r.isVisible() and r.emphasised]
    assert {r.target_id for r in shown if r.source_id == "npuls"} == {"digitale-transformatie"}
    scene.select(None)
    assert not any(i.selected or i.related for i in items.values())


def test_a_region_and_what_it_holds_do_not_light_up_as_related(scenes) -> None:
    scene = scenes["programmas"]
    items = scene.items_by_id
    scene.select("npuls")  # a region holding nine themes; only Cyberveiligheid supports it
    assert {i for i, item in items.items() if item.related} == {"cyberveiligheid"}
    scene.select("npuls-xr")  # a theme inside Npuls, with no relation of its own
    assert not any(item.related for item in items.values())


def test_relations_that_cross_nothing_are_drawn_without_asking(scenes) -> None:
    visible = {
        (r.source_id, r.target_id) for r in scenes["programmas"].relation_items if r.isVisible()
    }
    assert ("edu-v", "npuls-digitale-leermaterialen") in visible
    assert ("cyberveiligheid", "npuls") in visible
    hidden = {
        (r.source_id, r.target_id) for r in scenes["strategie"].relation_items if not r.isVisible()
    }
    assert ("student-beroep-burger", "npuls") in hidden  # would cross half the plate


def test_plate_1_turns_upside_down_keeping_text_upright(qtbot, scenes) -> None:
    scene = scenes["smjp"]
    assert scene.can_flip() and not scenes["strategie"].can_flip()
    goal_before = scene.element_rect("stage-doel").top()
    basis_before = scene.element_rect("stage-basis").top()
    assert basis_before < goal_before
    scene.set_flipped(True)
    qtbot.waitUntil(lambda: scene.element_rect("stage-doel").top() < basis_before + 1, timeout=3000)
    assert scene.element_rect("stage-doel").top() < scene.element_rect("stage-basis").top()
    assert scene.items_by_id["stage-doel"].rotation() == 0
    scene.set_flipped(False, animate=False)
    assert scene.element_rect("stage-basis").top() == basis_before


def render(scene: PlateScene, width: int = 800) -> QImage:
    image = QImage(width, round(width * 0.7), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.paper)
    painter.end()
    return image


def test_thousands_of_python_paints_do_not_crash_the_interpreter(qapp) -> None:
    """Regression: PySide6 6.12.0 on Python 3.11 aborted with `none_dealloc` after a few
    thousand calls into Python paint() overrides. 2,000 items painted 4 times."""
    elements = tuple(
        Element(
            id=f"e{i}",
            label=f"Onderdeel {i}",
            kind=ElementKind.CARD,
            role=Role.ROUTE,
            text="tekst",
            rect=Rect((i % 50) * 32, (i // 50) * 28, 30, 26),
        )
        for i in range(2000)
    )
    plate = Plate(1, 99, "veel", "Veel", "intro", (1600, 1130), elements, ())
    scene = PlateScene(plate, build_graph(plate))
    for width in (800, 1600, 3200, 800):
        image = render(scene, width)
        assert not image.isNull()
