"""PlateView: the zoomable, pannable view of one PlateScene.

Zoom follows the cursor (wheel, trackpad pinch) within limits. What clicks,
drags and keys do is the view's mode (app.ui.view_mode): browsing by default,
laying out or presenting while those last. The view reports ids, never items.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel, QWidget

from app.model.graph import reading_order
from app.scene.plate_scene import PlateScene
from app.scene.theme import Sheet, scroll_bar_sheet
from app.typing_compat import override
from app.ui.explore.browse_mode import BrowseMode
from app.ui.plate_accessibility import PlateParts, PlateViewBase
from app.ui.theme import use_sheet
from app.ui.tile_cache import TileCache
from app.ui.view_mode import ViewMode

MIN_ZOOM_OF_FIT = 0.5  # you can zoom out to half the fitted size
MAX_SCALE = 6.0  # and in until a plate unit is six screen pixels
WHEEL_STEP = 1.0015  # per wheel angle unit: one notch (120) is about 20 %
KEY_ZOOM = 1.25
READABLE_SCALE = 1.25  # body text at about 20 px: near enough to read, with the plate around
ZOOM_MS = 250


class PlateView(PlateViewBase):
    element_clicked = Signal(object)  # str | None
    element_activated = Signal(str)  # double-click or Enter
    back_requested = Signal()
    forward_requested = Signal()
    zoom_changed = Signal(float)

    def __init__(self, scene: PlateScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plate_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(scene.plate.title)
        self._order: list[str] | None = None  # from the graph, when first stepped through
        self.parts = PlateParts(self)  # the elements as accessible objects
        self._animation: QVariantAnimation | None = None
        self._fitted_once = False
        self._shown_once = False  # on screen at least once: the reader has seen where it is
        # the whole plate is in view: it stays so when the window or screen changes size
        self._whole_plate = False
        self.mode: ViewMode = BrowseMode()  # takes the mouse and the keys first
        self.tiles = TileCache(self)
        self.tiles.attach(scene)
        # the tiles cover every pixel: no need for Qt to clear the viewport first
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # a broken edit of the plate's file: named over the plate, which stays as it was
        self.problem_bar = QLabel(self)
        self.problem_bar.setObjectName("plateProblemBar")
        self.problem_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_bar.setWordWrap(True)
        self.problem_bar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        use_sheet(self.problem_bar, Sheet.PLATE_PROBLEM_BAR)
        self.problem_bar.hide()
        self._style_scroll_bars()

    def _style_scroll_bars(self) -> None:
        """Thin flat scroll bars in the window's colours. They still show where on the
        plate you are, and they repaint in a few hundredths of a millisecond: Fusion's
        gradient bars took 2 ms on every pan step, more than the rest of the step."""
        palette = self.palette()
        groove = palette.color(palette.ColorRole.Window).name()
        handle = palette.color(palette.ColorRole.Mid).name()
        hover = palette.color(palette.ColorRole.Dark).name()
        sheet = scroll_bar_sheet(groove, handle, hover)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setStyleSheet(sheet)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark, light or high contrast
            self._style_scroll_bars()

    def show_problem(self, text: str | None) -> None:
        """A bar over the plate with what is wrong in its file; None takes it away."""
        self.problem_bar.setText(text or "")
        self.problem_bar.setVisible(bool(text))
        self._place_problem_bar()

    def set_mode(self, mode: ViewMode | None) -> None:
        """Hand the mouse and keys to `mode` (None: browsing again)."""
        self.mode.leave(self)
        self.mode = mode or BrowseMode()
        self.mode.enter(self)

    # --- what a mode may ask of the view (app.ui.view_mode.PlateHost) ---------------
    def element_at_point(self, point: QPoint) -> str | None:
        return self.plate_scene.element_at(self.mapToScene(point))

    def click(self, element_id: str | None) -> None:
        self.element_clicked.emit(element_id)

    def activate(self, element_id: str) -> None:
        self.element_activated.emit(element_id)

    def request_back(self) -> None:
        self.back_requested.emit()

    def request_forward(self) -> None:
        self.forward_requested.emit()

    def pan_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def default_mouse_release(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)

    def _place_problem_bar(self) -> None:
        width = self.viewport().width()
        self.problem_bar.setGeometry(0, 0, width, self.problem_bar.heightForWidth(width))

    def replace_scene(self, scene: PlateScene) -> None:
        """A new version of the plate, seen from where the reader was looking."""
        state = self.view_state() if self._fitted_once else None
        self.plate_scene = scene
        self.setScene(scene)
        self.tiles.attach(scene)
        self.setAccessibleName(scene.plate.title)
        self._order = None
        self.parts.rebuild()
        if state:
            self.restore_view_state(state)

    # --- zoom ---------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit_scale(self) -> float:
        paper = self.plate_scene.sceneRect()
        view = self.viewport().rect()
        return min(view.width() / paper.width(), view.height() / paper.height())

    def _clamp(self, scale: float) -> float:
        return max(self.fit_scale() * MIN_ZOOM_OF_FIT, min(MAX_SCALE, scale))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the scene point under `anchor` (viewport coords) where it is."""
        self._stop_animation()
        self._whole_plate = False
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        target = self._clamp(self.scale_factor() * factor)
        self.tiles.scale_changing()
        scene_point = self.mapToScene(anchor.toPoint())
        # one frame for the whole step: no scrolling of the old picture in between
        self.viewport().setUpdatesEnabled(False)
        self.setTransform(QTransform.fromScale(target, target))
        moved = self.mapFromScene(scene_point)
        delta = QPointF(moved) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(delta.y()))
        self.viewport().setUpdatesEnabled(True)
        self.zoom_changed.emit(target)

    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM)

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM)

    def fit_plate(self, animate: bool = False) -> None:
        self.show_rect(self.plate_scene.sceneRect(), animate)
        self._whole_plate = True

    def fit_width(self, animate: bool = False) -> None:
        paper = self.plate_scene.paper
        scale = self.viewport().width() / (paper.width() + 40)
        height = self.viewport().height() / scale
        top = self.mapToScene(self.viewport().rect().center()).y() - height / 2
        top = max(paper.top() - 20, min(top, paper.bottom() + 20 - height))
        self.show_rect(QRectF(paper.left() - 20, top, paper.width() + 40, height), animate)

    def zoom_to_element(self, element_id: str, animate: bool = True) -> None:
        rect = self.plate_scene.element_rect(element_id)
        margin = max(rect.width(), rect.height()) * 0.08 + 40  # a little room around it
        self.show_rect(rect.adjusted(-margin, -margin, margin, margin), animate)

    def show_element_readably(self, element_id: str, animate: bool = True) -> None:
        """An element found by searching: in the middle, at a reading size with its
        neighbours around it (zooming a small card to fill the view went to 433 %)."""
        rect = self.plate_scene.element_rect(element_id)
        margin = max(rect.width(), rect.height()) * 0.08 + 40
        rect = rect.adjusted(-margin, -margin, margin, margin)
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        scale = min(scale, max(READABLE_SCALE, self.fit_scale()))
        shown = QRectF(0, 0, view.width() / scale, view.height() / scale)
        shown.moveCenter(rect.center())
        self.show_rect(shown, animate)

    def ensure_element_visible(self, element_id: str) -> None:
        rect = self.plate_scene.element_rect(element_id)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.contains(rect):
            if rect.width() < visible.width() and rect.height() < visible.height():
                self.center_on(rect.center(), animate=True)
            else:
                self.zoom_to_element(element_id)

    def center_on(self, point: QPointF, animate: bool = True) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        visible.moveCenter(point)
        self.show_rect(visible, animate)

    def show_rect(self, rect: QRectF, animate: bool = False) -> None:
        """Make `rect` (scene coords) fill the view, optionally over a quarter second."""
        self._stop_animation()
        self._whole_plate = False
        view = self.viewport().rect()
        target_scale = self._clamp(min(view.width() / rect.width(), view.height() / rect.height()))
        target_centre = rect.center()
        if not animate or not self.isVisible():
            self._apply(target_scale, target_centre)
            return
        start_scale = self.scale_factor()
        start_centre = self.mapToScene(view.center())
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(ZOOM_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)

        def step(t: float) -> None:
            # interpolate the scale geometrically so the motion feels even
            scale = start_scale * (target_scale / start_scale) ** t
            centre = QPointF(start_centre) + (target_centre - QPointF(start_centre)) * t
            if abs(scale - self.scale_factor()) > 1e-9:
                self.tiles.scale_changing()  # stretched tiles until it settles
            self._apply(scale, centre)

        animation.valueChanged.connect(step)
        animation.start()
        self._animation = animation

    def show_scale_at(self, scale: float, centre: QPointF, animate: bool = False) -> None:
        """Show the scene point `centre` in the middle of the view at `scale`."""
        view = self.viewport().rect()
        rect = QRectF(0, 0, view.width() / scale, view.height() / scale)
        rect.moveCenter(centre)
        self.show_rect(rect, animate)

    def _apply(self, scale: float, centre: QPointF) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)
        self.zoom_changed.emit(scale)

    def _stop_animation(self) -> None:
        if self._animation is not None:
            self._animation.stop()
            self._animation = None

    def is_animating(self) -> bool:
        return self._animation is not None and (
            self._animation.state() == QVariantAnimation.State.Running
        )

    # --- state to remember ---------------------------------------------------
    def view_state(self) -> dict[str, float]:
        centre = self.mapToScene(self.viewport().rect().center())
        state = {"scale": self.scale_factor(), "x": centre.x(), "y": centre.y()}
        return state | ({"whole": 1.0} if self._whole_plate else {})

    def state_to_remember(self) -> dict[str, float] | None:
        """How the reader left the view; None for a view never on screen (made in the
        idle turns): remembered from its hidden size, the saved centre crept a little at
        every start, on plates the reader had not opened since."""
        return self.view_state() if self._fitted_once and self._shown_once else None

    def restore_view_state(self, state: dict[str, float]) -> None:
        try:
            scale = float(state["scale"])
            centre = QPointF(float(state["x"]), float(state["y"]))
        except (KeyError, TypeError, ValueError):
            return
        if state.get("whole"):  # fitted to this viewport (now, or when it has its size)
            self._whole_plate = True
            if self._fitted_once:
                self.fit_plate()
        elif scale > 0:
            self._fitted_once = True
            self._apply(self._clamp(scale), centre)

    # --- painting: from tiles ------------------------------------------------------
    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.plate_scene.ensure_built()  # a plate that was off screen at the start
        self._shown_once = True
        super().showEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self.plate_scene.set_view_scale(self.scale_factor())
        painter = QPainter(self.viewport())
        self.tiles.paint(painter, event.region())
        painter.end()

    # --- events --------------------------------------------------------------
    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.problem_bar.isVisible():
            self._place_problem_bar()
        if (self._whole_plate or not self._fitted_once) and self.viewport().width() > 50:
            self._fitted_once = True
            self.fit_plate(animate=self.is_animating())

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers()
        pixel = event.pixelDelta()
        # A mouse wheel zooms; a trackpad's two-finger scroll pans (unless Ctrl is held,
        # which is also how trackpad pinch arrives on some systems).
        if not pixel.isNull() and not modifiers & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.zoom_by(WHEEL_STEP**delta, event.position())
        event.accept()

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture = event  # a trackpad pinch on macOS and Wayland
            assert isinstance(gesture, QNativeGestureEvent)
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value(), gesture.position())
                return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.mode.mouse_press(self, event):
            super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.mode.mouse_move(self, event):
            super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.mode.mouse_release(self, event):
            super().mouseReleaseEvent(event)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.mode.mouse_double_click(self, event):
            super().mouseDoubleClickEvent(event)

    # --- keyboard: element by element, in reading order -----------------------------
    @property
    def _reading_order(self) -> list[str]:
        # asked of the graph, which may be built after the plate's first frame
        if self._order is None:
            self._order = reading_order(self.plate_scene.graph)
        return self._order

    def step_selection(self, step: int) -> bool:
        """Select the next (+1) or previous (-1) element in reading order; False at the ends."""
        order = self._reading_order
        if not order:
            return False
        current = self.plate_scene.selected_id
        if current in order:
            index = order.index(current) + step
        else:
            index = 0 if step > 0 else len(order) - 1
        if not 0 <= index < len(order):
            return False
        self.element_clicked.emit(order[index])
        self.ensure_element_visible(order[index])
        return True

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab walk the elements; past the last one focus leaves the plate
        if self.hasFocus() and self.step_selection(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        # the reading order (the graph) only when Tab brings focus: the window's first
        # focus comes before the first paint, and the graph after it
        tabbed = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        order = self._reading_order if tabbed else []
        if order and reason == Qt.FocusReason.TabFocusReason:
            self.element_clicked.emit(order[0])  # Tab into a plate: its first element
        elif order and reason == Qt.FocusReason.BacktabFocusReason:
            self.element_clicked.emit(order[-1])
        self.parts.focus_arrived()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.parts.focus_left()

    def announce(self) -> None:
        """Tell screen readers what is selected now: the element takes accessible focus
        (one focus event; only it reports FOCUSED), when the view has keyboard focus."""
        self.parts.announce_focus()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.mode.key_press(self, event):
            super().keyPressEvent(event)
