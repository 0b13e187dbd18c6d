"""Start-up: the plate on screen before networkx is loaded; the Qt-free core before PySide6.

The first frame of the last plate is drawn from the plate records; networkx and the
graphs are built in idle turns right after it. The core (app.cli.CORE_MODULES) is what
that frame needs, imported before PySide6; PySide6 reads the source of every module
imported after it (PYSIDE-2029), so the Qt-free modules that come later are imported
inside app.plain_import.plain_imports(), without that hook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The real program (cli.main) for a returning user whose last plate was plate 2; the
# child looks at what is imported at the plate's first paint, and once start-up is done.
PROBE = r"""
import os, sys
LATER = {later!r}
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {repo!r})
from pathlib import Path

import builtins
import app.cli

app.cli.load_core()
assert "PySide6" not in sys.modules, "the core imported PySide6"
core = set(sys.modules)
print("core:", sorted(m for m in LATER if m in core))
plain = builtins.__import__
hooked = []


class Watch:  # notes each Qt-free module imported through PySide6's hook
    @staticmethod
    def find_spec(name, path=None, target=None):
        qt_free = name.split(".")[0] in ("yaml", "networkx") or name.startswith(
            ("app.model", "app.io")
        )
        if qt_free and builtins.__import__ is not plain:
            hooked.append(name)
        return None


sys.meta_path.insert(0, Watch)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app.cli.load_window_modules()
from app.ui import main_window
from app.ui.settings import WindowSettings

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
        lambda: (
            print("networkx when done:", "networkx" in sys.modules, flush=True),
            print("hooked:", sorted(set(hooked)), flush=True),
            qt.quit(),
        )
    )
    show(window)


main_window.MainWindow.show = watched_show
QTimer.singleShot(60_000, qt.quit)
from app.ui.application import run_app

run_app(app.cli.build_parser().parse_args(["--data-dir", data]))
"""


# Qt-free modules the first paint does not need: not in the core (the window imports
# them later, or on first use)
LATER = (
    "app.io.background_writer",
    "app.io.session_format",
    "app.io.session_store",
    "app.model.answers_view",
    "app.model.search",
    "app.model.undo",
    "app.model.worksheet",
    "networkx",
    "yaml",
)


def start(data: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(repo=str(REPO), data=str(data), later=LATER)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [
        line
        for line in done.stdout.splitlines()
        if line.startswith(("core", "hooked", "networkx", "Py"))
    ]


def test_the_plate_is_painted_before_networkx_loads_and_the_core_before_pyside6(
    tmp_path: Path,
) -> None:
    first = start(tmp_path)
    # the core is what the first paint needs; what else is Qt-free comes later
    assert first[:4] == [
        "core: []",
        "networkx at first paint: False",
        "PyYAML at first paint: True",  # the first start reads the plates' YAML
        "networkx when done: True",
    ]
    # (that YAML reader is imported by run_app's load_library, through the hook: on a
    # first start only, or when a plate changed)
    # the next start finds every plate in the parsed cache: no YAML reader at all, and
    # every Qt-free module after PySide6 is imported without the hook
    assert start(tmp_path) == [
        "core: []",
        "networkx at first paint: False",
        "PyYAML at first paint: False",
        "networkx when done: True",
        "hooked: []",
    ]
