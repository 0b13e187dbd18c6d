"""Run by test_real_keyboards.py in an X server of its own: real key presses (xdotool,
through the X server's keymap) on the US, Dutch and German layouts; prints one line per
press: layout, keys, what it did."""

from __future__ import annotations

import subprocess
import tempfile

from PySide6.QtCore import QTimer

from app.model.history import Place
from app.ui.application import build_window, make_application

PRESSES = {  # layout: [(xdotool keys by the layout's own key names, expected)]
    "us": [
        ("ctrl+equal", "zoom+"),
        ("ctrl+shift+equal", "zoom+"),
        ("ctrl+minus", "zoom-"),
        ("ctrl+shift+minus", "text-"),
        ("ctrl+shift+KP_Add", "text+"),
    ],
    "nl": [
        ("ctrl+plus", "zoom+"),
        ("ctrl+shift+plus", "text+"),
        ("ctrl+minus", "zoom-"),
        ("ctrl+shift+minus", "text-"),
    ],
    "de": [
        ("ctrl+plus", "zoom+"),
        ("ctrl+shift+plus", "text+"),
        ("ctrl+minus", "zoom-"),
        ("ctrl+shift+minus", "text-"),
    ],
}


def main() -> None:
    app = make_application()
    window = build_window(tempfile.mkdtemp())
    window.show()
    window.activateWindow()
    window.go_to(Place("strategie"))
    view = window.views["strategie"]
    steps: list[tuple[str, str, str]] = [
        (layout, keys, expected) for layout, items in PRESSES.items() for keys, expected in items
    ]

    def state() -> tuple[float, float]:
        return view.scale_factor(), window.panel.point_size

    def press(index: int) -> None:
        if index >= len(steps):
            app.quit()
            return
        layout, keys, expected = steps[index]
        subprocess.run(["setxkbmap", layout], check=True)
        view.fit_plate()
        window.activateWindow()
        view.setFocus()

        def send() -> None:
            before = state()
            subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)

            def look() -> None:
                after = state()
                did = (
                    "zoom+" if after[0] > before[0] * 1.01
                    else "zoom-" if after[0] < before[0] * 0.99
                    else "text+" if after[1] > before[1]
                    else "text-" if after[1] < before[1]
                    else "nothing"
                )  # fmt: skip
                print(f"{layout} {keys} expected={expected} did={did}", flush=True)
                press(index + 1)

            QTimer.singleShot(500, look)

        QTimer.singleShot(300, send)

    QTimer.singleShot(1000, lambda: press(0))
    QTimer.singleShot(60_000, app.quit)  # never hang
    app.exec()
    window.close()


if __name__ == "__main__":
    main()
