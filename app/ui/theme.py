"""The window in a theme: the system's light or dark setting, or high contrast.

The colours are app/scene/theme.py's (the plates' and the window's, in one place); this
module puts them on the application: its palette, and the style sheet of every widget
that asked for one with `use_sheet`, renewed when the theme changes. The plates follow
the same theme through their scene's look (MainWindow sets it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from app.scene.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    Sheet,
    WindowColours,
    application_sheet,
    style_sheet,
)
from app.scene.theme import window_colours as window_colours

_default_style: str | None = None
_default_palette: QPalette | None = None
_current = LIGHT
SHEET_PROPERTY = "themeSheet"  # the Sheet a widget wears, so a theme switch can renew it


def _palette(c: WindowColours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.PlaceholderText: c.text,
    }
    roles[QPalette.ColorRole.Mid] = c.mid
    roles[QPalette.ColorRole.Dark] = c.dark
    for role, colour in roles.items():
        if colour is not None:
            palette.setColor(role, QColor(colour))
    if c.disabled_text is not None:  # what cannot be used looks so: greyed
        disabled = QPalette.ColorGroup.Disabled
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(disabled, role, QColor(c.disabled_text))
    return palette


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def current_theme() -> str:
    """The theme the window is in: "licht", "donker" or "hoog-contrast"."""
    return _current


def apply_theme(app: QApplication, high_contrast: bool) -> str:
    """Set the window colours; returns the theme's name ("hoog-contrast", "donker", "licht")."""
    global _default_style, _default_palette, _current
    _current = HIGH_CONTRAST if high_contrast else DARK if system_prefers_dark() else LIGHT
    if _current != LIGHT:
        if _default_style is None:  # the first change from the system's look: remember it
            _default_style = app.style().name()
            _default_palette = app.palette()
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_palette(window_colours(_current)))
    elif _default_style is not None:  # back to the system's look
        style = QStyleFactory.create(_default_style)
        if style is not None:
            app.setStyle(style)
        assert _default_palette is not None
        app.setPalette(_default_palette)
    # else light from the start: the system's style and palette are in place as they are
    # (asking for the style would make PySide6 build QStyle's enums, milliseconds at start)
    if app.styleSheet() != application_sheet(_current):
        app.setStyleSheet(application_sheet(_current))
    _restyle_style_sheets(app)
    return _current


def use_sheet(widget: QWidget, sheet: Sheet | None) -> None:
    """Give a widget one of the theme's style sheets (None: none), kept in step with the
    theme from now on."""
    widget.setProperty(SHEET_PROPERTY, sheet.value if sheet is not None else "")
    widget.setStyleSheet(style_sheet(sheet, _current) if sheet is not None else "")


def _restyle_style_sheets(app: QApplication) -> None:
    """A widget wearing a theme sheet gets the new theme's. Others with a style sheet of
    their own (the scroll bars) keep the palette they were polished with: after a switch
    the tabs stayed black until a restart. Polish them anew."""
    for widget in app.allWidgets():
        name = widget.property(SHEET_PROPERTY)
        if name:
            widget.setStyleSheet(style_sheet(Sheet(name), _current))
            continue
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
