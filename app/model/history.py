"""Back and forward through the places a reader has been, like a browser's history."""

from __future__ import annotations

from dataclasses import dataclass, field

START = ""  # the start view, where no plate is open


@dataclass(frozen=True, slots=True)
class Place:
    plate_id: str  # START for the start view
    element_id: str | None = None


@dataclass
class History:
    limit: int = 200
    _places: list[Place] = field(default_factory=list)
    _index: int = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: Place) -> None:
        """Record a new place; forward history is dropped, repeats are not stacked."""
        if place == self.current:
            return
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self.limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def peek(self, step: int) -> Place | None:
        """The place `step` places back (-1) or forward (+1), without going there."""
        index = self._index + step
        return self._places[index] if 0 <= index < len(self._places) and self._index >= 0 else None

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
