"""Editors for one worksheet answer each; they change the session only through its editor.

Every widget shows user text as plain text (QPlainTextEdit, list and table
items), and redraws from the session when a Change names its field, so undo
and a second view (the presenter's) stay in step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.worksheet import ListItem, SessionEditor
from app.typing_compat import override
from app.ui.accessibility import say
from app.ui.i18n import tr
from app.ui.view_accessibility import ItemViewParts

ID_ROLE = Qt.ItemDataRole.UserRole


class TextAnswer(QPlainTextEdit):
    """A free-text answer (or the notes field when `question_id` is None)."""

    def __init__(self, editor: SessionEditor, plate_id: str, question_id: str | None) -> None:
        super().__init__()
        self.editor = editor
        self.plate_id = plate_id
        self.question_id = question_id
        self.setTabChangesFocus(True)
        self.setMinimumHeight(90)
        self._updating = False
        self.refresh()
        self.textChanged.connect(self._typed)

    def value(self) -> str:
        answers = self.editor.session.answers(self.plate_id)
        if self.question_id is None:
            return answers.notes
        return answers.texts.get(self.question_id, "")

    def refresh(self) -> None:
        if self.toPlainText() == self.value():
            return
        self._updating = True
        cursor = self.textCursor().position()
        self.setPlainText(self.value())
        text_cursor = self.textCursor()
        text_cursor.setPosition(min(cursor, len(self.value())))
        self.setTextCursor(text_cursor)
        self._updating = False

    def _typed(self) -> None:
        if self._updating:
            return
        if self.question_id is None:
            self.editor.set_notes(self.plate_id, self.toPlainText())
        else:
            self.editor.set_text(self.plate_id, self.question_id, self.toPlainText())


class AnswerList(QListWidget):
    """One list of a question's lists; items move within it and to its sibling lists."""

    def __init__(self, editor: SessionEditor, plate_id: str, key: str, title: str) -> None:
        super().__init__()
        self.editor = editor
        self.plate_id = plate_id
        self.key = key
        self.siblings: list[AnswerList] = [self]
        self.setAccessibleName(title)
        ItemViewParts(self)  # one FOCUSED: the current point, not the list as well
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setMinimumHeight(90)
        # long answers wrap within the list's width, never behind a horizontal scroll bar
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setToolTip(
            tr(
                "Slepen of Ctrl+pijltjes om te verplaatsen, F2 of dubbelklik om te wijzigen, "
                "Delete om te verwijderen"
            )
        )
        self._updating = False
        self.refresh()
        self.itemChanged.connect(self._edited)

    def model_items(self) -> list[ListItem]:
        return self.editor.session.answers(self.plate_id).lists.get(self.key, [])

    def refresh(self) -> None:
        current = self.currentItem().data(ID_ROLE) if self.currentItem() else None
        self._updating = True
        self.clear()
        for item in self.model_items():
            row = QListWidgetItem(item.text)
            row.setData(ID_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            self.addItem(row)
            if item.id == current:
                self.setCurrentItem(row)
        self._updating = False

    def _edited(self, row: QListWidgetItem) -> None:
        if not self._updating:
            self.editor.edit_item(self.plate_id, self.key, row.data(ID_ROLE), row.text())

    def add(self, text: str) -> None:
        self.editor.add_item(self.plate_id, self.key, text)

    def move_current(self, target: AnswerList, index: int) -> None:
        row = self.currentItem()
        if row is None:
            return
        item_id = row.data(ID_ROLE)
        self.editor.move_item(self.plate_id, self.key, item_id, target.key, index)
        target.select_id(item_id)
        target.setFocus()

    def select_id(self, item_id: str) -> None:
        for index in range(self.count()):
            if self.item(index).data(ID_ROLE) == item_id:
                self.setCurrentRow(index)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Delete) and self.currentItem():
            self.editor.remove_item(self.plate_id, self.key, self.currentItem().data(ID_ROLE))
            self.setCurrentRow(min(row, self.count() - 1))
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.move_current(self, max(0, row + step))
            return
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row >= 0:
            position = self.siblings.index(self) + (-1 if key == Qt.Key.Key_Left else 1)
            if 0 <= position < len(self.siblings):
                target = self.siblings[position]
                self.move_current(target, target.count())
            return
        super().keyPressEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, AnswerList) or source not in self.siblings:
            event.ignore()
            return
        row = self.indexAt(event.position().toPoint()).row()
        index = self.count() if row < 0 else row
        # The model moves the item and both lists redraw from it; telling Qt it
        # was a copy keeps Qt from removing the source row a second time.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        source.move_current(self, index)


class ListAnswer(QWidget):
    """A list with a line to add items to it."""

    def __init__(self, editor: SessionEditor, plate_id: str, key: str, title: str) -> None:
        super().__init__()
        self.list = AnswerList(editor, plate_id, key, title)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("Nieuw punt + Enter"))
        self.entry.setAccessibleName(tr("Nieuw punt voor: ") + title)
        self.entry.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.entry)

    def _add(self) -> None:
        text = self.entry.text().strip()
        self.list.add(self.entry.text())
        self.entry.clear()
        if text:  # the field stays focused: a screen reader hears that the point was added
            say(self.window(), tr("Toegevoegd: %1").replace("%1", text))


class PeopleAnswer(QWidget):
    """Colleagues (name, role) for one programme."""

    def __init__(self, editor: SessionEditor, plate_id: str, key: str, title: str) -> None:
        super().__init__()
        self.editor = editor
        self.plate_id = plate_id
        self.key = key
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Naam"), tr("Rol")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(title)
        ItemViewParts(self.table)  # one FOCUSED: the current cell, not the table as well
        self.table.setMinimumHeight(70)
        self.table.installEventFilter(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Naam"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("Rol (bijv. i-coach)"))
        add = QPushButton(tr("Toevoegen"))
        add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.role.returnPressed.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.role, 2)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._updating = False
        self.refresh()
        self.table.itemChanged.connect(self._edited)

    def refresh(self) -> None:
        self._updating = True
        people = self.editor.session.answers(self.plate_id).people.get(self.key, [])
        self.table.setRowCount(len(people))
        for index, person in enumerate(people):
            for column, text in enumerate((person.name, person.role)):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, person.id)
                self.table.setItem(index, column, cell)
        self.table.setFixedHeight(min(260, 34 + 30 * max(1, len(people))))
        self._updating = False

    def _add(self) -> None:
        name = self.name.text().strip()
        if self.editor.add_person(self.plate_id, self.key, self.name.text(), self.role.text()):
            self.name.clear()
            self.role.clear()
            self.name.setFocus()
            say(self.window(), tr("Toegevoegd: %1").replace("%1", name))

    def _edited(self, cell: QTableWidgetItem) -> None:
        if self._updating:
            return
        row = cell.row()
        name_cell, role_cell = self.table.item(row, 0), self.table.item(row, 1)
        name = name_cell.text() if name_cell is not None else ""
        role = role_cell.text() if role_cell is not None else ""
        person_id = cell.data(ID_ROLE)
        if name.strip():
            self.editor.edit_person(self.plate_id, self.key, person_id, name, role)
        else:
            self.editor.remove_person(self.plate_id, self.key, person_id)

    @override
    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            (
                watched is self.table
                and isinstance(event, QKeyEvent)
                and event.type() == event.Type.KeyPress
            )
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.table.currentItem()
        ):
            self.editor.remove_person(
                self.plate_id, self.key, self.table.currentItem().data(ID_ROLE)
            )
            return True
        return super().eventFilter(watched, event)
