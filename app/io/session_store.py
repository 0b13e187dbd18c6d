"""Work sessions on disk: one file each under the data folder, with backups and a bin.

    <data>/werksessies/<id>.json            the session
    <data>/werksessies/reservekopieen/<id>/ rotating backups (the newest 20)
    <data>/werksessies/prullenbak/<id>.json deleted sessions, until emptied

An id is made by the app (twelve hex digits) and is the file's name; the `id`
inside a file is never used for a path. A file in the folder under any other
name (a file manager's "copy") is given a fresh id when the folder is read.

A file that cannot be read is never overwritten: it is moved aside as
`<name>.corrupt-<time>` and the caller is told which file, and which backup
can be restored. Files are 0600 and folders 0700 on POSIX.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.io.atomic_write import (
    TEMP_MARK,
    SaveError,
    atomic_write,
    make_private_folder,
    reason_for,
    remove_stale_temp_files,
)
from app.io.safe_read import UnsafeFileError, read_regular_file
from app.io.session_format import (
    MAX_SESSION_BYTES,
    SessionFormatError,
    session_from_bytes,
    session_to_bytes,
)
from app.model.problems import Problem
from app.model.worksheet import Session, new_id

SESSIONS = "werksessies"
BACKUPS = "reservekopieen"
BIN = "prullenbak"
KEEP_BACKUPS = 20
BACKUPS_OF_DELETED_DAYS = 90
BACKUP_EVERY_SECONDS = 60.0
ID_PATTERN = re.compile(r"[0-9a-f]{12}")


def valid_id(session_id: str) -> bool:
    return ID_PATTERN.fullmatch(session_id) is not None


@dataclass(frozen=True)
class SessionInfo:
    id: str
    name: str
    date: str
    path: Path
    modified: float


class CorruptSessionError(Exception):
    """`reason` is a problem code the window translates; `str()` says it in Dutch."""

    def __init__(
        self, path: Path, moved_to: Path | None, reason: Problem, backup: Path | None
    ) -> None:
        self.path = path
        self.moved_to = moved_to
        self.reason = reason
        self.backup = backup
        super().__init__(f"{path}: {reason}")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


class SessionStore:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / SESSIONS
        self.backup_root = self.folder / BACKUPS
        self.bin = self.folder / BIN
        self._last_backup: dict[str, float] = {}

    def prepare(self) -> list[Path]:
        """Make the folders and clear temporary files of killed runs; what was removed.

        Raises OSError when the folders cannot be made (a read-only data folder)."""
        for folder in (self.folder, self.backup_root, self.bin):
            make_private_folder(folder)
        removed = remove_stale_temp_files(self.folder)
        with contextlib.suppress(OSError):
            self.age_out_backups()
        return removed

    def path_of(self, session_id: str) -> Path:
        if not valid_id(session_id):  # never a path from anywhere else
            raise ValueError(f"not a session id: {session_id!r}")
        return self.folder / f"{session_id}.json"

    def _read(self, path: Path) -> bytes:
        return read_regular_file(path, MAX_SESSION_BYTES, inside=self.folder)

    def _fresh_id(self) -> str:
        while True:
            candidate = new_id()
            if not self.path_of(candidate).exists() and not (self.bin / candidate).exists():
                return candidate

    def _adopt(self, path: Path) -> Path | None:
        """A file in the folder under a name that is not an id (a copy made in a file
        manager, a mailed file saved here): give it a fresh id of its own, in the folder."""
        target = self.path_of(self._fresh_id())
        try:
            if path.is_symlink() or not path.is_file():
                return None
            os.link(path, target)  # fails instead of replacing when the name is taken
            os.unlink(path)
        except OSError:
            return None
        return target

    # --- reading -----------------------------------------------------------------
    def scan(self) -> tuple[list[SessionInfo], list[Path]]:
        """One pass over the folder: the readable sessions (newest first) and the files that
        are not; load() reports the latter to the user when they are opened."""
        infos: list[SessionInfo] = []
        bad: list[Path] = []
        try:
            found = sorted(self.folder.glob("*.json"))
        except OSError:
            return [], []
        for path in found:
            if TEMP_MARK in path.name:
                continue
            if not valid_id(path.stem):
                adopted = self._adopt(path)
                if adopted is None:
                    continue  # not ours to rename (a symlink, a folder): left alone
                path = adopted
            try:
                session = session_from_bytes(self._read(path))
                session.id = path.stem
                infos.append(
                    SessionInfo(session.id, session.name, session.date, path, path.stat().st_mtime)
                )
            except (OSError, SessionFormatError):
                bad.append(path)
        return sorted(infos, key=lambda i: -i.modified), bad

    def sessions(self) -> list[SessionInfo]:
        return self.scan()[0]

    def unreadable(self) -> list[Path]:
        return self.scan()[1]

    def load(self, session_id: str) -> Session:
        return self.load_path(self.path_of(session_id))

    def load_path(self, path: Path) -> Session:
        """A session file in the store's folder; its name is its id."""
        try:
            data = self._read(path)
        except OSError as error:
            raise CorruptSessionError(path, None, reason_for(error), None) from None
        try:
            session = session_from_bytes(data)
        except SessionFormatError as error:
            moved = self.quarantine(path)
            raise CorruptSessionError(
                path, moved, error.problem, self.latest_backup(path.stem)
            ) from None
        session.id = path.stem  # the file name is the identity in the store
        return session

    def quarantine(self, path: Path) -> Path | None:
        """Move an unreadable file aside, so it is kept but never overwritten.

        Only a file directly in the store's folders: nothing elsewhere is renamed."""
        if path.parent not in (self.folder, self.bin) or not valid_id(path.stem):
            return None
        target = path.with_name(f"{path.name}.corrupt-{_stamp()}")
        try:
            os.replace(path, target)
        except OSError:
            return None
        return target

    # --- writing ----------------------------------------------------------------
    def save(self, session: Session) -> Path:
        return self.save_bytes(session.id, session_to_bytes(session))

    def save_bytes(self, session_id: str, data: bytes) -> Path:
        path = self.path_of(session_id)
        atomic_write(path, data)
        self._maybe_backup(session_id, data)
        return path

    def _maybe_backup(self, session_id: str, data: bytes) -> None:
        now = time.monotonic()
        if now - self._last_backup.get(session_id, -1e9) < BACKUP_EVERY_SECONDS:
            return
        folder = self.backup_root / session_id
        try:
            make_private_folder(folder)
            atomic_write(folder / f"{_stamp()}.json", data)
        except (OSError, SaveError):
            return  # a missed backup is not worth an error; the main file is saved
        self._last_backup[session_id] = now
        for old in sorted(folder.glob("*.json"))[:-KEEP_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()

    def backups(self, session_id: str) -> list[Path]:
        if not valid_id(session_id):
            return []
        try:
            return sorted((self.backup_root / session_id).glob("*.json"), reverse=True)
        except OSError:
            return []

    def age_out_backups(self, now: float | None = None) -> list[Path]:
        """Backups of sessions that are gone (deleted, or emptied from the bin) are kept
        for 90 days; what was removed."""
        now = time.time() if now is None else now
        removed: list[Path] = []
        for folder in self.backup_root.iterdir():
            if not folder.is_dir() or folder.is_symlink() or not valid_id(folder.name):
                continue
            if self.path_of(folder.name).exists():
                continue
            for backup in folder.glob("*.json"):
                with contextlib.suppress(OSError):
                    if now - backup.stat().st_mtime > BACKUPS_OF_DELETED_DAYS * 86400:
                        backup.unlink()
                        removed.append(backup)
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        return removed

    def latest_backup(self, session_id: str) -> Path | None:
        for candidate in self.backups(session_id):
            try:
                session_from_bytes(
                    read_regular_file(candidate, MAX_SESSION_BYTES, inside=self.backup_root)
                )
                return candidate
            except (OSError, SessionFormatError):
                continue
        return None

    def restore_backup(self, backup: Path, session_id: str) -> Session:
        session = session_from_bytes(
            read_regular_file(backup, MAX_SESSION_BYTES, inside=self.backup_root)
        )
        session.id = session_id
        self.save(session)
        return session

    # --- the bin ----------------------------------------------------------------------
    def delete(self, session_id: str) -> Path:
        make_private_folder(self.bin)
        target = self.bin / f"{session_id}.json"
        os.replace(self.path_of(session_id), target)
        return target

    def undelete(self, session_id: str) -> str:
        """Put a session back from the bin; the id it has now.

        Never over a session that exists (another window may have saved it again since):
        then it comes back as a session of its own, under a fresh id."""
        if not valid_id(session_id):
            raise ValueError(f"not a session id: {session_id!r}")
        source = self.bin / f"{session_id}.json"
        target_id = session_id
        while True:
            try:
                os.link(source, self.path_of(target_id))  # never replaces an existing file
                break
            except FileExistsError:
                target_id = self._fresh_id()
            except OSError as error:
                if error.errno not in _NO_HARD_LINKS:
                    raise
                target_id = self._move_without_link(source, target_id)
                return target_id
        os.unlink(source)
        return target_id

    def _move_without_link(self, source: Path, target_id: str) -> str:
        """File systems without hard links (FAT on a USB stick): check, then rename."""
        while self.path_of(target_id).exists():
            target_id = self._fresh_id()
        os.replace(source, self.path_of(target_id))
        return target_id

    def in_bin(self) -> list[SessionInfo]:
        infos = []
        try:
            found = sorted(self.bin.glob("*.json"))
        except OSError:
            return []
        for path in found:
            if not valid_id(path.stem):
                continue
            try:
                s = session_from_bytes(read_regular_file(path, MAX_SESSION_BYTES, self.bin))
            except (OSError, SessionFormatError):
                continue
            infos.append(SessionInfo(path.stem, s.name, s.date, path, path.stat().st_mtime))
        return infos

    def empty_bin(self) -> int:
        """Remove the bin's sessions and their backups for good; how many were removed."""
        count = 0
        for path in list(self.bin.iterdir()):
            session_id = path.name.split(".", 1)[0]
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                try:
                    path.unlink()
                except OSError:
                    continue
                count += path.name.endswith(".json")
            if valid_id(session_id) and not self.path_of(session_id).exists():
                shutil.rmtree(self.backup_root / session_id, ignore_errors=True)
        return count

    # --- files to and from colleagues -------------------------------------------------
    def export_to(self, session: Session, target: Path) -> None:
        atomic_write(target, session_to_bytes(session))

    def import_from(self, source: Path) -> Session:
        """A session file someone mailed: read it and keep it here, always under a fresh id
        (never a name from the file: its `id` may be a path, or the id of a session here)."""
        try:
            session = session_from_bytes(read_regular_file(source, MAX_SESSION_BYTES))
        except (UnsafeFileError, OSError) as error:
            raise CorruptSessionError(source, None, reason_for(error), None) from None
        except SessionFormatError as error:
            raise CorruptSessionError(source, None, error.problem, None) from None
        session.id = self._fresh_id()
        self.save(session)
        return session

    # --- can we write at all --------------------------------------------------------------
    def unwritable_reason(self) -> Problem | None:
        """Why nothing can be saved in the folder now (read-only, full, missing), or None."""
        probe = self.folder / f".probe{TEMP_MARK}{os.getpid()}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(probe)
            fd = os.open(probe, flags, 0o600)
            try:
                os.write(fd, b"x" * 4096)
                os.fsync(fd)
            finally:
                os.close(fd)
                os.unlink(probe)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.unlink(probe)
            return reason_for(error)
        return None


_NO_HARD_LINKS = {
    getattr(errno, name, -1) for name in ("EPERM", "EOPNOTSUPP", "ENOTSUP", "EXDEV", "EMLINK")
}
