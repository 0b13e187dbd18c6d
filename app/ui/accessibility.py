"""Accessible parts: what a screen reader sees of a widget that draws its own parts.

A plate view draws its elements, a tab bar its tabs; neither has a widget per
part. Each part gets a small QObject stand-in (`AccessiblePart`) and Qt makes
its accessible interface through a factory installed here, so Qt's own cache
owns every interface and drops it when the stand-in goes (an interface without
an object would outlive its widget in that cache). The widget hands the parts'
texts, roles, states and places to an owner (`PartOwner`); the widget's own
interface lists the parts as its children.

Selection is focus: the owner sends one focus event for the part that is
selected while its widget has keyboard focus, and only that part reports
FOCUSED (the widget itself does not, then).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QKeyEvent,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from app.typing_compat import override

Text = QAccessible.Text
Role = QAccessible.Role


class AccessiblePart(QObject):
    """The stand-in for one part (an element, a tab); it lives as long as the part."""

    def __init__(self, owner: PartOwner, key: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.key = key


class PartOwner:
    """What a widget with drawn parts tells screen readers about them. Subclass it."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._announced: str | None = None  # the part the last focus event was for
        self.silent = False  # Qt's own events naming a part go to the widget meanwhile
        widget.accessible_parts = self  # type: ignore[attr-defined]
        # Qt may have made the widget's own interface already (while a screen reader
        # listens, building a view sends events): drop it, so ours is made next time
        cached = QAccessible.queryAccessibleInterface(widget)
        if cached is not None and not isinstance(cached, OwnerInterface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(cached))

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """While Qt itself reports a part (an item view's entry) that is said later."""
        self.silent = True
        try:
            yield
        finally:
            self.silent = False

    # --- to fill in -------------------------------------------------------------
    def children(self, part: AccessiblePart | None) -> list[AccessiblePart]:
        """The parts directly under `part` (None: under the widget)."""
        return []

    def parent_part(self, part: AccessiblePart) -> AccessiblePart | None:
        return None

    def text(self, part: AccessiblePart, kind: QAccessible.Text) -> str:
        return ""

    def role(self, part: AccessiblePart) -> QAccessible.Role:
        return Role.ListItem

    def state(self, part: AccessiblePart) -> QAccessible.State:
        return QAccessible.State()

    def rect(self, part: AccessiblePart) -> QRect:
        return QRect()

    def relations(self, part: AccessiblePart) -> list[tuple[AccessiblePart, object]]:
        return []

    def focused_part(self) -> AccessiblePart | None:
        """The part that has keyboard focus (selected while the widget has focus)."""
        return None

    def widget_role(self) -> QAccessible.Role:
        return Role.Grouping

    # --- focus ------------------------------------------------------------------
    def announce_focus(self, force: bool = False) -> None:
        """Tell screen readers where keyboard focus is now: the focused part, or the
        widget itself. Once per change: the same part twice in a row is not repeated."""
        if not self.widget.hasFocus():
            self._announced = None
            return
        part = self.focused_part()
        key = part.key if part is not None else ""
        if key == self._announced and not force:
            return
        self._announced = key
        target: QObject = part if part is not None else self.widget
        QAccessible.updateAccessibility(QAccessibleEvent(target, QAccessible.Event.Focus))

    def focus_arrived(self) -> None:
        """The widget took keyboard focus. Qt reports the widget itself as focused right
        after its focus-in handler; a focused part is reported after that, so a screen
        reader ends on the part."""
        self._announced = "" if self.focused_part() is None else None
        QTimer.singleShot(0, self.widget, self.announce_focus)

    def focus_left(self) -> None:
        self._announced = None


