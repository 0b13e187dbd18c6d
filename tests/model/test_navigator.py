"""The navigator: one place, its history, and one notification per move (no Qt)."""

from __future__ import annotations

from app.model.history import START, Place
from app.model.navigator import Navigator, PlaceChange


def make() -> tuple[Navigator, list[PlaceChange]]:
    navigator = Navigator(lambda plate_id: plate_id in {"p1", "p2"})
    seen: list[PlaceChange] = []
    navigator.subscribe(seen.append)
    return navigator, seen


def test_it_starts_on_the_start_view_with_nothing_to_go_back_to() -> None:
    navigator, seen = make()
    assert navigator.current == Place(START)
    assert not navigator.can_go_back() and not navigator.can_go_forward()
    assert not navigator.back()
    assert seen == []


def test_each_move_is_announced_once_with_where_the_reader_came_from() -> None:
    navigator, seen = make()
    navigator.go_to(Place("p1"))
    navigator.go_to(Place("p1", "e1"), reveal=True)
    assert [change.place for change in seen] == [Place("p1"), Place("p1", "e1")]
    assert seen[0].previous == Place(START) and seen[0].plate_changed
    assert seen[1].previous == Place("p1") and not seen[1].plate_changed
    assert seen[1].reveal and not seen[0].reveal
    assert navigator.plate_id == "p1"


def test_an_unknown_plate_moves_nothing_and_tells_nobody() -> None:
    navigator, seen = make()
    navigator.go_to(Place("p1"))
    assert not navigator.go_to(Place("gone", "e1"))
    assert navigator.current == Place("p1")
    assert len(seen) == 1


def test_back_and_forward_walk_the_history_and_reveal_the_element() -> None:
    navigator, seen = make()
    for place in (Place("p1"), Place("p1", "e1"), Place("p2", "e9")):
        navigator.go_to(place)
    assert navigator.back() and navigator.current == Place("p1", "e1")
    assert seen[-1].reveal and seen[-1].previous == Place("p2", "e9")
    assert navigator.back() and navigator.current == Place("p1")
    assert not navigator.back()  # the first place: nothing before it
    assert navigator.forward() and navigator.current == Place("p1", "e1")
    assert len(seen) == 6  # three visits, three steps: one notification each


def test_a_new_place_after_going_back_drops_the_forward_history() -> None:
    navigator, _ = make()
    for place in (Place("p1"), Place("p2"), Place("p1", "e1")):
        navigator.go_to(place)
    navigator.back()
    navigator.go_to(Place("p2", "e5"))
    assert not navigator.can_go_forward()
    navigator.back()
    assert navigator.current == Place("p2")


def test_a_move_without_recording_leaves_the_history_alone() -> None:
    navigator, seen = make()
    navigator.go_to(Place("p1"))
    navigator.go_to(Place("p2"), record=False)
    assert navigator.current == Place("p2") and len(seen) == 2
    assert not navigator.can_go_back()


def test_a_guard_can_keep_the_reader_where_they_are() -> None:
    navigator, seen = make()
    navigator.go_to(Place("p1"))
    navigator.go_to(Place("p2"))
    staying = True
    navigator.guard(lambda place: not staying or place.plate_id == "p2")
    assert not navigator.go_to(Place("p1", "e1"))
    assert not navigator.back()  # refused: the history still points at p2
    assert navigator.current == Place("p2") and len(seen) == 2
    staying = False
    assert navigator.back() and navigator.current == Place("p1")


def test_subscribers_are_told_in_the_order_they_subscribed_and_can_leave() -> None:
    navigator = Navigator(lambda plate_id: True)
    order: list[str] = []
    navigator.subscribe(lambda change: order.append("first"))
    leave = navigator.subscribe(lambda change: order.append("second"))
    navigator.go_to(Place("p1"))
    leave()
    navigator.go_to(Place("p2"))
    assert order == ["first", "second", "first"]
