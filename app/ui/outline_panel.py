"""The plate as an outline: regions and their elements, in reading order.

For keyboard and screen-reader users the outline is the plate: choosing an
entry selects the element on the diagram, and the diagram's selection is
shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.model.graph import CONTAINS
from app.model.library import PlateLibrary
from app.ui.i18n import tr
from app.ui.safe_text import tooltip

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
        self.setAccessibleName(tr("Overzicht van de plaat"))
        self.setAccessibleDescription(tr("Gebieden en onderdelen van de plaat, in leesvolgorde"))
        self.currentItemChanged.connect(self._current_changed)
        self._syncing = False

    def forget(self, plate_id: str) -> None:
        """The plate changed: build its list again when it is shown next."""
        if plate_id == self.plate_id:
            self.plate_id = ""

    def show_plate(self, plate_id: str) -> None:
        if plate_id == self.plate_id:
            return
        self.plate_id = plate_id
        self.clear()
        self.items.clear()
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
        self.expandAll()

    def select(self, element_id: str | None) -> None:
        self._syncing = True
        item = self.items.get(element_id or "")
        self.setCurrentItem(item) if item else self.clearSelection()
        if item:
            self.scrollToItem(item)
        self._syncing = False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._syncing:
            self.element_chosen.emit(self.plate_id, current.data(0, ID_ROLE))
