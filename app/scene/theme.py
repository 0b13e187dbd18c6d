"""Every colour the app draws with, per theme: the plates' and the window's, in one place.

Three themes, by name:

- "licht": the system's light look; the plates as printed (poster colours).
- "donker": the system's dark setting; a dark window, the plates still as printed.
- "hoog-contrast": a black window with white text and yellow and cyan accents; the
  plates black on white: white paper and boxes, black text and relation lines, each
  role's hue darkened for its edges and bands (at least 7:1 against white).

One colour per meaning in every theme (issue 17): a role's accent, a selection, a
warning, an error, a notice. The scene reads `plate_palette(theme)`; the widgets take
their style sheets from `style_sheet(Sheet..., theme)` (app/ui/theme.py applies them and
the window palette, and repaints both when the theme changes). Nothing else in app/
names a colour (tests/ui/test_theme.py keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtGui import QColor

from app.model.plate import Role

LIGHT = "licht"
DARK = "donker"
HIGH_CONTRAST = "hoog-contrast"
THEMES = (LIGHT, DARK, HIGH_CONTRAST)


# --- the plates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RoleColours:
    accent: QColor
    fill: QColor
    ink: QColor  # text drawn on the fill


def _rc(accent: str, fill: str, ink: str = "#111827") -> RoleColours:
    return RoleColours(QColor(accent), QColor(fill), QColor(ink))


@dataclass(frozen=True)
class Palette:
    """All colours a plate is drawn with; one accent per meaning."""

    roles: dict[Role, RoleColours]
    paper: QColor
    ink: QColor
    muted_ink: QColor
    selection: QColor
    related: QColor
    relation_line: QColor
    card: QColor = field(default_factory=lambda: QColor("#ffffff"))  # a card's paper
    on_accent: QColor = field(default_factory=lambda: QColor("#ffffff"))  # words on an accent
    tip_fill: QColor = field(default_factory=lambda: QColor("#fff7e6"))
    desk: QColor = field(default_factory=lambda: QColor("#d9dde3"))  # around the paper
    projector_desk: QColor = field(default_factory=lambda: QColor("#000000"))
    shadow: QColor = field(default_factory=lambda: QColor(0, 0, 0, 40))  # under paper, notes
    note_fill: QColor = field(default_factory=lambda: QColor("#fff6c7"))  # a team's answer
    note_edge: QColor = field(default_factory=lambda: QColor("#d4a017"))
    leader: QColor = field(default_factory=lambda: QColor("#b7791f"))  # note to its element
    arrow: QColor = field(default_factory=lambda: QColor("#b45309"))  # the HTML page's arrows


STANDARD = Palette(
    roles={
        Role.FOUNDATION: _rc("#0f766e", "#e3f3ef"),  # teal
        Role.ROUTE: _rc("#1d4ed8", "#e7edfd"),  # blue
        Role.GOAL: _rc("#b91c1c", "#fdeaea"),  # red
        Role.DOMAIN: _rc("#57534e", "#f4f2ef"),  # stone
        Role.SCHOOL: _rc("#6d28d9", "#f1eafd"),  # violet
        Role.TEACHER: _rc("#c2410c", "#fdeee4"),  # orange
        Role.STUDENT: _rc("#15803d", "#e6f5eb"),  # green
        Role.OPTIMISATION: _rc("#4d7c0f", "#eef6dc"),  # olive
        Role.TRANSFORMATION: _rc("#be185d", "#fce7f3"),  # pink
        Role.PROGRAMME: _rc("#3730a3", "#e4e7fd"),  # indigo
        Role.CONDITION: _rc("#0e7490", "#e0f2f7"),  # cyan
        Role.COLLECTIVE: _rc("#0369a1", "#e2f1fb"),  # sky
        Role.INDIVIDUAL: _rc("#854d0e", "#f9f0dc"),  # mustard
        Role.FACTOR: _rc("#a21caf", "#fae8fc"),  # fuchsia
        Role.CONTEXT: _rc("#475569", "#f3f5f8"),  # slate: no meaning of its own
        Role.THEME: _rc("#7c3aed", "#f3edfe"),  # purple (a theme takes its programme's colour)
    },
    paper=QColor("#fbfaf7"),
    ink=QColor("#111827"),
    muted_ink=QColor("#4b5563"),
    selection=QColor("#f59e0b"),
    related=QColor("#fbbf24"),
    relation_line=QColor("#475569"),
)

_high_contrast_roles: dict[str, RoleColours] = {}


def themed(colours: RoleColours, theme: str) -> RoleColours:
    """A role's colours in a theme (the same object for the same colours: callers group by it)."""
    if theme != HIGH_CONTRAST:
        return colours
    key = colours.accent.name()
    if key not in _high_contrast_roles:
        accent = QColor(colours.accent).darker(170)  # at least 7:1 against white
        _high_contrast_roles[key] = RoleColours(accent, QColor("#ffffff"), QColor("#000000"))
    return _high_contrast_roles[key]


