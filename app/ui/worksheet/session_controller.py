"""The open work session: its editor, its lock, autosave, and the save status.

Autosave: 2 s after the last change, and at the latest 5 s after the first
unsaved change even while someone keeps typing; also on plate switch and on
close. Saving runs on a worker thread; a failed save keeps every edit in
memory, says "Niet opgeslagen: <reden>" and tries again.

Read-only has two causes, told apart: another window holds the session's lock,
or the folder cannot be written (read-only, full, gone). The second is retried,
so freeing space makes the session writable again without a restart.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from app.io.background_writer import BackgroundWriter, WriteResult
from app.io.session_format import session_to_bytes
from app.io.session_store import SessionStore
from app.model.worksheet import Change, Session, SessionEditor
from app.ui.i18n import tr
from app.ui.problem_text import problem_text, reason_text

DEBOUNCE_MS = 2000
MAX_WAIT_MS = 5000
RETRY_MS = 3000


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"
    SAVING = "saving"
    FAILED = "failed"
    READ_ONLY = "read_only"


class SessionController(QObject):
    changed = Signal(object)  # Change
    session_switched = Signal()
    state_changed = Signal(object, str)  # SaveState, message
    _write_done = Signal(object)  # WriteResult, from the worker thread (queued)

    def __init__(
        self,
        store: SessionStore,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session = Session(tr("Werksessie"))
        self.editor = SessionEditor(self.session)
        self.read_only = False
        self.state = SaveState.SAVED
        self.message = ""
        self.saved_revision = 0
        self._lock: QLockFile | None = None
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.save_now)
        self._max_wait = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._max_wait.timeout.connect(self.save_now)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._lock_retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._lock_retry.timeout.connect(self._retry_lock)
        self.unavailable: str | None = None  # why the folder cannot be used at all, if so
        self._write_done.connect(self._on_write_done)
        self._writer = BackgroundWriter(self._write_done.emit)

    # --- opening --------------------------------------------------------------
    def can_leave(self) -> bool:
        """Everything of the current session is on disk (or there is nothing to save)."""
        return self.flush() or self.read_only

    def open(self, session: Session) -> None:
        """Make `session` the current one, locking its file. The caller saved the one before
        (can_leave) or the user chose to let its unsaved edits go."""
        self.save_now()
        self._writer.flush()
        self._release_lock()
        self._lock_retry.stop()
        self._retry.stop()
        self.session = session
        self.editor = SessionEditor(session)
        self.editor.listeners.append(self._on_change)
        self.saved_revision = self.editor.revision
        self._apply_lock(self._take_lock(session.id))
        self.session_switched.emit()

    def _apply_lock(self, refused: str | None) -> None:
        self.read_only = refused is not None
        if refused is None:
            self._set_state(SaveState.SAVED, tr("Alles opgeslagen"))
        else:
            self._set_state(SaveState.READ_ONLY, refused)

    def _take_lock(self, session_id: str) -> str | None:
        """None when this window may write the session; else why it may not (in Dutch)."""
        if self.unavailable is not None:
            self._lock_retry.start()
            return tr("Alleen-lezen: ") + self.unavailable
        lock = QLockFile(str(self.store.path_of(session_id)) + ".lock")
        # A lock left by a run that crashed is stale (its process is gone) and taken over.
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            self._lock = lock
            return None
        if lock.error() == QLockFile.LockError.LockFailedError:
            lock.removeStaleLockFile()
            if lock.tryLock(0):
                self._lock = lock
                return None
            if lock.error() == QLockFile.LockError.LockFailedError:
                return tr("Deze werksessie is al geopend in een ander venster; hier alleen-lezen.")
        # not another window: the folder cannot be written; say why, and try again later
        unwritable = self.store.unwritable_reason()
        reason = (
            problem_text(unwritable)
            if unwritable
            else tr("de vergrendeling kon niet worden gemaakt")
        )
        self._lock_retry.start()
        return tr("Alleen-lezen, kan niet opslaan: ") + reason

    def _retry_lock(self) -> None:
        if not self.read_only or self._lock is not None:
            return
        if self.unavailable is not None:
            try:
                self.store.prepare()
            except OSError:
                self._lock_retry.start()
                return
            self.unavailable = None
        refused = self._take_lock(self.session.id)
        if refused is None:
            if not self.store.path_of(self.session.id).exists():
                try:  # a fresh session that could not be written before
                    self.store.save(self.session)
                except OSError:
                    self._release_lock()
                    self._lock_retry.start()
                    return
            self._apply_lock(None)
            self.session_switched.emit()  # the panels become editable
        elif self.message != refused:
            self._set_state(SaveState.READ_ONLY, refused)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # --- autosave ---------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        if self.read_only:
            return
        if not self._max_wait.isActive():  # the first change since the last save
            self._max_wait.start()
        self._debounce.start()  # restarts: 2 s after the last keystroke
        if self.state != SaveState.FAILED:
            self._set_state(SaveState.PENDING, tr("Nog niet opgeslagen…"))

    @property
    def dirty(self) -> bool:
        return self.editor.revision != self.saved_revision

    def save_now(self) -> None:
        if self.read_only or not self.dirty:
            return
        self._debounce.stop()
        self._max_wait.stop()
        revision = self.editor.revision
        session_id = self.session.id
        try:
            data = session_to_bytes(self.session)  # on this thread: the session is not shared
        except Exception as error:  # never lost silently: the status says it, closing asks
            self._on_write_done(WriteResult(session_id, revision, error))
            return
        if self._writer.stopped:  # after close(): write here and now
            try:
                self.store.save_bytes(session_id, data)
            except Exception as error:
                self._on_write_done(WriteResult(session_id, revision, error))
            else:
                self._on_write_done(WriteResult(session_id, revision, None))
            return
        self._writer.submit(session_id, revision, lambda: self.store.save_bytes(session_id, data))
        if self.state != SaveState.FAILED:
            self._set_state(SaveState.SAVING, tr("Opslaan…"))

    def flush(self) -> bool:
        """Save what is unsaved and wait for the disk (on close)."""
        self.save_now()
        done = self._writer.flush()
        QCoreApplication.processEvents()  # deliver the queued results
        return done and not self.dirty

    def _on_write_done(self, result: WriteResult) -> None:
        if result.key != self.session.id:
            return
        if result.error is not None:
            error = result.error
            reason = (
                reason_text(error)
                if isinstance(error, OSError)
                else tr("de antwoorden konden niet worden omgezet naar een bestand")
            )
            self._set_state(SaveState.FAILED, tr("Niet opgeslagen: ") + reason)
            self._retry.start()
            return
        self.saved_revision = max(self.saved_revision, result.revision)
        if self.dirty:
            self._set_state(SaveState.PENDING, tr("Nog niet opgeslagen…"))
            if not self._debounce.isActive():
                self._debounce.start()
        else:
            self._set_state(SaveState.SAVED, tr("Alles opgeslagen"))

    def _set_state(self, state: SaveState, message: str) -> None:
        self.state, self.message = state, message
        self.state_changed.emit(state, message)

    def close(self) -> bool:
        saved = self.flush()
        self._writer.stop()
        self._release_lock()
        return saved

    @property
    def file_path(self) -> Path:
        return self.store.path_of(self.session.id)
