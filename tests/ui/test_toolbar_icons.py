"""The toolbar's back, forward and start page icons: drawn by the app, in the theme's ink."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from app.ui.toolbar_icons import glyph_icon


def ink_and_clear(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> tuple[set[str], int]:
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    inked = set()
    clear = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 0:
                clear += 1
            elif colour.alpha() == 255:
                inked.add(colour.name())
    return inked, clear


def test_each_glyph_is_ink_on_a_clear_ground(qapp) -> None:
    ink = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    for glyph in ("back", "forward", "start"):
        inked, clear = ink_and_clear(glyph_icon(glyph))
        assert inked == {ink}, glyph  # one colour where it is drawn, nothing left over
        assert 0.3 * 32 * 32 < clear < 0.9 * 32 * 32, glyph  # a shape, not a blank or block


def test_back_and_forward_point_opposite_ways(qapp) -> None:
    def left_heavy(glyph: str) -> bool:
        image = glyph_icon(glyph).pixmap(QSize(32, 32)).toImage()
        left = sum(image.pixelColor(x, 16).alpha() for x in range(16))
        right = sum(image.pixelColor(x, 16).alpha() for x in range(16, 32))
        # the head is the full height: at the middle row both halves are inked, so compare
        # a row near the top, where only the head reaches
        top_left = sum(image.pixelColor(x, 7).alpha() for x in range(16))
        top_right = sum(image.pixelColor(x, 7).alpha() for x in range(16, 32))
        assert left and right
        return top_left > top_right

    assert left_heavy("back")
    assert not left_heavy("forward")


def test_a_disabled_command_has_a_paler_glyph(qapp) -> None:
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert normal != disabled  # the style has a disabled colour (Fusion, and the app's)
    inked, _ = ink_and_clear(glyph_icon("back"), QIcon.Mode.Disabled)
    assert inked == {disabled.name()}
