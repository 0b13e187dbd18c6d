"""Read a file someone else made, safely: a regular file, opened once, read to a limit.

A path may name a FIFO (which blocks on open and read) or a device that never ends
(/dev/zero); only a regular file of at most `limit` bytes is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class BoundedReadError(OSError):
    """The file cannot be read as asked; the message says why, in Dutch."""


def read_regular_file(path: Path, limit: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise BoundedReadError(f"{path}: kan niet worden geopend ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedReadError(f"{path}: is geen gewoon bestand")
        if info.st_size > limit:
            raise BoundedReadError(f"{path}: het bestand is te groot")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise BoundedReadError(f"{path}: het bestand is te groot")
        return b"".join(chunks)
    except OSError as error:
        if isinstance(error, BoundedReadError):
            raise
        raise BoundedReadError(f"{path}: kan niet worden gelezen ({error.strerror})") from None
    finally:
        os.close(fd)
