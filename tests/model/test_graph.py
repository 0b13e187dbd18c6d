from app.model.graph import CONTAINS, reading_order, related_ids
from app.model.library import ElementRef, PlateLibrary
from app.model.plate import RelationKind


def test_graph_has_a_node_per_element_and_an_edge_per_relation(library: PlateLibrary) -> None:
    for plate in library.plates:
        graph = library.graphs[plate.id]
        assert set(graph.nodes) == {e.id for e in plate.elements}
        local = [r for r in plate.relations if not r.crosses_plates]
        kinds = {(a, b): k for a, b, k in graph.edges(data="kind") if k != CONTAINS}
        for relation in local:
            assert kinds[(relation.source_id, relation.target_id)] == relation.kind
        containment = sum(len(e.inside) for e in plate.elements)
        assert graph.number_of_edges() == len(local) + containment


def test_related_elements_come_from_relations_not_containment(library: PlateLibrary) -> None:
    graph = library.graphs["programmas"]
    assert related_ids(graph, "edu-v") == {"npuls-digitale-leermaterialen", "cyberveiligheid"}


def test_cross_plate_links_resolve_both_ways(library: PlateLibrary) -> None:
    from_two = library.links("strategie", "npuls")
    assert any(
        link.target == ElementRef("programmas", "npuls") and link.kind == RelationKind.SAME_AS
        for link in from_two
    )
    from_four = library.links("programmas", "npuls")
    assert any(
        link.target == ElementRef("strategie", "npuls") and not link.outgoing for link in from_four
    )


def test_reading_order_goes_region_by_region(library: PlateLibrary) -> None:
    order = reading_order(library.graphs["strategie"])
    student = order.index("student-beroep-burger")
    assert order[student : student + 3] == [
        "student-beroep-burger",
        "student-regie-data",
        "student-leermiddelen-bestellen",
    ]
    assert order.index("docent-digitale-professionaliteit") > order.index(
        "student-leermiddelen-bestellen"
    )
    containers = {e.id for e in library.plate("strategie").elements if e.is_container}
    assert not containers & set(order)


def test_what_a_region_holds_is_not_related_to_it_unless_a_relation_says_so(
    library: PlateLibrary,
) -> None:
    for plate in library.plates:
        graph = library.graphs[plate.id]
        for element in plate.elements:
            linked = {
                r.target_id if r.source_id == element.id else r.source_id
                for r in plate.relations
                if not r.crosses_plates and element.id in (r.source_id, r.target_id)
            }
            assert related_ids(graph, element.id) == linked, (plate.id, element.id)
