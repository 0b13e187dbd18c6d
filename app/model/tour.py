"""A guided walk through a plate: which step is shown, and how the clicker's keys move it.

Presentation clickers send PageDown/PageUp (and some Right/Left, Space); a
number typed before Enter jumps to that step, as in slide software.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.plate import Plate, TourStep

MAX_READING_STEPS = 40  # more parts than this: present the whole plate, no walk


@dataclass
class Tour:
    """The steps, and within a step the view shown: a step whose subject is too large to
    read in one view is shown as several (the beamer says how many, per screen size)."""

    steps: tuple[TourStep, ...]
    index: int = 0
    typed: str = field(default="")  # digits typed before Enter
    view: int = 0  # which of the current step's views
    view_counts: tuple[int, ...] = ()  # views per step; missing means one

    @property
    def current(self) -> TourStep | None:
        return self.steps[self.index] if self.steps else None

    @property
    def next(self) -> TourStep | None:
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    @property
    def position(self) -> str:
        return f"{self.index + 1} / {len(self.steps)}" if self.steps else ""

    def views_in(self, index: int) -> int:
        return max(1, self.view_counts[index]) if 0 <= index < len(self.view_counts) else 1

    def set_view_counts(self, counts: tuple[int, ...]) -> None:
        self.view_counts = counts
        self.view = min(self.view, self.views_in(self.index) - 1)

    def go(self, index: int, view: int = 0) -> bool:
        """Move to a step (clamped) and one of its views; whether anything changed."""
        if not self.steps:
            return False
        target = max(0, min(len(self.steps) - 1, index))
        target_view = max(0, min(self.views_in(target) - 1, view))
        changed = (target, target_view) != (self.index, self.view)
        self.index, self.view = target, target_view
        return changed

    def forward(self) -> bool:
        if self.view + 1 < self.views_in(self.index):
            return self.go(self.index, self.view + 1)
        return self.go(self.index + 1)

    def back(self) -> bool:
        if self.view > 0:
            return self.go(self.index, self.view - 1)
        if self.index == 0:
            return False
        return self.go(self.index - 1, self.views_in(self.index - 1) - 1)

    def first(self) -> bool:
        return self.go(0)

    def last(self) -> bool:
        return self.go(len(self.steps) - 1)

    def type_digit(self, digit: str) -> None:
        if digit.isdigit() and len(self.typed) < 3:
            self.typed += digit

    def jump_to_typed(self) -> bool:
        """Enter after digits: go to that step (1-based); without digits, nothing."""
        typed, self.typed = self.typed, ""
        return self.go(int(typed) - 1) if typed else False


def reading_tour(plate: Plate) -> tuple[TourStep, ...]:
    """A walk for a plate whose file has no tour (an own plate): its top-level parts,
    top to bottom and left to right, each with its own label (and text) as caption."""
    roots = [e for e in plate.elements if not e.inside and e.rect is not None]
    if len(roots) > MAX_READING_STEPS:
        return ()
    roots.sort(key=lambda e: (round(e.rect.y / 40), e.rect.x) if e.rect else (0, 0))
    return tuple(TourStep((e.id,), f"{e.label}: {e.text}" if e.text else e.label) for e in roots)