HIGH_CONTRAST_PLATE = Palette(
    roles={role: themed(c, HIGH_CONTRAST) for role, c in STANDARD.roles.items()},
    paper=QColor("#ffffff"),
    ink=QColor("#000000"),
    muted_ink=QColor("#000000"),
    selection=STANDARD.selection,  # thick orange outlines: no role is orange this strong
    related=STANDARD.related,
    relation_line=QColor("#000000"),
    tip_fill=QColor("#ffffff"),
    desk=QColor("#000000"),
    note_fill=QColor("#fff59d"),  # a note stays a yellow note, with black edges
    note_edge=QColor("#000000"),
    leader=QColor("#000000"),
)
PLATE_PALETTES = {LIGHT: STANDARD, DARK: STANDARD, HIGH_CONTRAST: HIGH_CONTRAST_PLATE}


def plate_palette(theme: str) -> Palette:
    """How a plate is drawn in a window theme (light and dark: as printed)."""
    return PLATE_PALETTES.get(theme, STANDARD)


def themed_ink(colour: QColor, theme: str) -> QColor:
    """Grey text and lines (muted ink, relation lines) are black in high contrast."""
    return QColor("#000000") if theme == HIGH_CONTRAST else colour


def themed_paper(theme: str) -> QColor:
    return plate_palette(theme).paper


# --- the window -----------------------------------------------------------------------------
@dataclass(frozen=True)
class WindowColours:
    """The window's own colours (hex), and one colour per kind of message."""

    # the palette roles (None in the light theme: the system's own palette)
    window: str | None
    text: str | None
    base: str | None
    button: str | None
    highlight: str | None
    link: str | None
    highlighted_text: str | None
    # messages: a warning (a plate problem, read-only), an error (a broken file, a failed
    # save), a notice (layout mode); muted text (hints); search hits marked in the text
    warning_fill: str
    warning_ink: str
    warning_edge: str
    error_fill: str
    error_ink: str
    error_edge: str
    notice_fill: str
    notice_ink: str
    notice_edge: str
    muted_ink: str
    mark_fill: str
    mark_ink: str
    # scroll bar handles (mid, and dark on hover) and text that cannot be used
    mid: str | None = None
    dark: str | None = None
    disabled_text: str | None = None


WINDOW_COLOURS = {
    LIGHT: WindowColours(
        None, None, None, None, None, None, None,
        warning_fill="#fff4e5", warning_ink="#5b3300", warning_edge="#f0b86e",
        error_fill="#fdecea", error_ink="#8f1c1c", error_edge="#d9534f",
        notice_fill="#e8f0fe", notice_ink="#102a56", notice_edge="#1a56db",
        muted_ink="#4b5563", mark_fill="#fde68a", mark_ink="#111827",
    ),
    DARK: WindowColours(
        "#1f2329", "#e8eaed", "#16191d", "#2b3038", "#f59e0b", "#93c5fd", "#000000",
        warning_fill="#3a2a10", warning_ink="#ffd9a0", warning_edge="#f0b86e",
        error_fill="#3b1716", error_ink="#ffc9c4", error_edge="#e5676b",
        notice_fill="#14284a", notice_ink="#cfe0ff", notice_edge="#5b8def",
        muted_ink="#b0b8c4", mark_fill="#fde68a", mark_ink="#111827",
        mid="#5a6270", dark="#8a93a0", disabled_text="#7d8590",
    ),
    HIGH_CONTRAST: WindowColours(
        "#000000", "#ffffff", "#000000", "#000000", "#ffff00", "#00ffff", "#000000",
        warning_fill="#000000", warning_ink="#ffff00", warning_edge="#ffff00",
        error_fill="#000000", error_ink="#ff9a9a", error_edge="#ff9a9a",
        notice_fill="#000000", notice_ink="#00ffff", notice_edge="#00ffff",
        muted_ink="#ffffff", mark_fill="#ffff00", mark_ink="#000000",
        mid="#ffffff", dark="#ffff00", disabled_text="#8c8c8c",
    ),
}  # fmt: skip


def window_colours(theme: str) -> WindowColours:
    return WINDOW_COLOURS.get(theme, WINDOW_COLOURS[LIGHT])


# --- presenting: a beamer in a room, the same in every theme ---------------------------------
PRESENT_DESK = "#000000"
PRESENT_PILL = "rgba(17,24,39,225)"  # caption, progress and timer: white on a dark pill
PRESENT_PILL_TEXT = "#ffffff"
PRESENT_URGENT = "#ff4d4d"  # the timer's last minute
PRESENT_BLANK = {"black": "black", "white": "white"}  # the B and W keys
LASER = (QColor(255, 30, 30, 90), QColor(255, 20, 20))  # the glow and the dot
PRINT_INK, PRINT_MUTED = STANDARD.ink, STANDARD.muted_ink  # a handout: paper, as printed


