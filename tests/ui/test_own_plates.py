"""Own plates: shown beside the four, reloaded when their file changes, broken edits named."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.application import build_window
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import show_active

OWN_PLATE = """\
format: 1
number: 5
id: onze-school
title: Onze school
intro: De digitaliseringsstrategie van onze school.
elements:
  - {id: visie, label: Onze visie, kind: card, role: goal}
  - {id: team, label: Het team, kind: card, role: teacher}
relations:
  - {id: r1, from: team, to: visie, kind: supports}
  - {id: r2, from: visie, to: "strategie:wij-allemaal", kind: same_as}
"""


def write(path: Path, text: str) -> None:
    """Save as an editor does: a new file renamed over the old, with a newer time."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    later = time.time() + 2  # file systems with coarse times still see a change
    os.utime(path, (later, later))


@pytest.fixture
def own_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "eigen"
    folder.mkdir()
    write(folder / "onze-school.yaml", OWN_PLATE)
    return folder


@pytest.fixture
def window(qtbot, tmp_path: Path, own_folder: Path) -> MainWindow:
    window = build_window(str(tmp_path / "data"), str(own_folder))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def labels(window: MainWindow, plate_id: str) -> set[str]:
    return {item.element.label for item in window.scenes[plate_id].items_by_id.values()}


def test_an_own_plate_is_shown_beside_the_four(window: MainWindow) -> None:
    assert [p.id for p in window.library.plates][-1] == "onze-school"
    assert window.tabs.count() == 6
    assert "Onze school" in window.tabs.tabText(5)
    assert "onze-school" in window.start_view.own_cards
    assert len(window.start_view.cards) == 4  # the four stay in their own grid
    # its link to plate 2 resolves: the guide panel lists it
    links = window.library.links("onze-school", "visie")
    assert any(str(link.target) == "strategie:wij-allemaal" for link in links)
    window.open_plate("onze-school")
    assert window.current_plate_id() == "onze-school"
    assert labels(window, "onze-school") == {"Onze visie", "Het team"}


def test_saving_the_file_updates_the_open_plate_within_a_second(
    qtbot, window: MainWindow, own_folder: Path
) -> None:
    window.open_plate("onze-school")
    view = window.views["onze-school"]
    view.zoom_in()
    scale = view.scale_factor()
    with qtbot.waitSignal(window.own_plates.plate_replaced, timeout=1000):
        write(own_folder / "onze-school.yaml", OWN_PLATE.replace("Het team", "Het hele team"))
    assert labels(window, "onze-school") == {"Onze visie", "Het hele team"}
    assert window.views["onze-school"].scale_factor() == pytest.approx(scale)  # same zoom
    assert window.start_view.own_cards["onze-school"].text().endswith("Onze school")


def test_a_broken_edit_names_file_and_line_and_keeps_the_last_good_plate(
    qtbot, window: MainWindow, own_folder: Path
) -> None:
    window.open_plate("onze-school")
    view = window.views["onze-school"]
    broken = OWN_PLATE.replace("kind: card, role: teacher", "kind: kaart, role: teacher")
    write(own_folder / "onze-school.yaml", broken)
    qtbot.waitUntil(view.problem_bar.isVisible, timeout=1000)
    text = view.problem_bar.text()
    assert "onze-school.yaml:8" in text and "kaart" in text
    assert labels(window, "onze-school") == {"Onze visie", "Het team"}  # still there
    assert view.problem_bar.geometry().top() == 0  # over the plate
    # repaired: the bar goes and the plate follows the file again
    with qtbot.waitSignal(window.own_plates.plate_replaced, timeout=1000):
        write(own_folder / "onze-school.yaml", OWN_PLATE.replace("Onze visie", "Visie 2030"))
    assert not view.problem_bar.isVisible()
    assert labels(window, "onze-school") == {"Visie 2030", "Het team"}


def test_a_new_file_in_the_folder_appears_as_a_plate(
    qtbot, window: MainWindow, own_folder: Path
) -> None:
    second = OWN_PLATE.replace("id: onze-school", "id: tweede").replace("number: 5", "number: 6")
    write(own_folder / "tweede.yaml", second)
    qtbot.waitUntil(lambda: "tweede" in window.views, timeout=2500)
    assert "tweede" in window.start_view.own_cards
    assert any(a.text().endswith("Onze school") for a in window.commands.plates[-2:])
    # a new file with an id already in use is named in the bar, not shown twice
    write(own_folder / "kopie.yaml", OWN_PLATE)
    qtbot.waitUntil(window.problem_bar.isVisible, timeout=2500)
    assert "kopie.yaml" in window.problem_bar.text()
    assert "onze-school" in window.problem_bar.text()


