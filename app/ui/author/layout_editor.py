"""Layout mode for own plates: drag elements (or nudge them with the arrow keys), undo,
and save the positions back into the plate's file.

Dragging a region or ring takes everything inside it along. Each drag or run
of nudges is one undo step. Saving goes through the position writer, which
keeps the rest of the file as the author wrote it; the plate then reads as
the file now says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.io.errors import PlateError
from app.io.paths import display_path
from app.io.position_writer import save_positions
from app.model.library import PlateLibrary
from app.model.navigator import Navigator
from app.model.plate import Plate
from app.model.undo import Step, UndoHistory
from app.scene.plate_scene import PlateScene
from app.scene.theme import Sheet
from app.typing_compat import override
from app.ui.author.layout_mode import LayoutMode
from app.ui.author.own_plates import OwnPlates
from app.ui.i18n import tr
from app.ui.plate_view import PlateView
from app.ui.problem_text import file_problem_text, reason_text
from app.ui.theme import use_sheet

NUDGE_UNITS = 10.0  # plate units per arrow key; with Shift, 1


def _undo_key(event: QKeyEvent) -> str:
    """ "undo" for Ctrl+Z, "redo" for Ctrl+Shift+Z or Ctrl+Y, else ""."""
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    return ""


class MoveStep:
    """Elements moved from one set of positions to another (by id: survives a reload).
    Pushed after the move is on screen; a run of nudges of the same elements is one step."""

    def __init__(
        self,
        editor: LayoutEditor,
        before: dict[str, QPointF],
        after: dict[str, QPointF],
        *,
        nudge: bool = False,
    ) -> None:
        self.editor = editor
        self.before = before
        self.after = after
        self.nudge = nudge
        self.name = tr("Verschuiven") if nudge else tr("Verplaatsen")

    def absorb(self, later: Step) -> bool:
        if not (isinstance(later, MoveStep) and self.nudge and later.nudge):
            return False
        if set(later.after) != set(self.after):
            return False
        self.after = later.after
        return True

    @override
    def redo(self) -> None:
        self.editor.apply(self.after)

    @override
    def undo(self) -> None:
        self.editor.apply(self.before)


class LayoutBar(QWidget):
    """The bar along the bottom of the plate while its layout is being changed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("layoutBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        use_sheet(self, Sheet.LAYOUT_BAR)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.undo_button = QPushButton(tr("Ongedaan maken"))
        self.redo_button = QPushButton(tr("Opnieuw"))
        self.save_button = QPushButton(tr("Opslaan"))
        self.save_button.setDefault(True)
        self.done_button = QPushButton(tr("Klaar"))
        for button in (self.undo_button, self.redo_button, self.save_button, self.done_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the plate
            layout.addWidget(button)
        self.undo_button.setToolTip(tr("Laatste verplaatsing ongedaan maken (Ctrl+Z)"))
        self.redo_button.setToolTip(tr("Verplaatsing opnieuw doen (Ctrl+Shift+Z)"))
        self.save_button.setToolTip(tr("Posities in het plaatbestand opslaan (Ctrl+Alt+S)"))
        self.done_button.setToolTip(tr("Indeling aanpassen beëindigen (Esc)"))
        self.hide()

    def place(self) -> None:
        view = self.parentWidget()
        assert isinstance(view, PlateView)
        port = view.viewport()
        height = self.sizeHint().height()
        self.setGeometry(0, port.height() - height, port.width(), height)


class LayoutEditor(QObject):
    """Moves the elements of one own plate at a time and writes their positions."""

    def __init__(
        self,
        parent: QWidget,
        library: PlateLibrary,
        navigator: Navigator,
        own_plates: OwnPlates,
        *,
        leave: Callable[[], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.navigator = navigator
        self.own_plates = own_plates
        self.leave = leave  # ends the mode as its menu entry does
        self.status = status
        self.view: PlateView | None = None
        self.bar: LayoutBar | None = None
        self.history: UndoHistory[MoveStep] = UndoHistory()  # as a worksheet's: 500 steps
        self.history.listeners.append(self._update_bar)
        self._drag: tuple[QPointF, dict[str, QPointF]] | None = None
        self.pending_reload: Plate | None = None  # a new version of the file, come in meanwhile

    # --- on and off -------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.view is not None

    @property
    def dirty(self) -> bool:
        return self.active and not self.history.is_clean

    def plate_id(self) -> str | None:
        return self.view.plate_scene.plate.id if self.view else None

    def start(self, view: PlateView) -> None:
        if self.view is view:
            return
        self.view = view
        scene = view.plate_scene
        if scene.flipped:  # positions are the file's, right way up
            scene.set_flipped(False, animate=False)
        self.history.clear()
        view.set_mode(LayoutMode(self))
        view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.bar = LayoutBar(view)
        self.bar.undo_button.clicked.connect(self.history.undo)
        self.bar.redo_button.clicked.connect(self.history.redo)
        self.bar.save_button.clicked.connect(self.save)
        self.bar.done_button.clicked.connect(self.leave)
        view.installEventFilter(self)
        self.bar.show()
        self._update_bar()
        view.setFocus()

    def stop(self) -> bool:
        """End layout mode; unsaved moves are saved, dropped or kept as the user says."""
        if not self.active:
            return True
        if self.dirty and not self._ask_save():
            return False
        view = self.view
        assert view is not None and self.bar is not None
        view.set_mode(None)
        view.removeEventFilter(self)
        view.viewport().unsetCursor()
        self.bar.deleteLater()
        self.bar = None
        self.view = None
        self.history.clear()
        pending, self.pending_reload = self.pending_reload, None
        if pending is not None:
            self.own_plates.replace(pending)
        return True

    def _ask_save(self) -> bool:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Indeling opslaan?"))
        box.setText(tr("De onderdelen zijn verplaatst maar nog niet opgeslagen."))
        box.setInformativeText(tr("Wil je de nieuwe posities in het plaatbestand opslaan?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._revert()
            return True
        return False

    def _revert(self) -> None:
        while self.history.can_undo():
            self.history.undo()
        self.history.set_clean()

    # --- moving -----------------------------------------------------------------------
    def scene(self) -> PlateScene:
        assert self.view is not None
        return self.view.plate_scene

    def apply(self, positions: dict[str, QPointF]) -> None:
        scene = self.scene()
        scene.move_to(positions)
        scene.settle()

    def _clamped(self, start: dict[str, QPointF], delta: QPointF) -> dict[str, QPointF]:
        """Moved by delta, but kept on the paper as a whole."""
        scene = self.scene()
        paper = scene.paper
        rects = [scene.items_by_id[i]._rect.translated(p) for i, p in start.items()]
        left = min(r.left() for r in rects)
        top = min(r.top() for r in rects)
        right = max(r.right() for r in rects)
        bottom = max(r.bottom() for r in rects)
        dx = min(max(delta.x(), paper.left() - left), paper.right() - right)
        dy = min(max(delta.y(), paper.top() - top), paper.bottom() - bottom)
        return {i: QPointF(round(p.x() + dx), round(p.y() + dy)) for i, p in start.items()}

    def mouse_press(self, event: QMouseEvent) -> bool:
        assert self.view is not None
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = self.view.mapToScene(event.position().toPoint())
        element_id = self.scene().element_at(point)
        if element_id is None:
            return False  # empty paper: pan as always
        moving = {element_id} | self.scene().contained(element_id)
        self._drag = (point, self.scene().positions(moving))
        self.navigator.go_to_element(element_id)
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def mouse_move(self, event: QMouseEvent) -> bool:
        if self._drag is None or self.view is None:
            return False
        origin, start = self._drag
        delta = self.view.mapToScene(event.position().toPoint()) - origin
        self.scene().move_to(self._clamped(start, delta))
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        if self._drag is None or self.view is None:
            return False
        _, start = self._drag
        self._drag = None
        self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        after = self.scene().positions(set(start))
        if after != start:
            self.scene().settle()
            self.history.push(MoveStep(self, start, after))
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        command = _undo_key(event)
        if command:
            self.history.undo() if command == "undo" else self.history.redo()
            return True
        if key == Qt.Key.Key_Escape:
            self.leave()
            return True
        selected = self.scene().selected_id
        if key in steps and selected and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            unit = 1.0 if shift else NUDGE_UNITS
            dx, dy = steps[Qt.Key(key)]
            moving = {selected} | self.scene().contained(selected)
            before = self.scene().positions(moving)
            after = self._clamped(before, QPointF(dx * unit, dy * unit))
            if after != before:
                self.apply(after)
                self.history.push(MoveStep(self, before, after, nudge=True))
            return True
        return False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # claim the editing keys before the window's shortcuts (a session's undo) see them
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and _undo_key(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.Resize and self.bar is not None:
            self.bar.place()
        return False

    # --- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the positions into the plate's file; True when they are on disk."""
        if self.view is None:
            return True
        scene = self.scene()
        plate_id = scene.plate.id
        file = self.library.own.get(plate_id)
        if file is None:
            return False
        path = Path(file)
        shown = display_path(path)
        rects = scene.element_rects()
        try:
            plate = save_positions(path, shown, rects, scene.plate.size)
        except PlateError as error:
            self._failed(shown, "\n".join(file_problem_text(p) for p in error.problems[:5]))
            return False
        except OSError as error:
            self._failed(shown, f"{shown}: {reason_text(error)}")
            return False
        self.history.set_clean()
        self.pending_reload = None  # what is on disk now includes any edit made meanwhile
        self.own_plates.watcher.mark_read(path)
        self.own_plates.replace(plate)
        self.status(tr("Posities opgeslagen in %1").replace("%1", shown), 6000)
        return True

    def _failed(self, shown: str, detail: str) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Indeling niet opgeslagen"))
        box.setText(
            tr(
                "De posities konden niet in het plaatbestand worden opgeslagen; "
                "het bestand is niet veranderd."
            )
        )
        box.setInformativeText(detail)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the detail names a file and a problem
        box.exec()

    def _update_bar(self) -> None:
        if self.bar is None or self.view is None:
            return
        file = self.library.own.get(self.scene().plate.id, "")
        state = tr("Niet opgeslagen wijzigingen.") if self.dirty else tr("Alles opgeslagen.")
        self.bar.label.setText(
            tr("Indeling aanpassen: sleep onderdelen, of kies er een en gebruik de pijltjes.")
            + f" {state}\n{file}"
        )
        self.bar.undo_button.setEnabled(self.history.can_undo())
        self.bar.redo_button.setEnabled(self.history.can_redo())
        self.bar.save_button.setEnabled(self.dirty)
        self.bar.place()
