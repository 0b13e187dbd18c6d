"""The cache of large plates: the same plate again, never a stale or damaged one."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from app.io.paths import shipped_plate_files
from app.io.plate_cache import PlateCache, plate_from_json, plate_to_json
from app.io.plate_fields import TABLES, Table
from app.io.plate_file import read_plate
from app.io.plate_reader import parse_plate_bytes
from app.io.sha256 import sha256
from app.model.plate import Plate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from run import synthetic_yaml


def same(a: Plate, b: Plate) -> bool:
    """Equal, and equal in what records leave out of ==: where each came from, what was placed."""

    def extra(p: Plate) -> list[object]:
        questions = p.worksheet.questions if p.worksheet else ()
        return [
            [(e.id, e.source, e.auto_placed) for e in p.elements],
            [(r.id, r.source) for r in p.relations],
            [(q.id, q.source) for q in questions],
            p.path,
        ]

    return a == b and extra(a) == extra(b)


# every optional field of every record set, to something other than its default
EVERY_FIELD = """\
format: 1
number: 7
id: alles
title: Alles erin
intro: Elk veld van een plaat.
size: [900, 700]
tips: [Eerste tip, Tweede tip]
elements:
  - id: regio
    label: Een regio
    kind: region
    role: context
    text: Eigen tekst
    guide: "Uitleg met een [link](https://example.org)."
    rect: [10, 10, 500, 400]
    marked: true
  - id: kaart
    label: Een kaart
    kind: card
    role: goal
    inside: [regio]
    rect: [20, 60, 200, 100]
  - {id: los, label: Los, kind: badge, role: theme}
relations:
  - {id: r1, from: kaart, to: los, kind: supports, label: Helpt}
  - {id: r2, from: los, to: "andere:ding", kind: same_as}
worksheet:
  title: Aan de slag
  intro: Vul in.
  questions:
    - id: vraag
      text: Wat doen we?
      answer: list
      element: kaart
      fields:
        - {id: een, label: "Een:", element: los, hint: Een hint}
tour:
  - elements: [regio, kaart]
    caption: Eerst dit.
"""


@pytest.mark.parametrize("path", shipped_plate_files(), ids=lambda p: p.name)
def test_a_plate_survives_the_round_trip(path: Path) -> None:
    plate = read_plate(path, path.name)
    assert same(plate_from_json(plate_to_json(plate), path.name), plate)


def test_a_plate_with_every_field_set_survives_the_round_trip() -> None:
    plate = parse_plate_bytes(EVERY_FIELD.encode(), "alles.yaml")
    assert plate.tips and plate.worksheet and plate.tour and plate.relations[0].label
    assert any(e.auto_placed for e in plate.elements) and plate.element("regio").marked
    again = plate_from_json(json.loads(json.dumps(plate_to_json(plate))), "alles.yaml")
    assert same(again, plate)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.record.__name__)
def test_the_field_table_names_every_attribute_of_its_record(table: Table) -> None:
    """A field added to a record but not to its table would be read by neither the reader
    nor the cache: the table is where both look."""
    assert [f.name for f in table.fields] == [f.name for f in fields(table.record)]


@pytest.fixture
def large(tmp_path: Path) -> Path:
    path = tmp_path / "groot.yaml"
    path.write_bytes(synthetic_yaml(2000))  # the most `check` accepts; over MIN_BYTES
    return path


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 1000])
def test_entries_are_named_by_the_same_sha256_as_hashlibs(data: bytes) -> None:
    # the built-in SHA-256 (no OpenSSL at start): caches written before still match
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_a_large_plate_read_again_comes_from_the_cache(tmp_path: Path, large: Path) -> None:
    cache = PlateCache(tmp_path / "cache")
    first = read_plate(large, "groot.yaml", cache)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    again = read_plate(large, "groot.yaml", cache)
    assert same(again, first)
    # a changed file never meets the old entry
    large.write_bytes(large.read_bytes().replace(b"label: Deel 5,", b"label: Deel vijf,"))
    changed = read_plate(large, "groot.yaml", cache)
    assert changed.element("e5").label == "Deel vijf"


def test_a_damaged_entry_is_passed_over(tmp_path: Path, large: Path) -> None:
    cache = PlateCache(tmp_path / "cache")
    first = read_plate(large, "groot.yaml", cache)
    for entry in (tmp_path / "cache").glob("*.json"):
        entry.write_text('{"elements": [["half"', encoding="utf-8")
    assert same(read_plate(large, "groot.yaml", cache), first)


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path, large: Path) -> None:
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")  # the cache folder cannot be made
    plate = read_plate(large, "groot.yaml", PlateCache(blocked / "cache"))
    assert len(plate.elements) == 2000
