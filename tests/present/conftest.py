"""The two-screen suite runs in a process of its own (started by tests/ui/test_presenting.py).

On PySide6 6.12 with Python 3.12 that process can crash while the interpreter
tears down pytest-qt's Qt objects, after every test passed and the summary was
printed ("QObject: shared QObject was deleted directly"). The app itself exits
cleanly after presenting (checked with a script that starts, stops and closes a
presentation on 3.12), so this process ends as soon as pytest is done, with
pytest's own exit status, instead of running that teardown. It says that status on
its last line first: the parent goes by the line, since under Wine the process itself
can still crash on its way out (status 3) after every test passed.
"""

from __future__ import annotations

import os
import sys

_status = {"code": 0}


def _own_process() -> bool:
    return "configfile" in os.environ.get("QT_QPA_PLATFORM", "")


def pytest_sessionfinish(session, exitstatus) -> None:  # type: ignore[no-untyped-def]
    _status["code"] = int(exitstatus)


STATUS_LINE = "two-screen suite: status {}"


def pytest_unconfigure(config) -> None:  # type: ignore[no-untyped-def]
    if _own_process():
        # what the parent goes by: under Wine, leaving a Qt process (os._exit too) crashes
        # in the DLLs' teardown in about one start in three, after everything had passed
        print(STATUS_LINE.format(_status["code"]))
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_status["code"])
