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
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from app import __version__
from app.gc_pause import gc_paused
from app.io.atomic_write import atomic_write
from app.io.safe_read import read_regular_file
from app.model.plate import (
    AnswerShape,
    Element,
    ElementKind,
    Plate,
    Question,
    QuestionField,
    Rect,
    Relation,
    RelationKind,
    Role,
    Source,
    TourStep,
    Worksheet,
)

MIN_BYTES = 256 * 1024  # smaller plates read fast enough: no need to keep a copy
KEEP = 24  # entries; the least recently used go first
SCHEMA = 1  # of the cache entries themselves


def _key(data: bytes) -> str:
    digest = hashlib.sha256(data)
    digest.update(f"\0{__version__}\0{SCHEMA}".encode())
    return digest.hexdigest()


def _element_json(e: Element) -> list[Any]:
    rect = [e.rect.x, e.rect.y, e.rect.width, e.rect.height] if e.rect else None
    line = e.source.line if e.source else 0
    return [
        e.id,
        e.label,
        e.kind,
        e.role,
        e.text,
        e.guide,
        list(e.inside),
        rect,
        e.marked,
        line,
        e.auto_placed,
    ]


def _relation_json(r: Relation) -> list[Any]:
    return [r.id, r.source_id, r.target_id, r.kind, r.label, r.source.line if r.source else 0]


def plate_to_json(plate: Plate) -> dict[str, Any]:
    worksheet = None
    if plate.worksheet:
        worksheet = {
            "title": plate.worksheet.title,
            "intro": plate.worksheet.intro,
            "questions": [
                [
                    q.id,
                    q.text,
                    q.answer,
                    [[f.id, f.label, f.element, f.hint] for f in q.fields],
                    q.element,
                    q.source.line if q.source else 0,
                ]
                for q in plate.worksheet.questions
            ],
        }
    return {
        "format": plate.format,
        "number": plate.number,
        "id": plate.id,
        "title": plate.title,
        "intro": plate.intro,
        "size": list(plate.size),
        "elements": [_element_json(e) for e in plate.elements],
        "relations": [_relation_json(r) for r in plate.relations],
        "tips": list(plate.tips),
        "worksheet": worksheet,
        "tour": [[list(step.elements), step.caption] for step in plate.tour],
    }


def plate_from_json(value: dict[str, Any], shown: str) -> Plate:
    """The plate again; raises KeyError, TypeError or ValueError on a damaged entry."""

    def source(line: int) -> Source | None:
        return Source(shown, int(line)) if line else None

    elements = tuple(
        Element(
            id=str(i),
            label=str(label),
            kind=ElementKind(kind),
            role=Role(role),
            text=str(text),
            guide=str(guide),
            inside=tuple(str(c) for c in inside),
            rect=Rect(*(float(v) for v in rect)) if rect else None,
            marked=bool(marked),
            source=source(line),
            auto_placed=bool(auto),
        )
        for i, label, kind, role, text, guide, inside, rect, marked, line, auto in value["elements"]
    )
    relations = tuple(
        Relation(str(i), str(a), str(b), RelationKind(kind), str(label), source(line))
        for i, a, b, kind, label, line in value["relations"]
    )
    worksheet = None
    if value["worksheet"]:
        sheet = value["worksheet"]
        worksheet = Worksheet(
            str(sheet["title"]),
            str(sheet["intro"]),
            tuple(
                Question(
                    str(qid),
                    str(text),
                    AnswerShape(answer),
                    tuple(QuestionField(str(a), str(b), str(c), str(d)) for a, b, c, d in fields),
                    str(element),
                    source(line),
                )
                for qid, text, answer, fields, element, line in sheet["questions"]
            ),
        )
    width, height = value["size"]
    return Plate(
        format=int(value["format"]),
        number=int(value["number"]),
        id=str(value["id"]),
        title=str(value["title"]),
        intro=str(value["intro"]),
        size=(float(width), float(height)),
        elements=elements,
        relations=relations,
        tips=tuple(str(t) for t in value["tips"]),
        worksheet=worksheet,
        tour=tuple(TourStep(tuple(str(e) for e in ids), str(c)) for ids, c in value["tour"]),
        path=shown,
    )


MAX_ENTRY_BYTES = 256 * 1024 * 1024


class PlateCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, data: bytes, shown: str) -> Plate | None:
        if len(data) < MIN_BYTES:
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
        if len(data) < MIN_BYTES:
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
