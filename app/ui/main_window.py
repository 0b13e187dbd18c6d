"""The main window: wires start view, plate views, side panel, menus and history together."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.io.atomic_write import reason_for
from app.io.errors import FileProblem
from app.io.library_loader import link_file_problems
from app.io.plate_cache import PlateCache
from app.io.session_store import SessionStore
from app.model.answers_view import notes_beside_elements
from app.model.guide_text import element_markdown, plate_markdown
from app.model.history import START, History, Place
from app.model.library import ElementRef, LinkProblem, PlateLibrary
from app.model.plate import Plate
from app.plain_import import import_networkx
from app.scene.plate_scene import PlateScene
from app.ui.accessibility import focus_first_field
from app.ui.actions import Actions, EqualsZooms, build_actions, plate_action
from app.ui.deferred_start import DeferredStart
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr
from app.ui.outline_panel import OutlinePanel
from app.ui.own_plates import OwnPlates
from app.ui.plate_accessibility import AccessibleTabBar, AccessibleTabWidget
from app.ui.plate_view import PlateView
from app.ui.safe_text import tooltip
from app.ui.screen_fit import keep_on_screen, size_first_window
from app.ui.search_panel import SearchPanel
from app.ui.session_controller import SaveState, SessionController
from app.ui.session_menu import SessionMenu
from app.ui.settings import WindowSettings
from app.ui.start_view import StartView
from app.ui.worksheet_panel import WorksheetPanel

if TYPE_CHECKING:
    from app.ui.layout_editor import LayoutEditor
    from app.ui.presentation import Presentation


def problem_text(heading: str, problems: list[FileProblem], shown: int) -> str:
    """A heading, the first problems as `file:line: message`, and how many more there are."""
    lines = [heading, *(str(p) for p in problems[:shown])]
    if len(problems) > shown:
        lines.append(f"… {len(problems) - shown} " + tr("meer"))
    return "\n".join(lines)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    plate_reloaded = Signal(str)  # an own plate's file changed and it is on screen anew

    def __init__(
        self,
        library: PlateLibrary,
        settings: WindowSettings,
        problems: list[FileProblem] | None = None,
        own_folder: Path | None = None,
        plate_cache: PlateCache | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.own_folder = own_folder
        self.history = History()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.scenes: dict[str, PlateScene] = {}
        self.presentation: Presentation | None = None
        self.views: dict[str, PlateView] = {}

        self.commands = build_actions(self, [(p.number, p.title) for p in library.plates])
        self.stack = QStackedWidget()
        for plate in library.plates:
            self._add_view(plate)
        self.start_view = StartView(library, self.scenes)
        self.start_view.plate_chosen.connect(self.open_plate)
        self.stack.insertWidget(0, self.start_view)

        self.tabs = AccessibleTabBar()
        self.tabs.setObjectName("plateTabs")
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { min-width: 4em; padding: 6px 12px; }")
        self.tabs.addTab(tr("Start"))
        for plate in library.plates:
            self._add_tab(plate)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.problem_bar = QLabel()
        self.problem_bar.setObjectName("problemBar")
        self.problem_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_bar.setWordWrap(True)
        self.problem_bar.setStyleSheet(
            "#problemBar { background: #fff4e5; color: #5b3300; padding: 8px 12px;"
            " border-bottom: 1px solid #f0b86e; }"
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.problem_bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.show_problems(problems or [])

        self.panel = GuidePanel()
        self.panel.element_link_clicked.connect(self._follow_link)
        self.panel.refused_link.connect(self._refused_link)
        self.panel.set_text_size(settings.panel_text_size())
        store = SessionStore(settings.path.parent)
        self.sessions = SessionController(store, parent=self)
        try:
            store.prepare()
        except OSError as error:  # a read-only data folder: read what is there, save nothing
            self.sessions.unavailable = reason_for(error)
        self.worksheet = WorksheetPanel(self.sessions, library)
        self.side_tabs = AccessibleTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.panel, tr("Toelichting"))
        self.side_tabs.addTab(self.worksheet, tr("Aan de slag"))
        self.search = SearchPanel(library)
        self.search.chosen.connect(self._search_chosen)
        self.side_tabs.addTab(self.search, tr("Zoeken"))
        self.side_tabs.setTabToolTip(
            1, tr("Het werkblad van deze plaat, ingevuld in de werksessie")
        )
        self.dock = QDockWidget(tr("Toelichting en werkblad"), self)
        self.dock.setObjectName("guideDock")
        self.dock.setWidget(self.side_tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.outline = OutlinePanel(library)
        self.outline.element_chosen.connect(
            lambda plate_id, element_id: self.go_to(
                Place(plate_id, element_id), reveal=True, focus=False
            )
        )
        self.outline_dock = QDockWidget(tr("Overzicht van de plaat"), self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()
        self.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)

        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.save_label = QLabel()
        self.save_label.setObjectName("saveLabel")
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.session_menu = SessionMenu(self, self.sessions, library, self.scenes, settings)
        self.sessions.changed.connect(lambda change: self._refresh_answers(change.plate_id))
        self.sessions.session_switched.connect(self._refresh_all_answers)
        self.sessions.state_changed.connect(self._show_save_state)
        self._build_menus(self.commands)
        self._connect(self.commands)
        self.own_plates = OwnPlates(self, own_folder, plate_cache)
        self._layout_editor: LayoutEditor | None = None  # made on first use
        self.commands.layout_mode.toggled.connect(self._layout_mode)
        self.commands.save_layout.triggered.connect(lambda: self.layout_editor.save())
        self._restore()
        self.session_menu.open_initial()
        steps, later = self._after_first_paint()
        self.deferred = DeferredStart(steps, self, later=later)
        self.deferred.after_first_paint(self)

    def _after_first_paint(self) -> tuple[list[Callable[[], object]], list[Callable[[], object]]]:
        """The first frame is drawn from the plate records; the graph of the plate on
        screen comes right after it (a click waits for that), then what is off screen."""
        graphs = self.library.graphs
        here = self.current_plate_id()
        first = [partial(graphs.__getitem__, here)] if here in graphs else []
        later = [scene.ensure_built for scene in self.scenes.values()]
        return [import_networkx, *first], [
            *later,
            graphs.build_all,
            self.outline.graphs_ready,
            self.worksheet.ensure_built,
            self.start_view.show_first_chapter,
        ]

    # --- plates: the four and the user's own ---------------------------------------
    def _add_view(self, plate: Plate) -> None:
        # the items of a plate that is not on screen are made after the first paint
        scene = PlateScene(
            plate, partial(self.library.graphs.__getitem__, plate.id), build_later=True
        )
        view = PlateView(scene)
        # a click before start-up is done waits for the graph and is answered then
        view.element_clicked.connect(
            lambda eid, pid=plate.id: self.deferred.when_ready(lambda: self.go_to(Place(pid, eid)))
        )
        view.element_activated.connect(
            lambda eid: self.deferred.when_ready(lambda: self._activate(eid))
        )
        view.back_requested.connect(self.go_back)
        view.forward_requested.connect(self.go_forward)
        # the status bar names the zoom of the plate on screen, not of one fitted off screen
        view.zoom_changed.connect(
            lambda scale, v=view: self._show_zoom(scale) if v is self.current_view() else None
        )
        scene.flipped_changed.connect(self._sync_flip)
        self.scenes[plate.id] = scene
        self.views[plate.id] = view
        self.stack.addWidget(view)

    def _tab_index(self, plate_id: str) -> int:
        return 1 + [p.id for p in self.library.plates].index(plate_id)

    def _add_tab(self, plate: Plate) -> None:
        self._describe_tab(self.tabs.insertTab(self._tab_index(plate.id), ""), plate)

    def _describe_tab(self, index: int, plate: Plate) -> None:
        self.tabs.setTabText(index, f"{plate.number}  {plate.title}")
        own = self.library.own.get(plate.id)
        tip = f"{plate.title} (Ctrl+{plate.number})" if plate.number <= 9 else plate.title
        self.tabs.setTabToolTip(index, tip + (f"\n{tr('Eigen plaat')}: {own}" if own else ""))

    def add_plate(self, plate: Plate, own_file: str) -> None:
        """Show an own plate beside the others: view, tab, menu entry and start card."""
        self.library.add(plate, own_file)
        self._show_link_problems(self.library.resolve_links())
        self._add_view(plate)
        self.views[plate.id].plate_scene.set_show_all_relations(
            self.commands.all_relations.isChecked()
        )
        self._add_tab(plate)
        if self.commands.high_contrast.isChecked():
            self._plates_in_contrast(True)
        taken = {p.number for p in self.library.plates if p.id != plate.id}
        action = plate_action(self, plate.number, plate.title, plate.number not in taken)
        action.triggered.connect(lambda _=False, pid=plate.id: self.open_plate(pid))
        self.commands.plates.append(action)
        self.go_menu.addAction(action)
        self.start_view.add_card(plate, self.scenes[plate.id])
        self.search.invalidate()
        self._update_actions()

    def replace_plate(self, plate: Plate) -> None:
        """A new version of an own plate from its file, seen where the reader was looking."""
        editor = self._layout_editor
        if editor is not None and editor.dirty and editor.plate_id() == plate.id:
            # moves not saved yet: they are written into this newer file on saving
            self.layout_editor.pending_reload = plate
            self.statusBar().showMessage(
                tr("Het plaatbestand is gewijzigd; bij opslaan komen de posities erbij."), 8000
            )
            return
        self._show_link_problems(self.library.replace(plate))
        old = self.scenes[plate.id]
        scene = PlateScene(plate, partial(self.library.graphs.__getitem__, plate.id), old.look)
        scene.set_show_all_relations(old.show_all_relations)
        scene.flipped_changed.connect(self._sync_flip)
        self.scenes[plate.id] = scene
        view = self.views[plate.id]
        view.replace_scene(scene)
        view.show_problem(None)
        self.tabs.setTabIcon(self._tab_index(plate.id), QIcon())
        self._describe_tab(self._tab_index(plate.id), plate)
        self._refresh_answers(plate.id)
        self.start_view.update_card(plate, scene)
        self.search.invalidate()
        self.outline.forget(plate.id)
        if self.current_plate_id() == plate.id:
            selected = old.selected_id if old.selected_id in scene.items_by_id else None
            self.go_to(Place(plate.id, selected), record=False)
        self.plate_reloaded.emit(plate.id)

    @property
    def layout_editor(self) -> LayoutEditor:
        if self._layout_editor is None:
            from app.ui.layout_editor import LayoutEditor

            self._layout_editor = LayoutEditor(self)
        return self._layout_editor

    def _layout_mode(self, on: bool) -> None:
        view = self.current_view()
        if on and view is not None and self.library.is_own(view.plate_scene.plate.id):
            self.layout_editor.start(view)
        elif not on and not self.layout_editor.stop():
            self._set_checked(self.commands.layout_mode, True)  # the user chose to stay
        elif on:
            self._set_checked(self.commands.layout_mode, False)
        self._update_actions()

    @staticmethod
    def _set_checked(action: QAction, checked: bool) -> None:
        action.blockSignals(True)
        action.setChecked(checked)
        action.blockSignals(False)

    def go_to_element(self, element_id: str) -> None:
        self.go_to(Place(self.current_plate_id(), element_id))

    def show_plate_problems(self, plate_id: str, problems: list[FileProblem]) -> None:
        """An edit broke the file: say so over the plate, which stays as it last was."""
        view = self.views.get(plate_id)
        if view is None:
            return
        view.show_problem(
            problem_text(
                tr("Het plaatbestand bevat een fout; de laatste goede versie blijft staan."),
                problems,
                6,
            )
        )
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(self._tab_index(plate_id), warning)

    def show_problems(self, problems: list[FileProblem]) -> None:
        """Problems with files that are not on screen (a new file that did not load)."""
        if not problems:
            self.problem_bar.hide()
            return
        self.problem_bar.setText(
            problem_text(tr("Niet alles kon worden geladen; de rest werkt gewoon."), problems, 8)
        )
        self.problem_bar.show()

    def _show_link_problems(self, problems: list[LinkProblem]) -> None:
        if problems:
            self.show_problems(link_file_problems(problems))

    # --- menus and toolbar ----------------------------------------------------
    def _build_menus(self, a: Actions) -> None:
        style = self.style()
        a.back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        a.forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        a.start.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        menu_bar = self.menuBar()
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
        menu_bar.addMenu(self.session_menu.menu)
        go_menu = menu_bar.addMenu(tr("&Ga naar"))
        self.go_menu = go_menu
        go_menu.addActions([a.search, a.back, a.forward, a.start])
        # F6 between the plate and the side panel, as in most programs with panes
        self.pane_action = QAction(tr("Naar het &zijpaneel of de plaat"), self)
        self.pane_action.setShortcut("F6")
        self.pane_action.setToolTip(tr("Toetsenbord naar het zijpaneel of terug (F6)"))
        self.pane_action.triggered.connect(self._switch_pane)
        go_menu.addAction(self.pane_action)
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
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _connect(self, a: Actions) -> None:
        a.export.triggered.connect(self.export_dialog)
        a.print_plate.triggered.connect(self.print_plate)
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(lambda: self._with_view(PlateView.zoom_in))
        self.installEventFilter(EqualsZooms(a.zoom_in, self))
        a.zoom_out.triggered.connect(lambda: self._with_view(PlateView.zoom_out))
        a.fit_plate.triggered.connect(lambda: self._with_view(lambda v: v.fit_plate(animate=True)))
        a.fit_width.triggered.connect(lambda: self._with_view(lambda v: v.fit_width(animate=True)))
        a.zoom_selection.triggered.connect(self._zoom_selection)
        a.flip.toggled.connect(self._flip)
        a.all_relations.toggled.connect(self._show_all_relations)
        a.side_panel.setChecked(True)
        a.side_panel.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        a.text_larger.triggered.connect(lambda: self._text_size(+1))
        a.text_smaller.triggered.connect(lambda: self._text_size(-1))
        a.full_screen.toggled.connect(self._full_screen)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.start.triggered.connect(lambda: self.go_to(Place(START)))
        a.previous_plate.triggered.connect(lambda: self._step_plate(-1))
        a.next_plate.triggered.connect(lambda: self._step_plate(+1))
        for action, plate in zip(a.plates, self.library.plates, strict=True):
            action.triggered.connect(lambda _=False, pid=plate.id: self.open_plate(pid))
        a.worksheet.triggered.connect(self.show_worksheet)
        a.present.triggered.connect(lambda: self.start_presentation())
        a.search.triggered.connect(self.show_search)
        a.outline.toggled.connect(self._show_outline)
        self.outline_dock.visibilityChanged.connect(
            lambda visible: a.outline.setChecked(visible) if not self.isMinimized() else None
        )
        a.high_contrast.setChecked(self.settings.flag("view/high_contrast"))
        a.high_contrast.toggled.connect(self._high_contrast)
        if a.high_contrast.isChecked():  # the window has it from the start (application.py)
            self._plates_in_contrast(True)
        language = self.settings.text("ui/language") or "nl"
        a.dutch.setChecked(language == "nl")
        a.english.setChecked(language == "en")
        a.dutch.triggered.connect(lambda: self._choose_language("nl"))
        a.english.triggered.connect(lambda: self._choose_language("en"))
        a.answers_on_plate.setChecked(self.settings.flag("view/answers_on_plate", True))
        a.answers_on_plate.toggled.connect(self._answers_toggled)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)

    # --- navigation --------------------------------------------------------------
    def current_plate_id(self) -> str:
        place = self.history.current
        return place.plate_id if place else START

    def current_view(self) -> PlateView | None:
        return self.views.get(self.current_plate_id())

    def go_to(
        self, place: Place, *, record: bool = True, reveal: bool = False, focus: bool = True
    ) -> None:
        if place.plate_id != START and place.plate_id not in self.views:
            return
        editor = self._layout_editor
        if editor is not None and editor.active and place.plate_id != editor.plate_id():
            if not editor.stop():  # unsaved moves, and the user stays
                return
            self._set_checked(self.commands.layout_mode, False)
        if place.plate_id != self.current_plate_id():
            self.sessions.save_now()  # a plate switch is a natural moment to save
        if record:
            self.history.visit(place)
        self.worksheet.show_plate(place.plate_id)
        if place.plate_id == START:
            self.stack.setCurrentWidget(self.start_view)
            self._set_tab(0)
            self.panel.show_markdown(self._welcome_markdown())
            # the start view has its own reader; the panel returns with a plate
            self.dock.setVisible(False)
        else:
            self.dock.setVisible(self.commands.side_panel.isChecked())
            view = self.views[place.plate_id]
            scene = self.scenes[place.plate_id]
            scene.select(place.element_id)  # before the view shows: its focus says this one
            if focus and self.stack.currentWidget() is not view:
                # focus goes straight to this plate: a screen reader hears no stop between
                shown = self.stack.currentWidget()
                if shown is not None:
                    view.setGeometry(shown.geometry())  # its size as it will be shown
                view.show()
                view.setFocus()
            self.stack.setCurrentWidget(view)
            if focus:
                view.setFocus()  # before the tab changes, so the tab does not take focus
            self._set_tab(1 + [p.id for p in self.library.plates].index(place.plate_id))
            self.outline.show_plate(place.plate_id)
            self.outline.select(scene.selected_id)
            plate = scene.plate
            if place.element_id and scene.selected_id:
                element = plate.element(place.element_id)
                self.panel.show_markdown(
                    element_markdown(self.library, plate, element, QCoreApplication.translate)
                )
                if reveal:
                    view.ensure_element_visible(place.element_id)
            else:
                self.panel.show_markdown(plate_markdown(plate, QCoreApplication.translate))
            view.announce()  # the selection takes accessible focus (once)
            self.settings.set_last_plate(place.plate_id)
        self._update_actions()

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.go_to(place, record=False, reveal=True)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.go_to(place, record=False, reveal=True)

    def _follow_link(self, ref: ElementRef) -> None:
        self.go_to(Place(ref.plate_id, ref.element_id), reveal=True)

    def _refused_link(self, url: str) -> None:
        self.statusBar().showMessage(
            tr(
                "Deze link wordt niet geopend: alleen webadressen (http of https) "
                "mogen naar buiten."
            )
            + f" ({url})",
            8000,
        )

    def _activate(self, element_id: str) -> None:
        view = self.current_view()
        if view:
            self.go_to(Place(self.current_plate_id(), element_id))
            view.zoom_to_element(element_id)

    def _zoom_selection(self) -> None:
        view = self.current_view()
        if view and view.plate_scene.selected_id:
            view.zoom_to_element(view.plate_scene.selected_id)

    def open_plate(self, plate_id: str) -> None:
        """Switch to a plate as the reader left it: its zoom and its selection."""
        if plate_id == self.current_plate_id():
            return
        scene = self.scenes.get(plate_id)
        self.go_to(Place(plate_id, scene.selected_id if scene else None))

    def _tab_changed(self, index: int) -> None:
        self.open_plate(START if index == 0 else self.library.plates[index - 1].id)

    def _set_tab(self, index: int) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _step_plate(self, step: int) -> None:
        count = len(self.library.plates) + 1
        self._tab_changed((self.tabs.currentIndex() + step) % count)

    # --- view commands ----------------------------------------------------------
    def _with_view(self, command) -> None:  # type: ignore[no-untyped-def]
        view = self.current_view()
        if view:
            command(view)

    def _flip(self, flipped: bool) -> None:
        view = self.current_view()
        if view and view.plate_scene.can_flip():
            view.plate_scene.set_flipped(flipped)

    def _sync_flip(self, flipped: bool) -> None:
        self.commands.flip.blockSignals(True)
        self.commands.flip.setChecked(flipped)
        self.commands.flip.blockSignals(False)

    def _show_all_relations(self, show: bool) -> None:
        for scene in self.scenes.values():
            scene.set_show_all_relations(show)
        self.settings.set_flag("view/all_relations", show)

    def _text_size(self, steps: int) -> None:
        self.panel.change_text_size(steps)
        self.settings.set_panel_text_size(self.panel.point_size)

    def _dock_visibility(self, visible: bool) -> None:
        if not self.isMinimized() and self.current_plate_id() != START:
            self.commands.side_panel.blockSignals(True)
            self.commands.side_panel.setChecked(visible)
            self.commands.side_panel.blockSignals(False)

    def _full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _show_zoom(self, scale: float) -> None:
        view = self.current_view()
        if view:
            percent = round(100 * scale)  # 100 % is the plate's own size, on every screen
            self.zoom_label.setText(tr("Zoom: %1 %").replace("%1", str(percent)))

    def _update_actions(self) -> None:
        a = self.commands
        on_plate = self.current_view() is not None
        for action in (
            a.zoom_in,
            a.zoom_out,
            a.fit_plate,
            a.fit_width,
            a.zoom_selection,
            a.export,
            a.print_plate,
        ):
            action.setEnabled(on_plate)
        view = self.current_view()
        can_flip = bool(view and view.plate_scene.can_flip())
        a.flip.setEnabled(can_flip)  # always in the menu (greyed out): nothing below it moves
        if view:
            self._sync_flip(view.plate_scene.flipped)
            if view.plate_scene.plate.tips:
                a.flip.setToolTip(tooltip(view.plate_scene.plate.tips[0] + " (Ctrl+R)"))
            self._show_zoom(view.scale_factor())
        else:
            self.zoom_label.clear()
        own = bool(view and self.library.is_own(view.plate_scene.plate.id))
        a.layout_mode.setEnabled(own)
        a.layout_mode.setToolTip(
            tr("Onderdelen verplaatsen en de posities opslaan (Ctrl+Alt+L)")
            if own
            else tr("Alleen bij eigen platen: de vier platen van de handreiking liggen vast")
            + " (Ctrl+Alt+L)"
        )
        a.save_layout.setEnabled(self._layout_editor is not None and self._layout_editor.active)
        a.back.setEnabled(self.history.can_go_back())
        a.forward.setEnabled(self.history.can_go_forward())

    # --- search, outline, theme, language ------------------------------------------
    def show_search(self) -> None:
        self.commands.side_panel.setChecked(True)
        self.dock.setVisible(True)
        self.side_tabs.setCurrentWidget(self.search)
        self.search.focus_field()

    def _search_chosen(self, plate_id: str, target: str, query: str) -> None:
        if not plate_id:  # a chapter of the guide: read it on the start view
            self.go_to(Place(START))
            self.start_view.show_chapter(target)
            self.start_view.reader.highlight(query)
            return
        self.go_to(Place(plate_id, target))
        self.views[plate_id].show_element_readably(target)
        self.side_tabs.setCurrentWidget(self.panel)
        self.panel.highlight(query)
        self.statusBar().showMessage(tr("Terug naar de zoekresultaten: Ctrl+F"), 8000)

    def _switch_pane(self) -> None:
        view = self.current_view()
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

    def _high_contrast(self, on: bool) -> None:
        from PySide6.QtWidgets import QApplication

        from app.ui.theme import apply_theme

        self.settings.set_flag("view/high_contrast", on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)
        self._plates_in_contrast(on)

    def _plates_in_contrast(self, on: bool) -> None:
        for scene in self.scenes.values():
            scene.look.projector = on  # stronger edges and lines on the plates too
            scene.look.theme = "hoog-contrast" if on else "licht"  # and their own colours
            scene.apply_look()

    def _choose_language(self, language: str) -> None:
        self.commands.dutch.setChecked(language == "nl")
        self.commands.english.setChecked(language == "en")
        if language == (self.settings.text("ui/language") or "nl"):
            return
        self.settings.set_text("ui/language", language)
        self.language_requested.emit(language)

    # --- presenting -----------------------------------------------------------------
    def start_presentation(self, plate: str | None = None, screen: str | None = None) -> None:
        from app.ui.presentation import Presentation

        if self.presentation is not None:
            return
        try:
            plate_id = self.library.plate(plate).id if plate else None
        except KeyError:
            plate_id = None
        plate_id = plate_id or (self.current_plate_id() if self.current_view() else None)
        plate_id = plate_id or self.library.plates[0].id
        self.go_to(Place(plate_id, self.scenes[plate_id].selected_id))
        self.presentation = Presentation(self.library, plate_id, self.sessions, self, screen)
        self.presentation.finished.connect(self._presentation_finished)
        self.presentation.start()

    def _presentation_finished(self) -> None:
        # stop() may run inside a key handler of the beamer itself; let go of the windows
        # (which deletes them) one turn of the event loop later, not in the middle of it
        retired, self.presentation = self.presentation, None
        QTimer.singleShot(0, lambda: retired and None)
        self.activateWindow()

    # --- worksheets ---------------------------------------------------------------
    def show_worksheet(self) -> None:
        self.commands.side_panel.setChecked(True)
        self.dock.setVisible(True)
        self.side_tabs.setCurrentWidget(self.worksheet)
        focus_first_field(self.worksheet)

    def _answers_toggled(self, shown: bool) -> None:
        self.settings.set_flag("view/answers_on_plate", shown)
        self._refresh_all_answers()

    def _refresh_all_answers(self) -> None:
        for plate_id in self.scenes:
            self._refresh_answers(plate_id)

    def _refresh_answers(self, plate_id: str) -> None:
        scene = self.scenes.get(plate_id)
        if scene is None:
            return
        answers = self.sessions.session.plates.get(plate_id)
        shown = self.commands.answers_on_plate.isChecked() and answers is not None
        scene.set_answers(notes_beside_elements(scene.plate, answers) if shown and answers else {})

    def _show_save_state(self, state: SaveState, message: str) -> None:
        marks = {SaveState.SAVED: "✓ ", SaveState.FAILED: "⚠ ", SaveState.READ_ONLY: "🔒 "}
        self.save_label.setText(marks.get(state, "… ") + message)
        colour = {"failed": "#9a1c1c", "read_only": "#5b3300"}.get(state.value, "")
        self.save_label.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        self.save_label.setToolTip(tooltip(str(self.sessions.file_path)))

    def _welcome_markdown(self) -> str:
        return "\n\n".join(
            [
                "# " + tr("Welkom"),
                tr(
                    "Kies links een overzichtsplaat. Klik op een onderdeel van de plaat om hier "
                    "te lezen wat de handreiking erover zegt; volg de verbanden naar andere "
                    "onderdelen, ook op andere platen."
                ),
                tr(
                    "Zoomen met het muiswiel of Ctrl + en Ctrl −, de hele plaat met Ctrl 0. "
                    "Alle sneltoetsen onder F1."
                ),
                "*" + tr("Deze uitleg hoort bij de app, niet bij de handreiking.") + "*",
            ]
        )

    # --- dialogs -----------------------------------------------------------------
    def export_dialog(self) -> None:
        from app.ui.export_dialog import ExportDialog

        view = self.current_view()
        if view:
            plate_id = view.plate_scene.plate.id
            ExportDialog(
                self.library,
                self.scenes,
                plate_id,
                self,
                self.settings,
                session=self.sessions.session,
            ).exec()

    def print_plate(self) -> None:
        from app.ui.printing import print_scene

        view = self.current_view()
        if view:
            print_scene(view.plate_scene, self)

    def show_shortcuts(self) -> None:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.commands.all() + self.session_menu.actions(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("Over Overzichtsplaten"),
            f"{APP_NAME} {__version__}\n\n"
            + tr(
                "De vier overzichtsplaten en de Handreiking bij de Overzichtsplaten van "
                "MBO Digitaal, om te verkennen, te presenteren en mee te werken."
            )
            + "\n\n"
            + tr("Lettertype: Inter (SIL Open Font License)."),
        )

    # --- remembering -------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            size_first_window(self)
        else:
            keep_on_screen(self)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.commands.side_panel.setChecked(self.dock.isVisibleTo(self) or state is None)
        for plate_id, view in self.views.items():
            saved = self.settings.view_state(plate_id)
            if saved:
                view.restore_view_state(saved)
        self.commands.all_relations.setChecked(self.settings.flag("view/all_relations"))
        last = self.settings.last_plate()
        self.go_to(Place(last if last in self.views else START))

    def remember(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        for plate_id, view in self.views.items():
            if view._fitted_once:
                self.settings.set_view_state(plate_id, view.view_state())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._layout_editor is not None and not self._layout_editor.stop():
            event.ignore()
            return
        if not self.sessions.flush() and not self._close_unsaved_anyway():
            event.ignore()
            return
        self.sessions.close()
        self.remember()
        super().closeEvent(event)

    def _close_unsaved_anyway(self) -> bool:
        """The team's answers could not be saved: never drop them without asking."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Niet alles is opgeslagen"))
        box.setText(self.sessions.message + "\n" + str(self.sessions.file_path))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            tr("Sla de werksessie op een andere plek op, of probeer het opnieuw.")
        )
        save_as = box.addButton(tr("Opslaan als bestand…"), QMessageBox.ButtonRole.AcceptRole)
        retry = box.addButton(tr("Opnieuw proberen"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(
            tr("Afsluiten zonder opslaan"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_as:
            self.session_menu.export_file()
            return False
        if clicked is retry:
            return self.sessions.flush()
        return clicked is discard


__all__ = ["MainWindow"]
