"""Read a file someone else made, safely: a regular file, opened once, read to a limit.

A path may name a FIFO (which blocks on open and read) or a device that never ends
(/dev/zero); only a regular file of at most `limit` bytes is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.io.atomic_write import reason_for
from app.model.problems import Code, Problem


class BoundedReadError(OSError):
    """The file cannot be read as asked; `problem` says why (as a code), `str()` in Dutch."""

    def __init__(self, path: Path, problem: Problem) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def read_regular_file(path: Path, limit: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise BoundedReadError(
            path, Problem.of(Code.CANNOT_OPEN_BECAUSE, reason=reason_for(error))
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedReadError(path, Problem.of(Code.NOT_REGULAR_SHORT))
        if info.st_size > limit:
            raise BoundedReadError(path, Problem.of(Code.TOO_LARGE))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise BoundedReadError(path, Problem.of(Code.TOO_LARGE))
        return b"".join(chunks)
    except OSError as error:
        if isinstance(error, BoundedReadError):
            raise
        raise BoundedReadError(
            path, Problem.of(Code.CANNOT_READ_BECAUSE, reason=reason_for(error))
        ) from None
    finally:
        os.close(fd)
