"""A plate as a networkx graph: what the scene draws and search, links and tours use.

Nodes are element ids with the element's fields as attributes (`element`
holds the record itself). Edges are relations, keyed by kind; containment
("sits inside") is an edge attribute-free view kept in `inside` and also as
`contains` edges so containment questions are graph questions too.

networkx is imported when the first graph is built, not with this module: the first
frame of a plate is drawn from its records, and the graphs are built right after it
(importing networkx is some 160 ms, most of a bare window's start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.model.plate import Plate

if TYPE_CHECKING:
    import networkx as nx

CONTAINS = "contains"


def build_graph(plate: Plate) -> nx.DiGraph:
    import networkx as nx

    graph = nx.DiGraph(plate_id=plate.id, title=plate.title)
    for element in plate.elements:
        graph.add_node(
            element.id,
            element=element,
            label=element.label,
            kind=str(element.kind),
            role=str(element.role),
            inside=element.inside,
        )
    for element in plate.elements:
        for container in element.inside:
            graph.add_edge(container, element.id, kind=CONTAINS)
    for relation in plate.relations:
        if relation.crosses_plates:
            continue  # lives in the library's cross-plate index
        graph.add_edge(
            relation.source_id,
            relation.target_id,
            kind=str(relation.kind),
            relation=relation,
        )
    return graph


def containment_cycle(plate: Plate) -> list[str] | None:
    """The ids along a cycle of `inside`, or None when containment is a tree.

    Asked before the plate's graph exists (while checking a file), so it looks at the
    `inside` links alone: a depth-first walk from container to contents."""
    contents: dict[str, list[str]] = {}
    for element in plate.elements:
        for container in element.inside:
            contents.setdefault(container, []).append(element.id)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in contents:
        if state.get(start):
            continue
        path = [start]
        stack = [iter(contents.get(start, ()))]
        state[start] = 1
        while stack:
            child = next(stack[-1], None)
            if child is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(child) == 1:
                return path[path.index(child) :]
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append(iter(contents.get(child, ())))
    return None


def related_ids(graph: nx.DiGraph, element_id: str) -> set[str]:
    """Elements linked to `element_id` by a relation (either direction), not containment."""
    related: set[str] = set()
    for _, other, kind in graph.out_edges(element_id, data="kind"):
        if kind != CONTAINS:
            related.add(other)
    for other, _, kind in graph.in_edges(element_id, data="kind"):
        if kind != CONTAINS:
            related.add(other)
    return related


def reading_order(graph: nx.DiGraph) -> list[str]:
    """Non-container elements top-to-bottom, left-to-right within their container.

    Containers are visited in their own reading order, so keyboard focus moves
    region by region as a reader's eye would.
    """

    def position(node: str) -> tuple[float, float]:
        rect = graph.nodes[node]["element"].rect
        return (rect.y, rect.x) if rect else (0.0, 0.0)

    order: list[str] = []
    seen: set[str] = set()

    def visit(node: str) -> None:
        if node in seen:
            return
        seen.add(node)
        element = graph.nodes[node]["element"]
        if not element.is_container:
            order.append(node)
        children = [
            child for _, child, kind in graph.out_edges(node, data="kind") if kind == CONTAINS
        ]
        for child in sorted(children, key=position):
            # an element inside two containers is read with the first one reached
            if all(parent in seen for parent in graph.nodes[child]["inside"]):
                visit(child)

    roots = [n for n in graph.nodes if not graph.nodes[n]["inside"]]
    for root in sorted(roots, key=position):
        visit(root)
    for node in sorted(graph.nodes, key=position):  # anything left by a partial order
        visit(node)
    return order
