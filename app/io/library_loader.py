"""Load every plate and chapter into a PlateLibrary; a broken file never stops the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.io.atomic_write import reason_for
from app.io.errors import FileProblem, PlateError
from app.io.paths import chapter_files, display_path, shipped_plate_files
from app.io.plate_cache import PlateCache
from app.io.plate_file import read_plate
from app.io.safe_read import read_regular_file
from app.model.library import LinkProblem, PlateLibrary
from app.model.plate import Chapter
from app.model.problems import Code, Problem

MAX_CHAPTER_BYTES = 4 * 1024 * 1024


@dataclass
class LoadResult:
    library: PlateLibrary
    problems: list[FileProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def link_file_problems(problems: Iterable[LinkProblem]) -> list[FileProblem]:
    """Cross-plate links that do not resolve, named by the file and line they are on."""
    return [
        FileProblem(p.source.path if p.source else "?", p.source.line if p.source else 1, p.problem)
        for p in problems
    ]


def read_chapter(path: Path) -> Chapter:
    """A Markdown chapter whose first line is its `# Title`; the id is the file name."""
    text = read_regular_file(path, MAX_CHAPTER_BYTES).decode("utf-8")
    first, _, rest = text.partition("\n")
    title = first.lstrip("#").strip() or path.stem
    chapter_id = path.stem.split("-", 1)[1] if path.stem[:2].isdigit() else path.stem
    return Chapter(chapter_id, title, rest.strip(), str(path))


def _reason(error: Exception) -> Problem:
    return reason_for(error) if isinstance(error, OSError) else Problem.of(Code.NOT_UTF8)


def load_library(
    plate_files: Iterable[Path] | None = None,
    chapters: Iterable[Path] | None = None,
    own_files: Iterable[Path] = (),
    cache: PlateCache | None = None,
) -> LoadResult:
    """The shipped plates (or `plate_files`), the user's own plates and the chapters."""
    library = PlateLibrary()
    result = LoadResult(library)
    seen_ids: dict[str, str] = {}
    shipped = shipped_plate_files() if plate_files is None else list(plate_files)
    shipped_files = {path.resolve() for path in shipped}
    own = [path for path in own_files if path.resolve() not in shipped_files]
    for path in [*shipped, *own]:
        shown = display_path(path)
        try:
            plate = read_plate(path, shown, cache)
        except PlateError as error:
            result.problems.extend(error.problems)
            continue
        if plate.id in seen_ids:
            result.problems.append(
                FileProblem(
                    shown, 1, Problem.of(Code.PLATE_ID_TAKEN, id=plate.id, other=seen_ids[plate.id])
                )
            )
            continue
        seen_ids[plate.id] = shown
        library.add(plate, str(path.resolve()) if path in own else None)
    result.problems.extend(link_file_problems(library.resolve_links()))
    for path in chapter_files() if chapters is None else chapters:
        try:
            library.chapters.append(read_chapter(path))
        except (OSError, UnicodeDecodeError) as error:
            result.problems.append(
                FileProblem(
                    display_path(path),
                    1,
                    Problem.of(Code.CHAPTER_UNREADABLE, reason=_reason(error)),
                )
            )
    return result
