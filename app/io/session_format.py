"""Work sessions as versioned JSON, validated on the way in.

JSON, not YAML: these files are written by the app, read back by it, and
must round-trip any text exactly; JSON does that with the standard library.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.model.worksheet import ListItem, Person, PlateAnswers, Session, new_id

FORMAT_VERSION = 1
MAGIC = "overzichtsplaten-werksessie"
MAX_SESSION_BYTES = 20 * 1024 * 1024


class SessionFormatError(ValueError):
    """The file is not a work session this app can read; says why, in Dutch."""


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


def _expect(value: object, kind: type, where: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {str: "tekst", list: "een lijst", dict: "een tabel", int: "een getal"}
        raise SessionFormatError(
            f"{clean_text(where)[:80]} hoort {names.get(kind, kind.__name__)} te zijn"
        )
    return clean_text(value) if isinstance(value, str) else value


def _text_map(value: object, where: str) -> dict[str, str]:
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
    """A session from a file's bytes; SessionFormatError (in Dutch) for anything else.

    The `id` inside is not trusted: the store names a session by its file, and an
    imported file gets a fresh id.
    """
    try:
        return _session_from_bytes(data)
    except SessionFormatError:
        raise
    except RecursionError:
        raise SessionFormatError("het bestand is te diep genest") from None
    except MemoryError:
        raise SessionFormatError("het bestand is te groot voor een werksessie") from None
    except ValueError:  # e.g. a number of more than 4,300 digits
        raise SessionFormatError("het bestand bevat een getal dat te groot is") from None


def _session_from_bytes(data: bytes) -> Session:
    if data.startswith(BOM):  # Notepad's "UTF-8 with BOM"
        data = data[len(BOM) :]
    if len(data) > MAX_SESSION_BYTES:
        raise SessionFormatError("het bestand is te groot voor een werksessie")
    if not data.strip():
        raise SessionFormatError("het bestand is leeg")
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise SessionFormatError("het bestand is geen UTF-8-tekst") from None
    except json.JSONDecodeError as error:
        raise SessionFormatError(
            f"het bestand is beschadigd of onvolledig (regel {error.lineno})"
        ) from None
    root = _expect(raw, dict, "het bestand")
    if root.get("type") != MAGIC:
        raise SessionFormatError("dit is geen werksessie van Overzichtsplaten")
    version = _expect(root.get("format"), int, "format")
    if version > FORMAT_VERSION:
        raise SessionFormatError(
            f"gemaakt met een nieuwere versie van het programma (formaat {version}); "
            "werk het programma bij"
        )
    ids = _Ids()
    plates: dict[str, PlateAnswers] = {}
    for plate_id, body in _expect(root.get("plates", {}), dict, "plates").items():
        body = _expect(body, dict, f"plaat {plate_id}")
        lists = {
            clean_text(str(key)): [
                ListItem(_expect(i.get("text"), str, "punt"), ids(i.get("id")))
                for i in (_expect(item, dict, "punt") for item in _expect(items, list, key))
            ]
            for key, items in _expect(body.get("lists", {}), dict, "lists").items()
        }
        people = {
            clean_text(str(key)): [
                Person(
                    _expect(p.get("name"), str, "naam"),
                    _expect(p.get("role", ""), str, "rol"),
                    ids(p.get("id")),
                )
                for p in (_expect(item, dict, "collega") for item in _expect(items, list, key))
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
        _expect(p, str, "deelnemer")
        for p in _expect(root.get("participants", []), list, "participants")
    ]
    return Session(
        name=_expect(root.get("name"), str, "name"),
        date=_expect(root.get("date", ""), str, "date"),
        participants=participants,
        plates=plates,
        id=new_id(),  # never from the file: see session_from_bytes
    )
