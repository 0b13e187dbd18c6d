"""Find anything, do everything by keyboard, read it in any way (and in English)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model.history import Place
from app.ui.application import install_language
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import show_active


@pytest.fixture
def window(qtbot, library, tmp_path):
    win = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(win)
    show_active(qtbot, win)
    yield win
    win.sessions.close()


def test_ctrl_f_searches_while_typing_grouped_by_plate(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.search.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "cyber")
    groups = [
        window.search.results.topLevelItem(i).text(0)
        for i in range(window.search.results.topLevelItemCount())
    ]
    assert groups[:3] == [
        "2  Strategie digitalisering in het mbo",
        "3  Meerjarenplan MBO Digitaal",
        "4  De 4 grote programma’s",
    ]
    first = window.search.first_result()
    assert first is not None and "Cyberveiligheid" in first.text(0)


def test_enter_goes_to_the_element_and_marks_the_words(qtbot, window) -> None:
    window.show_search()
    # QTest cannot type "ë" (it asserts on non-ASCII keys); insert it as an input method would
    window.search.field.insert("heroriëntatie")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.current_plate_id() == "strategie"
    assert window.scenes["strategie"].selected_id == "student-regie-data"
    assert window.side_tabs.currentWidget() is window.panel
    marks = window.panel.browser.extraSelections()
    assert marks and marks[0].cursor.selectedText() == "heroriëntatie"


def test_without_diacritics_and_in_the_guides_chapters(qtbot, window) -> None:
    window.show_search()
    qtbot.keyClicks(window.search.field, "friskijkers")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.current_plate_id() == ""
    assert "friskijkers" in window.start_view.reader.plain_text()
    assert window.start_view.reader.browser.extraSelections()


def test_tab_and_arrows_walk_the_elements_in_reading_order(qtbot, window) -> None:
    window.go_to(Place("strategie"))
    view = window.views["strategie"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = window.scenes["strategie"].selected_id
    assert first == "wij-allemaal"  # top of the plate first
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    second = window.scenes["strategie"].selected_id
    assert second == "meer-informatie"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.scenes["strategie"].selected_id == "wij-allemaal"
    window.go_to(Place("strategie", "student-beroep-burger"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.scenes["strategie"].selected_id == "student-regie-data"
    # announced: the element is the view's focused accessible child, with its text
    from PySide6.QtGui import QAccessible

    focused = QAccessible.queryAccessibleInterface(view).focusChild()
    assert focused is not None and focused.state().focused
    assert "Met regie over eigen data" in focused.text(QAccessible.Text.Name)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.scenes["strategie"].selected_id is None


def test_the_outline_and_the_diagram_stay_in_step(qtbot, window) -> None:
    window.commands.outline.trigger()
    assert window.outline_dock.isVisible()
    window.go_to(Place("meerjarenplan", "factor-lef"))
    assert [i.text(0) for i in window.outline.selectedItems()] == ["Lef om door te pakken."]
    parent = window.outline.selectedItems()[0].parent()
    assert parent is not None and parent.text(0) == "Succesfactoren voor de samenwerking"
    window.outline.setCurrentItem(window.outline.items["doel"])
    assert window.scenes["meerjarenplan"].selected_id == "doel"
    assert window.outline.accessibleName() == "Overzicht van de plaat"


def test_high_contrast_changes_the_window_and_strengthens_the_plates(window) -> None:
    app = QApplication.instance()
    before = app.palette().color(app.palette().ColorRole.Window)
    window.commands.high_contrast.trigger()
    assert app.palette().color(app.palette().ColorRole.Window).name() == "#000000"
    assert all(scene.look.projector for scene in window.scenes.values())
    window.commands.high_contrast.trigger()
    assert app.palette().color(app.palette().ColorRole.Window) == before


def test_every_action_has_a_shortcut_shown_in_its_tooltip(window) -> None:
    for action in window.commands.all() + window.session_menu.actions():
        if action.menu() is None and action.text().strip("&") not in {"Wisselen naar"}:
            keys = action.shortcuts()
            if keys:
                assert "(" in action.toolTip(), action.text()
    commands = window.commands.all() + window.session_menu.actions()
    missing = [a.text() for a in commands if not a.shortcuts()]
    assert missing == []
    keys = [k.toString() for a in commands for k in a.shortcuts()]
    assert len(keys) == len(set(keys))  # no key does two things


def test_english_menus_and_panel_words(qtbot, library, tmp_path) -> None:
    app = QApplication.instance()
    try:
        install_language(app, "en")
        win = MainWindow(library, WindowSettings(tmp_path))
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles[:3] == ["&File", "&View", "&Work session"]
        win.go_to(Place("strategie", "npuls"))
        assert "Relations" in win.panel.plain_text()
        assert "Npuls is een groot programma" in win.panel.plain_text()  # the guide stays Dutch
        win.sessions.close()
    finally:
        install_language(app, "nl")


def test_choosing_english_rebuilds_the_window_in_english(qtbot, tmp_path) -> None:
    from app.ui import application

    app = QApplication.instance()
    window = application.build_window(str(tmp_path))
    qtbot.addWidget(window)
    window.show()
    try:
        window.commands.english.trigger()
        new = application._windows[0]
        assert new is not window and not window.isVisible()
        assert next(a.text() for a in new.menuBar().actions()) == "&File"
        assert WindowSettings(tmp_path).text("ui/language") == "en"
        new.commands.dutch.trigger()
        assert next(a.text() for a in application._windows[0].menuBar().actions()) == "&Bestand"
    finally:
        install_language(app, "nl")
        for win in application._windows:
            win.sessions.close()
            win.close()
