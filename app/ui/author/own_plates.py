"""The user's own plates: opened from a file or found in their folder, watched while shown.

A valid new version replaces the plate in the library and is announced once
(`plate_replaced`); a broken one is named over the plate, which keeps its last
good version. Opened files are remembered so they come back at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.io.atomic_write import reason_for
from app.io.errors import FileProblem, PlateError
from app.io.library_loader import link_file_problems
from app.io.paths import display_path, prepare_own_plates_folder
from app.io.plate_cache import PlateCache
from app.io.plate_file import read_plate
from app.model.library import LinkProblem, PlateLibrary
from app.model.plate import Plate
from app.model.problems import Code, Problem
from app.ui.author.plate_watcher import PlateWatcher
from app.ui.i18n import tr
from app.ui.links import open_outside
from app.ui.problem_bar import ProblemBar
from app.ui.problem_text import file_problem_text
from app.ui.settings import WindowSettings

if TYPE_CHECKING:
    from app.ui.explore.start_view import StartView

Status = Callable[[str, int], None]


class OwnPlates(QObject):
    plate_added = Signal(str)  # the library has a new plate (its id): show it
    plate_replaced = Signal(str)  # the library has a new version of this plate
    plate_broken = Signal(str, object)  # its file has errors now: list[FileProblem]

    def __init__(
        self,
        parent: QWidget,
        library: PlateLibrary,
        settings: WindowSettings,
        folder: Path | None,
        cache: PlateCache | None = None,
        *,
        problems: ProblemBar,
        status: Status,
        open_plate: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.settings = settings
        self.folder = folder
        self.cache = cache
        self.problems = problems
        self.show_problems = problems.show_problems
        self.status = status
        self.open_plate = open_plate
        # a layout editor with unsaved moves on this plate keeps the new version until saving
        self.hold: Callable[[Plate], bool] = lambda plate: False
        self.watcher = PlateWatcher(folder, self, cache)
        for plate_id, file in library.own.items():
            self.watcher.watch(Path(file), plate_id)
        self.watcher.plate_changed.connect(self.replace)
        self.watcher.plate_broken.connect(self.plate_broken)
        self.watcher.file_appeared.connect(self._appeared)

    def replace(self, plate: Plate) -> None:
        """A new version of an own plate (from its file): the library takes it, and
        whoever shows the plate hears it once."""
        if self.hold(plate):
            return
        self.problems.file_loaded(plate.path)
        self._show_link_problems(self.library.replace(plate))
        self.plate_replaced.emit(plate.id)

    def _show_link_problems(self, problems: list[LinkProblem]) -> None:
        self.problems.show_link_problems(link_file_problems(problems))

    def open_file(self, path: Path | None = None) -> str | None:
        """Open a plate file and show it; the plate's id, or None (the user was told why)."""
        if path is None:
            start = self.settings.dialog_folder("plaat", self.folder)
            chosen, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                tr("Plaat openen"),
                start,
                tr("Plaatbestanden (*.yaml *.yml)"),
            )
            if not chosen:
                return None
            self.settings.remember_dialog_folder("plaat", chosen)
            path = Path(chosen)
        path = path.resolve()
        for plate_id, file in self.library.own.items():
            if Path(file) == path:  # already shown: go there
                self.open_plate(plate_id)
                return plate_id
        try:
            plate = read_plate(path, display_path(path), self.cache)
        except PlateError as error:
            self._refuse(path, error.problems)
            return None
        if not self._admit(path, plate):
            return None
        if self.folder is None or path.parent != self.folder:
            opened = [p for p in self.settings.opened_plates() if p != path]
            self.settings.set_opened_plates([*opened, path])
        self.open_plate(plate.id)
        return plate.id

    def _admit(self, path: Path, plate: Plate) -> bool:
        """Show a plate read from `path`, unless its id is taken."""
        library = self.library
        if any(p.id == plate.id for p in library.plates):
            owner = library.own.get(plate.id) or library.plate(plate.id).path
            problem = FileProblem(
                display_path(path),
                1,
                Problem.of(Code.PLATE_ID_IN_USE, id=plate.id, owner=str(owner)),
            )
            self._refuse(path, [problem], quietly=path.parent == self.folder)
            return False
        library.add(plate, str(path))
        self.problems.file_loaded(plate.path)
        self._show_link_problems(library.resolve_links())
        self.plate_added.emit(plate.id)
        self.watcher.watch(path, plate.id)
        return True

    def _refuse(self, path: Path, problems: list[FileProblem], quietly: bool = False) -> None:
        """Say why a file is not shown: a dialog when the user asked, the bar when found."""
        if quietly:
            self.show_problems(problems)
            return
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Plaat niet geopend"))
        box.setText(tr("Dit plaatbestand kan niet worden getoond:") + f"\n{path}")
        box.setDetailedText("\n".join(file_problem_text(p) for p in problems))
        box.setInformativeText("\n".join(file_problem_text(p) for p in problems[:5]))
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and plate text, as typed
        box.exec()

    def _appeared(self, path: Path, result: Plate | list[FileProblem]) -> None:
        """A new file in the own plates folder."""
        if isinstance(result, list):
            self.show_problems(result)
            return
        if self._admit(path, result):
            self.status(tr("Nieuwe eigen plaat geladen: %1").replace("%1", result.title), 6000)

    def serve_start_view(self, start_view: StartView) -> None:
        """The start view's buttons: open an own plate, show the folder of own plates."""
        start_view.open_file_requested.connect(lambda: self.open_file())
        start_view.folder_requested.connect(self.show_folder)
        start_view.set_own_folder(self.folder)

    def show_folder(self) -> None:
        if self.folder is None:
            return
        try:
            prepare_own_plates_folder(self.folder)
        except OSError as error:
            self.show_problems(
                [
                    FileProblem(
                        str(self.folder),
                        1,
                        Problem.of(Code.FOLDER_NOT_MADE, reason=reason_for(error)),
                    )
                ]
            )
            return
        open_outside(QUrl.fromLocalFile(str(self.folder)), self.parent_widget)

    def show_format(self) -> None:
        from app.ui.author.plate_format_dialog import PlateFormatDialog

        dialog = PlateFormatDialog(self.parent_widget)
        dialog.folder_button.setEnabled(self.folder is not None)
        dialog.folder_button.clicked.connect(self.show_folder)
        dialog.exec()


__all__ = ["OwnPlates"]
