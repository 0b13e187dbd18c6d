"""Where the app's files are: in a source checkout, an installed package and a frozen build.

The plates and resources sit at the top of a checkout, inside the package
once installed (app/plates, app/resources: see pyproject.toml), and under
sys._MEIPASS in a PyInstaller build. User data never goes to any of these.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.io.safe_read import is_inside

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR_VARIABLE = "OVERZICHTSPLATEN_DATA"


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [PACKAGE_DIR / name, PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def plates_dir() -> Path:
    return _bundled("plates")


def resources_dir() -> Path:
    return _bundled("resources")


def plate_format_doc() -> Path:
    """docs/plate-format.md: for plate authors (installed as app/docs)."""
    return _bundled("docs") / "plate-format.md"


def prepare_own_plates_folder(folder: Path) -> None:
    """Make the folder, with the schema beside the plates so editors find it.

    Raises OSError when the folder cannot be made (a read-only data folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    schema = folder / "plate.schema.json"
    shipped = resources_dir() / "plate.schema.json"
    if shipped.is_file() and (not schema.exists() or schema.read_bytes() != shipped.read_bytes()):
        from app.io.atomic_write import atomic_write

        atomic_write(schema, shipped.read_bytes())


def shipped_plate_files() -> list[Path]:
    return sorted(plates_dir().glob("*.yaml"))


def chapter_files() -> list[Path]:
    return sorted(plates_dir().glob("*.md"))


OWN_PLATES_FOLDER = "eigen-platen"
PLATE_SUFFIXES = (".yaml", ".yml")


def own_plates_dir(data_dir: Path) -> Path:
    """Where the user's own plates live: a folder in the data folder."""
    return data_dir / OWN_PLATES_FOLDER


def plate_files_in(folder: Path) -> list[Path]:
    """The plate files directly in a folder, by name; none when it does not exist.

    Special files (a FIFO, a device) are listed: reading them is refused with a
    message. A symlink that leaves the folder is not a plate of this folder."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(
        p
        for p in entries
        if p.suffix.lower() in PLATE_SUFFIXES
        and not p.name.startswith(".")
        and (not p.is_symlink() or is_inside(p, folder))  # a link out of the folder: skipped
    )


def display_path(path: Path) -> str:
    """A path as a plate author would recognise it: relative to the app when shipped."""
    for root in (plates_dir().parent, Path.cwd()):
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            continue
    return str(path)


def data_dir_override(argument: str | None) -> Path | None:
    """--data-dir wins over the environment variable; None means the system's location."""
    chosen = argument or os.environ.get(DATA_DIR_VARIABLE)
    return Path(chosen).expanduser() if chosen else None
