"""The plates on screen: one view per plate and the start view in a stack, the tabs above.

The deck follows the navigator (it shows the place the reader is at) and moves
the reader when a plate is clicked, a tab or a start card is chosen. Own plates
come and change through `add` and `replace`, announced by app.ui.author.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.io.errors import FileProblem
from app.model.history import START, Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator, PlaceChange
from app.model.plate import Plate
from app.scene.plate_scene import PlateScene
from app.scene.theme import Sheet
from app.ui.i18n import tr
from app.ui.plate_accessibility import AccessibleTabBar
from app.ui.plate_view import PlateView
from app.ui.problem_bar import problem_text
from app.ui.theme import use_sheet

if TYPE_CHECKING:
    from app.ui.explore.start_view import StartView

WhenReady = Callable[[Callable[[], object]], None]


class PlateViews(Mapping[str, PlateView]):
    """The view of every plate, made when it is first asked for: the start makes only
    the one on screen, the others come in the idle turns after the first paint (or at
    once, when the reader goes there first)."""

    def __init__(self, scenes: Mapping[str, PlateScene], make: Callable[[str], PlateView]):
        self._scenes = scenes  # a plate has a view as soon as it has a scene
        self._make = make
        self._made: dict[str, PlateView] = {}

    def __getitem__(self, plate_id: str) -> PlateView:
        view = self._made.get(plate_id)
        if view is None:
            if plate_id not in self._scenes:
                raise KeyError(plate_id)
            view = self._made[plate_id] = self._make(plate_id)
        return view

    def __contains__(self, plate_id: object) -> bool:
        return plate_id in self._scenes  # without making the view

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._scenes))  # an own plate may come while one is made

    def __len__(self) -> int:
        return len(self._scenes)

    def made(self) -> dict[str, PlateView]:
        """The views made so far (what there is to remember, say), without making more."""
        return dict(self._made)


class PlateDeck(QObject):
    zoom_changed = Signal(float)  # of the plate on screen
    flipped_changed = Signal(bool)
    start_view_made = Signal(object)  # the start view (StartView), made when first needed

    def __init__(
        self,
        library: PlateLibrary,
        navigator: Navigator,
        when_ready: WhenReady,
        saved_view: Callable[[str], dict[str, float]],
        parent: QWidget,
    ) -> None:
        """`saved_view(plate_id)`: how the reader last left a plate's view (zoom, place)."""
        super().__init__(parent)
        self._saved_view = saved_view
        self.library = library
        self.navigator = navigator
        # a click before start-up is done waits for the graph and is answered then
        self.when_ready = when_ready
        self.scenes: dict[str, PlateScene] = {}
        self.views = PlateViews(self.scenes, self._make_view)
        self._start_view: StartView | None = None
        self._kept_selection: dict[str, str | None] = {}
        self.stack = QStackedWidget()
        for plate in library.plates:
            self._add_scene(plate)

        self.tabs = AccessibleTabBar()
        self.tabs.setObjectName("plateTabs")
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setDocumentMode(True)
        use_sheet(self.tabs, Sheet.PLATE_TABS)
        self.tabs.addTab(tr("Start"))
        for plate in library.plates:
            self._add_tab(plate)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- the start view: made when first shown (or asked for) -----------------------
    @property
    def start_view(self) -> StartView:
        if self._start_view is None:
            from app.ui.explore.start_view import StartView

            self._start_view = StartView(self.library, self.scenes)
            self._start_view.plate_chosen.connect(self.open_plate)
            self.stack.insertWidget(0, self._start_view)
            QWidget.setTabOrder(self.tabs, self._start_view)
            self.start_view_made.emit(self._start_view)
        return self._start_view

    def start_view_if_made(self) -> StartView | None:
        return self._start_view

    # --- plates: the four and the user's own ---------------------------------------
    def _add_scene(self, plate: Plate) -> None:
        # the items of a plate that is not on screen are made after the first paint
        scene = PlateScene(
            plate, partial(self.library.graphs.__getitem__, plate.id), build_later=True
        )
        scene.flipped_changed.connect(self.flipped_changed)
        self.scenes[plate.id] = scene

    def _make_view(self, plate_id: str) -> PlateView:
        view = PlateView(self.scenes[plate_id])
        saved = self._saved_view(plate_id)
        if saved:
            view.restore_view_state(saved)
        view.element_clicked.connect(
            lambda eid: self.when_ready(lambda: self.navigator.go_to(Place(plate_id, eid)))
        )
        view.element_activated.connect(lambda eid: self.when_ready(lambda: self._activate(eid)))
        view.back_requested.connect(self.navigator.back)
        view.forward_requested.connect(self.navigator.forward)
        # the status bar names the zoom of the plate on screen, not of one fitted off screen
        view.zoom_changed.connect(partial(self._zoom_changed, view))
        self.stack.addWidget(view)
        # a view made after the window comes right after the tabs when tabbing, as the
        # views made with the window did
        QWidget.setTabOrder(self.tabs, view)
        return view

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
        self._add_scene(plate)
        self._add_tab(plate)
        if self._start_view is not None:  # else the cards are made with it
            self._start_view.add_card(plate, self.scenes[plate.id])

    def replace(self, plate_id: str) -> None:
        """The library's new version of a plate, seen from where the reader was looking."""
        plate = self.library.plate(plate_id)
        old = self.scenes[plate_id]
        scene = PlateScene(plate, partial(self.library.graphs.__getitem__, plate_id), old.look)
        scene.set_show_all_relations(old.show_all_relations)
        scene.flipped_changed.connect(self.flipped_changed)
        self.scenes[plate_id] = scene
        view = self.views.made().get(plate_id)
        if view is not None:  # else it is made with the new scene
            view.replace_scene(scene)
            view.show_problem(None)
        self.tabs.setTabIcon(self._tab_index(plate_id), QIcon())
        self._describe_tab(self._tab_index(plate_id), plate)
        if self._start_view is not None:
            self._start_view.update_card(plate, scene)
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
        from PySide6.QtWidgets import QStyle  # its enums cost milliseconds at start

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
