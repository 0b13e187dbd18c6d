"""resources/plate.schema.json (for editors) and the loader (`check`) agree on plate files.

The corpus: the shipped plates, the example in docs/plate-format.md, and a valid
plate broken in every way a schema can see (missing, unknown or mistyped keys,
values outside their choices or ranges). What only `check` can see (ids used
twice, references to unknown elements, positions outside the plate) is listed
in the docs and tested with the loader alone.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from app.io.errors import PlateError
from app.io.paths import resources_dir, shipped_plate_files
from app.io.plate_reader import parse_plate_bytes

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((resources_dir() / "plate.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)

BASE: dict[str, Any] = {
    "format": 1,
    "number": 5,
    "id": "onze-school",
    "title": "Onze school",
    "intro": "De strategie van onze school.",
    "size": [1600, 1130],
    "tips": ["Begin bij het doel."],
    "elements": [
        {
            "id": "fase",
            "label": "Fase",
            "kind": "region",
            "role": "route",
            "rect": [40, 140, 600, 400],
        },
        {
            "id": "kaart",
            "label": "Kaart",
            "kind": "card",
            "role": "goal",
            "text": "Tekst.",
            "guide": "Uitleg.",
            "inside": ["fase"],
            "marked": True,
        },
        {"id": "thema", "label": "Thema", "kind": "badge", "role": "theme"},
    ],
    "relations": [
        {"id": "r1", "from": "kaart", "to": "thema", "kind": "supports", "label": "draagt bij aan"},
        {"id": "r2", "from": "thema", "to": "strategie:wij-allemaal", "kind": "same_as"},
    ],
    "worksheet": {
        "title": "Aan de slag",
        "intro": "Vragen voor het team.",
        "questions": [
            {"id": "v1", "text": "Wat is het doel?", "answer": "text", "element": "kaart"},
            {
                "id": "v2",
                "text": "Wie doet mee?",
                "answer": "people",
                "fields": [{"id": "f1", "label": "Wie", "element": "thema", "hint": "Namen"}],
            },
        ],
    },
    "tour": [{"elements": ["fase"], "caption": "Eerst de fase."}],
}

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(plate: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = plate
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is _DELETE:
            del node[int(last) if last.isdigit() else last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return mutate


_DELETE = object()

VALID_VARIANTS: dict[str, Mutation] = {
    "as is": lambda p: None,
    "no size": _set("size", _DELETE),
    "no rect": _set("elements.0.rect", _DELETE),
    "no relations, worksheet, tour, tips": lambda p: [
        p.pop(k) for k in ("relations", "worksheet", "tour", "tips")
    ],
    "number in hex": _set("number", 0x10),
    "fractional rect": _set("elements.0.rect", [40.5, 140.25, 600, 400]),
}

BROKEN: dict[str, Mutation] = {
    **{
        f"no {key}": _set(key, _DELETE)
        for key in ("format", "number", "id", "title", "intro", "elements")
    },
    "unknown key": _set("colour", "blue"),
    "format 2": _set("format", 2),
    "number as text": _set("number", "vijf"),
    "number 0": _set("number", 0),
    "number fractional": _set("number", 1.5),
    "number too large": _set("number", 2_000_000),
    "id with capitals": _set("id", "Onze School"),
    "id empty": _set("id", ""),
    "id too long": _set("id", "a" * 65),
    "title blank": _set("title", "   "),
    "title a number": _set("title", 12),
    "intro a list": _set("intro", ["a"]),
    "size one value": _set("size", [1600]),
    "size zero": _set("size", [0, 500]),
    "size text": _set("size", "groot"),
    "elements not a list": _set("elements", "geen lijst"),
    **{
        f"element without {key}": _set(f"elements.2.{key}", _DELETE)
        for key in ("id", "label", "kind", "role")
    },
    "element unknown key": _set("elements.2.colour", "red"),
    "element kind unknown": _set("elements.2.kind", "kaart"),
    "element role unknown": _set("elements.2.role", "boss"),
    "element text empty": _set("elements.1.text", ""),
    "element guide a number": _set("elements.1.guide", 3),
    "element rect three values": _set("elements.0.rect", [1, 2, 3]),
    "element rect negative x": _set("elements.0.rect", [-1, 140, 600, 400]),
    "element rect zero width": _set("elements.0.rect", [40, 140, 0, 400]),
    "element rect text": _set("elements.0.rect", ["a", 1, 2, 3]),
    "element marked text": _set("elements.1.marked", "ja"),
    "element inside not a list": _set("elements.1.inside", "fase"),
    "element inside empty name": _set("elements.1.inside", [""]),
    "element id with space": _set("elements.2.id", "een thema"),
    "relation without to": _set("relations.0.to", _DELETE),
    "relation kind unknown": _set("relations.0.kind", "follows"),
    "relation to with two colons": _set("relations.1.to", "a:b:c"),
    "relation to bad plate id": _set("relations.1.to", "Plaat:x"),
    "relation label a number": _set("relations.0.label", 5),
    "relation unknown key": _set("relations.0.weight", 2),
    "worksheet without questions": _set("worksheet.questions", _DELETE),
    "worksheet no question": _set("worksheet.questions", []),
    "question answer unknown": _set("worksheet.questions.0.answer", "essay"),
    "question text empty": _set("worksheet.questions.0.text", ""),
    "field without label": _set("worksheet.questions.1.fields.0.label", _DELETE),
    "field unknown key": _set("worksheet.questions.1.fields.0.size", 3),
    "tour step without caption": _set("tour.0.caption", _DELETE),
    "tour elements not a list": _set("tour.0.elements", "fase"),
    "tip empty": _set("tips", [""]),
    "tips not a list": _set("tips", "tip"),
}


def loader_accepts(text: str) -> bool:
    try:
        parse_plate_bytes(text.encode("utf-8"), "plaat.yaml")
    except PlateError:
        return False
    return True


def schema_accepts(text: str) -> bool:
    try:
        instance = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return VALIDATOR.is_valid(instance)


def mutated(mutation: Mutation) -> str:
    plate = copy.deepcopy(BASE)
    mutation(plate)
    return yaml.safe_dump(plate, allow_unicode=True, sort_keys=False)


def docs_example() -> str:
    text = (REPO / "docs" / "plate-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "docs/plate-format.md has a ```yaml example"
    return blocks[0]


def test_the_schema_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", VALID_VARIANTS)
def test_valid_plates_pass_both(name: str) -> None:
    text = mutated(VALID_VARIANTS[name])
    assert loader_accepts(text) and schema_accepts(text)


@pytest.mark.parametrize("name", BROKEN)
def test_broken_plates_fail_both(name: str) -> None:
    text = mutated(BROKEN[name])
    assert (loader_accepts(text), schema_accepts(text)) == (False, False)


@pytest.mark.parametrize("path", [*shipped_plate_files(), "docs"], ids=str)
def test_shipped_plates_and_the_documented_example_pass_both(path: Path | str) -> None:
    text = docs_example() if path == "docs" else Path(path).read_text(encoding="utf-8")
    assert loader_accepts(text), text[:200]
    assert schema_accepts(text)


def test_what_only_check_sees_is_caught_by_the_loader() -> None:
    """The documented limits of the schema: these pass it and fail `check`."""
    only_check = {
        "id used twice": _set("elements.2.id", "kaart"),
        "inside an unknown element": _set("elements.1.inside", ["nergens"]),
        "relation to an unknown element": _set("relations.0.to", "nergens"),
        "rect outside the plate": _set("elements.0.rect", [1500, 140, 600, 400]),
        "question about an unknown element": _set("worksheet.questions.0.element", "nergens"),
    }
    for name, mutation in only_check.items():
        text = mutated(mutation)
        assert schema_accepts(text), name
        assert not loader_accepts(text), name


def _schema_part(path: str) -> dict[str, Any]:
    part: dict[str, Any] = SCHEMA
    for step in path.split("/") if path else []:
        part = part[step]
        while "$ref" in part:
            part = SCHEMA["definitions"][part["$ref"].rsplit("/", 1)[-1]]
    return part


@pytest.mark.parametrize(
    ("table_name", "path"),
    [
        ("PLATE", ""),
        ("ELEMENT", "definitions/element"),
        ("RELATION", "definitions/relation"),
        ("WORKSHEET", "definitions/worksheet"),
        ("QUESTION", "definitions/question"),
        ("QUESTION_FIELD", "definitions/question/properties/fields/items"),
        ("TOUR_STEP", "definitions/tour_step"),
    ],
)
def test_the_schema_has_the_keys_of_the_field_table(table_name: str, path: str) -> None:
    """The reader and the cache take their fields from app/io/plate_fields.py; the schema
    for editors is written by hand, so a field added to the table must be added here too."""
    from app.io import plate_fields

    table = getattr(plate_fields, table_name)
    part = _schema_part(path)
    assert set(part.get("required", ())) == set(table.required)
    assert set(part["properties"]) == set(table.required) | set(table.optional)