def test_open_a_plate_file_shows_it_and_remembers_it(
    qtbot, tmp_path: Path, window: MainWindow
) -> None:
    elsewhere = tmp_path / "elders" / "plaat.yaml"
    elsewhere.parent.mkdir()
    write(elsewhere, OWN_PLATE.replace("id: onze-school", "id: elders"))
    assert window.own_plates.open_file(elsewhere) == "elders"
    assert window.current_plate_id() == "elders"
    assert elsewhere.resolve() in WindowSettings(tmp_path / "data").opened_plates()
    # opening it again goes to it instead of adding it twice
    window.open_plate("smjp")
    assert window.own_plates.open_file(elsewhere) == "elders"
    assert window.tabs.count() == 7
    window.close()
    # the next start brings it back
    again = build_window(str(tmp_path / "data"), str(tmp_path / "eigen"))
    qtbot.addWidget(again)
    assert "elders" in again.views


def test_open_a_broken_file_says_why_with_file_and_line(
    qtbot, tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text() + box.informativeText())
    )
    broken = tmp_path / "kapot.yaml"
    write(broken, OWN_PLATE.replace("number: 5", "number: vijf"))
    assert window.own_plates.open_file(broken) is None
    assert shown and "kapot.yaml:2" in shown[0]
    assert "kapot" not in str(window.settings.opened_plates())


def test_the_format_help_and_the_schema_are_where_authors_look(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = build_window(str(tmp_path / "data"))  # the default folder in the data folder
    qtbot.addWidget(window)
    folder = tmp_path / "data" / "eigen-platen"
    assert window.own_folder == folder.resolve()
    assert (folder / "plate.schema.json").is_file()  # editors find it beside the plates
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.author.plate_format_dialog.PlateFormatDialog.exec",
        lambda dialog: shown.append(dialog.reader.plain_text()),
    )
    window.commands.plate_format.trigger()
    assert shown and "Een eigen plaat maken" in shown[0] and "leads_to" in shown[0]


def test_check_and_export_take_a_folder_of_own_plates(tmp_path: Path, own_folder: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--plates-dir", str(own_folder), *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )

    checked = run("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "5 platen in orde." in checked.stdout  # the four and the school's own
    exported = run("export", "--plate", "onze-school", "--format", "svg", "--out", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert "Onze visie" in (tmp_path / "05-onze-school.svg").read_text(encoding="utf-8")
    write(own_folder / "kapot.yaml", OWN_PLATE.replace("id: onze-school", "id: Kapot"))
    broken = run("check")
    assert broken.returncode == 1
    assert "kapot.yaml:3:" in broken.stdout and "Traceback" not in broken.stderr


def test_an_own_plate_without_a_tour_is_presented_part_by_part(window: MainWindow) -> None:
    window.start_presentation("onze-school")
    presentation = window.presentation
    assert presentation is not None
    try:
        # "team supports visie": the team on the left, its goal on the right
        assert [s.caption for s in presentation.tour.steps] == ["Het team", "Onze visie"]
        presentation.beamer.go(1)
        assert presentation.beamer.caption.text() == "Onze visie"
    finally:
        presentation.stop()


def test_a_broken_new_file_corrected_leaves_the_bar(
    qtbot, window: MainWindow, own_folder: Path
) -> None:
    # a colleague's plate arrives broken: the bar names it ...
    second = OWN_PLATE.replace("id: onze-school", "id: tweede").replace("number: 5", "number: 6")
    write(own_folder / "tweede.yaml", second.replace("elements:", "elements: [", 1))
    qtbot.waitUntil(window.problem_bar.isVisible, timeout=2500)
    assert "tweede.yaml" in window.problem_bar.text()
    # ... and once corrected the plate is shown and the bar says nothing more about it
    write(own_folder / "tweede.yaml", second)
    qtbot.waitUntil(lambda: "tweede" in window.views, timeout=2500)
    qtbot.waitUntil(lambda: not window.problem_bar.isVisible(), timeout=2500)
    # a link that no longer resolves is named, and once it resolves again it is gone
    write(
        own_folder / "onze-school.yaml",
        OWN_PLATE.replace("strategie:wij-allemaal", "strategie:weg"),
    )
    qtbot.waitUntil(window.problem_bar.isVisible, timeout=2500)
    assert "strategie:weg" in window.problem_bar.text()
    write(own_folder / "onze-school.yaml", OWN_PLATE)
    qtbot.waitUntil(lambda: not window.problem_bar.isVisible(), timeout=2500)
