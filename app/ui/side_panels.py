"""The panels beside the plate: the guide text, the worksheet and search in one dock on
the right, the plate's outline in a dock on the left. They follow the navigator."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget
from shiboken6 import Shiboken

from app.model.history import START, Place
from app.model.library import ElementRef, PlateLibrary
from app.model.navigator import Navigator, PlaceChange
from app.ui.accessibility import focus_first_field
from app.ui.actions import Actions
from app.ui.explore.outline_panel import OutlinePanel
from app.ui.explore.search_panel import SearchPanel
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr
from app.ui.plate_accessibility import AccessibleTabWidget
from app.ui.plate_deck import PlateDeck
from app.ui.settings import WindowSettings
from app.ui.worksheet.session_controller import SessionController
from app.ui.worksheet.worksheet_panel import WorksheetPanel


class SidePanels(QObject):
    def __init__(
        self,
        window: QMainWindow,
        library: PlateLibrary,
        navigator: Navigator,
        deck: PlateDeck,
        sessions: SessionController,
        commands: Actions,
        settings: WindowSettings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.deck = deck
        self.commands = a = commands
        self.panel = GuidePanel()
        self.panel.element_link_clicked.connect(self._follow_link)
        self.panel.refused_link.connect(self._refused_link)
        self.panel.set_text_size(settings.panel_text_size())
        self.worksheet = WorksheetPanel(sessions, library)
        self.search = SearchPanel(library)
        self.search.chosen.connect(self._search_chosen)
        self.side_tabs = AccessibleTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.panel, tr("Toelichting"))
        self.side_tabs.addTab(self.worksheet, tr("Aan de slag"))
        self.side_tabs.addTab(self.search, tr("Zoeken"))
        self.side_tabs.setTabToolTip(
            1, tr("Het werkblad van deze plaat, ingevuld in de werksessie")
        )
        self.dock = self._dock(tr("Toelichting en werkblad"), "guideDock", self.side_tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.outline = OutlinePanel(library)
        self.outline.element_chosen.connect(
            lambda plate_id, element_id: navigator.go_to(
                Place(plate_id, element_id), reveal=True, focus=False
            )
        )
        self.outline_dock = self._dock(tr("Overzicht van de plaat"), "outlineDock", self.outline)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()
        window.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
        a.side_panel.setChecked(True)
        a.side_panel.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        a.worksheet.triggered.connect(self.show_worksheet)
        a.search.triggered.connect(self.show_search)
        a.outline.toggled.connect(self._show_outline)
        self.outline_dock.visibilityChanged.connect(self._outline_visibility)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def show_dock(self, change: PlaceChange) -> None:
        # the start view has its own reader; the panel returns with a plate
        on_plate = change.place.plate_id != START
        self.dock.setVisible(on_plate and self.commands.side_panel.isChecked())

    def _window_hides_docks(self) -> bool:
        """Docks also say they were hidden when the window is minimised or being taken
        down (its C++ side already gone): then the menu's tick stays as the user left it."""
        return not Shiboken.isValid(self.window) or self.window.isMinimized()

    def _outline_visibility(self, visible: bool) -> None:
        if not self._window_hides_docks():
            self.commands.outline.setChecked(visible)

    def _dock_visibility(self, visible: bool) -> None:
        if not self._window_hides_docks() and self.navigator.plate_id != START:
            self.commands.side_panel.blockSignals(True)
            self.commands.side_panel.setChecked(visible)
            self.commands.side_panel.blockSignals(False)

    def _follow_link(self, ref: ElementRef) -> None:
        self.navigator.go_to(Place(ref.plate_id, ref.element_id), reveal=True)

    def _refused_link(self, url: str) -> None:
        self.window.statusBar().showMessage(
            tr(
                "Deze link wordt niet geopend: alleen webadressen (http of https) "
                "mogen naar buiten."
            )
            + f" ({url})",
            8000,
        )

    def _show_side(self, widget: QWidget) -> None:
        self.commands.side_panel.setChecked(True)
        self.dock.setVisible(True)
        self.side_tabs.setCurrentWidget(widget)

    def show_search(self) -> None:
        self._show_side(self.search)
        self.search.focus_field()

    def show_worksheet(self) -> None:
        self._show_side(self.worksheet)
        focus_first_field(self.worksheet)

    def _search_chosen(self, plate_id: str, target: str, query: str) -> None:
        if not plate_id:  # a chapter of the guide: read it on the start view
            self.navigator.go_to(Place(START))
            self.deck.start_view.show_chapter(target)
            self.deck.start_view.reader.highlight(query)
            return
        self.navigator.go_to(Place(plate_id, target))
        self.deck.views[plate_id].show_element_readably(target)
        self.side_tabs.setCurrentWidget(self.panel)
        self.panel.highlight(query)
        self.window.statusBar().showMessage(tr("Terug naar de zoekresultaten: Ctrl+F"), 8000)

    def switch_pane(self) -> None:
        """F6: the keyboard to the side panel, or back to the plate."""
        view = self.deck.current_view()
        focused = QApplication.focusWidget()
        if view is not None and focused is not None and self.dock.isAncestorOf(focused):
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if view is None:
            return
        self.commands.side_panel.setChecked(True)
        self.dock.setVisible(True)
        focus_first_field(self.side_tabs.currentWidget())

    def _show_outline(self, on: bool) -> None:
        self.outline_dock.setVisible(on)
        if on:
            self.outline.setFocus()  # opened to be read: it takes focus


__all__ = ["SidePanels"]
