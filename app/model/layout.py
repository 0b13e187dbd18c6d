"""Automatic layout for elements a plate file gives no `rect`.

Authors of their own plates may leave positions out. Each container (and the
plate itself) lays out its unplaced children as one block:

- siblings joined by directed relations (leads_to, supports, also between
  things inside them) become layers, left to right, as plate 1's stages do;
- everything else is packed in rows, in the order of the file;
- a container without a rect grows around its children; one with a rect
  keeps it and its unplaced children fill its free room below what is placed.

The result never overlaps: blocks are packed on shelves, and a block that
does not fit in a fixed container is scaled down to fit. Pure Python (the
model has no Qt); sizes are estimated from text length in the scene's fonts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from app.model.plate import DIRECTED_RELATIONS, Element, ElementKind, Rect, Relation

PLATE_MARGIN = 40.0
HEADER_SPACE = 130.0  # the plate's title bar (HeaderItem, 120 units) and some air
GAP = 24.0
LAYER_GAP = 64.0  # room for the arrows between layers
REGION_HEADER = 56.0
PADDING = 18.0
POSTER_ASPECT = math.sqrt(2)  # A-paper, landscape
CONTAINER_ASPECT = 1.6

TITLE_PX = 38.0  # the scene's title size (app/scene/style.py)
TIPS_BOX = 580.0  # the tips box in the header, with its margin

# average advance of a character, as a share of the font size (Inter)
CHAR_WIDTH = 0.55
LINE_HEIGHT = 1.3


@dataclass
class _Box:
    """A block being laid out: children at positions relative to its top-left."""

    width: float
    height: float
    placed: dict[str, tuple[float, float]]  # element id -> offset of its rect


def _lines(text: str, font_px: float, width: float) -> int:
    if not text:
        return 0
    per_line = max(1, int(width / (font_px * CHAR_WIDTH)))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.splitlines() or [""])


def estimated_size(element: Element) -> tuple[float, float]:
    """A leaf element's size: wide enough for its kind, tall enough for its text."""
    match element.kind:
        case ElementKind.CARD:
            width = 280.0
            inner = width - 28
            height = (
                25 + _lines(element.label, 19, inner) * 25 + _lines(element.text, 16, inner) * 21
            )
            return width, max(64.0, height + 4)
        case ElementKind.POINT:
            width = 250.0
            inner = width - 38
            height = (
                14 + _lines(element.label, 19, inner) * 25 + _lines(element.text, 16, inner) * 21
            )
            return width, max(48.0, height)
        case ElementKind.BADGE:
            width = 190.0
            return width, max(50.0, 12 + _lines(element.label, 19, width - 28) * 25)
        case ElementKind.TEXT:
            width = 420.0
            height = (
                8 + _lines(element.label, 21, width) * 28 + _lines(element.text, 16, width) * 21
            )
            return width, max(36.0, height)
        case _:  # an empty container
            return 300.0, 160.0


def _shelf_pack(sizes: list[tuple[str, float, float]], width: float) -> _Box:
    """Rows left to right, a new row when the next does not fit; in the given order."""
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = used_width = 0.0
    for key, w, h in sizes:
        if x > 0 and x + w > width:
            y += row_height + GAP
            x = row_height = 0.0
        placed[key] = (x, y)
        x += w + GAP
        row_height = max(row_height, h)
        used_width = max(used_width, x - GAP)
    return _Box(used_width, y + row_height if placed else 0.0, placed)


def _target_width(sizes: Iterable[tuple[float, float]], aspect: float) -> float:
    sizes = list(sizes)
    area = sum((w + GAP) * (h + GAP) for w, h in sizes)
    widest = max((w for w, _ in sizes), default=0.0)
    return max(widest, math.sqrt(area * aspect))


