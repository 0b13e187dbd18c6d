"""Replace a file so that it is always either the old version or the new one, never half.

Write a temporary file beside it, check the byte count of every write (a
short write is an error, not success), flush and fsync, then rename over the
old file and fsync the folder. A failure leaves the old file untouched and
raises SaveError with the reason as a problem code. A file held by another program
(Windows sharing violations, EBUSY) is retried for about two seconds.

On Windows, replacing a file that another program has open (a virus scanner, a
sync client, an editor) fails with ERROR_ACCESS_DENIED (5), not with a sharing
violation: MoveFileEx over a file opened without FILE_SHARE_DELETE is refused
that way. A 5 from the rename step, when the temporary file beside it was just
written and the target is not read-only, is that case and is retried too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path

from app.model.problems import Code, Problem, os_reason

TEMP_MARK = ".tmp-"
RETRY_SECONDS = 2.0
_SHARING_VIOLATIONS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_ACCESS_DENIED = 5  # ERROR_ACCESS_DENIED


class _TargetHeldError(OSError):
    """Windows refused to replace the file because another program has it open."""


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
    def __init__(self, path: Path, reason: Problem) -> None:
        super().__init__(str(reason))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def reason_for(error: OSError) -> Problem:
    """The reason as a problem code, by error number: the system's own text is English."""
    if isinstance(error, _TargetHeldError):
        return Problem.of(Code.OS_BUSY)
    return os_reason(error)


def _is_busy(error: OSError) -> bool:
    return (
        isinstance(error, _TargetHeldError)
        or error.errno == errno.EBUSY
        or getattr(error, "winerror", None) in _SHARING_VIOLATIONS
    )


def _replace(temp: Path, path: Path) -> None:
    try:
        os.replace(temp, path)
    except PermissionError as error:
        if getattr(error, "winerror", None) == _ACCESS_DENIED and _writable_file(path):
            raise _TargetHeldError(error.errno, error.strerror, str(path)) from error
        raise


def _writable_file(path: Path) -> bool:
    """The target exists and is not marked read-only: a refusal is then another program's."""
    try:
        return path.is_file() and os.access(path, os.W_OK)
    except OSError:
        return False


def temp_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "write returned 0 bytes")
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
            raise OSError(errno.EIO, f"{size} of {len(data)} bytes written")
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(path.parent)


STALE_AFTER_SECONDS = 300


def _process_alive(pid_text: str) -> bool:
    """Whether the process that wrote a temporary file still runs; when unsure, assume so."""
    if not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    _kernel32.OpenProcess.restype = wintypes.HANDLE
    _kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    _kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    _kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    _kernel32.CloseHandle.restype = wintypes.BOOL

    def _windows_process_alive(pid: int) -> bool:
        """OpenProcess fails with ERROR_INVALID_PARAMETER for a PID no process has; a
        process that ended but whose handle someone still holds reports its exit code."""
        query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
        handle = _kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            return ctypes.get_last_error() != invalid_parameter  # access denied: it runs
        try:
            code = wintypes.DWORD()
            if not _kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            _kernel32.CloseHandle(handle)


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
