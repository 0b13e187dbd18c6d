"""The first window on a 1366x768 school laptop fits on the screen, status bar and all.

Runs in a process of its own: the screen layout is chosen when Qt starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCREEN = Path(__file__).with_name("laptop_screen.json")

PROBE = """
import json, sys
from app.ui.application import make_application, build_window
app = make_application()
result = []
for _ in range(2):  # the first start, then a start that restores what the first remembered
    window = build_window(sys.argv[1])
    window.show()
    app.processEvents()
    frame = window.frameGeometry()
    area = window.screen().availableGeometry()
    bar = window.statusBar()
    bottom = bar.mapToGlobal(bar.rect().bottomRight())
    result.append({
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "area": [area.x(), area.y(), area.width(), area.height()],
        "status_bottom": bottom.y(),
    })
    window.close()
print(json.dumps(result))
"""


def test_the_first_window_fits_a_1366x768_screen_and_is_remembered(tmp_path: Path) -> None:
    # relative to cwd: Qt splits the platform argument on ':', so a Windows path's drive
    # letter would cut it in two
    relative = SCREEN.relative_to(REPO).as_posix()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={relative}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    runs = json.loads(done.stdout.strip().splitlines()[-1])
    for run in runs:
        x, y, width, height = run["frame"]
        ax, ay, aw, ah = run["area"]
        assert (aw, ah) == (1366, 768)
        assert ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah, run
        assert run["status_bottom"] < ay + ah, "the status bar is below the screen's edge"
    assert runs[1]["frame"][2:] == runs[0]["frame"][2:]  # the remembered size
