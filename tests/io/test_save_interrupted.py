"""A process killed between the steps of a save (open, write, fsync, rename) loses nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.io.session_store import SessionStore
from app.model.worksheet import Session, SessionEditor
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="os._exit mid-save: POSIX test")

# The child replaces one step of atomic_write with "write part of it, then die".
CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {repo!r})
    from pathlib import Path
    from app.io import atomic_write as aw
    from app.io.session_store import SessionStore
    from app.io.session_format import session_from_bytes
    step = {step!r}
    real = {{"open": os.open, "write": os.write, "fsync": os.fsync, "replace": os.replace}}
    def die(*args):
        os._exit(9)
    if step == "open":
        aw.os.open = lambda *a, **k: (real["open"](*a, **k), die())[0]
    elif step == "write":
        aw.os.write = lambda fd, data: (real["write"](fd, bytes(data[: len(data) // 2])), die())[0]
    elif step == "fsync":
        aw.os.fsync = lambda fd: die()
    elif step == "replace":
        aw.os.replace = lambda a, b: die()
    elif step == "after-replace":
        aw.os.replace = lambda a, b: (real["replace"](a, b), die())[0]
    store = SessionStore(Path({data!r}))
    session = session_from_bytes(Path({path!r}).read_bytes())
    session.id = Path({path!r}).stem  # the file's name is its id (the content's is not used)
    session.plates["smjp"].notes = "nieuwe versie " + "x" * 200000
    store.save(session)
    """
)


@pytest.mark.parametrize("step", ["open", "write", "fsync", "replace", "after-replace"])
def test_a_kill_at_any_step_leaves_the_old_or_the_new_version(tmp_path: Path, step: str) -> None:
    store = SessionStore(tmp_path)
    store.prepare()
    session = Session("Team")
    SessionEditor(session).set_notes("smjp", "oude versie")
    path = store.save(session)
    before = path.read_bytes()
    code = CHILD.format(repo=str(REPO), step=step, data=str(tmp_path), path=str(path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    after = store.load(session.id)  # never corrupt
    if step == "after-replace":
        assert after.plates["smjp"].notes.startswith("nieuwe versie")
    else:
        assert path.read_bytes() == before  # byte-identical
    store.prepare()  # the next start clears what the killed run left behind
    assert not list(store.folder.glob(".*.tmp-*"))
