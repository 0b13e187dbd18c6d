"""Where the user's data lives and what the window remembers between runs."""

from __future__ import annotations

import contextlib
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from app.io.paths import data_dir_override

MAX_SETTINGS_BYTES = 1024 * 1024


def safe_settings_path(path: Path) -> Path:
    """QSettings reads whatever the path is: a FIFO would hang the start, /dev/zero fill
    the memory. Anything but a regular file of sensible size is moved aside first."""
    try:
        status = os.lstat(path)
    except OSError:
        return path  # not there yet: QSettings makes it
    if stat.S_ISREG(status.st_mode) and status.st_size <= MAX_SETTINGS_BYTES:
        return path
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    try:
        os.replace(path, path.with_name(f"{path.name}.corrupt-{stamp}"))
        return path
    except OSError:
        return path.with_name(f".{path.stem}-{os.getpid()}{path.suffix}")  # start afresh


def resolve_data_dir(argument: str | None) -> Path:
    """--data-dir, else $OVERZICHTSPLATEN_DATA, else the system's app data location."""
    chosen = data_dir_override(argument)
    if chosen is None:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        chosen = Path(location)
    return chosen


class WindowSettings:
    """A thin typed layer over an INI file in the data folder (never the registry,
    so --data-dir keeps everything together for portable use)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = safe_settings_path(data_dir / "instellingen.ini")
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def last_plate(self) -> str:
        return str(self._settings.value("view/last_plate", "") or "")

    def set_last_plate(self, plate_id: str) -> None:
        self._settings.setValue("view/last_plate", plate_id)

    def view_state(self, plate_id: str) -> dict[str, float]:
        raw = self._settings.value(f"plates/{plate_id}", "")
        try:
            value = json.loads(str(raw)) if raw else {}
        except json.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_view_state(self, plate_id: str, state: dict[str, float]) -> None:
        self._settings.setValue(f"plates/{plate_id}", json.dumps(state))

    def panel_text_size(self) -> float:
        try:
            return float(self._settings.value("panel/text_size", 11.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 11.0

    def set_panel_text_size(self, size: float) -> None:
        self._settings.setValue("panel/text_size", size)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._settings.value(key, default)
        return value in (True, "true", "1", 1)

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str) -> str:
        return str(self._settings.value(key, "") or "")

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def opened_plates(self) -> list[Path]:
        """Plate files opened with Bestand > Plaat openen: they come back at the next start."""
        try:
            value = json.loads(self.text("plates/opened") or "[]")
        except json.JSONDecodeError:
            return []
        return [Path(v) for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def set_opened_plates(self, paths: list[Path]) -> None:
        self.set_text("plates/opened", json.dumps([str(p) for p in paths]))

    def dialog_folder(self, kind: str, default: Path | None = None) -> str:
        """Where a file dialog of this kind ("werksessie", "verslag", "plaat", "export")
        starts: the folder chosen last time, else `default`, else Documents."""
        remembered = self.text(f"dialogs/{kind}")
        if remembered and Path(remembered).is_dir():
            return remembered
        if default is not None and default.is_dir():
            return str(default)
        return documents_folder()

    def remember_dialog_folder(self, kind: str, chosen: str | Path) -> None:
        """Remember the folder of a chosen file (or a chosen folder itself)."""
        path = Path(chosen)
        self.set_text(f"dialogs/{kind}", str(path if path.is_dir() else path.parent))

    def sync(self) -> None:
        self._settings.sync()
        if os.name == "posix":  # only the user reads what the window remembers (0600)
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600, follow_symlinks=False)


def documents_folder() -> str:
    """The user's Documents folder (a school laptop's OneDrive one on Windows), else home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return location if location and Path(location).is_dir() else str(Path.home())
