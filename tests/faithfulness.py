"""Compare the guide's text with what the plates hold, sentence by sentence.

Used by the tests (when the guide's text is at hand, as it is beside the
repository in development and CI) to prove nothing was left out.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SEED = Path(
    os.environ.get("OVERZICHTSPLATEN_SEED")
    or Path(__file__).resolve().parents[2] / "shared" / "seed" / "handreiking-overzichtsplaten.txt"
)

_URL = re.compile(r"\(https?://[^)]*\)|https?://\S+")


def seed_text() -> str:
    """The guide's text; in "Bronnen" the PDF extracted the separator bar as a letter I."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    bronnen = next(i for i, line in enumerate(lines) if "Samen Werken aan Talent" in line)
    fixed = [re.sub(r" I( |$)", r" |\1", line) for line in lines[bronnen:]]
    return "\n".join(lines[:bronnen] + fixed)


def normalise(text: str) -> str:
    text = re.sub(r"\]\([^)\s]*\)", "]", text)  # a Markdown link's words, not its address
    text = re.sub(r"-[ \t]*\n\s*", "", text)  # PDF hyphenation across lines
    text = text.replace("-", "")  # so a real hyphen at a line end compares equal too
    text = _URL.sub(" ", text)
    text = text.lower()
    text = re.sub(r"[^a-zà-ÿ]+", " ", text)  # drop digits (footnote marks), punctuation
    return re.sub(r"\s+", " ", text).strip()


def guide_sentences(first_line: int, last_line: int, min_words: int = 6) -> list[str]:
    lines = seed_text().splitlines()[first_line - 1 : last_line]
    text = "\n".join(lines)
    text = _URL.sub(" ", text)
    sentences = re.split(r"(?<=[.?!:;•])\s+|\n\s*\n", text)
    result = []
    for sentence in sentences:
        words = normalise(sentence)
        if len(words.split()) >= min_words:
            result.append(words)
    return result


# The two corrections the seed's README allows for typing errors of the original.
CORRECTIONS = {"professionalsering": "professionalisering"}


def correct(words: str) -> str:
    for wrong, right in CORRECTIONS.items():
        words = words.replace(wrong, right)
    return words


def shingles(words: str, size: int = 5) -> set[str]:
    parts = words.split()
    if len(parts) <= size:
        return {" ".join(parts)}
    return {" ".join(parts[i : i + size]) for i in range(len(parts) - size + 1)}


def coverage(sentence: str, corpus: str) -> float:
    """Share of the sentence's 5-word runs found in the corpus (1.0: all of it)."""
    runs = shingles(correct(sentence))
    return sum(run in corpus for run in runs) / len(runs)


def library_corpus(library) -> str:
    """Everything the app can show of the guide, as one normalised string."""
    parts: list[str] = []
    for plate in library.plates:
        parts += [plate.title, plate.intro, *plate.tips]
        for element in plate.elements:
            parts += [f"{element.label} {element.text}", element.guide]
        parts += [relation.label for relation in plate.relations]
        if plate.worksheet:
            parts += [plate.worksheet.title, plate.worksheet.intro]
            for question in plate.worksheet.questions:
                parts.append(question.text)
                parts += [f"{field.label} {field.hint}" for field in question.fields]
    for chapter in library.chapters:
        parts += [chapter.title, chapter.markdown]
    return " | ".join(normalise(part) for part in parts)
