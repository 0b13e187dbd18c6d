"""Plate files (YAML, format version 1) -> validated `Plate` records.

Reading happens in two steps, as in orange-canvas-core's readwrite: the YAML
nodes are checked field by field into records (every problem collected with
its line), and only a file without problems becomes a `Plate`.
"""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from app.gc_pause import gc_paused
from app.io import plate_fields as field_table
from app.io.errors import FileProblem, PlateError
from app.io.node_reader import NodeReader, What, line_of
from app.io.plate_fields import MAX_LABEL, MAX_SHORT_TEXT
from app.io.yaml_source import YamlSourceError, compose_bytes
from app.model.graph import containment_cycle
from app.model.layout import complete_layout, header_width
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
from app.model.problems import Code, Problem

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

# the keys of each part of the file, as the table of plate fields (app/io/plate_fields) has them
PLATE_KEYS, PLATE_OPTIONAL = field_table.PLATE.required, field_table.PLATE.optional
ELEMENT_KEYS, ELEMENT_OPTIONAL = field_table.ELEMENT.required, field_table.ELEMENT.optional
ELEMENT = Problem.of(Code.IN_ELEMENT)
QUESTION = Problem.of(Code.IN_QUESTION)
FIELD = Problem.of(Code.IN_FIELD)
STEP = Problem.of(Code.IN_TOUR_STEP)


def _key(what: What, key: str) -> Problem:
    """A key of a part of the file: "onderdeel 'x': label"."""
    return Problem.of(Code.IN_KEY, what=what, key=key)


