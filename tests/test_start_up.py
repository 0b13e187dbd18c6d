"""Start-up: the plate on screen before networkx is loaded; the Qt-free core before PySide6.

The first frame of the last plate is drawn from the plate records; networkx and the
graphs are built in idle turns right after it. What the core imports before PySide6
stays before it (PySide6 reads the source of every module imported after it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The real program (cli.main) for a returning user whose last plate was plate 2; the
# child looks at what is imported at the plate's first paint, and once start-up is done.
PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {repo!r})
from pathlib import Path

import app.cli

app.cli.load_core()
assert "PySide6" not in sys.modules, "the core imported PySide6"
core = set(sys.modules)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.ui import main_window
from app.ui.settings import WindowSettings

late = sorted(
    m for m in set(sys.modules) - core
    if m.split(".")[0] == "yaml" or m.startswith(("app.model", "app.io"))
)
print("late:", late)
data = {data!r}
qt = QApplication([])
settings = WindowSettings(Path(data)); settings.set_last_plate("strategie"); settings.sync()
show = main_window.MainWindow.show


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is self.target:
            print("networkx at first paint:", "networkx" in sys.modules, flush=True)
            print("PyYAML at first paint:", "yaml" in sys.modules, flush=True)
            watched.removeEventFilter(self)
        return False


def watched_show(window):
    spy = window.first_paint_spy = FirstPaint()
    spy.target = window.current_view().viewport()
    spy.target.installEventFilter(spy)
    window.deferred.finished.connect(
        lambda: (print("networkx when done:", "networkx" in sys.modules, flush=True), qt.quit())
    )
    show(window)


main_window.MainWindow.show = watched_show
QTimer.singleShot(60_000, qt.quit)
from app.ui.application import run_app

run_app(app.cli.build_parser().parse_args(["--data-dir", data]))
"""


def start(data: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(repo=str(REPO), data=str(data))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [
        line for line in done.stdout.splitlines() if line.startswith(("late", "networkx", "Py"))
    ]


def test_the_plate_is_painted_before_networkx_loads_and_the_core_before_pyside6(
    tmp_path: Path,
) -> None:
    # a Qt-free module the window imports at start belongs in app.cli.CORE_MODULES
    assert start(tmp_path) == [
        "late: []",
        "networkx at first paint: False",
        "PyYAML at first paint: True",  # the first start reads the plates' YAML
        "networkx when done: True",
    ]
    # the next start finds every plate in the parsed cache: no YAML reader at all
    assert start(tmp_path)[2] == "PyYAML at first paint: False"
