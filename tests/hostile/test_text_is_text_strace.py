"""Under strace: a hostile own plate shown everywhere opens no file its texts name.

The program runs as a user would have it: the plate in the own plates folder,
opened, every element chosen (side panel), the worksheet, the outline, the
tooltips of the plate shown, the beamer notes rendered. `strace -f -e
trace=openat,connect` then shows every file the process opened: none may be a
marker file named in the texts, nothing under `//host/share`, and no network
socket connected. (tests/hostile/test_*strace* of the session store does the
same for mailed sessions.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile.hostile_text import hostile_plate

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QToolTip
from app.ui.application import build_window
from app.ui.safe_text import SafeBrowser

app = QApplication(["overzichtsplaten"])
window = build_window(sys.argv[1], sys.argv[2])
window.resize(1366, 768)
window.show()
app.processEvents()
assert window.library.is_own("vijandig"), "the hostile plate was not accepted"
window.open_plate("vijandig")
scene = window.scenes["vijandig"]
window.show_worksheet()  # the worksheet's fields are made when the panel shows
window.outline.show_plate("vijandig")
for element in scene.plate.elements:
    window.go_to_element(element.id)
    app.processEvents()
    window.panel.browser.document().adjustSize()
    window.grab()
    QToolTip.showText(QPoint(100, 100), scene.items_by_id[element.id].toolTip(), window)
    app.processEvents()
    QToolTip.showText(QPoint(100, 100), window.outline.items[element.id].toolTip(0), window)
    app.processEvents()
QToolTip.showText(QPoint(100, 100), window.commands.flip.toolTip(), window)
app.processEvents()
notes = SafeBrowser()
notes.show_markdown(scene.plate.elements[0].guide)
notes.show()
notes.document().adjustSize()
notes.grab()
window.start_view.grab()
window.sessions.close()
print("KLAAR")
"""


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    done = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not strace_works(), reason="strace is missing or may not trace here")
def test_no_file_named_in_a_text_is_opened_and_no_socket_connected(tmp_path: Path) -> None:
    token = "marker-tekst-strace-4f1c"
    marker = tmp_path / "markers" / token
    marker.parent.mkdir()
    marker.write_bytes(b"\x89PNG\r\n\x1a\n")
    marker.with_suffix(".png").write_bytes(b"\x89PNG\r\n\x1a\n")
    plates = tmp_path / "eigen"
    plates.mkdir()
    (plates / "vijandig.yaml").write_text(hostile_plate(marker), encoding="utf-8")
    # a relative picture name resolves against the working directory: put one there too
    work = tmp_path / "werkmap"
    work.mkdir()
    (work / f"{token}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    log = tmp_path / "strace.log"
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=openat,open,connect",
            "-o",
            str(log),
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path / "data"),
            str(plates),
        ],
        cwd=work,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and "KLAAR" in done.stdout, done.stderr[-3000:]
    trace = log.read_text(errors="replace")
    assert "vijandig.yaml" in trace  # the trace does see the files the program opens
    opened_markers = [line for line in trace.splitlines() if token in line and "open" in line]
    assert opened_markers == []
    assert not re.search(r"open\w*\([^)]*//host/share", trace)
    assert not re.search(r'open\w*\([^)]*"/host/share', trace)
    connects = [line for line in trace.splitlines() if "connect(" in line]
    assert not [line for line in connects if "AF_INET" in line], connects
