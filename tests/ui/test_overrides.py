"""Every Python method that replaces one of Qt's carries `@override` (STYLE.md), so a
misspelt override (`draw_background`, `keypressEvent`) is caught by mypy instead of
silently never being called."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app


def qt_overrides_without_marker() -> list[str]:
    missing = []
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name == "app.__main__":  # runs the program when imported
            continue
        module = importlib.import_module(info.name)
        for class_name, cls in vars(module).items():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            qt_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("PySide6")]
            for name, value in vars(cls).items():
                if name.startswith("__") or not callable(value):
                    continue
                replaces_qt = any(hasattr(base, name) for base in qt_bases)
                if replaces_qt and not getattr(value, "__override__", False):
                    missing.append(f"{info.name}.{class_name}.{name}")
    return missing


def test_every_qt_override_is_marked(qapp) -> None:
    assert qt_overrides_without_marker() == []
