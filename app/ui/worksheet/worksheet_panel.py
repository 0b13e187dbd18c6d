"""The "Aan de slag" panel: the current plate's worksheet, answered in the current session."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.library import PlateLibrary
from app.model.plate import AnswerShape, Plate
from app.model.worksheet import NOTES, Change, field_key
from app.typing_compat import override
from app.ui.i18n import long_date, tr
from app.ui.links import open_outside
from app.ui.safe_text import markdown_label
from app.ui.worksheet.session_controller import SessionController


def plain_label(text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user and guide text: never guessed as HTML
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
    if muted:
        label.setStyleSheet("color: #4b5563;")
    return label


def open_web_link(link: str, near: QWidget | None = None) -> None:
    url = QUrl(link)
    if url.scheme() in ("http", "https") and url.host():
        open_outside(url, near)


class WorksheetPanel(QWidget):
    def __init__(self, controller: SessionController, library: PlateLibrary) -> None:
        super().__init__()
        self.setObjectName("worksheetPanel")
        self.controller = controller
        self.library = library
        self.plate_id = ""
        self._editors: dict[str, QWidget] = {}  # field key or NOTES -> widget
        # The fields are made when the panel shows (or in an idle turn after the first
        # paint): at the start the panel is a hidden tab, and a plate or session chosen
        # while it is hidden marks it stale instead of building fields no one sees.
        self._stale = True
        self._session_label = plain_label("", bold=True)
        self.read_only_label = plain_label("", muted=True)
        self.read_only_label.setStyleSheet(
            "background: #fff4e5; color: #5b3300; padding: 6px; border-radius: 4px;"
        )
        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed stop: fields next
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._session_label)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.scroll_area, 1)
        controller.changed.connect(self._on_change)
        controller.session_switched.connect(self._rebuild_when_seen)

    @property
    def editors(self) -> dict[str, QWidget]:
        self.ensure_built()
        return self._editors

    @property
    def session_label(self) -> QLabel:
        self.ensure_built()
        return self._session_label

    def ensure_built(self) -> None:
        if self._stale:
            self.rebuild()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _rebuild_when_seen(self) -> None:
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def show_plate(self, plate_id: str) -> None:
        if plate_id != self.plate_id:
            self.plate_id = plate_id
            self._rebuild_when_seen()

    def rebuild(self) -> None:
        # the fields' module: not before the first paint
        from app.ui.worksheet.answer_widgets import TextAnswer

        self._stale = False
        session = self.controller.session
        participants = ", ".join(session.participants)
        self._session_label.setText(
            tr("Werksessie: ")
            + session.name
            + f"  ·  {long_date(session.date)}"
            + (f"  ·  {participants}" if participants else "")
        )
        self.read_only_label.setVisible(self.controller.read_only)
        self.read_only_label.setText(self.controller.message if self.controller.read_only else "")
        self._editors.clear()
        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 4, 6, 4)
        form.setSpacing(8)
        try:
            plate = self.library.plate(self.plate_id)
        except KeyError:
            form.addWidget(plain_label(tr("Kies een plaat om het werkblad te zien."), muted=True))
            form.addStretch(1)
            self.scroll_area.setWidget(body)
            return
        self._build_worksheet(plate, form)
        form.addSpacing(8)
        form.addWidget(plain_label(tr("Notities"), bold=True))
        form.addWidget(
            plain_label(
                tr(
                    "Eigen aantekeningen van het team (een veld van het programma, "
                    "niet uit de handreiking)."
                ),
                muted=True,
            )
        )
        notes = TextAnswer(self.controller.editor, plate.id, None)
        notes.setAccessibleName(tr("Notities"))
        self.editors[NOTES] = notes
        form.addWidget(notes)
        form.addStretch(1)
        self.scroll_area.setWidget(body)
        for editor in self.editors.values():
            editor.setEnabled(not self.controller.read_only)

    def _build_worksheet(self, plate: Plate, form: QVBoxLayout) -> None:
        from app.ui.worksheet.answer_widgets import AnswerList, ListAnswer, PeopleAnswer, TextAnswer

        sheet = plate.worksheet
        if sheet is None:
            form.addWidget(
                plain_label(
                    tr(
                        "Bij deze plaat heeft de handreiking geen werkblad; "
                        "gebruik de notities hieronder."
                    ),
                    muted=True,
                )
            )
            return
        title = plain_label(sheet.title, bold=True)
        title.setStyleSheet("font-size: 15pt;")
        form.addWidget(title)
        form.addWidget(plain_label(sheet.intro))
        editor = self.controller.editor
        for number, question in enumerate(sheet.questions, start=1):
            prefix = f"{number}. " if len(sheet.questions) > 1 else ""
            form.addWidget(plain_label(prefix + question.text, bold=True))
            if question.answer == AnswerShape.TEXT:
                text_answer = TextAnswer(editor, plate.id, question.id)
                text_answer.setAccessibleName(question.text)
                self.editors[question.id] = text_answer
                form.addWidget(text_answer)
                continue
            grid = QGridLayout()
            lists: list[AnswerList] = []
            for index, answer_field in enumerate(question.fields):
                key = field_key(question.id, answer_field.id)
                box = QVBoxLayout()
                box.addWidget(plain_label(answer_field.label, bold=True))
                if answer_field.hint:
                    hint = markdown_label(answer_field.hint)  # the app renders it: no images
                    hint.linkActivated.connect(lambda link, h=hint: open_web_link(link, h))
                    hint.setStyleSheet("color: #4b5563;")
                    box.addWidget(hint)
                widget: QWidget
                if question.answer == AnswerShape.PEOPLE:
                    widget = PeopleAnswer(editor, plate.id, key, answer_field.label)
                else:
                    list_answer = ListAnswer(editor, plate.id, key, answer_field.label)
                    lists.append(list_answer.list)
                    widget = list_answer
                self.editors[key] = widget
                box.addWidget(widget)
                # lists side by side as the guide's columns when there is room, people stacked
                columns = 1 if question.answer == AnswerShape.PEOPLE else 2
                grid.addLayout(box, index // columns, index % columns)
            for answer_list in lists:
                answer_list.siblings = lists
            form.addLayout(grid)

    def _on_change(self, change: Change) -> None:
        if not change.plate_id:  # the session's own name, date, participants
            self._rebuild_when_seen()
            return
        if change.plate_id != self.plate_id or self._stale:
            return
        from app.ui.worksheet.answer_widgets import ListAnswer, PeopleAnswer, TextAnswer

        for key in change.key.split("|"):
            widget = self.editors.get(key)
            if isinstance(widget, ListAnswer):
                widget.list.refresh()
            elif isinstance(widget, (TextAnswer, PeopleAnswer)):
                widget.refresh()
