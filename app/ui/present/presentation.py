"""Presenting: the beamer window and the presenter's view, on the right screens, in step."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.model.answers_view import notes_beside_elements
from app.model.guide_text import element_markdown, escape
from app.model.library import PlateLibrary
from app.model.tour import Tour, reading_tour
from app.scene.items import SceneLook
from app.scene.plate_scene import PlateScene
from app.typing_compat import override
from app.ui.present.presentation_window import PresentationWindow
from app.ui.present.presenter_view import PresenterView
from app.ui.worksheet.session_controller import SessionController
from app.ui.worksheet.worksheet_panel import WorksheetPanel

# What a clicker sends: it steps the tour whatever has the focus, even a text field
STEP_KEYS = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_PageUp})
# the presentation's other keys; a text field keeps them (arrows, space, letters edit)
TOUR_KEYS = frozenset(
    {
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_Space,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_B,
        Qt.Key.Key_Period,
        Qt.Key.Key_W,
        Qt.Key.Key_Comma,
        Qt.Key.Key_S,
        Qt.Key.Key_L,
        Qt.Key.Key_N,
        Qt.Key.Key_T,
        Qt.Key.Key_Plus,
        Qt.Key.Key_Equal,
        Qt.Key.Key_Minus,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        *(Qt.Key(Qt.Key.Key_0.value + d) for d in range(10)),
    }
)


def in_spin_box(widget: QWidget | None) -> bool:
    return isinstance(widget, QAbstractSpinBox) or isinstance(
        widget.parent() if widget is not None else None, QAbstractSpinBox
    )


def is_text_field(widget: QWidget | None) -> bool:
    """A field the presenter types in (a worksheet answer): it keeps arrows and letters.
    The countdown's minutes are not one: a clicker's arrows step the tour there too."""
    if in_spin_box(widget):
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


def choose_screens(
    screens: list[QScreen], main: QScreen | None, request: str | None = None
) -> tuple[QScreen, QScreen | None]:
    """(beamer, presenter screen or None).

    `request` is a number (1 = leftmost screen) or part of a screen's name. Without
    one, the beamer is the largest screen the main window is not on.
    """
    ordered = sorted(screens, key=lambda s: (s.geometry().x(), s.geometry().y()))
    main = main if main in ordered else (ordered[0] if ordered else None)
    beamer: QScreen | None = None
    if request:
        if request.isdigit() and 1 <= int(request) <= len(ordered):
            beamer = ordered[int(request) - 1]
        else:
            beamer = next((s for s in ordered if request.lower() in s.name().lower()), None)
    if beamer is None:
        others = [s for s in ordered if s is not main]
        beamer = (
            max(others, key=lambda s: s.geometry().width() * s.geometry().height())
            if others
            else main
        )
    assert beamer is not None
    presenter = main if main is not beamer else next((s for s in ordered if s is not beamer), None)
    return beamer, presenter


class Presentation(QObject):
    finished = Signal()

    def __init__(
        self,
        library: PlateLibrary,
        plate_id: str,
        sessions: SessionController,
        main_window: QWidget,
        screen_request: str | None = None,
    ) -> None:
        # No Qt parent: Python owns the presentation and, through it, both windows, so
        # they are deleted in a known order when the main window lets go of it.
        super().__init__(None)
        self.library = library
        self.plate = library.plate(plate_id)
        self.sessions = sessions
        self.scene = PlateScene(
            self.plate, library.graphs[self.plate.id], SceneLook(projector=True)
        )
        # an own plate without a tour of its own is walked part by part
        self.tour = Tour(self.plate.tour or reading_tour(self.plate))
        self.beamer = PresentationWindow(self.scene, self.tour)
        # Qt owns the scene through the beamer window, so it goes after the view showing it
        # (left to Python's garbage collector, the order at exit is arbitrary and can crash)
        self.scene.setParent(self.beamer)
        self.main_window = main_window
        self.screen_request = screen_request
        self.beamer_screen, presenter_screen = choose_screens(
            QGuiApplication.screens(), main_window.screen(), screen_request
        )
        self.presenter: PresenterView | None = None
        if presenter_screen is not None:
            self._make_presenter(presenter_screen)
        # a beamer plugged in or pulled out while presenting: the windows move along
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        self.beamer.step_changed.connect(self._step_changed)
        self.beamer.element_clicked.connect(self._element_clicked)
        self.beamer.ended.connect(self.stop)
        sessions.changed.connect(self._answers_changed)
        sessions.session_switched.connect(self._answers_changed)
        self._stopped = False
        self._answers_changed()

    def _make_presenter(self, screen: QScreen) -> PresenterView:
        worksheet = WorksheetPanel(self.sessions, self.library)
        worksheet.show_plate(self.plate.id)
        presenter = PresenterView(worksheet)
        presenter.key_pressed.connect(self._presenter_key)
        presenter.stop_requested.connect(self.stop)
        presenter.countdown.changed.connect(self.beamer.show_timer)
        presenter.setGeometry(screen.availableGeometry())
        self.presenter = presenter
        return presenter

    def _screens_changed(self, *_: object) -> None:
        # after Qt has moved its windows off a screen that went away
        QTimer.singleShot(0, self, self._rearrange)

    def _rearrange(self) -> None:
        """Put the beamer window and the presenter view on the screens there are now."""
        if self._stopped or not QGuiApplication.screens():
            return
        main = self.main_window.screen()
        beamer_screen, presenter_screen = choose_screens(
            QGuiApplication.screens(), main, self.screen_request
        )
        self.beamer_screen = beamer_screen
        self._place_beamer()
        if presenter_screen is None:
            if self.presenter is not None:
                self.presenter.hide()
            self.beamer.activateWindow()
            self.beamer.setFocus()
        else:
            presenter = self.presenter or self._make_presenter(presenter_screen)
            presenter.setGeometry(presenter_screen.availableGeometry())
            presenter.show()
            self._step_changed(self.tour.index)
            presenter.activateWindow()

    def _place_beamer(self) -> None:
        """Fullscreen on the beamer's screen: the screen is chosen before the window is
        shown, so the window manager maps it there (one desktop over two monitors too)."""
        screen = self.beamer_screen
        self.beamer.setScreen(screen)
        handle = self.beamer.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.beamer.setGeometry(screen.geometry())
        self.beamer.showFullScreen()
        self.beamer.setGeometry(screen.geometry())

    # --- keys: the clicker is obeyed whichever of our widgets has the focus -------
    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        focus = QApplication.focusWidget()
        target = watched if isinstance(watched, QWidget) else focus
        if not isinstance(event, QKeyEvent) or not (self._ours(focus) or self._ours(target)):
            return False
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key not in STEP_KEYS:
            typing = is_text_field(focus) or is_text_field(target)
            if key not in TOUR_KEYS or typing:
                return False
            digit_or_enter = event.text().isdigit() or key in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
            if digit_or_enter and in_spin_box(focus):
                return False  # the countdown's minutes are typed there
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no menu shortcut takes it: the key press comes to us
            return True
        self.beamer.handle_key(event)
        return True

    def _ours(self, widget: QWidget | None) -> bool:
        if widget is None:
            return False
        window = widget.window()
        return window is self.beamer or (self.presenter is not None and window is self.presenter)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._place_beamer()
        if self.presenter is not None:
            self.presenter.show()
            self.presenter.activateWindow()
        else:
            self.beamer.activateWindow()
        self.beamer.setFocus()
        self.beamer.show_step(animate=False)
        self._step_changed(self.tour.index)

    def stop(self) -> None:
        self._stopped = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        screens = QGuiApplication.instance()
        if isinstance(screens, QGuiApplication):
            for signal in (screens.screenAdded, screens.screenRemoved):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._screens_changed)
        self.sessions.changed.disconnect(self._answers_changed)
        self.sessions.session_switched.disconnect(self._answers_changed)
        self.sessions.save_now()
        if self.presenter is not None:
            self.presenter.close()
        self.beamer.close()
        self.finished.emit()

    def _presenter_key(self, event: QKeyEvent) -> None:
        self.beamer.handle_key(event)

    def notes_for_step(self) -> str:
        step = self.tour.current
        if step is None:
            return ""
        parts = [f"## {escape(step.caption)}"]
        for element_id in step.elements:
            parts.append(
                element_markdown(
                    self.library,
                    self.plate,
                    self.plate.element(element_id),
                    QCoreApplication.translate,
                )
            )
        return "\n\n".join(parts)

    def _step_changed(self, index: int) -> None:
        notes = self.notes_for_step()
        self.beamer.set_notes_markdown(notes)
        if self.presenter is not None:
            current = self.tour.current
            following = self.tour.next
            self.presenter.show_step(
                current.caption if current else "",
                following.caption if following else "",
                self.beamer.progress.text(),  # with the part, as the room sees it
                notes,
            )

    def _element_clicked(self, element_id: object) -> None:
        """Free exploring on the beamer: the notes follow what was clicked."""
        self.scene.select(element_id if isinstance(element_id, str) else None)
        if isinstance(element_id, str) and self.presenter is not None:
            self.presenter.notes.show_markdown(
                element_markdown(
                    self.library,
                    self.plate,
                    self.plate.element(element_id),
                    QCoreApplication.translate,
                )
            )

    def _answers_changed(self, *_: object) -> None:
        answers = self.sessions.session.plates.get(self.plate.id)
        self.scene.set_answers(notes_beside_elements(self.plate, answers) if answers else {})
