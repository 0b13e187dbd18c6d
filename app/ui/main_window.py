"""The main window: builds the parts and connects them, and owns no behaviour of its own.

Where the reader is lives in the navigator (app.model.navigator); the plates on screen in
the deck (plate_deck); the panels beside them in side_panels; the commands on the plate in
view_commands; own plates in app.ui.author, worksheets in .worksheet, presenting in .present.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from app import APP_NAME
from app.io.errors import FileProblem
from app.io.plate_cache import PlateCache
from app.io.session_store import SessionStore
from app.model.history import START, Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator, on_plates
from app.plain_import import import_networkx
from app.typing_compat import override
from app.ui import window_dialogs
from app.ui.actions import build_actions
from app.ui.author.authoring import Authoring
from app.ui.author.own_plates import OwnPlates
from app.ui.deferred_start import DeferredStart
from app.ui.explore.place_text import PlaceText
from app.ui.plate_deck import PlateDeck
from app.ui.plate_view import PlateView
from app.ui.present.presenting import Presenting
from app.ui.problem_bar import ProblemBar
from app.ui.problem_text import reason_text
from app.ui.screen_fit import keep_on_screen, size_first_window
from app.ui.settings import WindowSettings
from app.ui.side_panels import SidePanels
from app.ui.view_commands import ViewCommands
from app.ui.window_menus import build_menus
from app.ui.worksheet.answer_notes import AnswerNotes
from app.ui.worksheet.close_guard import may_close
from app.ui.worksheet.save_status import SaveStatus
from app.ui.worksheet.session_controller import SessionController
from app.ui.worksheet.session_menu import SessionMenu

if TYPE_CHECKING:
    from app.ui.author.layout_editor import LayoutEditor
    from app.ui.explore.start_view import StartView
    from app.ui.present.presentation import Presentation


class MainWindow(QMainWindow):
    language_requested = Signal(str)

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
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.navigator = Navigator(lambda plate_id: plate_id in self.views)
        self.commands = a = build_actions(self, [(p.number, p.title) for p in library.plates])
        deck = PlateDeck(library, self.navigator, self._when_ready, settings.view_state, self)
        self.deck = deck
        self.scenes, self.views, self.tabs = deck.scenes, deck.views, deck.tabs
        self.problem_bar = ProblemBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget, stretch in ((self.problem_bar, 0), (self.tabs, 0), (deck.stack, 1)):
            layout.addWidget(widget, stretch)
        self.setCentralWidget(central)
        self.problem_bar.show_problems(problems or [])

        store = SessionStore(settings.path.parent)
        self.sessions = SessionController(store, parent=self)
        try:
            store.prepare()
        except OSError as error:  # a read-only data folder: read what is there, save nothing
            self.sessions.unavailable = reason_text(error)
        self.sides = SidePanels(self, library, self.navigator, deck, self.sessions, a, settings)
        self.panel, self.worksheet = self.sides.panel, self.sides.worksheet
        self.search, self.side_tabs = self.sides.search, self.sides.side_tabs
        self.dock = self.sides.dock
        self.outline, self.outline_dock = self.sides.outline, self.sides.outline_dock

        self.session_menu = SessionMenu(self, self.sessions, library, self.scenes, settings)
        self.answer_notes = AnswerNotes(self.sessions, self.scenes, a.answers_on_plate.isChecked)
        self.save_label = SaveStatus(self.sessions)
        self.own_plates = OwnPlates(
            self,
            library,
            settings,
            own_folder,
            plate_cache,
            problems=self.problem_bar,
            status=self.statusBar().showMessage,
            open_plate=deck.open_plate,
        )
        self.authoring = Authoring(
            self, library, self.navigator, self.own_plates, a, deck.current_view, self._changed
        )
        editing = self.authoring.is_editing
        self.view_commands = ViewCommands(
            self, a, deck, self.navigator, library, settings, self.panel, editing
        )
        self.view_commands.language_requested.connect(self.language_requested)
        self.zoom_label = self.view_commands.zoom_label
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.presenting = Presenting(self, library, self.navigator, self.sessions)
        self.menus = build_menus(self, a, self.session_menu.menu, self.sides.switch_pane)
        self._connect()
        self._follow_the_reader()
        self._restore()
        self.session_menu.open_initial()
        steps, later = self._after_first_paint()
        self.deferred = DeferredStart(steps, self, later=later)
        self.deferred.after_first_paint(self)

    def _connect(self) -> None:
        a, own, deck = self.commands, self.own_plates, self.deck
        a.export.triggered.connect(self.export_dialog)
        a.print_plate.triggered.connect(self.print_plate)
        a.quit.triggered.connect(self.close)
        a.present.triggered.connect(lambda: self.start_presentation())
        a.answers_on_plate.setChecked(self.settings.flag("view/answers_on_plate", True))
        a.answers_on_plate.toggled.connect(self._answers_toggled)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(lambda: window_dialogs.show_about(self))
        a.open_plate.triggered.connect(lambda: own.open_file())
        a.own_plates_folder.triggered.connect(own.show_folder)
        a.own_plates_folder.setEnabled(self.own_folder is not None)
        a.plate_format.triggered.connect(own.show_format)
        deck.start_view_made.connect(own.serve_start_view)
        # an own plate comes: whoever shows plates takes it in
        own.plate_added.connect(deck.add)
        own.plate_added.connect(self.view_commands.dress)
        own.plate_added.connect(
            partial(self.view_commands.add_plate_entry, menu=self.menus.go_menu)
        )
        own.plate_added.connect(lambda _id: self.search.invalidate())
        own.plate_added.connect(lambda _id: self._changed())
        # a new version of an own plate: the deck first, the plate on screen shown anew last
        own.plate_replaced.connect(deck.replace)
        own.plate_replaced.connect(self.answer_notes.refresh)
        own.plate_replaced.connect(lambda _id: self.search.invalidate())
        own.plate_replaced.connect(self.outline.forget)
        own.plate_replaced.connect(deck.show_again)
        own.plate_broken.connect(deck.show_plate_problems)

    @property
    def start_view(self) -> StartView:
        return self.deck.start_view

    def _follow_the_reader(self) -> None:
        """Everything that shows where the reader is, in the order it is redrawn."""
        follow = self.navigator.subscribe
        follow(lambda change: self.sessions.save_now() if change.plate_changed else None)
        follow(lambda change: self.worksheet.show_plate(change.place.plate_id))
        follow(self.sides.show_dock)
        follow(self.deck.show)
        follow(on_plates(self.outline.show_plate))
        follow(on_plates(lambda plate_id: self.outline.select(self.scenes[plate_id].selected_id)))
        follow(PlaceText(self.panel, self.library, self.scenes).follow)
        follow(self.deck.reveal)
        follow(on_plates(self.settings.set_last_plate))
        follow(self.view_commands.update)

    def _after_first_paint(self) -> tuple[list[Callable[[], object]], list[Callable[[], object]]]:
        """The first frame is drawn from the plate records; the graph of the plate on
        screen comes right after it (a click waits for that), then what is off screen."""
        graphs = self.library.graphs
        here = self.current_plate_id()
        first = [partial(graphs.__getitem__, here)] if here in graphs else []
        scenes = [scene.ensure_built for scene in self.scenes.values()]
        views = [partial(self.views.__getitem__, plate_id) for plate_id in self.views]
        return [import_networkx, *first], [
            *scenes,
            *views,
            graphs.build_all,
            self.outline.graphs_ready,
            self.worksheet.ensure_built,
            lambda: self.start_view.show_first_chapter(),
        ]

    def _when_ready(self, job: Callable[[], object]) -> None:
        # a click before start-up is done waits for the graph and is answered then
        self.deferred.when_ready(job)

    def _changed(self) -> None:
        self.view_commands.update()

    def _answers_toggled(self, shown: bool) -> None:
        self.settings.set_flag("view/answers_on_plate", shown)
        self.answer_notes.refresh_all()

    # --- the parts, for the module that builds the window (and its tests) ---------------
    def go_to(
        self, place: Place, *, record: bool = True, reveal: bool = False, focus: bool = True
    ) -> None:
        self.navigator.go_to(place, record=record, reveal=reveal, focus=focus)

    def go_to_element(self, element_id: str) -> None:
        self.navigator.go_to_element(element_id)

    def current_plate_id(self) -> str:
        return self.navigator.plate_id

    def current_view(self) -> PlateView | None:
        return self.deck.current_view()

    def open_plate(self, plate_id: str) -> None:
        self.deck.open_plate(plate_id)

    def show_search(self) -> None:
        self.sides.show_search()

    def show_worksheet(self) -> None:
        self.sides.show_worksheet()

    @property
    def layout_editor(self) -> LayoutEditor:
        return self.authoring.editor

    @property
    def presentation(self) -> Presentation | None:
        return self.presenting.presentation

    def start_presentation(self, plate: str | None = None, screen: str | None = None) -> None:
        here = self.current_plate_id() if self.current_view() else None
        self.presenting.start(plate, screen, here, lambda pid: self.scenes[pid].selected_id)

    # --- dialogs -----------------------------------------------------------------
    def export_dialog(self) -> None:
        view = self.current_view()
        if view:
            plate_id = view.plate_scene.plate.id
            session = self.sessions.session
            window_dialogs.export_plate(
                self, self.library, self.scenes, plate_id, self.settings, session
            )

    def print_plate(self) -> None:
        view = self.current_view()
        if view:
            window_dialogs.print_plate(self, view.plate_scene)

    def show_shortcuts(self) -> None:
        window_dialogs.show_shortcuts(self, self.commands.all() + self.session_menu.actions())

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
        self.commands.all_relations.setChecked(self.settings.flag("view/all_relations"))
        last = self.settings.last_plate()
        self.go_to(Place(last if last in self.views else START))

    def remember(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        for plate_id, view in self.views.made().items():
            if (state := view.state_to_remember()) is not None:
                self.settings.set_view_state(plate_id, state)
        self.settings.sync()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        save_as = self.session_menu.export_file
        if not self.authoring.may_close() or not may_close(self, self.sessions, save_as):
            event.ignore()
            return
        self.sessions.close()
        self.remember()
        self.deferred.stop()
        super().closeEvent(event)


__all__ = ["MainWindow"]
