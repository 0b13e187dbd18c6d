"""F1: every command with its shortcut, in one table."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EXTRA = [
    ("Klikken", "Onderdeel kiezen en de toelichting lezen"),
    ("Dubbelklikken / Enter", "Inzoomen op het onderdeel"),
    ("Esc", "Keuze opheffen"),
    ("Muiswiel / knijpen", "Zoomen rond de muis"),
    ("Slepen / pijltjestoetsen", "De plaat verschuiven"),
    ("Muisknop terug / vooruit", "Terug en vooruit"),
]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        rows = [
            (
                ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()
                ),
                a.text().replace("&", ""),
            )
            for a in actions
            if a.shortcuts()
        ]
        rows += [(keys, self.tr(what)) for keys, what in EXTRA]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat het doet")])
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 620)
