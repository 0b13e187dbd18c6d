"""Python's cyclic garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate, the session writer's
thread too. When it frees a window or dialog that Python owns, Qt deletes that object
on a thread it does not belong to: its timers stay registered and the next one crashes
the program (seen on Windows, in the test suite under Wine). So automatic collection
is off while the app runs, and a timer on the GUI thread collects what the collector's
own thresholds call for (pyqtgraph's GarbageCollector does the same for this reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from app.gc_pause import generation_due

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        gc.collect(generation_due())

    def stop(self) -> None:
        self._timer.stop()
