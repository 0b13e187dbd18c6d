"""Run the real program (`app.cli.main`, as `python -m app` does) for a moment, then close it.

For tests that watch the whole program from outside (strace): after the window is
built it opens each file named in $OVERZICHTSPLATEN_TEST_IMPORT (separated by
os.pathsep) with Werksessie > Openen uit bestand, types one answer and closes the
window. Message boxes answer by themselves (No / Cancel) and print what they said.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    from app import cli

    cli.load_core()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.ui import application

    def say(*args, **_kwargs):  # type: ignore[no-untyped-def]
        print("dialog:", " | ".join(str(a) for a in args[1:3]).replace("\n", " "))
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(say))
    QMessageBox.exec = lambda self: say(None, self.windowTitle(), self.text()) and 0  # type: ignore[method-assign]
    QMessageBox.clickedButton = lambda self: None  # type: ignore[method-assign]
    to_import = [
        p for p in os.environ.get("OVERZICHTSPLATEN_TEST_IMPORT", "").split(os.pathsep) if p
    ]
    build = application.build_window

    def build_and_schedule(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = build(*args, **kwargs)

        def work() -> None:
            menu = window.session_menu
            for path in to_import:
                QFileDialog.getOpenFileName = staticmethod(lambda *a, p=path, **k: (p, ""))  # type: ignore[method-assign]
                menu.import_file()
            window.sessions.editor.set_text("strategie", "innovatie", "getypt onder strace")
            print("sessions:", len(menu.store.sessions()), "open:", window.sessions.session.id)
            window.close()

        QTimer.singleShot(0, work)
        return window

    application.build_window = build_and_schedule
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
