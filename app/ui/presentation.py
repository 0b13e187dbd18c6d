"""Presenting: the beamer window and the presenter's view, on the right screens, in step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from app.model.answers_view import notes_beside_elements
from app.model.guide_text import element_markdown, escape
from app.model.library import PlateLibrary
from app.model.tour import Tour, reading_tour
from app.scene.items import SceneLook
from app.scene.plate_scene import PlateScene
from app.ui.presentation_window import PresentationWindow
from app.ui.presenter_view import PresenterView
from app.ui.session_controller import SessionController
from app.ui.worksheet_panel import WorksheetPanel


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
        main_screen = main_window.screen()
        self.beamer_screen, presenter_screen = choose_screens(
            QGuiApplication.screens(), main_screen, screen_request
        )
        self.presenter: PresenterView | None = None
        if presenter_screen is not None:
            worksheet = WorksheetPanel(sessions, library)
            worksheet.show_plate(self.plate.id)
            self.presenter = PresenterView(worksheet)
            self.presenter.key_pressed.connect(self._presenter_key)
            self.presenter.stop_requested.connect(self.stop)
            self.presenter.countdown.changed.connect(self.beamer.show_timer)
            self.presenter.setGeometry(presenter_screen.availableGeometry())
        self.beamer.step_changed.connect(self._step_changed)
        self.beamer.element_clicked.connect(self._element_clicked)
        self.beamer.ended.connect(self.stop)
        sessions.changed.connect(self._answers_changed)
        sessions.session_switched.connect(self._answers_changed)
        self._answers_changed()

    def start(self) -> None:
        self.beamer.setGeometry(self.beamer_screen.geometry())
        self.beamer.showFullScreen()
        if self.beamer.windowHandle() is not None:
            self.beamer.windowHandle().setScreen(self.beamer_screen)
        self.beamer.setGeometry(self.beamer_screen.geometry())
        if self.presenter is not None:
            self.presenter.show()
            self.presenter.activateWindow()
        else:
            self.beamer.activateWindow()
        self.beamer.setFocus()
        self.beamer.show_step(animate=False)
        self._step_changed(self.tour.index)

    def stop(self) -> None:
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
                self.tour.position,
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
