"""Presenting with a laptop and a beamer. Runs in its own process with a two-screen
layout (see tests/ui/test_presenting.py, which starts it): QT_QPA_PLATFORM=
"offscreen:configfile=tests/present/screens.json"."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.io.library_loader import load_library
from app.model.history import Place
from app.model.tour import Tour
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings

pytestmark = pytest.mark.skipif(
    "configfile" not in os.environ.get("QT_QPA_PLATFORM", ""),
    reason="needs the two-screen layout; started by tests/ui/test_presenting.py",
)


def key(code: Qt.Key, text: str = "") -> QKeyEvent:
    return QKeyEvent(QKeyEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)


@pytest.fixture
def presenting(qtbot, tmp_path):
    screens = {s.name(): s for s in QGuiApplication.screens()}
    assert set(screens) == {"Laptop", "Beamer"}
    window = MainWindow(load_library().library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    window.setGeometry(screens["Laptop"].availableGeometry())
    window.show()
    qtbot.waitExposed(window)
    window.start_presentation("strategie")
    presentation = window.presentation
    qtbot.waitExposed(presentation.beamer)
    yield window, presentation
    if window.presentation is not None:
        presentation.stop()
    window.sessions.close()
    window.close()
    window.deleteLater()
    qtbot.wait(20)  # let Qt delete the windows now, not at interpreter exit


def test_the_plate_goes_fullscreen_on_the_beamer_and_notes_on_the_laptop(presenting) -> None:
    _, p = presenting
    assert p.beamer_screen.name() == "Beamer"
    assert p.beamer.geometry() == p.beamer_screen.geometry()
    assert p.beamer.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert p.presenter is not None and p.presenter.screen().name() == "Laptop"
    # nothing drawn as text smaller than 1/40 of the beamer's height
    assert p.scene.look.readable_px == pytest.approx(1080 / 40)
    assert p.beamer.caption.font().pixelSize() >= 1080 / 40
    assert p.beamer.caption.text() == "We onderscheiden drie niveaus van digitalisering:"
    assert p.beamer.progress.text().startswith("1 / 8")
    assert "Hierna" not in p.presenter.now.text()
    assert p.presenter.next.text() == "Digitalisering van de onderwijsorganisatie (school)"


def test_clicker_keys_move_the_tour(presenting) -> None:
    _, p = presenting
    beamer = p.beamer
    counts = p.tour.view_counts  # a step too large to read in one view has several
    expected = Tour(p.tour.steps, view_counts=counts)
    for code in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down):
        beamer.handle_key(key(code))
        expected.forward()
    beamer.handle_key(key(Qt.Key.Key_Space, " "))
    expected.forward()
    assert (p.tour.index, p.tour.view) == (expected.index, expected.view) != (0, 0)
    for code in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
        beamer.handle_key(key(code))
        expected.back()
    assert (p.tour.index, p.tour.view) == (expected.index, expected.view)
    beamer.handle_key(key(Qt.Key.Key_End))
    assert p.tour.index == 7 and beamer.progress.text().startswith("8 / 8")
    beamer.handle_key(key(Qt.Key.Key_Home))
    assert p.tour.index == 0
    beamer.handle_key(key(Qt.Key.Key_6, "6"))
    beamer.handle_key(key(Qt.Key.Key_Return))
    assert p.tour.index == 5
    assert beamer.caption.text() == "Zo draagt digitalisering bij aan het mbo in transitie."
    assert "Zo draagt digitalisering bij" in p.presenter.now.text()


def test_each_step_zooms_to_its_elements_with_the_rest_dimmed(qtbot, presenting) -> None:
    _, p = presenting
    p.beamer.go(4)  # optimisation and transformation
    qtbot.waitUntil(lambda: not p.beamer.view.is_animating(), timeout=3000)
    visible = p.beamer.view.mapToScene(p.beamer.view.viewport().rect()).boundingRect()
    for element_id in ("optimalisatie", "digitale-transformatie"):
        assert visible.contains(p.scene.element_rect(element_id))
        assert not p.scene.items_by_id[element_id].dimmed
    assert visible.width() < p.scene.paper.width() * 0.8
    assert p.scene.items_by_id["level-student"].dimmed
    p.beamer.handle_key(key(Qt.Key.Key_S, "s"))  # spotlight off
    assert not p.scene.items_by_id["level-student"].dimmed


def test_black_and_white_screens_and_back(presenting) -> None:
    _, p = presenting
    beamer = p.beamer
    beamer.handle_key(key(Qt.Key.Key_B, "b"))
    assert beamer.cover.isVisible() and "black" in beamer.cover.styleSheet()
    beamer.handle_key(key(Qt.Key.Key_B, "b"))
    assert not beamer.cover.isVisible()
    beamer.handle_key(key(Qt.Key.Key_Period, "."))
    assert beamer.cover.isVisible()
    beamer.handle_key(key(Qt.Key.Key_Period, "."))
    beamer.handle_key(key(Qt.Key.Key_W, "w"))
    assert beamer.cover.isVisible() and "white" in beamer.cover.styleSheet()
    beamer.handle_key(key(Qt.Key.Key_W, "w"))
    assert not beamer.cover.isVisible()


def test_answers_typed_in_the_presenter_view_show_on_the_beamer(qtbot, presenting) -> None:
    _, p = presenting
    box = p.presenter.worksheet.editors["transformatie"]
    qtbot.keyClicks(box, "Nieuw rooster")
    assert p.scene.answer_items["digitale-transformatie"].block.lines == ("Nieuw rooster",)


def test_the_presenters_keys_drive_the_beamer_and_the_countdown_shows_there(
    qtbot, presenting
) -> None:
    _, p = presenting
    p.presenter.notes.setFocus()
    qtbot.keyClick(p.presenter.notes, Qt.Key.Key_End)
    assert p.tour.index == 7
    countdown = p.presenter.countdown
    countdown.minutes.setValue(1)
    countdown.on_beamer.setChecked(True)
    countdown.toggle()
    assert p.beamer.timer_label.isVisible() and p.beamer.timer_label.text() in ("01:00", "00:59")
    countdown.on_beamer.setChecked(False)
    assert not p.beamer.timer_label.isVisible()


def test_free_zooming_and_back_to_the_tour(qtbot, presenting) -> None:
    _, p = presenting
    p.beamer.go(2)
    qtbot.waitUntil(lambda: not p.beamer.view.is_animating(), timeout=3000)
    step_view = p.beamer.view.mapToScene(p.beamer.view.viewport().rect()).boundingRect()
    p.beamer.view.zoom_by(3.0)
    p.beamer.element_clicked.emit("docent-data-gebruiken")
    assert "Data leren gebruiken" in p.presenter.notes.plain_text()
    p.beamer.handle_key(key(Qt.Key.Key_T, "t"))
    qtbot.waitUntil(lambda: not p.beamer.view.is_animating(), timeout=3000)
    back = p.beamer.view.mapToScene(p.beamer.view.viewport().rect()).boundingRect()
    assert abs(back.width() - step_view.width()) < 2 and p.tour.index == 2


def test_escape_ends_and_the_window_is_back(presenting) -> None:
    window, p = presenting
    p.beamer.handle_key(key(Qt.Key.Key_Escape))
    assert window.presentation is None and not p.beamer.isVisible()
    window.go_to(Place("smjp"))
    window.start_presentation()
    assert window.presentation.tour.current.elements == (
        "stage-doel",
    )  # plate 1 starts at the goal
    window.presentation.stop()


def test_the_beamer_can_be_chosen_by_number_or_name(presenting) -> None:
    from app.ui.present.presentation import choose_screens

    _ = presenting
    screens = QGuiApplication.screens()
    laptop = next(s for s in screens if s.name() == "Laptop")
    assert choose_screens(screens, laptop)[0].name() == "Beamer"  # the other screen by default
    assert choose_screens(screens, laptop, "2")[0].name() == "Beamer"  # 1 = leftmost
    beamer, presenter = choose_screens(screens, laptop, "lapt")
    assert beamer.name() == "Laptop" and presenter is not None and presenter.name() == "Beamer"


def test_the_laser_pointer(presenting) -> None:
    _, p = presenting
    viewport = p.beamer.view.viewport()
    before = viewport.cursor().shape()
    p.beamer.handle_key(key(Qt.Key.Key_L, "l"))
    assert viewport.cursor().shape() == Qt.CursorShape.BitmapCursor
    assert not viewport.cursor().pixmap().isNull()
    p.beamer.handle_key(key(Qt.Key.Key_L, "l"))
    assert viewport.cursor().shape() == before


def _focusable(window: QWidget) -> list[QWidget]:
    found = [window] if window.focusPolicy() != Qt.FocusPolicy.NoFocus else []
    for widget in window.findChildren(QWidget):
        if (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            found.append(widget)
    return found


def test_the_clicker_is_obeyed_whatever_has_the_focus(qtbot, presenting) -> None:
    """Focus in every widget of the presenter view and the beamer window, and every key:
    it acts on the tour; only a text field keeps arrows, space and letters (not PageDown)."""
    from app.ui.present.presentation import is_text_field

    _, p = presenting
    ended: list[int] = []
    p.beamer.ended.disconnect(p.stop)
    p.beamer.ended.connect(lambda: ended.append(1))
    assert p.presenter is not None
    widgets = _focusable(p.presenter) + _focusable(p.beamer)
    kinds = {type(w).__name__ for w in widgets}
    assert {"GuideText", "QSpinBox", "TextAnswer", "PlateView"} <= kinds or len(widgets) > 8, kinds
    tried = 0
    for widget in widgets:
        widget.window().activateWindow()
        qtbot.waitUntil(lambda w=widget: w.window().isActiveWindow(), timeout=2000)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if QApplication.focusWidget() is not widget:
            continue  # takes no focus itself (a container)
        tried += 1
        typing = is_text_field(widget)

        def state() -> tuple[int, int]:
            return p.tour.index, p.tour.view

        def press(code: Qt.Key, text: str = "", w: QWidget = widget) -> None:
            qtbot.keyClick(w, code) if not text else qtbot.keyClicks(w, text)

        p.beamer.go(3)
        start = state()
        press(Qt.Key.Key_PageDown)
        assert state() != start, f"PageDown in {widget!r}"
        press(Qt.Key.Key_PageUp)
        assert state() == start, f"PageUp in {widget!r}"
        for code, text, forward in (
            (Qt.Key.Key_Right, "", True),
            (Qt.Key.Key_Down, "", True),
            (Qt.Key.Key_Space, " ", True),
            (Qt.Key.Key_Left, "", False),
            (Qt.Key.Key_Up, "", False),
        ):
            p.beamer.go(3)
            press(code, text)
            if typing:
                assert state() == start, f"{code} stepped in text field {widget!r}"
            else:
                assert (state() > start) == forward and state() != start, f"{code} in {widget!r}"
        p.beamer.go(3)
        press(Qt.Key.Key_End)
        assert p.tour.index == (3 if typing else 7), f"End in {widget!r}"
        press(Qt.Key.Key_Home)
        assert p.tour.index == (3 if typing else 0), f"Home in {widget!r}"
        for letter in ("b", ".", "w"):
            press(Qt.Key.Key_B, letter)
            assert p.beamer.cover.isVisible() != typing, f"{letter} in {widget!r}"
            press(Qt.Key.Key_B, letter)
            assert not p.beamer.cover.isVisible()
        spotlight = p.beamer.spotlight_on
        press(Qt.Key.Key_S, "s")
        assert (p.beamer.spotlight_on != spotlight) != typing, f"S in {widget!r}"
        if p.beamer.spotlight_on != spotlight:
            p.beamer.toggle_spotlight()
        before = len(ended)
        press(Qt.Key.Key_Escape)
        assert len(ended) == before + (0 if typing else 1), f"Esc in {widget!r}"
        if typing and hasattr(widget, "clear"):
            widget.clear()  # what the letters typed
    assert tried >= 8
