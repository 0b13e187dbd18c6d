"""F1: every command with its shortcut, in one table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from app.ui.view_accessibility import ItemViewParts

# marked for lupdate here, translated when shown (self.tr)
EXTRA = [
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Klikken"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Onderdeel kiezen en de toelichting lezen"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Dubbelklikken / Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inzoomen op het onderdeel"),
    ),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Keuze opheffen")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Muiswiel / knijpen"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoomen rond de muis"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pijltjes (met een onderdeel gekozen), Tab"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Naar het volgende of vorige onderdeel"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Slepen / Shift+pijltjes"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "De plaat verschuiven"),
    ),
    ("F6", QT_TRANSLATE_NOOP("ShortcutsDialog", "Toetsenbord tussen plaat en zijpaneel")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Muisknop terug / vooruit"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Terug en vooruit"),
    ),
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
        rows += [(self.tr(str(keys)), self.tr(str(what))) for keys, what in EXTRA]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Sneltoetsen"))  # the dialog's first focus stop
        table.setTabKeyNavigation(False)  # Tab goes on to the Close button
        ItemViewParts(table)  # one FOCUSED: the current cell, not the table as well
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