# --- widget style sheets --------------------------------------------------------------------
class Sheet(StrEnum):
    """A widget's look; app/ui/theme.py `use_sheet` sets it and renews it with the theme."""

    PROBLEM_BAR = "problem-bar"  # plates that could not be read (the window's top)
    PLATE_PROBLEM_BAR = "plate-problem-bar"  # a broken edit of the plate shown
    LAYOUT_BAR = "layout-bar"
    READ_ONLY_NOTE = "read-only-note"
    MUTED = "muted"
    SHEET_TITLE = "sheet-title"
    PLATE_TABS = "plate-tabs"
    SAVE_FAILED = "save-failed"
    SAVE_READ_ONLY = "save-read-only"
    PRESENTATION = "presentation"
    PRESENTATION_NOTES = "presentation-notes"
    PRESENT_CAPTION = "present-caption"
    PRESENT_PROGRESS = "present-progress"
    PRESENT_TIMER = "present-timer"
    PRESENT_TIMER_URGENT = "present-timer-urgent"
    BLANK_BLACK = "blank-black"
    BLANK_WHITE = "blank-white"


def style_sheet(sheet: Sheet, theme: str) -> str:
    c = window_colours(theme)
    ink = STANDARD.ink.name()
    sheets = {
        Sheet.PROBLEM_BAR: f"#problemBar {{ background: {c.warning_fill}; color: {c.warning_ink};"
        f" padding: 8px 12px; border-bottom: 1px solid {c.warning_edge}; }}",
        Sheet.PLATE_PROBLEM_BAR: f"#plateProblemBar {{ background: {c.error_fill};"
        f" color: {c.error_ink}; padding: 8px 12px; border-bottom: 2px solid {c.error_edge};"
        " font-weight: 500; }",
        Sheet.LAYOUT_BAR: f"#layoutBar {{ background: {c.notice_fill};"
        f" border-top: 2px solid {c.notice_edge}; }}"
        f" #layoutBar QLabel {{ color: {c.notice_ink}; }}",
        Sheet.READ_ONLY_NOTE: f"background: {c.warning_fill}; color: {c.warning_ink};"
        f" padding: 6px; border-radius: 4px; border: 1px solid {c.warning_edge};",
        Sheet.MUTED: f"color: {c.muted_ink};",
        Sheet.SHEET_TITLE: "font-size: 15pt;",
        Sheet.PLATE_TABS: "QTabBar::tab { min-width: 4em; padding: 6px 12px; }",
        Sheet.SAVE_FAILED: f"color: {c.error_ink}; font-weight: 600;",
        Sheet.SAVE_READ_ONLY: f"color: {c.warning_ink}; font-weight: 600;",
        Sheet.PRESENTATION: f"#presentationWindow {{ background: {PRESENT_DESK}; }}",
        # opaque: the plate behind the notes must not show through
        Sheet.PRESENTATION_NOTES: f"#presentationNotes {{ background: #ffffff; color: {ink};"
        f" padding: 12px; border: 2px solid {ink}; border-radius: 8px; }}",
        Sheet.PRESENT_CAPTION: f"background: {PRESENT_PILL}; color: {PRESENT_PILL_TEXT};"
        " border-radius: 10px; padding: 14px 22px;",
        Sheet.PRESENT_PROGRESS: f"background: {PRESENT_PILL}; color: {PRESENT_PILL_TEXT};"
        " border-radius: 8px; padding: 4px 12px;",
        Sheet.PRESENT_TIMER: f"color: {PRESENT_PILL_TEXT}; background: {PRESENT_PILL};"
        " border-radius: 12px; padding: 6px 18px;",
        Sheet.PRESENT_TIMER_URGENT: f"color: {PRESENT_URGENT}; background: {PRESENT_PILL};"
        " border-radius: 12px; padding: 6px 18px;",
        Sheet.BLANK_BLACK: f"#cover {{ background: {PRESENT_BLANK['black']}; }}",
        Sheet.BLANK_WHITE: f"#cover {{ background: {PRESENT_BLANK['white']}; }}",
    }
    return sheets[sheet]


def application_sheet(theme: str) -> str:
    """For every widget: in high contrast the places to type get a white frame (Fusion
    draws theirs a shade darker than the black window: invisible), yellow with focus."""
    if theme != HIGH_CONTRAST:
        return ""
    c = window_colours(theme)
    inputs = ("QLineEdit", "QPlainTextEdit", "QListView")
    return (
        ", ".join(inputs)
        + f" {{ border: 1px solid {c.text}; }} "
        + ", ".join(f"{name}:focus" for name in inputs)
        + f" {{ border: 2px solid {c.highlight}; }}"
    )


def mark_html(theme: str) -> str:
    """The opening tag that marks a search hit in a result's rich text."""
    c = window_colours(theme)
    return f'<span style="background-color:{c.mark_fill}; color:{c.mark_ink}; font-weight:600">'


def scroll_bar_sheet(groove: str, handle: str, hover: str) -> str:
    """Thin flat scroll bars in the window's palette colours (the plate view's)."""
    return f"""
        QScrollBar {{ background: {groove}; border: none; margin: 0; }}
        QScrollBar:horizontal {{ height: 10px; }}
        QScrollBar:vertical {{ width: 10px; }}
        QScrollBar::handle {{ background: {handle}; border-radius: 3px; margin: 2px; }}
        QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {hover}; }}
        QScrollBar::handle:horizontal {{ min-width: 32px; }}
        QScrollBar::handle:vertical {{ min-height: 32px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
        QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    """
