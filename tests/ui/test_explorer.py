"""The explorer as a user drives it: click, read, follow links, zoom, go back, come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.model.history import START, Place
from app.ui.main_window import MainWindow
from app.ui.plate_view import PlateView
from app.ui.settings import WindowSettings
from tests.conftest import show_active


@pytest.fixture
def make_window(qtbot, library, tmp_path: Path):
    def make(data_dir: Path = tmp_path) -> MainWindow:
        window = MainWindow(library, WindowSettings(data_dir))
        qtbot.addWidget(window)
        show_active(qtbot, window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def click_element(qtbot, view: PlateView, element_id: str) -> None:
    centre = view.plate_scene.element_rect(element_id).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))


def open_plate(window: MainWindow, plate_id: str) -> PlateView:
    window.go_to(Place(plate_id))
    view = window.views[plate_id]
    view.fit_plate()
    return view


def test_it_starts_on_the_start_view_with_the_four_plates(window) -> None:
    assert window.current_plate_id() == START
    assert [c.text() for c in window.start_view.cards] == [
        "1  Strategisch Meerjaren Perspectief 2022-2030",
        "2  Strategie digitalisering in het mbo",
        "3  Meerjarenplan MBO Digitaal",
        "4  De 4 grote programma’s",
    ]
    assert "Keep it simple" in window.start_view.reader.plain_text()


def test_chapters_are_one_click_away(qtbot, window) -> None:
    button = window.start_view.findChild(
        type(window.start_view.chapter_buttons.buttons()[0]), "chapter-bronnen"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Edu-V Startdocument" in window.start_view.reader.plain_text()


def test_the_forewords_bronnen_link_opens_the_chapter(qtbot, window) -> None:
    from PySide6.QtCore import QUrl

    window.start_view.show_chapter("voorwoord")
    assert "Edu-V Startdocument" not in window.start_view.reader.plain_text()
    window.start_view.reader.browser.anchorClicked.emit(QUrl("overzicht:hoofdstuk/bronnen"))
    assert "Edu-V Startdocument" in window.start_view.reader.plain_text()


def test_a_plate_card_opens_its_plate(qtbot, window) -> None:
    qtbot.mouseClick(window.start_view.cards[2], Qt.MouseButton.LeftButton)
    assert window.current_plate_id() == "meerjarenplan"
    assert "Binnen MBO Digitaal werken alle mbo-scholen samen" in window.panel.plain_text()


def test_clicking_an_element_shows_what_the_guide_says(qtbot, window) -> None:
    view = open_plate(window, "strategie")
    click_element(qtbot, view, "docent-digitale-professionaliteit")
    assert view.plate_scene.selected_id == "docent-digitale-professionaliteit"
    text = window.panel.plain_text()
    assert "Investeren in digitale professionaliteit." in text
    assert "Mede door de covid-19-pandemie werd duidelijk" in text
    assert "Verbanden" in text
    click_element(qtbot, view, "programma-ring")  # the ring band, not its middle
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.plate_scene.selected_id is None
    assert "De kwaliteitsagenda ‘Samen werken aan talent’" in window.panel.plain_text()


def test_a_relation_link_moves_to_the_element_on_another_plate(qtbot, window) -> None:
    view = open_plate(window, "strategie")
    click_element(qtbot, view, "npuls")
    anchors = [
        a for a in window.panel.markdown().split("(") if a.startswith("overzicht:programmas/npuls")
    ]
    assert anchors, window.panel.markdown()
    window.panel.browser.anchorClicked.emit(QUrl("overzicht:programmas/npuls"))
    assert window.current_plate_id() == "programmas"
    assert window.scenes["programmas"].selected_id == "npuls"
    assert window.tabs.currentIndex() == 4
    assert "Npuls staat bovenaan deze praatplaat" in window.panel.plain_text()


def test_back_and_forward_walk_the_history(qtbot, window) -> None:
    view = open_plate(window, "smjp")
    click_element(qtbot, view, "eigentijds-mbo")
    window.panel.browser.anchorClicked.emit(QUrl("overzicht:smjp/stage-doel"))
    assert window.scenes["smjp"].selected_id == "stage-doel"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.scenes["smjp"].selected_id == "eigentijds-mbo"
    window.commands.back.trigger()
    assert window.scenes["smjp"].selected_id is None
    window.commands.forward.trigger()
    assert window.scenes["smjp"].selected_id == "eigentijds-mbo"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.BackButton)
    assert window.scenes["smjp"].selected_id is None


def test_the_wheel_zooms_around_the_cursor(qtbot, window) -> None:
    view = open_plate(window, "smjp")
    cursor = QPoint(300, 220)
    under_cursor = view.mapToScene(cursor)
    before = view.scale_factor()
    event = QWheelEvent(
        QPointF(cursor),
        QPointF(view.viewport().mapToGlobal(cursor)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.scale_factor() > before * 1.3
    after = view.mapToScene(cursor)
    assert abs(after.x() - under_cursor.x()) < 3 and abs(after.y() - under_cursor.y()) < 3


def test_zoom_stays_within_limits(window) -> None:
    view = open_plate(window, "smjp")
    for _ in range(40):
        window.commands.zoom_in.trigger()
    assert view.scale_factor() == pytest.approx(6.0)
    for _ in range(60):
        window.commands.zoom_out.trigger()
    assert view.scale_factor() == pytest.approx(view.fit_scale() * 0.5)


def test_fit_shows_the_whole_plate(qtbot, window) -> None:
    view = open_plate(window, "programmas")
    for _ in range(4):
        window.commands.zoom_in.trigger()
    window.commands.fit_plate.trigger()
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.plate_scene.paper)
    window.commands.fit_width.trigger()
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.width() == pytest.approx(view.plate_scene.paper.width() + 40, rel=0.03)


def test_double_click_zooms_to_the_element(qtbot, window) -> None:
    view = open_plate(window, "meerjarenplan")
    rect = view.plate_scene.element_rect("doel")
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(rect.center())
    )
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(rect) and visible.width() < view.plate_scene.paper.width() * 0.95


def test_plates_switch_by_keys_and_keep_their_own_selection(qtbot, window) -> None:
    view = open_plate(window, "smjp")
    click_element(qtbot, view, "evenwaardig")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_plate_id() == "strategie"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_plate_id() == "meerjarenplan"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.scenes["smjp"].selected_id == "evenwaardig"
    assert "Evenwaardig" in window.panel.plain_text()


def test_only_web_links_leave_the_app_and_only_on_a_click(qtbot, window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window.go_to(Place("meerjarenplan", "visie-collectief"))
    before = window.panel.markdown()
    assert "https://llokatalysator.nl/de-llo-katalysator/" in before
    assert opened == []
    for refused in (
        "file:///etc/passwd",
        "javascript:alert(1)",
        "smb://server/share",
        "plaat.html",
    ):
        window.panel.browser.anchorClicked.emit(QUrl(refused))
    assert opened == []
    assert window.panel.markdown() == before
    assert "alleen webadressen" in window.statusBar().currentMessage()
    window.panel.browser.anchorClicked.emit(QUrl("https://llokatalysator.nl/de-llo-katalysator/"))
    assert opened == ["https://llokatalysator.nl/de-llo-katalysator/"]


def test_the_side_panel_hides_and_its_text_size_changes(qtbot, window) -> None:
    open_plate(window, "smjp")
    size = window.panel.point_size
    window.commands.text_larger.trigger()
    window.commands.text_larger.trigger()
    assert window.panel.point_size == size + 2
    assert window.panel.browser.font().pointSizeF() == size + 2
    window.commands.side_panel.trigger()
    assert not window.dock.isVisible()
    window.commands.side_panel.trigger()
    assert window.dock.isVisible()


def test_plate_1_flip_button_turns_the_plate(qtbot, window) -> None:
    open_plate(window, "smjp")
    assert window.commands.flip.isEnabled()
    scene = window.scenes["smjp"]
    window.commands.flip.trigger()
    qtbot.waitUntil(
        lambda: scene.element_rect("stage-doel").top() < scene.element_rect("stage-basis").top(),
        timeout=3000,
    )
    window.go_to(Place("strategie"))
    assert not window.commands.flip.isEnabled()


def test_last_plate_zoom_and_layout_are_remembered(qtbot, make_window, tmp_path) -> None:
    first = make_window(tmp_path)
    view = open_plate(first, "meerjarenplan")
    view.zoom_by(2.0)
    scale = view.scale_factor()
    first.commands.side_panel.trigger()
    first.close()
    second = make_window(tmp_path)
    assert second.current_plate_id() == "meerjarenplan"
    assert second.views["meerjarenplan"].scale_factor() == pytest.approx(scale, rel=0.01)
    assert not second.dock.isVisible()


def test_user_facing_actions_have_shortcuts_in_their_tooltips(window) -> None:
    a = window.commands
    for action in (a.zoom_in, a.zoom_out, a.fit_plate, a.back, a.forward, a.print_plate, a.export):
        assert action.shortcuts(), action.text()
        assert "(" in action.toolTip(), action.toolTip()


def test_the_export_dialog_writes_the_chosen_plates(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.export_dialog import ExportDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append("FOUT " + a[2]))
    dialog = ExportDialog(window.library, window.scenes, "programmas", window)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.page_box.isEnabled() and not dialog.width_box.isEnabled()
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("A3"))
    dialog.folder_edit.setText(str(tmp_path / "uit"))
    dialog._export()
    assert (tmp_path / "uit" / "04-programmas.pdf").stat().st_size > 10_000
    assert told and "04-programmas.pdf" in told[0]


def test_qt_buttons_speak_dutch(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.ui.application import install_qt_translations

    install_qt_translations(qapp, "nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
