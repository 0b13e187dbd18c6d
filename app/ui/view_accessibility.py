"""Qt's item views (the outline, lists and tables) as a screen reader should hear them.

Qt's own interfaces for item views report the view and its current entry as
FOCUSED at once, and cannot be changed from Python. These owners give the views an
interface from the app's factory instead, with the entries laid out exactly as
Qt's own (so Qt's events, which name an entry by its place, still name the right
one): only the current entry of a focused view reports FOCUSED.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeWidget, QTreeWidgetItem

from app.typing_compat import override
from app.ui.accessibility import AccessiblePart, PartOwner, install, join_sentences
from app.ui.i18n import tr

Text = QAccessible.Text
Role = QAccessible.Role


class TreeParts(PartOwner):
    """A one-column tree view's entries, as Qt lays them out: a header, then every
    shown entry in view order (Qt's own events name an entry by that place), each a
    tree item that says its level ("in <region>"), whether it has entries under it,
    and reports FOCUSED only while the tree has keyboard focus, in place of the tree
    (Qt's own tree and its current entry both say FOCUSED)."""

    HEADER = "\x00header"

    def __init__(self, tree: QTreeWidget) -> None:
        install()
        super().__init__(tree)
        self.tree = tree
        self.parts: dict[int, AccessiblePart] = {}  # by id() of the item
        self.header = AccessiblePart(self, self.HEADER, tree)

    def rebuild(self) -> None:
        """The tree's entries were all replaced."""
        for part in self.parts.values():
            part.deleteLater()
        self.parts = {}
        self._announced = None

    def _rows(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        item = self.tree.topLevelItem(0)
        while item is not None:
            rows.append(item)
            item = self.tree.itemBelow(item)
        return rows

    def _part(self, item: QTreeWidgetItem) -> AccessiblePart:
        key = id(item)
        if key not in self.parts:
            self.parts[key] = AccessiblePart(self, str(key), self.tree)
            self.parts[key].item = item  # type: ignore[attr-defined]
        return self.parts[key]

    def item(self, part: AccessiblePart) -> QTreeWidgetItem | None:
        item = getattr(part, "item", None)
        if item is None or self.parts.get(id(item)) is not part:
            return None
        return item

    def children(self, part: AccessiblePart | None) -> list[AccessiblePart]:
        if part is not None:
            return []
        return [self.header, *(self._part(item) for item in self._rows())]

    def text(self, part: AccessiblePart, kind: QAccessible.Text) -> str:
        if part is self.header:
            return self.tree.headerItem().text(0) if kind == Text.Name else ""
        item = self.item(part)
        if item is None:
            return ""
        if kind == Text.Name:
            return item.text(0).strip()
        if kind == Text.Description:
            above = item.parent()
            area = above.text(0).strip().rstrip(":") if above is not None else ""
            said = str(item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) or "")
            if said.strip() == item.text(0).strip():
                said = ""
            return join_sentences(tr("in %1").replace("%1", area) if area else "", said)
        return ""

    def role(self, part: AccessiblePart) -> QAccessible.Role:
        return Role.ColumnHeader if part is self.header else Role.TreeItem

    def state(self, part: AccessiblePart) -> QAccessible.State:
        state = QAccessible.State()
        if part is self.header:
            state.invisible = self.tree.isHeaderHidden()
            return state
        item = self.item(part)
        if item is None:
            state.invisible = True
            return state
        state.focusable = True
        state.selectable = True
        state.selected = item.isSelected()
        state.focused = item is self.tree.currentItem() and self.tree.hasFocus()
        if item.childCount():
            state.expandable = True
            state.expanded = item.isExpanded()
            state.collapsed = not item.isExpanded()
        if not self.tree.viewport().rect().intersects(self.tree.visualItemRect(item)):
            state.offscreen = True
        return state

    def rect(self, part: AccessiblePart) -> QRect:
        item = self.item(part)
        if item is None:
            return QRect()
        local = self.tree.visualItemRect(item)
        return QRect(self.tree.viewport().mapToGlobal(local.topLeft()), local.size())

    def focused_part(self) -> AccessiblePart | None:
        item = self.tree.currentItem()
        if item is not None and self.tree.hasFocus():
            return self._part(item)
        return None

    def widget_role(self) -> QAccessible.Role:
        return Role.Tree


class _FocusWatch(QObject):
    def __init__(self, owner: ItemViewParts) -> None:
        super().__init__(owner.view)
        self.owner = owner

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            # Qt says the current entry in the view's focus-in handler and the view
            # after it: both go to the view, and the entry is said once, after them
            self.owner.silent = True
            QTimer.singleShot(0, self.owner.view, self.owner.focus_settled)
        elif event.type() == QEvent.Type.FocusOut:
            self.owner.focus_left()
        return False


class ItemViewParts(PartOwner):
    """A list or table view's entries, laid out as Qt's own interface lays them out
    (a table: a corner, a header row, then each row with its row header first), so
    Qt's own events name the right entry. Only the current entry of a focused view
    reports FOCUSED, in place of the view (Qt's view and entry both say FOCUSED)."""

    def __init__(self, view: QAbstractItemView) -> None:
        install()
        super().__init__(view)
        self.view = view
        self.is_table = isinstance(view, QTableView)
        self.parts: dict[tuple[int, int], AccessiblePart] = {}
        view.installEventFilter(_FocusWatch(self))

    def focus_settled(self) -> None:
        self.silent = False
        self.focus_arrived()

    def _size(self) -> tuple[int, int]:
        model, root = self.view.model(), self.view.rootIndex()
        if model is None:  # a view before its model is set has no entries yet
            return 0, 0
        return model.rowCount(root), model.columnCount(root) if self.is_table else 1

    def _part(self, row: int, column: int) -> AccessiblePart:
        key = (row, column)
        if key not in self.parts:
            self.parts[key] = AccessiblePart(self, f"{row},{column}", self.view)
        return self.parts[key]

    @staticmethod
    def _place(part: AccessiblePart) -> tuple[int, int]:
        row, column = part.key.split(",")
        return int(row), int(column)

    def children(self, part: AccessiblePart | None) -> list[AccessiblePart]:
        if part is not None:
            return []
        rows, columns = self._size()
        if not self.is_table:
            return [self._part(row, 0) for row in range(rows)]
        return [self._part(row, column) for row in range(-1, rows) for column in range(-1, columns)]

    def _header(self, column: int) -> str:
        return str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "").strip()

    def text(self, part: AccessiblePart, kind: QAccessible.Text) -> str:
        row, column = self._place(part)
        model = self.view.model()
        rows, columns = self._size()
        if row >= rows or column >= columns or (row < 0 and column < 0):
            return ""
        if row < 0:
            return self._header(column) if kind == Text.Name else ""
        if column < 0:
            return str(row + 1) if kind == Text.Name else ""
        if kind == Text.Name:
            return str(model.data(model.index(row, column)) or "").strip()
        if kind == Text.Description and self.is_table:
            others = [
                f"{self._header(other)}: {str(model.data(model.index(row, other)) or '').strip()}"
                for other in range(columns)
                if other != column
            ]
            return join_sentences(self._header(column), *others)
        return ""

    def role(self, part: AccessiblePart) -> QAccessible.Role:
        row, column = self._place(part)
        if not self.is_table:
            return Role.ListItem
        if row < 0:
            return Role.ColumnHeader if column >= 0 else Role.Pane
        return Role.RowHeader if column < 0 else Role.Cell

    def state(self, part: AccessiblePart) -> QAccessible.State:
        state = QAccessible.State()
        row, column = self._place(part)
        rows, columns = self._size()
        if row >= rows or column >= columns:
            state.invisible = True
            return state
        if row < 0 or column < 0:
            view = self.view
            assert isinstance(view, QTableView)
            header = view.horizontalHeader() if row < 0 else view.verticalHeader()
            state.invisible = header.isHidden() or (row < 0 and column < 0)
            return state
        index = self.view.model().index(row, column)
        flags = index.flags()
        state.selectable = state.focusable = bool(flags & Qt.ItemFlag.ItemIsSelectable)
        state.editable = bool(flags & Qt.ItemFlag.ItemIsEditable)
        state.selected = self.view.selectionModel().isSelected(index)
        state.focused = self.view.currentIndex() == index and self.view.hasFocus()
        if not self.view.viewport().rect().intersects(self.view.visualRect(index)):
            state.offscreen = True
        return state

    def rect(self, part: AccessiblePart) -> QRect:
        row, column = self._place(part)
        if row < 0 or column < 0 or row >= self._size()[0]:
            return QRect()
        local = self.view.visualRect(self.view.model().index(row, column))
        return QRect(self.view.viewport().mapToGlobal(local.topLeft()), local.size())

    def focused_part(self) -> AccessiblePart | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.hasFocus():
            return self._part(index.row(), index.column())
        return None

    def widget_role(self) -> QAccessible.Role:
        return Role.Table if self.is_table else Role.List
