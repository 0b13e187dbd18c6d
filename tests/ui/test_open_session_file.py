"""A session file named on the command line (a double-click on Windows) opens in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.cli import build_parser, main, with_open_command
from app.io.session_format import session_to_bytes
from app.model.worksheet import Session, SessionEditor


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["team.werksessie"], ["open", "team.werksessie"]),
        (["--data-dir", "D:\\data", "C:\\Mail\\Team.WERKSESSIE"], None),
        (["oud.json"], ["open", "oud.json"]),
        (["check", "plaat.json"], ["check", "plaat.json"]),  # a command stays a command
        (["--present"], ["--present"]),
    ],
)
def test_a_file_on_its_own_means_open(argv: list[str], expected: list[str] | None) -> None:
    result = with_open_command(argv)
    if expected is None:
        expected = [*argv[:-1], "open", argv[-1]]
    assert result == expected
    build_parser().parse_args(result)  # and the parser takes it


def test_the_double_clicked_file_is_the_open_session(qtbot, tmp_path: Path, monkeypatch) -> None:
    from app.ui import application

    mailed = Session("Team Techniek")
    SessionEditor(mailed).set_text("strategie", "optimalisatie", "Roosters digitaal")
    path = tmp_path / "Team Techniek.werksessie"
    path.write_bytes(session_to_bytes(mailed))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)  # the window stays for the test
    monkeypatch.setattr("app.ui.theme.apply_theme", lambda *a: None)  # other tests' palette
    assert main(["--data-dir", str(tmp_path / "data"), str(path)]) == 0
    window = application._windows[0]
    qtbot.addWidget(window)
    session = window.sessions.session
    assert session.name == "Team Techniek"
    assert session.answers("strategie").texts["optimalisatie"] == "Roosters digitaal"
    assert window.isVisible()
    window.sessions.close()


def test_a_damaged_file_named_on_the_command_line_is_named_in_a_message(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui import application

    path = tmp_path / "kapot.werksessie"
    path.write_bytes(b"{ niet af")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr("app.ui.theme.apply_theme", lambda *a: None)
    assert main(["--data-dir", str(tmp_path / "data"), str(path)]) == 0
    window = application._windows[0]
    qtbot.addWidget(window)
    assert len(shown) == 1 and str(path) in shown[0]
    window.sessions.close()
