"""The plate's regions and elements as accessible objects, and the tab bars' tabs.

A screen reader walks the plate as a tree: regions hold their elements, in
reading order (an element in two regions is listed under the first, as in the
outline). Each element says its label (name), where it is and what the poster
says (description), whether it is selected, where it is on screen, and which
elements it is related to.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGraphicsView, QTabBar, QTabWidget, QWidget

from app.model.plate import DIRECTED_RELATIONS
from app.scene.plate_scene import PlateScene
from app.typing_compat import override
from app.ui.accessibility import AccessiblePart, PartOwner, install, join_sentences
from app.ui.i18n import tr


class PlateViewBase(QGraphicsView):
    """What the parts describe: app.ui.plate_view.PlateView, which builds on this class
    (it imports this module, so this module cannot import it)."""

    plate_scene: PlateScene


Text = QAccessible.Text
Role = QAccessible.Role
Relation = QAccessible.RelationFlag


class PlateParts(PartOwner):
    """The accessible parts of one plate view, rebuilt when its scene is replaced."""

    def __init__(self, view: PlateViewBase) -> None:
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