class _PlateParser:
    def __init__(self, path: str) -> None:
        self.path = path
        self.read = NodeReader(path)
        self.broken_ids: set[str] = set()
        self.elements_refused = False

    def source(self, node: yaml.Node) -> Source:
        return Source(self.path, line_of(node))

    def parse(self, root: yaml.Node | None) -> Plate | None:
        read = self.read
        if root is None:
            read.problem(None, Problem.of(Code.FILE_EMPTY))
            return None
        fields = read.mapping(root, Problem.of(Code.IN_PLATE), PLATE_KEYS, PLATE_OPTIONAL)
        if fields is None:
            return None
        if "format" in fields:
            version = read.integer(fields["format"], "format")
            if version is not None and version != FORMAT_VERSION:
                read.problem(
                    fields["format"],
                    Problem.of(Code.FORMAT_VERSION, version=version, supported=FORMAT_VERSION),
                )
                return None
        number = read.integer(fields["number"], "number", minimum=1) if "number" in fields else None
        plate_id = read.identifier(fields["id"], "id") if "id" in fields else None
        title = read.text(fields["title"], "title", limit=MAX_LABEL) if "title" in fields else None
        intro = read.text(fields["intro"], "intro") if "intro" in fields else None
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
        assert number is not None and plate_id and title and intro
        plate = Plate(
            format=FORMAT_VERSION,
            number=number,
            id=plate_id,
            title=title.strip(),
            intro=intro.strip(),
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
                Problem.of(Code.CONTAINMENT_CYCLE, cycle=" -> ".join(cycle + cycle[:1])),
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
                Problem.of(
                    Code.RELATIONS_PER_ELEMENT,
                    relations=len(plate.relations),
                    elements=len(plate.elements),
                    most=RELATIONS_PER_ELEMENT,
                ),
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
                    Problem.of(Code.NESTED_ELEMENTS, id=element.id, most=MAX_NESTING),
                    line=element.source.line if element.source else 1,
                )
                return False
        return True

    def size_fits(
        self, size: tuple[float, float], node: yaml.Node, *, laid_out: bool = False
    ) -> bool:
        width, height = size
        problem: Problem | None = None
        if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
            problem = Problem.of(Code.SIDES_RANGE, low=int(MIN_SIDE), high=int(MAX_SIDE))
        elif max(width, height) > MAX_ASPECT * min(width, height):
            problem = Problem.of(Code.ASPECT, ratio=f"{MAX_ASPECT:g}")
        if problem is None:
            return True
        code = Code.LAYOUT_NEEDS if laid_out else Code.SIZE_BAD
        self.read.problem(node, Problem.of(code, width=width, height=height, problem=problem))
        return False

    def size(self, node: yaml.Node) -> tuple[float, float] | None:
        items = self.read.sequence(node, "size")
        if items is None:
            return None
        if len(items) != 2:
            self.read.problem(node, Problem.of(Code.SIZE_SHAPE))
            return None
        values = [self.read.number(item, "size") for item in items]
        if None in values:
            return None
        width, height = (float(v) for v in values if v is not None)
        if width <= 0 or height <= 0:
            self.read.problem(node, Problem.of(Code.SIZE_POSITIVE))
            return None
        if not self.size_fits((width, height), node):
            return None
        return width, height

    def rect(self, node: yaml.Node, what: What, size: tuple[float, float] | None) -> Rect | None:
        items = self.read.sequence(node, what)
        if items is None:
            return None
        if len(items) != 4:
            self.read.problem(node, Problem.of(Code.RECT_SHAPE, what=what))
            return None
        values = [self.read.number(item, what) for item in items]
        if None in values:
            return None
        x, y, w, h = (float(v) for v in values if v is not None)
        if w <= 0 or h <= 0:
            self.read.problem(node, Problem.of(Code.RECT_POSITIVE, what=what))
            return None
        outside = size and (x + w > size[0] + 0.5 or y + h > size[1] + 0.5)
        if x < 0 or y < 0 or outside:
            rect = f"{x:g}, {y:g}, {w:g}, {h:g}"
            self.read.problem(node, Problem.of(Code.RECT_OUTSIDE, what=what, rect=rect))
            return None
        return Rect(x, y, w, h)

    def elements(self, node: yaml.Node | None, size: tuple[float, float] | None) -> list[Element]:
        if node is None:
            return []
        items = self.read.sequence(node, "elements")
        if items is None:
            return []
        if len(items) > MAX_ELEMENTS:
            self.read.problem(node, Problem.of(Code.TOO_MANY_ELEMENTS, most=MAX_ELEMENTS))
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
                    Problem.of(Code.ELEMENT_ID_TWICE, id=element.id, line=str(seen[element.id])),
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
                        Problem.of(Code.INSIDE_UNKNOWN, id=element_id, container=container_id),
                    )
                elif not container.is_container:
                    self.read.problem(
                        ref_node,
                        Problem.of(
                            Code.INSIDE_NOT_CONTAINER,
                            id=element_id,
                            container=container_id,
                            kind=str(container.kind),
                        ),
                    )
        return elements

    def element(
        self,
        node: yaml.Node,
        size: tuple[float, float] | None,
        inside_nodes: dict[str, list[tuple[str, yaml.Node]]],
    ) -> Element | None:
        read = self.read
        fields = read.mapping(node, ELEMENT, ELEMENT_KEYS, ELEMENT_OPTIONAL)
        if fields is None or any(k not in fields for k in ELEMENT_KEYS):
            return None
        element_id = read.identifier(fields["id"], Problem.of(Code.IN_ELEMENT_ID))
        what = Problem.of(Code.IN_ELEMENT_NAMED, id=element_id) if element_id else ELEMENT
        label = read.text(fields["label"], _key(what, "label"), limit=MAX_LABEL)
        kind = read.choice(fields["kind"], _key(what, "kind"), ElementKind)
        role = read.choice(fields["role"], _key(what, "role"), Role)
        text = (
            read.text(fields["text"], _key(what, "text"), limit=MAX_SHORT_TEXT)
            if "text" in fields
            else ""
        )
        guide = read.text(fields["guide"], _key(what, "guide")) if "guide" in fields else ""
        rect = self.rect(fields["rect"], _key(what, "rect"), size) if "rect" in fields else None
        marked = (
            read.boolean(fields["marked"], _key(what, "marked")) if "marked" in fields else False
        )
        inside: list[str] = []
        if "inside" in fields:
            for value, value_node in read.text_list(fields["inside"], _key(what, "inside")):
                inside.append(value)
                if element_id:
                    inside_nodes.setdefault(element_id, []).append((value, value_node))
        # a bad rect is already reported; keeping the element avoids a cascade of
        # "unknown element" messages from relations that point to it
        if None in (element_id, label, kind, role, text, guide, marked):
            if element_id:
                self.broken_ids.add(element_id)
            return None
        assert element_id and label and kind and role
        return Element(
            id=element_id,
            label=label.strip(),
            kind=kind,
            role=role,
            text=(text or "").strip(),
            guide=(guide or "").strip(),
            inside=tuple(inside),
            rect=rect,
            marked=bool(marked),
            source=self.source(node),
        )

    def relations(self, node: yaml.Node | None, element_ids: set[str]) -> list[Relation]:
        if node is None:
            return []
        items = self.read.sequence(node, "relations")
        if items is None:
            return []
        if len(items) > MAX_RELATIONS:
            self.read.problem(node, Problem.of(Code.TOO_MANY_RELATIONS, most=MAX_RELATIONS))
            return []
        relations: list[Relation] = []
        seen: set[str] = set()
        for item in items:
            fields = self.read.mapping(
                item,
                Problem.of(Code.IN_RELATION),
                field_table.RELATION.required,
                field_table.RELATION.optional,
            )
            if fields is None or any(k not in fields for k in field_table.RELATION.required):
                continue
            relation_id = self.read.identifier(fields["id"], Problem.of(Code.IN_RELATION_ID))
            what = Problem.of(Code.IN_RELATION_NAMED, id=str(relation_id))
            source_id = self.read.text(fields["from"], _key(what, "from"))
            target_id = self.read.text(fields["to"], _key(what, "to"))
            kind = self.read.choice(fields["kind"], _key(what, "kind"), RelationKind)
            label = (
                self.read.text(fields["label"], _key(what, "label"), limit=MAX_LABEL)
                if "label" in fields
                else ""
            )
            if None in (relation_id, source_id, target_id, kind, label):
                continue
            assert relation_id and source_id and target_id and kind
            if relation_id in seen:
                self.read.problem(item, Problem.of(Code.RELATION_ID_TWICE, id=relation_id))
                continue
            seen.add(relation_id)
            if source_id not in element_ids:
                unknown = Problem.of(Code.RELATION_FROM_UNKNOWN, what=what, id=source_id)
                self.read.problem(fields["from"], unknown)
                continue
            if ":" in target_id and not CROSS_PLATE_REF.match(target_id):
                self.read.problem(
                    fields["to"],
                    Problem.of(Code.RELATION_TO_FORM, what=what, target=target_id),
                )
                continue
            if ":" not in target_id and target_id not in element_ids:
                unknown = Problem.of(Code.RELATION_TO_UNKNOWN, what=what, id=target_id)
                self.read.problem(fields["to"], unknown)
                continue
            if source_id == target_id:
                self.read.problem(item, Problem.of(Code.RELATION_SELF, what=what))
                continue
            relations.append(
                Relation(relation_id, source_id, target_id, kind, label or "", self.source(item))
            )
        return relations

    def worksheet(self, node: yaml.Node, element_ids: set[str]) -> Worksheet | None:
        read = self.read
        fields = read.mapping(node, "worksheet", field_table.WORKSHEET.required)
        if fields is None or any(k not in fields for k in ("title", "intro", "questions")):
            return None
        title = read.text(fields["title"], "worksheet: title", limit=MAX_LABEL)
        intro = read.text(fields["intro"], "worksheet: intro")
        questions: list[Question] = []
        question_nodes = read.sequence(fields["questions"], "worksheet: questions") or []
        if len(question_nodes) > MAX_QUESTIONS:
            read.problem(
                fields["questions"], Problem.of(Code.TOO_MANY_QUESTIONS, most=MAX_QUESTIONS)
            )
            return None
        for item in question_nodes:
            question = self.question(item, element_ids)
            if question:
                questions.append(question)
        if not questions:
            read.problem(fields["questions"], Problem.of(Code.NO_QUESTIONS))
        ids = [q.id for q in questions]
        if len(ids) != len(set(ids)):
            read.problem(fields["questions"], Problem.of(Code.QUESTION_IDS_TWICE))
        if title is None or intro is None:
            return None
        return Worksheet(title.strip(), intro.strip(), tuple(questions))

    def question(self, node: yaml.Node, element_ids: set[str]) -> Question | None:
        read = self.read
        fields = read.mapping(
            node, QUESTION, field_table.QUESTION.required, field_table.QUESTION.optional
        )
        if fields is None or any(k not in fields for k in ("id", "text", "answer")):
            return None
        question_id = read.identifier(fields["id"], _key(QUESTION, "id"))
        text = read.text(fields["text"], _key(QUESTION, "text"), limit=MAX_LABEL)
        answer = read.choice(fields["answer"], _key(QUESTION, "answer"), AnswerShape)
        element = self.element_ref(fields.get("element"), element_ids, _key(QUESTION, "element"))
        answer_fields: list[QuestionField] = []
        field_nodes = (
            read.sequence(fields["fields"], _key(QUESTION, "fields")) if "fields" in fields else []
        )
        if field_nodes and len(field_nodes) > MAX_FIELDS:
            read.problem(fields["fields"], Problem.of(Code.TOO_MANY_FIELDS, most=MAX_FIELDS))
            return None
        for item in field_nodes or []:
            field_map = read.mapping(
                item,
                FIELD,
                field_table.QUESTION_FIELD.required,
                field_table.QUESTION_FIELD.optional,
            )
            if not field_map or "id" not in field_map or "label" not in field_map:
                continue
            field_id = read.identifier(field_map["id"], _key(FIELD, "id"))
            label = read.text(field_map["label"], _key(FIELD, "label"), limit=MAX_LABEL)
            hint = (
                read.text(field_map["hint"], _key(FIELD, "hint"), limit=MAX_SHORT_TEXT)
                if "hint" in field_map
                else ""
            )
            anchor = self.element_ref(field_map.get("element"), element_ids, _key(FIELD, "element"))
            if field_id and label and hint is not None and anchor is not None:
                answer_fields.append(QuestionField(field_id, label.strip(), anchor, hint.strip()))
        if not (question_id and text and answer) or element is None:
            return None
        return Question(
            question_id, text.strip(), answer, tuple(answer_fields), element, self.source(node)
        )

    def element_ref(self, node: yaml.Node | None, element_ids: set[str], what: What) -> str | None:
        if node is None:
            return ""
        value = self.read.text(node, what)
        if value is not None and value not in element_ids:
            self.read.problem(node, Problem.of(Code.NOT_AN_ELEMENT, what=what, value=value))
            return None
        return value

    def tour(self, node: yaml.Node, element_ids: set[str]) -> tuple[TourStep, ...]:
        steps: list[TourStep] = []
        items = self.read.sequence(node, "tour") or []
        if len(items) > MAX_TOUR_STEPS:
            self.read.problem(node, Problem.of(Code.TOO_MANY_STEPS, most=MAX_TOUR_STEPS))
            return ()
        for item in items:
            fields = self.read.mapping(item, STEP, field_table.TOUR_STEP.required)
            if not fields or "elements" not in fields or "caption" not in fields:
                continue
            ids = []
            for value, value_node in self.read.text_list(
                fields["elements"], _key(STEP, "elements")
            ):
                if value not in element_ids:
                    self.read.problem(value_node, Problem.of(Code.STEP_UNKNOWN, id=value))
                ids.append(value)
            caption = self.read.text(fields["caption"], _key(STEP, "caption"), limit=MAX_SHORT_TEXT)
            if caption and ids:
                steps.append(TourStep(tuple(ids), caption.strip()))
        return tuple(steps)


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
        raise PlateError([FileProblem(path, 1, Problem.of(Code.TOO_DEEP))]) from None
    if plate is None:
        problems = parser.read.problems or [FileProblem(path, 1, Problem.of(Code.PLATE_INCOMPLETE))]
        raise PlateError(sorted(problems, key=lambda p: p.line))
    return plate
