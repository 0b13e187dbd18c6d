"""Exports, prints and reports show the plate, not what is selected or hovered on screen."""

from __future__ import annotations

from app.model.answers_view import AnswerBlock
from app.scene.export import render_image
from app.scene.plate_scene import PlateScene


def test_selection_and_hover_do_not_reach_an_export(qtbot, library) -> None:
    plate = library.plate("strategie")
    scene = PlateScene(plate, library.graphs["strategie"])
    plain = render_image(scene, 800)
    scene.select("optimalisatie")  # orange frame, dashed neighbours, its relation line
    scene.items_by_id["npuls"]._hover = True
    marked = render_image(scene, 800)
    assert marked == plain
    # and on screen it is all still there afterwards
    assert scene.selected_id == "optimalisatie" and scene.items_by_id["optimalisatie"].selected
    assert scene.items_by_id["npuls"]._hover


def test_with_or_without_the_teams_answers(qtbot, library) -> None:
    plate = library.plate("strategie")
    scene = PlateScene(plate, library.graphs["strategie"])
    plain = render_image(scene, 800)
    scene.set_answers({"optimalisatie": AnswerBlock("Vraag", ("Roosters",), "optimalisatie")})
    assert render_image(scene, 800) != plain
    assert render_image(scene, 800, answers=False) == plain
    assert scene.answer_items["optimalisatie"].isVisible()


def test_plate_1_upside_down_keeps_its_column_headers_and_has_no_stubs(qtbot, library) -> None:
    plate = library.plate("smjp")
    scene = PlateScene(plate, library.graphs["smjp"])
    columns = [e.id for e in plate.elements if e.id.startswith("domain-")]
    rows = [e.id for e in plate.elements if e.id.startswith("stage-")]
    headers = {c: scene.text_rects(c)[0] for c in columns}

    def below_rows(column: str) -> float:
        rows_bottom = max(scene.element_rect(r).bottom() for r in rows)
        return scene.element_rect(column).bottom() - rows_bottom

    slack = {c: below_rows(c) for c in columns}  # the layout's own margin under the rows
    scene.set_flipped(True, animate=False)
    row_rects = [scene.element_rect(r) for r in rows]
    assert scene.element_rect("stage-doel").top() < scene.element_rect("stage-basis").top()
    for column in columns:
        header = scene.text_rects(column)[0]
        assert header == headers[column]  # still on top, where it was
        assert not any(header.intersects(r) for r in row_rects), column
        # no empty stub of the column below the last row
        assert below_rows(column) <= slack[column] + 1
