"""Start the window: the QApplication, fonts, data folder, plates, and the main window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.io.atomic_write import make_private_folder, remove_stale_temp_files
from app.io.library_loader import load_library
from app.io.paths import (
    own_plates_dir,
    plate_files_in,
    prepare_own_plates_folder,
    resources_dir,
)
from app.io.plate_cache import PlateCache
from app.plain_import import plain_imports
from app.scene.style import load_fonts
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.problem_text import reason_text
from app.ui.settings import WindowSettings, resolve_data_dir


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setApplicationName("Overzichtsplaten")
    # no organisation, so the data folder is ~/.local/share/Overzichtsplaten (or %APPDATA%)
    QGuiApplication.setOrganizationName("")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    icon = resources_dir() / "icons" / "overzichtsplaten.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    install_language(app, "nl")
    return app


_installed: list[QTranslator] = []


def qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files can be: Qt's idea of it, and where PySide6 (and a
    PyInstaller build of it) puts them on Linux and macOS (Qt/translations) and on
    Windows (translations); Qt's path is wrong in some frozen builds."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    ]
    return [f for i, f in enumerate(folders) if f and f not in folders[:i]]


def install_qt_translations(app: QApplication, language: str) -> bool:
    """Qt's own texts (OK, Opslaan, Annuleren, the file and print dialogs) in the UI
    language; False when Qt's catalogue for it is nowhere to be found."""
    for folder in qt_translation_folders():
        for name in ("qtbase", "qt"):
            translator = QTranslator(app)
            if translator.load(QLocale(language), name, "_", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                return True
    return language == "en"  # English is Qt's own language: nothing to load


_installed_language: list[str] = []  # the language of `_installed`, once installed


def _still_installed(app: QApplication) -> bool:
    try:
        return all(translator.parent() is app for translator in _installed)
    except RuntimeError:  # a translator of an application that is gone
        return False


def install_language(app: QApplication, language: str) -> str:
    """The app's own texts and Qt's in `language` ("nl" is the source language)."""
    language = language if language in LANGUAGES else "nl"
    if _installed_language == [language] and _still_installed(app):
        return language  # already so (make_application installs Dutch before the settings)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "nl":
        translator = QTranslator(app)
        if translator.load(
            str(resources_dir() / "translations" / f"overzichtsplaten_{language}.qm")
        ):
            app.installTranslator(translator)
            _installed.append(translator)
    install_qt_translations(app, language)
    # what Qt's own Dutch catalogue lacks ("Look in", "Files of type", "Page Set"): installed
    # last, so it is asked first
    extra = QTranslator(app)
    if extra.load(str(resources_dir() / "translations" / f"overzichtsplaten_qt_{language}.qm")):
        app.installTranslator(extra)
        _installed.append(extra)
    QLocale.setDefault(QLocale(language))
    _installed_language[:] = [language]
    return language


LANGUAGES = ("nl", "en")


def own_plates_folder(data_dir: Path, plates_dir_argument: str | None) -> Path:
    """--plates-dir, else the folder in the data folder (made on first use)."""
    if plates_dir_argument:
        return Path(plates_dir_argument).expanduser().resolve()
    folder = own_plates_dir(data_dir).resolve()
    with contextlib.suppress(OSError):  # read-only data folder: no own plates, the rest works
        prepare_own_plates_folder(folder)
    with contextlib.suppress(OSError):  # a layout save killed halfway left its temporary file
        remove_stale_temp_files(folder)
    return folder


def data_dir_problem(data_dir: Path) -> str | None:
    """Why the data folder cannot be used at all (it is a file, it cannot be made), or None.

    A folder that exists but cannot be written is usable: sessions open read-only."""
    if data_dir.exists() and not data_dir.is_dir():
        return tr("dit is een bestand, geen map")
    try:
        make_private_folder(data_dir)
    except OSError as error:
        return reason_text(error)
    return None


def report_data_dir_problem(data_dir: Path, problem: str) -> None:
    text = tr("De datamap kan niet worden gebruikt:") + f"\n{data_dir}\n({problem})"
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Datamap"), text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the path is the user's, not markup
    box.exec()


def build_window(
    data_dir_argument: str | None, plates_dir_argument: str | None = None
) -> MainWindow:
    data_dir = resolve_data_dir(data_dir_argument)
    with contextlib.suppress(OSError):
        make_private_folder(data_dir)
    settings = WindowSettings(data_dir)
    folder = own_plates_folder(data_dir, plates_dir_argument)
    opened = [path for path in settings.opened_plates() if path.is_file()]
    # every plate opens again without YAML (start-up imports no YAML reader at all)
    cache = PlateCache(data_dir / "cache" / "platen", min_bytes=0)
    with plain_imports():  # a plate not in the cache brings the YAML reader: unhooked
        result = load_library(own_files=[*plate_files_in(folder), *opened], cache=cache)
    window = MainWindow(
        result.library, settings, result.problems, own_folder=folder, plate_cache=cache
    )
    window.language_requested.connect(lambda language: _switch_language(window, language))
    return window


def _switch_language(old: MainWindow, language: str) -> MainWindow | None:
    """Rebuild the window in another language; the session is saved and handed over."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    data_dir = str(old.settings.path.parent)
    plates_dir = str(old.own_folder) if old.own_folder else None
    geometry = old.saveGeometry()
    if not old.close():  # saves and releases the session's lock
        return None
    # deleted by the event loop now: dropped, it would hold its plates and timers until
    # the garbage collector came round to the cycle it is in
    old.deleteLater()
    install_language(app, language)
    window = build_window(data_dir, plates_dir)
    window.restoreGeometry(geometry)
    window.show()
    _windows[:] = [window]  # keep it alive
    return window


_windows: list[MainWindow] = []


def run_app(args: argparse.Namespace) -> int:
    app = make_application()
    data_dir = resolve_data_dir(args.data_dir)
    problem = data_dir_problem(data_dir)
    if problem is not None:
        report_data_dir_problem(data_dir, problem)
        return 2
    language = getattr(args, "lang", None) or WindowSettings(data_dir).text("ui/language") or "nl"
    install_language(app, language)
    if getattr(args, "lang", None):
        WindowSettings(data_dir).set_text("ui/language", install_language(app, language))
    from app.ui.theme import apply_theme

    apply_theme(app, WindowSettings(data_dir).flag("view/high_contrast"))
    # follow the system when it turns dark or light while the app runs
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, WindowSettings(data_dir).flag("view/high_contrast"))
    )
    window = build_window(args.data_dir, getattr(args, "plates_dir", None))
    _windows[:] = [window]
    window.show()
    gc.freeze()  # what start-up made stays: later collections need not look at it
    # paused by cli.main while the app started; from now on collected on this thread only
    from app.ui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(app)  # noqa: F841  (kept until the loop ends)
    if getattr(args, "present", False):
        window.start_presentation(args.present_plate, args.screen)
    if getattr(args, "session_file", None):  # `open FILE`: a double-clicked session file
        window.session_menu.import_path(Path(args.session_file))
    return app.exec()
