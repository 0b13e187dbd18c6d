"""What the first frame does not need, built in idle turns of the event loop after it.

The start draws the last plate (or the start page) from the plate records. Right after
the first paint, one step per turn of the event loop: networkx and the graph of the
plate on screen, the other plates' graphs, then the parts that ask them (the outline);
then, one per turn, what is not on screen (the other plates' items, the worksheet panel).
Nothing on screen changes. A click that comes before the graphs exist waits in a queue
while the steps left are done at once, and is answered, in order, right after them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.typing_compat import override

Step = Callable[[], object]
PAINT_FIRST_MS = 50


class DeferredStart(QObject):
    finished = Signal()  # every step done, the later ones too

    def __init__(
        self, steps: list[Step], parent: QObject | None = None, later: list[Step] | None = None
    ) -> None:
        """`steps` are what input needs (the graphs): an early click waits for them.
        `later` are parts that are not on screen (other plates, hidden panels): made in
        the idle turns after the steps, or when first asked for; nothing waits for them."""
        super().__init__(parent)
        self._steps = list(steps)
        self._later = list(later or [])
        self._queued: list[Step] = []
        self._watched: QWidget | None = None
        self._turn = QTimer(self)  # one turn of the event loop at a time
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._next)
        self.started = False
        self.stopped = False  # the window closed: no more idle turns
        self.done = False  # the steps input needs are done
        self.all_done = False

    # --- when to begin ---------------------------------------------------------------
    def after_first_paint(self, widget: QWidget) -> None:
        """Begin once `widget` (the window) has painted."""
        if self.started or self._watched is not None:
            return
        if isinstance(widget, QAbstractScrollArea):
            widget = widget.viewport()
        self._watched = widget
        widget.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            # the steps begin after this paint (of the window and all it shows), not in it
            watched.removeEventFilter(self)
            self._watched = None
            self.begin()
        return False

    def begin(self) -> None:
        if not self.started:
            self.started = True
            self._turn.start()

    # --- the steps -----------------------------------------------------------------------
    def _next(self) -> None:
        if os.environ.get("OVERZICHTSPLATEN_BENCHMARK") == "first-paint":
            # benchmarks/run.py times a frozen build's start this way; the line tells it the
            # moment was reached even when Wine crashes in the DLLs' teardown after it
            if sys.stderr is not None:  # a windowed Windows program has none
                sys.stderr.write("benchmark: reached\n")
                sys.stderr.flush()
            os._exit(0)
        answered = False
        if not self.done:
            if self._steps:
                self._steps.pop(0)()
            if not self._steps:
                self.done = True
                queued, self._queued = self._queued, []
                for call in queued:
                    call()
                answered = bool(queued)
        elif self._later:
            self._later.pop(0)()
        if self._steps or self._later:
            # what an early click changed is painted before the later parts are made (Qt
            # paints a few milliseconds after a change; a timer of 0 would come first)
            if not self.stopped:
                self._turn.start(PAINT_FIRST_MS if answered else 0)
        elif not self.all_done:
            self.all_done = True
            self.finished.emit()

    def when_ready(self, call: Step) -> None:
        """Run `call` once the steps input needs are done. A click that comes early waits
        in the queue while they are done at once (the user is waiting now, not the idle
        loop), and is answered, not lost; the later parts follow in idle turns."""
        if self.done:
            call()
            return
        self._queued.append(call)
        self.started = True
        while not self.done:
            self._next()

    def stop(self) -> None:
        """No more idle turns: the window closed, and a closed window builds nothing more
        in the background (what is asked for is still made when asked)."""
        self.stopped = True
        self._turn.stop()

    def finish_now(self) -> None:
        """Run everything left at once (something needs the whole app now)."""
        self.started = True
        while not self.all_done:
            self._next()
