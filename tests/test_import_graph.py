"""The import graph of app/: no cycles (imports under TYPE_CHECKING and inside functions
count too), and only the module that builds the window imports the main window.

Built from the source with `ast`, so it needs nothing but the standard library."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

APP = Path(__file__).resolve().parents[1] / "app"
WINDOW = "app.ui.main_window"
WINDOW_BUILDER = "app.ui.application"


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    base = APP.parent.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports_of(path: Path) -> set[str]:
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> set[str]:
    """Every app module `source` imports, wherever the import statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:  # `from app.ui import safe_text` imports a module
                sub = f"{base}.{alias.name}"
                found.add(sub if is_module(sub) else base)
    return {name for name in found if name.split(".")[0] == "app" and is_module(name)}


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in sorted(APP.rglob("*.py")):
        name = module_name(path)
        graph.add_node(name)
        graph.add_edges_from((name, imported) for imported in imports_of(path) - {name})
    return graph


def test_the_graph_sees_imports_in_type_checking_blocks_and_functions() -> None:
    # the kinds of import that made the old circle: for type hints only, and made late
    source = """
from typing import TYPE_CHECKING
from app.ui import safe_text
from . import i18n

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

def later():
    from ..scene.plate_scene import PlateScene
"""
    assert imports_in(source, "app.ui") == {
        "app.ui.safe_text",
        "app.ui.i18n",
        "app.ui.main_window",
        "app.scene.plate_scene",
    }
    graph = import_graph()
    assert graph.has_edge(WINDOW_BUILDER, WINDOW)
    assert graph.number_of_nodes() > 80


def test_there_is_no_import_cycle_in_app() -> None:
    cycles = [sorted(part) for part in nx.strongly_connected_components(import_graph())]
    assert [part for part in cycles if len(part) > 1] == []


def test_only_the_module_that_builds_the_window_imports_the_main_window() -> None:
    assert sorted(import_graph().predecessors(WINDOW)) == [WINDOW_BUILDER]


def test_the_main_window_only_wires_its_parts() -> None:
    """Issue 21: the window builds parts and connects them; behaviour lives in the parts.
    Past 300 lines it has started to own something again."""
    source = APP / "ui" / "main_window.py"
    assert len(source.read_text(encoding="utf-8").splitlines()) < 300
