"""The cache of large plates: the same plate again, never a stale or damaged one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.io.paths import shipped_plate_files
from app.io.plate_cache import PlateCache, plate_from_json, plate_to_json
from app.io.plate_file import read_plate
from app.model.plate import Plate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from run import synthetic_yaml


def same(a: Plate, b: Plate) -> bool:
    lines = lambda p: [(e.id, e.source and e.source.line, e.auto_placed) for e in p.elements]  # noqa: E731
    return a == b and lines(a) == lines(b)


@pytest.mark.parametrize("path", shipped_plate_files(), ids=lambda p: p.name)
def test_a_plate_survives_the_round_trip(path: Path) -> None:
    plate = read_plate(path, path.name)
    assert same(plate_from_json(plate_to_json(plate), path.name), plate)


@pytest.fixture
def large(tmp_path: Path) -> Path:
    path = tmp_path / "groot.yaml"
    path.write_bytes(synthetic_yaml(2000))  # the most `check` accepts; over MIN_BYTES
    return path


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
