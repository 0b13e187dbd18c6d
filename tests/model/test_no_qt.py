"""The model and io layers import no Qt, and work where PySide6 cannot be imported."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

BLOCK_QT = """
import sys, importlib.abc
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed here: " + name)
sys.meta_path.insert(0, NoQt())
import pkgutil, importlib, app.model, app.io
for package in (app.model, app.io):
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(package.__name__ + "." + info.name)
from app.io.library_loader import load_library
result = load_library()
assert result.ok, result.problems
print(len(result.library.plates), "plates without Qt")
"""


def test_model_and_io_work_without_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "4 plates without Qt" in done.stdout
