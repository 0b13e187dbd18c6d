"""Where the app's own shipped files are: in a source checkout, an installed package and a
frozen build. No Qt and no file reading: every layer may ask (the scene for its fonts, io
for the plates).

The plates and resources sit at the top of a checkout, inside the package once installed
(app/plates, app/resources: see pyproject.toml), and under sys._MEIPASS in a PyInstaller
build. User data never goes to any of these.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [PACKAGE_DIR / name, PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def plates_dir() -> Path:
    return _bundled("plates")


def resources_dir() -> Path:
    return _bundled("resources")


def plate_format_doc() -> Path:
    """docs/plate-format.md: for plate authors (installed as app/docs)."""
    return _bundled("docs") / "plate-format.md"
