"""Watch the user's own plate files and folder; report new versions, broken edits, new files.

Editors save in different ways: in place, or by writing a temporary file and
renaming it over the old one (after which QFileSystemWatcher has lost the
path). So every change is read again after a short pause, the path is
watched anew, and a slow poll of modification times backs the watcher up on
file systems where it misses events (network drives).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.io.errors import FileProblem, PlateError
from app.io.paths import display_path, plate_files_in
from app.io.plate_cache import PlateCache
from app.io.plate_file import read_plate
from app.model.plate import Plate
from app.model.problems import Code, Problem

SETTLE_MS = 120  # an editor's save is often two writes; read once it has settled
POLL_MS = 1000


@dataclass
class _Watched:
    plate_id: str
    stamp: tuple[float, int] | None  # modification time and size when last read


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime, status.st_size


class PlateWatcher(QObject):
    plate_changed = Signal(object)  # Plate: a new valid version of a watched file
    plate_broken = Signal(str, object)  # plate id, list[FileProblem]: the last good one stays
    file_appeared = Signal(object, object)  # Path, Plate | list[FileProblem]

    def __init__(
        self,
        folder: Path | None,
        parent: QObject | None = None,
        cache: PlateCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.cache = cache
        self.files: dict[Path, _Watched] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda path: self._soon(Path(path)))
        self._watcher.directoryChanged.connect(lambda _path: self._soon(None))
        self._pending: set[Path | None] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._read_pending)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        # files in the folder that did not load (or were refused), as they were then
        # (at first: all of them; the window's watch() takes those it loaded at start)
        self._failed: dict[Path, tuple[float, int] | None] = {
            path.resolve(): _stamp(path) for path in (plate_files_in(folder) if folder else [])
        }
        if folder is not None and folder.is_dir():
            self._watcher.addPath(str(folder))
        self._poll.start()

    def watch(self, path: Path, plate_id: str) -> None:
        path = path.resolve()
        self.files[path] = _Watched(plate_id, _stamp(path))
        self._failed.pop(path, None)
        if str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    def mark_read(self, path: Path) -> None:
        """The app wrote this file itself (layout saved): not a change to report."""
        watched = self.files.get(path.resolve())
        if watched:
            watched.stamp = _stamp(path)

    def _soon(self, path: Path | None) -> None:
        self._pending.add(path.resolve() if path else None)
        self._settle.start()

    def poll(self) -> None:
        """The backstop: a file whose time or size changed unseen, a file new in the folder."""
        for path, watched in self.files.items():
            if _stamp(path) != watched.stamp:
                self._pending.add(path)
        if self.folder is not None and any(
            self._is_news(path.resolve()) for path in plate_files_in(self.folder)
        ):
            self._pending.add(None)
        if self._pending and not self._settle.isActive():
            self._read_pending()

    def _read_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for path in pending:
            if path is None:
                self._scan_folder()
            elif path in self.files:
                self._reread(path)

    def _reread(self, path: Path) -> None:
        watched = self.files[path]
        stamp = _stamp(path)
        if str(path) not in self._watcher.files() and stamp is not None:
            self._watcher.addPath(str(path))  # renamed over by an editor: watch the new file
        if stamp == watched.stamp:
            return
        watched.stamp = stamp
        shown = display_path(path)
        if stamp is None:
            problem = FileProblem(shown, 1, Problem.of(Code.FILE_GONE))
            self.plate_broken.emit(watched.plate_id, [problem])
            return
        try:
            plate = read_plate(path, shown, self.cache)
        except PlateError as error:
            self.plate_broken.emit(watched.plate_id, error.problems)
            return
        if plate.id != watched.plate_id:
            problem = FileProblem(
                shown,
                1,
                Problem.of(Code.PLATE_ID_CHANGED, old=watched.plate_id, new=plate.id),
            )
            self.plate_broken.emit(watched.plate_id, [problem])
            return
        self.plate_changed.emit(plate)

    def _scan_folder(self) -> None:
        if self.folder is None:
            return
        if self.folder.is_dir() and str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        for path in plate_files_in(self.folder):
            resolved = path.resolve()
            if not self._is_news(resolved):
                continue
            self._failed[resolved] = _stamp(resolved)  # until the window takes it
            result: Plate | list[FileProblem]
            try:
                result = read_plate(path, display_path(path), self.cache)
            except PlateError as error:
                result = error.problems
            self.file_appeared.emit(resolved, result)

    def _is_news(self, path: Path) -> bool:
        """Not shown yet, and new or changed since it last failed to load."""
        if path in self.files:
            return False
        return path not in self._failed or self._failed[path] != _stamp(path)
