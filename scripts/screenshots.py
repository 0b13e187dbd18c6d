"""Make the README's screenshots from the app itself: `python scripts/screenshots.py`.

Renders the start view and plate 2 with Npuls selected, at laptop (1366x768)
and beamer (1920x1080) size, into docs/screenshots/. Run it again whenever
the look changes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.model.history import Place  # noqa: E402
from app.ui.application import build_window, make_application  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZES = {"laptop": (1366, 768), "beamer": (1920, 1080)}


def main() -> int:
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        for name, (width, height) in SIZES.items():
            window = build_window(data)
            window.resize(width, height)
            window.show()
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"start-{name}.png"))
            window.go_to(Place("strategie", "npuls"))
            window.views["strategie"].fit_plate()
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"plaat-2-npuls-{name}.png"))
            window.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
