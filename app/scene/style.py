"""The plates' design system: one type scale, one spacing grid, one colour per meaning.

Every plate is drawn from these tokens and nothing else, so the four plates
read as one designed set.

- **Type**: six sizes, each for one role (`TYPE_SCALE`); no text is ever made
  smaller to fit its box. A box that is too small for its text grows instead,
  and the shipped plates are laid out so none has to.
- **Space**: positions and gaps are multiples of `GRID` plate units; the
  padding inside a box is `PAD`.
- **Colour**: one accent per meaning (`Role`), no two meanings alike; fills are
  pale tints of the same hue so text keeps a high contrast on a laptop, a
  washed-out beamer and paper alike. Where a plate uses colour to carry a
  meaning, its legend names it; every element also carries its own label.

A palette is a set of tokens chosen by theme name (`palette("standaard")`);
another palette (for instance a high-contrast one) is added with
`register_palette` and switched on with `use_palette` before a scene is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.io.paths import resources_dir
from app.model.plate import Role
from app.model.translatable import QT_TRANSLATE_NOOP  # marks for lupdate; role_name translates

FONT_FAMILY = "Inter"
# What an SVG names after the embedded outlines' family, for a program that
# shows the text itself (a search, a screen reader, a copy).
GENERIC_FALLBACK = "Inter, 'Helvetica Neue', Arial, sans-serif"
_loaded_family: str | None = None

# --- type scale: six sizes by role, in plate units (a plate is 1600 units wide;
# on A0 paper one unit is 0.74 mm, so body text prints at about 12 mm cap-to-descender)
TITLE_SIZE = 38.0  # the plate's title
HEADING_SIZE = 22.0  # a region's heading, the ring's word
CARD_TITLE_SIZE = 19.0  # a card's, point's or badge's title
BODY_SIZE = 16.0  # running text, the tips, the plate's header lines
LABEL_SIZE = 13.0  # the kicker above the title, the legend, tags
SMALL_SIZE = 11.0  # small print
TYPE_SCALE = {
    "title": TITLE_SIZE,
    "heading": HEADING_SIZE,
    "card-title": CARD_TITLE_SIZE,
    "body": BODY_SIZE,
    "label": LABEL_SIZE,
    "small": SMALL_SIZE,
}
# older names, kept for the modules that use them
REGION_LABEL_SIZE = HEADING_SIZE
CARD_LABEL_SIZE = CARD_TITLE_SIZE
POINT_SIZE = CARD_TITLE_SIZE
LINE_HEIGHT = 1.3  # of the font size, for bars drawn in place of text

# --- spacing grid ---------------------------------------------------------------
GRID = 4.0  # every position and gap is a multiple of this
PAD = 12.0  # inside a box, between its edge and its text
GAP = 8.0  # between a title and its body; between sibling boxes (2 x GAP between groups)
HEADER_HEIGHT = 120.0  # the plate's title block; content starts below it


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

_PALETTES: dict[str, Palette] = {"standaard": STANDARD}
_active = STANDARD


def palette(theme: str | None = None) -> Palette:
    """The palette of a theme by name ("standaard"), or the one in use."""
    return _active if theme is None else _PALETTES[theme]


def register_palette(theme: str, tokens: Palette) -> None:
    _PALETTES[theme] = tokens


def use_palette(theme: str) -> Palette:
    """Draw scenes built from now on with this theme's colours."""
    global _active, PAPER, INK, MUTED_INK, SELECTION, RELATED, RELATION_LINE, ROLE_COLOURS
    _active = _PALETTES[theme]
    PAPER, INK, MUTED_INK = _active.paper, _active.ink, _active.muted_ink
    SELECTION, RELATED, RELATION_LINE = _active.selection, _active.related, _active.relation_line
    ROLE_COLOURS = _active.roles
    return _active


def themes() -> list[str]:
    return list(_PALETTES)


# module-level tokens of the palette in use (read at paint time)
ROLE_COLOURS: dict[Role, RoleColours] = STANDARD.roles
PAPER = STANDARD.paper
INK = STANDARD.ink
MUTED_INK = STANDARD.muted_ink
SELECTION = STANDARD.selection
RELATED = STANDARD.related
RELATION_LINE = STANDARD.relation_line

# What each colour means, for the legend (the app's own words, translatable).
ROLE_NAMES: dict[Role, str] = {
    Role.FOUNDATION: QT_TRANSLATE_NOOP("Legend", "basis"),
    Role.ROUTE: QT_TRANSLATE_NOOP("Legend", "route"),
    Role.GOAL: QT_TRANSLATE_NOOP("Legend", "doel"),
    Role.DOMAIN: QT_TRANSLATE_NOOP("Legend", "domein"),
    Role.SCHOOL: QT_TRANSLATE_NOOP("Legend", "school (onderwijsorganisatie)"),
    Role.TEACHER: QT_TRANSLATE_NOOP("Legend", "docent (onderwijs)"),
    Role.STUDENT: QT_TRANSLATE_NOOP("Legend", "student (in het onderwijs)"),
    Role.OPTIMISATION: QT_TRANSLATE_NOOP("Legend", "optimalisatie"),
    Role.TRANSFORMATION: QT_TRANSLATE_NOOP("Legend", "digitale transformatie"),
    Role.PROGRAMME: QT_TRANSLATE_NOOP("Legend", "programma"),
    Role.CONDITION: QT_TRANSLATE_NOOP("Legend", "basisvoorwaarde"),
    Role.COLLECTIVE: QT_TRANSLATE_NOOP("Legend", "landelijk collectief"),
    Role.INDIVIDUAL: QT_TRANSLATE_NOOP("Legend", "mbo-scholen individueel"),
    Role.FACTOR: QT_TRANSLATE_NOOP("Legend", "succesfactor"),
    Role.CONTEXT: QT_TRANSLATE_NOOP("Legend", "overig"),
    Role.THEME: QT_TRANSLATE_NOOP("Legend", "thema"),
}
# meanings that colour does not carry (no entry in the legend)
UNCOLOURED_MEANINGS = frozenset({Role.CONTEXT, Role.THEME, Role.DOMAIN})


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Legend", ROLE_NAMES[role])


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
    # Inter's contextual alternates swap the hyphen between figures ("2022-2030")
    # for a raised glyph that has no character of its own: a PDF's text layer
    # then reads "2022 2030". The plain hyphen keeps the text what it says.
    result.setFeature(_CALT, 0)
    return result


_CALT = QFont.Tag("calt")


# --- the plate per window theme -----------------------------------------------------------
# Kept apart from the tokens above: a theme is a function of them. The standard palette
# draws the poster as it is; "hoog-contrast" draws it black on white, each role's hue
# darkened for its edges and bands, so that high contrast changes the plate too. A scene
# switches live (SceneLook.theme, read at paint time through `themed`); the palette is
# also registered, for whatever is built with `use_palette("hoog-contrast")`.
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


register_palette(
    HIGH_CONTRAST,
    Palette(
        roles={role: themed(c, HIGH_CONTRAST) for role, c in STANDARD.roles.items()},
        paper=QColor("#ffffff"),
        ink=QColor("#000000"),
        muted_ink=QColor("#000000"),
        selection=STANDARD.selection,
        related=STANDARD.related,
        relation_line=QColor("#000000"),
        tip_fill=QColor("#ffffff"),
    ),
)
