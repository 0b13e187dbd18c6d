"""Import a Qt-free package after PySide6 as if PySide6 were not there.

PySide6 replaces `builtins.__import__` with a hook that reads the source of every module
imported after it, to see whether it uses PySide6 (PYSIDE-2029); for networkx's 300-odd
modules that is a large part of their import. Start-up draws the first frame before
networkx is needed and imports it right after, so this module, imported before PySide6
(app.cli.CORE_MODULES), keeps the plain import to use for it. Imported after PySide6 it
has only the hooked one, and imports as usual.
"""

from __future__ import annotations

import builtins
import importlib
from types import ModuleType

_plain = builtins.__import__


def import_plain(name: str) -> ModuleType:
    hooked = builtins.__import__
    builtins.__import__ = _plain
    try:
        return importlib.import_module(name)
    finally:
        builtins.__import__ = hooked
