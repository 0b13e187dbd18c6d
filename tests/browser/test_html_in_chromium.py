"""The HTML export in a real browser: headless Chromium through Selenium, network blocked.

Each export is opened from file://. The tests click elements and read the
side panel (#guide), follow links across plates, zoom with the keyboard, and
read Chromium's performance log to check that no request left the page.
A session full of hostile answers must show them as text and run nothing.
Skipped when Chromium, chromedriver or Selenium is missing (CI installs them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.library import PlateLibrary
from tests.conftest import REPO

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="chromium and chromium-driver are not installed"
)
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(1)">'
HOSTILE_ROLE = "</svg><script>window.__pwned=3</script>"


# --- exports, made once with the real command line ---------------------------------------------
def _session_file(library: PlateLibrary, path: Path) -> None:
    from app.io.session_format import session_to_bytes
    from app.model.worksheet import ListItem, Person, Session

    session = Session(
        name='Team <b>Noord</b> & "co"',
        date="2026-11-30",
        participants=["Anna de Vries", HOSTILE],
    )
    for plate in library.plates:
        answers = session.answers(plate.id)
        answers.notes = f"Notitie bij {plate.title}\n{HOSTILE}"
        for question in plate.worksheet.questions if plate.worksheet else ():
            if question.answer == "text":
                answers.texts[question.id] = f"Antwoord {question.id}: {HOSTILE}"
            for answer_field in question.fields:
                key = f"{question.id}/{answer_field.id}"
                if question.answer == "people":
                    answers.people[key] = [
                        Person("Fatima", "docent"),
                        Person(HOSTILE, HOSTILE_ROLE),
                    ]
                else:
                    answers.lists[key] = [ListItem(f"Punt {answer_field.id}"), ListItem(HOSTILE)]
    path.write_bytes(session_to_bytes(session))


HOSTILE_PLATE = """\
format: 1
number: 9
id: eigen
title: "Onze <script>window.__pwned=4</script> plaat"
intro: "Intro <img src=x onerror=window.__pwned=5> [klik](javascript:window.__pwned=6) ![x](http://evil.example/x.png)"
size: [800, 600]
elements:
  - id: kaart
    label: "Kaart <svg onload=window.__pwned=7>"
    text: "</text></svg><script>window.__pwned=8</script>"
    guide: "Uitleg <iframe src=http://evil.example></iframe> [web](https://example.org) [lokaal](file:///etc/passwd)"
    kind: card
    role: goal
    rect: [20, 60, 300, 200]
