"""Drive the app over the real AT-SPI bus, as a screen reader sees it.

Run with the system Python that has pyatspi (Debian: python3-pyatspi), inside a
D-Bus session (`dbus-run-session`) and with DISPLAY set to an X server:

    dbus-run-session -- /usr/bin/python3 atspi_driver.py plan.json

The plan names the command that starts the app and a list of steps; each step
presses keys (xdotool) or just looks. After each step the driver waits until
the app's accessibility events have settled and writes one JSON line: the focus
events and description changes seen, every object that reports FOCUSED, and
(when asked) the accessible tree under the focused window's plate view.
This file imports nothing from the app: it sees only what a screen reader sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

QUIET_MS = 900  # events of one keystroke arrive within this of each other (busy machine too)
FIRST_EVENT_MS = 6000  # the first event of a step must come within this
STARTUP_S = 60.0  # the app on screen with focus, on a busy machine


def describe(acc) -> dict:  # type: ignore[no-untyped-def]
    try:
        states = acc.getState()
        return {
            "name": acc.name or "",
            "role": acc.getRoleName(),
            "description": acc.description or "",
            "focused": states.contains(pyatspi.STATE_FOCUSED),
            "selected": states.contains(pyatspi.STATE_SELECTED),
            "expandable": states.contains(pyatspi.STATE_EXPANDABLE),
            "expanded": states.contains(pyatspi.STATE_EXPANDED),
            "visible": states.contains(pyatspi.STATE_VISIBLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
        }
    except Exception as error:  # an object that went away meanwhile
        return {"name": "", "role": "gone", "error": str(error)}


def walk(acc, depth: int = 0, limit: int = 40):  # type: ignore[no-untyped-def]
    if acc is None or depth > limit:
        return
    yield acc, depth
    try:
        if depth > 1 and not acc.getState().contains(pyatspi.STATE_VISIBLE):
            return  # a hidden plate or panel: nothing in it can have focus
        count = acc.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def tree(acc, depth: int = 0) -> dict:  # type: ignore[no-untyped-def]
    node = describe(acc)
    node["level"] = depth
    try:
        node["relations"] = [
            (pyatspi.relationToString(r.getRelationType()), r.getNTargets())
            for r in acc.getRelationSet()
        ]
        extents = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        node["extents"] = [extents.x, extents.y, extents.width, extents.height]
    except Exception:
        pass
    node["children"] = [tree(acc.getChildAtIndex(i), depth + 1) for i in range(acc.childCount)]
    return node


class Driver:
    def __init__(self, plan: dict) -> None:
        self.plan = plan
        self.events: list[dict] = []
        self.last_event = 0.0
        self.app = None
        self.loop = GLib.MainLoop()
        for kind in (
            "focus:",
            "object:state-changed:focused",
            "object:property-change:accessible-description",
            "object:property-change:accessible-name",
            "object:announcement",
        ):
            pyatspi.Registry.registerEventListener(self.on_event, kind)
        if plan.get("key_listener"):
            # as Orca does: the app then hands every key to the bus before it handles
            # it itself (Qt holds each key event until the bus answers)
            pyatspi.Registry.registerKeystrokeListener(
                self.on_key,
                mask=pyatspi.allModifiers(),
                kind=(pyatspi.KEY_PRESSED_EVENT, pyatspi.KEY_RELEASED_EVENT),
                synchronous=True,
                preemptive=True,
            )

    def on_key(self, event) -> bool:  # type: ignore[no-untyped-def]
        return False  # never consumed: the key goes on to the app

    def on_event(self, event) -> None:  # type: ignore[no-untyped-def]
        try:
            app = event.source.getApplication()
            if app is None or app.get_process_id() != self.process.pid:
                return
        except Exception:
            return
        record = {"type": event.type, "detail1": event.detail1, **describe(event.source)}
        if event.type.startswith("object:announcement"):
            record["text"] = str(event.any_data)
        self.events.append(record)
        self.last_event = time.monotonic()

    def pump(self, until, seconds: float | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Run the event loop until `until()` is true or the step's time is up."""
        if seconds is None:
            seconds = max(FIRST_EVENT_MS / 1000, self.plan.get("pause", 0) + 1)
        deadline = time.monotonic() + seconds

        def check() -> bool:
            if until() or time.monotonic() > deadline:
                self.loop.quit()
                return False
            return True

        GLib.timeout_add(25, check)
        self.loop.run()
        return bool(until())

    def settle(self, seen_before: int) -> None:
        """Wait for the step's first event, then until none came for QUIET_MS."""
        self.pump(lambda: len(self.events) > seen_before)

        def quiet() -> bool:
            return (time.monotonic() - self.last_event) * 1000 > QUIET_MS

        self.pump(quiet)

    def find_app(self):  # type: ignore[no-untyped-def]
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            try:
                candidate = desktop.getChildAtIndex(index)
                if candidate is not None and candidate.get_process_id() == self.process.pid:
                    return candidate
            except Exception:
                continue
        return None

    def focused_objects(self) -> list[dict]:
        found = []
        for acc, _ in walk(self.app):
            try:
                if acc.getState().contains(pyatspi.STATE_FOCUSED):
                    found.append(describe(acc))
            except Exception:
                continue
        return found

    def named_ancestor(self, name: str):  # type: ignore[no-untyped-def]
        for acc, _ in walk(self.app):
            try:
                if acc.name == name and acc.getRoleName() == "panel":
                    return acc
            except Exception:
                continue
        return None

    def run(self) -> None:
        self.process = subprocess.Popen(self.plan["command"])
        try:
            # a loaded machine can take a while to start the app: wait up to STARTUP_S
            self.pump(lambda: self.find_app() is not None, STARTUP_S)
            self.app = self.find_app()
            self.pump(lambda: bool(self.events), STARTUP_S)  # the window's first focus
            self.settle(0)
            if not self.focused_objects():  # no window manager gave it focus yet: ask one
                subprocess.run(
                    [
                        "xdotool",
                        "search",
                        "--sync",
                        "--onlyvisible",
                        "--pid",
                        str(self.process.pid),
                        "windowactivate",
                        "--sync",
                    ],
                    check=False,
                    timeout=STARTUP_S,
                    capture_output=True,
                )
                self.pump(lambda: bool(self.focused_objects()), STARTUP_S)
                self.settle(len(self.events))
            self.emit({"step": "start", "events": self.events, "focused": self.focused_objects()})
            for step in self.plan["steps"]:
                before = len(self.events)
                started = time.monotonic()
                for keys in step.get("keys", []):
                    subprocess.run(["xdotool", "key", keys], check=True)
                self.settle(before)
                if self.plan.get("pause"):  # a listener (Orca) keeps up with a person's pace
                    resume = time.monotonic() + float(self.plan["pause"])
                    self.pump(lambda until=resume: time.monotonic() > until)
                result = {
                    "seconds": round(time.monotonic() - started, 2),
                    "step": step.get("name", " ".join(step.get("keys", []))),
                    "events": self.events[before:],
                    "focused": self.focused_objects(),
                }
                if step.get("tree") or step.get("dump"):
                    view = self.named_ancestor(step.get("tree") or step["dump"])
                    result["tree"] = tree(view) if view is not None else None
                self.emit(result)
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    @staticmethod
    def emit(record: dict) -> None:
        print(json.dumps(record, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as plan_file:
        Driver(json.load(plan_file)).run()
