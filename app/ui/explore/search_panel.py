"""Search across all plates and the guide: results while typing, grouped by plate."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.library import PlateLibrary
from app.model.safe_markup import escape
from app.model.search import Hit, SearchIndex, find_spans
from app.scene.theme import LIGHT, mark_html
from app.typing_compat import override
from app.ui.i18n import tr
from app.ui.safe_text import SafeDocument
from app.ui.theme import current_theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

TARGET_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the hit as (escaped) rich text, words marked
MARK = mark_html(LIGHT)  # a hit's words, marked (in the light theme; see `marked`)


def marked(text: str, query: str) -> str:
    """`text` as HTML with the query's words marked: the text is escaped piece by piece,
    only the app's own <span> is markup (a plate's "<b>" stays the characters "<b>")."""
    merged: list[list[int]] = []
    for start, end in find_spans(text, query):  # sorted; overlapping words become one
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    at = 0
    mark = mark_html(current_theme())
    for start, end in merged:
        parts.append(escape(text[at:start]))
        parts.append(mark + escape(text[start:end]) + "</span>")
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def hit_html(hit: Hit, query: str) -> str:
    title = f"<b>{marked(hit.title, query)}</b>"
    return title + (f"<br>{marked(hit.snippet, query)}" if hit.snippet else "")


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as its title and the words around it, the searched words marked,
    wrapped to the list's width (no cut-off lines, no empty second line)."""

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        document = SafeDocument()  # escaped text; and it could load nothing anyway
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(3)
        document.setHtml(text)
        document.setTextWidth(max(80, width))
        return document

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        # here, not at the top: PySide6 builds QStyle's enums when it is first imported,
        # milliseconds of the start for a list nobody has searched in yet
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # type: ignore[attr-defined]
        widget = view_option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = view_option.rect  # type: ignore[attr-defined]
        document = self._document(view_option, text, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = view_option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            view_option.palette.color(role),  # type: ignore[attr-defined]
        )
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = index.data(HTML_ROLE)
        view = self.parent()
        if not text or not isinstance(view, QTreeWidget):
            return super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        width = view.viewport().width() - view.indentation() * (depth + 1)
        document = self._document(option, text, width)
        return QSize(width, math.ceil(document.size().height()))


class ResultList(QTreeWidget):
    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows wrap anew to the new width


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
        self.results = ResultList()
        self.results.setHeaderHidden(True)
        self.results.setAccessibleName(tr("Zoekresultaten"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.last_chosen: tuple[str, str] | None = None
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
            # the plain text (screen readers, copy) without an empty second line
            item = QTreeWidgetItem(group, ["\n".join(t for t in (hit.title, hit.snippet) if t)])
            item.setData(0, TARGET_ROLE, (hit.plate_id, hit.target))
            item.setData(0, HTML_ROLE, hit_html(hit, query))
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
        item = self.chosen_result() or self.first_result()
        if item is not None:
            self.results.setFocus()
            self.results.setCurrentItem(item)

    def chosen_result(self) -> QTreeWidgetItem | None:
        """The result the reader went to last, while the results are the same."""
        if self.last_chosen is None:
            return None
        for index in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(index)
            for row in range(group.childCount() if group is not None else 0):
                item = group.child(row) if group is not None else None
                data = item.data(0, TARGET_ROLE) if item is not None else None
                if data and tuple(data) == self.last_chosen:
                    return item
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, TARGET_ROLE)
        if data:
            plate_id, target = data
            self.last_chosen = (plate_id, target)
            self.results.setCurrentItem(item)
            self.chosen.emit(plate_id, target, self.field.text())

    def focus_field(self) -> None:
        """Back to searching: the results as they were, the last chosen one marked, so
        Down (or Tab) is one key from the next result."""
        chosen = self.chosen_result()
        if chosen is not None:
            self.results.setCurrentItem(chosen)
            self.results.scrollToItem(chosen)
        self.field.setFocus()
        self.field.selectAll()
