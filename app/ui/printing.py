"""Bestand > Afdrukken: the plate fitted on the printer's paper, landscape."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.scene.export import paint_on_pages
from app.scene.plate_scene import PlateScene


def print_scene(scene: PlateScene, parent: QWidget) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(scene.plate.title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    paint_on_pages(scene, printer, painter)
    painter.end()
    return True
