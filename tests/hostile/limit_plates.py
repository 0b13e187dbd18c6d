"""Plates at the limits `check` accepts: for the limit tests and benchmarks/hostile_plates.py."""

from __future__ import annotations

import random


def limit_plate(
    elements: int,
    relations: int,
    *,
    label: int = 80,
    text: int = 0,
    rects: bool = True,
    seed: int = 7,
) -> bytes:
    """A grid of cards with random relations; labels of `label` and texts of `text` characters."""
    rng = random.Random(seed)
    columns = max(10, int((elements * 1.6) ** 0.5))
    width, height = columns * 160 + 40, (elements // columns + 1) * 90 + 140
    lines = ["format: 1", "number: 90", "id: grens", "title: Grensplaat", "intro: Een plaat."]
    if rects:
        lines.append(f"size: [{width}, {height}]")
    lines.append("elements:")
    for i in range(elements):
        name = f"D{i} " + "L" * max(0, label - len(f"D{i} "))
        place = f", rect: [{20 + (i % columns) * 160}, {120 + (i // columns) * 90}, 150, 80]"
        body = f", text: {'t' * text}" if text else ""
        lines.append(
            f"- {{id: e{i}, label: {name}, kind: card, role: route{place if rects else ''}{body}}}"
        )
    lines.append("relations:" if relations else "relations: []")
    for j in range(relations):
        a, b = rng.randrange(elements), rng.randrange(elements)
        while a == b:
            b = rng.randrange(elements)
        lines.append(f"- {{id: r{j}, from: e{a}, to: e{b}, kind: relates_to}}")
    return ("\n".join(lines) + "\n").encode()
