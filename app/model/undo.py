"""Undo and redo, one way for every edit: answers in a worksheet and moves in a layout.

A step knows how to undo and redo itself and may take a following step into
itself (typing a word, a run of arrow-key nudges: one step). The history keeps
at most `LIMIT` steps (the oldest go first) and remembers the point at which
the work was last saved, so that "unsaved changes" survives undo and redo.
No Qt here: the window listens through `listeners`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

LIMIT = 500  # steps kept; the oldest are dropped first


class Step(Protocol):
    name: str  # what the step did, for the undo menu (the window translates it)

    def undo(self) -> None: ...

    def redo(self) -> None: ...

    def absorb(self, later: Step) -> bool:
        """Take `later` into this step (True), or leave it a step of its own (False)."""
        ...


S = TypeVar("S", bound=Step)


class UndoHistory(Generic[S]):
    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._done: list[S] = []
        self._undone: list[S] = []
        self._clean: int | None = 0  # len(_done) when saved; None: that state is gone
        self.listeners: list[Callable[[], None]] = []

    # --- what there is -------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_name(self) -> str:
        return self._done[-1].name if self._done else ""

    @property
    def is_clean(self) -> bool:
        return self._clean == len(self._done)

    # --- changing it ---------------------------------------------------------------
    def push(self, step: S) -> None:
        """Record a step that has already been done."""
        if self._clean is not None and self._clean > len(self._done):
            self._clean = None  # saved in a state that was undone; redo goes away with it
        last = self._done[-1] if self._done else None
        if last is not None and last.absorb(step):
            if self._clean == len(self._done):
                self._clean = None  # the saved state was the one before the merged step
        else:
            self._done.append(step)
            dropped = len(self._done) - self.limit
            if dropped > 0:
                del self._done[:dropped]
                if self._clean is not None:
                    self._clean = self._clean - dropped if self._clean >= dropped else None
        self._undone.clear()
        self._changed()

    def undo(self) -> S | None:
        if not self._done:
            return None
        step = self._done.pop()
        step.undo()
        self._undone.append(step)
        self._changed()
        return step

    def redo(self) -> S | None:
        if not self._undone:
            return None
        step = self._undone.pop()
        step.redo()
        self._done.append(step)
        self._changed()
        return step

    def set_clean(self) -> None:
        self._clean = len(self._done)
        self._changed()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean = 0
        self._changed()

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()
