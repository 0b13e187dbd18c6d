"""Texts that must stay text: in plate files (labels, guide, hints, captions) and sessions.

Each one, shown anywhere in the app, must appear as the characters typed (or, in
Markdown, as its words) and must never make the app open a file, a share or a
web address. `marker` paths are unique per test so a trace of the process can
look for them.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def hostile_texts(marker: Path) -> list[str]:
    """The corpus; `marker` names a file (beside its siblings) no text may open."""
    png = marker.with_suffix(".png")
    return [
        f'<img src="file://{png}">',
        f'<img src="{png}">',
        "<img src=x width=30000 height=30000>",
        f"<img src='{marker.name}.png' width=30000 height=30000>",
        "file://host/share/x.png",
        '<img src="file://host/share/x.png">',
        f'<a href="file://{marker}">klik</a>',
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">klik</a>',
        f"![x](file://{png})",
        "![x](file://host/share/x.png)",
        f"[lokaal](file://{marker})",
        "[js](javascript:alert(1))",
        "<img src='data:image/png;base64,iVBORw0KGgo='>",
        "![d](data:image/png;base64,iVBORw0KGgo=)",
        f'<table background="file://{png}"><tr><td>x</td></tr></table>',
        f"<p style=\"background-image: url('file://{png}')\">stijl</p>",
    ]


def hostile_plate(marker: Path) -> str:
    """An own plate that carries the corpus in every kind of text a plate has."""
    texts = hostile_texts(marker)
    # labels are short (300 characters); the corpus items all fit
    elements = [
        {
            "id": f"e{i}",
            "label": text,
            "kind": "card",
            "role": "goal",
            "text": text,
            "guide": "\n\n".join(texts),
        }
        for i, text in enumerate(texts)
    ]
    elements.append({"id": "gebied", "label": texts[2], "kind": "region", "role": "context"})
    plate = {
        "format": 1,
        "number": 7,
        "id": "vijandig",
        "title": texts[2],
        "intro": "\n\n".join(texts),
        "tips": [texts[0], texts[2]],
        "elements": elements,
        "relations": [
            {"id": "r1", "from": "e0", "to": "e1", "kind": "supports", "label": texts[2]}
        ],
        "worksheet": {
            "title": texts[2],
            "intro": texts[0],
            "questions": [
                {
                    "id": "q1",
                    "text": texts[2],
                    "answer": "list",
                    "element": "e0",
                    "fields": [
                        {"id": f"f{i}", "label": text, "hint": text, "element": f"e{i}"}
                        for i, text in enumerate(texts[:8])
                    ],
                }
            ],
        },
        "tour": [{"elements": ["e0"], "caption": text} for text in texts],
    }
    return yaml.safe_dump(plate, allow_unicode=True, sort_keys=False)
