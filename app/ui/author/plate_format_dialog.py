"""Help > Eigen platen maken: docs/plate-format.md, read inside the app."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.io.paths import plate_format_doc
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr
from app.ui.problem_text import reason_text

ENGLISH_HEADING = "## In English"


def in_window_language(markdown: str) -> str:
    """The page is Dutch with a short English section at the end: a Dutch window leaves
    that out; an English window shows it first, under the page's title."""
    dutch, _, english = markdown.partition(ENGLISH_HEADING)
    if not english or QLocale().language() != QLocale.Language.English:
        return dutch.rstrip() + "\n"
    title, _, rest = dutch.partition("\n")
    return f"{title}\n\n*{english.strip()}*\n\n{rest.strip()}\n"


class PlateFormatDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Eigen platen maken"))
        self.setObjectName("plateFormatDialog")
        self.resize(820, 680)
        self.reader = GuidePanel(self)
        path = plate_format_doc()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            heading = tr("Eigen platen maken")
            text = f"# {heading}\n\n{path}: {reason_text(error)}"
        self.reader.show_markdown(in_window_language(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.folder_button = buttons.addButton(
            tr("Map met eigen platen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.reader, 1)
        layout.addWidget(buttons)
