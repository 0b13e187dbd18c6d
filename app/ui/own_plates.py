"""The user's own plates: opened from a file or found in their folder, watched while shown.

A valid new version replaces the plate on screen; a broken one is named over
the plate, which keeps its last good version. Opened files are remembered so
they come back at the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.io.atomic_write import reason_for
from app.io.errors import FileProblem, PlateError
from app.io.paths import display_path, prepare_own_plates_folder
from app.io.plate_cache import PlateCache
from app.io.plate_file import read_plate
from app.model.plate import Plate
from app.model.problems import Code, Problem
from app.ui.i18n import tr
from app.ui.links import open_outside
from app.ui.plate_watcher import PlateWatcher
from app.ui.problem_text import file_problem_text

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class OwnPlates(QObject):
    def __init__(
        self, window: MainWindow, folder: Path | None, cache: PlateCache | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.cache = cache
        self.watcher = PlateWatcher(folder, self, cache)
        for plate_id, file in window.library.own.items():
            self.watcher.watch(Path(file), plate_id)
        self.watcher.plate_changed.connect(window.replace_plate)
        self.watcher.plate_broken.connect(window.show_plate_problems)
        self.watcher.file_appeared.connect(self._appeared)
        commands = window.commands
        commands.open_plate.triggered.connect(lambda: self.open_file())
        commands.own_plates_folder.triggered.connect(self.show_folder)
        commands.own_plates_folder.setEnabled(folder is not None)
        window.start_view.open_file_requested.connect(lambda: self.open_file())
        window.start_view.folder_requested.connect(self.show_folder)
        window.start_view.set_own_folder(folder)
        commands.plate_format.triggered.connect(self.show_format)

    def open_file(self, path: Path | None = None) -> str | None:
        """Open a plate file and show it; the plate's id, or None (the user was told why)."""
        if path is None:
            start = self.window.settings.dialog_folder("plaat", self.folder)
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, tr("Plaat openen"), start, tr("Plaatbestanden (*.yaml *.yml)")
            )
            if not chosen:
                return None
            self.window.settings.remember_dialog_folder("plaat", chosen)
            path = Path(chosen)
        path = path.resolve()
        library = self.window.library
        for plate_id, file in library.own.items():
            if Path(file) == path:  # already shown: go there
                self.window.open_plate(plate_id)
                return plate_id
        try:
            plate = read_plate(path, display_path(path), self.cache)
        except PlateError as error:
            self._refuse(path, error.problems)
            return None
        if not self._admit(path, plate):
            return None
        if self.folder is None or path.parent != self.folder:
            opened = [p for p in self.window.settings.opened_plates() if p != path]
            self.window.settings.set_opened_plates([*opened, path])
        self.window.open_plate(plate.id)
        return plate.id

    def _admit(self, path: Path, plate: Plate) -> bool:
        """Show a plate read from `path`, unless its id is taken."""
        library = self.window.library
        if any(p.id == plate.id for p in library.plates):
            owner = library.own.get(plate.id) or library.plate(plate.id).path
            problem = FileProblem(
                display_path(path),
                1,
                Problem.of(Code.PLATE_ID_IN_USE, id=plate.id, owner=str(owner)),
            )
            self._refuse(path, [problem], quietly=path.parent == self.folder)
            return False
        self.window.add_plate(plate, str(path))
        self.watcher.watch(path, plate.id)
        return True

    def _refuse(self, path: Path, problems: list[FileProblem], quietly: bool = False) -> None:
        """Say why a file is not shown: a dialog when the user asked, the bar when found."""
        if quietly:
            self.window.show_problems(problems)
            return
        box = QMessageBox(self.window)
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
            self.window.show_problems(result)
            return
        if self._admit(path, result):
            self.window.statusBar().showMessage(
                tr("Nieuwe eigen plaat geladen: %1").replace("%1", result.title), 6000
            )

    def show_folder(self) -> None:
        if self.folder is None:
            return
        try:
            prepare_own_plates_folder(self.folder)
        except OSError as error:
            self.window.show_problems(
                [
                    FileProblem(
                        str(self.folder),
                        1,
                        Problem.of(Code.FOLDER_NOT_MADE, reason=reason_for(error)),
                    )
                ]
            )
            return
        open_outside(QUrl.fromLocalFile(str(self.folder)), self.window)

    def show_format(self) -> None:
        from app.ui.plate_format_dialog import PlateFormatDialog

        dialog = PlateFormatDialog(self.window)
        dialog.folder_button.setEnabled(self.folder is not None)
        dialog.folder_button.clicked.connect(self.show_folder)
        dialog.exec()
