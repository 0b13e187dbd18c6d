"""Before the window on Linux: are the X11 libraries Qt's xcb platform needs there?

Without them Qt aborts (rc 134) naming only the first missing one ("xcb-cursor0 or
libxcb-cursor0 is needed"); a plain Debian desktop lacks three. This looks them all up
first (each a `dlopen` of a library Qt loads a moment later anyway, so it costs next
to nothing) and says which are missing, with the packages for Debian/Ubuntu and Fedora.
No Qt here: it runs before PySide6 is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

# the xcb plugin's libraries from outside Qt (ldd libqxcb.so), with their packages
NEEDED: dict[str, tuple[str, str]] = {  # soname: (Debian/Ubuntu, Fedora)
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
}


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Will Qt try the X11 (xcb) platform first? Only on Linux."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    # Qt 6 on Linux: Wayland in a Wayland session, else X11
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def _bundled_dirs() -> list[Path]:
    """A frozen build may carry some of them beside the program."""
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return []
    return [Path(base), Path(base) / "PySide6" / "Qt" / "lib"]


def missing_libraries(needed: dict[str, tuple[str, str]] = NEEDED) -> list[str]:
    missing = []
    bundled = _bundled_dirs()
    for soname in needed:
        if any((folder / soname).exists() for folder in bundled):
            continue
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def message(missing: list[str]) -> str:
    debian = sorted({NEEDED[s][0] for s in missing if s in NEEDED})
    fedora = sorted({NEEDED[s][1] for s in missing if s in NEEDED})
    return "\n".join(
        [
            "Overzichtsplaten kan het venster niet openen: deze bibliotheken voor X11 "
            "ontbreken / these X11 libraries are missing:",
            *(f"  {soname}" for soname in missing),
            "Installeer ze / install them:",
            "  Debian, Ubuntu: sudo apt install " + " ".join(debian),
            "  Fedora:         sudo dnf install " + " ".join(fedora),
        ]
    )


def check_before_start() -> bool:
    """True when the window can start; else the missing libraries are printed."""
    if not uses_xcb():
        return True
    missing = missing_libraries()
    if missing:
        print(message(missing), file=sys.stderr)
        return False
    return True
