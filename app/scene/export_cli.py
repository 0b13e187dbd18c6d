"""`overzichtsplaten export`: plates to files with no display (the offscreen platform)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


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
        from app.ui.tour_export import run_tour_export

        failed = run_tour_export(library, plates, folder, args)
        del app
        return 1 if failed or result.problems else 0
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
