"""The beamer: a plate fullscreen, walked through by its tour, readable from the back row.

Keys are those presentation clickers send: PageDown/Right/Down/Space forward,
PageUp/Left/Up back, Home/End, a number then Enter to jump; B or . blacks
out, W whites out (the same key returns); S spotlight, L laser pointer,
T back to the tour after free zooming, N notes (one screen), Esc ends.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.model.tour import Tour
from app.scene.plate_scene import PlateScene
from app.scene.style import load_fonts
from app.scene.theme import LASER, Sheet
from app.scene.tour_view import StepView, plan_step
from app.typing_compat import override
from app.ui.accessibility import say
from app.ui.i18n import tr
from app.ui.plate_view import PlateView
from app.ui.present.present_mode import PresentMode
from app.ui.safe_text import SafeBrowser
from app.ui.theme import use_sheet

FORWARD = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
BACK = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
MIN_TEXT_SHARE = 1 / 40  # nothing drawn as text smaller than 1/40 of the screen height
OUTSIDE = 20_000.0  # the view may look past the paper's edge (a caption band below it)


def laser_cursor(size: int = 28) -> QCursor:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    glow, dot = LASER
    painter.setBrush(glow)
    painter.drawEllipse(0, 0, size, size)
    painter.setBrush(dot)
    painter.drawEllipse(size // 4, size // 4, size // 2, size // 2)
    painter.end()
    return QCursor(pixmap, size // 2, size // 2)


class PresentationWindow(QWidget):
    step_changed = Signal(int)
    ended = Signal()
    element_clicked = Signal(object)  # str | None

    def __init__(self, scene: PlateScene, tour: Tour) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(scene.plate.title)
        use_sheet(self, Sheet.PRESENTATION)
        self.scene = scene
        self.tour = tour
        self.spotlight_on = True
        self.laser_on = False
        self._cursor_before_laser = QCursor()
        self.blank: str | None = None  # "black" or "white"
        self.view = PlateView(scene, self)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.element_clicked.connect(self.element_clicked.emit)
        # a step near the paper's edge is still placed above the caption band
        self.view.setSceneRect(scene.paper.adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE))
        self.views: list[list[StepView]] = []  # per step, for this window's size
        self.view.set_mode(PresentMode(self.handle_key))  # the clicker's keys, first
        self.caption = self._overlay_label("caption")
        self.progress = self._overlay_label("progress")
        self.timer_label = self._overlay_label("timer")
        self.timer_label.hide()
        self.notes = SafeBrowser(self)
        self.notes.setObjectName("presentationNotes")
        self.notes.setOpenLinks(False)
        use_sheet(self.notes, Sheet.PRESENTATION_NOTES)  # opaque: hides the plate behind
        self.notes.setAutoFillBackground(True)
        self.notes.hide()
        self.cover = QWidget(self)
        self.cover.setObjectName("cover")
        self.cover.hide()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _overlay_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(name == "caption")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # --- sizes that follow the screen ---------------------------------------------
    def min_text_px(self) -> float:
        return max(12.0, self.height() * MIN_TEXT_SHARE)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())
        self.cover.setGeometry(self.rect())
        self.scene.look.readable_px = self.min_text_px()
        h, w = self.height(), self.width()
        caption_font = QFont(load_fonts())
        caption_font.setPixelSize(round(max(self.min_text_px() * 1.25, h / 30)))
        caption_font.setWeight(QFont.Weight.DemiBold)
        self.caption.setFont(caption_font)
        use_sheet(self.caption, Sheet.PRESENT_CAPTION)
        small = QFont(load_fonts())
        small.setPixelSize(round(self.min_text_px()))
        small.setWeight(QFont.Weight.DemiBold)
        self.progress.setFont(small)
        # a dark pill with white figures: legible on a light plate and on a dark desk alike
        use_sheet(self.progress, Sheet.PRESENT_PROGRESS)
        timer_font = QFont(load_fonts())
        timer_font.setPixelSize(round(h / 12))
        timer_font.setWeight(QFont.Weight.Bold)
        self.timer_label.setFont(timer_font)
        notes_font = QFont(load_fonts())
        notes_font.setPixelSize(round(self.min_text_px()))
        self.notes.setFont(notes_font)
        self.notes.setGeometry(round(w * 0.55), round(h * 0.05), round(w * 0.42), round(h * 0.7))
        self._place_overlays()
        self.plan_views()
        self.show_step(animate=False)

    def _band(self) -> tuple[int, int]:
        """(gap, side margin) around the caption band, in pixels."""
        return round(self.height() * 0.025), round(self.width() * 0.02)

    def caption_width(self) -> int:
        """The caption band, centred, leaves room on the right for the step counter."""
        widest = self.progress.fontMetrics().horizontalAdvance(
            "88 / 88 · " + tr("deel {0} van {1}").format(8, 8)
        )
        reserve = widest + 24 + 2 * 12 + 16  # padding, margin, air
        return max(200, min(round(self.width() * 0.86), self.width() - 2 * reserve))

    def caption_height(self, text: str) -> int:
        """How tall the caption band is with this text (0 without text)."""
        if not text:
            return 0
        width = self.caption_width()
        before = self.caption.text()
        self.caption.setFixedWidth(width)
        self.caption.setText(text)
        height = self.caption.heightForWidth(width)
        self.caption.setText(before)
        return max(height, self.caption.sizeHint().height())

    def free_area(self, caption: str) -> QRectF:
        """The part of the screen the step's subject is shown in: all but the caption band."""
        gap, side = self._band()
        bottom = self.height() - (self.caption_height(caption) + 2 * gap if caption else gap)
        return QRectF(side, gap, self.width() - 2 * side, max(1, bottom - gap))

    def _place_overlays(self) -> None:
        w, h = self.width(), self.height()
        gap, _ = self._band()
        self.caption.setFixedWidth(self.caption_width())
        self.caption.setFixedHeight(self.caption_height(self.caption.text()) or 1)
        self.caption.move((w - self.caption.width()) // 2, h - self.caption.height() - gap)
        self.caption.setVisible(bool(self.caption.text()))
        self.progress.adjustSize()
        self.progress.move(w - self.progress.width() - 12, h - self.progress.height() - 12)
        self.progress.setVisible(bool(self.progress.text()))
        self.progress.raise_()
        self.timer_label.adjustSize()
        self.timer_label.move(w - self.timer_label.width() - 30, 24)
        self.cover.raise_()

    # --- the tour ------------------------------------------------------------------
    def plan_views(self) -> None:
        """The views of every step for this screen size (a step may need several)."""
        readable = self.min_text_px()
        self.views = []
        for step in self.tour.steps:
            free = self.free_area(step.caption)
            self.views.append(
                plan_step(self.scene, step.elements, QSizeF(free.size()), readable) or []
            )
        self.tour.set_view_counts(tuple(max(1, len(v)) for v in self.views))

    def current_view(self) -> StepView | None:
        if not self.tour.steps or self.tour.index >= len(self.views):
            return None
        views = self.views[self.tour.index]
        return views[min(self.tour.view, len(views) - 1)] if views else None

    def _show_view(self, view: StepView, animate: bool) -> None:
        free = self.free_area(self.caption.text())
        # the view's centre goes to the middle of the free area, not of the screen
        offset = QPointF(self.width() / 2, self.height() / 2) - free.center()
        centre = view.centre + offset / view.scale
        self.view.show_scale_at(view.scale, centre, animate)

    def show_step(self, animate: bool = True) -> None:
        step = self.tour.current
        if step is None:
            self.caption.setText("")
            self.progress.setText("")
            self.scene.set_spotlight(None)
            self.view.fit_plate(animate)
            self._place_overlays()
            return
        if len(self.views) != len(self.tour.steps):
            self.plan_views()
        self.caption.setText(step.caption)
        parts = self.tour.views_in(self.tour.index)
        position = self.tour.position
        if parts > 1:
            position += " · " + tr("deel {0} van {1}").format(self.tour.view + 1, parts)
        self.progress.setText(position)
        self._place_overlays()
        view = self.current_view()
        if view is not None:
            self._show_view(view, animate and self.isVisible())
        self.scene.set_spotlight(set(step.elements) if self.spotlight_on else None)
        say(self, tr("Stap %1: %2").replace("%1", position).replace("%2", step.caption))
        self.step_changed.emit(self.tour.index)

    def go(self, index: int) -> None:
        self.tour.go(index)
        self.show_step()

    # --- keys --------------------------------------------------------------------------
    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Every key of the presentation; the presenter view sends its keys here too."""
        key = Qt.Key(event.key())
        text = event.text().lower()
        if key == Qt.Key.Key_Escape:
            if self.blank:
                self.set_blank(None)
            else:
                self.ended.emit()
            return True
        if text in ("b", ".") or key == Qt.Key.Key_Period:
            self.set_blank(None if self.blank == "black" else "black")
            return True
        if text in ("w", ","):
            self.set_blank(None if self.blank == "white" else "white")
            return True
        if self.blank and key not in FORWARD | BACK:
            return True
        if text.isdigit() and text:
            self.tour.type_digit(text)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tour.jump_to_typed()
            self.show_step()
            return True
        moves = {
            **dict.fromkeys(FORWARD, self.tour.forward),
            **dict.fromkeys(BACK, self.tour.back),
            Qt.Key.Key_Home: self.tour.first,
            Qt.Key.Key_End: self.tour.last,
        }
        if key in moves:
            self.set_blank(None)
            moves[key]()
            self.show_step()
            return True
        toggles = {
            "s": self.toggle_spotlight,
            "l": self.toggle_laser,
            "n": self.toggle_notes,
            "t": self.show_step,
        }
        if text in toggles:
            toggles[text]()
            return True
        if text in ("+", "="):
            self.view.zoom_in()
            return True
        if text == "-":
            self.view.zoom_out()
            return True
        return False

    def set_blank(self, colour: str | None) -> None:
        self.blank = colour
        if colour:
            use_sheet(self.cover, Sheet.BLANK_WHITE if colour == "white" else Sheet.BLANK_BLACK)
            self.cover.setGeometry(self.rect())
            self.cover.show()
            self.cover.raise_()
        else:
            self.cover.hide()

    def toggle_spotlight(self) -> None:
        self.spotlight_on = not self.spotlight_on
        step = self.tour.current
        self.scene.set_spotlight(set(step.elements) if step and self.spotlight_on else None)

    def toggle_laser(self) -> None:
        self.laser_on = not self.laser_on
        viewport = self.view.viewport()
        if self.laser_on:
            self._cursor_before_laser = viewport.cursor()
            viewport.setCursor(laser_cursor(max(20, round(self.height() / 40))))
        else:
            viewport.setCursor(self._cursor_before_laser)  # the drag hand, as before

    def toggle_notes(self) -> None:
        self.notes.setVisible(not self.notes.isVisible())
        self.notes.raise_()

    def set_notes_markdown(self, markdown: str) -> None:
        self.notes.show_markdown(markdown)

    def show_timer(self, text: str, visible: bool, urgent: bool = False) -> None:
        use_sheet(self.timer_label, Sheet.PRESENT_TIMER_URGENT if urgent else Sheet.PRESENT_TIMER)
        self.timer_label.setText(text)
        self.timer_label.setVisible(visible)
        self._place_overlays()
