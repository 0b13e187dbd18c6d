"""Authoring own plates in the window: the layout mode switched by its menu entry, kept
on its plate while moves are unsaved, and holding back a new version of the file that
comes in meanwhile (it is written into that version on saving)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.model.history import Place
from app.model.library import PlateLibrary
from app.model.navigator import Navigator
from app.model.plate import Plate
from app.ui.actions import Actions
from app.ui.author.own_plates import OwnPlates
from app.ui.i18n import tr
from app.ui.plate_view import PlateView

if TYPE_CHECKING:
    from app.ui.author.layout_editor import LayoutEditor


def set_checked_quietly(action: QAction, checked: bool) -> None:
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)


class Authoring(QObject):
    def __init__(
        self,
        parent: QWidget,
        library: PlateLibrary,
        navigator: Navigator,
        own_plates: OwnPlates,
        commands: Actions,
        current_view: Callable[[], PlateView | None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.navigator = navigator
        self.own_plates = own_plates
        self.commands = commands
        self.current_view = current_view
        self.changed = changed  # the menus' state follows the mode
        self._editor: LayoutEditor | None = None  # made on first use
        commands.layout_mode.toggled.connect(self._layout_mode)
        commands.save_layout.triggered.connect(lambda: self.editor.save())
        navigator.guard(self._may_go)
        own_plates.hold = self._holds

    @property
    def editor(self) -> LayoutEditor:
        if self._editor is None:
            from app.ui.author.layout_editor import LayoutEditor

            self._editor = LayoutEditor(
                self.parent_widget,
                self.library,
                self.navigator,
                self.own_plates,
                leave=lambda: self.commands.layout_mode.setChecked(False),
                status=self.own_plates.status,
            )
        return self._editor

    @property
    def editing(self) -> bool:
        return self._editor is not None and self._editor.active

    def is_editing(self) -> bool:  # for whoever is handed the question, not the object
        return self.editing

    def _layout_mode(self, on: bool) -> None:
        view = self.current_view()
        if on and view is not None and self.library.is_own(view.plate_scene.plate.id):
            self.editor.start(view)
        elif not on and not self.editor.stop():
            set_checked_quietly(self.commands.layout_mode, True)  # the user chose to stay
        elif on:
            set_checked_quietly(self.commands.layout_mode, False)
        self.changed()

    def _may_go(self, place: Place) -> bool:
        """Leaving the plate being laid out ends the mode, unless the user stays."""
        editor = self._editor
        if editor is not None and editor.active and place.plate_id != editor.plate_id():
            if not editor.stop():  # unsaved moves, and the user stays
                return False
            set_checked_quietly(self.commands.layout_mode, False)
        return True

    def _holds(self, plate: Plate) -> bool:
        editor = self._editor
        if editor is not None and editor.dirty and editor.plate_id() == plate.id:
            # moves not saved yet: they are written into this newer file on saving
            editor.pending_reload = plate
            self.own_plates.status(
                tr("Het plaatbestand is gewijzigd; bij opslaan komen de posities erbij."), 8000
            )
            return True
        return False

    def may_close(self) -> bool:
        return self._editor is None or self._editor.stop()


__all__ = ["Authoring"]
