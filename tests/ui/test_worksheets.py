"""Worksheets as a team uses them: typed answers saved in time, never lost, never shared by accident."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.io import atomic_write as aw
from app.io.session_store import SessionStore
from app.model.history import Place
from app.model.worksheet import Session
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from app.ui.worksheet import session_controller as sc
from app.ui.worksheet.answer_widgets import ListAnswer, PeopleAnswer, TextAnswer
from app.ui.worksheet.session_controller import SaveState, SessionController
from tests.conftest import show_active


def saved_json(controller: SessionController) -> dict:
    return json.loads(controller.file_path.read_text(encoding="utf-8"))


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    s = SessionStore(tmp_path)
    s.prepare()
    return s


@pytest.fixture
def controller(qtbot, store):
    c = SessionController(store, debounce_ms=200, max_wait_ms=600)
    session = Session("Team")
    store.save(session)
    c.open(session)
    yield c
    c.close()


def test_the_defaults_are_two_and_five_seconds() -> None:
    assert (sc.DEBOUNCE_MS, sc.MAX_WAIT_MS) == (2000, 5000)


class FakeClock:
    """Time that moves only when the test says so, for the controller's autosave timers."""

    def __init__(self) -> None:
        self.now = 0
        self.timers: list[FakeTimer] = []

    def timer(self, fire, interval: int) -> FakeTimer:  # type: ignore[no-untyped-def]
        timer = FakeTimer(self, fire, interval)
        self.timers.append(timer)
        return timer

    def advance(self, ms: int) -> None:
        end = self.now + ms
        while True:
            due = [t for t in self.timers if t.deadline is not None and t.deadline <= end]
            if not due:
                break
            first = min(due, key=lambda t: t.deadline or 0)
            self.now = first.deadline or 0
            first.deadline = None
            first.fire()
        self.now = end


class FakeTimer:
    def __init__(self, clock: FakeClock, fire, interval: int) -> None:  # type: ignore[no-untyped-def]
        self.clock, self.fire, self._interval = clock, fire, interval
        self.deadline: int | None = None

    def start(self) -> None:
        self.deadline = self.clock.now + self._interval

    def stop(self) -> None:
        self.deadline = None

    def isActive(self) -> bool:
        return self.deadline is not None

    def interval(self) -> int:
        return self._interval


@pytest.fixture
def clocked(qtbot, store):
    """A controller with the real 2 s / 5 s autosave, on a clock the test moves."""
    c = SessionController(store)
    clock = FakeClock()
    c._debounce = clock.timer(c.save_now, sc.DEBOUNCE_MS)  # type: ignore[assignment]
    c._max_wait = clock.timer(c.save_now, sc.MAX_WAIT_MS)  # type: ignore[assignment]
    session = Session("Team")
    store.save(session)
    c.open(session)
    yield c, clock
    c.close()


def test_autosave_waits_for_a_pause_in_typing(qtbot, controller) -> None:
    controller.editor.set_text("strategie", "optimalisatie", "Roosters")
    assert controller.state == SaveState.PENDING
    qtbot.waitUntil(lambda: controller.state == SaveState.SAVED, timeout=3000)
    assert saved_json(controller)["plates"]["strategie"]["texts"]["optimalisatie"] == "Roosters"


def test_each_keystroke_postpones_the_save_to_two_seconds_after_it(qtbot, clocked) -> None:
    controller, clock = clocked
    controller.editor.set_text("strategie", "optimalisatie", "R")
    clock.advance(1500)
    controller.editor.set_text("strategie", "optimalisatie", "Ro")
    clock.advance(1500)  # 3 s after the first keystroke, 1.5 s after the last
    assert controller.state == SaveState.PENDING
    clock.advance(500)  # 2 s after the last keystroke
    assert controller.state != SaveState.PENDING
    qtbot.waitUntil(lambda: controller.state == SaveState.SAVED, timeout=3000)
    assert saved_json(controller)["plates"]["strategie"]["texts"]["optimalisatie"] == "Ro"


def test_continuous_typing_is_still_saved_regularly(qtbot, clocked) -> None:
    controller, clock = clocked
    words: list[str] = []
    states = []
    for index in range(20):  # a keystroke every 400 ms for 8 s: never a 2 s pause
        words.append(f"w{index}")
        controller.editor.set_text("strategie", "transformatie", " ".join(words))
        clock.advance(400)
        states.append((clock.now, controller.state))
    saved_at = [now for now, state in states if state != SaveState.PENDING]
    assert saved_at and saved_at[0] == 5200  # the first keystroke after the 5 s ceiling
    assert all(state == SaveState.PENDING for now, state in states if now < 5000)
    clock.advance(2000)
    qtbot.waitUntil(lambda: controller.state == SaveState.SAVED, timeout=3000)
    assert saved_json(controller)["plates"]["strategie"]["texts"]["transformatie"].endswith("w19")


