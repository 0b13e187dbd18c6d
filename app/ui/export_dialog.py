"""Bestand > Exporteren: the same choices as `overzichtsplaten export`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.model.library import PlateLibrary
from app.scene.export import PAGE_SIZES, ExportError, export_plate
from app.scene.plate_scene import PlateScene


class ExportDialog(QDialog):
    def __init__(
        self,
        library: PlateLibrary,
        scenes: dict[str, PlateScene],
        current_plate: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporteren"))
        self.scenes = scenes
        self.plate = QComboBox()
        for plate in library.plates:
            self.plate.addItem(f"{plate.number}  {plate.title}", plate.id)
        self.plate.addItem(self.tr("Alle platen"), "all")
        self.plate.setCurrentIndex(max(0, self.plate.findData(current_plate)))
        self.format = QComboBox()
        self.format.addItem(self.tr("PNG-afbeelding"), "png")
        self.format.addItem(self.tr("SVG (tekst blijft tekst)"), "svg")
        self.format.addItem(self.tr("PDF (vector, om af te drukken)"), "pdf")
        self.width = QSpinBox()
        self.width.setRange(200, 20000)
        self.width.setSingleStep(400)
        self.width.setValue(3200)
        self.width.setSuffix(" px")
        self.page = QComboBox()
        self.page.addItem(self.tr("Zo groot als de plaat"), None)
        for name in PAGE_SIZES:
            self.page.addItem(name, name)
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        self.folder = QLineEdit(pictures or str(Path.home()))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Plaat:"), self.plate)
        form.addRow(self.tr("Formaat:"), self.format)
        form.addRow(self.tr("Breedte (PNG):"), self.width)
        form.addRow(self.tr("Papier (PDF):"), self.page)
        form.addRow(self.tr("Map:"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        fmt = self.format.currentData()
        self.width.setEnabled(fmt == "png")
        self.page.setEnabled(fmt == "pdf")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Kies een map"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _export(self) -> None:
        chosen = self.plate.currentData()
        plate_ids = list(self.scenes) if chosen == "all" else [chosen]
        folder = Path(self.folder.text()).expanduser()
        written: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for plate_id in plate_ids:
                path = export_plate(
                    self.scenes[plate_id], folder, self.format.currentData(),
                    self.width.value(), self.page.currentData(),
                )
                written.append(str(path))
        except (ExportError, OSError) as error:
            QMessageBox.warning(self, self.tr("Niet geëxporteerd"), str(error))
            return
        QMessageBox.information(
            self, self.tr("Geëxporteerd"), self.tr("Opgeslagen:") + "\n" + "\n".join(written)
        )
        self.accept()
