"""What a screen reader gets over the real AT-SPI bus: the plate's parts, and focus.

The app runs as a user starts it (its own process, X11 under Xvfb, a D-Bus
session with the AT-SPI registry); a driver in the system Python reads the
accessible tree and listens to focus events as Orca does, while xdotool presses
the keys. One run of the app serves all tests here (about 30 s).

Skipped when the pieces are missing (pyatspi in /usr/bin/python3, dbus-run-session,
Xvfb, xdotool); `.ci/a11y.sh` installs them so CI runs these for real.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.graph import reading_order
from app.model.library import PlateLibrary

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str | None:
    for tool in ("dbus-run-session", "Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "no system Python"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed (python3-pyatspi)"
    return None


if os.environ.get("A11Y_REQUIRED") and _missing():  # CI (.ci/a11y.sh): never skip there
    raise RuntimeError(f"tests/a11y need the AT-SPI tools: {_missing()}")
pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))

# every way of getting somewhere, as keys; each step names the element it should land on
STEPS: list[dict] = [
    {"name": "Tab on the start page", "keys": ["Tab"], "named": ("push button",)},
    {"name": "Enter on a start card", "keys": ["Return"], "plate": "smjp"},
    {"name": "plate by Ctrl+2", "keys": ["ctrl+2"], "tree": "Strategie digitalisering in het mbo"},
    {"name": "Tab into the plate", "keys": ["Tab"], "expect": ("strategie", 0)},
    {"name": "Tab", "keys": ["Tab"], "expect": ("strategie", 1)},
    {"name": "arrow", "keys": ["Right"], "expect": ("strategie", 2)},
    {"name": "plate by Ctrl+3", "keys": ["ctrl+3"], "tree": "Meerjarenplan MBO Digitaal"},
    {"name": "Tab on plate 3", "keys": ["Tab"], "expect": ("meerjarenplan", 0)},
    {"name": "arrow on plate 3", "keys": ["Down"], "expect": ("meerjarenplan", 1)},
    {"name": "previous plate by Ctrl+PgUp", "keys": ["ctrl+Prior"], "expect": ("strategie", 2)},
    {"name": "next plate by Ctrl+PgDown", "keys": ["ctrl+Next"], "expect": ("meerjarenplan", 1)},
    {"name": "plate by Ctrl+2 again", "keys": ["ctrl+2"], "expect": ("strategie", 2)},
    {"name": "back (Alt+Left)", "keys": ["alt+Left"], "expect": ("meerjarenplan", 1)},
    {"name": "forward (Alt+Right)", "keys": ["alt+Right"], "expect": ("strategie", 2)},
    {
        "name": "search field (Ctrl+F)",
        "keys": ["ctrl+f", "h", "e", "r", "o", "r", "i", "e", "n", "t"],
        "named": ("text",),
    },
    {"name": "search jump", "keys": ["Return"], "expect": ("strategie", "student-regie-data")},
    {
        "name": "plate by Ctrl+1",
        "keys": ["ctrl+1"],
        "tree": "Strategisch Meerjaren Perspectief 2022-2030",
    },
    {"name": "plate by Ctrl+4", "keys": ["ctrl+4"], "tree": "De 4 grote programma’s"},
    {"name": "Tab on plate 4", "keys": ["Tab"], "expect": ("programmas", 0)},
    {
        "name": "outline (Ctrl+Shift+O)",
        "keys": ["ctrl+shift+o"],
        "outline": ("programmas", 0),
        "dump": "Overzicht van de plaat",
    },
    {"name": "outline Down", "keys": ["Down"]},
    {
        "name": "plate by Ctrl+3 with a selection",
        "keys": ["ctrl+3"],
        "expect": ("meerjarenplan", 1),
    },
    {"name": "F6 to the guide text", "keys": ["F6"], "named": ("label",)},
    {"name": "Tab to a link", "keys": ["Tab"]},
    {"name": "follow the link", "keys": ["Return"], "expect": ("meerjarenplan", "@area", 1)},
    {
        "name": "search a plate 3 element with a link to plate 4",
        "keys": ["ctrl+f", "ctrl+a", "n", "u", "l", "m", "e", "t", "i", "n", "g"],
        "named": ("text",),
    },
    {
        "name": "its search jump",
        "keys": ["Return"],
        "expect": ("meerjarenplan", "nulmetingen-cyberveiligheid"),
    },
    {"name": "F6 to its guide text", "keys": ["F6"], "named": ("label",)},
    {"name": "Tab to its link to plate 4", "keys": ["Tab", "Tab"]},
    {
        "name": "follow the link to plate 4",
        "keys": ["Return"],
        "expect": ("programmas", "cyber-identificeren"),
    },
    {
        "name": "back from plate 4 (Alt+Left)",
        "keys": ["alt+Left"],
        "expect": ("meerjarenplan", "nulmetingen-cyberveiligheid"),
    },
    {"name": "worksheet (Ctrl+Shift+W)", "keys": ["ctrl+shift+w"], "named": ("list", "table")},
    {"name": "worksheet: a new point", "keys": ["Tab", "a", "b", "Return"], "named": ("text",)},
    {"name": "worksheet: back to the points", "keys": ["shift+Tab"], "named": ("list item",)},
    {"name": "Alt alone to the menu bar", "keys": ["alt"]},
    {"name": "Escape leaves the menu bar", "keys": ["Escape"]},
    {"name": "shortcuts (F1)", "keys": ["F1"], "named": ("table cell",)},
    {"name": "shortcuts Down", "keys": ["Down"], "named": ("table cell",)},
]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    scratch = tmp_path_factory.mktemp("a11y")
    plan = {
        "command": [sys.executable, "-m", "app", "--data-dir", str(scratch / "data")],
        "steps": STEPS,
        # listen to keys as Orca does: Qt then holds each key until the bus answers
        "key_listener": True,
    }
    plan_file = scratch / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    display = ":" + xvfb.stdout.readline().decode().strip()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONPATH": str(REPO),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    window_manager = (
        subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
        if shutil.which("openbox")
        else None
    )
    try:
        done = subprocess.run(
            [
                "dbus-run-session",
                "--",
                SYSTEM_PYTHON,
                str(HERE / "atspi_driver.py"),
                str(plan_file),
            ],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    finally:
        if window_manager is not None:
            window_manager.terminate()
            window_manager.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
    (scratch / "driver.out").write_text(done.stdout + done.stderr, encoding="utf-8")
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(records) == len(STEPS) + 1, done.stdout[-2000:] + done.stderr[-4000:]
    return {record["step"]: record for record in records}


def _element_id(library: PlateLibrary, plate_id: str, which: int | str, *more: int) -> str:
    """An element by id, by place in reading order, or ("@area", n): the n-th one's area."""
    if which == "@area":
        return library.plate(plate_id).element(_element_id(library, plate_id, *more)).inside[0]
    if isinstance(which, int):
        return reading_order(library.graphs[plate_id])[which]
    return which


