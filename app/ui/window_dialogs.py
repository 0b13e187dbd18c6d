"""The main window's dialogs: export, print, shortcuts, about."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME, __version__
from app.model.library import PlateLibrary
from app.model.worksheet import Session
from app.scene.plate_scene import PlateScene
from app.ui.i18n import tr
from app.ui.settings import WindowSettings


def export_plate(
    parent: QWidget,
    library: PlateLibrary,
    scenes: dict[str, PlateScene],
    plate_id: str,
    settings: WindowSettings,
    session: Session,
) -> None:
    from app.ui.export_dialog import ExportDialog

    ExportDialog(library, scenes, plate_id, parent, settings, session=session).exec()


def print_plate(parent: QWidget, scene: PlateScene) -> None:
    from app.ui.printing import print_scene

    print_scene(scene, parent)


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    from app.ui.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(actions, parent).exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("Over Overzichtsplaten"),
        f"{APP_NAME} {__version__}\n\n"
        + tr(
            "De vier overzichtsplaten en de Handreiking bij de Overzichtsplaten van "
            "MBO Digitaal, om te verkennen, te presenteren en mee te werken."
        )
        + "\n\n"
        + tr("Lettertype: Inter (SIL Open Font License)."),
    )


__all__ = ["export_plate", "print_plate", "show_about", "show_shortcuts"]
