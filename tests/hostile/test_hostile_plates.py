"""Malformed and hostile plate files: each refused with file:line, nothing else disturbed."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.errors import PlateError
from app.io.library_loader import load_library
from app.io.paths import display_path, shipped_plate_files
from app.io.plate_file import read_plate
from app.io.plate_reader import parse_plate_bytes
from tests.conftest import REPO
from tests.hostile.make_corpus import VALID, big_files

CORPUS = sorted((Path(__file__).parent / "plates").glob("*.yaml"))
HANG_GUARD_SECONDS = 5.0  # not a speed test (see benchmarks/): a guard against hangs


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 200
    families = {path.name.split("-")[0] for path in CORPUS}
    assert families >= {
        "truncated",
        "type",
        "yaml11",
        "unknown",
        "duplicate",
        "cycle",
        "alias",
        "deep",
        "tag",
        "encoding",
        "bytes",
        "tabs",
        "structure",
    }


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_hostile_plate_is_refused_with_file_and_line(path: Path) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(PlateError) as raised:
            read_plate(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    lines = path.read_bytes().count(b"\n") + 1
    assert raised.value.problems
    for problem in raised.value.problems:
        assert problem.path == str(path)
        assert 1 <= problem.line <= lines
        assert problem.message and "Traceback" not in problem.message
    assert elapsed < HANG_GUARD_SECONDS
    assert peak < 64 * 1024 * 1024  # memory stays bounded


def test_files_of_megabytes_are_refused(tmp_path: Path) -> None:
    for path in big_files(tmp_path):
        with pytest.raises(PlateError) as raised:
            read_plate(path)
        assert any("grens" in p.message or "te veel" in p.message for p in raised.value.problems)


def test_check_reports_every_hostile_file_and_never_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "check", *map(str, CORPUS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    reported = {
        line.split(":", 1)[0] for line in done.stdout.splitlines() if re.match(r"^.+:\d+: ", line)
    }
    assert reported == {display_path(path) for path in CORPUS}


def test_the_app_loads_the_good_plates_beside_the_hostile_ones() -> None:
    result = load_library([*shipped_plate_files(), *CORPUS], chapters=[])
    assert [p.id for p in result.library.plates] == [
        "smjp",
        "strategie",
        "meerjarenplan",
        "programmas",
    ]
    assert {p.path for p in result.problems} == {display_path(path) for path in CORPUS}


def test_the_window_names_the_broken_files(qtbot, tmp_path) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.settings import WindowSettings

    result = load_library([*shipped_plate_files(), *CORPUS[:3]], chapters=[])
    window = MainWindow(result.library, WindowSettings(tmp_path), result.problems)
    qtbot.addWidget(window)
    window.show()
    assert window.problem_bar.isVisible()
    assert f"{display_path(CORPUS[0])}:" in window.problem_bar.text()
    assert len(window.views) == 4
    window.sessions.close()


FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
edits = st.lists(
    st.tuples(st.integers(0, len(VALID)), st.integers(0, 12), st.binary(max_size=12)),
    max_size=6,
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(edits)
def test_fuzz_the_loader_never_raises_anything_but_plate_errors(changes) -> None:
    """Random cuts and insertions in a valid plate: a Plate or a PlateError, nothing else.
    Run longer with FUZZ_EXAMPLES=100000."""
    data = VALID.encode()
    for position, cut, insert in changes:
        data = data[:position] + insert + data[position + cut :]
    try:
        parse_plate_bytes(data, "fuzz.yaml")
    except PlateError as error:
        assert all(p.path == "fuzz.yaml" and p.line >= 1 for p in error.problems)


@settings(max_examples=FUZZ_EXAMPLES // 3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    with contextlib.suppress(PlateError):
        parse_plate_bytes(data, "ruis.yaml")
