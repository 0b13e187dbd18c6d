"""Start-up imports the Qt-free core before PySide6 (PySide6 reads the source of every
module imported after it; the core's ~400 modules cost about 80 ms that way)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PROBE = r"""
import sys
sys.path.insert(0, {repo!r})
import app.cli
app.cli.load_core()
assert "PySide6" not in sys.modules, "the core imported PySide6"
core = set(sys.modules)
import app.ui.application, app.ui.main_window  # what the window imports at start
late = sorted(
    m for m in set(sys.modules) - core
    if m.split(".")[0] in ("networkx", "yaml") or m.startswith(("app.model", "app.io"))
)
print("late:", late)
"""


def test_the_window_finds_the_qt_free_core_loaded_before_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(repo=str(REPO))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # a Qt-free module the window imports at start belongs in app.cli.CORE_MODULES
    assert done.stdout.strip() == "late: []"
    # and the core is what it says: networkx and PyYAML come with it
    check = PROBE.format(repo=str(REPO)).replace(
        'print("late:", late)', 'print("networkx" in core, "yaml" in core)'
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert done.stdout.strip() == "True True"
