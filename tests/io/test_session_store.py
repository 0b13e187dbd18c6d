"""Sessions on disk: exact round trips, and nothing lost when files or disks misbehave."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import atomic_write as aw
from app.io.atomic_write import SaveError, remove_stale_temp_files
from app.io.session_format import SessionFormatError, session_from_bytes, session_to_bytes
from app.io.session_store import CorruptSessionError, SessionStore
from app.model.worksheet import Session, SessionEditor

ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300)


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    s = SessionStore(tmp_path)
    s.prepare()
    return s


def filled_session() -> Session:
    ed = SessionEditor(Session("Team ICT", "2026-11-29", ["An"]))
    ed.set_text("strategie", "optimalisatie", "Roosters digitaal")
    ed.add_item("meerjarenplan", "zelf-samen/zelf", "Inkoop")
    ed.add_person("programmas", "collegas/npuls", "Sanne", "i-coach")
    ed.set_notes("smjp", "Begin bij het doel")
    return ed.session


# no deadline: every example fsyncs a file, which takes what the disk takes (Wine, a busy CI)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=ANY_TEXT,
    answer=ANY_TEXT,
    item=ANY_TEXT.filter(str.strip),
    notes=ANY_TEXT,
    person=ANY_TEXT.filter(str.strip),
    role=ANY_TEXT,
)
def test_any_unicode_text_comes_back_exactly(
    store, name, answer, item, notes, person, role
) -> None:
    session = Session(name or "x")
    ed = SessionEditor(session)
    ed.set_text("strategie", "innovatie", answer)
    ed.add_item("meerjarenplan", "zelf-samen/samen", item)
    ed.set_notes("smjp", notes)
    ed.add_person("programmas", "collegas/edu-v", person, role)
    store.save(session)
    again = store.load(session.id)
    assert again == session


def test_the_file_is_versioned_readable_json(store) -> None:
    session = filled_session()
    path = store.save(session)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "overzichtsplaten-werksessie" and data["format"] == 1
    assert data["plates"]["strategie"]["texts"]["optimalisatie"] == "Roosters digitaal"


CORRUPT = {
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "binary": lambda good: bytes(range(256)) * 4,
    "not ours": lambda good: b'{"hello": "world"}',
    "wrong types": lambda good: good.replace(b'"Roosters digitaal"', b"42"),
    "future": lambda good: good.replace(b'"format": 1', b'"format": 99'),
    "deep": lambda good: b"[" * 100_000,
}


@pytest.mark.parametrize("kind", CORRUPT)
def test_a_corrupt_file_is_moved_aside_and_a_backup_offered(store, kind) -> None:
    session = filled_session()
    store.save(session)  # also makes the first backup
    path = store.path_of(session.id)
    broken = CORRUPT[kind](path.read_bytes())
    path.write_bytes(broken)
    with pytest.raises(CorruptSessionError) as raised:
        store.load(session.id)
    error = raised.value
    assert error.path == path and not path.exists()
    assert error.moved_to and error.moved_to.read_bytes() == broken  # kept, not overwritten
    assert ".corrupt-" in error.moved_to.name
    assert error.backup is not None
    assert store.restore_backup(error.backup, session.id) == session


def test_disk_full_leaves_the_old_file_byte_identical(store, monkeypatch) -> None:
    session = filled_session()
    path = store.save(session)
    before = path.read_bytes()
    SessionEditor(session).set_notes("smjp", "x" * 5000)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aw.os, "write", full)
    with pytest.raises(SaveError) as raised:
        store.save(session)
    assert str(raised.value.reason) == "de schijf is vol"
    assert path.read_bytes() == before
    assert not list(store.folder.glob(".*.tmp-*"))  # no half file left behind


def test_a_short_write_is_continued_not_taken_for_success(store, monkeypatch) -> None:
    real_write = os.write
    monkeypatch.setattr(aw.os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    session = filled_session()
    store.save(session)
    assert store.load(session.id) == session


def test_a_write_that_stops_is_an_error_and_the_old_file_stays(store, monkeypatch) -> None:
    session = filled_session()
    path = store.save(session)
    before = path.read_bytes()
    SessionEditor(session).set_notes("smjp", "nieuw")
    monkeypatch.setattr(aw.os, "write", lambda fd, data: 0)
    with pytest.raises(SaveError):
        store.save(session)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EROFS, "de map is alleen-lezen"),
        (errno.EACCES, "geen toestemming om in deze map te schrijven"),
        (errno.EFBIG, "het bestand is te groot"),
    ],
)
def test_unwritable_folders_give_a_clear_reason(store, monkeypatch, code, reason) -> None:
    session = filled_session()
    path = store.save(session)
    before = path.read_bytes()
    real_open = os.open

    def refuse(file, flags, mode=0o777, **kw):
        if flags & os.O_CREAT:
            raise OSError(code, os.strerror(code))
        return real_open(file, flags, mode, **kw)

    monkeypatch.setattr(aw.os, "open", refuse)
    with pytest.raises(SaveError) as raised:
        store.save(session)
    assert str(raised.value.reason) == reason
    assert path.read_bytes() == before


def test_a_file_held_by_another_program_is_retried(store, monkeypatch) -> None:
    session = filled_session()
    real_replace = os.replace
    attempts = []

    def busy_twice(src, dst):
        attempts.append(dst)
        if len(attempts) <= 2:
            error = OSError(errno.EACCES, "sharing violation")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        return real_replace(src, dst)

    monkeypatch.setattr(aw.os, "replace", busy_twice)
    store.save(session)
    assert attempts[:3] == [store.path_of(session.id)] * 3  # twice refused, then written
    assert store.load(session.id) == session


def test_a_file_refused_as_in_use_on_windows_is_retried(store, monkeypatch) -> None:
    """Windows answers ERROR_ACCESS_DENIED (5) when another program has the target open."""
    session = filled_session()
    store.save(session)
    SessionEditor(session).set_notes("smjp", "na de virusscanner")
    real_replace = os.replace
    attempts = []

    def held_twice(src, dst):
        attempts.append(dst)
        if len(attempts) <= 2:
            error = PermissionError(errno.EACCES, "Access is denied")
            error.winerror = 5  # type: ignore[attr-defined]
            raise error
        return real_replace(src, dst)

    monkeypatch.setattr(aw.os, "replace", held_twice)
    store.save(session)
    assert len(attempts) == 3
    assert store.load(session.id).plates["smjp"].notes == "na de virusscanner"


def test_a_read_only_file_is_not_retried_and_says_so(store, monkeypatch) -> None:
    session = filled_session()
    path = store.save(session)
    before = path.read_bytes()
    attempts = []

    def refused(src, dst):
        attempts.append(dst)
        error = PermissionError(errno.EACCES, "Access is denied")
        error.winerror = 5  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(aw.os, "replace", refused)
    monkeypatch.setattr(aw.os, "access", lambda *a, **k: False)  # the read-only attribute
    with pytest.raises(SaveError) as raised:
        store.save(session)
    assert len(attempts) == 1
    assert str(raised.value.reason) == "geen toestemming om in deze map te schrijven"
    assert path.read_bytes() == before  # the old version, untouched


@pytest.mark.skipif(sys.platform != "win32", reason="POSIX lets a rename replace an open file")
def test_saving_over_a_file_another_program_has_open_waits_for_it(store, monkeypatch) -> None:
    session = filled_session()
    path = store.save(session)
    SessionEditor(session).set_notes("smjp", "opgeslagen toen het bestand vrijkwam")
    holder = open(path, "rb")  # noqa: SIM115 - Python opens without FILE_SHARE_DELETE
    real_replace = aw._replace
    attempts = []

    def let_go_at_the_third(temp, target):
        attempts.append(target)
        if len(attempts) == 3:
            holder.close()
        return real_replace(temp, target)

    monkeypatch.setattr(aw, "_replace", let_go_at_the_third)
    try:
        store.save(session)
    finally:
        holder.close()
    assert len(attempts) == 3  # refused twice by Windows itself, then written
    assert store.load(session.id).plates["smjp"].notes == "opgeslagen toen het bestand vrijkwam"


def test_stale_temporary_files_are_cleaned_but_fresh_ones_kept(store) -> None:
    old = store.folder / f".abc.json.tmp-{os.getpid()}"  # a live writer, but an hour old
    old.write_bytes(b"half")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    dead = store.folder / f".ghi.json.tmp-{ended.pid}"  # its writer was killed a moment ago
    dead.write_bytes(b"half")
    with subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    ) as writer:
        fresh = store.folder / f".def.json.tmp-{writer.pid}"  # a live writer, busy now
        fresh.write_bytes(b"in progress")
        assert sorted(remove_stale_temp_files(store.folder)) == sorted([old, dead])
        assert fresh.exists()
        assert writer.stdin is not None
        writer.stdin.close()


def test_backups_rotate(store, monkeypatch) -> None:
    from app.io import session_store

    monkeypatch.setattr(session_store, "BACKUP_EVERY_SECONDS", 0.0)
    session = filled_session()
    for index in range(25):
        SessionEditor(session).set_notes("smjp", f"versie {index}")
        store.save(session)
    backups = store.backups(session.id)
    assert len(backups) == session_store.KEEP_BACKUPS == 20
    assert session_from_bytes(backups[0].read_bytes()).plates["smjp"].notes == "versie 24"


def test_deleted_sessions_go_to_the_bin_and_come_back(store) -> None:
    session = filled_session()
    store.save(session)
    store.delete(session.id)
    assert [i.id for i in store.sessions()] == []
    assert [i.name for i in store.in_bin()] == ["Team ICT"]
    store.undelete(session.id)
    assert store.load(session.id) == session


def test_a_session_file_travels_to_a_colleague(store, tmp_path) -> None:
    session = filled_session()
    mailed = tmp_path / "sessie voor Bo.json"
    store.export_to(session, mailed)
    other = SessionStore(tmp_path / "bo")
    other.prepare()
    received = other.import_from(mailed)
    assert received.id != session.id  # always a fresh id: never a name from the file
    received.id = session.id
    assert received == session
    again = other.import_from(mailed)  # twice: a copy, not an overwrite
    assert again.id != session.id and len(other.sessions()) == 2


def test_a_bad_file_from_a_colleague_is_refused_not_moved(store, tmp_path) -> None:
    mailed = tmp_path / "kapot.json"
    mailed.write_bytes(b"{niet af")
    with pytest.raises(CorruptSessionError) as raised:
        store.import_from(mailed)
    assert "beschadigd" in str(raised.value.reason) and mailed.exists()


def test_format_errors_say_what_is_wrong() -> None:
    with pytest.raises(SessionFormatError, match="nieuwere versie"):
        session_from_bytes(session_to_bytes(Session("x")).replace(b'"format": 1', b'"format": 2'))
