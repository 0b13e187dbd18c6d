"""Write element positions back into a plate file, leaving every other byte as it was.

The author's file is theirs: comments, order, quoting, flow or block style
and line endings stay. The file is read again from disk (an editor may have
changed it meanwhile), each element's `rect` value is replaced where it is or
added after its `id`, and the result is parsed again before it is written:
a file that would not load, or would not show the positions asked for, is
never written. Writing is atomic, like every write of the app.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from pathlib import Path

import yaml

from app.io.atomic_write import atomic_write
from app.io.errors import FileProblem, PlateError
from app.io.plate_reader import parse_plate_bytes
from app.io.safe_read import read_regular_file
from app.io.yaml_source import MAX_FILE_BYTES, YamlSourceError, compose_bytes
from app.model.plate import Plate, Rect
from app.model.problems import Code, Problem


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def flow_list(values: tuple[float, ...]) -> str:
    return "[" + ", ".join(_number(v) for v in values) + "]"


def _entries(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)
    }


class _Edits:
    """Replacements in a text, applied from the end so earlier offsets stay right."""

    def __init__(self, text: str, newline: str) -> None:
        self.text = text
        self.newline = newline
        self.changes: list[tuple[int, int, str]] = []

    def set_value(self, mapping: yaml.MappingNode, key: str, value: str, after: str) -> None:
        """`key: value` in a mapping: the old value replaced, or a new entry after `after`."""
        entries = _entries(mapping)
        if key in entries:
            old = entries[key][1]
            self.changes.append((old.start_mark.index, old.end_mark.index, value))
            return
        if mapping.flow_style:  # {id: a, label: b}: before the closing brace
            close = self.text.rindex("}", mapping.start_mark.index, mapping.end_mark.index)
            self.changes.append((close, close, f", {key}: {value}"))
            return
        anchor_key, anchor_value = entries[after]
        line_end = self.text.find("\n", anchor_value.end_mark.index)
        if line_end < 0:
            line_end = len(self.text)
        elif self.newline == "\r\n" and self.text[line_end - 1] == "\r":
            line_end -= 1
        indent = " " * anchor_key.start_mark.column
        self.changes.append((line_end, line_end, f"{self.newline}{indent}{key}: {value}"))

    def result(self) -> str:
        text = self.text
        for start, end, value in sorted(self.changes, reverse=True):
            text = text[:start] + value + text[end:]
        return text


def with_positions(
    data: bytes, path: str, rects: Mapping[str, Rect], size: tuple[float, float]
) -> bytes:
    """The file's bytes with these rects and this size; raises PlateError if it cannot."""
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        root = compose_bytes(data, path)
    except YamlSourceError as problem:
        raise PlateError([problem.problem]) from None
    text = data[len(bom) :].decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    # PyYAML's marks index the decoded text itself, so edits can use them directly
    edits = _Edits(text, newline)
    top = _entries(root) if root is not None else {}
    if "elements" not in top or "id" not in top:
        raise PlateError([FileProblem(path, 1, Problem.of(Code.NOTHING_TO_PLACE))])
    assert isinstance(root, yaml.MappingNode)
    edits.set_value(root, "size", flow_list(size), after="id")
    elements = top["elements"][1]
    for node in elements.value if isinstance(elements, yaml.SequenceNode) else []:
        entries = _entries(node)
        if "id" not in entries or not isinstance(node, yaml.MappingNode):
            continue
        rect = rects.get(entries["id"][1].value)
        if rect is not None:
            values = (rect.x, rect.y, rect.width, rect.height)
            edits.set_value(node, "rect", flow_list(values), after="id")
    return bom + edits.result().encode("utf-8")


def save_positions(
    path: Path, shown: str, rects: Mapping[str, Rect], size: tuple[float, float]
) -> Plate:
    """Write the positions into the file on disk; the plate as it now reads.

    Raises PlateError (nothing written) when the file cannot take them, OSError
    when it cannot be written (the old file is then still whole)."""
    data = read_regular_file(path, MAX_FILE_BYTES)
    new = with_positions(data, shown, rects, size)
    plate = parse_plate_bytes(new, shown)  # never write what would not load
    wrong = [
        element.id
        for element in plate.elements
        if element.id in rects and element.rect != _rounded(rects[element.id])
    ]
    if wrong:
        raise PlateError(
            [FileProblem(shown, 1, Problem.of(Code.POSITIONS_NOT_WRITTEN, ids=", ".join(wrong)))]
        )
    atomic_write(path, new)
    return plate


def _rounded(rect: Rect) -> Rect:
    return Rect(*(float(_number(v)) for v in (rect.x, rect.y, rect.width, rect.height)))
