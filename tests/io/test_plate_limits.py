"""Limits that keep an accepted plate usable: what `check` accepts opens quickly (issue 16)."""

from __future__ import annotations

import pytest

from app.io.errors import PlateError
from app.io.plate_reader import (
    MAX_ELEMENTS,
    MAX_LABEL,
    MAX_NESTING,
    MAX_RELATIONS,
    parse_plate_bytes,
)
from tests.example_plate import EXAMPLE_PLATE
from tests.hostile.limit_plates import limit_plate


def refused(text: str) -> str:
    with pytest.raises(PlateError) as raised:
        parse_plate_bytes(text.encode(), "plaat.yaml")
    return str(raised.value)


@pytest.mark.parametrize(
    ("size", "words"),
    [
        ("[1, 1000000]", "tussen 100 en 20.000"),
        ("[800, 99]", "tussen 100 en 20.000"),
        ("[20001, 800]", "tussen 100 en 20.000"),
        ("[100, 1001]", "hoogstens 10 keer"),
        ("[12000, 1100]", "hoogstens 10 keer"),
    ],
)
def test_an_absurd_size_is_refused_with_file_and_line(size: str, words: str) -> None:
    text = EXAMPLE_PLATE.replace("size: [800, 600]", f"size: {size}")
    message = refused(text)
    assert message.startswith("plaat.yaml:6: size") and words in message


def test_a_layout_that_grows_beyond_the_limits_is_refused() -> None:
    # no size and 200 elements side by side in one region: wider than 20,000 units
    lines = [
        "format: 1",
        "number: 9",
        "id: breed",
        "title: Breed",
        "intro: x",
        "elements:",
        "  - {id: rij, label: Rij, kind: region, role: context, rect: [0, 0, 200, 100]}",
    ]
    lines += [
        f"  - {{id: e{i}, label: D{i}, kind: card, role: goal, rect: [{i * 101}, 10, 100, 80]}}"
        for i in range(200)
    ]
    assert "tussen 100 en 20.000" in refused("\n".join(lines) + "\n")


def test_too_many_elements_or_relations_are_refused() -> None:
    many = limit_plate(MAX_ELEMENTS + 1, 0).decode()
    message = refused(many)
    assert "meer dan 2.000 onderdelen" in message
    assert message.count("\n") == 0  # one clear problem, not one per relation
    assert "meer dan 4.000 verbanden" in refused(
        limit_plate(MAX_ELEMENTS, MAX_RELATIONS + 1).decode()
    )
    assert "hoogstens 4 per onderdeel" in refused(limit_plate(20, 81).decode())


def test_long_labels_and_deep_nesting_are_refused() -> None:
    text = EXAMPLE_PLATE.replace("label: Een kaart", "label: " + "x" * (MAX_LABEL + 1))
    assert "label is langer dan 300 tekens" in refused(text)
    lines = ["format: 1", "number: 9", "id: diep", "title: Diep", "intro: x", "elements:"]
    lines.append("  - {id: r0, label: R, kind: region, role: context}")
    for i in range(1, MAX_NESTING + 2):
        lines.append(f"  - {{id: r{i}, label: R, kind: region, role: context, inside: [r{i - 1}]}}")
    assert "meer dan 12 niveaus diep" in refused("\n".join(lines) + "\n")


def test_the_worst_plate_within_the_limits_is_accepted() -> None:
    plate = parse_plate_bytes(
        limit_plate(MAX_ELEMENTS, MAX_RELATIONS, label=MAX_LABEL), "grens.yaml"
    )
    assert len(plate.elements) == MAX_ELEMENTS and len(plate.relations) == MAX_RELATIONS
