"""Faults around sessions (issue 16, points 3-11): nothing typed is dropped without asking,
read-only means no deletes, restore never overwrites, and the reason shown is the right one."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.io import atomic_write as aw
from app.io import session_format
from app.io.library_loader import load_library
from app.io.session_store import SessionStore
from app.model.worksheet import Session
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from app.ui.worksheet import session_controller as sc
from app.ui.worksheet.session_controller import SaveState
from tests.conftest import show_active

CORPUS = Path(__file__).parents[1] / "hostile" / "sessions"


@pytest.fixture(scope="module")
def plates():  # type: ignore[no-untyped-def]
    return load_library().library


def make_window(qtbot, plates, data: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(plates, WindowSettings(data))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


@pytest.fixture
def window(qtbot, plates, tmp_path):  # type: ignore[no-untyped-def]
    win = make_window(qtbot, plates, tmp_path)
    yield win
    win.sessions.close()


def disk_full(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(fd, data):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aw.os, "write", full)


class Answers:
    """A scripted message box: the button whose text starts with `choose` is clicked."""

    def __init__(self, monkeypatch, choose: str) -> None:  # type: ignore[no-untyped-def]
        self.asked: list[str] = []
        answers = self

        def exec_(box: QMessageBox) -> int:
            answers.asked.append(box.text())
            for button in box.buttons():
                if button.text().replace("&", "").startswith(choose):
                    box.setProperty("clicked", True)
                    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self, b=button: b)
                    return 0
            monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: None)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)


# --- 3: huge numbers -----------------------------------------------------------------------
def test_a_huge_number_in_a_session_is_moved_aside_and_the_app_starts(
    qtbot, plates, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "werksessies"
    folder.mkdir()
    shutil.copy(CORPUS / "number-huge-format.json", folder / "0123456789ab.json")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text, *a: warned.append(text))
    window = make_window(qtbot, plates, tmp_path)
    assert warned and "0123456789ab.json" in warned[0] and "te groot" in warned[0]
    assert list(folder.glob("0123456789ab.json.corrupt-*"))
    assert window.sessions.state == SaveState.SAVED  # a fresh session to work in
    window.sessions.close()


# --- 4: lone surrogates ---------------------------------------------------------------------
def test_a_lone_surrogate_loads_and_every_save_still_works(qtbot, plates, tmp_path) -> None:
    folder = tmp_path / "werksessies"
    folder.mkdir()
    shutil.copy(CORPUS / "surrogate-name.json", folder / "0123456789ab.json")
    window = make_window(qtbot, plates, tmp_path)
    window.sessions.editor.set_text("strategie", "innovatie", "getypt antwoord")
    assert window.sessions.flush()
    assert "getypt antwoord" in (folder / "0123456789ab.json").read_text(encoding="utf-8")
    window.sessions.close()


def test_a_save_that_cannot_even_be_made_says_so_and_closing_asks(
    qtbot, window, monkeypatch
) -> None:
    def broken(session):  # type: ignore[no-untyped-def]
        raise UnicodeEncodeError("utf-8", "\udfff", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(sc, "session_to_bytes", broken)
    window.sessions.editor.set_text("strategie", "innovatie", "getypt")
    window.sessions.save_now()
    assert window.sessions.state == SaveState.FAILED
    assert window.sessions.message.startswith("Niet opgeslagen")
    assert window.save_label.text().startswith("⚠ Niet opgeslagen")
    answers = Answers(monkeypatch, "Annuleren")
    assert not window.close()  # asked, and cancelled: the window stays with the answer
    assert answers.asked and window.sessions.session.answers("strategie").texts["innovatie"]
    monkeypatch.setattr(sc, "session_to_bytes", session_format.session_to_bytes)
    assert window.sessions.flush()


# --- 5: switching or deleting while saving fails -------------------------------------------
@pytest.mark.parametrize("command", ["switch", "delete", "new", "restore"])
def test_leaving_a_session_that_cannot_be_saved_asks_first(
    qtbot, window, monkeypatch, command
) -> None:
    menu = window.session_menu
    other = Session("Andere")
    menu.store.save(other)
    if command == "restore":
        binned = Session("In de prullenbak")
        menu.store.save(binned)
        menu.store.delete(binned.id)
    current = window.sessions.session.id
    disk_full(monkeypatch)
    window.sessions.editor.set_text("strategie", "innovatie", "nog niet op schijf")
    answers = Answers(monkeypatch, "Cancel")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    if command == "switch":
        menu.switch_to(other.id)
    elif command == "delete":
        menu.delete_session()
    elif command == "new":
        from app.ui.worksheet import session_dialogs  # imported by the menu when first needed

        monkeypatch.setattr(session_dialogs.SessionDetailsDialog, "exec", lambda self: 1)
        menu.new_session()
    else:
        from app.ui.worksheet import session_dialogs  # imported by the menu when first needed

        monkeypatch.setattr(session_dialogs.BinDialog, "exec", lambda self: 1)
        monkeypatch.setattr(session_dialogs.BinDialog, "chosen_id", lambda self: binned.id)
        menu.show_bin()
    assert answers.asked, "the user was not asked"
    assert window.sessions.session.id == current  # still here, edit in memory
    assert window.sessions.session.answers("strategie").texts["innovatie"] == "nog niet op schijf"
    assert window.sessions.state == SaveState.FAILED
    assert menu.store.path_of(current).exists()  # not moved to the bin
    monkeypatch.undo()


def test_letting_unsaved_edits_go_is_the_users_choice(qtbot, window, monkeypatch) -> None:
    menu = window.session_menu
    other = Session("Andere")
    menu.store.save(other)
    disk_full(monkeypatch)
    window.sessions.editor.set_text("strategie", "innovatie", "mag weg")
    Answers(monkeypatch, "Toch wisselen")
    assert menu.switch_to(other.id)
    assert window.sessions.session.id == other.id
    assert window.sessions.state == SaveState.SAVED


# --- 6: a read-only window never deletes -----------------------------------------------------
def test_a_read_only_window_cannot_delete_even_by_shortcut(qtbot, plates, tmp_path) -> None:
    first = make_window(qtbot, plates, tmp_path)
    second = make_window(qtbot, plates, tmp_path)
    session_id = first.sessions.session.id
    assert second.sessions.session.id == session_id and second.sessions.read_only
    assert not second.session_menu.delete.isEnabled()  # without the menu ever opening
    second.session_menu.delete.trigger()
    second.session_menu.delete_session()  # the command itself refuses too
    assert first.session_menu.store.path_of(session_id).exists()
    assert second.session_menu.store.in_bin() == []
    assert "Alleen-lezen" in second.statusBar().currentMessage()
    second.sessions.close()
    first.sessions.close()


# --- 7: restoring never overwrites ----------------------------------------------------------
def test_restoring_from_the_bin_never_overwrites_a_session(qtbot, window, monkeypatch) -> None:
    menu = window.session_menu
    session = Session("Oud")
    menu.store.save(session)
    menu.store.delete(session.id)
    newer = Session("Nieuwer")
    newer.id = session.id  # saved again meanwhile (another window kept autosaving)
    newer.answers("smjp").notes = "nieuwere tekst"
    menu.store.save(newer)
    from app.ui.worksheet import session_dialogs  # imported by the menu when first needed

    monkeypatch.setattr(session_dialogs.BinDialog, "exec", lambda self: 1)
    monkeypatch.setattr(session_dialogs.BinDialog, "chosen_id", lambda self: session.id)
    menu.show_bin()
    assert menu.store.load(session.id).answers("smjp").notes == "nieuwere tekst"
    assert window.sessions.session.name == "Oud" and window.sessions.session.id != session.id
    assert "aparte werksessie" in window.statusBar().currentMessage()
    assert menu.store.in_bin() == []


# --- 10: data folder problems ---------------------------------------------------------------
def test_a_data_folder_that_cannot_be_written_says_why_not_another_window(
    qtbot, plates, tmp_path, monkeypatch
) -> None:
    (tmp_path / "werksessies").mkdir()
    existing = Session("Er al")
    existing_path = tmp_path / "werksessies" / f"{existing.id}.json"
    existing_path.write_bytes(session_format.session_to_bytes(existing))
    real_mkdir = aw.Path.mkdir

    def refuse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not self.exists():  # reservekopieen/ and prullenbak/ are missing
            raise PermissionError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(aw.Path, "mkdir", refuse)
    window = make_window(qtbot, plates, tmp_path)
    assert window.sessions.session.name == "Er al"  # it still opens, to read
    assert window.sessions.read_only
    assert "de map is alleen-lezen" in window.sessions.message
    assert "ander venster" not in window.sessions.message
    assert "alleen-lezen" in window.save_label.text()
    monkeypatch.undo()  # writable again: the app notices without a restart
    window.sessions._lock_retry.setInterval(50)
    window.sessions._lock_retry.start()
    qtbot.waitUntil(lambda: not window.sessions.read_only, timeout=5000)
    assert window.sessions.state == SaveState.SAVED
    window.sessions.close()


def test_a_data_dir_that_is_a_file_is_said_not_a_traceback(tmp_path, monkeypatch) -> None:
    import argparse

    from app.ui import application

    # a folder name that looks like markup is shown as typed, not read as markup (an
    # entity: "<" and ">" cannot be in a Windows file name)
    target = tmp_path / "school &amp; een-bestand"
    target.write_text("x")
    said: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: said.append((box.text(), box.textFormat())) or 0
    )
    code = application.run_app(argparse.Namespace(data_dir=str(target), lang="nl"))
    assert code == 2 and said and str(target) in said[0][0] and "geen map" in said[0][0]
    assert said[0][1] == Qt.TextFormat.PlainText


TMPFS_SIZE = "512k"


@pytest.fixture
def small_disk(tmp_path):  # type: ignore[no-untyped-def]
    """A real 512 kB file system (tmpfs), when this machine lets us mount one (CI runs as root)."""
    mount = tmp_path / "schijf"
    mount.mkdir()
    if os.name != "posix":
        pytest.skip("a real small disk is a Linux tmpfs; full and read-only are also faked above")
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE}", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "vulling"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_at_start_says_so_and_recovers_when_space_is_freed(
    qtbot, plates, small_disk
) -> None:
    data = small_disk / "data"
    store = SessionStore(data)
    store.prepare()
    session = Session("Op een volle schijf")
    store.save(session)
    filler = fill(small_disk)
    window = make_window(qtbot, plates, data)
    assert window.sessions.session.id == session.id and window.sessions.read_only
    assert "de schijf is vol" in window.sessions.message
    assert "ander venster" not in window.sessions.message
    filler.unlink()
    window.sessions._lock_retry.setInterval(50)
    qtbot.waitUntil(lambda: not window.sessions.read_only, timeout=10000)
    window.sessions.editor.set_text("strategie", "innovatie", "na het opruimen")
    assert window.sessions.flush()
    assert "na het opruimen" in store.path_of(session.id).read_text(encoding="utf-8")
    window.sessions.close()


def test_a_read_only_disk_says_so(qtbot, plates, small_disk) -> None:
    data = small_disk / "data"
    store = SessionStore(data)
    store.prepare()
    session = Session("Alleen lezen")
    store.save(session)
    shutil.rmtree(store.backup_root)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    window = make_window(qtbot, plates, data)
    assert window.sessions.session.id == session.id and window.sessions.read_only
    assert (
        "alleen-lezen" in window.sessions.message and "ander venster" not in window.sessions.message
    )
    window.sessions.close()
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)


# --- 11: private files, an emptiable bin, backups that age out ------------------------------
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_sessions_backups_and_settings_are_private(qtbot, window, tmp_path) -> None:
    window.sessions.editor.set_text("strategie", "innovatie", "privé")
    assert window.sessions.flush()
    window.remember()
    store = window.session_menu.store
    for folder in (store.folder, store.backup_root, store.bin):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = [window.sessions.file_path, *store.backup_root.rglob("*.json"), window.settings.path]
    assert len(files) >= 3
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_the_bin_is_emptied_from_the_menu_after_asking(qtbot, window, monkeypatch) -> None:
    menu = window.session_menu
    assert menu.empty_bin_action in menu.menu.actions()
    gone = Session("Weg")
    menu.store.save(gone)
    menu.store.delete(gone.id)
    asked: list[str] = []

    def no(parent, title, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    menu.empty_bin_action.trigger()
    assert asked and "1 werksessie" in asked[0] and len(menu.store.in_bin()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    menu.empty_bin_action.trigger()
    assert menu.store.in_bin() == [] and not (menu.store.backup_root / gone.id).exists()


@pytest.mark.parametrize("day", ["/../..", "..\\..\\x", "2026-13-45/..", "9" * 200])
def test_a_hostile_date_never_reaches_the_suggested_file_name(day: str) -> None:
    from app.ui.worksheet.session_report import default_file_name

    name = default_file_name(Session("../../Team <ICT>", day), ".pdf")
    assert re.fullmatch(r"[a-z0-9-]+\.pdf", name) and ".." not in name, name
    assert default_file_name(Session("Team", "2026-11-29"), ".md") == "team-2026-11-29.md"
