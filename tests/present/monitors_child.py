"""Run by tests/ui/test_presenting.py under an Xvfb screen of 3286x1080 with the xcb
platform: the screen is split into a laptop and a beamer monitor, a presentation
starts, the beamer is pulled out and plugged in again. Exits 0 when all held."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.present.x_monitors import Monitors

LAPTOP = (0, 0, 1366, 768)
BEAMER = (1366, 0, 1920, 1080)


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)
    print(f"ok: {what}", flush=True)


def wait(condition, what: str, ms: int = 8000) -> None:  # type: ignore[no-untyped-def]
    """Let Qt run until `condition` holds (events, not a fixed sleep), at most `ms`."""
    timer = QElapsedTimer()
    timer.start()
    while not condition() and timer.elapsed() < ms:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTest.qWait(10)
    check(bool(condition()), what)


def geometry(rect) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    return rect.x(), rect.y(), rect.width(), rect.height()


def main() -> int:
    monitors = Monitors()
    monitors.set("Laptop", *LAPTOP, output=True)
    monitors.set("Beamer", *BEAMER, output=False)
    app = QApplication(["overzichtsplaten"])
    names = sorted(s.name() for s in QGuiApplication.screens())
    check(names == ["Beamer", "Laptop"], f"Qt sees the two monitors as screens: {names}")

    from app.io.library_loader import load_library
    from app.ui.main_window import MainWindow
    from app.ui.settings import WindowSettings

    with tempfile.TemporaryDirectory() as data:
        window = MainWindow(load_library().library, WindowSettings(Path(data)))
        laptop = next(s for s in QGuiApplication.screens() if s.name() == "Laptop")
        window.setGeometry(laptop.availableGeometry().adjusted(40, 40, -40, -40))
        window.show()
        wait(lambda: window.windowHandle().isExposed(), "the main window is on the laptop")
        window.start_presentation("strategie")
        p = window.presentation
        check(p is not None and p.beamer_screen.name() == "Beamer", "the beamer is chosen")
        wait(lambda: p.beamer.windowHandle().isExposed(), "the beamer window is mapped")
        wait(lambda: geometry(p.beamer.geometry()) == BEAMER, "fullscreen on the beamer")
        check(p.beamer.screen().name() == "Beamer", "on the beamer's screen")
        check(p.presenter is not None and p.presenter.isVisible(), "presenter view shown")
        check(p.presenter.screen().name() == "Laptop", "presenter view on the laptop")

        monitors.delete("Beamer")  # the cable is pulled out
        wait(lambda: len(QGuiApplication.screens()) == 1, "Qt sees the beamer go")
        wait(lambda: geometry(p.beamer.geometry()) == LAPTOP, "the plate moves to the laptop")
        wait(lambda: not p.presenter.isVisible(), "the presenter view steps aside")
        check(window.presentation is p, "still presenting")
        p.beamer.activateWindow()
        wait(lambda: p.beamer.isActiveWindow(), "the plate has the keys")
        QTest.keyClick(p.beamer, Qt.Key.Key_PageDown)
        check((p.tour.index, p.tour.view) != (0, 0), "the clicker still steps")

        monitors.set("Beamer", *BEAMER, output=False)  # and plugged in again
        wait(lambda: len(QGuiApplication.screens()) == 2, "Qt sees the beamer come back")
        wait(lambda: geometry(p.beamer.geometry()) == BEAMER, "the plate goes back to it")
        wait(lambda: p.presenter.isVisible(), "the presenter view is back on the laptop")
        p.stop()
        window.sessions.close()
        window.close()
    print("all held", flush=True)
    _ = app
    return 0


if __name__ == "__main__":
    # Ends without Python's teardown of the Qt objects: on PySide6 6.12 that teardown
    # can crash after everything passed (see tests/present/conftest.py).
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
