"""The window's commands on the plate on screen (zoom, flip, relations, text size, full
screen, contrast, language) and the state of the menus, which follows the navigator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu

from app.model.history import START, Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator, PlaceChange
from app.ui.actions import Actions, EqualsZooms, plate_action
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr
from app.ui.plate_deck import PlateDeck
from app.ui.plate_view import PlateView
from app.ui.safe_text import tooltip
from app.ui.settings import WindowSettings


def set_checked_quietly(action: QAction, checked: bool) -> None:
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)


class ViewCommands(QObject):
    language_requested = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        commands: Actions,
        deck: PlateDeck,
        navigator: Navigator,
        library: PlateLibrary,
        settings: WindowSettings,
        panel: GuidePanel,
        layout_editing: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.commands = a = commands
        self.deck = deck
        self.navigator = navigator
        self.library = library
        self.settings = settings
        self.panel = panel
        self.layout_editing = layout_editing
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        a.zoom_in.triggered.connect(lambda: self._with_view(PlateView.zoom_in))
        window.installEventFilter(EqualsZooms(a.zoom_in, window))
        a.zoom_out.triggered.connect(lambda: self._with_view(PlateView.zoom_out))
        a.fit_plate.triggered.connect(lambda: self._with_view(lambda v: v.fit_plate(animate=True)))
        a.fit_width.triggered.connect(lambda: self._with_view(lambda v: v.fit_width(animate=True)))
        a.zoom_selection.triggered.connect(self._zoom_selection)
        a.flip.toggled.connect(self._flip)
        a.all_relations.toggled.connect(self._show_all_relations)
        a.text_larger.triggered.connect(lambda: self._text_size(+1))
        a.text_smaller.triggered.connect(lambda: self._text_size(-1))
        a.full_screen.toggled.connect(
            lambda on: window.showFullScreen() if on else window.showNormal()
        )
        a.back.triggered.connect(navigator.back)
        a.forward.triggered.connect(navigator.forward)
        a.start.triggered.connect(lambda: navigator.go_to(Place(START)))
        a.previous_plate.triggered.connect(lambda: deck.step_plate(-1))
        a.next_plate.triggered.connect(lambda: deck.step_plate(+1))
        for action, plate in zip(a.plates, library.plates, strict=True):
            action.triggered.connect(lambda _=False, pid=plate.id: deck.open_plate(pid))
        a.high_contrast.setChecked(settings.flag("view/high_contrast"))
        a.high_contrast.toggled.connect(self._high_contrast)
        if a.high_contrast.isChecked():  # the window has it from the start (application.py)
            self.plates_in_contrast(True)
        language = settings.text("ui/language") or "nl"
        a.dutch.setChecked(language == "nl")
        a.english.setChecked(language == "en")
        a.dutch.triggered.connect(lambda: self._choose_language("nl"))
        a.english.triggered.connect(lambda: self._choose_language("en"))
        deck.zoom_changed.connect(self._show_zoom)
        deck.flipped_changed.connect(self._sync_flip)

    def _with_view(self, command: Callable[[PlateView], object]) -> None:
        view = self.deck.current_view()
        if view:
            command(view)

    def _zoom_selection(self) -> None:
        view = self.deck.current_view()
        if view and view.plate_scene.selected_id:
            view.zoom_to_element(view.plate_scene.selected_id)

    def _flip(self, flipped: bool) -> None:
        view = self.deck.current_view()
        if view and view.plate_scene.can_flip():
            view.plate_scene.set_flipped(flipped)

    def _sync_flip(self, flipped: bool) -> None:
        set_checked_quietly(self.commands.flip, flipped)

    def _show_all_relations(self, show: bool) -> None:
        for scene in self.deck.scenes.values():
            scene.set_show_all_relations(show)
        self.settings.set_flag("view/all_relations", show)

    def _text_size(self, steps: int) -> None:
        self.panel.change_text_size(steps)
        self.settings.set_panel_text_size(self.panel.point_size)

    def _show_zoom(self, scale: float) -> None:
        if self.deck.current_view():
            percent = round(100 * scale)  # 100 % is the plate's own size, on every screen
            self.zoom_label.setText(tr("Zoom: %1 %").replace("%1", str(percent)))

    def _high_contrast(self, on: bool) -> None:
        from app.ui.theme import apply_theme

        self.settings.set_flag("view/high_contrast", on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)
        self.plates_in_contrast(on)

    def plates_in_contrast(self, on: bool) -> None:
        for scene in self.deck.scenes.values():
            scene.look.projector = on  # stronger edges and lines on the plates too
            scene.look.theme = "hoog-contrast" if on else "licht"  # and their own colours
            scene.apply_look()

    def dress(self, plate_id: str) -> None:
        """A plate added later looks like the others: relations and contrast as chosen."""
        self.deck.scenes[plate_id].set_show_all_relations(self.commands.all_relations.isChecked())
        if self.commands.high_contrast.isChecked():
            self.plates_in_contrast(True)

    def add_plate_entry(self, plate_id: str, menu: QMenu) -> None:
        """An own plate in the Go menu, with Ctrl+number when no other plate has it."""
        plate = self.library.plate(plate_id)
        taken = {p.number for p in self.library.plates if p.id != plate.id}
        action = plate_action(self.window, plate.number, plate.title, plate.number not in taken)
        action.triggered.connect(lambda _=False, pid=plate.id: self.deck.open_plate(pid))
        self.commands.plates.append(action)
        menu.addAction(action)

    def _choose_language(self, language: str) -> None:
        self.commands.dutch.setChecked(language == "nl")
        self.commands.english.setChecked(language == "en")
        if language == (self.settings.text("ui/language") or "nl"):
            return
        self.settings.set_text("ui/language", language)
        self.language_requested.emit(language)

    def update(self, change: PlaceChange | None = None) -> None:
        """Which commands apply where the reader is now."""
        a = self.commands
        view = self.deck.current_view()
        for action in (
            a.zoom_in,
            a.zoom_out,
            a.fit_plate,
            a.fit_width,
            a.zoom_selection,
            a.export,
            a.print_plate,
        ):
            action.setEnabled(view is not None)
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
        a.save_layout.setEnabled(self.layout_editing())
        a.back.setEnabled(self.navigator.can_go_back())
        a.forward.setEnabled(self.navigator.can_go_forward())


__all__ = ["ViewCommands"]
