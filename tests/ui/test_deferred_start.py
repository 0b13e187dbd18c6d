"""A click that comes before the plate's graph is built waits for it and is answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.io.library_loader import load_library
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings


def test_a_click_before_the_graph_exists_ends_highlighted_with_its_guide_text(
    qtbot, tmp_path: Path
) -> None:
    library = load_library().library  # its own: the shared one has its graphs built
    settings = WindowSettings(tmp_path)
    settings.set_last_plate("strategie")
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()  # the start-up's idle work begins after the first paint
    view = window.views["strategie"]
    scene = view.plate_scene
    view.fit_plate()
    target = "student-beroep-burger"  # related to Npuls
    element = library.plate("strategie").element(target)
    centre = view.mapFromScene(scene.element_rect(target).center())
    assert not library.graphs.is_built("strategie")  # the click comes before the graph
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    qtbot.waitUntil(lambda: window.deferred.done, timeout=10_000)
    assert scene.selected_id == target
    assert scene.items_by_id[target].selected
    assert any(item.related for item in scene.items_by_id.values())
    assert element.label in window.panel.plain_text()
    assert "digitale vaardigheden van studenten" in window.panel.plain_text()


def started_on_plate_2(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the program shows it for a returning user, before its idle work."""
    library = load_library().library  # its own: the shared one has its graphs built
    settings = WindowSettings(tmp_path)
    settings.set_last_plate("strategie")
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # the plates not on screen and the worksheet are made in idle turns after this
    assert not window.deferred.all_done
    assert not window.scenes["meerjarenplan"].built
    return window


def test_the_start_makes_only_the_view_on_screen_and_the_rest_after_the_first_paint(
    qtbot, tmp_path: Path
) -> None:
    window = started_on_plate_2(qtbot, tmp_path)
    assert list(window.views.made()) == ["strategie"]
    assert window.deck.start_view_if_made() is None
    qtbot.waitUntil(lambda: window.deferred.all_done, timeout=10_000)
    assert set(window.views.made()) == {p.id for p in window.library.plates}
    assert window.deck.start_view_if_made() is not None
    window.sessions.close()


def test_a_plate_made_later_opens_as_the_reader_left_it(qtbot, tmp_path: Path) -> None:
    settings = WindowSettings(tmp_path)
    settings.set_view_state("programmas", {"scale": 1.7, "x": 300.0, "y": 200.0})
    settings.set_last_plate("strategie")
    window = MainWindow(load_library().library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert "programmas" not in window.views.made()
    window.open_plate("programmas")  # before the idle turns made it
    view = window.views["programmas"]
    assert abs(view.transform().m11() - 1.7) < 0.01
    window.sessions.close()


def colours_in(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return len(
        {image.pixel(x, y) for y in range(0, image.height(), 6) for x in range(0, image.width(), 6)}
    )


def test_keys_pressed_the_moment_the_plate_shows_are_answered(qtbot, tmp_path: Path) -> None:
    window = started_on_plate_2(qtbot, tmp_path)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    # the worksheet shortcut at once: plate 2's questions, the cursor in the first answer
    qtbot.keyClick(window, Qt.Key.Key_W, ctrl_shift)
    assert window.side_tabs.currentWidget() is window.worksheet
    texts = [w.text() for w in window.worksheet.findChildren(QLabel) if w.isVisible()]
    assert any("Beantwoord de volgende 3 vragen" in text for text in texts)
    focused = QApplication.focusWidget()
    assert focused is not None and window.worksheet.isAncestorOf(focused)

    # plate 3 at once (Ctrl+3): drawn with all its boxes, not a blank sheet
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.views["meerjarenplan"]
    assert window.current_view() is view
    qtbot.waitUntil(lambda: colours_in(view.viewport()) > 20)

    # F5 at once: the plate on screen is presented, its tour on the beamer
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presentation = window.presentation
    assert presentation is not None and presentation.plate.id == "meerjarenplan"
    assert presentation.tour.current.elements
    presentation.stop()
    qtbot.waitUntil(lambda: window.deferred.all_done, timeout=10_000)
    window.sessions.close()


def test_the_idle_turns_make_every_plate_and_the_worksheet_without_a_visible_change(
    qtbot, tmp_path: Path
) -> None:
    window = started_on_plate_2(qtbot, tmp_path)
    before = window.grab().toImage()
    qtbot.waitUntil(lambda: window.deferred.all_done, timeout=10_000)
    assert all(scene.built for scene in window.scenes.values())
    assert all(window.library.graphs.is_built(p.id) for p in window.library.plates)
    assert window.grab().toImage() == before  # nothing on screen moved or changed
    window.sessions.close()


def test_a_plate_not_looked_at_keeps_the_place_it_was_left_at(qtbot, tmp_path: Path) -> None:
    """The idle turns make its view, hidden: remembering it from there moved the saved
    centre a little at every start, a plate the reader had not opened since."""
    left = {"scale": 0.8, "x": 1058.25, "y": 725.25}
    settings = WindowSettings(tmp_path)
    settings.set_view_state("smjp", left)
    settings.sync()
    window = started_on_plate_2(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.deferred.all_done, timeout=10_000)
    assert "smjp" in window.views.made()
    window.close()
    assert WindowSettings(tmp_path).view_state("smjp") == left


def test_a_closed_window_builds_nothing_more_in_the_background(qtbot, tmp_path: Path) -> None:
    """Closing ends the idle turns (a window closed at start, or the old one of a language
    switch, kept making plates for nobody); what is asked for afterwards is still made."""
    window = started_on_plate_2(qtbot, tmp_path)
    window.close()
    made = set(window.views.made())
    qtbot.wait(300)  # many idle turns' worth
    assert set(window.views.made()) == made
    assert not window.deferred.all_done
    window.deferred.finish_now()  # something needs all of it now: it comes, and ends
    assert set(window.views.made()) == {p.id for p in window.library.plates}
