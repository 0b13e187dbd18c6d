"""A FIFO or a link to /dev/zero appearing in the own-plates folder while the app runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.ui.author.plate_watcher import PlateWatcher

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")


def test_special_files_appearing_are_reported_not_read(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "eigen-platen"
    folder.mkdir()
    watcher = PlateWatcher(folder)
    seen: dict[str, object] = {}
    watcher.file_appeared.connect(lambda path, result: seen.__setitem__(path.name, result))
    os.mkfifo(folder / "pijp.yaml")
    os.symlink("/dev/zero", folder / "nul.yaml")
    watcher.poll()  # the backstop scan; reading the FIFO would block right here
    qtbot.waitUntil(lambda: "pijp.yaml" in seen, timeout=5000)
    problems = seen["pijp.yaml"]
    assert isinstance(problems, list) and "geen gewoon bestand" in problems[0].message
    assert "nul.yaml" not in seen  # a link out of the folder is not one of its plates
