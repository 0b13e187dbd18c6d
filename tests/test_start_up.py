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
print("core has networkx and PyYAML:", "networkx" in core and "yaml" in core)
"""


def test_the_window_finds_the_qt_free_core_loaded_before_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(repo=str(REPO))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    late, core = done.stdout.strip().splitlines()
    # a Qt-free module the window imports at start belongs in app.cli.CORE_MODULES
    assert late == "late: []"
    assert core == "core has networkx and PyYAML: True"
