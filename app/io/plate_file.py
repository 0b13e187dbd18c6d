"""Read a plate file: from the parsed cache when this very file was read before, else
checked from its YAML (PyYAML and the plate checks are imported only then).

Start-up reads the shipped plates through here; with a valid cache entry for each it
imports no YAML at all.
"""

from __future__ import annotations

from pathlib import Path

from app.io.atomic_write import reason_for
from app.io.errors import FileProblem, PlateError
from app.io.file_limits import MAX_FILE_BYTES
from app.io.plate_cache import PlateCache
from app.io.safe_read import UnsafeFileError, read_regular_file
from app.model.plate import Plate
from app.model.problems import Code, Problem


def read_plate(
    path: Path, display_path: str | None = None, cache: PlateCache | None = None
) -> Plate:
    """A plate file, checked; from `cache` when this very file was read before."""
    shown = display_path or str(path)
    try:  # a regular file only, and at most the limit plus one byte: never a FIFO or device
        data = read_regular_file(path, MAX_FILE_BYTES)
    except UnsafeFileError as error:
        if error.size is not None:
            message = Problem.of(Code.FILE_BYTES_OVER_LIMIT, size=error.size, limit=MAX_FILE_BYTES)
            raise PlateError([FileProblem(shown, 1, message)]) from None
        unreadable = Problem.of(Code.UNREADABLE_BECAUSE, reason=error.reason)
        raise PlateError([FileProblem(shown, 1, unreadable)]) from None
    except OSError as error:
        unreadable = Problem.of(Code.UNREADABLE_BECAUSE, reason=reason_for(error))
        raise PlateError([FileProblem(shown, 1, unreadable)]) from None
    cached = cache.get(data, shown) if cache else None
    if cached is not None:
        return cached
    from app.io.plate_reader import parse_plate_bytes

    plate = parse_plate_bytes(data, shown)
    if cache:
        cache.put(data, plate)
    return plate
