"""Ctrl++ and friends with real key presses on US, Dutch and German keyboards (point 2).

Needs an X server of its own (Xvfb), setxkbmap and xdotool; CI installs them
(.ci/firsthour.sh). The offscreen tests model Qt's key matching instead
(test_shortcut_layouts.py); this one lets Qt and the X server's keymaps do it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "setxkbmap", "xdotool")


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
    reason="needs Xvfb, setxkbmap and xdotool",
)
def test_each_layouts_plus_and_minus_keys_do_what_the_menu_says(tmp_path: Path) -> None:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = ":" + pipe.readline().strip()
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("keyboard_probe.py"))],
            cwd=REPO,
            env=env | {"PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    lines = [line for line in done.stdout.splitlines() if "expected=" in line]
    assert len(lines) == 13, done.stdout + done.stderr
    wrong = [
        line for line in lines if line.split("expected=")[1].split()[0] != line.split("did=")[1]
    ]
    assert not wrong, "\n".join(wrong)
    assert "Ambiguous shortcut" not in done.stderr
