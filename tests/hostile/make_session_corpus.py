"""Write the corpus of malformed and hostile session files: `python tests/hostile/make_session_corpus.py`.

Sessions are mailed between colleagues, so every file in tests/hostile/sessions/
is something a colleague (or someone pretending to be one) could send. Each
must be refused with "beschadigd" or opened, never a traceback, never a write
or rename outside the data folder. Files too large to commit are made by
`big_files()` at test time.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "sessions"

VALID: dict[str, Any] = {
    "type": "overzichtsplaten-werksessie",
    "format": 1,
    "id": "0123456789ab",
    "name": "Team ICT",
    "date": "2026-11-29",
    "participants": ["An", "Bo"],
    "plates": {
        "strategie": {
            "texts": {"optimalisatie": "Roosters digitaal"},
            "lists": {"zelf-samen/zelf": [{"id": "aaaaaaaaaaaa", "text": "Inkoop"}]},
            "people": {"collegas/npuls": [{"id": "bbbbbbbbbbbb", "name": "Sanne", "role": "i"}]},
            "notes": "Begin bij het doel",
        }
    },
}


def dump(value: Any) -> bytes:
    # escaped (\\udfff): a lone surrogate as JSON writes it; raw bytes are a case of their own
    return json.dumps(value, ensure_ascii=True, indent=1).encode("ascii")


def with_field(path: tuple[str, ...], value: Any) -> bytes:
    data = json.loads(json.dumps(VALID))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return dump(data)


def without(key: str) -> bytes:
    data = json.loads(json.dumps(VALID))
    del data[key]
    return dump(data)


PLATE = ("plates", "strategie")
HOSTILE_IDS = {
    "traversal": "../../outside/x",
    "traversal-deep": "../" * 40 + "etc/passwd",
    "absolute": "/tmp/overzichtsplaten-outside/x",
    "windows-traversal": "..\\..\\outside\\x",
    "windows-absolute": "C:\\Windows\\System32\\x",
    "unc": "\\\\host\\share\\x",
    "file-url": "file:///etc/passwd",
    "nul": "abc\x00def",
    "long": "a" * 300,
    "very-long": "b" * 5000,
    "empty": "",
    "dot": ".",
    "dotdot": "..",
    "hidden": ".json",
    "slash": "x/",
    "space": " ",
    "con": "CON",
    "con-lower": "con",
    "nul-name": "NUL",
    "aux": "aux",
    "prn": "PRN",
    "com1": "COM1",
    "lpt1": "LPT1",
    "con-ext": "con.txt",
    "trailing-dot": "sessie.",
    "trailing-space": "sessie ",
    "colon-stream": "sessie:stream",
    "glob": "*",
    "newline": "a\nb",
    "home": "~/x",
    "env": "$HOME/x",
    "env-windows": "%APPDATA%\\x",
    "unicode": "ẞ\u202eexe.json",
    "surrogate": "\udfff",
    "valid-looking-upper": "0123456789AB",
    "existing-style": "0123456789ab",
    "number": 12,
    "null": None,
    "list": ["a"],
    "object": {"a": 1},
}


def cases() -> Iterator[tuple[str, bytes]]:
    valid = dump(VALID)
    # --- truncated --------------------------------------------------------------------
    for cut in range(0, len(valid), max(1, len(valid) // 30)):
        yield f"truncated-{cut:04d}", valid[:cut]

    # --- hostile ids: a file name is never taken from these ------------------------
    for name, value in HOSTILE_IDS.items():
        yield f"id-{name}", with_field(("id",), value)
    for name in ("traversal", "absolute", "nul", "con", "long"):
        bad = HOSTILE_IDS[name]
        yield (
            f"itemid-{name}",
            with_field(
                (*PLATE, "lists"), {"k": [{"id": bad, "text": "x"}, {"id": bad, "text": "y"}]}
            ),
        )
        yield f"plateid-{name}", dump({**VALID, "plates": {bad: VALID["plates"]["strategie"]}})

    # --- wrong types ------------------------------------------------------------------
    wrong: dict[str, tuple[tuple[str, ...], Any]] = {
        "name-number": (("name",), 3),
        "name-null": (("name",), None),
        "name-list": (("name",), ["a"]),
        "date-list": (("date",), ["2026"]),
        "date-number": (("date",), 20261129),
        "participants-dict": (("participants",), {"a": 1}),
        "participants-numbers": (("participants",), [1, 2]),
        "plates-list": (("plates",), []),
        "plates-text": (("plates",), "x"),
        "plate-list": (PLATE, []),
        "texts-list": ((*PLATE, "texts"), ["x"]),
        "text-number": ((*PLATE, "texts"), {"q": 1}),
        "text-null": ((*PLATE, "texts"), {"q": None}),
        "lists-list": ((*PLATE, "lists"), []),
        "list-dict": ((*PLATE, "lists"), {"k": {}}),
        "item-text": ((*PLATE, "lists"), {"k": ["x"]}),
        "item-text-number": ((*PLATE, "lists"), {"k": [{"id": "a", "text": 1}]}),
        "item-no-text": ((*PLATE, "lists"), {"k": [{"id": "a"}]}),
        "item-id-number": ((*PLATE, "lists"), {"k": [{"id": 1, "text": "x"}]}),
        "item-no-id": ((*PLATE, "lists"), {"k": [{"text": "x"}]}),
        "people-list": ((*PLATE, "people"), []),
        "person-text": ((*PLATE, "people"), {"k": ["Sanne"]}),
        "person-name-number": ((*PLATE, "people"), {"k": [{"id": "a", "name": 1}]}),
        "person-role-list": ((*PLATE, "people"), {"k": [{"id": "a", "name": "S", "role": []}]}),
        "notes-number": ((*PLATE, "notes"), 5),
        "notes-dict": ((*PLATE, "notes"), {}),
        "format-text": (("format",), "1"),
        "format-bool": (("format",), True),
        "format-float": (("format",), 1.0),
        "format-null": (("format",), None),
        "type-other": (("type",), "iets-anders"),
        "type-number": (("type",), 1),
    }
    for name, (path, value) in wrong.items():
        yield f"type-{name}", with_field(path, value)
    for key in ("type", "format", "name", "id", "plates"):
        yield f"missing-{key}", without(key)

    # --- versions -------------------------------------------------------------------------
    for name, value in {"future": 2, "far-future": 999999, "zero": 0, "negative": -1}.items():
        yield f"version-{name}", with_field(("format",), value)

    # --- huge numbers (Python refuses ints of more than 4,300 digits) ------------------
    digits = "9" * 5000
    template = valid.decode()
    yield "number-huge-format", template.replace('"format": 1', f'"format": {digits}').encode()
    yield (
        "number-huge-in-text",
        with_field((*PLATE, "texts"), {"q": "x"}).replace(b'"x"', digits.encode()),
    )
    yield "number-huge-negative", template.replace('"format": 1', f'"format": -{digits}').encode()
    yield "number-huge-name", template.replace('"Team ICT"', digits).encode()
    yield "number-float-overflow", template.replace('"format": 1', '"format": 1e999').encode()
    yield "number-nan", template.replace('"format": 1', '"format": NaN').encode()
    yield "number-infinity", template.replace('"format": 1', '"format": -Infinity').encode()
    yield "number-4300-digits", template.replace('"format": 1', f'"format": {"1" * 4300}').encode()

    # --- lone surrogates: loaded with U+FFFD so every save still works --------------------
    for name, path in {
        "name": ("name",),
        "date": ("date",),
        "notes": (*PLATE, "notes"),
    }.items():
        yield f"surrogate-{name}", with_field(path, "voor \udfff na")
    yield "surrogate-text", with_field((*PLATE, "texts"), {"q": "\ud800"})
    yield "surrogate-key", with_field((*PLATE, "texts"), {"\udc00": "x"})
    yield "surrogate-item", with_field((*PLATE, "lists"), {"k": [{"id": "c", "text": "\udfff"}]})
    yield "surrogate-participant", with_field(("participants",), ["\ud83d"])
    yield "surrogate-escaped", template.replace('"Team ICT"', '"Team \\udfff"').encode()
    yield "surrogate-raw-bytes", valid.replace(b"Team", "\udfff".encode("utf-8", "surrogatepass"))
    yield "surrogate-pair-ok", template.replace('"Team ICT"', '"Team \\ud83d\\ude00"').encode()

    # --- encodings ----------------------------------------------------------------------
    yield "encoding-utf8-bom", b"\xef\xbb\xbf" + valid
    yield "encoding-utf8-double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + valid
    yield "encoding-utf16-bom", valid.decode().encode("utf-16")
    yield "encoding-utf16le", valid.decode().encode("utf-16-le")
    yield "encoding-utf32", valid.decode().encode("utf-32")
    yield "encoding-latin1", template.replace("Team ICT", "Caf\u00e9").encode("latin-1")
    yield "encoding-invalid-utf8", valid.replace(b"Team", b"T\xff\xfem")
    yield "encoding-overlong", valid.replace(b"Team", b"\xc0\xaf")

    # --- structure --------------------------------------------------------------------------
    for name, text in {
        "empty": "",
        "space": "   \n\t ",
        "null": "null",
        "true": "true",
        "number": "12",
        "string": '"werksessie"',
        "list": "[]",
        "list-of-session": "[" + template + "]",
        "object-empty": "{}",
        "two-objects": template + template,
        "trailing-garbage": template + " x",
        "comment": "// werksessie\n" + template,
        "single-quotes": template.replace('"', "'"),
        "yaml": "type: overzichtsplaten-werksessie\nformat: 1\n",
        "duplicate-keys": template.replace('"name": "Team ICT"', '"name": "A", "name": "B"'),
        "nul-bytes": template.replace("Team ICT", "Team\x00ICT"),
        "nul-raw": template[:50] + "\x00" + template[50:],
        "control-chars": template.replace("Team ICT", "\\u0007\\u001b[31mTeam"),
        "html-name": template.replace("Team ICT", '<img src=\\"file:///etc/passwd\\">'),
        "markdown-image": template.replace("Team ICT", "![x](file:///etc/passwd)"),
        "rtl-override": template.replace("Team ICT", "\u202eTCI maeT"),
        "date-traversal": template.replace("2026-11-29", "/../.."),
        "date-windows": template.replace("2026-11-29", "..\\\\..\\\\x"),
        "date-nul": template.replace("2026-11-29", "2026\\u0000-11"),
        "date-invalid": template.replace("2026-11-29", "2026-13-45"),
        "date-long": template.replace("2026-11-29", "9" * 2000),
        "name-long": template.replace("Team ICT", "n" * 60000),
        "deep-list-1000": "[" * 1000 + "]" * 1000,
        "deep-object-1000": '{"a":' * 1000 + "1" + "}" * 1000,
        "deep-in-plates": template.replace(
            '"notes": "Begin bij het doel"', '"notes": ' + "[" * 5000 + "]" * 5000
        ),
        "unclosed-deep": "[" * 5000,
        "binary": "\x89PNG\r\n\x1a\n",
    }.items():
        yield f"structure-{name}", text.encode("utf-8", "surrogatepass")

    # --- repeated item ids: each gets an id of its own --------------------------------
    same = [{"id": "aaaaaaaaaaaa", "text": f"punt {i}"} for i in range(3)]
    yield "duplicate-item-ids", with_field((*PLATE, "lists"), {"k": same, "l": same})
    yield (
        "duplicate-person-ids",
        with_field((*PLATE, "people"), {"k": [{"id": "p", "name": "A"}, {"id": "p", "name": "B"}]}),
    )
    yield (
        "duplicate-item-and-person",
        with_field(
            PLATE,
            {
                "lists": {"k": [{"id": "z", "text": "a"}]},
                "people": {"k": [{"id": "z", "name": "b"}]},
            },
        ),
    )
    # --- many things -----------------------------------------------------------------
    yield "many-plates", dump({**VALID, "plates": {f"p{i}": {} for i in range(5000)}})
    yield "many-participants", with_field(("participants",), [f"d{i}" for i in range(5000)])


BIG_LIMIT = 20 * 1024 * 1024


def big_files(folder: Path) -> list[Path]:
    """Files too large to commit: 100 MB (sparse), 100,000-deep nesting, 100,000 items."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    huge = folder / "big-100mb.json"
    with huge.open("wb") as handle:
        handle.write(dump(VALID)[:-1] + b', "pad": "')
        handle.truncate(100 * 1024 * 1024)
    made.append(huge)
    just_over = folder / "big-just-over-limit.json"
    just_over.write_bytes(dump(VALID) + b" " * BIG_LIMIT)
    made.append(just_over)
    deep = folder / "big-deep-100000.json"
    deep.write_bytes(dump(VALID).replace(b'"Begin bij het doel"', b"[" * 100_000 + b"]" * 100_000))
    made.append(deep)
    deep_dict = folder / "big-deep-object-100000.json"
    deep_dict.write_bytes(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
    made.append(deep_dict)
    items = [{"id": f"{i:012x}", "text": f"punt {i}"} for i in range(100_000)]
    many = folder / "big-100000-items.json"
    many.write_bytes(with_field(("plates", "strategie", "lists"), {"k": items}))
    made.append(many)
    return made


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    count = 0
    for name, data in cases():
        (OUT / f"{name}.json").write_bytes(data)
        count += 1
    print(f"{count} files in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
