"""The plate's regions and elements as accessible objects, and the tab bars' tabs.

A screen reader walks the plate as a tree: regions hold their elements, in
reading order (an element in two regions is listed under the first, as in the
outline). Each element says its label (name), where it is and what the poster
says (description), whether it is selected, where it is on screen, and which
elements it is related to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.model.plate import DIRECTED_RELATIONS
from app.typing_compat import override
from app.ui.accessibility import AccessiblePart, PartOwner, install, join_sentences
from app.ui.i18n import tr

if TYPE_CHECKING:
    from app.ui.plate_view import PlateView

Text = QAccessible.Text
Role = QAccessible.Role
Relation = QAccessible.RelationFlag


class PlateParts(PartOwner):
    """The accessible parts of one plate view, rebuilt when its scene is replaced."""

    def __init__(self, view: PlateView) -> None:
        install()
        super().__init__(view)
        self.view = view
        self.parts: dict[str, AccessiblePart] = {}
        self._children: dict[str, list[AccessiblePart]] = {}
        self._roots: list[AccessiblePart] = []
        self._parent: dict[str, str] = {}
        self.rebuild()

    def rebuild(self) -> None:
        for part in self.parts.values():
            part.deleteLater()
        # from the plate's records (as the scene draws it), not its graph: the views are
        # made before the first paint, and the graph (networkx) only comes after it
        records = self.view.plate_scene.records
        elements = records.elements
        self.parts = {node: AccessiblePart(self, node, self.view) for node in elements}
        self._parent = {}
        self._children = {}

        def position(node: str) -> tuple[float, float]:
            rect = elements[node].rect
            return (rect.y, rect.x) if rect else (0.0, 0.0)

        for node, element in elements.items():
            if element.inside:
                self._parent[node] = element.inside[0]
        for node in elements:
            children = [
                child
                for child in records.contents(node)
                if child in elements and self._parent.get(child) == node
            ]
            self._children[node] = [self.parts[c] for c in sorted(children, key=position)]
        roots = [n for n in elements if n not in self._parent]
        self._roots = [self.parts[n] for n in sorted(roots, key=position)]
        self._announced = None

    # --- the tree -------------------------------------------------------------
    def children(self, part: AccessiblePart | None) -> list[AccessiblePart]:
        return self._roots if part is None else self._children.get(part.key, [])

    def parent_part(self, part: AccessiblePart) -> AccessiblePart | None:
        above = self._parent.get(part.key)
        return self.parts.get(above) if above else None

    def element(self, part: AccessiblePart):  # type: ignore[no-untyped-def]
        return self.view.plate_scene.records.elements[part.key]

    def area(self, part: AccessiblePart) -> str:
        above = self._parent.get(part.key)
        if not above:
            return ""
        return self.view.plate_scene.records.elements[above].label.strip().rstrip(":")

    # --- what each part says ----------------------------------------------------
    def text(self, part: AccessiblePart, kind: QAccessible.Text) -> str:
        if part.key not in self.view.plate_scene.records.elements:
            return ""
        element = self.element(part)
        if kind == Text.Name:
            return element.label.strip()
        if kind == Text.Description:
            # "label, role, in area", said once: screen readers say the name, then this.
            # The kind is said in words: Orca and NVDA leave out a list item's role.
            area = self.area(part)
            held = len(self._children.get(part.key, []))
            kind_said = (
                tr("Gebied met %1 onderdelen").replace("%1", str(held)) if held else tr("Onderdeel")
            )
            where = tr("in %1").replace("%1", area) if area else ""
            return join_sentences(" ".join(w for w in (kind_said, where) if w), element.text)
        if kind == Text.Help:
            return tr("Enter zoomt in; de toelichting staat in het zijpaneel.")
        return ""

    def role(self, part: AccessiblePart) -> QAccessible.Role:
        # a region is a section, which screen readers do not say again as the context of
        # each element entered (the element says its area itself: "in <area>")
        return Role.Section if self._children.get(part.key) else Role.ListItem

    def state(self, part: AccessiblePart) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True  # a link can lead to a region: it is selected then
        state.selectable = True
        selected = self.view.plate_scene.selected_id == part.key
        state.selected = selected
        state.focused = selected and self.view.hasFocus()
        if not self._on_screen(part):
            state.offscreen = True
        return state

    def _scene_rect(self, part: AccessiblePart):  # type: ignore[no-untyped-def]
        return self.view.plate_scene.element_rect(part.key)

    def _on_screen(self, part: AccessiblePart) -> bool:
        return self.view.isVisible() and self.rect(part).intersects(
            QRect(
                self.view.viewport().mapToGlobal(self.view.viewport().rect().topLeft()),
                self.view.viewport().size(),
            )
        )

    def rect(self, part: AccessiblePart) -> QRect:
        if part.key not in self.view.plate_scene.items_by_id:
            return QRect()
        polygon = self.view.mapFromScene(self._scene_rect(part))
        local = polygon.boundingRect()
        top_left = self.view.viewport().mapToGlobal(local.topLeft())
        return QRect(top_left, local.size())

    def relations(self, part: AccessiblePart) -> list[tuple[AccessiblePart, object]]:
        graph = self.view.plate_scene.graph
        result: list[tuple[AccessiblePart, object]] = []
        for _, other, data in graph.out_edges(part.key, data=True):
            relation = data.get("relation")
            if relation is not None and other in self.parts:
                result.append((self.parts[other], Relation.FlowsTo))
        for other, _, data in graph.in_edges(part.key, data=True):
            relation = data.get("relation")
            if relation is not None and other in self.parts:
                kind = (
                    Relation.FlowsFrom if relation.kind in DIRECTED_RELATIONS else Relation.FlowsTo
                )
                result.append((self.parts[other], kind))
        return result

    def focused_part(self) -> AccessiblePart | None:
        selected = self.view.plate_scene.selected_id
        if selected and self.view.hasFocus():
            return self.parts.get(selected)
        return None

    def widget_role(self) -> QAccessible.Role:
        return Role.Grouping


class TabParts(PartOwner):
    """A tab bar's tabs: only the current tab of a focused bar reports FOCUSED
    (Qt's own tabs all say FOCUSED when current, focus or not)."""

    def __init__(self, bar: QTabBar) -> None:
        install()
        super().__init__(bar)
        self.bar = bar
        self.parts: list[AccessiblePart] = []

    def sync(self) -> None:
        while len(self.parts) < self.bar.count():
            self.parts.append(AccessiblePart(self, str(len(self.parts)), self.bar))
        while len(self.parts) > self.bar.count():
            self.parts.pop().deleteLater()

    def children(self, part: AccessiblePart | None) -> list[AccessiblePart]:
        self.sync()
        return self.parts if part is None else []

    def text(self, part: AccessiblePart, kind: QAccessible.Text) -> str:
        index = int(part.key)
        if index >= self.bar.count():
            return ""
        if kind == Text.Name:
            return " ".join(self.bar.tabText(index).replace("&", "").split())
        if kind == Text.Description:
            return self.bar.tabToolTip(index)
        return ""

    def role(self, part: AccessiblePart) -> QAccessible.Role:
        return Role.PageTab

    def state(self, part: AccessiblePart) -> QAccessible.State:
        index = int(part.key)
        state = QAccessible.State()
        state.selectable = True
        state.focusable = self.bar.focusPolicy() != Qt.FocusPolicy.NoFocus
        state.selected = index == self.bar.currentIndex()
        state.focused = state.selected and self.bar.hasFocus()
        if not self.bar.isTabVisible(index) if index < self.bar.count() else True:
            state.invisible = True
        return state

    def rect(self, part: AccessiblePart) -> QRect:
        index = int(part.key)
        if index >= self.bar.count():
            return QRect()
        local = self.bar.tabRect(index)
        return QRect(self.bar.mapToGlobal(local.topLeft()), local.size())

    def focused_part(self) -> AccessiblePart | None:
        self.sync()
        index = self.bar.currentIndex()
        if self.bar.hasFocus() and 0 <= index < len(self.parts):
            return self.parts[index]
        return None

    def widget_role(self) -> QAccessible.Role:
        return Role.PageTabList


class AccessibleTabBar(QTabBar):
    """A tab bar whose tabs tell the truth about focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_parts = TabParts(self)

    @override
    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.tab_parts.sync()

    @override
    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self.tab_parts.sync()


class AccessibleTabWidget(QTabWidget):
    """A tab widget with an `AccessibleTabBar`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(AccessibleTabBar(self))


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
