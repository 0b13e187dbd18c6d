"""Search across all plates and the guide: results while typing, grouped by plate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.model.library import PlateLibrary
from app.model.search import Hit, SearchIndex
from app.typing_compat import override
from app.ui.i18n import tr
from app.ui.safe_text import tooltip

TARGET_ROLE = Qt.ItemDataRole.UserRole


class SearchField(QLineEdit):
    go_down = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    chosen = Signal(str, str, str)  # plate id ("" for a chapter), element or chapter id, query

    def __init__(self, library: PlateLibrary) -> None:
        super().__init__()
        self.setObjectName("searchPanel")
        self.library = library
        self._index: SearchIndex | None = None  # built on the first search, not at start-up
        self.field = SearchField()
        self.field.setPlaceholderText(tr("Zoeken in de platen en de handreiking…"))
        self.field.setAccessibleName(tr("Zoeken"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.run)
        self.field.returnPressed.connect(self.choose_first)
        self.field.go_down.connect(self._into_results)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setAccessibleName(tr("Zoekresultaten"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.library)
        return self._index

    def invalidate(self) -> None:
        """The plates changed (an own plate reloaded): index anew, and search again."""
        self._index = None
        if self.field.text().strip():
            self.run(self.field.text())

    def run(self, query: str) -> list[Hit]:
        self.results.clear()
        hits = self.index.search(query) if len(query.strip()) >= 2 else []
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.plate_id)
            if group is None:
                if hit.plate_id:
                    plate = self.library.plate(hit.plate_id)
                    title = f"{plate.number}  {plate.title}"
                else:
                    title = tr("Handreiking")
                group = QTreeWidgetItem(self.results, [title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[hit.plate_id] = group
            item = QTreeWidgetItem(group, [f"{hit.title}\n{hit.snippet}"])
            item.setData(0, TARGET_ROLE, (hit.plate_id, hit.target))
            item.setToolTip(0, tooltip(hit.snippet))
        self.results.expandAll()
        if not hits and len(query.strip()) >= 2:
            empty = QTreeWidgetItem(self.results, [tr("Niets gevonden")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        return hits

    def first_result(self) -> QTreeWidgetItem | None:
        for index in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(index)
            if group is not None and group.childCount():
                return group.child(0)
        return None

    def choose_first(self) -> None:
        item = self.first_result()
        if item is not None:
            self._activated(item)

    def _into_results(self) -> None:
        item = self.first_result()
        if item is not None:
            self.results.setFocus()
            self.results.setCurrentItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, TARGET_ROLE)
        if data:
            plate_id, target = data
            self.chosen.emit(plate_id, target, self.field.text())

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()
