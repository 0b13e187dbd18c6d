"""The first window on whatever screen the user has: never larger than its free area.

A fixed 1280x800 window on a 1366x768 laptop put the status bar (and "Alles
opgeslagen") below the screen's edge. The first window takes the screen's
available area (without the task bar) less the window manager's frame;
after that the window's own geometry is remembered and restored.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 800)  # on a large screen; smaller screens get their whole free area
# title bar and borders a window manager adds around the window (before it is shown,
# Qt does not know them yet)
FRAME = (16, 40)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def size_first_window(window: QWidget) -> None:
    """Centre a window of the preferred size on the screen, or as large as the screen's
    free area where that size does not fit (not maximised: it can still be moved)."""
    area = available_area(window)
    width = min(PREFERRED[0], area.width() - FRAME[0])
    height = min(PREFERRED[1], area.height() - FRAME[1])
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width - FRAME[0]) // 2,
        area.y() + (area.height() - height - FRAME[1]) // 2,
    )


def keep_on_screen(window: QWidget) -> None:
    """A remembered geometry from a larger screen (a beamer, a docking station): shrink it
    into this screen's free area, so nothing is cut off."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = available_area(window)
    width = min(window.width(), area.width() - FRAME[0])
    height = min(window.height(), area.height() - FRAME[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(area.x() + (area.width() - width - FRAME[0]) // 2, area.y())
