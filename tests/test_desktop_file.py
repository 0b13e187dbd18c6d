"""The Linux menu entry: valid for desktop-file-validate, without errors or hints."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "resources" / "overzichtsplaten.desktop"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_file_validates_without_hints() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout


def test_one_main_category() -> None:
    main = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics"}
    main |= {"Network", "Office", "Science", "Settings", "System", "Utility"}
    line = next(x for x in DESKTOP.read_text().splitlines() if x.startswith("Categories="))
    categories = [c for c in line.split("=", 1)[1].split(";") if c]
    assert len([c for c in categories if c in main]) == 1
