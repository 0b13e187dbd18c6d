"""One undo history for worksheet and layout edits: steps, merging, the 500-step cap, saved state."""

from __future__ import annotations

from app.model.undo import LIMIT, Step, UndoHistory


class Counter:
    """A step that adds `amount` to a shared total; steps of the same `run` merge."""

    def __init__(self, total: list[int], amount: int, run: str = "") -> None:
        self.total, self.amount, self.run, self.name = total, amount, run, "tel"

    def undo(self) -> None:
        self.total[0] -= self.amount

    def redo(self) -> None:
        self.total[0] += self.amount

    def absorb(self, later: Step) -> bool:
        if isinstance(later, Counter) and self.run and later.run == self.run:
            self.amount += later.amount
            return True
        return False


def do(history: UndoHistory[Counter], total: list[int], amount: int, run: str = "") -> None:
    total[0] += amount
    history.push(Counter(total, amount, run))


def test_undo_and_redo_walk_the_steps_and_a_new_step_drops_redo() -> None:
    total = [0]
    history: UndoHistory[Counter] = UndoHistory()
    do(history, total, 1)
    do(history, total, 10)
    history.undo()
    assert total == [1] and history.can_redo()
    history.redo()
    assert total == [11]
    history.undo()
    do(history, total, 100)
    assert total == [101] and not history.can_redo()


def test_a_run_is_one_step() -> None:
    total = [0]
    history: UndoHistory[Counter] = UndoHistory()
    for _ in range(5):
        do(history, total, 1, run="typen")
    history.undo()
    assert total == [0] and not history.can_undo()


def test_at_most_500_steps_are_kept() -> None:
    total = [0]
    history: UndoHistory[Counter] = UndoHistory()
    for _ in range(LIMIT + 100):
        do(history, total, 1)
    while history.can_undo():
        history.undo()
    assert LIMIT == 500 and total == [100]


def test_the_saved_state_is_known_through_undo_redo_and_the_cap() -> None:
    total = [0]
    history: UndoHistory[Counter] = UndoHistory(limit=3)
    calls: list[bool] = []
    history.listeners.append(lambda: calls.append(history.is_clean))
    assert history.is_clean
    do(history, total, 1)
    history.set_clean()
    do(history, total, 1)
    assert not history.is_clean
    history.undo()
    assert history.is_clean  # back where it was saved
    do(history, total, 5)  # a different edit from the saved state
    history.undo()
    assert history.is_clean
    history.redo()
    do(history, total, 1)
    do(history, total, 1)
    do(history, total, 1)  # the saved state dropped off the end
    while history.can_undo():
        history.undo()
    assert not history.is_clean
    assert calls and calls[-1] is False  # listeners hear every change
    merged: UndoHistory[Counter] = UndoHistory()
    do(merged, total, 1, run="r")
    merged.set_clean()
    do(merged, total, 1, run="r")  # merged into the saved step: no longer saved
    assert not merged.is_clean
