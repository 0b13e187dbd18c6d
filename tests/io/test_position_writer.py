"""Positions written back into a plate file change the positions and nothing else."""

from __future__ import annotations

import codecs
import difflib
from pathlib import Path

import pytest

from app.io.errors import PlateError
from app.io.paths import shipped_plate_files
from app.io.plate_file import read_plate
from app.io.plate_reader import parse_plate_bytes
from app.io.position_writer import save_positions, with_positions
from app.model.plate import Rect

BLOCK_STYLE = """\
# Onze plaat — met commentaar dat moet blijven staan
format: 1
number: 8
id: blok   # de id
title: "Plaat in blokstijl: één, twee"
intro: >
  Een inleiding over
  twee regels.
elements:
  - id: regio
    label: Regio één
    kind: region
    role: context
    rect: [10, 200, 600, 400]   # met de hand
  - id: kaart
    # geen rect: automatisch geplaatst
    label: Kaart
    kind: card
    role: goal
    inside: [regio]
  - {id: los, label: "Los, in flow-stijl", kind: badge, role: theme}
relations:
  - {id: r1, from: kaart, to: los, kind: supports}
"""


def changed_lines(old: str, new: str) -> list[str]:
    return [
        line
        for line in difflib.ndiff(old.splitlines(), new.splitlines())
        if line.startswith(("- ", "+ "))
    ]


def test_block_and_flow_elements_get_their_rect_and_keep_everything_else() -> None:
    rects = {
        "regio": Rect(20, 210, 640, 420),
        "kaart": Rect(40, 270, 200, 90),
        "los": Rect(700, 220, 180, 50),
    }
    new = with_positions(BLOCK_STYLE.encode(), "blok.yaml", rects, (1200, 900)).decode()
    assert changed_lines(BLOCK_STYLE, new) == [
        "+ size: [1200, 900]",
        "-     rect: [10, 200, 600, 400]   # met de hand",
        "+     rect: [20, 210, 640, 420]   # met de hand",
        "+     rect: [40, 270, 200, 90]",
        '-   - {id: los, label: "Los, in flow-stijl", kind: badge, role: theme}',
        '+   - {id: los, label: "Los, in flow-stijl", kind: badge, role: theme, rect: [700, 220, 180, 50]}',
    ]
    plate = parse_plate_bytes(new.encode(), "blok.yaml")
    assert {e.id: e.rect for e in plate.elements} == rects
    assert plate.size == (1200, 900)
    assert not any(e.auto_placed for e in plate.elements)


def test_windows_line_endings_and_a_byte_order_mark_stay() -> None:
    data = codecs.BOM_UTF8 + BLOCK_STYLE.replace("\n", "\r\n").encode()
    new = with_positions(data, "blok.yaml", {"kaart": Rect(40, 270, 200, 90)}, (1200, 900))
    assert new.startswith(codecs.BOM_UTF8)
    body = new[3:].decode()
    assert "\n" not in body.replace("\r\n", "")  # every line break is still CRLF
    assert "    rect: [40, 270, 200, 90]\r\n" in body
    assert parse_plate_bytes(new, "blok.yaml").element("kaart").rect == Rect(40, 270, 200, 90)


@pytest.mark.parametrize("path", shipped_plate_files(), ids=lambda p: p.name)
def test_the_same_positions_leave_a_shipped_plate_byte_for_byte(path: Path) -> None:
    data = path.read_bytes()
    plate = read_plate(path)
    rects = {e.id: e.rect for e in plate.elements if e.rect}
    assert with_positions(data, path.name, rects, plate.size) == data


def test_save_writes_atomically_and_returns_the_plate_as_it_now_reads(tmp_path: Path) -> None:
    path = tmp_path / "blok.yaml"
    path.write_text(BLOCK_STYLE, encoding="utf-8")
    plate = save_positions(path, "blok.yaml", {"kaart": Rect(40.26, 270, 200, 90)}, (1200, 900))
    assert plate.element("kaart").rect == Rect(40.3, 270, 200, 90)
    assert read_plate(path).element("kaart").rect == Rect(40.3, 270, 200, 90)
    assert [p.name for p in tmp_path.iterdir()] == ["blok.yaml"]  # no temporary file left


def test_a_file_that_would_not_load_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "blok.yaml"
    path.write_text(BLOCK_STYLE, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(PlateError):  # a plate too small for its own elements
        save_positions(path, "blok.yaml", {"kaart": Rect(40, 270, 200, 90)}, (100, 100))
    assert path.read_bytes() == before
    path.write_text(BLOCK_STYLE.replace("kind: card", "kind: kaart"), encoding="utf-8")
    broken = path.read_bytes()
    with pytest.raises(PlateError):  # broken meanwhile in an editor: leave it to the author
        save_positions(path, "blok.yaml", {"kaart": Rect(40, 270, 200, 90)}, (1200, 900))
    assert path.read_bytes() == broken
