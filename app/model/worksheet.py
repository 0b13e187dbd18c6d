"""A work session's answers to the plates' worksheets ("Aan de slag"), and how they change.

A `Session` holds, per plate, free-text answers, lists of short items, lists
of colleagues and the team's own notes. Every change goes through one
`SessionEditor` method, which records an undoable step and announces a
`Change` naming what changed, so each view redraws only that.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from app.model.translatable import QT_TRANSLATE_NOOP  # undo texts: the window translates them
from app.model.undo import Step, UndoHistory

NOTES = "notities"  # the app's own free notes field on every plate


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class ListItem:
    text: str
    id: str = field(default_factory=new_id)


@dataclass
class Person:
    name: str
    role: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class PlateAnswers:
    texts: dict[str, str] = field(default_factory=dict)  # question id -> text
    lists: dict[str, list[ListItem]] = field(default_factory=dict)  # field key -> items
    people: dict[str, list[Person]] = field(default_factory=dict)  # field key -> people
    notes: str = ""

    def is_empty(self) -> bool:
        return not (
            any(t.strip() for t in self.texts.values())
            or any(self.lists.values())
            or any(self.people.values())
            or self.notes.strip()
        )


@dataclass
class Session:
    name: str
    date: str = field(default_factory=lambda: date.today().isoformat())
    participants: list[str] = field(default_factory=list)
    plates: dict[str, PlateAnswers] = field(default_factory=dict)
    id: str = field(default_factory=new_id)

    def answers(self, plate_id: str) -> PlateAnswers:
        return self.plates.setdefault(plate_id, PlateAnswers())

    def copy(self, name: str) -> Session:
        twin = copy.deepcopy(self)
        twin.id = new_id()
        twin.name = name
        return twin


def field_key(question_id: str, field_id: str = "") -> str:
    return f"{question_id}/{field_id}" if field_id else question_id


@dataclass(frozen=True, slots=True)
class Change:
    """What one edit touched: a plate's field (`plate_id`, `key`), or the session itself."""

    plate_id: str = ""
    key: str = ""  # a field key, NOTES, or "" for the session's name/date/participants


@dataclass
class _Step:
    name: str
    change: Change
    before: object
    after: object
    apply: Callable[[object], None]
    announce: Callable[[Change], None]
    merge_key: str = ""  # consecutive steps with the same key merge (typing a word)
    copy_values: bool = True  # False: before/after are patches of immutable items

    def _put(self, value: object) -> None:
        self.apply(copy.deepcopy(value) if self.copy_values else value)
        self.announce(self.change)

    def undo(self) -> None:
        self._put(self.before)

    def redo(self) -> None:
        self._put(self.after)

    def absorb(self, later: Step) -> bool:
        if not isinstance(later, _Step) or not self.merge_key or later.merge_key != self.merge_key:
            return False
        self.after = later.after
        return True


def _position(items: list[ListItem], item_id: str) -> int | None:
    for position, item in enumerate(items):
        if item.id == item_id:
            return position
    return None


@dataclass(frozen=True, slots=True)
class _ListPatch:
    """Replace `removed` at `start` in list `key` by `inserted` (both short)."""

    key: str
    start: int
    removed: list[ListItem]
    inserted: list[ListItem]


