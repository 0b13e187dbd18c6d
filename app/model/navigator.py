"""Where the reader is: one place (plate and element), its history, one notification.

The navigator holds the current place and the back/forward history. Everything
that follows the reader (the plate on screen, the guide panel, the outline, the
worksheet, the settings, the menus) subscribes to `place_changed` and redraws
from the change it is handed; nothing else moves the reader. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.model.history import START, History, Place

Listener = Callable[["PlaceChange"], None]
Guard = Callable[[Place], bool]


@dataclass(frozen=True, slots=True)
class PlaceChange:
    """One move of the reader, as the subscribers are told it."""

    place: Place
    previous: Place
    reveal: bool = False  # scroll the element into view (a link, back, the outline)
    focus: bool = True  # the plate takes keyboard focus

    @property
    def plate_changed(self) -> bool:
        return self.place.plate_id != self.previous.plate_id


def on_plates(job: Callable[[str], object]) -> Listener:
    """A listener that hands `job` the plate's id, and stays quiet on the start view."""

    def listener(change: PlaceChange) -> None:
        if change.place.plate_id != START:
            job(change.place.plate_id)

    return listener


class Navigator:
    """The current place and the history; `go_to` is the one way to move the reader."""

    def __init__(self, knows_plate: Callable[[str], bool], limit: int = 200) -> None:
        self.knows_plate = knows_plate
        self.history = History(limit)
        self.current = Place(START)
        self._listeners: list[Listener] = []
        self._guards: list[Guard] = []

    @property
    def plate_id(self) -> str:
        return self.current.plate_id

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every move, in the order of subscribing; returns the
        way to unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def guard(self, may_go: Guard) -> None:
        """`may_go(place)` is asked before each move and can refuse it (unsaved work that
        the user wants to keep on screen)."""
        self._guards.append(may_go)

    def go_to(
        self, place: Place, *, record: bool = True, reveal: bool = False, focus: bool = True
    ) -> bool:
        """Move to `place` and tell every subscriber once; False when nothing moved."""
        if not self._may_go(place):
            return False
        if record:
            self.history.visit(place)
        self._arrive(PlaceChange(place, self.current, reveal=reveal, focus=focus))
        return True

    def _may_go(self, place: Place) -> bool:
        if place.plate_id != START and not self.knows_plate(place.plate_id):
            return False
        return all(may_go(place) for may_go in self._guards)

    def _arrive(self, change: PlaceChange) -> None:
        self.current = change.place
        for listener in list(self._listeners):
            listener(change)

    def go_to_element(self, element_id: str | None) -> bool:
        return self.go_to(Place(self.plate_id, element_id))

    def back(self) -> bool:
        return self._through_history(-1)

    def forward(self) -> bool:
        return self._through_history(+1)

    def _through_history(self, step: int) -> bool:
        place = self.history.peek(step)
        if place is None or not self._may_go(place):
            return False  # refused: the history stays where the reader is
        self.history.back() if step < 0 else self.history.forward()
        self._arrive(PlaceChange(place, self.current, reveal=True))
        return True

    def can_go_back(self) -> bool:
        return self.history.can_go_back()

    def can_go_forward(self) -> bool:
        return self.history.can_go_forward()


__all__ = ["Navigator", "PlaceChange", "on_plates"]
