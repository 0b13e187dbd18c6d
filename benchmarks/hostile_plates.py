"""How long refusing each hostile plate takes (issue: under 100 ms each), against a floor.

    python benchmarks/hostile_plates.py

The floor is loading a small valid plate in the same run; the figure is the
slowest refusal over the corpus in tests/hostile/plates and three files of
megabytes.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.io.errors import PlateError  # noqa: E402
from app.io.plate_reader import parse_plate_bytes  # noqa: E402
from tests.hostile.make_corpus import VALID, big_files  # noqa: E402


def timed(data: bytes, name: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(PlateError):
        parse_plate_bytes(data, name)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    corpus = sorted((REPO / "tests" / "hostile" / "plates").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus + big_files(Path(tmp))
        floor = statistics.median(timed(VALID.encode(), "valid.yaml") for _ in range(50))
        times = {
            path.name: min(timed(path.read_bytes(), path.name) for _ in range(3)) for path in files
        }
    slowest = max(times, key=times.__getitem__)
    print(f"floor (valid example plate): {floor:.2f} ms")
    print(
        f"hostile files: {len(times)}, median {statistics.median(times.values()):.2f} ms, "
        f"slowest {times[slowest]:.1f} ms ({slowest}), ratio {times[slowest] / floor:.1f}x floor"
    )
    return 0 if times[slowest] < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
