"""Kill -9 the autosave at random moments; check every time that nothing saved was lost.

    python benchmarks/kill_autosave.py --runs 1000
    python benchmarks/kill_autosave.py --runs 50 --naive   # a plain open('w') writer: must fail

A child process edits a session continuously and saves it through the app's
own path (the BackgroundWriter thread, SessionStore, atomic_write), printing
"saved N" after each save completed. The parent kills it with SIGKILL at a
random moment, then loads the file with the app's loader: it must load
(else: corrupt) and hold at least the last save the child reported (else:
lost). The last line is exactly `kill-9 runs: N, corrupt: C, lost: L`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PAYLOAD_ITEMS = 1500  # about 1 MB of answers: a save takes long enough to be hit
KILL_ID = "00000000c0de"  # an id as the app makes them (twelve hex digits)


def child(folder: Path, naive: bool) -> None:
    from app.io.background_writer import BackgroundWriter, WriteResult
    from app.io.session_format import session_to_bytes, session_to_dict
    from app.io.session_store import SessionStore
    from app.model.worksheet import ListItem, Session, SessionEditor

    store = SessionStore(folder)
    store.prepare()
    session = Session("Kill-test", id=KILL_ID)
    # the payload is set up directly; only the edits under test go through the editor
    session.answers("meerjarenplan").lists["zelf-samen/zelf"] = [
        ListItem(f"punt {index} " + "ë" * 300) for index in range(PAYLOAD_ITEMS)
    ]
    editor = SessionEditor(session)
    path = store.path_of(session.id)

    def report(result: WriteResult) -> None:
        if result.error is None:
            print(f"saved {result.revision}", flush=True)

    writer = BackgroundWriter(report)
    sequence = 0
    while True:
        sequence += 1
        editor.set_notes("smjp", f"seq={sequence}")
        if naive:
            snapshot = session_to_dict(session)

            def job(snapshot=snapshot) -> None:  # the obvious way, and the wrong one
                with open(path, "w", encoding="utf-8") as handle:
                    json.dump(snapshot, handle, ensure_ascii=False, indent=1)
        else:
            data = session_to_bytes(session)

            def job(data=data) -> None:
                store.save_bytes(session.id, data)

        writer.submit(session.id, sequence, job)
        time.sleep(0.002)


def one_run(naive: bool, rng: random.Random) -> tuple[bool, bool]:
    """(corrupt, lost) for one kill."""
    from app.io.session_format import SessionFormatError, session_from_bytes

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        args = [sys.executable, __file__, "--child", str(folder)] + (["--naive"] if naive else [])
        process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        reported: list[int] = []

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("saved "):
                    reported.append(int(line.split()[1]))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = time.monotonic() + 20
        while not reported and time.monotonic() < deadline:  # let it save at least once
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.35))
        last = reported[-1] if reported else 0
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(timeout=5)
        path = folder / "werksessies" / f"{KILL_ID}.json"
        try:
            session = session_from_bytes(path.read_bytes())
        except (OSError, SessionFormatError):
            return True, last > 0
        notes = session.plates.get("smjp")
        saved = int(notes.notes.removeprefix("seq=")) if notes and notes.notes else 0
        return False, saved < last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument(
        "--naive", action="store_true", help="use open('w') instead of the app's writer"
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.naive)
        return 0
    if not hasattr(signal, "SIGKILL"):
        print("This harness needs SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    corrupt = lost = 0
    started = time.monotonic()
    for run in range(1, args.runs + 1):
        was_corrupt, was_lost = one_run(args.naive, rng)
        corrupt += was_corrupt
        lost += was_lost
        if run % 25 == 0:
            print(
                f"  {run} runs, {corrupt} corrupt, {lost} lost "
                f"({time.monotonic() - started:.0f} s)",
                file=sys.stderr,
            )
    print(f"kill-9 runs: {args.runs}, corrupt: {corrupt}, lost: {lost}")
    return 0 if corrupt == 0 and lost == 0 else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
