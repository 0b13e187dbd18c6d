"""The plates on screen: one view per plate and the start view in a stack, the tabs above.

The deck follows the navigator (it shows the place the reader is at) and moves
the reader when a plate is clicked, a tab or a start card is chosen. Own plates
come and change through `add` and `replace`, announced by app.ui.author.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStackedWidget, QStyle, QWidget

from app.io.errors import FileProblem
from app.model.history import START, Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator, PlaceChange
from app.model.plate import Plate
from app.scene.plate_scene import PlateScene
from app.ui.explore.start_view import StartView
from app.ui.i18n import tr
from app.ui.plate_accessibility import AccessibleTabBar
from app.ui.plate_view import PlateView
from app.ui.problem_bar import problem_text

WhenReady = Callable[[Callable[[], object]], None]


class PlateDeck(QObject):
    zoom_changed = Signal(float)  # of the plate on screen
    flipped_changed = Signal(bool)

    def __init__(
        self, library: PlateLibrary, navigator: Navigator, when_ready: WhenReady, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.navigator = navigator
        # a click before start-up is done waits for the graph and is answered then
        self.when_ready = when_ready
        self.scenes: dict[str, PlateScene] = {}
        self.views: dict[str, PlateView] = {}
        self._kept_selection: dict[str, str | None] = {}
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

    # --- plates: the four and the user's own ---------------------------------------
    def _add_view(self, plate: Plate) -> None:
        # the items of a plate that is not on screen are made after the first paint
        scene = PlateScene(
            plate, partial(self.library.graphs.__getitem__, plate.id), build_later=True
        )
        view = PlateView(scene)
        view.element_clicked.connect(
            lambda eid, pid=plate.id: self.when_ready(lambda: self.navigator.go_to(Place(pid, eid)))
        )
        view.element_activated.connect(lambda eid: self.when_ready(lambda: self._activate(eid)))
        view.back_requested.connect(self.navigator.back)
        view.forward_requested.connect(self.navigator.forward)
        # the status bar names the zoom of the plate on screen, not of one fitted off screen
        view.zoom_changed.connect(partial(self._zoom_changed, view))
        scene.flipped_changed.connect(self.flipped_changed)
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
        own_plate = tr("Eigen plaat")
        self.tabs.setTabToolTip(index, tip + (f"\n{own_plate}: {own}" if own else ""))

    def add(self, plate_id: str) -> None:
        """An own plate the library has just taken in: its view, tab and start card."""
        plate = self.library.plate(plate_id)
        self._add_view(plate)
        self._add_tab(plate)
        self.start_view.add_card(plate, self.scenes[plate.id])

    def replace(self, plate_id: str) -> None:
        """The library's new version of a plate, seen from where the reader was looking."""
        plate = self.library.plate(plate_id)
        old = self.scenes[plate_id]
        scene = PlateScene(plate, partial(self.library.graphs.__getitem__, plate_id), old.look)
        scene.set_show_all_relations(old.show_all_relations)
        scene.flipped_changed.connect(self.flipped_changed)
        self.scenes[plate_id] = scene
        view = self.views[plate_id]
        view.replace_scene(scene)
        view.show_problem(None)
        self.tabs.setTabIcon(self._tab_index(plate_id), QIcon())
        self._describe_tab(self._tab_index(plate_id), plate)
        self.start_view.update_card(plate, scene)
        self._kept_selection[plate_id] = (
            old.selected_id if old.selected_id in scene.items_by_id else None
        )

    def show_again(self, plate_id: str) -> None:
        """After `replace`: the plate on screen shows its new version, as it was chosen."""
        selected = self._kept_selection.pop(plate_id, None)
        if self.navigator.plate_id == plate_id:
            self.navigator.go_to(Place(plate_id, selected), record=False)

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
        warning = view.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(self._tab_index(plate_id), warning)

    # --- where the reader is -----------------------------------------------------------
    def _zoom_changed(self, view: PlateView, scale: float) -> None:
        if view is self.current_view():
            self.zoom_changed.emit(scale)

    def current_view(self) -> PlateView | None:
        return self.views.get(self.navigator.plate_id)

    def open_plate(self, plate_id: str) -> None:
        """Switch to a plate as the reader left it: its zoom and its selection."""
        if plate_id == self.navigator.plate_id:
            return
        scene = self.scenes.get(plate_id)
        self.navigator.go_to(Place(plate_id, scene.selected_id if scene else None))

    def step_plate(self, step: int) -> None:
        count = len(self.library.plates) + 1
        self._tab_changed((self.tabs.currentIndex() + step) % count)

    def _tab_changed(self, index: int) -> None:
        self.open_plate(START if index == 0 else self.library.plates[index - 1].id)

    def _set_tab(self, index: int) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _activate(self, element_id: str) -> None:
        view = self.current_view()
        if view:
            self.navigator.go_to_element(element_id)
            view.zoom_to_element(element_id)

    def show(self, change: PlaceChange) -> None:
        """The navigator moved: the plate (or the start view) comes up, its element chosen."""
        place = change.place
        if place.plate_id == START:
            self.stack.setCurrentWidget(self.start_view)
            self._set_tab(0)
            return
        view = self.views[place.plate_id]
        self.scenes[place.plate_id].select(place.element_id)  # before the view shows
        if change.focus and self.stack.currentWidget() is not view:
            # focus goes straight to this plate: a screen reader hears no stop between
            shown = self.stack.currentWidget()
            if shown is not None:
                view.setGeometry(shown.geometry())  # its size as it will be shown
            view.show()
            view.setFocus()
        self.stack.setCurrentWidget(view)
        if change.focus:
            view.setFocus()  # before the tab changes, so the tab does not take focus
        self._set_tab(self._tab_index(place.plate_id))

    def reveal(self, change: PlaceChange) -> None:
        """After the panels: the element scrolled into view, and said to screen readers."""
        place = change.place
        view = self.views.get(place.plate_id)
        if view is None:
            return
        if change.reveal and place.element_id and view.plate_scene.selected_id:
            view.ensure_element_visible(place.element_id)
        view.announce()  # the selection takes accessible focus (once)


__all__ = ["PlateDeck"]
