"""The start view: the four plates as large pictures, the guide's chapters beside them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.library import PlateLibrary
from app.scene.export import render_image
from app.scene.plate_scene import PlateScene
from app.scene.style import load_fonts
from app.ui.guide_panel import GuidePanel

THUMB_WIDTH = 560


class PlateCard(QToolButton):
    def __init__(
        self, number: int, title: str, pixmap: QPixmap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"plateCard{number}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(QIcon(pixmap))
        self.setText(f"{number}  {title}")
        self.setToolTip(self.tr("Open overzichtsplaat %1 (Ctrl+%1)").replace("%1", str(number)))
        self.setAccessibleName(f"Overzichtsplaat {number}: {title}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._pixmap = pixmap

    def fit_icon(self, width: int) -> None:
        height = round(width * self._pixmap.height() / max(1, self._pixmap.width()))
        self.setIconSize(QSize(width, height))


class StartView(QWidget):
    plate_chosen = Signal(str)

    def __init__(
        self,
        library: PlateLibrary,
        scenes: dict[str, PlateScene],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startView")
        self.library = library
        self.cards: list[PlateCard] = []

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(18)
        for index, plate in enumerate(library.plates):
            # the window's own scene for the plate: built once, drawn here as a picture
            pixmap = QPixmap.fromImage(render_image(scenes[plate.id], THUMB_WIDTH))
            card = PlateCard(plate.number, plate.title, pixmap)
            card.clicked.connect(lambda _=False, pid=plate.id: self.plate_chosen.emit(pid))
            grid.addWidget(card, index // 2, index % 2)
            self.cards.append(card)

        heading = QLabel(self.tr("Handreiking bij de Overzichtsplaten"))
        heading.setObjectName("startHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(load_fonts())
        heading_font.setPointSizeF(20)
        heading_font.setWeight(QFont.Weight.Bold)
        heading.setFont(heading_font)
        sub = QLabel(self.tr("Kies een plaat om te verkennen, of lees eerst het voorwoord."))
        sub.setTextFormat(Qt.TextFormat.PlainText)
        sub.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(sub)
        left.addWidget(grid_host, 1)

        self.reader = GuidePanel()
        self.reader.setMinimumWidth(280)
        self.chapter_buttons = QButtonGroup(self)
        self.chapter_buttons.setExclusive(True)
        tabs = QHBoxLayout()
        tabs.setSpacing(6)
        for chapter in library.chapters:
            button = QPushButton(chapter.title)
            button.setCheckable(True)
            button.setObjectName(f"chapter-{chapter.id}")
            button.clicked.connect(lambda _=False, cid=chapter.id: self.show_chapter(cid))
            self.chapter_buttons.addButton(button)
            tabs.addWidget(button)
        tabs.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(tabs)
        right.addWidget(self.reader, 1)

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(24, 18, 24, 18)
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if library.chapters:
            self.show_chapter(library.chapters[0].id)

    def show_chapter(self, chapter_id: str) -> None:
        chapter = self.library.chapter(chapter_id)
        self.reader.show_markdown(f"# {chapter.title}\n\n{chapter.markdown}")
        for button in self.chapter_buttons.buttons():
            button.setChecked(button.objectName() == f"chapter-{chapter_id}")

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        # two cards side by side in about 60 % of the width
        by_width = int(self.width() * 0.58 / 2) - 36
        by_height = int(((self.height() - 190) / 2 - 44) * 1600 / 1130)
        width = max(180, min(THUMB_WIDTH, by_width, by_height))
        for card in self.cards:
            card.fit_icon(width)
