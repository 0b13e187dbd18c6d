"""The window's colours: the system's light or dark setting, or high contrast.

The plates keep their paper colours in the light and dark themes (they are
posters); in high contrast they are drawn in the plate's own high-contrast
palette (`app.scene.style.themed`), black on white with stronger lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_default_style: str | None = None
_default_palette: QPalette | None = None


def _palette(window: str, text: str, base: str, button: str, highlight: str, link: str) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.PlaceholderText: text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


HIGH_CONTRAST = ("#000000", "#ffffff", "#000000", "#000000", "#ffff00", "#00ffff")
DARK = ("#1f2329", "#e8eaed", "#16191d", "#2b3038", "#f59e0b", "#93c5fd")


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, high_contrast: bool) -> str:
    """Set the window colours; returns the theme's name ("hoog-contrast", "donker", "licht")."""
    global _default_style, _default_palette
    if _default_style is None:
        _default_style = app.style().name()
        _default_palette = app.palette()
    if high_contrast or system_prefers_dark():
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_palette(*(HIGH_CONTRAST if high_contrast else DARK)))
        _restyle_style_sheets(app)
        return "hoog-contrast" if high_contrast else "donker"
    style = QStyleFactory.create(_default_style)
    if style is not None:
        app.setStyle(style)
    assert _default_palette is not None
    app.setPalette(_default_palette)
    _restyle_style_sheets(app)
    return "licht"


def _restyle_style_sheets(app: QApplication) -> None:
    """Widgets with a style sheet of their own (the plate tabs) keep the palette they were
    polished with: after a switch the tabs stayed black until a restart. Polish them anew."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
