"""The kill -9 harness runs, and it can fail: a naive writer is caught.

On Windows the harness kills with TerminateProcess (Popen.kill)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def harness(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "benchmarks/kill_autosave.py", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_the_apps_autosave_survives_kills() -> None:
    done = harness("--runs", "8", "--seed", "7")
    assert done.stdout.strip().splitlines()[-1] == "kill-9 runs: 8, corrupt: 0, lost: 0"
    assert done.returncode == 0


def test_a_naive_writer_is_caught() -> None:
    done = harness("--runs", "8", "--seed", "7", "--naive")
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("kill-9 runs: 8, corrupt: ")
    corrupt = int(last.split("corrupt: ")[1].split(",")[0])
    assert corrupt > 0 and done.returncode == 1
