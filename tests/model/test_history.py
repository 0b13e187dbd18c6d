from app.model.history import START, History, Place


def test_back_and_forward_walk_the_places_visited() -> None:
    history = History()
    history.visit(Place(START))
    history.visit(Place("smjp"))
    history.visit(Place("smjp", "eigentijds-mbo"))
    assert history.back() == Place("smjp")
    assert history.back() == Place(START)
    assert history.back() is None
    assert history.forward() == Place("smjp")


def test_a_new_visit_drops_the_forward_history_and_repeats_are_not_stacked() -> None:
    history = History()
    for place in (Place("a"), Place("b"), Place("b"), Place("c")):
        history.visit(place)
    history.back()
    history.visit(Place("d"))
    assert not history.can_go_forward()
    assert history.back() == Place("b")
    assert history.back() == Place("a")


def test_history_is_bounded() -> None:
    history = History(limit=3)
    for name in "abcde":
        history.visit(Place(name))
    assert history.back() == Place("d")
    assert history.back() == Place("c")
    assert history.back() is None
