"""Work sessions as versioned JSON, validated on the way in.

JSON, not YAML: these files are written by the app, read back by it, and
must round-trip any text exactly; JSON does that with the standard library.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.model.problems import Code, Problem
from app.model.worksheet import ListItem, Person, PlateAnswers, Session, new_id

FORMAT_VERSION = 1
MAGIC = "overzichtsplaten-werksessie"
MAX_SESSION_BYTES = 20 * 1024 * 1024


class SessionFormatError(ValueError):
    """The file is not a work session this app can read; `problem` says why (a code),
    `str()` in Dutch."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _failed(code: Code, **args: str | int | Problem) -> SessionFormatError:
    return SessionFormatError(Problem.of(code, **args))


KINDS = {str: Code.KIND_TEXT, list: Code.KIND_LIST, dict: Code.KIND_TABLE, int: Code.KIND_NUMBER}
Where = str | Problem  # a key of the file, or a part of it put in words


def session_to_dict(session: Session) -> dict[str, Any]:
    return {
        "type": MAGIC,
        "format": FORMAT_VERSION,
        "id": session.id,
        "name": session.name,
        "date": session.date,
        "participants": list(session.participants),
        "plates": {
            plate_id: {
                "texts": dict(answers.texts),
                "lists": {
                    k: [{"id": i.id, "text": i.text} for i in v] for k, v in answers.lists.items()
                },
                "people": {
                    k: [{"id": p.id, "name": p.name, "role": p.role} for p in v]
                    for k, v in answers.people.items()
                },
                "notes": answers.notes,
            }
            for plate_id, answers in session.plates.items()
        },
    }


def session_to_bytes(session: Session) -> bytes:
    text = json.dumps(session_to_dict(session), ensure_ascii=False, indent=1)
    # a lone surrogate cannot be UTF-8; loading removes them, this keeps a save from failing
    return text.encode("utf-8", "replace")


_SURROGATE = re.compile("[\ud800-\udfff]")
BOM = b"\xef\xbb\xbf"


def clean_text(text: str) -> str:
    """A lone surrogate (`"\\udfff"` in JSON) cannot be saved as UTF-8: it becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _expect(value: object, kind: type, where: Where) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        shown = clean_text(where)[:80] if isinstance(where, str) else where
        code = KINDS.get(kind)
        raise _failed(Code.SHOULD_BE, where=shown, kind=Problem.of(code) if code else kind.__name__)
    return clean_text(value) if isinstance(value, str) else value


def _text_map(value: object, where: Where) -> dict[str, str]:
    mapping = _expect(value, dict, where)
    return {clean_text(str(k)): _expect(v, str, f"{where}.{k}") for k, v in mapping.items()}


class _Ids:
    """Item ids are unique within a session: a repeated one (a hand-edited file) gets a
    fresh id, or editing one item would edit or delete the other."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, value: object) -> str:
        text = _expect(value, str, "id")
        if not text or text in self.seen or len(text) > 64:
            text = new_id()
        self.seen.add(text)
        return text


def session_from_bytes(data: bytes) -> Session:
    """A session from a file's bytes; SessionFormatError (a problem code) for anything else.

    The `id` inside is not trusted: the store names a session by its file, and an
    imported file gets a fresh id.
    """
    try:
        return _session_from_bytes(data)
    except SessionFormatError:
        raise
    except RecursionError:
        raise _failed(Code.TOO_DEEP) from None
    except MemoryError:
        raise _failed(Code.SESSION_TOO_LARGE) from None
    except ValueError:  # e.g. a number of more than 4,300 digits
        raise _failed(Code.NUMBER_TOO_LARGE) from None


POINT = Problem.of(Code.AT_POINT)
COLLEAGUE = Problem.of(Code.AT_COLLEAGUE)


def _session_from_bytes(data: bytes) -> Session:
    if data.startswith(BOM):  # Notepad's "UTF-8 with BOM"
        data = data[len(BOM) :]
    if len(data) > MAX_SESSION_BYTES:
        raise _failed(Code.SESSION_TOO_LARGE)
    if not data.strip():
        raise _failed(Code.FILE_EMPTY)
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise _failed(Code.NOT_UTF8) from None
    except json.JSONDecodeError as error:
        raise _failed(Code.SESSION_DAMAGED, line=str(error.lineno)) from None
    root = _expect(raw, dict, Problem.of(Code.AT_THE_FILE))
    if root.get("type") != MAGIC:
        raise _failed(Code.NOT_A_SESSION)
    version = _expect(root.get("format"), int, "format")
    if version > FORMAT_VERSION:
        raise _failed(Code.SESSION_NEWER, version=str(version))
    ids = _Ids()
    plates: dict[str, PlateAnswers] = {}
    for plate_id, body in _expect(root.get("plates", {}), dict, "plates").items():
        body = _expect(body, dict, Problem.of(Code.AT_PLATE, id=clean_text(str(plate_id))[:80]))
        lists = {
            clean_text(str(key)): [
                ListItem(_expect(i.get("text"), str, POINT), ids(i.get("id")))
                for i in (_expect(item, dict, POINT) for item in _expect(items, list, key))
            ]
            for key, items in _expect(body.get("lists", {}), dict, "lists").items()
        }
        people = {
            clean_text(str(key)): [
                Person(
                    _expect(p.get("name"), str, Problem.of(Code.AT_NAME)),
                    _expect(p.get("role", ""), str, Problem.of(Code.AT_ROLE)),
                    ids(p.get("id")),
                )
                for p in (_expect(item, dict, COLLEAGUE) for item in _expect(items, list, key))
            ]
            for key, items in _expect(body.get("people", {}), dict, "people").items()
        }
        plates[clean_text(str(plate_id))] = PlateAnswers(
            texts=_text_map(body.get("texts", {}), "texts"),
            lists=lists,
            people=people,
            notes=_expect(body.get("notes", ""), str, "notes"),
        )
    participants = [
        _expect(p, str, Problem.of(Code.AT_PARTICIPANT))
        for p in _expect(root.get("participants", []), list, "participants")
    ]
    return Session(
        name=_expect(root.get("name"), str, "name"),
        date=_expect(root.get("date", ""), str, "date"),
        participants=participants,
        plates=plates,
        id=new_id(),  # never from the file: see session_from_bytes
    )
