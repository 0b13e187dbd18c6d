"""Hostile session files (mailed, or put in werksessies/): refused or opened, never a traceback,
never a write or rename outside the data folder, and whatever opens can be saved again."""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from app.io.session_format import SessionFormatError, session_from_bytes, session_to_bytes
from app.io.session_store import CorruptSessionError, SessionStore, valid_id
from tests.hostile.make_session_corpus import HOSTILE_IDS, big_files

CORPUS = sorted((Path(__file__).parent / "sessions").glob("*.json"))
HANG_GUARD_SECONDS = 60.0  # not a speed test: a guard against hangs


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 150
    families = {path.name.split("-")[0] for path in CORPUS}
    assert families >= {
        "truncated",
        "id",
        "type",
        "version",
        "number",
        "surrogate",
        "encoding",
        "structure",
        "duplicate",
    }


def tree(root: Path, skip: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under root except `skip`: name -> (size, mtime)."""
    found = {}
    for path in root.rglob("*"):
        if path == skip or skip in path.parents:
            continue
        status = path.lstat()
        found[str(path.relative_to(root))] = (status.st_size, status.st_mtime_ns)
    return found


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A data folder with, beside it, files a traversal id would reach."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.json").write_text("niet van de app", encoding="utf-8")
    (outside / "x").write_text("ook niet", encoding="utf-8")
    data = tmp_path / "a" / "b" / "data"
    store = SessionStore(data)
    store.prepare()
    before = tree(tmp_path, data)
    yield store
    assert tree(tmp_path, data) == before  # nothing outside the data folder touched


def check_opened(store: SessionStore, session_id: str) -> None:
    """A session that opened is saved again without error, under an id the app made."""
    assert valid_id(session_id)
    session = store.load(session_id)
    session_to_bytes(session).decode("utf-8")  # strict: no lone surrogate survives
    store.save(session)
    again = store.load(session_id)
    assert again == session


def guarded(job) -> None:  # type: ignore[no-untyped-def]
    failure: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except BaseException as error:
            failure.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD_SECONDS)
    assert not thread.is_alive(), "hangs"
    if failure:
        raise failure[0]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_hostile_file_opened_from_a_mail(world: SessionStore, path: Path) -> None:
    def job() -> None:
        try:
            session = world.import_from(path)
        except CorruptSessionError as error:
            assert error.moved_to is None and path.exists()  # the mailed file is left alone
            assert str(error.reason) and "Traceback" not in str(error.reason)
            return
        check_opened(world, session.id)
        assert sorted(p.name for p in world.folder.glob("*.json")) == [f"{session.id}.json"]

    guarded(job)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_hostile_file_in_the_sessions_folder_at_start(world: SessionStore, path: Path) -> None:
    # under its own name (a file manager's copy) and under an id-shaped name
    shutil.copy(path, world.folder / path.name)
    shutil.copy(path, world.folder / "0123456789ab.json")

    def job() -> None:
        infos, unreadable = world.scan()
        for info in infos:
            check_opened(world, info.id)
        for bad in unreadable:
            with pytest.raises(CorruptSessionError) as raised:
                world.load(bad.stem)
            assert (
                raised.value.moved_to is not None and raised.value.moved_to.parent == world.folder
            )
        assert len(infos) + len(unreadable) == 2
        for leftover in world.folder.iterdir():  # only the app's names remain
            assert re.fullmatch(r"[0-9a-f]{12}\.json(\.corrupt-\w+|\.lock)?", leftover.name) or (
                leftover.is_dir()
            ), leftover.name

    guarded(job)


def test_big_files_are_refused_quickly_whole(world: SessionStore, tmp_path_factory) -> None:
    for path in big_files(tmp_path_factory.mktemp("big")):
        if path.name == "big-100000-items.json":
            guarded(lambda p=path: check_opened(world, world.import_from(p).id))
            continue
        with pytest.raises(CorruptSessionError) as raised:
            guarded(lambda p=path: world.import_from(p))
        assert re.search(r"groter dan|te groot|te diep|beschadigd", str(raised.value.reason))


def test_a_traversal_id_in_the_folder_renames_nothing_outside(world: SessionStore) -> None:
    # the id inside names a file outside; a broken copy of it is in the folder
    bad = world.folder / "0123456789ab.json"
    bad.write_bytes(b'{"type": "overzichtsplaten-werksessie", "id": "../../../outside/x", ')
    _infos, unreadable = world.scan()
    assert unreadable == [bad]
    with pytest.raises(CorruptSessionError) as raised:
        world.load("0123456789ab")
    assert raised.value.moved_to is not None and raised.value.moved_to.parent == world.folder
    # (the world fixture checks that outside/x.json was neither renamed nor changed)


@pytest.mark.parametrize("name", sorted(HOSTILE_IDS))
def test_a_hostile_id_never_becomes_a_path(
    world: SessionStore, name: str, tmp_path_factory
) -> None:
    from tests.hostile.make_session_corpus import with_field

    mailed = tmp_path_factory.mktemp("mail") / "mailed.json"
    mailed.write_bytes(with_field(("id",), HOSTILE_IDS[name]))
    session = world.import_from(mailed)
    assert valid_id(session.id) and world.path_of(session.id).exists()
    if not valid_id(str(HOSTILE_IDS[name])):
        with pytest.raises(ValueError):
            world.path_of(str(HOSTILE_IDS[name]))  # the store refuses it as a name outright
    # and the id inside the file is not the one the app uses
    assert session.id != HOSTILE_IDS[name]


def test_two_copies_with_the_same_id_both_open(world: SessionStore) -> None:
    from app.model.worksheet import Session

    session = Session("Origineel")
    world.save(session)
    shutil.copy(world.path_of(session.id), world.folder / f"{session.id} (kopie).json")
    infos, unreadable = world.scan()
    assert unreadable == [] and len(infos) == 2
    assert len({info.id for info in infos}) == 2
    for info in infos:
        assert world.load(info.id).name == "Origineel"


def test_lone_surrogates_are_replaced_so_saving_works() -> None:
    data = (Path(__file__).parent / "sessions" / "surrogate-name.json").read_bytes()
    session = session_from_bytes(data)
    assert session.name == "voor \ufffd na"
    session_to_bytes(session).decode("utf-8")


def test_a_byte_order_mark_is_accepted() -> None:
    data = (Path(__file__).parent / "sessions" / "encoding-utf8-bom.json").read_bytes()
    assert session_from_bytes(data).name == "Team ICT"


def test_huge_numbers_are_a_format_error_not_a_crash() -> None:
    data = (Path(__file__).parent / "sessions" / "number-huge-format.json").read_bytes()
    with pytest.raises(SessionFormatError):
        session_from_bytes(data)


def test_repeated_item_ids_get_ids_of_their_own() -> None:
    data = (Path(__file__).parent / "sessions" / "duplicate-item-ids.json").read_bytes()
    answers = session_from_bytes(data).plates["strategie"]
    ids = [item.id for items in answers.lists.values() for item in items]
    assert len(ids) == 6 and len(set(ids)) == 6


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_special_files_in_the_sessions_folder_never_hang(world: SessionStore) -> None:
    os.mkfifo(world.folder / "aaaaaaaaaaaa.json")
    os.symlink("/dev/zero", world.folder / "bbbbbbbbbbbb.json")
    os.mkfifo(world.folder / "kopie.json")

    def job() -> None:
        infos, unreadable = world.scan()
        assert infos == [] and len(unreadable) == 2
        for bad in unreadable:
            with pytest.raises(CorruptSessionError) as raised:
                world.load(bad.stem)
            assert "geen gewoon bestand" in str(raised.value.reason) or "snelkoppeling" in str(
                raised.value.reason
            )

    guarded(job)
