"""What screen readers are told, checked through Qt's accessibility interfaces (no bus).

The same interfaces are what Qt hands to AT-SPI (Linux), UI Automation (Windows)
and NSAccessibility (macOS); test_screen_reader.py checks them on the real bus.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app.model.history import Place
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import show_active

Text = QAccessible.Text


@pytest.fixture
def window(qtbot, library, tmp_path):
    win = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(win)
    show_active(qtbot, win)
    yield win
    win.sessions.close()


def _focused(widget):  # type: ignore[no-untyped-def]
    return QAccessible.queryAccessibleInterface(widget).focusChild()


def test_every_element_is_a_named_accessible_child_of_its_plate(window, library) -> None:
    for plate in library.plates:
        view = window.views[plate.id]
        root = QAccessible.queryAccessibleInterface(view)

        def collect(node, names: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
            for index in range(node.childCount()):
                child = node.child(index)
                assert child.parent().object() is node.object()
                assert node.indexOfChild(child) == index
                names.append(child.text(Text.Name))
                collect(child, names)
            return names

        names = collect(root, [])
        assert sorted(names) == sorted(e.label.strip() for e in plate.elements), plate.id


def test_the_selected_element_alone_reports_focus_with_its_area(qtbot, window) -> None:
    window.go_to(Place("strategie", "student-regie-data"))
    view = window.views["strategie"]
    qtbot.waitUntil(view.hasFocus)
    element = _focused(view)
    assert element.text(Text.Name) == "Met regie over eigen data."
    # "label, role, in area": the kind in words (screen readers leave out "list item")
    said = element.text(Text.Description)
    assert said.startswith("Onderdeel in Digitalisering in het onderwijs"), said
    assert ":." not in element.text(Text.Description)  # no double stops
    assert element.state().focused and element.state().selected
    assert not QAccessible.queryAccessibleInterface(view).state().focused
    rect = element.rect()
    assert rect.width() > 0 and view.rect().contains(view.mapFromGlobal(rect.center()))
    window.go_to(Place("strategie", "student-beroep-burger"))  # related to Npuls
    related = _focused(view).relations()
    assert "Npuls" in [other.text(Text.Name) for other, _ in related]


def test_the_plate_tabs_report_focus_only_when_they_have_it(qtbot, window) -> None:
    window.go_to(Place("meerjarenplan"))
    bar = QAccessible.queryAccessibleInterface(window.tabs)
    current = bar.child(window.tabs.currentIndex())
    assert current.text(Text.Name).startswith("3")
    assert current.state().selected and not current.state().focused
    window.tabs.setFocus()
    qtbot.waitUntil(window.tabs.hasFocus)
    assert current.state().focused
    side = QAccessible.queryAccessibleInterface(window.side_tabs.tabBar())
    assert not any(side.child(i).state().focused for i in range(side.childCount()))


def test_tab_into_a_plate_starts_at_its_first_element(qtbot, window) -> None:
    window.go_to(Place("strategie", "meer-informatie"))
    window.tabs.setFocus()
    qtbot.waitUntil(window.tabs.hasFocus)
    qtbot.keyClick(window.tabs, Qt.Key.Key_Tab)
    assert window.scenes["strategie"].selected_id == "wij-allemaal"


def test_enter_on_a_start_card_opens_its_plate(qtbot, window) -> None:
    window.go_to(Place(""))
    card = window.start_view.cards[2]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_plate_id() == "meerjarenplan"


def test_the_outline_takes_focus_and_reads_as_a_tree(qtbot, window) -> None:
    window.go_to(Place("meerjarenplan", "factor-lef"))
    window.commands.outline.trigger()
    qtbot.waitUntil(window.outline.hasFocus)
    outline = window.outline
    assert outline.currentItem().text(0) == "Lef om door te pakken."
    assert outline.headerItem().text(0) == "Onderdelen"
    leaves = [item for item in outline.items.values() if item.childCount() == 0]
    assert leaves and not any(item.isExpanded() for item in leaves)
    assert all(item.isExpanded() for item in outline.items.values() if item.childCount())


def test_a_link_reached_by_tab_says_it_is_a_link(qtbot, window) -> None:
    window.go_to(Place("meerjarenplan", "factor-lef"))
    browser = window.panel.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.accessibleDescription().startswith("Link: Succesfactoren")
    qtbot.keyClick(browser, Qt.Key.Key_Return)  # followed: the element has focus
    view = window.views["meerjarenplan"]
    qtbot.waitUntil(view.hasFocus)
    assert _focused(view).text(Text.Name) == "Succesfactoren voor de samenwerking"


def test_the_worksheet_opens_on_its_first_named_field(qtbot, window) -> None:
    window.go_to(Place("meerjarenplan"))
    window.show_worksheet()
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    field = QApplication.focusWidget()
    assert window.worksheet.isAncestorOf(field)
    assert QAccessible.queryAccessibleInterface(field).text(Text.Name).strip()


def test_the_presenter_view_says_step_and_caption(qtbot, library, tmp_path) -> None:
    from app.io.session_store import SessionStore
    from app.ui.present.presenter_view import PresenterView
    from app.ui.worksheet.session_controller import SessionController
    from app.ui.worksheet.worksheet_panel import WorksheetPanel

    store = SessionStore(tmp_path)
    store.prepare()
    sessions = SessionController(store)
    presenter = PresenterView(WorksheetPanel(sessions, library))
    qtbot.addWidget(presenter)
    presenter.show_step("De basis", "Werkspoor 1", "2 / 9", "")
    assert presenter.now.accessibleName() == "Stap 2 / 9: De basis"
    assert presenter.now.focusPolicy() & Qt.FocusPolicy.TabFocus
    presenter.show_step("Werkspoor 1", "", "3 / 9", "")
    assert presenter.now.accessibleName() == "Stap 3 / 9: Werkspoor 1"
    sessions.close()


def test_a_focused_table_reports_only_its_current_cell(qtbot) -> None:
    # as the worksheet's people tables: Qt's own table said FOCUSED with its cell
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.view_accessibility import ItemViewParts

    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Naam", "Rol"])
    table.verticalHeader().setVisible(False)
    ItemViewParts(table)
    for row, (name, role) in enumerate([("Ans", "i-coach"), ("Bo", "docent")]):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(role))
    qtbot.addWidget(table)
    show_active(qtbot, table)
    table.setCurrentCell(1, 0)
    table.setFocus()
    view = QAccessible.queryAccessibleInterface(table)
    # the cell is said after Qt's own focus events, which meanwhile name the table
    qtbot.waitUntil(lambda: view.focusChild() is not None and view.child(0) is not None)
    cells = [view.child(i) for i in range(view.childCount())]
    focused = [c for c in cells if c.state().focused]
    assert not view.state().focused
    assert [c.text(Text.Name) for c in focused] == ["Bo"]
    assert focused[0].text(Text.Description) == "Naam. Rol: docent."
    # Qt names a cell by (row + header row) * (columns + row header) + column + 1
    assert view.child((1 + 1) * (2 + 1) + 0 + 1).text(Text.Name) == "Bo"
    assert view.focusChild().text(Text.Name) == "Bo"


def test_a_list_whose_parts_the_garbage_collector_cleared_still_answers(qtbot) -> None:
    """Under Windows Qt asked for a list's interface while the garbage collector was
    clearing its (cyclic) part owner: the app's interface raised; Qt's own serves now."""
    from PySide6.QtWidgets import QListView

    from app.ui.view_accessibility import ItemViewParts

    view = QListView()  # no model yet: no entries
    qtbot.addWidget(view)
    parts = ItemViewParts(view)
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.role() == QAccessible.Role.List and interface.childCount() == 0
    QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    parts.__dict__.clear()  # what the collector's tp_clear does to an object in a cycle
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None and interface.role() == QAccessible.Role.List
