"""Import Qt-free packages after PySide6 as if PySide6's import hook were not there.

PySide6 replaces `builtins.__import__` with a hook that reads the source of every module
imported after it, to see whether it asks for `from __feature__ import` (PYSIDE-2029),
which this app never does; for networkx's 300-odd modules that is a large part of their
import. This module, imported before PySide6 (app.cli.CORE_MODULES), keeps the plain
import; `plain_imports()` uses it for the import statements inside the `with` block.
Imported after PySide6 it has only the hooked one, and imports go on as usual.

The import statements stay statements, so PyInstaller still sees what they import.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

_plain = builtins.__import__


@contextmanager
def plain_imports() -> Iterator[None]:
    hooked = builtins.__import__
    builtins.__import__ = _plain
    try:
        yield
    finally:
        builtins.__import__ = hooked


def import_networkx() -> None:
    """networkx, right after the first frame (the graphs are built next). Its 350-odd
    modules make many objects and no garbage: without the collector walking them again
    and again while they load, the import takes about a tenth less."""
    from app.gc_pause import gc_paused

    with plain_imports(), gc_paused():
        import networkx  # noqa: F401
