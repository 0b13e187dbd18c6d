"""Saves off the UI thread: the UI hands over bytes, a worker thread writes them.

fsync can take tens of milliseconds on a laptop disk; the window must not
freeze for it while someone types. Jobs are kept per key and coalesced: if
a newer snapshot of a session arrives before the older one was written, only
the newer one is written. `on_done` is called on the worker thread with the
outcome; the UI layer turns that into a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class WriteResult:
    key: str
    revision: int
    error: Exception | None


class BackgroundWriter:
    def __init__(self, on_done: Callable[[WriteResult], None]) -> None:
        self._on_done = on_done
        self._pending: dict[str, tuple[int, Callable[[], object]]] = {}
        self._condition = threading.Condition()
        self._busy = False
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="werkblad-opslaan", daemon=True)
        self._thread.start()

    def submit(self, key: str, revision: int, job: Callable[[], object]) -> None:
        with self._condition:
            self._pending[key] = (revision, job)
            self._condition.notify()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted is written (closing the window waits for this)."""
        with self._condition:
            return self._condition.wait_for(
                lambda: not self._pending and not self._busy, timeout=timeout
            )

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        self.flush()
        with self._condition:
            self._stopped = True
            self._condition.notify_all()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._stopped)
                if self._stopped and not self._pending:
                    return
                key = next(iter(self._pending))
                revision, job = self._pending.pop(key)
                self._busy = True
            error: Exception | None = None
            try:
                job()
            except Exception as caught:  # reported to the UI, never lost in the thread
                error = caught
            # report before going idle: flush() returning means the result is delivered
            self._on_done(WriteResult(key, revision, error))
            with self._condition:
                self._busy = False
                self._condition.notify_all()
