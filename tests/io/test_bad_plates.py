"""Broken plate files give messages a plate author can act on, with file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.io.errors import PlateError
from app.io.library_loader import load_library
from app.io.paths import shipped_plate_files
from app.io.plate_file import read_plate
from tests.conftest import REPO
from tests.example_plate import EXAMPLE_PLATE

VALID = EXAMPLE_PLATE


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PlateError) as raised:
        read_plate(path)
    return [str(p) for p in raised.value.problems]


def test_the_valid_example_loads(plate_file) -> None:
    plate = read_plate(plate_file(VALID))
    assert [e.id for e in plate.elements] == ["regio", "kaart", "ander"]


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("to: ander", "to: andr"), 25, "verband 'r1' wijst naar onbekend onderdeel 'andr'"),
        (
            ("    role: goal\n", "    role: goal\n    colour: red\n"),
            17,
            "onbekende sleutel 'colour'",
        ),
        (("    label: Een kaart\n", ""), 13, "sleutel 'label' ontbreekt"),
        (
            ("label: Een kaart", "label: 12"),
            14,
            "moet tekst zijn, gevonden: een geheel getal '12'; zet het tussen aanhalingstekens",
        ),
        (
            ("label: Een kaart", "label: no"),
            14,
            "gevonden: een ja/nee-waarde 'no'; zet het tussen aanhalingstekens",
        ),
        (("label: Een kaart", "label: 1.10"), 14, "gevonden: een getal '1.10'"),
        (("label: Een kaart", "label: 12:30"), 14, "zet het tussen aanhalingstekens"),
        (("label: Een kaart", "label: 2024-01-01"), 14, "gevonden: een datum '2024-01-01'"),
        (
            ("id: ander", "id: kaart"),
            19,
            "onderdeel-id 'kaart' komt twee keer voor (eerst op regel 13)",
        ),
        (
            ("    role: goal\n", "    role: goal\n    role: route\n"),
            17,
            "sleutel 'role' staat er twee keer",
        ),
        (
            ("format: 1", "format: 2"),
            1,
            "formaatversie 2 wordt niet ondersteund; deze app leest versie 1",
        ),
        (("inside: [regio]", "inside: [nergens]"), 17, "ligt in onbekend onderdeel 'nergens'"),
        (("kind: region", "kind: blob"), 10, "kind 'blob' is niet een van"),
        (("rect: [450, 60, 200, 100]", "rect: [750, 60, 200, 100]"), 23, "ligt buiten de plaat"),
        (("title: Onze plaat", "title: !!python/object:os.system echo"), 4, "onbekende tag"),
        (
            ("intro: Een plaat van de school.", "intro: &a x\nextra: *a"),
            6,
            "aliassen (*naam) kunnen niet",
        ),
        (("  - id: kaart\n", "  - id: kaart\n\t\n"), 14, "YAML-syntaxfout"),
        (("size: [800, 600]", "size: [800, 600"), 7, "YAML-syntaxfout"),
    ],
)
def test_problem_is_reported_at_its_line(plate_file, change, line, message) -> None:
    old, new = change
    assert old in VALID
    path = plate_file(VALID.replace(old, new, 1))
    found = problems_of(path)
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in found), found


def test_containment_cycle_is_named(plate_file) -> None:
    text = VALID.replace(
        "    kind: region\n    role: context\n",
        "    kind: region\n    role: context\n    inside: [binnen]\n",
        1,
    )
    text += "  - {id: binnen, label: Binnen, kind: region, role: context, inside: [regio], rect: [30, 30, 50, 50]}\n"
    text = (
        text.replace("relations:\n  - {id: r1, from: kaart, to: ander, kind: leads_to}\n", "")
        + "relations:\n  - {id: r1, from: kaart, to: ander, kind: leads_to}\n"
    )
    found = problems_of(plate_file(text))
    assert any("in een kring" in p and "regio" in p and "binnen" in p for p in found), found


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (VALID.encode("utf-16"), "UTF-16"),
        (VALID.encode("utf-8").replace(b"Onze", b"On\xffze"), "geen geldige UTF-8"),
        (VALID.encode("utf-8").replace(b"Onze", b"On\x00ze"), "NUL-byte"),
        (b"", "het bestand is leeg"),
        (b"a: " + b"[" * 200 + b"]" * 200, "dieper genest dan"),
        (b"# " + b"x" * (3 * 1024 * 1024), "de grens is"),
        (b"- just\n- a list\n", "moet een mapping zijn"),
    ],
)
def test_unreadable_files_are_refused_cleanly(plate_file, content, message) -> None:
    found = problems_of(plate_file(content))
    assert any(message in p for p in found), found


def test_a_bom_is_accepted(plate_file) -> None:
    plate = read_plate(plate_file(b"\xef\xbb\xbf" + VALID.encode("utf-8")))
    assert plate.title == "Onze plaat"


def test_a_broken_plate_does_not_keep_the_others_from_loading(plate_file) -> None:
    broken = plate_file("title: [", "kapot.yaml")
    result = load_library([*shipped_plate_files(), broken], chapters=[])
    assert len(result.library.plates) == 4
    assert [p.line for p in result.problems] == [1] or all(
        "kapot.yaml" in str(p) for p in result.problems
    )
    assert all("kapot.yaml" in str(p) for p in result.problems)


def run_check(*files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "check", *files],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_passes_the_shipped_plates() -> None:
    done = run_check()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 platen in orde." in done.stdout


def test_check_names_file_and_line_and_never_shows_a_traceback(plate_file) -> None:
    good = plate_file(VALID, "goed.yaml")
    bad = plate_file(VALID.replace("to: ander", "to: andr"), "fout.yaml")
    done = run_check(str(good), str(bad))
    assert done.returncode == 1
    assert f"{bad}:25: verband 'r1' wijst naar onbekend onderdeel 'andr'" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
