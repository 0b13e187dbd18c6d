"""Opening a web link or a folder with the system's program, saying so when there is none.

`QDesktopServices.openUrl` only warns on stderr when no browser (or file manager) is
set up, as on some locked-down school laptops; the reader saw nothing happen. Now the
status bar says so, and a web link is put on the clipboard to paste elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui.i18n import tr

MESSAGE_MS = 15000


def open_outside(url: QUrl, near: QWidget | None) -> bool:
    """Open `url` in the system's browser or file manager; False (and a message) if none."""
    if QDesktopServices.openUrl(url):
        return True
    if url.isLocalFile():
        message = tr("Er is geen programma om deze map te openen: %1").replace(
            "%1", url.toLocalFile()
        )
    else:
        QGuiApplication.clipboard().setText(url.toString())
        message = tr(
            "Er is geen webbrowser om deze link te openen. De link staat op het klembord: %1"
        ).replace("%1", url.toString())
    window = near.window() if near is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, MESSAGE_MS)
    return False