class PartInterface(QAccessibleObject):
    """The accessible interface of one part; everything is asked of its owner."""

    def __init__(self, part: AccessiblePart) -> None:
        super().__init__(part)
        self.part = part
        self.owner = part.owner

    @override
    def isValid(self) -> bool:
        return True

    @override
    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt takes None (nullptr)
        return self.owner.widget.window().windowHandle()

    @override
    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        above = self.owner.parent_part(self.part)
        return QAccessible.queryAccessibleInterface(above or self.owner.widget)

    @override
    def childCount(self) -> int:
        return len(self.owner.children(self.part))

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        children = self.owner.children(self.part)
        if 0 <= index < len(children):
            return QAccessible.queryAccessibleInterface(children[index])
        return None

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object() if child is not None else None
        for index, part in enumerate(self.owner.children(self.part)):
            if part is target:
                return index
        return -1

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        for part in self.owner.children(self.part):
            if self.owner.rect(part).contains(x, y):
                return QAccessible.queryAccessibleInterface(part)
        return None

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        return None

    @override
    def text(self, kind: QAccessible.Text) -> str:
        return self.owner.text(self.part, kind)

    @override
    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    @override
    def role(self) -> QAccessible.Role:
        return self.owner.role(self.part)

    @override
    def state(self) -> QAccessible.State:
        return self.owner.state(self.part)

    @override
    def rect(self) -> QRect:
        return self.owner.rect(self.part)

    @override
    def relations(self, match=QAccessible.RelationFlag.AllRelations):  # type: ignore[no-untyped-def, override]
        result = []
        for part, relation in self.owner.relations(self.part):
            if relation & match:  # type: ignore[operator]
                result.append((QAccessible.queryAccessibleInterface(part), relation))
        return result


class OwnerInterface(QAccessibleWidget):
    """The widget's own interface: its parts are its children, its focus is theirs."""

    def __init__(self, widget: QWidget, owner: PartOwner) -> None:
        super().__init__(widget, owner.widget_role())
        self.owner = owner

    @override
    def childCount(self) -> int:
        return len(self.owner.children(None))

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        children = self.owner.children(None)
        if 0 <= index < len(children) and not self.owner.silent:
            return QAccessible.queryAccessibleInterface(children[index])
        return None

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object() if child is not None else None
        for index, part in enumerate(self.owner.children(None)):
            if part is target:
                return index
        return -1

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        for part in self.owner.children(None):
            if self.owner.rect(part).contains(x, y):
                return QAccessible.queryAccessibleInterface(part)
        return None

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr)
        part = self.owner.focused_part()
        if part is not None:
            return QAccessible.queryAccessibleInterface(part)
        return None

    @override
    def state(self) -> QAccessible.State:
        state = super().state()
        if self.owner.focused_part() is not None:
            state.focused = False  # one object reports focus: the part
        return state


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key == "AccessiblePart" and isinstance(obj, AccessiblePart):
        return PartInterface(obj)
    owner = getattr(obj, "accessible_parts", None)
    # vars(owner) is empty when the garbage collector has cleared the owner in a cycle while
    # Qt still asks for its widget (seen under Windows): Qt's own interface serves it then
    if (
        isinstance(owner, PartOwner)
        and vars(owner)
        and key == type(obj).__name__
        and isinstance(obj, QWidget)
    ):
        return OwnerInterface(obj, owner)
    return None


class ReplayedAltFilter(QObject):
    """Drops the bare Alt press that Qt hands back late while a screen reader listens.

    With a keyboard listener on the AT-SPI bus (Orca has one), Qt holds every key
    event until the bus answers and then delivers it again to the window. A shortcut
    (Alt+Left: back) has fired by then, but the late Alt press makes the menu bar
    arm itself once more, so releasing Alt opened "Bestand" instead of staying on
    the plate. A bare Alt press means nothing to any widget; the menu bar still
    opens on a lone Alt tap, armed by the first (real) press."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.KeyPress
            and not event.spontaneous()
            and isinstance(watched, QWindow)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Alt, Qt.Key.Key_Meta)
        )


_installed = False


def install() -> None:
    """Install the factory once per process (with or without a screen reader running)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(ReplayedAltFilter(app))
        _installed = True


def join_sentences(*parts: str) -> str:
    """Parts read one after another, each ending in one stop (no "Label:. text")."""
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if part[-1] not in ".:;!?…":
            part += "."
        out.append(part)
    return " ".join(out)


def focus_first_field(container: QWidget) -> None:
    """Keyboard focus to the first widget inside `container` that Tab would stop at,
    not to the container itself (an unnamed stop for a screen reader)."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    container.setFocus()


def say(window: QWidget, text: str) -> None:
    """Have a screen reader say `text` now, in the window's focused widget (a changed
    description of the focused object is read out; the same text twice is not)."""
    target = window.focusWidget() or window
    if target.accessibleDescription() == text:
        return
    target.setAccessibleDescription(text)  # Qt sends the one change event itself
