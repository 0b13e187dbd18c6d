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
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.model.library import PlateLibrary
from app.model.worksheet import Session
from app.scene.export import PAGE_SIZES, ExportError, export_plate
from app.scene.plate_scene import PlateScene
from app.ui import safe_text
from app.ui.problem_text import problem_text, reason_text
from app.ui.settings import WindowSettings

EXPORTS = "export"


class ExportDialog(QDialog):
    def __init__(
        self,
        library: PlateLibrary,
        scenes: dict[str, PlateScene],
        current_plate: str,
        parent: QWidget | None = None,
        settings: WindowSettings | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Exporteren"))
        self.library = library
        self.session = session
        self.scenes = scenes
        self.plate_box = QComboBox()
        for plate in library.plates:
            self.plate_box.addItem(f"{plate.number}  {plate.title}", plate.id)
        self.plate_box.addItem(self.tr("Alle platen"), "all")
        self.plate_box.setCurrentIndex(max(0, self.plate_box.findData(current_plate)))
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PNG-afbeelding"), "png")
        self.format_box.addItem(self.tr("SVG (tekst blijft tekst)"), "svg")
        self.format_box.addItem(self.tr("PDF (vector, om af te drukken)"), "pdf")
        self.format_box.addItem(
            self.tr("HTML-pagina (interactief, met de toelichting; één bestand)"), "html"
        )
        self.width_box = QSpinBox()
        self.width_box.setRange(200, 20000)
        self.width_box.setSingleStep(400)
        self.width_box.setValue(3200)
        self.width_box.setSuffix(" px")
        self.page_box = QComboBox()
        self.page_box.addItem(self.tr("Zo groot als de plaat"), None)
        for name in PAGE_SIZES:
            self.page_box.addItem(name, name)
        self.answers_box = QComboBox()
        self.answers_box.addItem(self.tr("met antwoorden van de werksessie"), True)
        self.answers_box.addItem(self.tr("zonder antwoorden"), False)
        if session is not None:
            self.answers_box.setToolTip(session.name)
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        start = pictures or str(Path.home())
        if settings is not None:  # the folder exported to last time
            start = settings.dialog_folder(EXPORTS, Path(start))
        self.folder_edit = QLineEdit(start)
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Plaat:"), self.plate_box)
        form.addRow(self.tr("Formaat:"), self.format_box)
        form.addRow(self.tr("Breedte (PNG):"), self.width_box)
        form.addRow(self.tr("Papier (PDF):"), self.page_box)
        form.addRow(self.tr("Antwoorden:"), self.answers_box)
        form.addRow(self.tr("Map:"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        fmt = self.format_box.currentData()
        self.width_box.setEnabled(fmt == "png")
        self.page_box.setEnabled(fmt == "pdf")
        # the HTML page carries the open session's answers; the pictures carry the notes
        self.answers_box.setEnabled(fmt != "html" or self.session is not None)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Kies een map"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _export(self) -> None:
        chosen = self.plate_box.currentData()
        plate_ids = list(self.scenes) if chosen == "all" else [chosen]
        folder = Path(self.folder_edit.text()).expanduser()
        written: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if self.format_box.currentData() == "html":
                from app.scene.html_export import export_html

                plates = (
                    list(self.library.plates)
                    if chosen == "all"
                    else [self.library.plate(plate_id) for plate_id in plate_ids]
                )
                answers = self.session if self.answers_box.currentData() else None
                written.append(str(export_html(self.library, plates, folder, answers)))
                plate_ids = []
            for plate_id in plate_ids:
                path = export_plate(
                    self.scenes[plate_id],
                    folder,
                    self.format_box.currentData(),
                    self.width_box.value(),
                    self.page_box.currentData(),
                    bool(self.answers_box.currentData()),
                )
                written.append(str(path))
        except ExportError as error:
            shown = f"{error.where}: {problem_text(error.problem)}"
            safe_text.warning(self, self.tr("Niet geëxporteerd"), shown)
            return
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            safe_text.warning(self, self.tr("Niet geëxporteerd"), where + reason_text(error))
            return
        if self.settings is not None:
            self.settings.remember_dialog_folder(EXPORTS, folder)
        safe_text.information(
            self, self.tr("Geëxporteerd"), self.tr("Opgeslagen:") + "\n" + "\n".join(written)
        )
        self.accept()
