"""The whole program, watched by strace, on hostile files: nothing outside the data and plates
folders is opened for writing, renamed, linked or removed; nothing outside is read because a
file named it; no socket is connected.

The program runs as `python -m app` would (tests/hostile/run_app_briefly.py calls
app.cli.main), offscreen, with every hostile session file in werksessies/ at start, special
files (FIFOs, links to /dev/zero and out of the folder) among the sessions, the own plates and
as the settings file, and a handful of hostile files opened with "Openen uit bestand".
Sockets: the offscreen platform with D-Bus disabled needs none, so none is allowed except a
local (AF_UNIX) one to the X server or the session bus, which is the desktop, not a network.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.example_plate import EXAMPLE_PLATE

STRACE = shutil.which("strace")
pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="strace is Linux"),
    pytest.mark.skipif(STRACE is None, reason="strace is not installed (CI installs it)"),
]
CORPUS = Path(__file__).parent / "sessions"
MAILED = [
    "id-traversal",
    "id-absolute",
    "id-nul",
    "id-very-long",
    "id-empty",
    "id-con",
    "id-unc",
    "number-huge-format",
    "surrogate-name",
    "structure-date-traversal",
    "encoding-utf8-bom",
    "structure-deep-in-plates",
    "duplicate-item-ids",
]
CALLS = "openat,open,creat,connect,rename,renameat,renameat2,unlink,unlinkat,rmdir,mkdir,mkdirat,link,linkat,symlink,symlinkat"
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
# pid call(args) = result; with -y a descriptor shows its path: 3</some/path>
LINE = re.compile(r"^\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)(?:<(.*?)>)?")
ARG = re.compile(r'(?:(AT_FDCWD|\d+)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"')


def paths_of(call: str, args: str) -> list[str]:
    """Every path a call names, made absolute (relative ones against their descriptor)."""
    found = []
    for match in ARG.finditer(args):
        _fd, base, name = match.groups()
        name = name.encode().decode("unicode_escape")
        found.append(os.path.normpath(os.path.join(base or "/", name)))
    return found


def make_world(root: Path) -> dict[str, Path]:
    world = {name: root / name for name in ("data", "plates", "home", "cwd", "mail", "outside")}
    for folder in world.values():
        folder.mkdir()
    sessions = world["data"] / "werksessies"
    sessions.mkdir()
    for number, path in enumerate(sorted(CORPUS.glob("*.json"))):
        shutil.copy(path, sessions / path.name)  # under its own name (a copy put there)
        if number % 5 == 0:
            shutil.copy(path, sessions / f"{number:012x}.json")  # and under an app-like name
    (world["outside"] / "x.json").write_text("niet van de app", encoding="utf-8")
    (world["outside"] / "geheim.yaml").write_text("id: geheim\n", encoding="utf-8")
    os.mkfifo(sessions / "aaaaaaaaaaaa.json")
    os.symlink("/dev/zero", sessions / "bbbbbbbbbbbb.json")
    os.symlink(world["outside"] / "x.json", sessions / "cccccccccccc.json")
    os.mkfifo(world["data"] / "instellingen.ini")
    (world["plates"] / "eigen.yaml").write_text(EXAMPLE_PLATE, encoding="utf-8")
    os.mkfifo(world["plates"] / "pijp.yaml")
    os.symlink("/dev/zero", world["plates"] / "nul.yaml")
    os.symlink(world["outside"] / "geheim.yaml", world["plates"] / "naar-buiten.yaml")
    for name in MAILED:
        shutil.copy(CORPUS / f"{name}.json", world["mail"] / f"{name}.json")
    os.mkfifo(world["mail"] / "pijp.json")
    return world


def test_the_program_on_hostile_files_stays_in_its_folders(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    outside_before = {p.name: p.read_bytes() for p in world["outside"].iterdir()}
    log = tmp_path / "strace.log"
    mailed = [str(world["mail"] / f"{name}.json") for name in MAILED]
    mailed.append(str(world["mail"] / "pijp.json"))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(world["home"]),
        "PYTHONDONTWRITEBYTECODE": "1",  # the program folder gets no bytecode written into it
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "OVERZICHTSPLATEN_TEST_IMPORT": os.pathsep.join(mailed),
    }
    command = [STRACE, "-f", "-qq", "-y", "-e", f"trace={CALLS}", "-o", str(log)]
    command += [sys.executable, str(REPO / "tests" / "hostile" / "run_app_briefly.py")]
    command += ["--data-dir", str(world["data"]), "--plates-dir", str(world["plates"])]
    done = subprocess.run(
        command, cwd=world["cwd"], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "sessions:" in done.stdout, done.stdout[-3000:]
    allowed = [world["data"], world["plates"].resolve(), Path("/dev/null")]

    def inside_allowed(path: str) -> bool:
        if path.startswith("/proc/self/fd/"):
            return True  # QSaveFile links its O_TMPFILE (made in the data folder) by descriptor
        return any(Path(path) == root or Path(path).is_relative_to(root) for root in allowed)

    problems = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = LINE.match(line)
        if match is None:
            continue
        call, args, result, result_path = match.groups()
        if call == "connect":
            family = re.search(r"sa_family=(\w+)", args)
            local = family and family.group(1) == "AF_UNIX" and re.search(r"X11|bus", args)
            if not local:
                problems.append(f"connect: {line}")
            continue
        paths = paths_of(call, args)
        if call in ("openat", "open", "creat"):
            if WRITE_FLAGS.search(args) or call == "creat":
                problems += [f"written: {line}" for p in paths if not inside_allowed(p)]
            opened = result_path or ""
            if int(result) >= 0 and (
                Path(opened).is_relative_to(world["outside"]) or opened == "/dev/zero"
            ):
                problems.append(f"read because a file named it: {line}")
        else:  # rename, link, unlink, mkdir, ...
            problems += [f"{call}: {line}" for p in paths if not inside_allowed(p)]
    assert problems == [], "\n".join(problems[:40])
    assert {p.name: p.read_bytes() for p in world["outside"].iterdir()} == outside_before
    assert list(world["cwd"].iterdir()) == []
    saved = [
        p
        for p in (world["data"] / "werksessies").glob("*.json")
        if p.is_file()
        and not p.is_symlink()  # (the FIFO there would block this test too)
        and "getypt onder strace" in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert len(saved) == 1  # and the app still did its work
