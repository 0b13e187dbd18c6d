"""All loaded plates together: lookup by number or id, and links across plates."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.model.graph import build_graph
from app.model.plate import Chapter, Plate, Relation, RelationKind, Source
from app.model.problems import Code, Problem

if TYPE_CHECKING:
    import networkx as nx


class PlateGraphs(MutableMapping[str, "nx.DiGraph"]):
    """Each plate's graph, built when first asked for (or all at once by `build_all`).

    The first frame of a plate needs its records only; the graphs, and networkx with
    them, come right after it. Whatever asks a graph before then gets it built there."""

    def __init__(self) -> None:
        self._plates: dict[str, Plate] = {}
        self._graphs: dict[str, nx.DiGraph] = {}

    def register(self, plate: Plate) -> None:
        """A plate (new, or a new version): its graph is built anew when next asked."""
        self._plates[plate.id] = plate
        self._graphs.pop(plate.id, None)

    def is_built(self, plate_id: str) -> bool:
        return plate_id in self._graphs

    def build_all(self) -> None:
        for plate_id in self._plates:
            self[plate_id]

    def __getitem__(self, plate_id: str) -> nx.DiGraph:
        graph = self._graphs.get(plate_id)
        if graph is None:
            graph = self._graphs[plate_id] = build_graph(self._plates[plate_id])
        return graph

    def __setitem__(self, plate_id: str, graph: nx.DiGraph) -> None:
        self._graphs[plate_id] = graph

    def __delitem__(self, plate_id: str) -> None:
        del self._plates[plate_id]
        self._graphs.pop(plate_id, None)

    def __contains__(self, plate_id: object) -> bool:
        return plate_id in self._plates

    def __iter__(self) -> Iterator[str]:
        return iter(self._plates)

    def __len__(self) -> int:
        return len(self._plates)


@dataclass(frozen=True, slots=True)
class ElementRef:
    plate_id: str
    element_id: str

    @classmethod
    def parse(cls, text: str, default_plate: str) -> ElementRef:
        plate_id, sep, element_id = text.partition(":")
        if not sep:
            return cls(default_plate, text)
        return cls(plate_id, element_id)

    def __str__(self) -> str:
        return f"{self.plate_id}:{self.element_id}"


@dataclass(frozen=True, slots=True)
class Link:
    """A relation as seen from one end: where it goes and what it is."""

    target: ElementRef
    kind: RelationKind
    label: str
    outgoing: bool


@dataclass(frozen=True, slots=True)
class LinkProblem:
    source: Source | None
    problem: Problem

    @property
    def message(self) -> str:
        return str(self.problem)


@dataclass
class PlateLibrary:
    plates: list[Plate] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    graphs: PlateGraphs = field(default_factory=PlateGraphs)
    own: dict[str, str] = field(default_factory=dict)  # the user's plates: id -> file path
    _cross: dict[ElementRef, list[Link]] = field(default_factory=dict)

    def add(self, plate: Plate, own_file: str | None = None) -> None:
        """Add a plate; `own_file` marks one of the user's own (editable, watched) plates.

        The four shipped plates come first; own plates follow in number order."""
        self.plates.append(plate)
        if own_file:
            self.own[plate.id] = own_file
        self.plates.sort(key=lambda p: (p.id in self.own, p.number, p.id))
        self.graphs.register(plate)

    def replace(self, plate: Plate) -> list[LinkProblem]:
        """A new version of a loaded plate (its file changed); links are resolved again."""
        index = next(i for i, p in enumerate(self.plates) if p.id == plate.id)
        self.plates[index] = plate
        self.graphs.register(plate)
        return self.resolve_links()

    def is_own(self, plate_id: str) -> bool:
        return plate_id in self.own

    def plate(self, key: str | int) -> Plate:
        for plate in self.plates:
            if plate.id == key or str(plate.number) == str(key):
                return plate
        raise KeyError(key)

    def chapter(self, chapter_id: str) -> Chapter:
        for chapter in self.chapters:
            if chapter.id == chapter_id:
                return chapter
        raise KeyError(chapter_id)

    def resolve_links(self) -> list[LinkProblem]:
        """Index cross-plate relations in both directions; report those that do not resolve."""
        problems: list[LinkProblem] = []
        self._cross.clear()
        for plate in self.plates:
            for relation in plate.relations:
                if not relation.crosses_plates:
                    continue
                target = ElementRef.parse(relation.target_id, plate.id)
                if not self._exists(target):
                    problems.append(
                        LinkProblem(
                            relation.source,
                            Problem.of(Code.LINK_UNRESOLVED, id=relation.id, target=str(target)),
                        )
                    )
                    continue
                here = ElementRef(plate.id, relation.source_id)
                self._cross.setdefault(here, []).append(
                    Link(target, relation.kind, relation.label, outgoing=True)
                )
                self._cross.setdefault(target, []).append(
                    Link(here, relation.kind, relation.label, outgoing=False)
                )
        return problems

    def _exists(self, ref: ElementRef) -> bool:
        # asked while loading, before any graph is built: the records answer it
        plate = next((p for p in self.plates if p.id == ref.plate_id), None)
        return plate is not None and plate.has_element(ref.element_id)

    def links(self, plate_id: str, element_id: str) -> list[Link]:
        """Every relation of an element, on its own plate and across plates."""
        graph = self.graphs[plate_id]
        found: list[Link] = []
        for _, other, data in graph.out_edges(element_id, data=True):
            relation: Relation | None = data.get("relation")
            if relation:
                found.append(Link(ElementRef(plate_id, other), relation.kind, relation.label, True))
        for other, _, data in graph.in_edges(element_id, data=True):
            relation = data.get("relation")
            if relation:
                found.append(
                    Link(ElementRef(plate_id, other), relation.kind, relation.label, False)
                )
        found.extend(self._cross.get(ElementRef(plate_id, element_id), []))
        return found
