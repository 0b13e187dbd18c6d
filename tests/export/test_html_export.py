"""The HTML page as a file: self-contained, within its size, texts from the model, escaped.

(What it does in a browser is in tests/browser/.)
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.export.html_export import build_page, keyboard_order
from app.io.svg_clean import clean_svg
from app.io.woff import sfnt_to_woff
from app.model.worksheet import ListItem, Person, Session
from app.scene.plate_scene import PlateScene
from tests.conftest import REPO

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'


def hostile_session(library) -> Session:
    session = Session(name=HOSTILE, date="2026-11-30", participants=["Anna", HOSTILE])
    for plate in library.plates:
        answers = session.answers(plate.id)
        answers.notes = HOSTILE
        for question in plate.worksheet.questions if plate.worksheet else ():
            answers.texts[question.id] = HOSTILE * 20
            for answer_field in question.fields:
                key = f"{question.id}/{answer_field.id}"
                answers.lists[key] = [ListItem(HOSTILE) for _ in range(8)]
                answers.people[key] = [Person(HOSTILE, HOSTILE) for _ in range(8)]
    return session


@pytest.fixture(scope="module")
def all_page(qapp, library) -> str:
    return build_page(library, list(library.plates), hostile_session(library))


def test_the_script_is_allowed_by_its_hash_and_nothing_else_loads(all_page) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', all_page).group(1)
    assert "default-src 'none'" in csp
    assert "img-src data:" in csp and "font-src data:" in csp
    scripts = re.findall(r"<script>(.*?)</script>", all_page, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "eval(" not in scripts[0] and "new Function" not in scripts[0]
    assert "innerHTML" not in scripts[0] and "insertAdjacentHTML" not in scripts[0]
    # no attribute points outside the page
    for name, value in re.findall(r'\s(src|href|xlink:href|action)="([^"]*)"', all_page):
        assert value.startswith(("#", "https://", "http://")) and name == "href", (name, value)
    assert re.search(r"url\((?!data:|#)", all_page) is None
    assert "@import" not in all_page


def test_hostile_answers_are_escaped_everywhere(all_page) -> None:
    assert "<script>window" not in all_page
    assert "<img src=x" not in all_page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in all_page
    assert all_page.count("<script") == 1


def test_every_element_is_a_named_focusable_node_with_its_text(all_page, library) -> None:
    for plate in library.plates:
        for element in plate.elements:
            node = re.search(
                rf'<g class="el" id="e-{plate.id}\.{element.id}" data-element="{element.id}"'
                rf'[^>]*tabindex="(?:0|-1)" role="button"[^>]*aria-label="([^"]+)"',
                all_page,
            )
            assert node, (plate.id, element.id)
            assert f'id="t-{plate.id}.{element.id}"' in all_page
    assert 'id="guide"' in all_page
    for chapter in ("voorwoord", "verder-vooruitkijken", "bronnen"):
        assert f'id="chapter-{chapter}"' in all_page


def test_keyboard_order_is_reading_order_with_regions_first(qapp, library, all_page) -> None:
    plate = library.plate(2)
    order = keyboard_order(PlateScene(plate, library.graphs[plate.id]))
    section = all_page.split('id="plate-strategie"')[1].split("</section>")[0]
    in_page = re.findall(r'data-element="([^"]+)"[^>]*data-order="(\d+)"', section)
    ranks = {e: int(o) for e, o in in_page}
    assert sorted(ranks, key=ranks.__getitem__) == order
    # one node per plate in the page's tab sequence: the first one read
    assert all_page.count('tabindex="0" role="button"') == len(library.plates)
    assert sorted(order) == sorted(e.id for e in plate.elements)
    for element in plate.elements:
        for container in element.inside:
            assert order.index(container) < order.index(element.id)


def test_sizes_stay_within_budget(qapp, library, all_page) -> None:
    assert len(all_page.encode()) <= 4 * 1024 * 1024
    for plate in library.plates:
        one = build_page(library, [plate], hostile_session(library))
        assert len(one.encode()) <= 1.5 * 1024 * 1024, plate.id
        assert 'id="chapter-' not in one


def test_the_svg_cleaner_keeps_drawing_and_drops_the_rest() -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        b'viewBox="0 0 10 20"><script>alert(1)</script><g onclick="alert(2)" fill="url(#g1)">'
        b'<text x="1">&lt;script&gt;alert(3)&lt;/script&gt;</text>'
        b'<image xlink:href="http://evil.example/x.png"/><image href="data:image/png;base64,AA"/>'
        b'<use href="#g1"/><foreignObject><div>hi</div></foreignObject></g>'
        b"<style>@font-face{font-family:X;src:url(data:font/woff;base64,AA)}</style></svg>"
    )
    clean = clean_svg(svg, "p1-")
    assert (clean.width, clean.height) == (10, 20)
    assert "<script" not in clean.markup and "onclick" not in clean.markup
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in clean.markup
    assert "evil.example" not in clean.markup and 'href="data:image/png;base64,AA"' in clean.markup
    assert 'fill="url(#p1-g1)"' in clean.markup and 'href="#p1-g1"' in clean.markup
    assert "foreignObject" not in clean.markup and "hi" not in clean.markup
    assert clean.font_faces and "@font-face" not in clean.markup


def test_the_drawings_font_is_embedded_once(all_page) -> None:
    faces = re.findall(
        r"@font-face\{font-family:'([^']+)';font-weight:(\d+);font-style:(\w+);"
        r"src:url\(data:font/woff;base64,",
        all_page,
    )
    assert {(w, s) for _f, w, s in faces} == {
        ("400", "normal"),
        ("600", "normal"),
        ("700", "normal"),
        ("400", "italic"),
    }
    assert len(faces) == 4  # once for all four plates
    family = faces[0][0]
    assert f'font-family="{family}, ' in all_page  # the drawing's text asks for it first


def test_woff_keeps_every_table(tmp_path) -> None:
    import struct

    font = (REPO / "resources" / "fonts" / "Inter-Regular.otf").read_bytes()
    woff = sfnt_to_woff(font)
    assert woff[:4] == b"wOFF" and len(woff) < len(font) * 0.7
    _sig, _flavor, length, tables, _r, total = struct.unpack_from(">4sIIHHI", woff)
    assert length == len(woff) and tables == struct.unpack_from(">H", font, 4)[0]
    assert total >= len(font) - 3 * tables


def test_command_line_writes_one_file_and_refuses_a_bad_session(tmp_path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{niet af", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "export",
                "--format",
                "html",
                "--out",
                str(tmp_path),
                *args,
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=180,
        )

    done = run("--plate", "2", "--session", str(bad))
    assert done.returncode == 1
    assert str(bad) in done.stderr and "beschadigd" in done.stderr
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.html"))
    done = run("--plate", "2", "--session", "/dev/zero")  # never ends: must not be read
    assert (
        done.returncode == 1 and f"{Path('/dev/zero')}: dit is geen gewoon bestand" in done.stderr
    )
    done = run("--plate", "strategie")
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.name == "02-strategie.html"
    page = written.read_text(encoding="utf-8")
    assert "Strategie digitalisering in het mbo" in page


def test_cleaning_keeps_every_shape_and_word_of_the_apps_svg(qapp, library, tmp_path) -> None:
    from app.scene.export import export_svg

    for plate in library.plates:
        scene = PlateScene(plate, library.graphs[plate.id])
        export_svg(scene, tmp_path / "p.svg")
        original = (tmp_path / "p.svg").read_text(encoding="utf-8")
        clean = clean_svg(original.encode(), "p-").markup
        for tag in ("text", "path", "rect", "polyline", "circle", "ellipse", "image"):
            assert clean.count(f"<{tag}") == original.count(f"<{tag}"), (plate.id, tag)
        assert re.findall(r">([^<]+)</text>", clean) == re.findall(r">([^<]+)</text>", original)


def test_fonts_the_svg_brings_are_used_once_or_replaced_by_the_bundled_ones(qapp) -> None:
    from app.export.html_export import page_fonts
    from app.scene.style import load_fonts

    inter = f"@font-face{{font-family:'{load_fonts()}';src:url(data:font/ttf;base64,AAAA)}}"
    other = "@font-face{font-family:Other;src:url(data:font/ttf;base64,BBBB)}"
    mine = page_fonts([inter], {(400, "normal")})
    assert "data:font/woff;base64," in mine and "data:font/ttf" not in mine
    assert page_fonts([other], {(400, "normal")}) == other
