"""Make the README's screenshots from the app itself: `python scripts/screenshots.py`.

The start view, plate 2 with Npuls selected and plate 4 with a team's
worksheet, at laptop (1366x768) and beamer (1920x1080) size; the example own
plate of docs/plate-format.md in layout mode; and presenting,
on a laptop and a beamer (in a second process with a two-screen layout).
Written to docs/screenshots/; run again whenever the look changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZES = {"laptop": (1366, 768), "beamer": (1920, 1080)}
TWO_SCREENS = REPO / "tests" / "present" / "screens.json"

if "--presenting" in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TWO_SCREENS}"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(REPO))

from app.model.history import Place  # noqa: E402
from app.ui.application import build_window, make_application  # noqa: E402


def settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        app.processEvents()


def example_answers(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.sessions.editor
    editor.set_details("ROC Voorbeeld, team ICT", "2026-11-30", ["Anouk", "Bram"])
    for name, role, programme in (
        ("Sanne de Vries", "i-coach", "npuls"),
        ("Karim", "informatiemanager", "npuls"),
        ("Joost", "teamleider", "edu-v"),
        ("Fatima", "docent", "digitaal-bekwaam"),
        ("Ellen", "IBP manager", "cyberveiligheid"),
    ):
        editor.add_person("programmas", f"collegas/{programme}", name, role)
    editor.set_text("strategie", "optimalisatie", "Roosters en aanwezigheid digitaal")


def windows(app) -> None:  # type: ignore[no-untyped-def]
    for name, (width, height) in SIZES.items():
        data = tempfile.mkdtemp(prefix="overzichtsplaten-shot-")  # a first start, every time
        window = build_window(data)
        window.resize(width, height)
        window.show()
        settle(app)
        window.start_view.draw_all_pictures()
        settle(app)
        window.grab().save(str(OUT / f"start-{name}.png"))
        window.go_to(Place("strategie", "npuls"))
        window.views["strategie"].fit_plate()
        settle(app)
        window.grab().save(str(OUT / f"plaat-2-npuls-{name}.png"))
        example_answers(window)
        window.go_to(Place("programmas"))
        window.views["programmas"].fit_plate()
        window.show_worksheet()
        settle(app)
        window.grab().save(str(OUT / f"werkblad-plaat-4-{name}.png"))
        window.close()


def own_plate(app) -> None:  # type: ignore[no-untyped-def]
    """The example from docs/plate-format.md as an own plate, in layout mode."""
    import re

    data = tempfile.mkdtemp(prefix="overzichtsplaten-shot-")
    folder = Path(data) / "eigen-platen"
    folder.mkdir()
    doc = (REPO / "docs" / "plate-format.md").read_text(encoding="utf-8")
    example = re.findall(r"```yaml\n(.*?)```", doc, flags=re.DOTALL)[0]
    (folder / "onze-school.yaml").write_text(example, encoding="utf-8")
    window = build_window(data)
    window.resize(*SIZES["laptop"])
    window.show()
    settle(app)
    window.go_to(Place("onze-school", "team-scholing"))
    window.commands.layout_mode.setChecked(True)
    window.views["onze-school"].fit_plate()
    settle(app)
    window.grab().save(str(OUT / "eigen-plaat-laptop.png"))
    window.commands.layout_mode.setChecked(False)
    window.close()


def presenting(app, data: str) -> None:  # type: ignore[no-untyped-def]
    window = build_window(data)
    laptop = next(s for s in app.screens() if s.name() == "Laptop")
    window.setGeometry(laptop.availableGeometry())
    window.show()
    example_answers(window)
    window.start_presentation("strategie")
    presentation = window.presentation
    presentation.beamer.go(4)
    presentation.beamer.show_step(animate=False)
    settle(app)
    presentation.beamer.grab().save(str(OUT / "presenteren-beamer.png"))
    presentation.presenter.grab().save(str(OUT / "presenteren-laptop.png"))
    presentation.stop()
    window.close()


def main() -> int:
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        if "--presenting" in sys.argv:
            presenting(app, data)
            return 0
        windows(app)
        own_plate(app)
    subprocess.run([sys.executable, __file__, "--presenting"], check=True)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
