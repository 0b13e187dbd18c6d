"""The plate as an outline: regions and their elements, in reading order.

For keyboard and screen-reader users the outline is the plate: choosing an
entry selects the element on the diagram, and the diagram's selection is
shown here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.model.graph import CONTAINS
from app.model.library import PlateLibrary
from app.typing_compat import override
from app.ui.i18n import tr
from app.ui.safe_text import tooltip
from app.ui.view_accessibility import TreeParts

ID_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QTreeWidget):
    element_chosen = Signal(str, str)  # plate id, element id

    def __init__(self, library: PlateLibrary) -> None:
        super().__init__()
        self.setObjectName("outlinePanel")
        self.library = library
        self.plate_id = ""
        self.items: dict[str, QTreeWidgetItem] = {}
        self.setHeaderHidden(True)
        self.setHeaderLabel(tr("Onderdelen"))  # a screen reader names the column by it
        self.setAccessibleName(tr("Overzicht van de plaat"))
        self.setAccessibleDescription(tr("Gebieden en onderdelen van de plaat, in leesvolgorde"))
        self.currentItemChanged.connect(self._current_changed)
        # what a screen reader reads: levels, leaves that do not expand, one FOCUSED
        self.tree_parts = TreeParts(self)
        self._syncing = False
        self._selected: QTreeWidgetItem | None = None
        # asked before the plate's graph exists (start-up): filled when shown or when
        # the graphs are built (`graphs_ready`), not by building the graph early
        self._wanted: tuple[str, str | None] | None = None

    def graphs_ready(self) -> None:
        if self._wanted is not None:
            plate_id, element_id = self._wanted
            self._wanted = None
            self.show_plate(plate_id)
            self.select(element_id)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.graphs_ready()

    def forget(self, plate_id: str) -> None:
        """The plate changed: build its list again when it is shown next."""
        if plate_id == self.plate_id:
            self.plate_id = ""

    def show_plate(self, plate_id: str) -> None:
        if plate_id == self.plate_id:
            return
        graphs = self.library.graphs
        if plate_id in graphs and not graphs.is_built(plate_id) and not self.isVisible():
            self._wanted = (plate_id, None)
            return
        self._wanted = None
        self.plate_id = plate_id
        self.clear()
        self.tree_parts.rebuild()
        self.items.clear()
        self._selected = None
        if plate_id not in self.library.graphs:
            return
        graph = self.library.graphs[plate_id]

        def position(node: str) -> tuple[float, float]:
            rect = graph.nodes[node]["element"].rect
            return (rect.y, rect.x) if rect else (0.0, 0.0)

        def add(node: str, parent: QTreeWidgetItem | QTreeWidget) -> None:
            element = graph.nodes[node]["element"]
            item = QTreeWidgetItem(parent, [element.label])
            item.setData(0, ID_ROLE, node)
            description = element.text or element.label
            item.setToolTip(0, tooltip(description))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.items.setdefault(node, item)
            children = [c for _, c, k in graph.out_edges(node, data="kind") if k == CONTAINS]
            # an element in two regions (plate 1: a stage and a domain) is listed under the first
            for child in sorted(children, key=position):
                if graph.nodes[child]["inside"][0] == node:
                    add(child, item)

        roots = [n for n in graph.nodes if not graph.nodes[n]["inside"]]
        for root in sorted(roots, key=position):
            add(root, self)
        for item in self.items.values():  # only what has children is expandable
            item.setExpanded(item.childCount() > 0)

    def select(self, element_id: str | None) -> None:
        """Show the diagram's selection. The current item (what reports keyboard focus
        to a screen reader) follows it only while the outline has focus."""
        if self._wanted is not None:
            self._wanted = (self._wanted[0], element_id)
            return
        self._syncing = True
        item = self.items.get(element_id or "")
        self._selected = item
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.scrollToItem(item)
        if self.hasFocus():
            self.setCurrentItem(item) if item else None
        else:
            self._no_current()
        self._syncing = False

    def _no_current(self) -> None:
        self.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        item = self._selected or self.topLevelItem(0)
        # Qt says the entry here and the tree after this handler, so the entry would be
        # said twice: Qt's entry event goes to the tree instead, and the entry is said
        # once, after the tree
        with self.tree_parts.quiet():
            if item is not None and self.currentItem() is not item:
                self._syncing = True
                self.setCurrentItem(item)
                self._syncing = False
            super().focusInEvent(event)
        self.tree_parts.focus_arrived()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.tree_parts.focus_left()
        self._syncing = True
        self._no_current()
        self._syncing = False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._syncing:
            self.element_chosen.emit(self.plate_id, current.data(0, ID_ROLE))
