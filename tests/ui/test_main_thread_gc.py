"""While the app runs, Qt objects that Python owns are freed on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt

from app.ui.main_thread_gc import MainThreadCollector


def test_garbage_made_anywhere_is_freed_on_the_gui_thread(qtbot, qapp) -> None:
    gc.enable()  # as Python starts (tests/conftest.py turns it off for the suite)
    collector = MainThreadCollector(qapp, interval_ms=50)
    try:
        freed_on: list[int] = []
        garbage = QObject()  # Python's, in a cycle: only the collector frees it
        garbage.me = garbage  # type: ignore[attr-defined]
        garbage.destroyed.connect(
            lambda: freed_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )
        del garbage

        def allocate() -> None:  # a writer thread's allocations (past every threshold)
            kept = [[index] for index in range(200_000)]
            del kept

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert freed_on == []  # the worker's allocations did not free it there

        qtbot.waitUntil(lambda: freed_on != [], timeout=3000)
        assert freed_on == [threading.get_ident()]
        assert not gc.isenabled()
    finally:
        collector.stop()
        collector.deleteLater()
        gc.disable()
