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
    description: str
    change: Change
    before: object
    after: object
    apply: Callable[[object], None]
    merge_key: str = ""  # consecutive steps with the same key merge (typing a word)
    copy_values: bool = True  # False: before/after are patches of immutable items


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
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self.listeners: list[Callable[[Change], None]] = []
        self.revision = 0  # counts changes; the store saves when it moved

    # --- undo ------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        return self._undo[-1].description if self._undo else ""

    def undo(self) -> None:
        if self._undo:
            step = self._undo.pop()
            step.apply(copy.deepcopy(step.before) if step.copy_values else step.before)
            self._redo.append(step)
            self._announce(step.change)

    def redo(self) -> None:
        if self._redo:
            step = self._redo.pop()
            step.apply(copy.deepcopy(step.after) if step.copy_values else step.after)
            self._undo.append(step)
            self._announce(step.change)

    def _announce(self, change: Change) -> None:
        self.revision += 1
        for listener in list(self.listeners):
            listener(change)

    def _do(
        self,
        description: str,
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
        self._push(_Step(description, change, before, after, write, merge_key))

    def _push(self, step: _Step, copy_values: bool = True) -> None:
        step.copy_values = copy_values
        last = self._undo[-1] if self._undo else None
        if step.merge_key and last is not None and last.merge_key == step.merge_key:
            last.after = step.after
        else:
            self._undo.append(step)
            del self._undo[:-500]
        self._redo.clear()
        self._announce(step.change)

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

        self._do("werksessie wijzigen", Change(), read, write, mutate)

    # --- free text -------------------------------------------------------------
    def set_text(self, plate_id: str, question_id: str, text: str) -> None:
        answers = self.session.answers(plate_id)

        def write(value: object) -> None:
            answers.texts[question_id] = str(value)

        self._do(
            "antwoord typen",
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
            "notities typen",
            Change(plate_id, NOTES),
            lambda: answers.notes,
            write,
            lambda: write(text),
            merge_key=f"notes:{plate_id}",
        )

    # --- lists --------------------------------------------------------------------
    def _lists_step(self, plate_id: str, description: str, patches: list[_ListPatch]) -> None:
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
        self._push(_Step(description, change, undo, redo, apply), copy_values=False)

    def _items(self, plate_id: str, key: str) -> list[ListItem]:
        return self.session.answers(plate_id).lists.get(key, [])

    def add_item(self, plate_id: str, key: str, text: str, index: int | None = None) -> str | None:
        text = text.strip()
        if not text:
            return None
        item = ListItem(text)
        size = len(self._items(plate_id, key))
        at = size if index is None else max(0, min(index, size))
        self._lists_step(plate_id, "punt toevoegen", [_ListPatch(key, at, [], [item])])
        return item.id

    def edit_item(self, plate_id: str, key: str, item_id: str, text: str) -> None:
        text = text.strip()
        items = self._items(plate_id, key)
        position = _position(items, item_id)
        if position is None or (text and items[position].text == text):
            return
        inserted = [ListItem(text, item_id)] if text else []
        self._lists_step(
            plate_id, "punt wijzigen", [_ListPatch(key, position, [items[position]], inserted)]
        )

    def remove_item(self, plate_id: str, key: str, item_id: str) -> None:
        items = self._items(plate_id, key)
        position = _position(items, item_id)
        if position is not None:
            patch = _ListPatch(key, position, [items[position]], [])
            self._lists_step(plate_id, "punt verwijderen", [patch])

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
            "punt verplaatsen",
            [_ListPatch(from_key, position, [item], []), _ListPatch(to_key, at, [], [item])],
        )

    # --- people -------------------------------------------------------------------
    def _people_step(
        self, plate_id: str, key: str, description: str, mutate: Callable[[list[Person]], None]
    ) -> None:
        people = self.session.answers(plate_id).people

        def read() -> object:
            return list(people.get(key, []))

        def write(value: object) -> None:
            assert isinstance(value, list)
            people[key] = value

        self._do(
            description,
            Change(plate_id, key),
            read,
            write,
            lambda: mutate(people.setdefault(key, [])),
        )

    def add_person(self, plate_id: str, key: str, name: str, role: str = "") -> str | None:
        if not name.strip():
            return None
        person = Person(name.strip(), role.strip())
        self._people_step(plate_id, key, "collega toevoegen", lambda ps: ps.append(person))
        return person.id

    def edit_person(self, plate_id: str, key: str, person_id: str, name: str, role: str) -> None:
        def mutate(people: list[Person]) -> None:
            for position, person in enumerate(people):
                if person.id == person_id:
                    people[position] = Person(name.strip(), role.strip(), person_id)

        self._people_step(plate_id, key, "collega wijzigen", mutate)

    def remove_person(self, plate_id: str, key: str, person_id: str) -> None:
        def mutate(people: list[Person]) -> None:
            people[:] = [p for p in people if p.id != person_id]

        self._people_step(plate_id, key, "collega verwijderen", mutate)
