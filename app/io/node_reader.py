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
from app.model.problems import Code, Problem
from app.model.problems import dutch_number as dutch_number  # where it always was

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"

_TYPE_NAMES = {
    BOOL: Code.FOUND_BOOL,
    INT: Code.FOUND_INT,
    FLOAT: Code.FOUND_FLOAT,
    NULL: Code.FOUND_NULL,
    "tag:yaml.org,2002:timestamp": Code.FOUND_DATE,
}
What = str | Problem  # a key of the file ("title") or a part of it put in words

IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TEXT = 50_000

E = TypeVar("E", bound=StrEnum)


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _describe(node: yaml.Node) -> Problem:
    if isinstance(node, yaml.MappingNode):
        return Problem.of(Code.FOUND_MAPPING)
    if isinstance(node, yaml.SequenceNode):
        return Problem.of(Code.FOUND_LIST)
    code = _TYPE_NAMES.get(node.tag)
    return Problem.of(code) if code else Problem.of(Code.FOUND_TAG, tag=node.tag)


class NodeReader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[FileProblem] = []

    def problem(self, node: yaml.Node | None, message: Problem, line: int | None = None) -> None:
        where = line if line is not None else (line_of(node) if node is not None else 1)
        self.problems.append(FileProblem(self.path, where, message))

    def _known_tag(self, node: yaml.Node, what: What) -> bool:
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
        self.problem(node, Problem.of(Code.UNKNOWN_TAG, what=what, tag=node.tag))
        return False

    def mapping(
        self,
        node: yaml.Node,
        what: What,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> dict[str, yaml.Node] | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, Problem.of(Code.MUST_BE_MAPPING, what=what, found=_describe(node)))
            return None
        required = list(required)
        allowed = set(required) | set(optional)
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR:
                self.problem(key_node, Problem.of(Code.KEYS_PLAIN, what=what))
                continue
            key = key_node.value
            if key in result:
                self.problem(key_node, Problem.of(Code.KEY_TWICE, what=what, key=key))
                continue
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                unknown = Problem.of(Code.UNKNOWN_KEY, what=what, key=key, known=hint)
                self.problem(key_node, unknown)
                continue
            result[key] = value_node
        for key in required:
            if key not in result:
                self.problem(node, Problem.of(Code.KEY_MISSING, what=what, key=key))
        return result

    def sequence(self, node: yaml.Node, what: What) -> list[yaml.Node] | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, Problem.of(Code.MUST_BE_LIST, what=what, found=_describe(node)))
            return None
        return list(node.value)

    def text(
        self, node: yaml.Node, what: What, *, allow_empty: bool = False, limit: int = MAX_TEXT
    ) -> str | None:
        if not self._known_tag(node, what):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR:
            found = _describe(node)
            if isinstance(node, yaml.ScalarNode) and node.tag != NULL:
                # YAML 1.1 reads `no`, `1.10`, `12:30` and dates as other types
                quote = Problem.of(
                    Code.MUST_BE_TEXT_QUOTE, what=what, found=found, value=node.value
                )
                self.problem(node, quote)
            else:
                self.problem(node, Problem.of(Code.MUST_BE_TEXT, what=what, found=found))
            return None
        value: str = node.value
        if len(value) > limit:
            self.problem(node, Problem.of(Code.TEXT_TOO_LONG, what=what, limit=limit))
            return None
        if not allow_empty and not value.strip():
            self.problem(node, Problem.of(Code.TEXT_EMPTY, what=what))
            return None
        return value

    def identifier(self, node: yaml.Node, what: What) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not IDENTIFIER.match(value):
            self.problem(node, Problem.of(Code.BAD_IDENTIFIER, what=what, value=value))
            return None
        return value

    def integer(self, node: yaml.Node, what: What, *, minimum: int = 0) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != INT:
            self.problem(node, Problem.of(Code.MUST_BE_INTEGER, what=what, found=_describe(node)))
            return None
        try:
            value = int(node.value.replace("_", ""), 0)
        except ValueError:
            self.problem(node, Problem.of(Code.NOT_INTEGER, what=what, value=node.value))
            return None
        if value < minimum or value > 1_000_000:
            self.problem(node, Problem.of(Code.INTEGER_RANGE, what=what, minimum=str(minimum)))
            return None
        return value

    def number(self, node: yaml.Node, what: What) -> float | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (INT, FLOAT):
            self.problem(node, Problem.of(Code.MUST_BE_NUMBER, what=what, found=_describe(node)))
            return None
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            self.problem(node, Problem.of(Code.NOT_NUMBER, what=what, value=node.value))
            return None
        if not -1e6 <= value <= 1e6:
            self.problem(node, Problem.of(Code.NUMBER_RANGE, what=what))
            return None
        return value

    def boolean(self, node: yaml.Node, what: What) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != BOOL:
            self.problem(node, Problem.of(Code.MUST_BE_BOOL, what=what, found=_describe(node)))
            return None
        return node.value.lower() in {"true", "yes", "on", "y"}

    def choice(self, node: yaml.Node, what: What, enum: type[E]) -> E | None:
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(member.value for member in enum)
            self.problem(node, Problem.of(Code.NOT_ONE_OF, what=what, value=value, options=options))
            return None

    def text_list(
        self, node: yaml.Node, what: What, *, limit: int = MAX_TEXT, most: int = 0
    ) -> list[tuple[str, yaml.Node]]:
        items = self.sequence(node, what)
        if items is None:
            return []
        if most and len(items) > most:
            self.problem(node, Problem.of(Code.LIST_TOO_LONG, what=what, most=most))
            return []
        result = []
        for item in items:
            value = self.text(item, Problem.of(Code.IN_ITEM, what=what), limit=limit)
            if value is not None:
                result.append((value, item))
        return result
