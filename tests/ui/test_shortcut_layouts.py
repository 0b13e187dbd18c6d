"""Every shortcut does one thing on a US, Dutch and German keyboard (issue 22, point 2).

Qt matches a key press against every key combination the keyboard could mean by it
(`possibleKeyCombinations` in qxkbcommon.cpp, the same in qwindowskeymapper.cpp):
Ctrl+Shift with the = key of a US keyboard is both "Ctrl+Shift+=" and "Ctrl++". When
two commands match one press, Qt does neither ("Ambiguous shortcut overload"). The
layouts below are the relevant keys of xkb's us, nl and de symbols (Windows has the same
keys); `possible` follows Qt's algorithm for them.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from app.model.history import Place
from app.ui.main_window import MainWindow
from app.ui.settings import WindowSettings
from tests.conftest import show_active

Mod = Qt.KeyboardModifier
CTRL, SHIFT, ALT = Mod.ControlModifier, Mod.ShiftModifier, Mod.AltModifier

# physical key -> (unshifted, shifted) character
DIGITS = {f"AE0{n}": str(n) for n in range(1, 10)}
LAYOUTS: dict[str, dict[str, tuple[str, str]]] = {
    "us": {
        **{k: (v, "!@#$%^&*("[int(v) - 1]) for k, v in DIGITS.items()},
        "AE10": ("0", ")"),
        "AE11": ("-", "_"),
        "AE12": ("=", "+"),
        "AD11": ("[", "{"),
        "AD12": ("]", "}"),
        "AC10": (";", ":"),
        "AC11": ("'", '"'),
        "AB08": (",", "<"),
        "AB09": (".", ">"),
        "AB10": ("/", "?"),
        "TLDE": ("`", "~"),
    },
    "nl": {
        **{k: (v, '!"#$%&_()'[int(v) - 1]) for k, v in DIGITS.items()},
        "AE10": ("0", "'"),
        "AE11": ("/", "?"),
        "AE12": ("°", "~"),
        "AD12": ("*", "|"),
        "AC10": ("+", "±"),
        "AB08": (",", ";"),
        "AB09": (".", ":"),
        "AB10": ("-", "="),
        "TLDE": ("@", "§"),
    },
    "de": {
        **{k: (v, '!"§$%&/()'[int(v) - 1]) for k, v in DIGITS.items()},
        "AE10": ("0", "="),
        "AE11": ("ß", "?"),
        "AD12": ("+", "*"),
        "AC11": ("ä", "Ä"),
        "BKSL": ("#", "'"),
        "AB08": (",", ";"),
        "AB09": (".", ":"),
        "AB10": ("-", "_"),
        "TLDE": ("^", "°"),
    },
}
PLUS_KEY = {"us": "AE12", "nl": "AC10", "de": "AD12"}  # where + is (shifted on us)
MINUS_KEY = {"us": "AE11", "nl": "AB10", "de": "AB10"}
FUNCTION_KEYS = [getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)]
MODIFIER_SETS = [Mod.NoModifier, SHIFT, CTRL, CTRL | SHIFT, ALT, ALT | SHIFT, CTRL | ALT]
# the order Qt tries the modifiers in (ModsTbl)
MODS_TABLE = [Mod.NoModifier, SHIFT, CTRL, CTRL | SHIFT, ALT, ALT | SHIFT, ALT | CTRL]


def qt_key(char: str) -> Qt.Key:
    upper = char.upper()
    return Qt.Key(ord(upper if len(upper) == 1 else char))


def possible(layout: str, key: str, modifiers: Mod) -> list[QKeyCombination]:
    """What Qt matches shortcuts against for this press (qxkbcommon.cpp)."""
    levels = LAYOUTS[layout][key]
    base = qt_key(levels[0])
    result = [QKeyCombination(modifiers, base)]
    for needed in MODS_TABLE[1:]:
        if (modifiers & needed) != needed:
            continue
        char = levels[1] if needed & SHIFT else levels[0]
        key_code = qt_key(char)
        if key_code == base:
            continue
        rest = Mod(modifiers & ~needed)
        if any(c.key() == key_code and (c.keyboardModifiers() & rest) == rest for c in result):
            continue
        result.append(QKeyCombination(rest, key_code))
    return result


def shortcuts(window: MainWindow) -> dict[QKeyCombination, set[str]]:
    """Every window-wide key combination and what it does (by the command's text)."""
    found: dict[QKeyCombination, set[str]] = {}
    contexts = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    items: list[tuple[str, list[QKeySequence]]] = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() in contexts:
            items.append((action.text() or action.objectName(), action.shortcuts()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in contexts:
            items.append((shortcut.objectName() or repr(shortcut), shortcut.keys()))
    for name, sequences in items:
        for sequence in sequences:
            if sequence.count() == 1:
                found.setdefault(sequence[0], set()).add(name.replace("&", ""))
    return found


@pytest.fixture
def window(qtbot, library, tmp_path):  # type: ignore[no-untyped-def]
    made = MainWindow(library, WindowSettings(tmp_path))
    qtbot.addWidget(made)
    show_active(qtbot, made)
    yield made
    made.sessions.close()


def does(table: dict[QKeyCombination, set[str]], combos: list[QKeyCombination]) -> set[str]:
    return set().union(*(table.get(c, set()) for c in combos))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_no_key_press_means_two_commands(window, layout: str) -> None:
    table = shortcuts(window)
    clashes = []
    for key in LAYOUTS[layout]:
        for modifiers in MODIFIER_SETS:
            commands = does(table, possible(layout, key, modifiers))
            if len(commands) > 1:
                clashes.append((key, modifiers, sorted(commands)))
    for function_key in FUNCTION_KEYS:  # the same on every layout
        for modifiers in MODIFIER_SETS:
            commands = table.get(QKeyCombination(modifiers, function_key), set())
            if len(commands) > 1:
                clashes.append((function_key, modifiers, sorted(commands)))
    assert not clashes


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="models xkbcommon's key matching (X11/Wayland); Windows matches keys through its "
    "own key mapper, which only a real Windows keyboard can confirm",
)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_ctrl_plus_zooms_and_ctrl_shift_minus_makes_the_text_smaller(window, layout: str) -> None:
    table = shortcuts(window)
    plus, minus = PLUS_KEY[layout], MINUS_KEY[layout]
    plus_shifted = layout == "us"  # + is Shift with the = key there
    assert does(table, possible(layout, plus, CTRL | SHIFT if plus_shifted else CTRL)) == {
        "Inzoomen"
    }
    assert does(table, possible(layout, minus, CTRL)) == {"Uitzoomen"}
    assert does(table, possible(layout, minus, CTRL | SHIFT)) == {"Tekst kleiner"}
    if not plus_shifted:
        assert does(table, possible(layout, plus, CTRL | SHIFT)) == {"Tekst groter"}


def test_the_keys_work_as_pressed(qtbot, window) -> None:
    """Offscreen, Qt matches only the reported key (no keyboard layout): the presses whose
    reported key is the same on every layout."""
    window.go_to(Place("strategie"))
    view = window.views["strategie"]
    view.fit_plate()
    target = QApplication.focusWidget()
    scale = view.scale_factor()
    for key, modifiers in (
        (Qt.Key.Key_Plus, CTRL),  # Dutch and German: the + key
        (Qt.Key.Key_Equal, CTRL),  # US: the = key without Shift (not a shortcut)
        (Qt.Key.Key_Plus, CTRL | Mod.KeypadModifier),  # the number pad
    ):
        qtbot.keyClick(target, key, modifiers)
        qtbot.waitUntil(lambda s=scale: view.scale_factor() > s * 1.05)
        view.fit_plate()  # ends the animation where it would end
        qtbot.waitUntil(lambda: not view.is_animating())
        scale = view.scale_factor()
    qtbot.keyClick(target, Qt.Key.Key_Minus, CTRL)
    qtbot.waitUntil(lambda s=scale: view.scale_factor() < s)
