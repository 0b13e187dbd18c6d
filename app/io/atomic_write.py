"""Replace a file so that it is always either the old version or the new one, never half.

Write a temporary file beside it, check the byte count of every write (a
short write is an error, not success), flush and fsync, then rename over the
old file and fsync the folder. A failure leaves the old file untouched and
raises SaveError with the reason in Dutch. A file held by another program
(Windows sharing violations, EBUSY) is retried for about two seconds.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

TEMP_MARK = ".tmp-"
RETRY_SECONDS = 2.0
_SHARING_VIOLATIONS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
FILE_MODE = 0o600  # the team's answers are theirs: not readable by other users (POSIX)
FOLDER_MODE = 0o700
# a new file only (O_EXCL), never through a planted symlink (O_NOFOLLOW)
_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def make_private_folder(folder: Path) -> None:
    """Make a folder (and its parents) that only the user can open (0700 on POSIX)."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


class SaveError(OSError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


_REASONS = {
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "de schijf is vol (quotum bereikt)",
    "EROFS": "de map is alleen-lezen",
    "EACCES": "geen toestemming om in deze map te schrijven",
    "EPERM": "geen toestemming om in deze map te schrijven",
    "EFBIG": "het bestand is te groot",
    "ENOENT": "de map bestaat niet (meer)",
    "EISDIR": "dit is een map, geen bestand",
    "ENOTDIR": "een deel van het pad is geen map",
    "EEXIST": "er staat al een bestand met deze naam",
    "ELOOP": "een snelkoppeling wordt niet gevolgd",
    "ENAMETOOLONG": "de bestandsnaam is te lang",
    "EINVAL": "ongeldige bestandsnaam",
    "EIO": "de schijf gaf een lees- of schrijffout",
    "EMFILE": "te veel geopende bestanden",
    "ENFILE": "te veel geopende bestanden",
    "ENXIO": "het apparaat bestaat niet",
    "ENODEV": "het apparaat bestaat niet",
    "ETXTBSY": "het bestand is in gebruik door een ander programma",
    "EAGAIN": "het bestand is nu niet beschikbaar",
    "ENOMEM": "te weinig geheugen",
    "ESTALE": "de netwerkschijf is niet meer bereikbaar",
}


def reason_for(error: OSError) -> str:
    """The reason in Dutch, by error number: the system's own text is English."""
    given = getattr(error, "reason", None)
    if isinstance(given, str):
        return given  # SaveError and UnsafeFileError already say it in Dutch
    if _is_busy(error):
        return "het bestand is in gebruik door een ander programma"
    name = errno.errorcode.get(error.errno or 0, "")
    if name in _REASONS:
        return _REASONS[name]
    if error.errno is None and error.args:
        return str(error.args[0])  # our own messages (a short write) are Dutch already
    return f"systeemfout {name or error.errno}"


def _is_busy(error: OSError) -> bool:
    return error.errno == errno.EBUSY or getattr(error, "winerror", None) in _SHARING_VIOLATIONS


def temp_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "schrijven gaf 0 bytes terug")
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to sync; MoveFileEx is durable enough
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    deadline = time.monotonic() + RETRY_SECONDS
    while True:
        try:
            _attempt(path, data)
            return
        except OSError as error:
            if _is_busy(error) and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            raise SaveError(path, reason_for(error)) from error


def _attempt(path: Path, data: bytes) -> None:
    temp = temp_path_for(path)
    try:
        fd = os.open(temp, _TEMP_FLAGS, FILE_MODE)
    except FileExistsError:
        # a temporary file of an earlier run with our pid, or something planted there:
        # unlink removes the name itself (never what a symlink points to); then make ours
        os.unlink(temp)
        fd = os.open(temp, _TEMP_FLAGS, FILE_MODE)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        size = os.stat(temp).st_size
        if size != len(data):
            raise OSError(errno.EIO, f"{size} van {len(data)} bytes geschreven")
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(path.parent)


STALE_AFTER_SECONDS = 300


def _process_alive(pid_text: str) -> bool:
    """Whether the process that wrote a temporary file still runs (POSIX); elsewhere, assume so."""
    if not pid_text.isdigit() or os.name != "posix":
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temp_files(folder: Path, now: float | None = None) -> list[Path]:
    """Temporary files left by a run that was killed mid-save; the real files are intact.

    Only old ones: a save takes milliseconds, and a second instance of the app
    may be writing its own temporary file right now.
    """
    removed = []
    now = time.time() if now is None else now
    for candidate in folder.glob(f".*{TEMP_MARK}*"):
        try:
            writer_gone = not _process_alive(candidate.name.rsplit(TEMP_MARK, 1)[-1])
            if not writer_gone and now - candidate.stat().st_mtime < STALE_AFTER_SECONDS:
                continue
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            continue
    return removed
