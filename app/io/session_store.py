"""Work sessions on disk: one file each under the data folder, with backups and a bin.

    <data>/werksessies/<id>.json            the session
    <data>/werksessies/reservekopieen/<id>/ rotating backups (the newest 10)
    <data>/werksessies/prullenbak/<id>.json deleted sessions, until emptied

A file that cannot be read is never overwritten: it is moved aside as
`<name>.corrupt-<time>` and the caller is told which file, and which backup
can be restored.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.io.atomic_write import SaveError, atomic_write, reason_for, remove_stale_temp_files
from app.io.session_format import SessionFormatError, session_from_bytes, session_to_bytes
from app.model.worksheet import Session

SESSIONS = "werksessies"
BACKUPS = "reservekopieen"
BIN = "prullenbak"
KEEP_BACKUPS = 10
BACKUP_EVERY_SECONDS = 60.0


@dataclass(frozen=True)
class SessionInfo:
    id: str
    name: str
    date: str
    path: Path
    modified: float


class CorruptSessionError(Exception):
    def __init__(self, path: Path, moved_to: Path | None, reason: str, backup: Path | None) -> None:
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
        """Make the folders and clear temporary files of killed runs; what was removed."""
        for folder in (self.folder, self.backup_root, self.bin):
            folder.mkdir(parents=True, exist_ok=True)
        return remove_stale_temp_files(self.folder)

    def path_of(self, session_id: str) -> Path:
        return self.folder / f"{session_id}.json"

    # --- reading -----------------------------------------------------------------
    def scan(self) -> tuple[list[SessionInfo], list[Path]]:
        """One pass over the folder: the readable sessions (newest first) and the files that
        are not; load() reports the latter to the user when they are opened."""
        infos: list[SessionInfo] = []
        bad: list[Path] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                session = session_from_bytes(path.read_bytes())
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
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CorruptSessionError(path, None, reason_for(error), None) from None
        try:
            session = session_from_bytes(data)
        except SessionFormatError as error:
            moved = self.quarantine(path)
            raise CorruptSessionError(
                path, moved, str(error), self.latest_backup(path.stem)
            ) from None
        if path.stem != session.id and path.parent == self.folder:
            session.id = path.stem  # the file name is the identity in the store
        return session

    def quarantine(self, path: Path) -> Path | None:
        """Move an unreadable file aside, so it is kept but never overwritten."""
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
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(folder / f"{_stamp()}.json", data)
        except (OSError, SaveError):
            return  # a missed backup is not worth an error; the main file is saved
        self._last_backup[session_id] = now
        for old in sorted(folder.glob("*.json"))[:-KEEP_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()

    def backups(self, session_id: str) -> list[Path]:
        return sorted((self.backup_root / session_id).glob("*.json"), reverse=True)

    def latest_backup(self, session_id: str) -> Path | None:
        for candidate in self.backups(session_id):
            try:
                session_from_bytes(candidate.read_bytes())
                return candidate
            except (OSError, SessionFormatError):
                continue
        return None

    def restore_backup(self, backup: Path, session_id: str) -> Session:
        session = session_from_bytes(backup.read_bytes())
        session.id = session_id
        self.save(session)
        return session

    # --- the bin ----------------------------------------------------------------------
    def delete(self, session_id: str) -> Path:
        self.bin.mkdir(parents=True, exist_ok=True)
        target = self.bin / f"{session_id}.json"
        os.replace(self.path_of(session_id), target)
        return target

    def undelete(self, session_id: str) -> None:
        os.replace(self.bin / f"{session_id}.json", self.path_of(session_id))

    def in_bin(self) -> list[SessionInfo]:
        infos = []
        for path in sorted(self.bin.glob("*.json")):
            try:
                s = session_from_bytes(path.read_bytes())
            except (OSError, SessionFormatError):
                continue
            infos.append(SessionInfo(path.stem, s.name, s.date, path, path.stat().st_mtime))
        return infos

    # --- files to and from colleagues -------------------------------------------------
    def export_to(self, session: Session, target: Path) -> None:
        atomic_write(target, session_to_bytes(session))

    def import_from(self, source: Path) -> Session:
        """A session file someone mailed: read it and keep it here, under a fresh id if taken."""
        try:
            session = session_from_bytes(source.read_bytes())
        except OSError as error:
            raise CorruptSessionError(source, None, reason_for(error), None) from None
        except SessionFormatError as error:
            raise CorruptSessionError(source, None, str(error), None) from None
        if self.path_of(session.id).exists():
            session = session.copy(session.name)
        self.save(session)
        return session

    def empty_bin(self) -> None:
        shutil.rmtree(self.bin, ignore_errors=True)
        self.bin.mkdir(parents=True, exist_ok=True)