def _label(library: PlateLibrary, plate_id: str, *which: int | str) -> str:
    return library.plate(plate_id).element(_element_id(library, plate_id, *which)).label.strip()


def _focus_events(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["type"].startswith("focus")]


@pytest.mark.parametrize("step", [s for s in STEPS if "expect" in s], ids=lambda s: s["name"])
def test_each_way_there_focuses_the_element_once(run, library, step) -> None:
    record = run[step["name"]]
    label = _label(library, *step["expect"])
    focused = record["focused"]
    assert len(focused) == 1 and focused[0]["name"] == label, (step["name"], focused)
    role = focused[0]["role"]
    assert role in ("list item", "section")  # an element, or a region (a link can lead there)
    events = _focus_events(record)
    assert events and (events[-1]["role"], events[-1]["name"]) == (role, label)
    # one announcement: the element gets one focus event; at most the plate itself
    # before it, which Qt reports when keyboard focus arrives on the plate from elsewhere
    assert sum(e["role"] == role for e in events) == 1
    assert all(e["role"] == "panel" for e in events[:-1]) and len(events) <= 2
    plate_events = [e for e in record["events"] if e["role"] in ("list item", "section", "panel")]
    assert not [e for e in plate_events if "description" in e["type"]]  # no re-reads
    # "label, role, in area": the area is in the description
    element = library.plate(step["expect"][0]).element(_element_id(library, *step["expect"]))
    if element.inside:
        area = library.plate(step["expect"][0]).element(element.inside[0]).label
        said = focused[0]["description"]
        kind = "Onderdeel" if role == "list item" else "Gebied met"
        assert said.startswith(kind) and f" in {area.strip().rstrip(':')}" in said, said


def test_a_new_worksheet_point_is_said(run) -> None:
    # Enter in the field adds the point and keeps focus there: no silent step
    record = run["worksheet: a new point"]
    said = [e["description"] for e in record["events"] if "description" in e["type"]]
    assert said[-1:] == ["Toegevoegd: ab"], said


def test_f6_reads_the_guide_text(run, library) -> None:
    # Qt reports the guide text as a label; Orca says a label's name (not its
    # description), so the name carries the text (its hidden label says the title)
    [focused] = run["F6 to the guide text"]["focused"]
    said = focused["name"]
    element = library.plate("meerjarenplan").element(_element_id(library, "meerjarenplan", 1))
    assert said.startswith(element.label.strip().rstrip(".")), said[:200]
    assert len(said) > len(element.label) + 20, said  # the text about the selection


def test_a_link_reached_by_tab_is_said_once(run, library) -> None:
    record = run["Tab to a link"]
    said = [e for e in record["events"] if "description" in e["type"]]
    assert [e["description"] for e in said] == ["Link: Wanneer collectief? Enter volgt de link."]


def _elements(node: dict) -> list[dict]:
    found = []
    for child in node["children"]:
        found.append(child)
        found.extend(_elements(child))
    return found


