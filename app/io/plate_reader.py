"""Plate files (YAML, format version 1) -> validated `Plate` records.

Reading happens in two steps, as in orange-canvas-core's readwrite: the YAML
nodes are checked field by field into records (every problem collected with
its line), and only a file without problems becomes a `Plate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import yaml

from app.gc_pause import gc_paused
from app.io.errors import FileProblem, PlateError
from app.io.node_reader import MAX_TEXT, NodeReader, dutch_number, line_of
from app.io.plate_fields import (
    ELEMENT,
    MAX_LABEL,
    MAX_SHORT_TEXT,
    PLATE,
    QUESTION,
    QUESTION_FIELD,
    RELATION,
    TOUR_STEP,
    WORKSHEET,
    Field,
    Kind,
    Table,
)
from app.io.yaml_source import YamlSourceError, compose_bytes
from app.model.graph import containment_cycle
from app.model.layout import complete_layout, header_width
from app.model.plate import (
    Element,
    Plate,
    Question,
    QuestionField,
    Rect,
    Relation,
    Source,
    TourStep,
    Worksheet,
)

FORMAT_VERSION = 1
CROSS_PLATE_REF = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}:[a-z0-9][a-z0-9_-]{0,63}$")
# Limits that keep an accepted plate usable: the worst plate `check` accepts opens
# within 2 s and 500 MB (measured in benchmarks/hostile_plates.py). The shipped
# plates have at most 48 elements, 18 relations, labels of 85 characters.
MAX_ELEMENTS = 2_000
MAX_RELATIONS = 4_000
RELATIONS_PER_ELEMENT = 4  # and at most this many per element on the plate
MAX_NESTING = 12  # regions inside regions
MIN_SIDE, MAX_SIDE = 100.0, 20_000.0  # plate width and height, in plate units
MAX_ASPECT = 10.0  # the long side at most ten times the short side
MAX_TIPS, MAX_QUESTIONS, MAX_FIELDS, MAX_TOUR_STEPS = 20, 50, 20, 500

SIMPLE = frozenset(
    {
        Kind.INT,
        Kind.COUNT,
        Kind.IDENTIFIER,
        Kind.REF,
        Kind.LABEL,
        Kind.SHORT,
        Kind.TEXT,
        Kind.BOOL,
        Kind.CHOICE,
    }
)


class _PlateParser:
    def __init__(self, path: str) -> None:
        self.path = path
        self.read = NodeReader(path)
        self.broken_ids: set[str] = set()
        self.elements_refused = False

    def source(self, node: yaml.Node) -> Source:
        return Source(self.path, line_of(node))

    def keys(self, node: yaml.Node, what: str, table: Table) -> dict[str, yaml.Node] | None:
        """The record's keys as its table names them; None when a required one is missing."""
        fields = self.read.mapping(node, what, table.required, table.optional)
        if fields is None or any(k not in fields for k in table.required):
            return None
        return fields

    def simple(self, node: yaml.Node, f: Field, what: str) -> Any:
        """A simple field's value as its kind reads it (texts stripped); None if wrong."""
        read = self.read
        match f.kind:
            case Kind.INT | Kind.COUNT:
                return read.integer(node, what, minimum=1 if f.kind == Kind.COUNT else 0)
            case Kind.IDENTIFIER:
                return read.identifier(node, what)
            case Kind.REF:
                return read.text(node, what)
            case Kind.BOOL:
                return read.boolean(node, what)
            case Kind.CHOICE:
                assert f.enum is not None
                return read.choice(node, what, f.enum)
        limit = {Kind.LABEL: MAX_LABEL, Kind.SHORT: MAX_SHORT_TEXT}.get(f.kind, MAX_TEXT)
        text = read.text(node, what, limit=limit)
        return text.strip() if text is not None else None

    def simple_values(
        self,
        fields: dict[str, yaml.Node],
        table: Table,
        what: Callable[[str], str],
        skip: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """The simple fields of a record by attribute: read from the file, the default where
        the file leaves an optional one out, None where it is wrong or missing."""
        values: dict[str, Any] = {}
        for f in table.fields:
            if not f.in_file or f.kind not in SIMPLE or f.key in skip:
                continue
            if f.key in fields:
                values[f.name] = self.simple(fields[f.key], f, what(f.key))
            else:
                values[f.name] = None if f.required else f.default
        return values

    def parse(self, root: yaml.Node | None) -> Plate | None:
        read = self.read
        if root is None:
            read.problem(None, "het bestand is leeg")
            return None
        fields = read.mapping(root, "plaat", PLATE.required, PLATE.optional)
        if fields is None:
            return None
        if "format" in fields:
            version = read.integer(fields["format"], "format")
            if version is not None and version != FORMAT_VERSION:
                read.problem(
                    fields["format"],
                    f"formaatversie {version} wordt niet ondersteund; "
                    f"deze app leest versie {FORMAT_VERSION}",
                )
                return None
        simple = self.simple_values(fields, PLATE, lambda key: key, skip=("format",))
        number, plate_id, title, intro = (simple[k] for k in ("number", "id", "title", "intro"))
        # no size: the plate is as large as its layout; a size the layout needs more than grows
        size = self.size(fields["size"]) if "size" in fields else None
        size_bad = "size" in fields and size is None
        tips = (
            tuple(
                v
                for v, _ in read.text_list(
                    fields["tips"], "tips", limit=MAX_SHORT_TEXT, most=MAX_TIPS
                )
            )
            if "tips" in fields
            else ()
        )

        elements = self.elements(fields.get("elements"), size)
        # elements with a problem of their own still count as known, so that one
        # mistake is not reported again by every relation and question naming them
        ids = {e.id for e in elements} | self.broken_ids
        relations = [] if self.elements_refused else self.relations(fields.get("relations"), ids)
        worksheet = self.worksheet(fields["worksheet"], ids) if "worksheet" in fields else None
        tour = self.tour(fields["tour"], ids) if "tour" in fields else ()

        if read.problems or None in (number, plate_id, title, intro) or size_bad:
            return None
        plate = Plate(
            format=FORMAT_VERSION,
            number=number,
            id=plate_id,
            title=title,
            intro=intro,
            size=size or (0.0, 0.0),  # set by the layout below
            elements=tuple(elements),
            relations=tuple(relations),
            tips=tips,
            worksheet=worksheet,
            tour=tour,
            path=self.path,
        )
        cycle = containment_cycle(plate)
        if cycle:
            first = plate.element(cycle[0])
            read.problem(
                None,
                "onderdelen liggen in een kring in elkaar: " + " -> ".join(cycle + cycle[:1]),
                line=first.source.line if first.source else 1,
            )
            return None
        if not self.counts_fit(plate, fields):
            return None
        placed, final_size = complete_layout(
            plate.elements, plate.relations, size, header_width(plate.title, bool(plate.tips))
        )
        if size is None and not self.size_fits(final_size, fields["elements"], laid_out=True):
            return None
        return replace(plate, elements=placed, size=final_size)

    def counts_fit(self, plate: Plate, fields: dict[str, yaml.Node]) -> bool:
        """Relations per element and nesting depth: what the checks per item cannot see."""
        most = RELATIONS_PER_ELEMENT * len(plate.elements)
        if len(plate.relations) > most:
            self.read.problem(
                fields["relations"],
                f"{dutch_number(len(plate.relations))} verbanden bij "
                f"{dutch_number(len(plate.elements))} onderdelen; hoogstens "
                f"{RELATIONS_PER_ELEMENT} per onderdeel",
            )
            return False
        by_id = {e.id: e for e in plate.elements}
        depth: dict[str, int] = {}  # how many containers around an element (no cycles: checked)
        for element in plate.elements:
            stack = [element.id]
            while stack:
                top = stack[-1]
                around = [c for c in by_id[top].inside if c in by_id]
                waiting = [c for c in around if c not in depth]
                if waiting:
                    stack.extend(waiting)
                    continue
                depth[top] = 1 + max((depth[c] for c in around), default=-1)
                stack.pop()
            if depth[element.id] > MAX_NESTING:
                self.read.problem(
                    None,
                    f"onderdeel '{element.id}' ligt meer dan {MAX_NESTING} niveaus diep in "
                    "andere onderdelen",
                    line=element.source.line if element.source else 1,
                )
                return False
        return True

    def size_fits(
        self, size: tuple[float, float], node: yaml.Node, *, laid_out: bool = False
    ) -> bool:
        width, height = size
        problem = ""
        if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
            problem = (
                f"breedte en hoogte moeten tussen {dutch_number(int(MIN_SIDE))} en "
                f"{dutch_number(int(MAX_SIDE))} liggen"
            )
        elif max(width, height) > MAX_ASPECT * min(width, height):
            problem = f"de lange kant mag hoogstens {MAX_ASPECT:g} keer de korte kant zijn"
        if not problem:
            return True
        shown = f"{_number(width)} × {_number(height)}"
        if laid_out:
            self.read.problem(
                node, f"de onderdelen hebben samen {shown} nodig; {problem} (zet size en rect)"
            )
        else:
            self.read.problem(node, f"size {shown}: {problem}")
        return False

    def size(self, node: yaml.Node) -> tuple[float, float] | None:
        items = self.read.sequence(node, "size")
        if items is None:
            return None
        if len(items) != 2:
            self.read.problem(node, "size moet [breedte, hoogte] zijn")
            return None
        values = [self.read.number(item, "size") for item in items]
        if None in values:
            return None
        width, height = (float(v) for v in values if v is not None)
        if width <= 0 or height <= 0:
            self.read.problem(node, "size moet groter dan 0 zijn")
            return None
        if not self.size_fits((width, height), node):
            return None
        return width, height

    def rect(self, node: yaml.Node, what: str, size: tuple[float, float] | None) -> Rect | None:
        items = self.read.sequence(node, what)
        if items is None:
            return None
        if len(items) != 4:
            self.read.problem(node, f"{what} moet [x, y, breedte, hoogte] zijn")
            return None
        values = [self.read.number(item, what) for item in items]
        if None in values:
            return None
        x, y, w, h = (float(v) for v in values if v is not None)
        if w <= 0 or h <= 0:
            self.read.problem(node, f"{what}: breedte en hoogte moeten groter dan 0 zijn")
            return None
        outside = size and (x + w > size[0] + 0.5 or y + h > size[1] + 0.5)
        if x < 0 or y < 0 or outside:
            self.read.problem(node, f"{what} [{x:g}, {y:g}, {w:g}, {h:g}] ligt buiten de plaat")
            return None
        return Rect(x, y, w, h)

    def elements(self, node: yaml.Node | None, size: tuple[float, float] | None) -> list[Element]:
        if node is None:
            return []
        items = self.read.sequence(node, "elements")
        if items is None:
            return []
        if len(items) > MAX_ELEMENTS:
            self.read.problem(node, f"meer dan {dutch_number(MAX_ELEMENTS)} onderdelen")
            self.elements_refused = True  # the relations cannot be checked against them
            return []
        elements: list[Element] = []
        seen: dict[str, int] = {}
        inside_nodes: dict[str, list[tuple[str, yaml.Node]]] = {}
        for item in items:
            element = self.element(item, size, inside_nodes)
            if element is None:
                continue
            if element.id in seen:
                self.read.problem(
                    item,
                    f"onderdeel-id '{element.id}' komt twee keer voor "
                    f"(eerst op regel {seen[element.id]})",
                )
                continue
            seen[element.id] = line_of(item)
            elements.append(element)
        by_id = {e.id: e for e in elements}
        for element_id, refs in inside_nodes.items():
            for container_id, ref_node in refs:
                container = by_id.get(container_id)
                if container is None:
                    self.read.problem(
                        ref_node,
                        f"onderdeel '{element_id}' ligt in onbekend onderdeel '{container_id}'",
                    )
                elif not container.is_container:
                    self.read.problem(
                        ref_node,
                        f"onderdeel '{element_id}' ligt in '{container_id}', maar dat is een "
                        f"{container.kind}, geen region of ring",
                    )
        return elements

    def element(
        self,
        node: yaml.Node,
        size: tuple[float, float] | None,
        inside_nodes: dict[str, list[tuple[str, yaml.Node]]],
    ) -> Element | None:
        read = self.read
        fields = self.keys(node, "onderdeel", ELEMENT)
        if fields is None:
            return None
        element_id = read.identifier(fields["id"], "onderdeel-id")
        what = f"onderdeel '{element_id}'" if element_id else "onderdeel"
        values = self.simple_values(fields, ELEMENT, _under(what), skip=("id",))
        rect = self.rect(fields["rect"], f"{what}: rect", size) if "rect" in fields else None
        inside: list[str] = []
        if "inside" in fields:
            for value, value_node in read.text_list(fields["inside"], f"{what}: inside"):
                inside.append(value)
                if element_id:
                    inside_nodes.setdefault(element_id, []).append((value, value_node))
        # a bad rect is already reported; keeping the element avoids a cascade of
        # "unknown element" messages from relations that point to it
        if element_id is None or None in values.values():
            if element_id:
                self.broken_ids.add(element_id)
            return None
        return Element(
            id=element_id, inside=tuple(inside), rect=rect, source=self.source(node), **values
        )

    def relations(self, node: yaml.Node | None, element_ids: set[str]) -> list[Relation]:
        if node is None:
            return []
        items = self.read.sequence(node, "relations")
        if items is None:
            return []
        if len(items) > MAX_RELATIONS:
            self.read.problem(node, f"meer dan {dutch_number(MAX_RELATIONS)} verbanden")
            return []
        relations: list[Relation] = []
        seen: set[str] = set()
        for item in items:
            fields = self.keys(item, "verband", RELATION)
            if fields is None:
                continue
            relation_id = self.read.identifier(fields["id"], "verband-id")
            what = f"verband '{relation_id}'"
            values = self.simple_values(fields, RELATION, _under(what), skip=("id",))
            if relation_id is None or None in values.values():
                continue
            source_id, target_id = str(values["source_id"]), str(values["target_id"])
            if relation_id in seen:
                self.read.problem(item, f"verband-id '{relation_id}' komt twee keer voor")
                continue
            seen.add(relation_id)
            if source_id not in element_ids:
                self.read.problem(
                    fields["from"], f"{what} begint bij onbekend onderdeel '{source_id}'"
                )
                continue
            if ":" in target_id and not CROSS_PLATE_REF.match(target_id):
                self.read.problem(
                    fields["to"],
                    f"{what}: to '{target_id}' moet 'onderdeel' of 'plaat-id:onderdeel' zijn",
                )
                continue
            if ":" not in target_id and target_id not in element_ids:
                self.read.problem(
                    fields["to"], f"{what} wijst naar onbekend onderdeel '{target_id}'"
                )
                continue
            if source_id == target_id:
                self.read.problem(item, f"{what} wijst naar zichzelf")
                continue
            relations.append(Relation(id=relation_id, source=self.source(item), **values))
        return relations

    def worksheet(self, node: yaml.Node, element_ids: set[str]) -> Worksheet | None:
        read = self.read
        fields = self.keys(node, "worksheet", WORKSHEET)
        if fields is None:
            return None
        values = self.simple_values(fields, WORKSHEET, _under("worksheet"))
        questions: list[Question] = []
        question_nodes = read.sequence(fields["questions"], "worksheet: questions") or []
        if len(question_nodes) > MAX_QUESTIONS:
            read.problem(fields["questions"], f"meer dan {MAX_QUESTIONS} vragen")
            return None
        for item in question_nodes:
            question = self.question(item, element_ids)
            if question:
                questions.append(question)
        if not questions:
            read.problem(fields["questions"], "het werkblad heeft geen vragen")
        ids = [q.id for q in questions]
        if len(ids) != len(set(ids)):
            read.problem(fields["questions"], "twee vragen van het werkblad hebben dezelfde id")
        if None in values.values():
            return None
        return Worksheet(questions=tuple(questions), **values)

    def question(self, node: yaml.Node, element_ids: set[str]) -> Question | None:
        read = self.read
        fields = self.keys(node, "vraag", QUESTION)
        if fields is None:
            return None
        values = self.simple_values(fields, QUESTION, _under("vraag"), skip=("element",))
        element = self.element_ref(fields.get("element"), element_ids, "vraag: element")
        answer_fields: list[QuestionField] = []
        field_nodes = read.sequence(fields["fields"], "vraag: fields") if "fields" in fields else []
        if field_nodes and len(field_nodes) > MAX_FIELDS:
            read.problem(fields["fields"], f"meer dan {MAX_FIELDS} velden")
            return None
        for item in field_nodes or []:
            field_map = self.keys(item, "veld", QUESTION_FIELD)
            if not field_map:
                continue
            field_values = self.simple_values(
                field_map, QUESTION_FIELD, _under("veld"), skip=("element",)
            )
            anchor = self.element_ref(field_map.get("element"), element_ids, "veld: element")
            if None not in field_values.values() and anchor is not None:
                answer_fields.append(QuestionField(element=anchor, **field_values))
        if None in values.values() or element is None:
            return None
        return Question(
            fields=tuple(answer_fields), element=element, source=self.source(node), **values
        )

    def element_ref(self, node: yaml.Node | None, element_ids: set[str], what: str) -> str | None:
        if node is None:
            return ""
        value = self.read.text(node, what)
        if value is not None and value not in element_ids:
            self.read.problem(node, f"{what} '{value}' is geen onderdeel van deze plaat")
            return None
        return value

    def tour(self, node: yaml.Node, element_ids: set[str]) -> tuple[TourStep, ...]:
        steps: list[TourStep] = []
        items = self.read.sequence(node, "tour") or []
        if len(items) > MAX_TOUR_STEPS:
            self.read.problem(node, f"meer dan {MAX_TOUR_STEPS} stappen in de rondleiding")
            return ()
        for item in items:
            fields = self.keys(item, "stap van de rondleiding", TOUR_STEP)
            if not fields:
                continue
            ids = []
            for value, value_node in self.read.text_list(
                fields["elements"], "stap van de rondleiding: elements"
            ):
                if value not in element_ids:
                    self.read.problem(
                        value_node, f"stap van de rondleiding toont onbekend onderdeel '{value}'"
                    )
                ids.append(value)
            values = self.simple_values(fields, TOUR_STEP, _under("stap van de rondleiding"))
            if values["caption"] and ids:
                steps.append(TourStep(elements=tuple(ids), **values))
        return tuple(steps)


def _under(what: str) -> Callable[[str], str]:
    """How a field of `what` is named in a problem: "vraag: text"."""
    return lambda key: f"{what}: {key}"


def _number(value: float) -> str:
    return dutch_number(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"


def parse_plate_bytes(data: bytes, path: str) -> Plate:
    """A validated plate from a file's bytes; raises PlateError listing every problem."""
    with gc_paused():
        return _parse_plate_bytes(data, path)


def _parse_plate_bytes(data: bytes, path: str) -> Plate:
    try:
        root = compose_bytes(data, path)
    except YamlSourceError as problem:
        raise PlateError([problem.problem]) from None
    parser = _PlateParser(path)
    try:
        plate = parser.parse(root)
    except RecursionError:
        raise PlateError([FileProblem(path, 1, "het bestand is te diep genest")]) from None
    if plate is None:
        problems = parser.read.problems or [FileProblem(path, 1, "de plaat is onvolledig")]
        raise PlateError(sorted(problems, key=lambda p: p.line))
    return plate
