"""The app writes nowhere but its data location: not the install folder, not the working folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import shutil, sys
    sys.path.insert(0, {repo!r})
    from PySide6.QtCore import QStandardPaths
    from app.ui.application import build_window, make_application
    from app.model.history import Place
    app = make_application()
    location = QStandardPaths.StandardLocation.AppDataLocation
    if {test_mode}:  # Windows: Qt's test location, never the user's real AppData folder
        QStandardPaths.setTestModeEnabled(True)
        shutil.rmtree(QStandardPaths.writableLocation(location), ignore_errors=True)
    print(QStandardPaths.writableLocation(location))
    window = build_window({data_dir})
    window.show()
    window.go_to(Place("strategie"))
    window.sessions.editor.set_text("strategie", "optimalisatie", "Roosters")
    window.go_to(Place("programmas"))
    window.close()
    app.processEvents()
    """
)


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and ".git" not in p.parts
        and not p.name.startswith(".")
    }


@pytest.mark.parametrize("how", ["argument", "environment", "system location"])
def test_everything_written_is_in_the_data_folder(
    tmp_path: Path, how: str, request: pytest.FixtureRequest
) -> None:
    home, cwd, data = tmp_path / "home", tmp_path / "cwd", tmp_path / "data"
    for folder in (home, cwd):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "OVERZICHTSPLATEN"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    argument = "None"
    if how == "argument":
        argument = repr(str(data))
    elif how == "environment":
        env["OVERZICHTSPLATEN_DATA"] = str(data)
    else:
        data = home / ".local" / "share" / "Overzichtsplaten"  # QStandardPaths on Linux
    # Windows finds AppData through the shell, not HOME: the child uses Qt's test mode there
    test_mode = how == "system location" and sys.platform == "win32"
    before = {name: snapshot(REPO / name) for name in ("app", "plates", "resources")}
    code = SCRIPT.format(repo=str(REPO), data_dir=argument, test_mode=test_mode)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    if test_mode:
        data = Path(done.stdout.strip().splitlines()[0])
        assert data.name == "Overzichtsplaten" and "qttest" in data.parts
        request.addfinalizer(lambda: shutil.rmtree(data, ignore_errors=True))
    assert {name: snapshot(REPO / name) for name in before} == before  # install folder untouched
    assert list(cwd.iterdir()) == []  # nothing in the working folder
    sessions = list((data / "werksessies").glob("*.json"))
    assert len(sessions) == 1 and "Roosters" in sessions[0].read_text(encoding="utf-8")
    assert (data / "instellingen.ini").exists()
    written = {
        str(p.relative_to(home))
        for p in home.rglob("*")
        if p.is_file() and not p.is_relative_to(data) and ".cache/fontconfig" not in str(p)
    }
    assert written == set()  # (fontconfig keeps its own font cache; that is the system's)
