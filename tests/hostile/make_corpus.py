"""Write the corpus of malformed and hostile plate files: `python tests/hostile/make_corpus.py`.

Each file in tests/hostile/plates/ must be refused by the loader with a
file:line message. Files of megabytes are made by `big_files()` at test
time instead of being committed.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from tests.example_plate import EXAMPLE_PLATE  # noqa: E402

OUT = HERE / "plates"

VALID = (
    EXAMPLE_PLATE
    + """\
worksheet:
  title: Aan de slag
  intro: Beantwoord de vraag.
  questions:
    - {id: q1, text: Wat doen we?, answer: text, element: kaart}
tour:
  - {elements: [kaart], caption: Begin hier.}
"""
)


def swap(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def cases() -> Iterator[tuple[str, bytes]]:
    # --- truncated copies of the shipped plates, and of the example --------------
    for plate in sorted((REPO / "plates").glob("*.yaml")):
        data = plate.read_bytes()
        for fraction in (0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.97):
            yield (
                f"truncated-{plate.stem}-{int(fraction * 100):02d}",
                data[: int(len(data) * fraction)],
            )
    for cut in range(40, len(VALID), 60):
        yield f"truncated-example-{cut:04d}", VALID[:cut].encode()

    # --- wrong types --------------------------------------------------------------------
    wrong = {
        "number-text": ("number: 9", "number: negen"),
        "number-list": ("number: 9", "number: [9]"),
        "number-zero": ("number: 9", "number: 0"),
        "number-negative": ("number: 9", "number: -3"),
        "number-float": ("number: 9", "number: 9.5"),
        "format-text": ("format: 1", "format: een"),
        "format-quoted": ("format: 1", 'format: "1"'),
        "size-text": ("size: [800, 600]", "size: groot"),
        "size-three": ("size: [800, 600]", "size: [800, 600, 1]"),
        "size-negative": ("size: [800, 600]", "size: [-800, 600]"),
        "size-mapping": ("size: [800, 600]", "size: {w: 800, h: 600}"),
        "elements-mapping": ("elements:\n  - id: regio", "elements: {}\nx:\n  - id: regio"),
        "elements-scalar": ("elements:\n", "elements: geen\nrest:\n"),
        "rect-three": ("rect: [20, 60, 200, 100]", "rect: [20, 60, 200]"),
        "rect-text": ("rect: [20, 60, 200, 100]", "rect: [a, b, c, d]"),
        "rect-zero-width": ("rect: [20, 60, 200, 100]", "rect: [20, 60, 0, 100]"),
        "rect-outside": ("rect: [450, 60, 200, 100]", "rect: [750, 560, 200, 100]"),
        "rect-huge": ("rect: [450, 60, 200, 100]", "rect: [1e300, 60, 200, 100]"),
        "label-list": ("label: Een kaart", "label: [Een, kaart]"),
        "label-mapping": ("label: Een kaart", "label: {een: kaart}"),
        "label-empty": ("label: Een kaart", "label: ''"),
        "label-null": ("label: Een kaart", "label:"),
        "title-number": ("title: Onze plaat", "title: 42"),
        "intro-blank": ("intro: Een plaat van de school.", "intro: '   '"),
        "inside-scalar": ("inside: [regio]", "inside: regio"),
        "marked-text": ("    role: goal\n", "    role: goal\n    marked: ja\n"),
        "kind-unknown": ("kind: card", "kind: taart"),
        "role-unknown": ("role: goal", "role: doelwit"),
        "relation-kind-unknown": ("kind: leads_to", "kind: loves"),
        "answer-unknown": ("answer: text", "answer: essay"),
        "questions-empty": (
            "  questions:\n    - {id: q1, text: Wat doen we?, answer: text, element: kaart}",
            "  questions: []",
        ),
        "worksheet-list": (
            "worksheet:\n  title: Aan de slag",
            "worksheet: [1]\nx:\n  title: Aan de slag",
        ),
        "tour-mapping": ("tour:\n", "tour: {}\nt2:\n"),
        "id-uppercase": ("id: eigen", "id: Eigen"),
        "id-space": ("id: eigen", "id: mijn plaat"),
        "id-unicode": ("id: eigen", "id: één"),
        "id-long": ("id: eigen", "id: " + "a" * 80),
        "element-id-slash": ("- id: ander", "- id: and/er"),
        "text-huge": ("intro: Een plaat van de school.", "intro: " + "x" * 60_000),
    }
    for name, (old, new) in wrong.items():
        yield f"type-{name}", swap(old, new).encode()

    # --- YAML 1.1 surprises where text belongs ---------------------------------------
    for value in (
        "no",
        "yes",
        "on",
        "off",
        "No",
        "TRUE",
        "~",
        "null",
        "1.10",
        "12:30",
        "2024-01-01",
        "0x1F",
        ".inf",
        "-.inf",
        ".nan",
        "1_000",
        "017",
        "0b101",
        "+12",
        "1:20:30",
        "2001-12-14t21:59:43.10-05:00",
        "false",
        "Off",
        "1.0e+3",
    ):
        safe = value.replace(":", "-").replace(".", "dot").replace("~", "tilde")
        yield f"yaml11-label-{safe}", swap("label: Een kaart", f"label: {value}").encode()
        yield f"yaml11-title-{safe}", swap("title: Onze plaat", f"title: {value}").encode()

    # --- unknown ids -------------------------------------------------------------------
    unknown = {
        "relation-to": ("to: ander", "to: andr"),
        "relation-from": ("from: kaart", "from: kaartje"),
        "relation-self": ("to: ander", "to: kaart"),
        "inside": ("inside: [regio]", "inside: [nergens]"),
        "inside-card": ("inside: [regio]", "inside: [ander]"),
        "question-element": ("element: kaart}", "element: niemand}"),
        "tour-element": ("elements: [kaart]", "elements: [spook]"),
        "cross-plate-malformed": ("to: ander", "to: ':'"),
    }
    for name, (old, new) in unknown.items():
        yield f"unknown-{name}", swap(old, new).encode()

    # --- duplicates ---------------------------------------------------------------------
    yield "duplicate-element-id", swap("- id: ander", "- id: kaart").encode()
    yield (
        "duplicate-relation-id",
        (
            VALID.replace(
                "  - {id: r1, from: kaart, to: ander, kind: leads_to}\n",
                "  - {id: r1, from: kaart, to: ander, kind: leads_to}\n"
                "  - {id: r1, from: ander, to: kaart, kind: relates_to}\n",
            )
        ).encode(),
    )
    yield "duplicate-key-top", ("title: Twee\n" + VALID).encode()
    yield (
        "duplicate-key-element",
        swap("    role: goal\n", "    role: goal\n    role: route\n").encode(),
    )
    yield "duplicate-key-flow", swap("kind: leads_to}", "kind: leads_to, kind: supports}").encode()
    yield (
        "duplicate-question-id",
        swap(
            "    - {id: q1, text: Wat doen we?, answer: text, element: kaart}",
            "    - {id: q1, text: Wat doen we?, answer: text}\n    - {id: q1, text: Nog eens?, answer: text}",
        ).encode(),
    )

    # --- containment cycles ----------------------------------------------------------
    yield (
        "cycle-self",
        swap("    role: context\n", "    role: context\n    inside: [regio]\n").encode(),
    )
    yield (
        "cycle-two",
        (
            swap("    role: context\n", "    role: context\n    inside: [binnen]\n").replace(
                "relations:",
                "  - {id: binnen, label: B, kind: region, role: context, "
                "inside: [regio], rect: [30, 30, 50, 50]}\nrelations:",
            )
        ).encode(),
    )
    yield (
        "cycle-three",
        (
            swap("    role: context\n", "    role: context\n    inside: [c]\n").replace(
                "relations:",
                "  - {id: b, label: B, kind: region, role: context, inside: [regio], rect: [30, 30, 50, 50]}\n"
                "  - {id: c, label: C, kind: region, role: context, inside: [b], rect: [40, 40, 20, 20]}\nrelations:",
            )
        ).encode(),
    )

    # --- alias bombs and aliases ------------------------------------------------------
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
    yield "alias-bomb-laughs", bomb.encode()
    yield "alias-bomb-in-plate", (VALID + "extra: " + bomb.replace("\n", "\n  ")).encode()
    yield (
        "alias-simple",
        swap("intro: Een plaat van de school.", "intro: &x Een plaat\nextra: *x").encode(),
    )
    yield "alias-merge-key", swap("  - id: ander\n", "  - <<: *base\n    id: ander\n").encode()
    yield "alias-recursive", b"a: &a [*a]\n"

    # --- nesting thousands deep --------------------------------------------------------
    yield "deep-flow-list", b"a: " + b"[" * 5000 + b"]" * 5000
    yield "deep-flow-map", b"a: " + b"{a: " * 3000 + b"1" + b"}" * 3000
    yield "deep-block", "".join(f"{'  ' * i}k{i}:\n" for i in range(400)).encode()
    yield "deep-in-label", swap("label: Een kaart", "label: " + "[" * 2000 + "]" * 2000).encode()
    yield "deep-unclosed", b"a: " + b"[" * 10000
    yield "deep-mixed", b"a: " + b"[{a: " * 1500 + b"1" + b"}]" * 1500

    # --- tags -----------------------------------------------------------------------------
    tags = {
        "python-object-apply": "!!python/object/apply:os.system ['echo pwned']",
        "python-object-new": "!!python/object/new:os.system ['echo pwned']",
        "python-name": "!!python/name:os.system",
        "python-module": "!!python/module:os",
        "python-tuple": "!!python/tuple [1, 2]",
        "binary": "!!binary aGVsbG8=",
        "custom-local": "!mijn tag",
        "set": "!!set {a, b}",
        "omap": "!!omap [{a: 1}]",
        "long-tag": "!<tag:yaml.org,2002:python/object:os.system> x",
    }
    for name, value in tags.items():
        yield f"tag-{name}", swap("title: Onze plaat", f"title: {value}").encode()

    # --- encodings and bytes --------------------------------------------------------
    text = VALID
    yield "encoding-utf16-le-bom", codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    yield "encoding-utf16-be-bom", codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    yield "encoding-utf16-le", text.encode("utf-16-le")
    yield "encoding-utf32", text.encode("utf-32")
    yield "encoding-latin1", swap("Onze plaat", "Één plaat").encode("latin-1")
    yield "encoding-cp1252-quotes", swap("Onze plaat", "‘Onze’ plaat").encode("cp1252")
    yield "encoding-lone-continuation", text.encode().replace(b"Onze", b"On\x80ze")
    yield "encoding-overlong", text.encode().replace(b"Onze", b"On\xc0\xafze")
    yield "encoding-surrogate", text.encode().replace(b"Onze", b"On\xed\xa0\x80ze")
    yield "encoding-truncated-sequence", text.encode().replace(b"Onze plaat", b"Onze plaat\xe2\x82")
    yield "bytes-nul-in-title", text.encode().replace(b"Onze", b"On\x00ze")
    yield "bytes-nul-at-start", b"\x00" + text.encode()
    yield "bytes-nul-at-end", text.encode() + b"\x00"
    yield "bytes-control-chars", text.encode().replace(b"Onze", b"On\x07\x1bze")
    yield "bytes-random", bytes((i * 73 + 41) % 256 for i in range(3000))
    yield "bytes-bom-only", codecs.BOM_UTF8
    yield "bytes-double-bom", codecs.BOM_UTF8 + codecs.BOM_UTF8 + text.encode()

    # --- tabs and whitespace ---------------------------------------------------------------
    yield (
        "tabs-indent-element",
        VALID.replace("    label: Een kaart", "\tlabel: Een kaart").encode(),
    )
    yield "tabs-indent-everywhere", VALID.replace("  ", "\t").encode()
    yield "tabs-after-dash", VALID.replace("  - id: kaart", "  -\tid: kaart\n\t").encode()
    yield (
        "indent-inconsistent",
        VALID.replace("    label: Een kaart", "      label: Een kaart").encode(),
    )

    # --- structure ---------------------------------------------------------------------------
    structure = {
        "empty": "",
        "only-comment": "# niets\n",
        "only-whitespace": "   \n\n  \n",
        "top-list": "- format: 1\n- number: 9\n",
        "top-scalar": "een plaat\n",
        "top-number": "42\n",
        "two-documents": VALID + "---\n" + VALID,
        "document-end-early": "format: 1\n...\nnumber: 9\n",
        "missing-format": VALID.replace("format: 1\n", ""),
        "missing-elements": VALID.split("elements:")[0],
        "missing-id": VALID.replace("id: eigen\n", "", 1),
        "format-two": VALID.replace("format: 1", "format: 2"),
        "format-zero": VALID.replace("format: 1", "format: 0"),
        "format-huge": VALID.replace("format: 1", "format: 99999999999999999999"),
        "unknown-top-key": VALID + "kleur: rood\n",
        "unknown-element-key": swap("    role: goal\n", "    role: goal\n    colour: red\n"),
        "key-not-text": VALID + "1: een\n",
        "key-is-list": VALID + "[a, b]: c\n",
        "key-null": VALID + "~: c\n",
        "element-scalar": swap("  - id: ander\n", "  - ander\n  - id: ander\n"),
        "element-missing-kind": swap("    kind: card\n    role: route\n", "    role: route\n"),
        "relation-missing-to": swap("to: ander, ", ""),
        "question-fields-scalar": swap(
            "answer: text, element: kaart}", "answer: list, fields: zelf}"
        ),
        "tour-no-caption": swap("caption: Begin hier.}", "caption: ''}"),
        "unclosed-quote": swap("title: Onze plaat", 'title: "Onze plaat'),
        "unclosed-flow": swap("kind: leads_to}", "kind: leads_to"),
        "bad-escape": swap("title: Onze plaat", 'title: "Onze \\q plaat"'),
        "colon-in-plain": swap("title: Onze plaat", "title: Onze: plaat: twee"),
        "anchor-without-alias": swap("title: Onze plaat", "title: &"),
        "directive-yaml-2": "%YAML 2.0\n---\n" + VALID,
        "directive-unknown": "%FOO bar\n---\n" + VALID,
    }
    for name, value in structure.items():
        yield f"structure-{name}", value.encode()


def big_files(folder: Path) -> list[Path]:
    """Files of megabytes, made at test time."""
    made = {
        "big-padding.yaml": VALID.encode() + b"# " + b"x" * (3 * 1024 * 1024) + b"\n",
        "big-string.yaml": swap(
            "intro: Een plaat van de school.", "intro: " + "y" * (5 * 1024 * 1024)
        ).encode(),
        "big-list.yaml": b"a: [" + b"1, " * (1_500_000) + b"1]\n",
    }
    paths = []
    for name, data in made.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> int:
    from app.io.errors import PlateError
    from app.io.plate_reader import parse_plate_bytes

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.yaml"):
        old.unlink()
    written = skipped = 0
    for name, data in cases():
        try:
            parse_plate_bytes(data, name)
        except PlateError:
            (OUT / f"{name}.yaml").write_bytes(data)
            written += 1
            continue
        skipped += 1  # a truncation that happens to stay valid is no hostile file
    print(
        f"{written} hostile plates written to {OUT} ({skipped} cases loaded fine and were left out)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
