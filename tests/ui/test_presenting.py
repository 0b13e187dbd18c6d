"""Presenting: on one screen here; on two screens in a process with a two-screen layout."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from app.model.tour import Tour
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import REPO


def test_two_screens_in_their_own_process() -> None:
    env = dict(os.environ)
    # relative (cwd is REPO): Qt splits the platform string on ":", and a drive letter has one
    env["QT_QPA_PLATFORM"] = "offscreen:configfile=tests/present/screens.json"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/present"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout


def test_with_one_screen_presenting_works_and_notes_are_on_a_key(qtbot, library, tmp_path) -> None:
    window = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.commands.present.trigger()  # F5 from the start view: plate 1
    p = window.presentation
    assert p is not None and p.presenter is None
    assert p.plate.id == "smjp" and p.tour.current.elements == ("stage-doel",)
    assert p.beamer.geometry() == p.beamer_screen.geometry()
    n = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
    p.beamer.handle_key(n)
    assert p.beamer.notes.isVisible()
    assert "samen bouwen aan een sterk mbo" in p.beamer.notes.toPlainText()
    escape = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    p.beamer.handle_key(escape)
    assert window.presentation is None
    window.sessions.close()


def test_a_typed_number_then_enter_jumps() -> None:
    from app.model.plate import TourStep

    tour = Tour(tuple(TourStep((f"e{i}",), f"stap {i}") for i in range(12)))
    for digit in "11":
        tour.type_digit(digit)
    assert tour.jump_to_typed() and tour.index == 10
    assert not tour.jump_to_typed()  # Enter without digits does nothing
    tour.type_digit("9")
    tour.type_digit("9")
    tour.jump_to_typed()
    assert tour.index == 11  # clamped to the last step


def test_the_command_line_starts_presenting() -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["--present", "--plate", "2", "--screen", "Beamer"])
    assert (args.present, args.present_plate, args.screen) == (True, "2", "Beamer")
