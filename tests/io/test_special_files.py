"""Special files where the app reads: a FIFO, /dev/zero, a symlink out of the folder, a
folder with a plate's name. Each is refused with a message; nothing hangs or fills memory."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.io import atomic_write as aw
from app.io.atomic_write import reason_for, remove_stale_temp_files
from app.io.errors import PlateError
from app.io.paths import plate_files_in
from app.io.plate_file import read_plate
from app.io.safe_read import UnsafeFileError, read_regular_file
from tests.conftest import REPO
from tests.example_plate import EXAMPLE_PLATE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")
GUARD_SECONDS = 20.0  # a guard against hangs, not a speed test


def within_guard(job):  # type: ignore[no-untyped-def]
    result: list[object] = []

    def run() -> None:
        try:
            result.append(job())
        except BaseException as error:
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD_SECONDS)
    assert not thread.is_alive(), "hangs"
    return result[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "eigen-platen"
    made.mkdir()
    (made / "goed.yaml").write_text(EXAMPLE_PLATE, encoding="utf-8")
    os.mkfifo(made / "pijp.yaml")
    os.symlink("/dev/zero", made / "nul.yaml")
    os.symlink("/dev/zero", made / "nul.json")
    (tmp_path / "geheim.yaml").write_text("wachtwoord: x\n", encoding="utf-8")
    os.symlink(tmp_path / "geheim.yaml", made / "naar-buiten.yaml")
    (made / "map.yaml").mkdir()
    return made


def test_the_reader_refuses_everything_but_a_regular_file(folder: Path) -> None:
    for name, reason in {
        "pijp.yaml": "geen gewoon bestand",
        "nul.yaml": "snelkoppeling naar buiten",
        "naar-buiten.yaml": "snelkoppeling naar buiten",
        "map.yaml": "map, geen bestand",
    }.items():
        error = within_guard(lambda n=name: read_regular_file(folder / n, 1000, inside=folder))
        assert isinstance(error, UnsafeFileError) and reason in str(error.reason), (name, error)
    # a file the user picked may be a link, but only to a regular file
    error = within_guard(lambda: read_regular_file(folder / "nul.yaml", 1000))
    assert isinstance(error, UnsafeFileError) and "geen gewoon bestand" in str(error.reason)
    assert read_regular_file(folder / "goed.yaml", 100_000, inside=folder).startswith(b"format:")


def test_at_most_the_limit_plus_one_byte_is_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"x" * 5000)
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    monkeypatch.setattr(
        os, "fstat", lambda fd: os.stat_result((0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0))
    )
    with pytest.raises(UnsafeFileError) as raised:  # its size lied: it grew while being read
        read_regular_file(path, 1000)
    assert sum(read) <= 1001 and raised.value.size == 1001


def test_special_plate_files_are_problems_with_file_and_line(folder: Path) -> None:
    listed = {path.name for path in plate_files_in(folder)}
    assert "naar-buiten.yaml" not in listed  # a link out of the folder is not one of its plates
    for name in ("pijp.yaml", "nul.yaml", "map.yaml"):
        error = within_guard(lambda n=name: read_plate(folder / n))
        assert isinstance(error, PlateError), (name, error)
        assert str(error).startswith(str(folder / name) + ":1:")


def test_check_finishes_on_a_folder_with_a_fifo_and_dev_zero(folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--plates-dir", str(folder), "check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "pijp.yaml:1: het bestand kan niet worden gelezen: dit is geen gewoon bestand" in (
        done.stdout
    )
    assert "map.yaml:1: het bestand kan niet worden gelezen: dit is een map" in done.stdout
    # links out of the folder (to /dev/zero, to a file elsewhere) are not its plates
    assert "nul.yaml" not in done.stdout and "naar-buiten" not in done.stdout


def test_a_planted_symlink_at_the_temporary_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "slachtoffer.txt"
    victim.write_text("blijft zo", encoding="utf-8")
    target = tmp_path / "data" / "sessie.json"
    target.parent.mkdir()
    os.symlink(victim, aw.temp_path_for(target))
    aw.atomic_write(target, b"nieuw")
    assert victim.read_text(encoding="utf-8") == "blijft zo"
    assert target.read_bytes() == b"nieuw" and not target.is_symlink()
    assert (target.stat().st_mode & 0o777) == 0o600


def test_stale_temporary_files_beside_own_plates_are_cleaned(tmp_path: Path) -> None:
    from app.ui.application import own_plates_folder

    folder = tmp_path / "eigen-platen"
    folder.mkdir()
    stale = folder / ".plaat.yaml.tmp-999999999"  # a layout save killed halfway
    stale.write_text("half", encoding="utf-8")
    assert own_plates_folder(tmp_path, None) == folder.resolve()
    assert not stale.exists()
    assert remove_stale_temp_files(folder) == []


@pytest.mark.parametrize(
    ("code", "dutch"),
    [
        (errno.EISDIR, "dit is een map, geen bestand"),
        (errno.ENOTDIR, "een deel van het pad is geen map"),
        (errno.ENAMETOOLONG, "de bestandsnaam is te lang"),
        (errno.EIO, "de schijf gaf een lees- of schrijffout"),
        (errno.ELOOP, "een snelkoppeling wordt niet gevolgd"),
    ],
)
def test_system_errors_are_said_in_dutch(code: int, dutch: str) -> None:
    assert str(reason_for(OSError(code, os.strerror(code)))) == dutch
    unknown = str(reason_for(OSError(errno.ECHILD, os.strerror(errno.ECHILD))))
    assert os.strerror(errno.ECHILD) not in unknown and "ECHILD" in unknown
