"""PlateScene: one plate's graph drawn as a poster; keeps id -> item and item -> id.

The scene knows nothing of widgets. It answers "which element is here",
highlights a selection and its neighbours, and can turn plate 1 upside down
(the guide's tip) by moving the stages, keeping every word upright.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

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
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from app.gc_pause import gc_paused
from app.model.answers_view import AnswerBlock
from app.model.graph import related_ids
from app.model.plate import Element, Plate, Rect, RelationKind, Role
from app.model.plate_records import PlateRecords
from app.scene import style
from app.scene.items import ElementItem, HeaderItem, SceneLook
from app.scene.relation_item import RelationItem, line_crosses
from app.typing_compat import override

if TYPE_CHECKING:
    import networkx as nx

    from app.scene.answer_item import AnswerNoteItem
    from app.scene.overview_item import OverviewItem


ALWAYS_SHOWN = frozenset({RelationKind.LEADS_TO, RelationKind.CONTRASTS})
NEVER_SHOWN_UNASKED = frozenset({RelationKind.SAME_AS})
MARGIN = 20.0
OVERVIEW_MIN_ELEMENTS = 400  # smaller plates always draw every element itself
LINES_FOUND_AT_ONCE = 1000  # more relations: which are clear is worked out after opening
GRID = 120.0  # cell size, in plate units, of the grid used to find elements near a line
FLIP_MS = 650


class PlateScene(QGraphicsScene):
    flipped_changed = Signal(bool)

    def __init__(
        self,
        plate: Plate,
        graph: nx.DiGraph | Callable[[], nx.DiGraph],
        look: SceneLook | None = None,
        build_later: bool = False,
    ) -> None:
        super().__init__()
        self.look = look or SceneLook()
        self.spotlight: set[str] | None = None
        self.plate = plate
        # The scene is drawn from the plate's records; the graph (networkx) is asked
        # for selections, highlights and reading order, and may be built after the
        # first frame: a callable here builds it when first asked.
        self._graph: nx.DiGraph | None = None if callable(graph) else graph
        self._graph_source = graph if callable(graph) else None
        self.records = PlateRecords(plate)
        self._items_by_id: dict[str, ElementItem] = {}
        self._relation_items: list[RelationItem] = []
        self._clear_lines: set[int] = set()  # relations drawn without being asked
        self._families: dict[str, set[str]] = {}
        self._grid: dict[tuple[int, int], list[str]] | None = None
        self.selected_id: str | None = None
        self.show_all_relations = False
        self.flipped = False
        self._answer_items: dict[str, AnswerNoteItem] = {}
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
        self._header: HeaderItem | None = None
        # A plate that is not on screen at the start (`build_later`) gets its items in an
        # idle turn after the first paint, or when anything first asks for them.
        self._built = False
        self._answers_to_show: dict[str, AnswerBlock] = {}
        if build_later:
            self.apply_look()  # the desk in the theme's colour until the items come
        else:
            self.ensure_built()

    def ensure_built(self) -> None:
        """Make the plate's items now if they are not there yet."""
        if self._built:
            return
        self._built = True
        width, _height = self.plate.size
        plate = self.plate
        self._header = HeaderItem(plate.number, plate.title, plate.tips, width, self._legend())
        with gc_paused():  # thousands of items, none of them garbage
            self._add_paper()
            self.addItem(self._header)
            self._build_elements()
            self._build_relations()
        self.apply_look()  # the lines, made after the paper, in the theme too
        if self._answers_to_show:
            self.set_answers(self._answers_to_show)
            self._answers_to_show = {}

    @property
    def built(self) -> bool:
        return self._built

    # what is on the plate: made when first asked for
    @property
    def items_by_id(self) -> dict[str, ElementItem]:
        self.ensure_built()
        return self._items_by_id

    @property
    def relation_items(self) -> list[RelationItem]:
        self.ensure_built()
        return self._relation_items

    @property
    def answer_items(self) -> dict[str, AnswerNoteItem]:
        self.ensure_built()
        return self._answer_items

    @property
    def header(self) -> HeaderItem:
        self.ensure_built()
        assert self._header is not None
        return self._header

    @override
    def render(self, *args: Any, **kwargs: Any) -> None:
        self.ensure_built()
        super().render(*args, **kwargs)

    @override
    def items(self, *args: Any, **kwargs: Any) -> list[QGraphicsItem]:
        self.ensure_built()
        return super().items(*args, **kwargs)

    @property
    def graph(self) -> nx.DiGraph:
        if self._graph is None:
            assert self._graph_source is not None
            self._graph = self._graph_source()
        return self._graph

    # --- building -------------------------------------------------------------
    def _build_elements(self) -> None:
        depth = self.records.container_depths()
        for node, element in self.records.elements.items():
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
            container = self.records.elements[element.inside[0]]
            return style.colours(container.role)
        return style.colours(element.role)

    def _side_header_width(self, node: str, item: ElementItem) -> float | None:
        """A region whose children leave a wide margin on the left gets its header there."""
        children = [self.items_by_id[child].pos().x() for child in self.records.contents(node)]
        if not children:
            return None
        free = min(children) - item.pos().x()
        return free - 24 if free > 110 else None

    def _build_relations(self) -> None:
        for source, target, relation in self.records.relations():
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
            for parent in self.records.elements[current].inside:
                if parent not in up:
                    up.add(parent)
                    frontier.append(parent)
        frontier = [node]
        while frontier:  # downwards through "contains"
            current = frontier.pop()
            for child in self.records.contents(current):
                if child not in down:
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
            for child in self.records.contents(frontier.pop()):
                if child not in found:
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
            self.place_note(element_id)
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
            from app.scene.overview_item import OverviewItem  # large plates only

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
    def clean(self, answers: bool = True) -> Iterator[None]:
        """Draw as a printout: no selection, hover or focus marks, folded notes closed, and
        the team's notes only if `answers`; then everything as it was."""
        selected = self.selected_id
        hovered = [item for item in self.items_by_id.values() if item._hover]
        opened = [n for n in self.answer_items.values() if n.opened]
        focus = self.focusItem()
        if selected is not None:
            self.select(None)
        for item in hovered:
            item._hover = False
        for note in opened:
            note.set_opened(False)
        if focus is not None:
            focus.clearFocus()
        hidden = [n for n in self.answer_items.values() if n.isVisible()] if not answers else []
        for note in hidden:
            note.setVisible(False)
        try:
            yield
        finally:
            for note in hidden:
                note.setVisible(True)
            for item in hovered:
                item._hover = True
            for note in opened:
                note.set_opened(True)
            if selected is not None:
                self.select(selected)
            if focus is not None:
                focus.setFocus()

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

    def text_rects(self, element_id: str) -> list[QRectF]:
        """Where an element's text blocks are drawn, in scene coordinates (label first)."""
        item = self.items_by_id[element_id]
        return [item.mapRectToScene(r) for r in item.text_rects()]

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
        for note_id, note in self.answer_items.items():  # a folded note opens for its element
            if note.folded and not note.pinned:
                note.set_opened(note_id == element_id)
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
        if self._built:  # else the lines are made so
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
        if not self._built:  # shown when the plate's items are made
            self._answers_to_show = dict(notes)
            return
        for element_id in list(self.answer_items):
            if notes.get(element_id) != self.answer_items[element_id].block:
                self.removeItem(self.answer_items.pop(element_id))
        for number, (element_id, block) in enumerate(notes.items(), 1):
            if element_id in self.items_by_id and element_id not in self.answer_items:
                inside = self.items_by_id[element_id].element.is_container
                from app.scene.answer_item import AnswerNoteItem  # with answers only

                item = AnswerNoteItem(block, self.element_rect(element_id), inside, number)
                item.theme = self.look.theme
                self.answer_items[element_id] = item
                self.addItem(item)
                self.place_note(element_id)
            elif element_id in self.answer_items:
                self.answer_items[element_id].number = number

    def toggle_folded_note(self, element_id: str) -> bool:
        """Enter on an element whose note is folded: open it (or close it again)."""
        note = self.answer_items.get(element_id)
        if note is None or not note.folded:
            return False
        note.pinned = not note.opened
        note.set_opened(not note.opened)
        return True

    def place_notes(self) -> None:
        """Place every note anew (after the elements moved), one after the other."""
        for note in self.answer_items.values():
            note.setPos(-1e5, -1e5)  # out of the way of the ones placed before it
        for element_id in self.answer_items:
            self.place_note(element_id)

    def place_note(self, element_id: str) -> None:
        """Put the note of `element_id` in free space near its element, never over text.

        Candidates lie inside the element (a region may have room of its own) and in rings
        around it, nearest first; the first that covers no text, no card and no other note
        wins; else the nearest that covers no text and little else. With no such place
        within reach the note folds into a numbered marker (which itself covers no text).
        """
        note = self.answer_items[element_id]
        anchor = self.element_rect(element_id)
        # only what is within reach is measured (a large plate's text is laid out lazily)
        reach = NOTE_REACH + max(note.size.width(), note.size.height()) + 20
        area = anchor.adjusted(-reach, -reach, reach, reach)
        near = [i for i in self.items_by_id if self.element_rect(i).intersects(area)]
        text_rects = [r for i in near for r in self.text_rects(i)]
        text_rects += [self.header.mapRectToScene(r) for r in self.header.text_rects()]
        texts = [_box(r.adjusted(-4, -4, 4, 4)) for r in text_rects]
        cards = [
            _box(self.element_rect(i))
            for i in near
            if not self.items_by_id[i].element.is_container and i != element_id
        ]
        others = [
            _box(other.shown_rect().adjusted(-6, -6, 6, 6))
            for other_id, other in self.answer_items.items()
            if other_id != element_id and other.pos().x() > -1e4
        ]
        paper = _box(self.paper.adjusted(6, 6, -6, -6))
        size = note.size
        spot = _free_spot(anchor, size, paper, texts, cards, others, NOTE_REACH)
        if spot is not None:
            note.set_folded(False)
            note.setPos(spot)
            body = QRectF(spot, size)
            note.set_leader(
                _nearest_point(anchor, body.center()) if not body.intersects(anchor) else None
            )
            return
        marker = QSizeF(note.marker_rect().size())
        spot = _free_spot(anchor, marker, paper, texts, [], others, NOTE_REACH, corner_first=True)
        note.set_folded(True)
        note.setPos(
            spot if spot is not None else QPointF(anchor.right() - marker.width(), anchor.top())
        )

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
        rects = {i: e.rect for i, e in self.records.elements.items()}
        known = [r for r in rects.values() if r]
        full = max(r.bottom for r in known) - min(r.y for r in known)
        # columns that run the whole height (plate 1's three "Mbo & ..." domains) stay where
        # they are, header on top; the rows turn within the band below their headers
        turning = {n: r for n, r in rects.items() if r and r.height < full * 0.9}
        if not turning:
            return
        top = min(r.y for r in turning.values())
        bottom = max(r.bottom for r in turning.values())
        targets = {
            node: QPointF(rect.x, (top + bottom - rect.y - rect.height) if flipped else rect.y)
            for node, rect in turning.items()
        }
        starts = {node: self.items_by_id[node].pos() for node in targets}
        if self._flip_animation:
            self._flip_animation.stop()

        def step(progress: float) -> None:
            self.move_to({n: starts[n] + (t - starts[n]) * progress for n, t in targets.items()})
            if progress >= 1.0:  # where the free space is has changed for every note
                self.place_notes()

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
        shadow.setBrush(style.palette_for(self.look.theme).shadow)
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
        theme = self.look.theme
        palette = style.palette_for(theme)
        self.setBackgroundBrush(palette.projector_desk if self.look.projector else palette.desk)
        if not self._built:  # the items are made in this look
            return
        paper = getattr(self, "_paper_item", None)
        if paper is not None:
            paper.setBrush(palette.paper)
        for note in self.answer_items.values():
            note.theme = theme
        self.header.theme = theme
        for relation in self.relation_items:
            relation.theme = theme
        if self.overview is not None:  # grouped by colours: made anew when next needed
            self._set_overview(False)
            self.removeItem(self.overview)
            self.overview = None
        self.update()


