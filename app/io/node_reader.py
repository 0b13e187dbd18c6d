"""Typed reading of PyYAML nodes, collecting file:line problems instead of raising.

The validator asks for "a mapping with these keys", "text", "a whole number"
and gets the value or None; every mismatch is recorded with the node's line,
so one run of `check` reports all the problems of a file at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

import yaml

from app.io.errors import FileProblem

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"

_TYPE_NAMES = {
    BOOL: "een ja/nee-waarde",
    INT: "een geheel getal",
    FLOAT: "een getal",
    NULL: "niets (null)",
    "tag:yaml.org,2002:timestamp": "een datum",
}

IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TEXT = 50_000

E = TypeVar("E", bound=StrEnum)


def dutch_number(value: int) -> str:
    """20.000, as Dutch writes it."""
    return f"{value:,}".replace(",", ".")


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "een mapping (sleutel: waarde)"
    if isinstance(node, yaml.SequenceNode):
        return "een lijst"
    return _TYPE_NAMES.get(node.tag, f"een waarde met tag {node.tag}")


class NodeReader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[FileProblem] = []

    def problem(self, node: yaml.Node | None, message: str, line: int | None = None) -> None:
        where = line if line is not None else (line_of(node) if node is not None else 1)
        self.problems.append(FileProblem(self.path, where, message))

    def _known_tag(self, node: yaml.Node, what: str) -> bool:
        if node.tag.startswith("tag:yaml.org,2002:") and node.tag.rsplit(":", 1)[-1] in {
            "str",
            "int",
            "float",
            "bool",
            "null",
            "seq",
            "map",
            "timestamp",
        }:
            return True
        self.problem(node, f"{what}: onbekende tag '{node.tag}'")
        return False

    def mapping(
        self,
        node: yaml.Node,
        what: str,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> dict[str, yaml.Node] | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(
                node, f"{what} moet een mapping zijn (sleutel: waarde), gevonden: {_describe(node)}"
            )
            return None
        required = list(required)
        allowed = set(required) | set(optional)
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR:
                self.problem(key_node, f"{what}: sleutels moeten gewone woorden zijn")
                continue
            key = key_node.value
            if key in result:
                self.problem(key_node, f"{what}: sleutel '{key}' staat er twee keer")
                continue
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                self.problem(key_node, f"{what}: onbekende sleutel '{key}' (bekend: {hint})")
                continue
            result[key] = value_node
        for key in required:
            if key not in result:
                self.problem(node, f"{what}: sleutel '{key}' ontbreekt")
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} moet een lijst zijn, gevonden: {_describe(node)}")
            return None
        return list(node.value)

    def text(
        self, node: yaml.Node, what: str, *, allow_empty: bool = False, limit: int = MAX_TEXT
    ) -> str | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR:
            found = _describe(node)
            if isinstance(node, yaml.ScalarNode) and node.tag != NULL:
                # YAML 1.1 reads `no`, `1.10`, `12:30` and dates as other types
                self.problem(
                    node,
                    f"{what} moet tekst zijn, gevonden: {found} '{node.value}'; "
                    "zet het tussen aanhalingstekens",
                )
            else:
                self.problem(node, f"{what} moet tekst zijn, gevonden: {found}")
            return None
        value: str = node.value
        if len(value) > limit:
            self.problem(node, f"{what} is langer dan {dutch_number(limit)} tekens")
            return None
        if not allow_empty and not value.strip():
            self.problem(node, f"{what} is leeg")
            return None
        return value

    def identifier(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not IDENTIFIER.match(value):
            self.problem(
                node,
                f"{what} '{value}': alleen kleine letters, cijfers, '-' en '_' (hoogstens 64)",
            )
            return None
        return value

    def integer(self, node: yaml.Node, what: str, *, minimum: int = 0) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != INT:
            self.problem(node, f"{what} moet een geheel getal zijn, gevonden: {_describe(node)}")
            return None
        try:
            value = int(node.value.replace("_", ""), 0)
        except ValueError:
            self.problem(node, f"{what} '{node.value}' is geen geheel getal")
            return None
        if value < minimum or value > 1_000_000:
            self.problem(node, f"{what} moet tussen {minimum} en 1000000 liggen")
            return None
        return value

    def number(self, node: yaml.Node, what: str) -> float | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (INT, FLOAT):
            self.problem(node, f"{what} moet een getal zijn, gevonden: {_describe(node)}")
            return None
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            self.problem(node, f"{what} '{node.value}' is geen getal")
            return None
        if not -1e6 <= value <= 1e6:
            self.problem(node, f"{what} is te groot of te klein")
            return None
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != BOOL:
            self.problem(node, f"{what} moet true of false zijn, gevonden: {_describe(node)}")
            return None
        return node.value.lower() in {"true", "yes", "on", "y"}

    def choice(self, node: yaml.Node, what: str, enum: type[E]) -> E | None:
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(member.value for member in enum)
            self.problem(node, f"{what} '{value}' is niet een van: {options}")
            return None

    def text_list(
        self, node: yaml.Node, what: str, *, limit: int = MAX_TEXT, most: int = 0
    ) -> list[tuple[str, yaml.Node]]:
        items = self.sequence(node, what)
        if items is None:
            return []
        if most and len(items) > most:
            self.problem(node, f"{what}: meer dan {dutch_number(most)}")
            return []
        result = []
        for item in items:
            value = self.text(item, f"{what} item", limit=limit)
            if value is not None:
                result.append((value, item))
        return result
