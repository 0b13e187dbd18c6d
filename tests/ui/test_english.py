"""In English mode no Dutch message: the catalogue is complete, every problem code has
English of its own, and the screens a user opens (menus, panels, a broken plate, a
damaged session) say nothing in Dutch. The guide's own text stays Dutch by design."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.io.errors import FileProblem
from app.io.library_loader import load_library
from app.model.library import PlateLibrary
from app.model.problems import NO_WORDS, TEXTS, Code, Problem
from app.ui import safe_text
from app.ui.application import install_language
from app.ui.main_window import MainWindow
from app.ui.problem_text import file_problem_text, problem_text, undo_text
from app.ui.settings import WindowSettings
from tests.conftest import REPO, show_active

TS = REPO / "resources" / "translations" / "overzichtsplaten_en.ts"
# words that are Dutch and never English; "map", "is", "met" and "en" are both
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|niet|geen|bestand|bestanden|plaat|platen|onderdeel|onderdelen|kan|"
    r"wordt|worden|naar|van|deze|dit|zijn|bij|ook|nog|uit|alle|opslaan|opgeslagen|openen|"
    r"werkblad|toelichting|zoeken|ongedaan|beeld|sneltoetsen|verbanden)\b",
    re.IGNORECASE,
)
# names: the language's own, the guide's and the app's, the file type
ALWAYS_DUTCH = (
    "Nederlands",
    "Handreiking bij de Overzichtsplaten",
    "Overzichtsplaten",
    "*.werksessie",
    ".werksessie",
)


def dutch_words(text: str) -> list[str]:
    for name in ALWAYS_DUTCH:
        text = text.replace(name, "")
    return DUTCH_WORDS.findall(text)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    install_language(qapp, "en")
    yield qapp
    install_language(qapp, "nl")


# --- the catalogue --------------------------------------------------------------------------
def test_every_message_in_the_catalogue_has_a_finished_english_translation() -> None:
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in {"unfinished", "vanished", "obsolete"}
                and (translation.text or "").strip()
            )
            if not done or dutch_words(translation.text or ""):  # type: ignore[union-attr]
                missing.append((context.findtext("name"), message.findtext("source")))
    assert missing == []


@pytest.mark.parametrize("name", ["overzichtsplaten_en", "overzichtsplaten_qt_nl"])
def test_the_compiled_catalogue_is_built_from_the_current_one(tmp_path: Path, name: str) -> None:
    """The app loads the .qm: a translation added to the .ts but not compiled is not shown."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / f"{name}.qm"
    source = TS.with_name(f"{name}.ts")
    subprocess.run([lrelease, str(source), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run python scripts/update_translations.py"
    )


def _marked_texts() -> set[tuple[str | None, str]]:
    """Every literal handed to tr()/self.tr() (context unknown: None) and every
    QT_TRANSLATE_NOOP(context, text) in app/."""
    found: set[tuple[str | None, str]] = set()
    for path in (REPO / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if not all(isinstance(t, str) for t in texts):
                continue
            if name == "tr" and len(node.args) == 1 and len(texts) == 1:
                found.add((None, texts[0]))
            elif name == "translate" and len(node.args) == 2 and len(texts) == 2:
                found.add((texts[0], texts[1]))  # QCoreApplication.translate("Context", "…")
            elif name == "QT_TRANSLATE_NOOP":
                # lupdate reads literals only: a context or text in a variable is never found
                assert len(texts) == 2, f"{path}:{node.lineno}: QT_TRANSLATE_NOOP needs literals"
                found.add((texts[0], texts[1]))
    return found


def test_the_catalogue_holds_every_text_marked_in_the_code() -> None:
    """A text added to the code without running scripts/update_translations.py fails here."""
    root = ET.parse(TS).getroot()
    known = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    sources = {source for _, source in known}
    marked = _marked_texts()
    assert len(marked) > 400
    missing = [
        (context, text)
        for context, text in marked
        if (text not in sources if context is None else (context, text) not in known)
    ]
    assert missing == []


# --- problem codes --------------------------------------------------------------------------
def test_every_problem_code_has_english_of_its_own_with_the_same_placeholders(english) -> None:
    assert set(TEXTS) == set(Code)
    for code in Code:
        dutch = TEXTS[code]
        text = QCoreApplication.translate("Problem", dutch)
        assert placeholders(text) == placeholders(dutch), code
        if code not in NO_WORDS:
            assert text != dutch, code
            assert dutch_words(text) == [], (code, text)


def test_a_problem_is_said_in_the_window_language_with_its_numbers(english) -> None:
    problem = Problem.of(Code.UNREADABLE_BECAUSE, reason=Problem.of(Code.OS_ENOSPC))
    assert problem_text(problem) == "the file cannot be read: the disk is full"
    big = Problem.of(Code.FILE_BYTES_OVER_LIMIT, size=3_000_000, limit=2_097_152)
    assert problem_text(big) == "the file is 3,000,000 bytes; the limit is 2,097,152"
    install_language(english, "nl")
    assert problem_text(big) == "het bestand is 3.000.000 bytes; de grens is 2.097.152"
    assert str(big) == problem_text(big)  # the command line says it as the Dutch window does


def test_undo_texts_are_translated(english) -> None:
    assert undo_text("antwoord typen") == "type answer"
    assert undo_text("collega verwijderen") == "delete colleague"


# --- what a user sees -----------------------------------------------------------------------
def _content(library: PlateLibrary) -> list[str]:
    """The plates' and the guide's own words: Dutch by design, so left out of the check."""
    texts: list[str] = []
    for plate in library.plates:
        texts += [plate.title, plate.intro, *plate.tips]
        texts += [e.label for e in plate.elements] + [r.label for r in plate.relations]
        if plate.worksheet:
            texts += [plate.worksheet.title, plate.worksheet.intro]
            for q in plate.worksheet.questions:
                texts += [q.text, *(f.label for f in q.fields), *(f.hint for f in q.fields)]
    texts += [chapter.title for chapter in library.chapters]
    return sorted({_plain(t) for t in texts if t}, key=len, reverse=True)


def _plain(text: str) -> str:
    """Without Markdown emphasis and with one space between words, as screens show it."""
    return re.sub(r"\s+", " ", text.replace("*", "").replace("_", "")).strip()


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    menu.aboutToShow.emit()  # menus fill themselves (and their undo text) when opened
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _widget_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QTextEdit):
            # a reader's name is the guide's text it shows (what Orca reads), its description too
            if _plain(widget.accessibleName()) != _plain(widget.toPlainText()):
                texts.append(widget.accessibleName())
        else:
            texts += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
    return texts


def _dutch_on_screen(texts: list[str], content: list[str]) -> list[tuple[str, list[str]]]:
    found = []
    for text in texts:
        shown = _plain(text.replace("&", ""))
        for words in content:
            shown = shown.replace(words, "")
        if dutch_words(shown):
            found.append((text, dutch_words(shown)))
    return found


@pytest.fixture
def broken_plate(tmp_path: Path) -> list[FileProblem]:
    path = tmp_path / "kapot.yaml"
    path.write_text("format: 1\nnumber: 9\nid: kapot\nelements: []\n", encoding="utf-8")
    return load_library(own_files=[path], chapters=[]).problems


def test_the_main_screens_in_english_say_nothing_in_dutch(
    qtbot, english, library, tmp_path, broken_plate
) -> None:
    window = MainWindow(library, WindowSettings(tmp_path), broken_plate)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    content = _content(library)
    try:
        texts = _widget_texts(window)
        for action in window.menuBar().actions():
            texts += _menu_texts(action.menu())
        plate = library.plates[0]
        window.open_plate(plate.id)
        window.show_worksheet()
        texts += _widget_texts(window)
        assert _dutch_on_screen(texts, content) == []
        # the broken plate: named, and what is wrong with it, in English
        bar = window.problem_bar.text()
        assert "kapot.yaml" in bar and "key 'title' is missing" in bar
        assert "Not everything could be loaded" in bar
    finally:
        window.sessions.close()


def test_the_undo_menu_says_what_it_undoes_in_english(qtbot, english, library, tmp_path) -> None:
    window = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    try:
        plate = next(p for p in library.plates if p.worksheet)
        assert plate.worksheet is not None
        question = plate.worksheet.questions[0]
        window.sessions.editor.set_text(plate.id, question.id, "ons antwoord")
        window.session_menu.menu.aboutToShow.emit()
        assert window.session_menu.undo.text().replace("&", "") == "Undo: type answer"
    finally:
        window.sessions.close()


def test_a_damaged_session_is_reported_in_english(
    qtbot, english, library, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "werksessies"
    folder.mkdir()
    (folder / "0123456789ab.json").write_text('{"type": "overzichtsplaten-werksessie", "form')
    said: list[str] = []
    monkeypatch.setattr(safe_text, "warning", lambda _p, title, text: said.append(title + text))
    window = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(window)
    try:
        assert said, "the damaged session was not reported"
        shown = said[0].replace(str(folder), "")
        assert "0123456789ab" in said[0] and "damaged or incomplete" in shown
        assert dutch_words(shown) == []
    finally:
        window.sessions.close()


def test_file_problems_name_the_file_and_line(english) -> None:
    problem = FileProblem("eigen/kapot.yaml", 7, Problem.of(Code.NO_QUESTIONS))
    assert file_problem_text(problem) == "eigen/kapot.yaml:7: the worksheet has no questions"
    assert QApplication.instance() is english


def test_the_legend_and_the_report_speak_english(english, library) -> None:
    from app.model.answers_view import report_markdown
    from app.model.plate import Role
    from app.model.worksheet import Session, SessionEditor
    from app.scene.style import role_name
    from app.ui.i18n import long_date

    assert role_name(Role.GOAL) == "goal" and role_name(Role.FACTOR) == "success factor"
    session = Session("Team A", "2026-12-02")
    plate = next(p for p in library.plates if p.worksheet)
    SessionEditor(session).set_notes(plate.id, "bellen met de i-coach")
    report = report_markdown(session, library.plates, {}, QCoreApplication.translate, long_date)
    assert "Date: 2 December 2026" in report and "### Notes" in report
    assert f"## Overview plate {plate.number}:" in report


def test_choosing_english_rebuilds_the_window_in_english_and_the_old_one_is_gone(
    qapp, qtbot, tmp_path: Path
) -> None:
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui import application

    old = application.build_window(str(tmp_path / "data"))  # not qtbot's: it is deleted
    old.show()
    qtbot.waitExposed(old)
    made: list = []
    old.language_requested.connect(lambda _language: made.extend(application._windows))
    try:
        old.commands.english.trigger()
        assert made, "no new window"
        new = made[0]
        qtbot.addWidget(new)
        assert new is not old and new.isVisible()
        assert new.menuBar().actions()[0].text().replace("&", "") == "File"
        # the old window is deleted by the event loop on this thread, not left to the
        # garbage collector (which may run on another thread, where Qt must not delete it)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(old)
    finally:
        install_language(qapp, "nl")
        if shiboken6.isValid(old):
            old.close()
        for window in application._windows:
            window.sessions.close()
        application._windows.clear()
