"""Read YAML into PyYAML nodes safely: no constructors, bounded in size and shape.

Plate files are data written by people (and sometimes by hostile ones), so
before PyYAML's composer sees a file it is checked for size, encoding and
NUL bytes, and its event stream for nesting depth and alias count. Nothing
is ever constructed: the validator reads the nodes, keeping their line
numbers, and so `!!python/object` and friends are just unknown tags.
"""

from __future__ import annotations

import codecs

import yaml

from app.io.errors import FileProblem
from app.io.file_limits import MAX_FILE_BYTES  # one limit, also where plate files are read
from app.model.problems import Code, Problem

MAX_DEPTH = 32
MAX_EVENTS = 400_000

try:  # the C loader is ~10x faster; the shipped plates are tested with both
    SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    SafeLoader = yaml.SafeLoader


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 text of a file (a UTF-8 BOM allowed), or a FileProblem raised as ValueError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(data) >= 2 and (data[0] == 0 or data[1] == 0)
    ):
        raise YamlSourceError(FileProblem(path, 1, Problem.of(Code.UTF16)))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise YamlSourceError(
            FileProblem(path, _line_of_offset(data, nul), Problem.of(Code.NUL_BYTE))
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise YamlSourceError(
            FileProblem(
                path,
                _line_of_offset(data, error.start),
                Problem.of(Code.INVALID_UTF8, byte=f"{data[error.start]:02x}"),
            )
        ) from None


class YamlSourceError(Exception):
    def __init__(self, problem: FileProblem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark else 1


def _marked_problem(path: str, error: yaml.MarkedYAMLError, text: str) -> FileProblem:
    mark = error.problem_mark or error.context_mark
    last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    # at the end of a file PyYAML points one line past the last; name the last line
    line = min(mark.line + 1, max(1, last_line)) if mark else 1
    parts = [p for p in (error.context, error.problem) if p]
    detail = "; ".join(parts) or str(error)
    return FileProblem(path, line, Problem.of(Code.YAML_SYNTAX, detail=detail))


def _check_shape(text: str, path: str) -> None:
    """Walk the event stream (iterative, cheap) to bound depth; refuse aliases.

    Plate files have no use for anchors and aliases, and refusing them is the
    simplest sure defence against alias bombs (a few lines that expand to
    billions of values).
    """
    depth = 0
    for count, event in enumerate(yaml.parse(text, Loader=SafeLoader)):
        if count > MAX_EVENTS:
            line = _line(event)
            raise YamlSourceError(FileProblem(path, line, Problem.of(Code.TOO_MANY_VALUES)))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = _line(event)
                message = Problem.of(Code.NESTED_DEEPER, most=MAX_DEPTH)
                raise YamlSourceError(FileProblem(path, line, message))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            line = _line(event)
            raise YamlSourceError(
                FileProblem(
                    path,
                    line,
                    Problem.of(Code.ALIASES),
                )
            )


def compose_bytes(data: bytes, path: str) -> yaml.Node | None:
    """The YAML node tree of a file's bytes; raises YamlSourceError with file:line."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlSourceError(
            FileProblem(
                path,
                1,
                Problem.of(Code.FILE_BYTES_OVER_LIMIT, size=len(data), limit=MAX_FILE_BYTES),
            )
        )
    text = decode_text(data, path)
    try:
        _check_shape(text, path)
        return yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        raise YamlSourceError(_marked_problem(path, error, text)) from None
    except yaml.YAMLError as error:
        raise YamlSourceError(
            FileProblem(path, 1, Problem.of(Code.YAML_ERROR, detail=str(error)))
        ) from None
    except (RecursionError, MemoryError):
        raise YamlSourceError(FileProblem(path, 1, Problem.of(Code.TOO_DEEP))) from None
