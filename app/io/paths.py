"""Where the app's files are: its own (app/bundled.py, re-exported here) and the user's.

User data never goes where the app's own files are.
"""

from __future__ import annotations

import os
from pathlib import Path

# where they always were, for callers
from app.bundled import PACKAGE_DIR as PACKAGE_DIR
from app.bundled import plate_format_doc as plate_format_doc
from app.bundled import plates_dir as plates_dir
from app.bundled import resources_dir as resources_dir
from app.io.safe_read import is_inside

DATA_DIR_VARIABLE = "OVERZICHTSPLATEN_DATA"


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
