"""Find anything: every element of every plate, the guide's chapters, insensitive to
case and diacritics ("e" finds "ë"), matching parts of words ("cyber" finds
Cyberveiligheid). Results come grouped by plate, best first, with the words
around each hit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.model.library import PlateLibrary

_MARKUP = re.compile(r"\]\([^)]*\)|[*_#>`\[\]]")
SNIPPET_CHARS = 60


def fold(text: str) -> tuple[str, list[int]]:
    """Lowercase, diacritics removed; and for each folded character, where it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char.casefold()):
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    return "".join(folded), origin


def plain(markdown: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", markdown)).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    plate_id: str  # "" for a chapter
    target: str  # element id, or chapter id
    title: str
    field: str  # "label", "text", "guide", "chapter"
    text: str
    folded: str
    origin: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    plate_id: str
    target: str
    title: str
    snippet: str
    score: float


FIELD_WEIGHT = {"label": 0.0, "text": 1.0, "guide": 2.0, "chapter": 3.0}


class SearchIndex:
    def __init__(self, library: PlateLibrary) -> None:
        self.library = library
        self.entries: list[Entry] = []
        for plate in library.plates:
            for element in plate.elements:
                for field_name, text in (
                    ("label", element.label),
                    ("text", element.text),
                    ("guide", plain(element.guide)),
                ):
                    self._add(plate.id, element.id, element.label, field_name, text)
        for chapter in library.chapters:
            self._add("", chapter.id, chapter.title, "chapter", plain(chapter.markdown))

    def _add(self, plate_id: str, target: str, title: str, field_name: str, text: str) -> None:
        if text:
            folded, origin = fold(text)
            self.entries.append(
                Entry(plate_id, target, title, field_name, text, folded, tuple(origin))
            )

    def _context(self, entry: Entry) -> str:
        element = self.library.plate(entry.plate_id).element(entry.target)
        text = element.text or plain(element.guide)
        if len(text) > 2 * SNIPPET_CHARS:
            text = text[: 2 * SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
        return text

    def search(self, query: str, limit: int = 200) -> list[Hit]:
        words = fold(query)[0].split()
        if not words or (all(len(w) < 2 for w in words) and len(words[0]) < 1):
            return []
        best: dict[tuple[str, str], Hit] = {}
        # the words in context, for hits in a title: the title alone does not say what it is
        in_text: dict[tuple[str, str], str] = {}
        for entry in self.entries:
            positions = [entry.folded.find(word) for word in words]
            if min(positions) < 0:
                continue
            first = min(positions)
            key = (entry.plate_id, entry.target)
            if entry.field != "label" and key not in in_text:
                in_text[key] = snippet(entry, first, len(words[positions.index(first)]))
            word_start = first == 0 or not entry.folded[first - 1].isalnum()
            score = FIELD_WEIGHT[entry.field] + (0 if word_start else 0.5) + first / 10_000
            if key in best and best[key].score <= score:
                continue
            around = snippet(entry, first, len(words[positions.index(first)]))
            if entry.field == "label":  # the title already shows it: say what the element is
                around = self._context(entry)
            best[key] = Hit(entry.plate_id, entry.target, entry.title, around, score)
        for key, hit in best.items():  # a title hit: the words where the text has them too
            if key in in_text and not _contains_all(hit.snippet, words):
                best[key] = Hit(hit.plate_id, hit.target, hit.title, in_text[key], hit.score)
        plate_order = {p.id: i for i, p in enumerate(self.library.plates)}
        hits = sorted(best.values(), key=lambda h: (plate_order.get(h.plate_id, 99), h.score))
        return hits[:limit]


def _contains_all(text: str, words: list[str]) -> bool:
    folded = fold(text)[0]
    return all(word in folded for word in words)


def snippet(entry: Entry, folded_at: int, folded_length: int) -> str:
    start = entry.origin[folded_at]
    end = entry.origin[min(folded_at + folded_length, len(entry.origin)) - 1] + 1
    left = max(0, start - SNIPPET_CHARS)
    right = min(len(entry.text), end + SNIPPET_CHARS)
    if left > 0:
        left = entry.text.find(" ", left) + 1 or left
    if right < len(entry.text):
        space = entry.text.rfind(" ", end, right)
        right = space if space > end else right
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(entry.text) else ""
    return prefix + entry.text[left:right].strip() + suffix


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words occur in a text (original positions), for highlighting."""
    folded, origin = fold(text)
    spans = []
    for word in fold(query)[0].split():
        start = folded.find(word)
        while start >= 0 and word:
            end = origin[start + len(word) - 1] + 1
            spans.append((origin[start], end))
            start = folded.find(word, start + len(word))
    return sorted(spans)
