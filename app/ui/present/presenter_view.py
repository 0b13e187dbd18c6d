"""The presenter's screen: where the tour is, what the guide says, the worksheet, the time."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.scene.style import load_fonts
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr
from app.ui.worksheet.worksheet_panel import WorksheetPanel, plain_label


def big_font(pixels: int, weight: QFont.Weight = QFont.Weight.DemiBold) -> QFont:
    font = QFont(load_fonts())
    font.setPixelSize(pixels)
    font.setWeight(weight)
    return font


class Countdown(QGroupBox):
    """The "Aan de slag" timer: minutes, start/pause, reset, and shown on the beamer or not."""

    changed = Signal(str, bool, bool)  # text, shown on beamer, time is up

    def __init__(self) -> None:
        super().__init__(tr("Aftellen voor Aan de slag"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setValue(10)
        self.minutes.setSuffix(tr(" min"))
        self.display = QLabel("10:00")
        self.display.setFont(big_font(40, QFont.Weight.Bold))
        self.start_button = QPushButton(tr("Start"))
        self.reset_button = QPushButton(tr("Opnieuw"))
        self.on_beamer = QCheckBox(tr("Op de beamer tonen"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.on_beamer.toggled.connect(lambda _: self._emit())
        self.minutes.valueChanged.connect(lambda _: self.reset())
        self._remaining = 600.0
        self._ends_at: float | None = None
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._update)
        row = QHBoxLayout()
        for widget in (self.minutes, self.start_button, self.reset_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(row)
        layout.addWidget(self.on_beamer)

    @property
    def running(self) -> bool:
        return self._ends_at is not None

    def remaining(self) -> float:
        if self._ends_at is None:
            return self._remaining
        return max(0.0, self._ends_at - time.monotonic())

    def toggle(self) -> None:
        if self.running:
            self._remaining = self.remaining()
            self._ends_at = None
            self._tick.stop()
            self.start_button.setText(tr("Verder"))
        else:
            self._ends_at = time.monotonic() + self._remaining
            self._tick.start()
            self.start_button.setText(tr("Pauze"))
        self._update()

    def reset(self) -> None:
        self._ends_at = None
        self._tick.stop()
        self._remaining = self.minutes.value() * 60.0
        self.start_button.setText(tr("Start"))
        self._update()

    def text(self) -> str:
        seconds = round(self.remaining())
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    def _update(self) -> None:
        if self.running and self.remaining() <= 0:
            self._remaining = 0.0
            self._ends_at = None
            self._tick.stop()
            self.start_button.setText(tr("Start"))
        self.display.setText(self.text())
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.text(), self.on_beamer.isChecked(), self.remaining() <= 0)


class PresenterView(QWidget):
    key_pressed = Signal(QKeyEvent)
    stop_requested = Signal()

    def __init__(self, worksheet: WorksheetPanel) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setWindowTitle(tr("Presentatorweergave"))
        self.now = plain_label("")
        self.now.setFont(big_font(26))
        # the presenter's focus: a screen reader says each step here (see show_step)
        self.now.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.now)
        self.next = plain_label("", muted=True)
        self.next.setFont(big_font(18, QFont.Weight.Normal))
        self.position = QLabel()
        self.clock = QLabel()
        self.clock.setFont(big_font(40, QFont.Weight.Bold))
        self.notes = GuidePanel()
        self.notes.set_text_size(14)
        self.countdown = Countdown()
        self.worksheet = worksheet
        back = QPushButton(tr("◀ Vorige"))
        forward = QPushButton(tr("Volgende ▶"))
        black = QPushButton(tr("Zwart (B)"))
        stop = QPushButton(tr("Stoppen (Esc)"))
        for button, key in (
            (back, Qt.Key.Key_PageUp),
            (forward, Qt.Key.Key_PageDown),
            (black, Qt.Key.Key_B),
        ):
            button.clicked.connect(lambda _=False, k=key: self._send(k))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop.clicked.connect(self.stop_requested.emit)
        stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(plain_label(tr("Nu"), muted=True))
        left_layout.addWidget(self.now)
        left_layout.addWidget(plain_label(tr("Hierna"), muted=True))
        left_layout.addWidget(self.next)
        left_layout.addWidget(plain_label(tr("Uit de handreiking"), muted=True))
        left_layout.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        for button in (back, forward, black, stop):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QGridLayout(right)
        right_layout.addWidget(self.clock, 0, 0)
        right_layout.addWidget(self.position, 0, 1, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(self.countdown, 1, 0, 1, 2)
        right_layout.addWidget(worksheet, 2, 0, 1, 2)
        right_layout.setRowStretch(2, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()

    def _tick(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def _send(self, key: Qt.Key) -> None:
        text = "b" if key == Qt.Key.Key_B else ""
        self.key_pressed.emit(
            QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        )

    def show_step(self, now: str, following: str, position: str, notes_markdown: str) -> None:
        self.now.setText(now)
        spoken = tr("Stap %1: %2").replace("%1", position).replace("%2", now)
        if spoken != self.now.accessibleName():
            self.now.setAccessibleName(spoken)  # said when the step has focus
            if not self.now.hasFocus():  # typing in the worksheet: said all the same
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.now, spoken))
        self.next.setText(following or tr("(einde van de rondleiding)"))
        self.position.setText(position)
        self.notes.show_markdown(notes_markdown)
