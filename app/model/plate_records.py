"""A plate's records arranged for drawing: what holds what, and the lines to draw.

The first frame of a plate is drawn from these, before the plate's networkx graph
exists (networkx and the graph come right after it). They answer the same questions
the graph answers for drawing, in the graph's order (`build_graph` is the model;
these follow its rules: a relation between a container and what it holds takes the
place of the containment edge, as adding an edge twice does in networkx).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.model.graph import CONTAINS
from app.model.plate import Element, Plate, Relation


class PlateRecords:
    def __init__(self, plate: Plate) -> None:
        self.elements: dict[str, Element] = {e.id: e for e in plate.elements}
        # successors in the order build_graph adds them, with that edge's last data
        self._out: dict[str, dict[str, tuple[str, Relation | None]]] = {
            e.id: {} for e in plate.elements
        }
        self._in_containers: dict[str, list[str]] = {}
        for element in plate.elements:
            for container in element.inside:
                self._out.setdefault(container, {})[element.id] = (CONTAINS, None)
        for relation in plate.relations:
            if relation.crosses_plates:
                continue
            self._out.setdefault(relation.target_id, {})
            self._out.setdefault(relation.source_id, {})[relation.target_id] = (
                str(relation.kind),
                relation,
            )
        for source, targets in self._out.items():
            for target, (kind, _) in targets.items():
                if kind == CONTAINS:
                    self._in_containers.setdefault(target, []).append(source)

    def contents(self, element_id: str) -> list[str]:
        """What sits directly inside an element (the graph's `contains` edges)."""
        return [t for t, (kind, _) in self._out.get(element_id, {}).items() if kind == CONTAINS]

    def relations(self) -> Iterator[tuple[str, str, Relation]]:
        """The plate's own relations as the graph holds them: (source, target, relation)."""
        for source, targets in self._out.items():
            for target, (_, relation) in targets.items():
                if relation is not None:
                    yield source, target, relation

    def container_depths(self) -> dict[str, int]:
        """How deep each element sits in containers (0: in none)."""
        depths: dict[str, int] = {}

        def depth(node: str, path: frozenset[str]) -> int:
            known = depths.get(node)
            if known is not None:
                return known
            parents = [p for p in self._in_containers.get(node, ()) if p not in path]
            depths[node] = 1 + max((depth(p, path | {node}) for p in parents), default=-1)
            return depths[node]

        for node in self._out:
            depth(node, frozenset())
        return depths
