"""Start the window: the QApplication, fonts, data folder, plates, and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.io.library_loader import load_library
from app.io.paths import resources_dir
from app.scene.style import load_fonts
from app.ui.main_window import MainWindow
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
    install_qt_translations(app, "nl")
    return app


def install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own texts (OK, Opslaan, Annuleren, the file and print dialogs) in the UI language."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            return


def build_window(data_dir_argument: str | None) -> MainWindow:
    data_dir = resolve_data_dir(data_dir_argument)
    data_dir.mkdir(parents=True, exist_ok=True)
    result = load_library()
    return MainWindow(result.library, WindowSettings(data_dir), result.problems)


def run_app(args: argparse.Namespace) -> int:
    app = make_application()
    window = build_window(args.data_dir)
    window.show()
    if getattr(args, "present", False):
        window.start_presentation(args.present_plate, args.screen)
    return app.exec()