class _Layout:
    def __init__(
        self,
        elements: Sequence[Element],
        relations: Sequence[Relation],
        size: tuple[float, float] | None,
    ) -> None:
        self.size = size
        self.all = elements
        self.sizes: dict[str, tuple[float, float]] = {}  # of what block() placed
        self.elements = {e.id: e for e in elements}
        self.children: dict[str | None, list[str]] = {}
        for element in elements:  # an element inside two containers is laid out in the first
            parent = element.inside[0] if element.inside else None
            self.children.setdefault(parent, []).append(element.id)
        self.rects: dict[str, Rect] = {e.id: e.rect for e in elements if e.rect}
        self.auto: set[str] = set()
        # a relation between things inside two siblings links the siblings: found once
        # per relation, at the container where the two ends' chains of containers meet
        self.edges_by_parent: dict[str | None, list[tuple[str, str]]] = {}
        for relation in relations:
            if relation.kind in DIRECTED_RELATIONS and not relation.crosses_plates:
                pair = self._sibling_pair(relation.source_id, relation.target_id)
                if pair:
                    self.edges_by_parent.setdefault(pair[0], []).append(pair[1:])

    # --- containment helpers ------------------------------------------------------
    def _ancestry(self, element_id: str) -> list[str]:
        chain = [element_id]
        while True:
            inside = self.elements[chain[-1]].inside
            if not inside or inside[0] in chain:
                return chain
            chain.append(inside[0])

    def _parent(self, element_id: str) -> str | None:
        inside = self.elements[element_id].inside
        return inside[0] if inside else None

    def _sibling_pair(self, source: str, target: str) -> tuple[str | None, str, str] | None:
        """(their container, a, b): the siblings holding `source` and `target`."""
        if source not in self.elements or target not in self.elements:
            return None
        target_chain = self._ancestry(target)
        depth_in_target = {node: i for i, node in enumerate(target_chain)}
        source_chain = self._ancestry(source)
        for node in source_chain:
            if node in depth_in_target:  # one holds the other: no edge between siblings
                return None
            parent = self._parent(node)
            if parent is not None and parent in depth_in_target:
                return parent, node, target_chain[depth_in_target[parent] - 1]
        return None, source_chain[-1], target_chain[-1]

    def _fixed_bounds(self, element_id: str) -> Rect | None:
        """The bounding box of the placed elements at or under `element_id`."""
        boxes = [self.rects[n] for n in self._subtree(element_id) if n in self.rects]
        if not boxes:
            return None
        left = min(b.x for b in boxes)
        top = min(b.y for b in boxes)
        return Rect(
            left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top
        )

    def _subtree(self, element_id: str) -> list[str]:
        found, frontier = [], [element_id]
        while frontier:
            node = frontier.pop()
            found.append(node)
            frontier.extend(self.children.get(node, ()))
        return found

    # --- sizes of unplaced blocks ---------------------------------------------------
    def measure(self, element_id: str) -> _Box:
        """Size an unplaced element with everything in it (relative positions)."""
        element = self.elements[element_id]
        kids = self.children.get(element_id, [])
        if not element.is_container or not kids:
            w, h = estimated_size(element)
            return _Box(w, h, {})
        inner = self.block(kids, None, CONTAINER_ASPECT)
        top = REGION_HEADER + _lines(element.text, 16, max(inner.width, 260)) * 21
        width = max(inner.width + 2 * PADDING, 260.0)
        height = inner.height + top + PADDING
        placed = {k: (x + PADDING, y + top) for k, (x, y) in inner.placed.items()}
        if element.kind == ElementKind.RING:  # a circle around the block
            side = math.hypot(width, height) + 2 * PADDING
            dx, dy = (side - width) / 2, (side - height) / 2
            placed = {k: (x + dx, y + dy) for k, (x, y) in placed.items()}
            width = height = side
        return _Box(width, height, placed)

    def block(self, ids: list[str], width: float | None, aspect: float) -> _Box:
        """Lay out unplaced siblings: layered groups where first met in file order, rows around."""
        boxes = {i: self.measure(i) for i in ids}
        groups = self._directed_groups(ids)
        units: list[tuple[str, _Box]] = []  # a single element, or a layered group
        done: set[str] = set()
        for element_id in ids:
            if element_id in done:
                continue
            group = groups[element_id]
            if len(group) > 1:
                units.append((element_id, self._layered(group, boxes)))
            else:
                box = boxes[element_id]
                units.append((element_id, _Box(box.width, box.height, {element_id: (0, 0)})))
            done.update(group)
        if width is None:
            width = _target_width(((b.width, b.height) for _, b in units), aspect)
        shelf = _shelf_pack([(key, b.width, b.height) for key, b in units], width)
        placed: dict[str, tuple[float, float]] = {}
        for key, unit in units:
            ux, uy = shelf.placed[key]
            for member, (mx, my) in unit.placed.items():
                box = boxes[member]
                self.sizes[member] = (box.width, box.height)
                placed[member] = (ux + mx, uy + my)
                for inner, (ix, iy) in box.placed.items():
                    placed[inner] = (ux + mx + ix, uy + my + iy)
        return _Box(shelf.width, shelf.height, placed)

    def _directed_groups(self, ids: list[str]) -> dict[str, list[str]]:
        """Siblings joined (weakly) by directed relations, each group in file order."""
        members = set(ids)
        union: dict[str, str] = {i: i for i in ids}

        def find(node: str) -> str:
            while union[node] != node:
                union[node] = union[union[node]]
                node = union[node]
            return node

        for a, b in self._sibling_edges(members):
            union[find(a)] = find(b)
        groups: dict[str, list[str]] = {}
        for element_id in ids:
            groups.setdefault(find(element_id), []).append(element_id)
        return {i: groups[find(i)] for i in ids}

    def _sibling_edges(self, members: set[str]) -> list[tuple[str, str]]:
        if not members:
            return []
        parent = self._parent(next(iter(members)))
        return [
            (a, b) for a, b in self.edges_by_parent.get(parent, []) if a in members and b in members
        ]

    def _layered(self, group: list[str], boxes: dict[str, _Box]) -> _Box:
        """Columns by longest path from the sources; a cycle is broken at its element that
        comes first in the file (the edge back into it is drawn, not layered)."""
        order = {n: i for i, n in enumerate(group)}
        all_edges = self._sibling_edges(set(group))
        successors: dict[str, list[str]] = {}
        waiting = {n: 0 for n in group}  # incoming edges not yet passed
        for a, b in all_edges:
            successors.setdefault(a, []).append(b)
            waiting[b] += 1
        layer = {n: 0 for n in group}
        done: set[str] = set()
        ready = [n for n in group if waiting[n] == 0]
        while len(done) < len(group):
            if not ready:  # only cycles left: start at the first remaining in the file
                ready.append(next(n for n in group if n not in done))
            node = ready.pop(0)
            if node in done:
                continue
            done.add(node)
            for b in successors.get(node, ()):
                if b in done:
                    continue  # the edge that closes a cycle
                layer[b] = max(layer[b], layer[node] + 1)
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
        edges = [(a, b) for a, b in all_edges if layer[a] < layer[b]]
        if all(self.elements[n].is_container for n in group):  # stages: one height
            tallest = max(boxes[n].height for n in group)
            for node in group:
                boxes[node].height = tallest
        columns: dict[int, list[str]] = {}
        for node in group:
            columns.setdefault(layer[node], []).append(node)
        predecessors: dict[str, list[str]] = {}
        for a, b in edges:
            predecessors.setdefault(b, []).append(a)
        placed: dict[str, tuple[float, float]] = {}
        centre: dict[str, float] = {}
        x = height = 0.0
        for index in sorted(columns):
            column = columns[index]
            if index:  # the order that keeps lines short: by the middle of the predecessors
                column.sort(
                    key=lambda n: (
                        sum(centre[p] for p in predecessors.get(n, [])) / len(predecessors[n])
                        if predecessors.get(n)
                        else 1e9 + order[n]
                    )
                )
            y = 0.0
            for node in column:
                placed[node] = (x, y)
                centre[node] = y + boxes[node].height / 2
                y += boxes[node].height + GAP
            height = max(height, y - GAP)
            x += max(boxes[n].width for n in column) + LAYER_GAP
        return _Box(x - LAYER_GAP, height, placed)

    # --- the whole plate ----------------------------------------------------------------
    def run(self) -> tuple[dict[str, Rect], tuple[float, float]]:
        self._fix_derived_containers()
        size = self.size
        area_width = (size[0] - 2 * PLATE_MARGIN) if size else None
        top_area = Rect(
            PLATE_MARGIN,
            HEADER_SPACE,
            area_width or 0.0,
            (size[1] - HEADER_SPACE - PLATE_MARGIN) if size else 0.0,
        )
        self._fill(None, top_area if size else None)
        self._fill_fixed_containers()
        return self.rects, self._plate_size()

    def _fix_derived_containers(self) -> None:
        """A container without a rect around placed children takes their bounding box,
        with its unplaced children in rows below them."""
        for element in sorted(
            self.all, key=lambda e: -len(self._ancestry(e.id))
        ):  # deepest first, so a container's box includes its derived children
            if not element.is_container or element.id in self.rects:
                continue
            bounds = self._fixed_bounds(element.id)
            if bounds is None:
                continue
            area = Rect(bounds.x, bounds.bottom + GAP, max(bounds.width, 260.0), 0.0)
            self._fill(element.id, area, grow=True)
            bounds = self._fixed_bounds(element.id) or bounds
            self.rects[element.id] = Rect(
                bounds.x - PADDING,
                bounds.y - REGION_HEADER,
                bounds.width + 2 * PADDING,
                bounds.height + REGION_HEADER + PADDING,
            )
            self.auto.add(element.id)

    def _fill(self, parent: str | None, area: Rect | None, grow: bool = False) -> None:
        """Place `parent`'s unplaced children in `area`: None is the plate without a size;
        the plate, and a container drawn around what is placed (`grow`), may grow."""
        kids = self.children.get(parent, [])
        loose = [k for k in kids if k not in self.rects]
        if not loose:
            return
        fixed = [self.rects[k] for k in kids if k in self.rects]
        if parent is None and area is None:
            left, top = PLATE_MARGIN, HEADER_SPACE
            below = max((r.bottom for r in fixed), default=top - GAP) + GAP
            width = None
        else:
            assert area is not None
            left = area.x
            below = max([area.y] + [r.bottom + GAP for r in fixed])
            width = area.width
        if fixed and parent is None and area is None:
            width = max(r.right for r in fixed) - left
        box = self.block(loose, width, POSTER_ASPECT)
        scale = 1.0
        if parent is not None and area is not None and not grow:  # fixed: shrink to fit
            room_h = area.bottom - below
            room_w = area.width
            if box.width > 0 and box.height > 0:
                scale = min(1.0, room_w / box.width, max(room_h, 1.0) / box.height)
        for element_id, (x, y) in box.placed.items():
            w, h = self.sizes.get(element_id) or estimated_size(self.elements[element_id])
            self.rects[element_id] = Rect(
                round(left + x * scale),
                round(below + y * scale),
                round(w * scale),
                round(h * scale),
            )
            self.auto.add(element_id)

    def _fill_fixed_containers(self) -> None:
        """Containers the author placed, holding children the author did not."""
        for element in self.all:
            if not element.is_container or element.id in self.auto:
                continue
            rect = self.rects.get(element.id)
            if rect is None:
                continue
            top = REGION_HEADER if element.kind == ElementKind.REGION else PADDING
            area = Rect(
                rect.x + PADDING,
                rect.y + top,
                max(1.0, rect.width - 2 * PADDING),
                max(1.0, rect.height - top - PADDING),
            )
            if element.kind == ElementKind.RING:  # the square inside the circle
                inset = rect.width * (1 - 1 / math.sqrt(2)) / 2 + PADDING
                area = Rect(
                    rect.x + inset, rect.y + inset, rect.width - 2 * inset, rect.height - 2 * inset
                )
            self._fill(element.id, area)

    def _plate_size(self) -> tuple[float, float]:
        right = max((r.right for r in self.rects.values()), default=0.0) + PLATE_MARGIN
        bottom = max((r.bottom for r in self.rects.values()), default=0.0) + PLATE_MARGIN
        width, height = self.size or (0.0, 0.0)
        return max(width, right, 800.0), max(height, bottom, 400.0)


def header_width(title: str, has_tips: bool) -> float:
    """How wide a plate must be for its title (and the tips box beside it) to fit."""
    bold = 0.62  # a bold title runs wider than body text
    return 2 * PLATE_MARGIN + len(title) * TITLE_PX * bold + (TIPS_BOX if has_tips else 0)


def complete_layout(
    elements: Sequence[Element],
    relations: Sequence[Relation],
    size: tuple[float, float] | None,
    min_width: float = 0.0,
) -> tuple[tuple[Element, ...], tuple[float, float]]:
    """Every element with a rect, and the plate's size; unchanged when all are placed.

    A plate without a size is at least `min_width` wide (room for its title)."""
    if size and all(e.rect for e in elements):
        return tuple(elements), size
    rects, final_size = _Layout(elements, relations, size).run()
    if not size:
        final_size = (max(final_size[0], min_width), final_size[1])
    return (
        tuple(e if e.rect else replace(e, rect=rects[e.id], auto_placed=True) for e in elements),
        final_size,
    )