NOTE_REACH = 360.0  # plate units: a note further than this from its element folds
Box = tuple[float, float, float, float]


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _hits(box: Box, boxes: list[Box]) -> bool:
    x1, y1, x2, y2 = box
    return any(x1 < b[2] and b[0] < x2 and y1 < b[3] and b[1] < y2 for b in boxes)


def _overlap(box: Box, boxes: list[Box]) -> float:
    x1, y1, x2, y2 = box
    area = 0.0
    for b in boxes:
        w, h = min(x2, b[2]) - max(x1, b[0]), min(y2, b[3]) - max(y1, b[1])
        if w > 0 and h > 0:
            area += w * h
    return area


def _gap(anchor: QRectF, box: Box) -> float:
    dx = max(anchor.left() - box[2], box[0] - anchor.right(), 0.0)
    dy = max(anchor.top() - box[3], box[1] - anchor.bottom(), 0.0)
    return (dx * dx + dy * dy) ** 0.5


def _candidates(anchor: QRectF, size: QSizeF, reach: float, step: float) -> list[QPointF]:
    """Top-left corners for a box of `size`: inside the anchor and in rings around it."""
    w, h = size.width(), size.height()
    points: list[QPointF] = []
    x = anchor.left() + 8
    while x + w <= anchor.right() - 8:  # inside (a region's free corners)
        y = anchor.top() + 8
        while y + h <= anchor.bottom() - 8:
            points.append(QPointF(x, y))
            y += step
        x += step
    gap = 10.0
    while gap <= reach:
        y = anchor.top() - h + step
        while y <= anchor.bottom() - step:
            points.append(QPointF(anchor.right() + gap, y))
            points.append(QPointF(anchor.left() - gap - w, y))
            y += step
        x = anchor.left() - w + step
        while x <= anchor.right() - step:
            points.append(QPointF(x, anchor.bottom() + gap))
            points.append(QPointF(x, anchor.top() - gap - h))
            x += step
        gap += step
    return points


