"""The plates' colour language and type scale.

One hue per role, chosen so that the accents also differ in lightness and
stay apart in greyscale print; fills are pale tints of the same hue so text
keeps a high contrast on a laptop, a washed-out beamer and paper alike.
Meaning never rests on colour alone: every element carries its label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.io.paths import resources_dir
from app.model.plate import Role

FONT_FAMILY = "Inter"
_loaded_family: str | None = None


@dataclass(frozen=True)
class RoleColours:
    accent: QColor
    fill: QColor
    ink: QColor  # text drawn on the fill


def _rc(accent: str, fill: str, ink: str = "#111827") -> RoleColours:
    return RoleColours(QColor(accent), QColor(fill), QColor(ink))


ROLE_COLOURS: dict[Role, RoleColours] = {
    Role.FOUNDATION: _rc("#0f766e", "#e3f3ef"),
    Role.ROUTE: _rc("#1d4ed8", "#e7edfd"),
    Role.GOAL: _rc("#b83a0c", "#fdeee5"),
    Role.DOMAIN: _rc("#475569", "#f3f5f8"),
    Role.SCHOOL: _rc("#6d28d9", "#f1eafd"),
    Role.TEACHER: _rc("#1d4ed8", "#e7edfd"),
    Role.STUDENT: _rc("#15803d", "#e6f5eb"),
    Role.OPTIMISATION: _rc("#a16207", "#fdf4de"),
    Role.TRANSFORMATION: _rc("#be185d", "#fce7f3"),
    Role.PROGRAMME: _rc("#3730a3", "#e4e7fd"),
    Role.CONDITION: _rc("#0e7490", "#e0f2f7"),
    Role.COLLECTIVE: _rc("#1d4ed8", "#e7edfd"),
    Role.INDIVIDUAL: _rc("#b83a0c", "#fdeee5"),
    Role.FACTOR: _rc("#15803d", "#e6f5eb"),
    Role.CONTEXT: _rc("#475569", "#f5f7fa"),
    Role.THEME: _rc("#4338ca", "#eef0fe"),
}

PAPER = QColor("#fbfaf7")
INK = QColor("#111827")
MUTED_INK = QColor("#4b5563")
SELECTION = QColor("#f59e0b")
RELATED = QColor("#fbbf24")
RELATION_LINE = QColor("#64748b")

# Type scale in plate units (a plate is 1600 units wide). At "fit" on a
# 1366-pixel laptop the body text lands at about 11 px; zooming in enlarges it.
TITLE_SIZE = 38.0
REGION_LABEL_SIZE = 21.0
CARD_LABEL_SIZE = 19.0
BODY_SIZE = 16.0
POINT_SIZE = 19.0
MIN_SHRINK = 0.62  # text is made smaller to fit its box, but never below this


def colours(role: Role) -> RoleColours:
    return ROLE_COLOURS[role]


def load_fonts() -> str:
    """Register the bundled Inter faces once; the family to use (system sans as fallback)."""
    global _loaded_family
    if _loaded_family is not None:
        return _loaded_family
    family = ""
    for path in sorted((resources_dir() / "fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    _loaded_family = family or QFont().defaultFamily()
    return _loaded_family


def font(size: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
    result = QFont(load_fonts())
    # Pixel size, not points: the scene is in plate units, and a point size
    # would be scaled again by each device's DPI (screen, PNG, 1200-dpi PDF).
    result.setPixelSize(max(1, round(size)))
    result.setWeight(weight)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


# --- the plate per window theme -----------------------------------------------------------
# Kept apart from the tokens above: a theme is a function of them. "licht" and "donker"
# draw the poster as it is; "hoog-contrast" draws it black on white, each role's hue
# darkened for its edges and bands, so that high contrast changes the plate too.
HIGH_CONTRAST = "hoog-contrast"
_high_contrast_cache: dict[str, RoleColours] = {}


def themed(colours: RoleColours, theme: str) -> RoleColours:
    """A role's colours in a theme (the same object for the same colours: callers group by it)."""
    if theme != HIGH_CONTRAST:
        return colours
    key = colours.accent.name()
    if key not in _high_contrast_cache:
        accent = QColor(colours.accent).darker(170)  # at least 7:1 against white
        _high_contrast_cache[key] = RoleColours(accent, QColor("#ffffff"), QColor("#000000"))
    return _high_contrast_cache[key]


def themed_ink(colour: QColor, theme: str) -> QColor:
    """Grey text and lines (MUTED_INK, RELATION_LINE) are black in high contrast."""
    return QColor("#000000") if theme == HIGH_CONTRAST else colour


def themed_paper(theme: str) -> QColor:
    return QColor("#ffffff") if theme == HIGH_CONTRAST else PAPER