relations: []
"""


def _export(out: Path, *args: str, before: tuple[str, ...] = ()) -> Path:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            *before,
            "export",
            "--format",
            "html",
            "--out",
            str(out),
            *args,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def exports(library: PlateLibrary, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    session = folder / "team.json"
    _session_file(library, session)
    own = folder / "eigen-platen"
    own.mkdir()
    (own / "eigen.yaml").write_text(HOSTILE_PLATE, encoding="utf-8")
    return {
        "all": _export(folder / "all", "--plate", "all", "--session", str(session)),
        "plate2": _export(folder / "one", "--plate", "2"),
        "own": _export(folder / "own", "--plate", "eigen", before=("--plates-dir", str(own))),
    }


# --- the browser ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager sends no statistics
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1366,900",
        # the network is blocked: any request that tried to leave would fail (and be logged)
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER or "")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: webdriver.Chrome, path: Path) -> None:
    driver.get_log("performance")  # forget what earlier pages did
    driver.get(path.as_uri())
    assert driver.execute_script("return document.documentElement.dataset.viewer") == "ready", (
        "the page's script did not run (a wrong CSP hash blocks it)"
    )


def requests_made(driver: webdriver.Chrome) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            urls.append(message["params"].get("request", {}).get("url") or message["params"]["url"])
    return urls


def leaving(driver: webdriver.Chrome) -> list[str]:
    """Requests for anything but the page itself and its own data: URIs."""
    return [u for u in requests_made(driver) if not u.startswith(("file://", "data:"))]


def guide_text(driver: webdriver.Chrome) -> str:
    return " ".join(driver.find_element(By.ID, "guide").text.split())


def click_element(driver: webdriver.Chrome, plate_id: str, element_id: str) -> None:
    """A real mouse click on a point of the element that nothing else covers."""
    point = driver.execute_script(
        """
        const node = document.querySelector(
          `section[data-plate="${arguments[0]}"] [data-element="${arguments[1]}"]`);
        const section = node.closest('section');
        if (Math.abs(section.getBoundingClientRect().top) > 2) section.scrollIntoView({block: 'start'});
        const b = node.querySelector('.hit').getBoundingClientRect();
        const left = Math.max(b.left, 0), top = Math.max(b.top, 0);
        const r = {left: left, top: top, width: Math.min(b.right, innerWidth) - left,
                   height: Math.min(b.bottom, innerHeight) - top};
        for (const fy of [0.5, 0.1, 0.05, 0.9, 0.3, 0.7, 0.02, 0.97])
          for (const fx of [0.5, 0.1, 0.05, 0.9, 0.3, 0.7, 0.02, 0.97]) {
            const x = r.left + r.width * fx, y = r.top + r.height * fy;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.closest('.el') === node) return [x, y];
          }
        return null;
        """,
        plate_id,
        element_id,
    )
    assert point is not None, f"{plate_id}/{element_id}: no point of it can be clicked"
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(round(point[0]), round(point[1])).click()
    actions.perform()


def selection_and_panel(driver: webdriver.Chrome) -> tuple[str, str]:
    selected, text = driver.execute_script(
        "return [document.documentElement.dataset.selected, document.getElementById('guide').innerText]"
    )
    return selected, " ".join(text.split())


def plain(markdown: str) -> str:
    """The first words of a guide text as a reader sees them (Markdown marks removed)."""
    text = markdown.split("\n\n")[0]
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", text, flags=re.M)
    text = text.replace("**", "").replace("\\", "")
    text = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", text)
    return " ".join(text.split())[:60]


# --- the tests ------------------------------------------------------------------------------------
def test_all_four_plates_with_a_session_load_nothing_and_every_element_explains_itself(
    browser, exports, library
) -> None:
    open_page(browser, exports["all"])
    for plate in library.plates:
        nodes = browser.find_elements(
            By.CSS_SELECTOR, f'section[data-plate="{plate.id}"] [data-element]'
        )
        assert {n.get_attribute("data-element") for n in nodes} == {e.id for e in plate.elements}
        for element in plate.elements:
            click_element(browser, plate.id, element.id)
            selected, shown = selection_and_panel(browser)
            assert selected == f"{plate.id}/{element.id}"
            assert " ".join(element.label.split()) in shown, (plate.id, element.id)
            if element.guide:
                assert plain(element.guide) in shown, (plate.id, element.id, plain(element.guide))
    # the chapters are there when all four plates are
    for chapter in ("voorwoord", "verder-vooruitkijken", "bronnen"):
        assert browser.find_element(By.ID, f"chapter-{chapter}").text.strip()
    assert leaving(browser) == []


def test_a_cross_plate_link_lands_on_the_right_element(browser, exports) -> None:
    open_page(browser, exports["all"])
    click_element(browser, "strategie", "npuls")
    link = browser.find_element(
        By.CSS_SELECTOR, '#guide a[data-goto-plate="programmas"][data-goto-element="npuls"]'
    )
    link.click()
    assert (
        browser.execute_script("return document.documentElement.dataset.selected")
        == "programmas/npuls"
    )
    focused = browser.switch_to.active_element
    assert focused.get_attribute("id") == "e-programmas.npuls"
    assert "plaat 2" in guide_text(browser) or "Npuls" in guide_text(browser)
    top = browser.execute_script(
        "return document.getElementById('plate-programmas').getBoundingClientRect().top"
    )
    assert abs(top) < 50, "the page did not scroll to plate 4"


def test_keyboard_reads_in_order_selects_and_zooms(browser, exports, library) -> None:
    open_page(browser, exports["all"])
    plate = library.plate(2)
    nodes = sorted(
        browser.find_elements(By.CSS_SELECTOR, "#plate-strategie [data-element]"),
        key=lambda node: int(node.get_attribute("data-order")),
    )
    # Tab from the plate's frame enters at the first element read, then goes on in order
    browser.execute_script("document.querySelector('#plate-strategie .viewport').focus()")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("id") == nodes[0].get_attribute("id")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("data-element") == nodes[1].get_attribute(
        "data-element"
    )
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    chosen = nodes[1].get_attribute("data-element")
    assert (
        browser.execute_script("return document.documentElement.dataset.selected")
        == f"strategie/{chosen}"
    )
    assert nodes[1].get_attribute("aria-pressed") == "true"
    assert nodes[1].get_attribute("aria-label").startswith(plate.element(chosen).label)
    viewport = browser.find_element(By.CSS_SELECTOR, "#plate-strategie .viewport")

    def zoom() -> float:
        return float(viewport.get_attribute("data-zoom"))

    ActionChains(browser).send_keys("+").perform()
    ActionChains(browser).send_keys("+").perform()
    assert zoom() > 1.5
    box = browser.execute_script(
        "return document.querySelector('#plate-strategie svg.stage').viewBox.baseVal.width"
    )
    assert box < plate.size[0] / 1.5  # the drawing shows less of the plate: it is bigger
    ActionChains(browser).send_keys("-").perform()
    assert 1 < zoom() < 1.6
    ActionChains(browser).send_keys("0").perform()
    assert zoom() == 1
    # zoomed in far, Tab brings each next element into view
    ActionChains(browser).send_keys("++++++").perform()
    for _ in range(6):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        inside = browser.execute_script(
            """
            const node = document.activeElement, svg = node.ownerSVGElement;
            const b = node.querySelector('.hit').getBBox(), v = svg.viewBox.baseVal;
            const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
            return cx >= v.x && cx <= v.x + v.width && cy >= v.y && cy <= v.y + v.height;
            """
        )
        assert inside, browser.switch_to.active_element.get_attribute("data-element")


def test_hostile_answers_are_text_and_run_nothing(browser, exports) -> None:
    open_page(browser, exports["all"])
    click_element(browser, "programmas", "npuls")  # plate 4's worksheet: colleagues per programme
    shown = browser.find_element(By.ID, "guide").text
    assert "<script>window.__pwned=1</script>" in shown
    assert "Fatima (docent)" in shown
    assert browser.find_element(By.CSS_SELECTOR, ".page-head .session").text.count("onerror") == 1
    assert browser.execute_script("return window.__pwned") is None
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    # and the notes on the plate are drawn as text in the SVG, not as markup: in full
    # where there is room, else folded to numbered markers (the panel has the answers)
    drawn = browser.execute_script(
        "return [...document.querySelectorAll('#plate-programmas .drawing text')].map(t => t.textContent).join(' ')"
    )
    assert "Fatima" in drawn or re.search(r"\b1 2 3 4\b", drawn), drawn[-200:]
    assert "__pwned" not in browser.execute_script(
        "return [...document.querySelectorAll('#plate-programmas .drawing *')].map(n => n.tagName).join(' ')"
    )
    assert (
        browser.execute_script(
            "return document.querySelectorAll('main script, main img, main iframe').length"
        )
        == 0
    )
    errors = [
        e["message"]
        for e in browser.get_log("browser")
        if "Content Security Policy" in e["message"]
    ]
    assert errors == []


def test_one_plate_says_where_other_plates_elements_are(browser, exports) -> None:
    open_page(browser, exports["plate2"])
    click_element(browser, "strategie", "npuls")
    assert browser.find_elements(By.CSS_SELECTOR, '#guide a[data-goto-plate="programmas"]') == []
    elsewhere = browser.find_element(By.CSS_SELECTOR, "#guide .elsewhere")
    assert "op plaat 4" in elsewhere.text
    assert browser.find_elements(By.CSS_SELECTOR, ".chapter") == []
    assert leaving(browser) == []


def test_the_viewer_scripts_own_test_page_passes(browser) -> None:
    browser.get((REPO / "resources" / "html" / "test_page.html").as_uri())
    results = browser.find_element(By.ID, "results")
    assert results.get_attribute("data-status") == "pass", results.text


def test_wheel_and_drag_with_a_real_mouse(browser, exports) -> None:
    open_page(browser, exports["all"])
    browser.execute_script("document.getElementById('plate-strategie').scrollIntoView()")
    viewport = browser.find_element(By.CSS_SELECTOR, "#plate-strategie .viewport")

    def view_box() -> list[float]:
        return browser.execute_script(
            "const b = document.querySelector('#plate-strategie svg.stage').viewBox.baseVal;"
            "return [b.x, b.y, b.width, b.height]"
        )

    ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(viewport), 0, -300).perform()
    zoomed = view_box()
    assert zoomed[2] < 1600 * 0.8, "the wheel did not zoom"
    ActionChains(browser).move_to_element(viewport).click_and_hold().move_by_offset(
        -120, -60
    ).release().perform()
    dragged = view_box()
    assert dragged[0] > zoomed[0] and dragged[1] > zoomed[1], (zoomed, dragged)
    assert browser.execute_script("return document.documentElement.dataset.selected") is None


def test_dark_and_print_follow_the_system(browser, exports) -> None:
    def colour(selector: str, prop: str) -> str:
        return browser.execute_script(
            f"return getComputedStyle(document.querySelector('{selector}'))['{prop}']"
        )

    def emulate(media: str, scheme: str) -> None:
        browser.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]},
        )

    open_page(browser, exports["all"])
    try:
        emulate("screen", "light")
        light = colour("#guide", "backgroundColor")
        assert colour(".texts", "display") == "none"
        emulate("screen", "dark")
        dark = colour("#guide", "backgroundColor")
        assert light != dark
        assert sum(int(v) for v in re.findall(r"\d+", dark)[:3]) < 3 * 80
        emulate("print", "light")
        assert colour("#guide", "display") == "none"
        assert colour(".texts", "display") == "block"  # the texts come after each plate
        assert colour(".plate", "breakBefore") == "page"
    finally:
        emulate("", "light")


def test_a_hostile_plate_file_shows_as_text_and_runs_nothing(browser, exports) -> None:
    open_page(browser, exports["own"])
    click_element(browser, "eigen", "kaart")
    shown = browser.find_element(By.ID, "guide").text
    assert "Kaart <svg onload=window.__pwned=7>" in shown
    assert "<iframe src=http://evil.example></iframe>" in shown
    assert (
        browser.find_elements(
            By.CSS_SELECTOR, '#guide a[href^="file:"], #guide a[href^="javascript:"]'
        )
        == []
    )
    assert browser.find_element(By.CSS_SELECTOR, '#guide a[href="https://example.org"]')
    drawn = browser.execute_script(
        "return document.querySelector('#plate-eigen .drawing').textContent"
    )
    assert "<script>window.__pwned=8</script>" in "".join(drawn.split())  # as text, wrapped
    assert browser.execute_script("return window.__pwned") is None
    assert browser.execute_script("return document.querySelectorAll('script').length") == 1
    assert (
        browser.execute_script("return document.querySelectorAll('iframe, img, svg svg').length")
        == 0
    )
    assert leaving(browser) == []


def test_screen_readers_get_every_element_by_name(browser, exports, library) -> None:
    open_page(browser, exports["all"])
    tree = browser.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    buttons = {
        node.get("name", {}).get("value", "")
        for node in tree["nodes"]
        if node.get("role", {}).get("value") in ("button", "toggleButton")
    }
    for plate in library.plates:
        for element in plate.elements:
            name = element.label + (f": {element.text}" if element.text else "")
            assert " ".join(name.split()) in {" ".join(b.split()) for b in buttons}, element.id
    # the drawing's own text is hidden from them (the elements carry it)
    assert browser.execute_script(
        "return [...document.querySelectorAll('.drawing')].every(d => d.getAttribute('aria-hidden') === 'true')"
    )


def test_the_embedded_fonts_load(browser, exports) -> None:
    open_page(browser, exports["plate2"])
    faces = browser.execute_async_script(
        "const done = arguments[0];"
        "document.fonts.ready.then(() => done([...document.fonts].map(f => [f.family, f.weight, f.style, f.status])))"
    )
    assert {(w, s) for _f, w, s, _st in faces} >= {
        ("400", "normal"),
        ("600", "normal"),
        ("700", "normal"),
    }
    assert all(status == "loaded" for *_rest, status in faces), faces
    assert browser.execute_script("return document.fonts.check('16px Inter')")


def test_the_drawing_is_the_apps_drawing(browser, exports, library, qapp) -> None:
    """Chromium's picture of plate 2 matches the app's own PNG of it, and not another plate's."""
    from PySide6.QtGui import QImage

    from app.scene.export import render_image
    from app.scene.plate_scene import PlateScene

    open_page(browser, exports["plate2"])
    stage = browser.find_element(By.CSS_SELECTOR, "#plate-strategie svg.stage")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", stage)
    shot = QImage.fromData(stage.screenshot_as_png)

    def difference(plate_id: str) -> float:
        plate = library.plate(plate_id)
        image = render_image(PlateScene(plate, library.graphs[plate.id]), shot.width())
        total = count = 0
        for y in range(0, min(shot.height(), image.height()), 3):
            for x in range(0, shot.width(), 3):
                a, b = shot.pixelColor(x, y), image.pixelColor(x, y)
                total += (
                    abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
                )
                count += 3
        return total / count

    same, other = difference("strategie"), difference("smjp")
    assert shot.width() > 600
    assert same < 8 and same * 4 < other, (same, other)


def test_with_nothing_chosen_the_panel_follows_the_plate_in_view(browser, exports) -> None:
    open_page(browser, exports["all"])
    assert "Strategisch Meerjaren Perspectief" in guide_text(browser)
    browser.execute_script("document.getElementById('plate-meerjarenplan').scrollIntoView()")
    WebDriverWait(browser, 10).until(lambda d: "Meerjarenplan MBO Digitaal" in guide_text(d))
    assert "Wat we samen willen gaan doen" in guide_text(browser)  # plate 3's worksheet
