"""The first frame is drawn from the records: they must say what the graph says."""

from __future__ import annotations

from app.io.library_loader import load_library
from app.model.graph import CONTAINS, build_graph, containment_cycle
from app.model.plate import Element, ElementKind, Plate, Role
from app.model.plate_records import PlateRecords


def test_records_give_the_graphs_containment_and_relations_in_its_order() -> None:
    for plate in load_library().library.plates:
        graph = build_graph(plate)
        records = PlateRecords(plate)
        for node in graph.nodes:
            graph_contents = [c for _, c, k in graph.out_edges(node, data="kind") if k == CONTAINS]
            assert records.contents(node) == graph_contents, (plate.id, node)
        graph_relations = [
            (a, b, d["relation"]) for a, b, d in graph.edges(data=True) if "relation" in d
        ]
        assert list(records.relations()) == graph_relations, plate.id


def test_depth_counts_the_containers_around_an_element() -> None:
    plate = load_library().library.plate("strategie")
    depths = PlateRecords(plate).container_depths()
    for element in plate.elements:
        if element.inside:
            assert depths[element.id] == 1 + max(depths[c] for c in element.inside)
        else:
            assert depths[element.id] == 0


def test_a_containment_cycle_is_found_without_networkx() -> None:
    def element(eid: str, inside: tuple[str, ...]) -> Element:
        return Element(eid, eid, ElementKind.REGION, Role.CONTEXT, inside=inside)

    plate = Plate(
        1, 9, "p", "P", "", (100.0, 100.0),
        (element("a", ("c",)), element("b", ("a",)), element("c", ("b",)), element("d", ())),
        (),
    )  # fmt: skip
    cycle = containment_cycle(plate)
    assert cycle is not None and sorted(cycle) == ["a", "b", "c"]
    loose = Plate(1, 9, "p", "P", "", (100.0, 100.0), (element("a", ()), element("b", ("a",))), ())
    assert containment_cycle(loose) is None