def test_disk_full_says_so_keeps_the_edits_and_saves_when_it_can(
    qtbot, controller, monkeypatch
) -> None:
    controller.editor.set_text("strategie", "innovatie", "eerste")
    controller.flush()
    before = controller.file_path.read_bytes()
    controller._retry.setInterval(100)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aw.os, "write", full)
    controller.editor.set_text("strategie", "innovatie", "tweede")
    controller.save_now()
    qtbot.waitUntil(lambda: controller.state == SaveState.FAILED, timeout=3000)
    assert controller.message == "Niet opgeslagen: de schijf is vol"
    assert controller.file_path.read_bytes() == before  # the old file is untouched
    assert controller.session.answers("strategie").texts["innovatie"] == "tweede"  # kept in memory
    monkeypatch.undo()  # space again
    qtbot.waitUntil(lambda: controller.state == SaveState.SAVED, timeout=3000)
    assert saved_json(controller)["plates"]["strategie"]["texts"]["innovatie"] == "tweede"


def test_a_second_instance_gets_the_session_read_only(qtbot, store, controller) -> None:
    second = SessionController(store)
    second.open(store.load(controller.session.id))
    assert second.read_only and second.state == SaveState.READ_ONLY
    assert "alleen-lezen" in second.message
    second.editor.set_text("strategie", "innovatie", "niet van mij")
    second.save_now()
    assert "innovatie" not in saved_json(controller)["plates"].get("strategie", {}).get("texts", {})
    second.close()


def test_a_lock_left_by_a_crashed_run_is_taken_over(qtbot, store) -> None:
    session = Session("Na een crash")
    store.save(session)
    from PySide6.QtCore import QCoreApplication, QSysInfo

    lock_path = str(store.path_of(session.id)) + ".lock"
    # what QLockFile writes: pid, application name, host; this pid no longer runs
    Path(lock_path).write_text(
        f"999999\n{QCoreApplication.applicationName()}\n{QSysInfo.machineHostName()}\n"
    )
    controller = SessionController(store)
    controller.open(session)
    assert not controller.read_only
    assert Path(lock_path).read_text().split("\n")[0] != "999999"  # ours now
    controller.close()


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(
        __import__("app.io.library_loader", fromlist=["x"]).load_library().library,
        WindowSettings(tmp_path),
    )
    qtbot.addWidget(win)
    show_active(qtbot, win)
    yield win
    win.sessions.close()


def test_every_plate_has_its_worksheet_in_the_shape_of_its_question(window) -> None:
    window.go_to(Place("strategie"))
    texts = [w for k, w in window.worksheet.editors.items() if isinstance(w, TextAnswer)]
    assert len(texts) == 4  # three questions and the notes
    window.go_to(Place("meerjarenplan"))
    lists = [w for w in window.worksheet.editors.values() if isinstance(w, ListAnswer)]
    assert [w.list.accessibleName() for w in lists] == [
        "We doen zelf:",
        "We doen samen:",
        "Wat we samen willen gaan doen:",
    ]
    window.go_to(Place("programmas"))
    people = [w for w in window.worksheet.editors.values() if isinstance(w, PeopleAnswer)]
    assert len(people) == 4
    window.go_to(Place("smjp"))
    assert list(window.worksheet.editors) == ["notities"]


def test_typing_in_the_panel_saves_and_shows_on_the_plate(qtbot, window) -> None:
    window.go_to(Place("strategie"))
    window.show_worksheet()
    box = window.worksheet.editors["optimalisatie"]
    qtbot.keyClicks(box, "Roosters <img src=x> a<b")
    assert box.toPlainText() == "Roosters <img src=x> a<b"  # plain text, literally
    note = window.scenes["strategie"].answer_items["optimalisatie"]
    assert note.block.lines == ("Roosters <img src=x> a<b",)
    window.commands.answers_on_plate.trigger()
    assert window.scenes["strategie"].answer_items == {}
    window.commands.answers_on_plate.trigger()
    assert window.sessions.state == SaveState.PENDING  # the 2 s pause has not come
    window.go_to(Place("programmas"))  # a plate switch saves at once
    assert window.sessions.state in (SaveState.SAVING, SaveState.SAVED)
    qtbot.waitUntil(lambda: window.sessions.state == SaveState.SAVED, timeout=3000)
    data = json.loads(window.sessions.file_path.read_text(encoding="utf-8"))
    assert data["plates"]["strategie"]["texts"]["optimalisatie"] == "Roosters <img src=x> a<b"


