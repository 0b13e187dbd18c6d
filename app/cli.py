"""Command line: `overzichtsplaten [check|export|open FILE]`. The QApplication is made in
one place, app/ui/application.py's `make_application`, for the window and for `export`
(app/export_command.py) alike; tests/test_layers.py keeps it so. A session file named on
its own (`overzichtsplaten team.werksessie`, as Windows' file association and a
double-click start it) is opened as `open FILE`."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from app import __version__


def _check(files: list[str], plates_dir: str | None) -> int:
    """Check the given files (or the shipped plates and --plates-dir) with the shipped
    plates as context, so links from an own plate to the four resolve."""
    from app.io.library_loader import load_library
    from app.io.paths import plate_files_in

    own = [Path(f) for f in files]
    if plates_dir:
        own += plate_files_in(Path(plates_dir))
    result = load_library(own_files=own, chapters=[] if files else None)
    for problem in result.problems:
        print(problem)
    # the shipped plates are context when files are named; count what was asked for
    plates = len(files) if files else len(result.library.plates)
    if result.ok:
        print("1 plaat in orde." if plates == 1 else f"{plates} platen in orde.")
        return 0
    count = len(result.problems)
    print("1 probleem gevonden." if count == 1 else f"{count} problemen gevonden.")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="overzichtsplaten",
        description="De overzichtsplaten van MBO Digitaal: verkennen, presenteren, werken.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="map voor werkbladen en instellingen (draagbaar gebruik)"
    )
    parser.add_argument(
        "--plates-dir", help="map met eigen platen (standaard: eigen-platen in de datamap)"
    )
    parser.add_argument(
        "--lang", choices=["nl", "en"], help="taal van de vensters / interface language"
    )
    parser.add_argument("--present", action="store_true", help="meteen presenteren (beamer)")
    parser.add_argument("--plate", dest="present_plate", help="met --present: nummer of id")
    parser.add_argument("--screen", help="met --present: schermnummer (1 = links) of naam")
    commands = parser.add_subparsers(dest="command")
    check = commands.add_parser("check", help="controleer plaatbestanden")
    check.add_argument("files", nargs="*", help="plaatbestanden (standaard: de meegeleverde)")
    export = commands.add_parser("export", help="exporteer platen als PNG, SVG, PDF of HTML")
    export.add_argument("--plate", default="all", help="nummer, id of 'all'")
    export.add_argument("--format", choices=["png", "svg", "pdf", "html"], default="png")
    export.add_argument("--out", default=".", help="doelmap")
    export.add_argument(
        "--width", type=int, help="breedte in pixels (PNG: 3200; rondleiding: 1920)"
    )
    export.add_argument(
        "--tour",
        action="store_true",
        help="elke stap van de rondleiding zoals de beamer hem toont (PNG per stap of één PDF)",
    )
    export.add_argument("--height", type=int, default=1080, help="met --tour: schermhoogte")
    export.add_argument(
        "--session",
        help="werksessiebestand waarvan de antwoorden meekomen (met --tour of --format html)",
    )
    export.add_argument(
        "--page", choices=["A0", "A1", "A2", "A3", "A4"], help="papierformaat (PDF)"
    )
    opening = commands.add_parser("open", help="open een werksessie-bestand in het venster")
    opening.add_argument("session_file", help="werksessie (.werksessie of .json)")
    return parser


COMMANDS = ("check", "export", "open")
SESSION_SUFFIXES = (".werksessie", ".json")


def with_open_command(argv: Sequence[str]) -> list[str]:
    """`overzichtsplaten FILE.werksessie` (a double-click) means `overzichtsplaten open FILE`."""
    args = list(argv)
    if (
        args
        and args[-1].lower().endswith(SESSION_SUFFIXES)
        and not args[-1].startswith("-")
        and not any(arg in COMMANDS for arg in args)
    ):
        return [*args[:-1], "open", args[-1]]
    return args


# The Qt-free core, imported before anything imports PySide6: what the first paint of
# the plate needs (its records from the parsed cache, the navigator, the guide's text).
# PySide6 looks at every module imported after it (PYSIDE-2029: it reads the module's
# source to see whether it mentions PySide6); app.model/app.io never do, and imported
# first they are not read. The other Qt-free modules (the session store and format, the
# worksheet model, search, networkx) come later, imported inside `plain_imports()`
# (app.plain_import) as the window's own modules are: they cost start-up time only if
# they are imported before the first paint. PyYAML only when a plate is not in the
# parsed cache.
CORE_MODULES = (
    "app.plain_import",  # keeps the plain import, for what is imported after PySide6
    "app.io.library_loader",  # the plates' records (PyYAML and networkx come later)
    "app.model.guide_text",
    "app.model.history",
    "app.model.navigator",
    "app.model.plate_records",
    "app.model.safe_markup",  # the renderer every text goes through
)


def load_core() -> None:
    for name in CORE_MODULES:
        importlib.import_module(name)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(with_open_command(sys.argv[1:] if argv is None else argv))
    if args.command == "check":
        return _check(args.files, args.plates_dir)
    if args.command == "export":
        load_core()
        from app.export_command import run_export

        return run_export(args)
    # Start-up makes many objects and no garbage; the collector would walk them all
    # again and again while the modules load. Once the window shows, run_app moves what
    # start-up made out of its way (gc.freeze) and collects on the GUI thread only.
    from app.xcb_libraries import check_before_start

    if not check_before_start():  # Qt would abort, naming only the first one missing
        return 1
    gc.disable()
    load_core()
    return load_window_modules().run_app(args)


def load_window_modules() -> ModuleType:
    """The window's modules, without PySide6's import hook reading each one's source
    (PYSIDE-2029: it looks for `from __feature__ import`, which the app never uses).
    PySide6's own modules are imported first, with the hook, as PySide6 expects."""
    import PySide6.QtWidgets  # noqa: F401 - with QtCore and QtGui, through the hook

    from app.plain_import import plain_imports

    with plain_imports():
        from app.ui import application
    return application