@pytest.mark.parametrize("step", [s for s in STEPS if "tree" in s], ids=lambda s: s["name"])
def test_the_plate_lists_every_element_by_name(run, library, step) -> None:
    record = run[step["name"]]
    plate = next(p for p in library.plates if p.title == step["tree"])
    tree = record["tree"]
    assert tree is not None and tree["name"] == plate.title
    parts = _elements(tree)
    assert sorted(p["name"] for p in parts) == sorted(e.label.strip() for e in plate.elements)
    assert all(p["role"] in ("list item", "section") for p in parts)
    on_screen = [p for p in parts if p.get("extents") and p["extents"][2] > 0]
    assert len(on_screen) == len(parts)  # each has a place on screen
    # a plate switch with nothing selected: the plate itself has focus, and only it
    assert [(f["role"], f["name"]) for f in record["focused"]] == [("panel", plate.title)]
    assert [e["name"] for e in _focus_events(record)] == [plate.title]


def test_regions_hold_their_elements(run, library) -> None:
    tree = run["plate by Ctrl+3"]["tree"]
    # a region is a section: screen readers do not say it again before each element in
    # it (each element says "in <area>" itself), so the area is said once
    regions = {n["name"]: n for n in _elements(tree) if n["role"] == "section"}
    factors = regions["Succesfactoren voor de samenwerking"]
    assert "Lef om door te pakken." in [c["name"] for c in factors["children"]]
    assert all(c["level"] == factors["level"] + 1 for c in factors["children"])


def test_the_outline_takes_focus_as_a_tree(run, library) -> None:
    record = run["outline (Ctrl+Shift+O)"]
    label = _label(library, "programmas", 0)
    # only the entry reports FOCUSED (Qt's own tree said so of itself as well); the
    # entry is the element selected on the plate, and a leaf
    [entry] = record["focused"]
    assert entry["name"] == label and entry["role"] in ("tree item", "table cell")
    assert not entry["expandable"] and not entry["expanded"]
    # the tree, then the entry once (Qt said the entry before the tree too); Qt reports
    # the tree twice in a row, which a screen reader says once (its locus stays)
    said = [e["name"] for e in _focus_events(record)]
    assert [n for i, n in enumerate(said) if not i or said[i - 1] != n] == [
        "Overzicht van de plaat",
        label,
    ]
    [tree] = [n for n in record["tree"]["children"] if n["role"] == "tree"]
    assert tree["name"] == "Overzicht van de plaat"
    header, *entries = tree["children"]
    assert header["role"].endswith("column header") and header["name"] == "Onderdelen"
    assert not header["visible"]
    plate = library.plate("programmas")
    assert sorted(e["name"] for e in entries) == sorted(e.label.strip() for e in plate.elements)
    for node in entries:  # leaves do not expand; regions do, and are open
        element = next(e for e in plate.elements if e.label.strip() == node["name"])
        holds = any(element.id in e.inside for e in plate.elements)
        assert (node["expandable"], node["expanded"]) == (holds, holds), node["name"]
        if element.inside:  # its level: the region it is in
            area = plate.element(element.inside[0]).label.strip().rstrip(":")
            assert node["description"].startswith(f"in {area}"), node


def test_item_views_report_one_focused_entry(run) -> None:
    for name, role in (
        ("outline Down", "table cell"),
        ("worksheet: back to the points", "list item"),
        ("shortcuts (F1)", "table cell"),
        ("shortcuts Down", "table cell"),
    ):
        record = run[name]
        [focused] = record["focused"]  # the entry, not the view as well
        assert focused["role"] == role and focused["name"], (name, focused)
        assert _focus_events(record)[-1]["name"] == focused["name"]
        assert [e["name"] for e in _focus_events(record)].count(focused["name"]) == 1, name
    assert run["worksheet: back to the points"]["focused"][0]["name"] == "ab"
    assert "Wat het doet:" in run["shortcuts Down"]["focused"][0]["description"]


def test_at_the_start_one_object_is_focused(run) -> None:
    assert len(run["start"]["focused"]) == 1


@pytest.mark.parametrize("step", [s for s in STEPS if "named" in s], ids=lambda s: s["name"])
def test_every_focus_stop_has_a_name(run, step) -> None:
    record = run[step["name"]]
    focused = record["focused"]
    assert focused and all(f["name"].strip() for f in focused), focused
    assert focused[0]["role"] in step["named"]
    assert all(e["name"].strip() for e in _focus_events(record))


def test_alt_shortcuts_do_not_open_the_menu_bar(run) -> None:
    # Alt+Left went back and then opened "Bestand": Qt handed the Alt press back late
    for name in ("back (Alt+Left)", "forward (Alt+Right)"):
        assert [f["role"] for f in run[name]["focused"]] == ["list item"], name
    # a lone Alt still opens the menu bar, for keyboard users who go there that way
    assert run["Alt alone to the menu bar"]["focused"][-1]["name"] == "Bestand"


def test_enter_on_a_start_card_opens_the_plate(run, library) -> None:
    record = run["Enter on a start card"]
    title = library.plate("smjp").title
    assert [(f["role"], f["name"]) for f in record["focused"]] == [("panel", title)]
    assert _focus_events(record)[-1]["name"] == title
