"""The start view: the four plates as large pictures, the guide's chapters beside them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPixmap
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

from app.model.guide_text import chapter_id_of
from app.model.library import ElementRef, PlateLibrary
from app.model.plate import Plate
from app.scene.plate_scene import PlateScene
from app.scene.style import load_fonts
from app.scene.theme import STANDARD
from app.typing_compat import override
from app.ui.guide_panel import GuidePanel
from app.ui.safe_text import tooltip

THUMB_WIDTH = 560
PAPER = STANDARD.paper  # the cards show the plates as printed
OWN_THUMB_WIDTH = 320


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

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()  # Enter opens the plate, as Space does
            return
        super().keyPressEvent(event)

    def set_picture(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.setIcon(QIcon(pixmap))

    def fit_icon(self, width: int) -> None:
        height = round(width * self._pixmap.height() / max(1, self._pixmap.width()))
        self.setIconSize(QSize(width, height))


class StartView(QWidget):
    plate_chosen = Signal(str)
    open_file_requested = Signal()
    folder_requested = Signal()

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
        self.own_cards: dict[str, PlateCard] = {}
        self._pictures_to_draw: list[tuple[PlateCard, PlateScene, int]] = []
        self._draw_next_picture = QTimer(self)
        self._draw_next_picture.setSingleShot(True)
        self._draw_next_picture.setInterval(0)
        self._draw_next_picture.timeout.connect(self._draw_picture)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(18)
        for index, plate in enumerate(p for p in library.plates if not library.is_own(p.id)):
            card = self._card(plate, scenes[plate.id], THUMB_WIDTH)
            grid.addWidget(card, index // 2, index % 2)
            self.cards.append(card)
        own_section = self._own_section()
        self.own_section = own_section
        for plate in library.plates:
            if library.is_own(plate.id):
                self.add_card(plate, scenes[plate.id])

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
        left.addWidget(own_section)

        self._reader = GuidePanel()
        self._chapter_to_show: str | None = None  # shown when the start page first shows
        self._reader.setMinimumWidth(280)
        # the Voorwoord's "(zie bronnen, ...)" opens the chapter Bronnen
        self._reader.element_link_clicked.connect(self._follow_chapter_link)
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
        right.addWidget(self._reader, 1)

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(24, 18, 24, 18)
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the first card
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if library.chapters:  # rendered when the start page shows (a plate may be first)
            self._chapter_to_show = library.chapters[0].id
            first = f"chapter-{self._chapter_to_show}"
            for chapter_button in self.chapter_buttons.buttons():
                chapter_button.setChecked(chapter_button.objectName() == first)

    @property
    def reader(self) -> GuidePanel:
        self.show_first_chapter()
        return self._reader

    def show_first_chapter(self) -> None:
        if self._chapter_to_show is not None:
            self.show_chapter(self._chapter_to_show)

    def _card(self, plate: Plate, scene: PlateScene, width: int) -> PlateCard:
        # a blank sheet of the plate's shape now; the window's own scene for the plate is
        # drawn on it once the start view shows, one card per turn of the event loop, so
        # the window is on screen first (and opening on a plate never waits for them)
        height = max(1, round(width * scene.paper.height() / scene.paper.width()))
        blank = QPixmap(width, height)
        blank.fill(PAPER)
        card = PlateCard(plate.number, plate.title, blank)
        card.clicked.connect(lambda _=False, pid=plate.id: self.plate_chosen.emit(pid))
        self._pictures_to_draw.append((card, scene, width))
        if self.isVisible():
            self._draw_next_picture.start()
        return card

    def _draw_picture(self) -> None:
        from app.scene.export import render_image  # not needed before the first paint

        if not self._pictures_to_draw:
            return
        card, scene, width = self._pictures_to_draw.pop(0)
        card.set_picture(QPixmap.fromImage(render_image(scene, width)))
        card.fit_icon(card.iconSize().width())
        if self._pictures_to_draw:
            self._draw_next_picture.start()

    def draw_all_pictures(self) -> None:
        """Now, not one by one (tests, screenshots)."""
        while self._pictures_to_draw:
            self._draw_picture()

    @override
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.show_first_chapter()
        super().showEvent(event)
        if self._pictures_to_draw:
            self._draw_next_picture.start()

    def _own_section(self) -> QWidget:
        """The user's own plates, with the two ways to add one."""
        section = QWidget()
        section.setObjectName("ownPlates")
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 12, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Eigen platen"))
        title.setObjectName("ownPlatesHeading")
        font = QFont(load_fonts())
        font.setPointSizeF(14)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch(1)
        open_button = QPushButton(self.tr("Plaat openen…"))
        open_button.setToolTip(self.tr("Een plaatbestand (.yaml) openen (Ctrl+Alt+O)"))
        open_button.clicked.connect(self.open_file_requested)
        self.folder_button = QPushButton(self.tr("Map met eigen platen"))
        self.folder_button.clicked.connect(self.folder_requested)
        header.addWidget(open_button)
        header.addWidget(self.folder_button)
        layout.addLayout(header)
        self.own_hint = QLabel()
        self.own_hint.setObjectName("ownPlatesHint")
        self.own_hint.setWordWrap(True)
        self.own_hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.own_hint)
        self.own_grid = QGridLayout()
        self.own_grid.setSpacing(12)
        self.own_grid.setColumnStretch(3, 1)  # the cards from the left, not spread out
        layout.addLayout(self.own_grid)
        return section

    def set_own_folder(self, folder: Path | None) -> None:
        self.folder_button.setEnabled(folder is not None)
        self.folder_button.setToolTip(str(folder) if folder else "")  # the user's own folder
        self._update_hint()

    def _update_hint(self) -> None:
        if self.own_cards:
            self.own_hint.setText(
                self.tr("Een plaat wordt bijgewerkt zodra je het bestand opslaat.")
            )
        else:  # the folder itself: behind the button (its path is its tooltip)
            self.own_hint.setText(
                self.tr(
                    "Maak een plaat van je eigen school in dezelfde vorm: zet een "
                    "plaatbestand (.yaml) in de map met eigen platen, of open er een. "
                    "Help > Eigen platen maken legt uit hoe."
                )
            )

    def add_card(self, plate: Plate, scene: PlateScene) -> None:
        card = self._card(plate, scene, OWN_THUMB_WIDTH)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        card.setToolTip(tooltip(self.tr("Eigen plaat openen") + f": {plate.title}"))
        card.fit_icon(OWN_THUMB_WIDTH // 2)
        index = len(self.own_cards)
        self.own_grid.addWidget(card, index // 3, index % 3)
        self.own_cards[plate.id] = card
        self._update_hint()

    def update_card(self, plate: Plate, scene: PlateScene) -> None:
        card = self.own_cards.get(plate.id)
        if card is None:
            return
        from app.scene.export import render_image

        self._pictures_to_draw = [t for t in self._pictures_to_draw if t[0] is not card]
        card.set_picture(QPixmap.fromImage(render_image(scene, OWN_THUMB_WIDTH)))
        card.setText(f"{plate.number}  {plate.title}")
        card.fit_icon(card.iconSize().width())

    def _follow_chapter_link(self, ref: ElementRef) -> None:
        chapter_id = chapter_id_of(ref)
        if chapter_id is not None and any(c.id == chapter_id for c in self.library.chapters):
            self.show_chapter(chapter_id)

    def show_chapter(self, chapter_id: str) -> None:
        self._chapter_to_show = None
        chapter = self.library.chapter(chapter_id)
        self._reader.show_markdown(f"# {chapter.title}\n\n{chapter.markdown}")
        for button in self.chapter_buttons.buttons():
            button.setChecked(button.objectName() == f"chapter-{chapter_id}")

    @override
    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        # two cards side by side in about 60 % of the width
        by_width = int(self.width() * 0.58 / 2) - 36
        below = self.own_section.sizeHint().height()
        by_height = int(((self.height() - 190 - below) / 2 - 44) * 1600 / 1130)
        width = max(180, min(THUMB_WIDTH, by_width, by_height))
        for card in self.cards:
            card.fit_icon(width)