def test_list_items_are_added_and_moved_by_keyboard(qtbot, window) -> None:
    window.go_to(Place("meerjarenplan"))
    zelf = window.worksheet.editors["zelf-samen/zelf"]
    assert isinstance(zelf, ListAnswer)
    qtbot.keyClicks(zelf.entry, "Roosters")
    qtbot.keyClick(zelf.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(zelf.entry, "Inkoop")
    qtbot.keyClick(zelf.entry, Qt.Key.Key_Return)
    assert [zelf.list.item(i).text() for i in range(zelf.list.count())] == ["Roosters", "Inkoop"]
    zelf.list.setCurrentRow(1)
    qtbot.keyClick(zelf.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert zelf.list.item(0).text() == "Inkoop"
    qtbot.keyClick(zelf.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    samen = window.worksheet.editors["zelf-samen/samen"]
    assert [samen.list.item(i).text() for i in range(samen.list.count())] == ["Inkoop"]
    assert samen.list.currentItem().text() == "Inkoop" and samen.list.hasFocus()
    qtbot.keyClick(samen.list, Qt.Key.Key_Delete)
    assert samen.list.count() == 0
    window.session_menu.undo.trigger()
    assert samen.list.count() == 1
    notes = window.scenes["meerjarenplan"].answer_items
    assert notes["collectief"].block.lines == ("Inkoop",)


def test_colleagues_are_listed_per_programme_with_the_guides_hint(qtbot, window) -> None:
    window.go_to(Place("programmas"))
    npuls = window.worksheet.editors["collegas/npuls"]
    assert isinstance(npuls, PeopleAnswer)
    qtbot.keyClicks(npuls.name, "Sanne")
    qtbot.keyClicks(npuls.role, "i-coach")
    qtbot.keyClick(npuls.role, Qt.Key.Key_Return)
    assert npuls.table.item(0, 0).text() == "Sanne" and npuls.table.item(0, 1).text() == "i-coach"
    assert window.scenes["programmas"].answer_items["npuls"].block.lines == ("Sanne (i-coach)",)
    hints = [label.text() for label in window.worksheet.findChildren(QLabel)]
    assert any("Npuls.nl/contact" in text for text in hints)


def test_session_names_are_shown_as_plain_text(window) -> None:
    window.sessions.editor.set_details("a<b and c>d <img src=x>", "2026-11-30", [])
    label = window.worksheet.session_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "a<b and c>d <img src=x>" in label.text()


def test_a_corrupt_session_is_moved_aside_and_its_backup_offered(
    qtbot, tmp_path, monkeypatch
) -> None:
    store = SessionStore(tmp_path)
    store.prepare()
    session = Session("Team")
    session.answers("strategie").texts["optimalisatie"] = "bewaard"
    store.save(session)
    store.path_of(session.id).write_bytes(
        b'{"type": "overzichtsplaten-werksessie", "format": 1, "na'
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    from app.io.library_loader import load_library

    window = MainWindow(load_library().library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    assert asked and str(store.path_of(session.id)) in asked[0] and "reservekopie" in asked[0]
    assert window.sessions.session.answers("strategie").texts["optimalisatie"] == "bewaard"
    assert list(store.folder.glob("*.corrupt-*"))
    window.sessions.close()


def test_sessions_are_created_duplicated_deleted_to_the_bin_and_restored(
    qtbot, window, monkeypatch
) -> None:
    menu = window.session_menu
    original = window.sessions.session.id
    window.sessions.editor.set_notes("smjp", "eerste sessie")
    menu.duplicate_session()
    assert window.sessions.session.id != original
    assert window.sessions.session.answers("smjp").notes == "eerste sessie"
    copy_id = window.sessions.session.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    menu.delete_session()
    assert window.sessions.session.id == original
    assert [i.id for i in menu.store.in_bin()] == [copy_id]
    menu.store.undelete(copy_id)
    assert menu.open_id(copy_id) and window.sessions.session.id == copy_id


def test_a_session_travels_as_a_file_and_becomes_meeting_notes(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.sessions.editor.set_text("strategie", "optimalisatie", "Roosters digitaal")
    window.sessions.editor.add_person("programmas", "collegas/edu-v", "Joost", "teamleider")
    target = tmp_path / "verslag.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.session_menu.export_markdown()
    text = target.read_text(encoding="utf-8")
    assert "Waar in jouw organisatie ben je bezig met optimalisatie?" in text
    assert "- Roosters digitaal" in text and "- Joost (teamleider)" in text
    assert (tmp_path / "verslag-platen" / "plaat-2.png").stat().st_size > 10_000
    pdf = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(pdf), ""))
    window.session_menu.export_pdf()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
    mailed = tmp_path / "sessie.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(mailed), ""))
    window.session_menu.export_file()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(mailed), ""))
    window.session_menu.import_file()
    assert (
        window.sessions.session.answers("strategie").texts["optimalisatie"] == "Roosters digitaal"
    )


class FakeDrop:
    """What AnswerList.dropEvent reads of a drop; Qt cannot run a real drag offscreen."""

    def __init__(self, source, position) -> None:
        self._source, self._position = source, position
        self.action = None
        self.accepted = False

    def source(self):
        return self._source

    def position(self):
        return self._position

    def setDropAction(self, action) -> None:
        self.action = action

    def accept(self) -> None:
        self.accepted = True

    def ignore(self) -> None:
        self.accepted = False


def test_dropping_an_item_on_another_list_moves_it_there(window) -> None:
    from PySide6.QtCore import QPointF

    window.go_to(Place("meerjarenplan"))
    zelf = window.worksheet.editors["zelf-samen/zelf"].list
    willen = window.worksheet.editors["zelf-samen/samen-willen"].list
    for text in ("Roosters", "Inkoop"):
        zelf.add(text)
    willen.add("Data")
    zelf.setCurrentRow(1)  # drag "Inkoop"
    first_row = willen.visualItemRect(willen.item(0)).center()
    drop = FakeDrop(zelf, QPointF(first_row))
    willen.dropEvent(drop)  # type: ignore[arg-type]
    assert drop.accepted and drop.action == Qt.DropAction.CopyAction  # Qt must not delete it too
    assert [willen.item(i).text() for i in range(willen.count())] == ["Inkoop", "Data"]
    assert [zelf.item(i).text() for i in range(zelf.count())] == ["Roosters"]
    stranger = FakeDrop(object(), QPointF(first_row))
    willen.dropEvent(stranger)  # type: ignore[arg-type]
    assert not stranger.accepted


@pytest.fixture
def read_only_folder(tmp_path):  # type: ignore[no-untyped-def]
    """A folder nothing can be written into: mode 555, or (as root, who may write anyway) a
    read-only tmpfs mounted there."""
    folder = tmp_path / "verslag-platen"
    folder.mkdir()
    if os.name != "posix":
        pytest.skip("a read-only folder is made with POSIX permissions or a mount")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("mount") is None:
        pytest.skip("a read-only folder for root needs mount")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_report_whose_plate_pictures_cannot_be_written_says_which_file(
    qtbot, window, tmp_path, monkeypatch, read_only_folder
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.ui import safe_text

    window.sessions.editor.set_text("strategie", "optimalisatie", "Roosters digitaal")
    target = tmp_path / "verslag.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        safe_text, "warning", lambda parent, title, text: warned.append((title, text))
    )
    window.session_menu.export_markdown()
    assert len(warned) == 1
    title, text = warned[0]
    assert title == "Niet opgeslagen"
    assert str(read_only_folder / "plaat-2.png") in text and "alleen-lezen" in text
    assert not target.exists()  # no notes that point at pictures that are not there


def test_the_undo_menu_names_the_last_step_in_words(qtbot, window) -> None:
    window.sessions.editor.set_text("strategie", "optimalisatie", "Roosters")
    window.session_menu.menu.aboutToShow.emit()
    assert window.session_menu.undo.text() == "&Ongedaan maken: antwoord typen"
    window.session_menu.undo.trigger()
    window.session_menu.menu.aboutToShow.emit()
    assert window.session_menu.undo.text() == "&Ongedaan maken"


def test_a_plate_picture_the_system_refuses_stops_the_report_wherever_this_runs(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    """The same without a read-only folder (Windows, or a container that cannot mount)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    from app.ui import safe_text

    window.sessions.editor.set_text("strategie", "optimalisatie", "Roosters digitaal")
    target = tmp_path / "verslag.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QImage, "save", lambda self, *a, **k: False)
    warned: list[str] = []
    monkeypatch.setattr(safe_text, "warning", lambda parent, title, text: warned.append(text))
    window.session_menu.export_markdown()
    assert len(warned) == 1 and str(tmp_path / "verslag-platen" / "plaat-2.png") in warned[0]
    assert not target.exists()
