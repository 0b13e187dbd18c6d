"""The fields of a plate file, once: name, type, default and whether it must be there.

The reader (`plate_reader`) takes the keys of each part of the file (which must
be there, which may) and the text limits from these tables; the cache
(`plate_cache`) writes and reads a plate record by record in the order they
give. A new plate field is one row here, one attribute of its record in
`app.model.plate` and the reader's check of its value; tests check that every
attribute of every record has its row, and that the schema for editors
(resources/plate.schema.json, written by hand) has the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from app.model.plate import (
    AnswerShape,
    Element,
    ElementKind,
    Plate,
    Question,
    QuestionField,
    Relation,
    RelationKind,
    Role,
    TourStep,
    Worksheet,
)

MAX_LABEL = 300  # titles, labels, relation labels, question texts, field labels
MAX_SHORT_TEXT = 2_000  # a card's own text, tips, captions, hints


class Kind(Enum):
    """How a field's value is read from the file and kept in the cache."""

    INT = "int"  # a whole number 0..1,000,000
    COUNT = "count"  # a whole number from 1
    IDENTIFIER = "identifier"  # lower case, digits, '-' and '_'
    REF = "ref"  # text naming an element (checked against the plate by the reader)
    LABEL = "label"  # text up to MAX_LABEL, stripped
    SHORT = "short"  # text up to MAX_SHORT_TEXT, stripped
    TEXT = "text"  # text up to the reader's MAX_TEXT, stripped (Markdown)
    BOOL = "bool"
    CHOICE = "choice"  # one of an enum's values (`Field.enum`)
    RECT = "rect"  # [x, y, width, height] on the plate
    SIZE = "size"  # [width, height]
    REFS = "refs"  # a list of element ids
    SHORTS = "shorts"  # a list of short texts
    RECORDS = "records"  # a list of records of `Field.table`
    RECORD = "record"  # one record of `Field.table`
    # not in the file: what the reader adds, kept by the cache all the same
    LINE = "line"  # the record's Source (file and line); the cache keeps the line
    FLAG = "flag"  # a yes/no the reader works out (an element placed by the layout)
    PATH = "path"  # the plate's file as shown


@dataclass(frozen=True)
class Field:
    key: str  # the key in the plate file ("" for what is not in the file)
    kind: Kind
    attr: str = ""  # the record's attribute, when it is not `key`
    required: bool = False
    default: object = None  # the value of an optional field the file leaves out
    enum: type[StrEnum] | None = None  # for Kind.CHOICE
    table: Table | None = None  # for Kind.RECORDS and Kind.RECORD

    @property
    def name(self) -> str:
        return self.attr or self.key

    @property
    def in_file(self) -> bool:
        return bool(self.key)


@dataclass(frozen=True)
class Table:
    record: type
    fields: tuple[Field, ...] = field(default=())

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.in_file and f.required)

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.in_file and not f.required)

    def __getitem__(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key or f.name == key:
                return f
        raise KeyError(key)


ELEMENT = Table(
    Element,
    (
        Field("id", Kind.IDENTIFIER, required=True),
        Field("label", Kind.LABEL, required=True),
        Field("kind", Kind.CHOICE, required=True, enum=ElementKind),
        Field("role", Kind.CHOICE, required=True, enum=Role),
        Field("text", Kind.SHORT, default=""),
        Field("guide", Kind.TEXT, default=""),
        Field("inside", Kind.REFS, default=()),
        Field("rect", Kind.RECT, default=None),
        Field("marked", Kind.BOOL, default=False),
        Field("", Kind.LINE, attr="source"),
        Field("", Kind.FLAG, attr="auto_placed", default=False),
    ),
)

RELATION = Table(
    Relation,
    (
        Field("id", Kind.IDENTIFIER, required=True),
        Field("from", Kind.REF, attr="source_id", required=True),
        Field("to", Kind.REF, attr="target_id", required=True),
        Field("kind", Kind.CHOICE, required=True, enum=RelationKind),
        Field("label", Kind.LABEL, default=""),
        Field("", Kind.LINE, attr="source"),
    ),
)

QUESTION_FIELD = Table(
    QuestionField,
    (
        Field("id", Kind.IDENTIFIER, required=True),
        Field("label", Kind.LABEL, required=True),
        Field("element", Kind.REF, default=""),
        Field("hint", Kind.SHORT, default=""),
    ),
)

QUESTION = Table(
    Question,
    (
        Field("id", Kind.IDENTIFIER, required=True),
        Field("text", Kind.LABEL, required=True),
        Field("answer", Kind.CHOICE, required=True, enum=AnswerShape),
        Field("fields", Kind.RECORDS, default=(), table=QUESTION_FIELD),
        Field("element", Kind.REF, default=""),
        Field("", Kind.LINE, attr="source"),
    ),
)

WORKSHEET = Table(
    Worksheet,
    (
        Field("title", Kind.LABEL, required=True),
        Field("intro", Kind.TEXT, required=True),
        Field("questions", Kind.RECORDS, required=True, table=QUESTION),
    ),
)

TOUR_STEP = Table(
    TourStep,
    (
        Field("elements", Kind.REFS, required=True),
        Field("caption", Kind.SHORT, required=True),
    ),
)

PLATE = Table(
    Plate,
    (
        Field("format", Kind.INT, required=True),
        Field("number", Kind.COUNT, required=True),
        Field("id", Kind.IDENTIFIER, required=True),
        Field("title", Kind.LABEL, required=True),
        Field("intro", Kind.TEXT, required=True),
        Field("size", Kind.SIZE, default=None),  # none: as large as the layout needs
        Field("elements", Kind.RECORDS, required=True, table=ELEMENT),
        Field("relations", Kind.RECORDS, default=(), table=RELATION),
        Field("tips", Kind.SHORTS, default=()),
        Field("worksheet", Kind.RECORD, default=None, table=WORKSHEET),
        Field("tour", Kind.RECORDS, default=(), table=TOUR_STEP),
        Field("", Kind.PATH, attr="path", default=""),
    ),
)

TABLES = (PLATE, ELEMENT, RELATION, WORKSHEET, QUESTION, QUESTION_FIELD, TOUR_STEP)
