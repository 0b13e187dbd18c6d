"""The one way untrusted bytes come in: a bounded read of a regular file, opened once.

A session, a settings file or a plate may be a FIFO (opening or reading it
blocks), a device (`/dev/zero` never ends), or a symlink out of its folder. So
the file is opened without blocking and, inside a folder the app scans, without
following a final symlink; `fstat` on the open handle (not the path, which can
change in between) must say "regular file", and at most `limit + 1` bytes are
read, so a file that grows while it is read is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.io.atomic_write import reason_for
from app.model.problems import Code, Problem

_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CHUNK = 1 << 20


class UnsafeFileError(OSError):
    """The file was not read; `reason` says why, as a problem code."""

    def __init__(self, path: Path, reason: Problem, size: int | None = None) -> None:
        super().__init__(str(reason))
        self.path = path
        self.reason = reason
        self.size = size  # set when the file is larger than the limit

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def megabytes(limit: int) -> int:
    return round(limit / (1024 * 1024))


def _larger_than(limit: int) -> Problem:
    return Problem.of(Code.LARGER_THAN_MB, megabytes=megabytes(limit))


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path`, with every symlink followed, is in `folder` (also followed)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def read_regular_file(path: Path, limit: int, inside: Path | None = None) -> bytes:
    """The bytes of `path`, at most `limit`; raises UnsafeFileError for anything else.

    With `inside`, a symlink is followed only when it stays in that folder (the
    app's own folders); without it (a file the user picked) the final target is
    opened, but still only when it is a regular file.
    """
    target = path
    if inside is not None:
        if not is_inside(path, inside):
            raise UnsafeFileError(path, Problem.of(Code.SYMLINK_OUTSIDE))
        target = Path(os.path.realpath(path))
    flags = _FLAGS | (_NOFOLLOW if inside is not None else 0)
    try:
        fd = os.open(target, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnsafeFileError(path, Problem.of(Code.OS_ELOOP)) from None
        raise UnsafeFileError(path, reason_for(error)) from None
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise UnsafeFileError(path, Problem.of(Code.OS_EISDIR))
        if not stat.S_ISREG(status.st_mode):
            raise UnsafeFileError(path, Problem.of(Code.NOT_REGULAR))
        if status.st_size > limit:
            raise UnsafeFileError(path, _larger_than(limit), status.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            try:
                chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            except BlockingIOError:
                raise UnsafeFileError(path, Problem.of(Code.UNREADABLE)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UnsafeFileError(path, _larger_than(limit), total)
        return b"".join(chunks)
    except UnsafeFileError:
        raise
    except OSError as error:
        raise UnsafeFileError(path, reason_for(error)) from None
    finally:
        os.close(fd)
