"""The main window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.actions import Actions
from app.ui.i18n import tr
from app.ui.toolbar_icons import glyph_icon


@dataclass
class WindowMenus:
    go_menu: QMenu  # own plates add their entries here
    pane_action: QAction
    toolbar: QToolBar


def build_menus(
    window: QMainWindow, a: Actions, session_menu: QMenu, switch_pane: Callable[[], None]
) -> WindowMenus:
    a.back.setIcon(glyph_icon("back"))
    a.forward.setIcon(glyph_icon("forward"))
    a.start.setIcon(glyph_icon("start"))
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(tr("&Bestand"))
    file_menu.addActions([a.open_plate, a.own_plates_folder])
    file_menu.addSeparator()
    file_menu.addActions([a.export, a.print_plate])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    view_menu = menu_bar.addMenu(tr("Beel&d"))
    view_menu.addActions([a.zoom_in, a.zoom_out, a.fit_plate, a.fit_width, a.zoom_selection])
    view_menu.addSeparator()
    view_menu.addActions([a.flip, a.all_relations])
    view_menu.addSeparator()
    view_menu.addActions([a.layout_mode, a.save_layout])
    view_menu.addSeparator()
    view_menu.addActions([a.side_panel, a.text_larger, a.text_smaller, a.full_screen])
    view_menu.addActions([a.outline, a.high_contrast])
    language_menu = view_menu.addMenu(tr("&Taal / Language"))
    language_menu.addActions([a.dutch, a.english])
    view_menu.addSeparator()
    view_menu.addAction(a.present)
    view_menu.addSeparator()
    view_menu.addActions([a.worksheet, a.answers_on_plate])
    menu_bar.addMenu(session_menu)
    go_menu = menu_bar.addMenu(tr("&Ga naar"))
    go_menu.addActions([a.search, a.back, a.forward, a.start])
    # F6 between the plate and the side panel, as in most programs with panes
    pane_action = QAction(tr("Naar het &zijpaneel of de plaat"), window)
    pane_action.setShortcut("F6")
    pane_action.setToolTip(tr("Toetsenbord naar het zijpaneel of terug (F6)"))
    pane_action.triggered.connect(switch_pane)
    go_menu.addAction(pane_action)
    go_menu.addSeparator()
    go_menu.addActions([a.previous_plate, a.next_plate])
    go_menu.addSeparator()
    go_menu.addActions(a.plates)
    help_menu = menu_bar.addMenu(tr("&Help"))
    help_menu.addActions([a.shortcuts, a.plate_format, a.about])

    toolbar = QToolBar(tr("Werkbalk"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a.back, a.forward, a.start])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_out, a.zoom_in, a.fit_plate, a.fit_width])
    toolbar.addSeparator()
    toolbar.addActions([a.flip, a.all_relations])
    toolbar.addSeparator()
    toolbar.addAction(a.side_panel)
    toolbar.addSeparator()
    toolbar.addAction(a.present)
    window.addToolBar(toolbar)
    return WindowMenus(go_menu, pane_action, toolbar)


__all__ = ["WindowMenus", "build_menus"]