def _free_spot(
    anchor: QRectF,
    size: QSizeF,
    paper: Box,
    texts: list[Box],
    cards: list[Box],
    others: list[Box],
    reach: float,
    corner_first: bool = False,
) -> QPointF | None:
    """The nearest place for a box of `size` that covers no text and no other note, and
    preferably no card; None if there is none within `reach` of the anchor."""
    step = 12.0 if corner_first else 30.0
    w, h = size.width(), size.height()
    if corner_first:  # a marker: on its element's top right corner, if free
        corner = QPointF(anchor.right() - w * 0.6, anchor.top() - h * 0.4)
        box = (corner.x(), corner.y(), corner.x() + w, corner.y() + h)
        if not _hits(box, texts) and not _hits(box, others) and _inside(box, paper):
            return corner
    best: tuple[float, QPointF] | None = None
    scored = []
    for point in _candidates(anchor, size, reach, step):
        box = (point.x(), point.y(), point.x() + w, point.y() + h)
        scored.append((_gap(anchor, box), point, box))
    scored.sort(key=lambda entry: entry[0])
    for distance, point, box in scored:
        if best is not None and distance >= best[0]:
            break
        if not _inside(box, paper) or _hits(box, texts) or _hits(box, others):
            continue
        covered = _overlap(box, cards)
        if covered == 0:
            return point
        cost = distance + covered / 40.0
        if best is None or cost < best[0]:
            best = (cost, point)
    return best[1] if best else None


def _inside(box: Box, paper: Box) -> bool:
    return box[0] >= paper[0] and box[1] >= paper[1] and box[2] <= paper[2] and box[3] <= paper[3]


def _nearest_point(rect: QRectF, point: QPointF) -> QPointF:
    return QPointF(
        min(max(point.x(), rect.left()), rect.right()),
        min(max(point.y(), rect.top()), rect.bottom()),
    )
