"""PlateScene: one plate's graph drawn as a poster; keeps id -> item and item -> id.

The scene knows nothing of widgets. It answers "which element is here",
highlights a selection and its neighbours, and can turn plate 1 upside down
(the guide's tip) by moving the stages, keeping every word upright.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx
from PySide6.QtCore import (
    QEasingCurve,
    QLineF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from app.gc_pause import gc_paused
from app.model.answers_view import AnswerBlock
from app.model.graph import CONTAINS, related_ids
from app.model.plate import Element, Plate, Rect, RelationKind, Role
from app.scene import style
from app.scene.answer_item import AnswerNoteItem
from app.scene.items import ElementItem, HeaderItem, SceneLook
from app.scene.overview_item import OverviewItem
from app.scene.relation_item import RelationItem, line_crosses

ALWAYS_SHOWN = frozenset({RelationKind.LEADS_TO, RelationKind.CONTRASTS})
NEVER_SHOWN_UNASKED = frozenset({RelationKind.SAME_AS})
MARGIN = 20.0
OVERVIEW_MIN_ELEMENTS = 400  # smaller plates always draw every element itself
LINES_FOUND_AT_ONCE = 1000  # more relations: which are clear is worked out after opening
GRID = 120.0  # cell size, in plate units, of the grid used to find elements near a line
FLIP_MS = 650


class PlateScene(QGraphicsScene):
    flipped_changed = Signal(bool)

    def __init__(self, plate: Plate, graph: nx.DiGraph, look: SceneLook | None = None) -> None:
        super().__init__()
        self.look = look or SceneLook()
        self.spotlight: set[str] | None = None
        self.plate = plate
        self.graph = graph
        self.items_by_id: dict[str, ElementItem] = {}
        self.relation_items: list[RelationItem] = []
        self._clear_lines: set[int] = set()  # relations drawn without being asked
        self._families: dict[str, set[str]] = {}
        self._grid: dict[tuple[int, int], list[str]] | None = None
        self.selected_id: str | None = None
        self.show_all_relations = False
        self.flipped = False
        self.answer_items: dict[str, AnswerNoteItem] = {}
        self._flip_animation: QVariantAnimation | None = None
        width, height = plate.size
        self.paper = QRectF(0, 0, width, height)
        self.setSceneRect(self.paper.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        large = len(plate.elements) >= OVERVIEW_MIN_ELEMENTS
        # Qt's index of thousands of items takes a tenth of a second to build, and far out
        # (where a large plate opens) all elements are hidden behind the overview anyway:
        # the first frame goes without, the index is built right after it.
        self.setItemIndexMethod(
            QGraphicsScene.ItemIndexMethod.NoIndex
            if large
            else QGraphicsScene.ItemIndexMethod.BspTreeIndex
        )
        if large:
            QTimer.singleShot(1, self, self._build_index)
        self.overview: OverviewItem | None = None  # made when first needed, dropped on a move
        self.overview_on = False
        self._large = large
        self.header = HeaderItem(plate.number, plate.title, plate.tips, width, self._legend())
        with gc_paused():  # thousands of items, none of them garbage
            self._add_paper()
            self.addItem(self.header)
            self._build_elements()
            self._build_relations()

    # --- building -------------------------------------------------------------
    def _build_elements(self) -> None:
        depth = self._container_depths()
        for node, data in self.graph.nodes(data=True):
            element = data["element"]
            rect = element.rect or Rect(0, 0, 200, 80)
            item = ElementItem(
                element, rect.width, rect.height, self._colours_for(element), self.look
            )
            item.setPos(rect.x, rect.y)
            item.setZValue(depth.get(node, 0) if element.is_container else 10)
            self.items_by_id[node] = item
            self.addItem(item)
        for node, item in self.items_by_id.items():
            if item.element.kind == "region":
                item.header_width = self._side_header_width(node, item)
            inside = item.element.inside
            for later in inside[1:]:  # a second container is a column across the first's rows
                column = self.items_by_id.get(later)
                if column is not None:
                    column.crossing = True
                    if column.element.label == item.element.label:
                        item.title_shown = False
        if len(self.items_by_id) < OVERVIEW_MIN_ELEMENTS:
            # text keeps its size: a box too small for it grows (a large plate's
            # boxes are measured when first drawn, and clip instead)
            for item in self.items_by_id.values():
                item.grow_to_fit()

    def _legend(self) -> list[tuple[style.RoleColours, str]]:
        """The colours that carry a meaning on this plate, in reading order."""
        seen: list[Role] = []
        for element in self.plate.elements:
            role = element.role
            if role not in style.UNCOLOURED_MEANINGS and role not in seen:
                seen.append(role)
        return [(style.colours(role), style.role_name(role)) for role in seen]

    def _colours_for(self, element: Element) -> style.RoleColours:
        """A theme takes the colour of the programme it belongs to."""
        if element.role == Role.THEME and element.inside:
            container = self.graph.nodes[element.inside[0]]["element"]
            return style.colours(container.role)
        return style.colours(element.role)

    def _container_depths(self) -> dict[str, int]:
        depths: dict[str, int] = {}
        contains = nx.DiGraph(
            (a, b) for a, b, kind in self.graph.edges(data="kind") if kind == CONTAINS
        )
        for node in nx.topological_sort(contains) if contains.number_of_nodes() else []:
            parents = list(contains.predecessors(node))
            depths[node] = 1 + max((depths[p] for p in parents), default=-1)
        return depths

    def _side_header_width(self, node: str, item: ElementItem) -> float | None:
        """A region whose children leave a wide margin on the left gets its header there."""
        children = [
            self.items_by_id[child].pos().x()
            for _, child, kind in self.graph.out_edges(node, data="kind")
            if kind == CONTAINS
        ]
        if not children:
            return None
        free = min(children) - item.pos().x()
        return free - 24 if free > 110 else None

    def _build_relations(self) -> None:
        for source, target, data in self.graph.edges(data=True):
            relation = data.get("relation")
            if relation is None:
                continue
            item = RelationItem(source, target, relation.kind, relation.label)
            item.setVisible(False)
            self.relation_items.append(item)
        self._route_relations()
        if len(self.relation_items) <= LINES_FOUND_AT_ONCE:
            self._find_clear_lines()
        else:  # a large plate opens first; its clear lines appear a moment later
            QTimer.singleShot(1, self, self.settle)  # a timer, not a posted call: after the paint
        self._update_relation_visibility()

    def _route_relations(self) -> None:
        boxes = {}
        for element_id, element_item in self.items_by_id.items():
            pos, size = element_item.pos(), element_item._rect
            x, y = pos.x(), pos.y()
            boxes[element_id] = (x, y, x + size.width(), y + size.height())
        for item in self.relation_items:
            item.route_between(boxes[item.source_id], boxes[item.target_id])

    def _find_clear_lines(self) -> None:
        """Relations whose line crosses no element but their own ends (and what holds
        or is held by them) are drawn always; the rest only for the selection, so the
        plate stays a poster and not a tangle of lines."""
        self._clear_lines.clear()
        rects = {element_id: self.element_rect(element_id) for element_id in self.items_by_id}
        for index, item in enumerate(self.relation_items):
            if item.kind in NEVER_SHOWN_UNASKED:
                continue
            family = self._family(item.source_id) | self._family(item.target_id)
            if not self._crosses_an_element(item.line, family, rects):
                self._clear_lines.add(index)

    def _crosses_an_element(self, line: QLineF, family: set[str], rects: dict[str, QRectF]) -> bool:
        """Walk the grid cells along the line and stop at the first element it crosses
        (a grid of plain rectangles, built once: asking Qt's index would call every long
        relation item's boundingRect in Python)."""
        grid = self._element_grid(rects)
        steps = max(1, int(line.length() / (GRID / 2)))
        seen = set(family)
        last_cell = None
        for step in range(steps + 1):
            point = line.pointAt(step / steps)
            cell = (int(point.x() // GRID), int(point.y() // GRID))
            if cell == last_cell:
                continue
            last_cell = cell
            for element_id in grid.get(cell, ()):
                if element_id not in seen:
                    seen.add(element_id)
                    if line_crosses(line, rects[element_id]):
                        return True
        return False

    def _element_grid(
        self, rects: dict[str, QRectF] | None = None
    ) -> dict[tuple[int, int], list[str]]:
        """Which elements touch each cell of a coarse grid (built once per layout)."""
        if self._grid is None:
            if rects is None:
                rects = {i: self.element_rect(i) for i in self.items_by_id}
            self._grid = {}
            for element_id, rect in rects.items():
                for cx in range(int(rect.left() // GRID), int(rect.right() // GRID) + 1):
                    for cy in range(int(rect.top() // GRID), int(rect.bottom() // GRID) + 1):
                        self._grid.setdefault((cx, cy), []).append(element_id)
        return self._grid

    def _grid_cell(self, pos: QPointF) -> list[str]:
        return self._element_grid().get((int(pos.x() // GRID), int(pos.y() // GRID)), [])

    def _family(self, node: str) -> set[str]:
        """An element with everything that holds it and everything it holds."""
        cached = self._families.get(node)
        if cached is not None:
            return cached
        up, down = {node}, {node}
        frontier = [node]
        while frontier:  # upwards through "inside"
            current = frontier.pop()
            for parent in self.graph.nodes[current]["inside"]:
                if parent not in up:
                    up.add(parent)
                    frontier.append(parent)
        frontier = [node]
        while frontier:  # downwards through "contains"
            current = frontier.pop()
            for _, child, kind in self.graph.out_edges(current, data="kind"):
                if kind == CONTAINS and child not in down:
                    down.add(child)
                    frontier.append(child)
        self._families[node] = up | down
        return self._families[node]

    def _build_index(self) -> None:
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # --- moving elements (layout mode) ---------------------------------------------
    def contained(self, element_id: str) -> set[str]:
        """Everything inside an element, at any depth (it moves along when dragged)."""
        found: set[str] = set()
        frontier = [element_id]
        while frontier:
            for _, child, kind in self.graph.out_edges(frontier.pop(), data="kind"):
                if kind == CONTAINS and child not in found:
                    found.add(child)
                    frontier.append(child)
        found.discard(element_id)
        return found

    def positions(self, element_ids: set[str] | None = None) -> dict[str, QPointF]:
        ids = self.items_by_id if element_ids is None else element_ids
        return {i: QPointF(self.items_by_id[i].pos()) for i in ids}

    def move_to(self, positions: dict[str, QPointF]) -> None:
        """Put elements at these positions and route the lines anew."""
        for element_id, point in positions.items():
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.setPos(point)
        self._grid = None
        for element_id in positions.keys() & self.answer_items.keys():  # notes go along
            note = self.answer_items[element_id]
            note.setPos(self.place_note(element_id, note.size))
        if self.overview is not None:  # out of date: redrawn now if on screen, else later
            if self.overview_on:
                self.overview.rebuild(list(self.items_by_id.values()))
            else:
                self.removeItem(self.overview)
                self.overview = None
        self._route_relations()

    # --- level of detail (large plates) --------------------------------------------------
    def set_view_scale(self, scale: float) -> None:
        """Far out on a large plate, draw all elements at once (nothing is readable there)."""
        far = scale * style.CARD_LABEL_SIZE < self.look.readable_px
        self._set_overview(self._large and far and self.spotlight is None)

    def _set_overview(self, on: bool) -> None:
        if on == self.overview_on:
            return
        if self.overview is None:
            self.overview = OverviewItem(list(self.items_by_id.values()), self.paper)
            self.overview.setZValue(1)
            self.addItem(self.overview)
        self.overview_on = on
        for item in self.items_by_id.values():  # hiding 10,000 items takes about 2 ms
            item.setVisible(not on)
        self._update_relation_visibility()
        self.overview.setVisible(on)
        self._show_state_in_overview()

    def _show_state_in_overview(self) -> None:
        if self.overview is None:
            return
        self.overview.selected = self.items_by_id.get(self.selected_id or "")
        self.overview.related = [
            self.items_by_id[i]
            for i in (related_ids(self.graph, self.selected_id) if self.selected_id else ())
            if i in self.items_by_id
        ]
        self.overview.update()

    @contextmanager
    def detail_at(self, scale: float) -> Iterator[None]:
        """Draw at the level of detail `scale` asks for (an export), then as before."""
        before = self.overview_on
        self.set_view_scale(scale)
        try:
            yield
        finally:
            self._set_overview(before)

    @contextmanager
    def poster_colours(self) -> Iterator[None]:
        """Draw in the plate's own colours (an export, a report, a picture on the start
        page), then as before: high contrast is how this screen shows it, not what is
        shared."""
        theme = self.look.theme
        if theme == "licht":
            yield
            return
        self.look.theme = "licht"
        self.apply_look()
        try:
            yield
        finally:
            self.look.theme = theme
            self.apply_look()

    def settle(self) -> None:
        """After a move: which lines cross nothing is worked out again."""
        self._find_clear_lines()
        self._update_relation_visibility()

    def element_rects(self) -> dict[str, Rect]:
        """Where every element is now, in plate units, as a file would give it."""
        result = {}
        for element_id, item in self.items_by_id.items():
            pos = item.pos()
            result[element_id] = Rect(
                round(pos.x(), 1), round(pos.y(), 1), item._rect.width(), item._rect.height()
            )
        return result

    # --- queries -------------------------------------------------------------
    def element_rect(self, element_id: str) -> QRectF:
        item = self.items_by_id[element_id]
        return item.mapRectToScene(QRectF(0, 0, item._rect.width(), item._rect.height()))

    def element_at(self, pos: QPointF) -> str | None:
        """The topmost element under a scene point (cards before the regions they sit in)."""
        if self.overview_on:  # the elements are hidden: find them in the grid
            rects = {i: self.element_rect(i) for i in self._grid_cell(pos)}
            under = [i for i, r in rects.items() if r.contains(pos)]
            under.sort(key=lambda i: self.items_by_id[i].zValue(), reverse=True)
            return under[0] if under else None
        for item in self.items(pos):
            if isinstance(item, ElementItem) and item.shape().contains(item.mapFromScene(pos)):
                return item.element_id
        return None

    def overflowing_elements(self) -> list[str]:
        """Elements whose text does not fit the box the file gives them (they grew,
        or on a large plate are clipped)."""
        return [i for i, item in self.items_by_id.items() if item.grew or item.text_overflows]

    # --- selection -------------------------------------------------------------
    def select(self, element_id: str | None) -> None:
        if element_id is not None and element_id not in self.items_by_id:
            element_id = None
        self.selected_id = element_id
        related = related_ids(self.graph, element_id) if element_id else set()
        lit = self._lit()
        for node, item in self.items_by_id.items():
            item.set_state(
                selected=node == element_id,
                related=node in related,
                dimmed=lit is not None and node not in lit,
            )
        self._update_relation_visibility()
        if self.overview_on:
            self._show_state_in_overview()

    def set_spotlight(self, element_ids: set[str] | None) -> None:
        """Dim everything but these elements (and what holds them or sits in them)."""
        self.spotlight = set(element_ids) if element_ids else None
        if self.spotlight is not None:
            self._set_overview(False)  # dimming needs the elements themselves
        self.select(self.selected_id)

    def _lit(self) -> set[str] | None:
        if self.spotlight is None:
            return None
        lit: set[str] = set()
        for element_id in self.spotlight:
            if element_id in self.items_by_id:
                lit |= self._family(element_id)
        return lit

    def set_show_all_relations(self, show: bool) -> None:
        self.show_all_relations = show
        self._update_relation_visibility()

    def _update_relation_visibility(self) -> None:
        """Only the lines on show are in the scene: a hidden line in Qt's index still costs
        (10,000 random long lines took five seconds to index before the first frame)."""
        for index, item in enumerate(self.relation_items):
            touches = self.selected_id in (item.source_id, item.target_id)
            shown = (
                touches
                or self.show_all_relations
                or item.kind in ALWAYS_SHOWN
                or index in self._clear_lines
            )
            item.set_emphasised(touches)
            if shown and item.scene() is None:
                self.addItem(item)
            elif not shown and item.scene() is self:
                self.removeItem(item)
            item.setVisible(shown and not self.overview_on)

    # --- the team's answers on the plate ---------------------------------------
    def set_answers(self, notes: dict[str, AnswerBlock]) -> None:
        """Show each answer block beside its element; an empty dict clears them."""
        for element_id in list(self.answer_items):
            if notes.get(element_id) != self.answer_items[element_id].block:
                self.removeItem(self.answer_items.pop(element_id))
        for element_id, block in notes.items():
            if element_id in self.items_by_id and element_id not in self.answer_items:
                inside = self.items_by_id[element_id].element.is_container
                item = AnswerNoteItem(block, self.element_rect(element_id), inside)
                item.setPos(self.place_note(element_id, item.size))
                self.answer_items[element_id] = item
                self.addItem(item)

    def place_note(self, element_id: str, size: QSizeF) -> QPointF:
        """Where a note of `size` covers the least: cards, region headings, other notes.

        Inside a region first (it may have room of its own), then around the element.
        """
        anchor = self.element_rect(element_id)
        item = self.items_by_id[element_id]
        w, h = size.width(), size.height()
        candidates: list[QPointF] = []
        if item.element.is_container:
            top = anchor.top() + item.header_height() + 4
            candidates += [
                QPointF(anchor.right() - w - 12, anchor.bottom() - h - 12),
                QPointF(anchor.left() + 12, anchor.bottom() - h - 12),
                QPointF(anchor.right() - w - 12, top),
            ]
        candidates += [
            QPointF(anchor.right() - w * 0.85, anchor.bottom() - h * 0.5),
            QPointF(anchor.right() + 8, anchor.top()),
            QPointF(anchor.left(), anchor.bottom() + 8),
            QPointF(anchor.left() - w - 8, anchor.top()),
            QPointF(anchor.right() - w, anchor.top() - h - 8),
        ]
        obstacles = [
            self.element_rect(i)
            for i, it in self.items_by_id.items()
            if not it.element.is_container
        ]
        obstacles += [
            QRectF(
                self.element_rect(i).topLeft(),
                QSizeF(self.element_rect(i).width(), it.header_height()),
            )
            for i, it in self.items_by_id.items()
            if it.element.kind == "region"
        ]
        obstacles += [note.sceneBoundingRect() for note in self.answer_items.values()]
        paper = self.paper

        def cost(point: QPointF) -> float:
            box = QRectF(point, size)
            if not paper.contains(box):
                return 1e12
            covered = 0.0
            for other in obstacles:
                overlap = box.intersected(other)
                covered += overlap.width() * overlap.height()
            return covered

        return min(candidates, key=cost)

    # --- plate 1's tip: upside down -------------------------------------------
    def can_flip(self) -> bool:
        return bool(self.plate.tips) and any(
            r.kind == RelationKind.LEADS_TO for r in self.plate.relations
        )

    def set_flipped(self, flipped: bool, animate: bool = True) -> None:
        """Mirror the content vertically (the header stays on top, the text upright)."""
        if flipped == self.flipped:
            return
        self.flipped = flipped
        rects = {i: e.rect for i, e in ((n, d["element"]) for n, d in self.graph.nodes(data=True))}
        known = [r for r in rects.values() if r]
        top = min(r.y for r in known)
        bottom = max(r.bottom for r in known)
        targets = {
            node: QPointF(rect.x, (top + bottom - rect.y - rect.height) if flipped else rect.y)
            for node, rect in rects.items()
            if rect
        }
        starts = {node: self.items_by_id[node].pos() for node in targets}
        if self._flip_animation:
            self._flip_animation.stop()

        def step(progress: float) -> None:
            self.move_to({n: starts[n] + (t - starts[n]) * progress for n, t in targets.items()})

        if not animate:
            step(1.0)
        else:
            animation = QVariantAnimation(self)
            animation.setStartValue(0.0)
            animation.setEndValue(1.0)
            animation.setDuration(FLIP_MS)
            animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
            animation.valueChanged.connect(step)
            animation.start()
            self._flip_animation = animation
        self.flipped_changed.emit(flipped)

    # --- background ----------------------------------------------------------
    def _add_paper(self) -> None:
        """The desk, the paper and its shadow: a brush and two plain items, not a Python
        drawBackground (which made Qt give up its fast scrolling: a pan step cost 1.5 ms more)."""
        shadow = QGraphicsRectItem(self.paper.translated(4, 6))
        shadow.setBrush(QColor(0, 0, 0, 40))
        paper = QGraphicsRectItem(self.paper)
        paper.setBrush(style.PAPER)
        self._paper_item = paper
        for z, item in ((-1001.0, shadow), (-1000.0, paper)):
            item.setPen(Qt.PenStyle.NoPen)
            item.setZValue(z)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(item)
        self.apply_look()

    def apply_look(self) -> None:
        """After `look` changed: the desk colour, and every element drawn anew."""
        self.setBackgroundBrush(QColor("#000000") if self.look.projector else QColor("#d9dde3"))
        theme = self.look.theme
        paper = getattr(self, "_paper_item", None)
        if paper is not None:
            paper.setBrush(style.themed_paper(theme))
        self.header.theme = theme
        for relation in self.relation_items:
            relation.theme = theme
        if self.overview is not None:  # grouped by colours: made anew when next needed
            self._set_overview(False)
            self.removeItem(self.overview)
            self.overview = None
        self.update()
