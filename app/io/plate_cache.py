"""A cache of large plates as they were read, so that opening one again skips YAML.

Reading and checking a plate of 10,000 elements takes seconds, nearly all of
it in YAML; the same plate as JSON reads in a tenth of that. A plate file's
bytes, hashed with the app's version, name its entry: a changed file, or a
new version of the app (whose checks may differ), never meets an old entry.
The cache is only an aid: any entry that cannot be read is ignored (and the
file read as usual), and a cache that cannot be written changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__
from app.gc_pause import gc_paused
from app.io.atomic_write import atomic_write
from app.io.plate_fields import PLATE, Field, Kind, Table
from app.io.safe_read import read_regular_file
from app.io.sha256 import sha256
from app.model.plate import Plate, Rect, Source

MIN_BYTES = 256 * 1024  # by default smaller plates are not kept: they read fast enough
KEEP = 24  # entries; the least recently used go first
SCHEMA = 2  # of the cache entries themselves (2: every record a list in its table's order)


def _key(data: bytes) -> str:
    digest = sha256(data)
    digest.update(f"\0{__version__}\0{SCHEMA}".encode())
    return digest.hexdigest()


def _record_json(record: object, table: Table) -> list[Any]:
    return [_value_json(getattr(record, f.name), f) for f in table.fields]


def _value_json(value: Any, f: Field) -> Any:
    match f.kind:
        case Kind.RECT:
            return [value.x, value.y, value.width, value.height] if value else None
        case Kind.LINE:
            return value.line if value else 0
        case Kind.RECORDS:
            assert f.table is not None
            return [_record_json(v, f.table) for v in value]
        case Kind.RECORD:
            assert f.table is not None
            return _record_json(value, f.table) if value is not None else None
        case Kind.SIZE | Kind.REFS | Kind.SHORTS:
            return list(value)
        case Kind.CHOICE:
            return str(value)
        case _:
            return value


# How one field's value is read back: (the value in the entry, the plate file as shown).
Reader = Callable[[Any, str], Any]


def _record(values: list[Any], table: Table, shown: str) -> Any:
    names, readers = _readers(table)
    if len(values) != len(names):
        raise ValueError(f"{table.record.__name__}: {len(values)} values")
    return table.record(
        **{name: read(v, shown) for name, read, v in zip(names, readers, values, strict=True)}
    )


# Per record type (each has one table, plate_fields.TABLES): its fields' names and
# readers, worked out once. A start reads every record of the four plates from here
# before the first paint; matching each value's kind anew took most of that time.
_READERS: dict[type, tuple[tuple[str, ...], tuple[Reader, ...]]] = {}


def _readers(table: Table) -> tuple[tuple[str, ...], tuple[Reader, ...]]:
    found = _READERS.get(table.record)
    if found is None:
        names = tuple(f.name for f in table.fields)
        found = _READERS[table.record] = (names, tuple(_reader(f) for f in table.fields))
    return found


def _reader(f: Field) -> Reader:
    match f.kind:
        case Kind.INT | Kind.COUNT:
            return lambda value, _shown: int(value)
        case Kind.BOOL | Kind.FLAG:
            return lambda value, _shown: bool(value)
        case Kind.CHOICE:
            assert f.enum is not None
            enum = f.enum
            return lambda value, _shown: enum(value)
        case Kind.RECT:
            return lambda value, _shown: Rect(*(float(v) for v in value)) if value else None
        case Kind.SIZE:
            return lambda value, _shown: _size(value)
        case Kind.REFS | Kind.SHORTS:
            return lambda value, _shown: tuple(str(v) for v in value)
        case Kind.RECORDS:
            assert f.table is not None
            table = f.table
            return lambda value, shown: tuple(_record(v, table, shown) for v in value)
        case Kind.RECORD:
            assert f.table is not None
            one = f.table
            return lambda value, shown: _record(value, one, shown) if value else None
        case Kind.LINE:
            return lambda value, shown: Source(shown, int(value)) if value else None
        case Kind.PATH:
            return lambda _value, shown: shown
        case _:
            return lambda value, _shown: str(value)


def _size(value: Any) -> tuple[float, float]:
    width, height = value
    return (float(width), float(height))


def plate_to_json(plate: Plate) -> list[Any]:
    return _record_json(plate, PLATE)


def plate_from_json(value: list[Any], shown: str) -> Plate:
    """The plate again; raises KeyError, TypeError or ValueError on a damaged entry."""
    plate = _record(value, PLATE, shown)
    assert isinstance(plate, Plate)
    return plate


MAX_ENTRY_BYTES = 256 * 1024 * 1024


class PlateCache:
    def __init__(self, folder: Path, min_bytes: int = MIN_BYTES) -> None:
        """`min_bytes=0` keeps every plate: start-up then reads no YAML at all."""
        self.folder = folder
        self.min_bytes = min_bytes

    def get(self, data: bytes, shown: str) -> Plate | None:
        if len(data) < self.min_bytes:
            return None
        entry = self.folder / f"{_key(data)}.json"
        try:
            raw = read_regular_file(entry, MAX_ENTRY_BYTES)
            with gc_paused():
                plate = plate_from_json(json.loads(raw), shown)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used
        return plate

    def put(self, data: bytes, plate: Plate) -> None:
        if len(data) < self.min_bytes:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            text = json.dumps(plate_to_json(plate), ensure_ascii=False, separators=(",", ":"))
            atomic_write(self.folder / f"{_key(data)}.json", text.encode("utf-8"))
            self._prune()
        except OSError:
            pass  # a full disk or a read-only folder: the plate is read from YAML next time

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=_modified, reverse=True)
        for old in entries[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()
