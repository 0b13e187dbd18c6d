"""Shared fixtures. Qt tests run offscreen unless the caller chose a platform (CI: xvfb too)."""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from app.gc_pause import generation_due
from app.io.library_loader import load_library
from app.model.library import PlateLibrary

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def library() -> PlateLibrary:
    result = load_library()
    assert result.ok, "\n".join(str(p) for p in result.problems)
    return result.library


def pytest_configure(config) -> None:  # type: ignore[no-untyped-def]
    # the collector runs between tests, on the main thread only (see below)
    gc.disable()


@pytest.fixture(autouse=True)
def qt_objects_end_on_the_main_thread():  # type: ignore[no-untyped-def]
    """Qt objects are deleted on the main thread, as in the app.

    pytest-qt's deleteLater() is not carried out by processEvents() outside an event loop,
    so a closed window lived on into the next test with its timers running. Python then
    collected it while Windows' subprocess.run() read a child's output on a thread of its
    own; Qt deleted it on that thread, its timer stayed registered, and the next WM_TIMER
    crashed the whole run (Windows under Wine, after tests/ui/test_first_window.py).

    So after each test the closed widgets are deleted here, and the collector, which
    would otherwise run on whichever thread allocates, runs only here, as often as its
    thresholds ask (a full collection after every test took 75 ms each); the app does
    the same on a timer (app.ui.main_thread_gc)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.disable()  # a test may have turned it on
    gc.collect(generation_due())


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A modal dialog nobody expects would wait forever in a test: fail fast instead.
    Tests that expect a dialog patch it themselves (their patch wins)."""
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # the Qt-free tests run without PySide6 too
        yield
        return

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {args[1:3]!r}")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse(self, self.text()))
    yield


@pytest.fixture
def plate_file(tmp_path: Path):
    """Write a plate file's text (or bytes) and return its path."""

    def write(content: str | bytes, name: str = "plaat.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


def show_active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Show a window and make it the active one, as a user's first click would.

    Shortcuts and keyboard focus reach only the active window, and under Xvfb
    there is no window manager to activate it.
    """
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
