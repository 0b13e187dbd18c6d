"""Every command of the window as a QAction: Dutch text, shortcut, tooltip showing the shortcut."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from app.typing_compat import override
from app.ui.i18n import tr
from app.ui.safe_text import tooltip

StandardKey = QKeySequence.StandardKey


@dataclass
class Actions:
    export: QAction
    print_plate: QAction
    quit: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_plate: QAction
    fit_width: QAction
    zoom_selection: QAction
    flip: QAction
    all_relations: QAction
    side_panel: QAction
    text_larger: QAction
    text_smaller: QAction
    full_screen: QAction
    present: QAction
    search: QAction
    outline: QAction
    high_contrast: QAction
    dutch: QAction
    english: QAction
    worksheet: QAction
    answers_on_plate: QAction
    back: QAction
    forward: QAction
    start: QAction
    previous_plate: QAction
    next_plate: QAction
    plates: list[QAction]
    open_plate: QAction
    layout_mode: QAction
    save_layout: QAction
    own_plates_folder: QAction
    plate_format: QAction
    shortcuts: QAction
    about: QAction

    def all(self) -> list[QAction]:
        result: list[QAction] = []
        for f in fields(self):
            value = getattr(self, f.name)
            result.extend(value if isinstance(value, list) else [value])
        return result


def _action(
    parent: QObject,
    text: str,
    shortcuts: list[QKeySequence | StandardKey | str] | None = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    keys = [QKeySequence(s) for s in shortcuts or []]
    if keys:
        action.setShortcuts(keys)
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    plain = text.replace("&", "").rstrip(".…")
    action.setToolTip(f"{tip or plain} ({shown})" if shown else (tip or plain))
    action.setStatusTip(tip or plain)
    action.setCheckable(checkable)
    return action


def plate_action(parent: QObject, number: int, title: str, shortcut: bool) -> QAction:
    """Go to a plate; Ctrl+number for the first plate of each number up to 9."""
    keys = [f"Ctrl+{number}"] if shortcut and 1 <= number <= 9 else []
    action = _action(parent, f"&{number}  {title}", keys)  # type: ignore[arg-type]
    action.setToolTip(tooltip(action.toolTip()))  # an own plate's title, as typed
    return action


def plate_actions(parent: QObject, plate_titles: list[tuple[int, str]]) -> list[QAction]:
    taken: set[int] = set()
    actions = []
    for number, title in plate_titles:
        actions.append(plate_action(parent, number, title, number not in taken))
        taken.add(number)
    return actions


def build_actions(parent: QObject, plate_titles: list[tuple[int, str]]) -> Actions:
    return Actions(
        export=_action(
            parent, tr("&Exporteren…"), ["Ctrl+E"], tr("Plaat opslaan als PNG, SVG of PDF")
        ),
        print_plate=_action(parent, tr("&Afdrukken…"), [StandardKey.Print], tr("Plaat afdrukken")),
        quit=_action(parent, tr("A&fsluiten"), ["Ctrl+Q"]),
        # Ctrl+= is no shortcut (see EqualsZooms); with Shift, the side panel's text. No
        # two commands may share a key combination Qt can report for one key press on a
        # US, Dutch or German keyboard, or that press does nothing ("Ambiguous shortcut
        # overload"): tests/ui/test_shortcut_layouts.py checks every layout.
        zoom_in=_action(parent, tr("&Inzoomen"), ["Ctrl++"]),
        zoom_out=_action(parent, tr("&Uitzoomen"), ["Ctrl+-"]),
        fit_plate=_action(parent, tr("&Hele plaat"), ["Ctrl+0"], tr("Hele plaat in beeld")),
        fit_width=_action(
            parent, tr("Plaat&breedte"), ["Ctrl+9"], tr("Plaat over de volle breedte")
        ),
        zoom_selection=_action(
            parent,
            tr("Inzoomen op &selectie"),
            ["Ctrl+Return"],
            tr("Inzoomen op het gekozen onderdeel"),
        ),
        flip=_action(
            parent,
            tr("Plaat &omdraaien"),
            ["Ctrl+R"],
            tr("Draai de plaat om en begin bij het doel"),
            checkable=True,
        ),
        all_relations=_action(parent, tr("Alle &verbanden tonen"), ["Ctrl+L"], checkable=True),
        side_panel=_action(
            parent,
            tr("&Toelichting tonen"),
            ["F9"],
            tr("Zijpaneel met de tekst uit de handreiking"),
            checkable=True,
        ),
        text_larger=_action(
            parent,
            tr("Tekst &groter"),
            ["Ctrl+Shift++"],
            tr("Tekst in het zijpaneel groter"),
        ),
        text_smaller=_action(
            parent,
            tr("Tekst &kleiner"),
            ["Ctrl+Shift+-"],
            tr("Tekst in het zijpaneel kleiner"),
        ),
        full_screen=_action(parent, tr("&Volledig scherm"), ["F11"], checkable=True),
        present=_action(
            parent,
            tr("&Presenteren"),
            ["F5"],
            tr("De plaat op de beamer, met rondleiding en presentatorweergave"),
        ),
        search=_action(
            parent, tr("&Zoeken…"), ["Ctrl+F"], tr("Zoeken in alle platen en de handreiking")
        ),
        outline=_action(
            parent,
            tr("Over&zicht van de plaat"),
            ["Ctrl+Shift+O"],
            tr("De plaat als lijst: gebieden en onderdelen"),
            checkable=True,
        ),
        high_contrast=_action(parent, tr("&Hoog contrast"), ["Ctrl+Shift+H"], checkable=True),
        dutch=_action(parent, "&Nederlands", ["Ctrl+Alt+N"], "Nederlands", checkable=True),
        english=_action(parent, "&English", ["Ctrl+Alt+E"], "English", checkable=True),
        worksheet=_action(
            parent,
            tr("&Aan de slag (werkblad)"),
            ["Ctrl+Shift+W"],
            tr("Het werkblad van deze plaat invullen"),
        ),
        answers_on_plate=_action(
            parent,
            tr("Antwoorden op de &plaat"),
            ["Ctrl+Shift+A"],
            tr("De antwoorden van het team naast de onderdelen tonen"),
            checkable=True,
        ),
        back=_action(parent, tr("&Terug"), ["Alt+Left"]),
        forward=_action(parent, tr("&Vooruit"), ["Alt+Right"]),
        start=_action(parent, tr("&Startpagina"), ["Alt+Home"]),
        previous_plate=_action(parent, tr("V&orige plaat"), ["Ctrl+PgUp"]),
        next_plate=_action(parent, tr("V&olgende plaat"), ["Ctrl+PgDown"]),
        plates=plate_actions(parent, plate_titles),
        open_plate=_action(
            parent,
            tr("&Plaat openen…"),
            ["Ctrl+Alt+O"],
            tr("Een eigen plaat openen uit een plaatbestand (.yaml)"),
        ),
        layout_mode=_action(
            parent,
            tr("&Indeling aanpassen"),
            ["Ctrl+Alt+L"],
            tr("Onderdelen van een eigen plaat verplaatsen en de posities opslaan"),
            checkable=True,
        ),
        save_layout=_action(
            parent,
            tr("Indeling op&slaan"),
            ["Ctrl+Alt+S"],
            tr("De posities in het plaatbestand opslaan"),
        ),
        own_plates_folder=_action(
            parent,
            tr("&Map met eigen platen"),
            ["Ctrl+Alt+M"],
            tr("De map openen waarin eigen platen vanzelf worden geladen"),
        ),
        plate_format=_action(
            parent,
            tr("Eigen platen &maken"),
            ["Ctrl+Alt+H"],
            tr("Hoe een plaatbestand in elkaar zit, met een voorbeeld"),
        ),
        shortcuts=_action(parent, tr("&Sneltoetsen"), ["F1"], tr("Alle sneltoetsen")),
        about=_action(parent, tr("&Over Overzichtsplaten"), ["Shift+F1"]),
    )


class EqualsZooms(QObject):
    """Ctrl with the = key (beside + on a US keyboard) zooms in too, as in a browser.

    Not as a shortcut: a Dutch keyboard has = above - , so Qt reports Ctrl+Shift+- there
    as Ctrl+= as well, and a Ctrl+= shortcut would make smaller text ambiguous. A Ctrl+=
    press that no shortcut and no widget took reaches the window, and zooms from here.
    """

    def __init__(self, zoom_in: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.zoom_in = zoom_in

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Equal and modifiers == Qt.KeyboardModifier.ControlModifier:
                if self.zoom_in.isEnabled():
                    self.zoom_in.trigger()
                return True
        return False