class SessionEditor:
    """The one way to change a session; keeps undo and redo and tells listeners."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.history: UndoHistory[_Step] = UndoHistory()
        self.listeners: list[Callable[[Change], None]] = []
        self.revision = 0  # counts changes; the store saves when it moved

    # --- undo ------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self.history.can_undo()

    def can_redo(self) -> bool:
        return self.history.can_redo()

    def undo_text(self) -> str:
        """In Dutch, marked for translation under the context "Undo" (the window's `tr`)."""
        return self.history.undo_name()

    def undo(self) -> None:
        self.history.undo()  # the step announces its change

    def redo(self) -> None:
        self.history.redo()

    def _announce(self, change: Change) -> None:
        self.revision += 1
        for listener in list(self.listeners):
            listener(change)

    def _do(
        self,
        name: str,
        change: Change,
        read: Callable[[], object],
        write: Callable[[object], None],
        mutate: Callable[[], None],
        merge_key: str = "",
    ) -> None:
        before = copy.deepcopy(read())
        mutate()
        after = copy.deepcopy(read())
        if before == after:
            return
        self.history.push(_Step(name, change, before, after, write, self._announce, merge_key))
        self._announce(change)

    # --- the session -------------------------------------------------------------
    def set_details(self, name: str, day: str, participants: list[str]) -> None:
        s = self.session

        def read() -> object:
            return (s.name, s.date, list(s.participants))

        def write(value: object) -> None:
            assert isinstance(value, tuple)
            s.name, s.date, s.participants = value[0], value[1], list(value[2])

        def mutate() -> None:
            s.name, s.date, s.participants = name.strip() or s.name, day, list(participants)

        self._do(QT_TRANSLATE_NOOP("Undo", "werksessie wijzigen"), Change(), read, write, mutate)

    # --- free text -------------------------------------------------------------
    def set_text(self, plate_id: str, question_id: str, text: str) -> None:
        answers = self.session.answers(plate_id)

        def write(value: object) -> None:
            answers.texts[question_id] = str(value)

        self._do(
            QT_TRANSLATE_NOOP("Undo", "antwoord typen"),
            Change(plate_id, question_id),
            lambda: answers.texts.get(question_id, ""),
            write,
            lambda: write(text),
            merge_key=f"text:{plate_id}:{question_id}",
        )

    def set_notes(self, plate_id: str, text: str) -> None:
        answers = self.session.answers(plate_id)

        def write(value: object) -> None:
            answers.notes = str(value)

        self._do(
            QT_TRANSLATE_NOOP("Undo", "notities typen"),
            Change(plate_id, NOTES),
            lambda: answers.notes,
            write,
            lambda: write(text),
            merge_key=f"notes:{plate_id}",
        )

    # --- lists --------------------------------------------------------------------
    def _lists_step(self, plate_id: str, name: str, patches: list[_ListPatch]) -> None:
        """A list edit stores the change (which items went out and came in where), not
        copies of the lists: a list of 20,000 points stays cheap to edit and to undo."""
        lists = self.session.answers(plate_id).lists

        def apply(value: object) -> None:
            assert isinstance(value, tuple)
            for patch in value:
                items = lists.setdefault(patch.key, [])
                items[patch.start : patch.start + len(patch.removed)] = patch.inserted

        keys = list(dict.fromkeys(p.key for p in patches))
        redo = tuple(patches)
        undo = tuple(_ListPatch(p.key, p.start, p.inserted, p.removed) for p in reversed(patches))
        apply(redo)
        change = Change(plate_id, keys[0] if len(keys) == 1 else "|".join(keys))
        self.history.push(_Step(name, change, undo, redo, apply, self._announce, copy_values=False))
        self._announce(change)

    def _items(self, plate_id: str, key: str) -> list[ListItem]:
        return self.session.answers(plate_id).lists.get(key, [])

    def add_item(self, plate_id: str, key: str, text: str, index: int | None = None) -> str | None:
        text = text.strip()
        if not text:
            return None
        item = ListItem(text)
        size = len(self._items(plate_id, key))
        at = size if index is None else max(0, min(index, size))
        self._lists_step(
            plate_id, QT_TRANSLATE_NOOP("Undo", "punt toevoegen"), [_ListPatch(key, at, [], [item])]
        )
        return item.id

    def edit_item(self, plate_id: str, key: str, item_id: str, text: str) -> None:
        text = text.strip()
        items = self._items(plate_id, key)
        position = _position(items, item_id)
        if position is None or (text and items[position].text == text):
            return
        inserted = [ListItem(text, item_id)] if text else []
        self._lists_step(
            plate_id,
            QT_TRANSLATE_NOOP("Undo", "punt wijzigen"),
            [_ListPatch(key, position, [items[position]], inserted)],
        )

    def remove_item(self, plate_id: str, key: str, item_id: str) -> None:
        items = self._items(plate_id, key)
        position = _position(items, item_id)
        if position is not None:
            patch = _ListPatch(key, position, [items[position]], [])
            self._lists_step(plate_id, QT_TRANSLATE_NOOP("Undo", "punt verwijderen"), [patch])

    def move_item(
        self, plate_id: str, from_key: str, item_id: str, to_key: str, index: int
    ) -> None:
        """Reorder within a list or move to another list; `index` is the place in the target."""
        source = self._items(plate_id, from_key)
        position = _position(source, item_id)
        if position is None:
            return
        item = source[position]
        target_size = len(self._items(plate_id, to_key)) - (from_key == to_key)
        at = max(0, min(index, target_size))
        if from_key == to_key and at == position:
            return
        self._lists_step(
            plate_id,
            QT_TRANSLATE_NOOP("Undo", "punt verplaatsen"),
            [_ListPatch(from_key, position, [item], []), _ListPatch(to_key, at, [], [item])],
        )

    # --- people -------------------------------------------------------------------
    def _people_step(
        self, plate_id: str, key: str, name: str, mutate: Callable[[list[Person]], None]
    ) -> None:
        people = self.session.answers(plate_id).people

        def read() -> object:
            return list(people.get(key, []))

        def write(value: object) -> None:
            assert isinstance(value, list)
            people[key] = value

        self._do(
            name,
            Change(plate_id, key),
            read,
            write,
            lambda: mutate(people.setdefault(key, [])),
        )

    def add_person(self, plate_id: str, key: str, name: str, role: str = "") -> str | None:
        if not name.strip():
            return None
        person = Person(name.strip(), role.strip())
        self._people_step(
            plate_id,
            key,
            QT_TRANSLATE_NOOP("Undo", "collega toevoegen"),
            lambda ps: ps.append(person),
        )
        return person.id

    def edit_person(self, plate_id: str, key: str, person_id: str, name: str, role: str) -> None:
        def mutate(people: list[Person]) -> None:
            for position, person in enumerate(people):
                if person.id == person_id:
                    people[position] = Person(name.strip(), role.strip(), person_id)

        self._people_step(plate_id, key, QT_TRANSLATE_NOOP("Undo", "collega wijzigen"), mutate)

    def remove_person(self, plate_id: str, key: str, person_id: str) -> None:
        def mutate(people: list[Person]) -> None:
            people[:] = [p for p in people if p.id != person_id]

        self._people_step(plate_id, key, QT_TRANSLATE_NOOP("Undo", "collega verwijderen"), mutate)
