"""`overzichtsplaten export`: plates to files with no display (the offscreen platform)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.model.library import PlateLibrary
    from app.model.plate import Plate
    from app.model.worksheet import Session


def run_export(args: argparse.Namespace) -> int:
    # No window is shown, so no display is needed: pick the offscreen platform
    # unless the caller chose one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.io.library_loader import load_library
    from app.scene.export import ExportError, export_plate
    from app.scene.plate_scene import PlateScene

    app = QApplication.instance() or QApplication(["overzichtsplaten"])
    from app.io.paths import plate_files_in

    plates_dir = getattr(args, "plates_dir", None)
    result = load_library(own_files=plate_files_in(Path(plates_dir)) if plates_dir else ())
    for problem in result.problems:
        print(problem, file=sys.stderr)
    library = result.library
    if args.plate == "all":
        plates = list(library.plates)
    else:
        try:
            plates = [library.plate(args.plate)]
        except KeyError:
            known = ", ".join(f"{p.number} ({p.id})" for p in library.plates)
            print(f"Onbekende plaat '{args.plate}'. Bekend: {known}", file=sys.stderr)
            return 2
    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"{folder}: map kan niet worden gemaakt: {error.strerror}", file=sys.stderr)
        return 1
    if getattr(args, "tour", False):
        from app.ui.present.tour_export import run_tour_export

        failed = run_tour_export(library, plates, folder, args)
        del app
        return 1 if failed or result.problems else 0
    if args.format == "html":
        return _export_html(library, plates, folder, getattr(args, "session", None)) or (
            1 if result.problems else 0
        )
    if getattr(args, "session", None):
        print("--session hoort bij --format html of --tour", file=sys.stderr)
        return 2
    failed = False
    width = args.width if args.width is not None else 3200
    for plate in plates:
        scene = PlateScene(plate, library.graphs[plate.id])
        try:
            path = export_plate(scene, folder, args.format, width, args.page)
            print(path)
        except ExportError as error:
            print(error, file=sys.stderr)
            failed = True
    del app
    return 1 if failed or result.problems else 0


def read_session_file(path: Path) -> Session:
    """A session file someone mailed: a bounded read of one regular file (app/io/safe_read)."""
    from app.io.safe_read import UnsafeFileError, read_regular_file
    from app.io.session_format import MAX_SESSION_BYTES, SessionFormatError, session_from_bytes

    try:
        return session_from_bytes(read_regular_file(path, MAX_SESSION_BYTES))
    except UnsafeFileError as error:
        raise SessionFileError(str(error)) from None
    except SessionFormatError as error:
        raise SessionFileError(f"{path}: {error}") from None


class SessionFileError(Exception):
    """A --session file that cannot be used; the message names it, in Dutch."""


def _export_html(
    library: PlateLibrary, plates: list[Plate], folder: Path, session_path: str | None
) -> int:
    from app.scene.export import ExportError
    from app.scene.html_export import export_html

    session = None
    if session_path:
        try:
            session = read_session_file(Path(session_path))
        except SessionFileError as error:
            print(error, file=sys.stderr)
            return 1
    try:
        print(export_html(library, plates, folder, session))
    except ExportError as error:
        print(error, file=sys.stderr)
        return 1
    return 0
