"""The README's picture of the HTML export: the page in headless Chromium, Npuls chosen.

    python scripts/html_screenshot.py [--dark] [--out docs/screenshots/html-export-laptop.png]

Exports all four plates with a small example session, opens the file in
Chromium (network blocked), clicks Npuls and saves a 1366x768 screenshot.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def example_session(path: Path) -> None:
    from app.io.session_format import session_to_bytes
    from app.model.worksheet import Person, Session

    session = Session("Teamdag digitalisering", "2026-11-30", ["Anna", "Bram", "Fatima"])
    answers = session.answers("strategie")
    answers.texts["optimalisatie"] = "Roosters en toetsing digitaal; de leermiddelen via Edu-V."
    answers.texts["transformatie"] = "Samen met Npuls: flexibel onderwijs voor werkenden."
    session.answers("programmas").people["collegas/npuls"] = [Person("Anna", "projectleider")]
    path.write_bytes(session_to_bytes(session))


def main() -> int:
    parser = argparse.ArgumentParser()
    default = ROOT / "docs" / "screenshots" / "html-export-laptop.png"
    parser.add_argument("--out", default=str(default))
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.common.by import By

    work = Path(tempfile.mkdtemp(prefix="html-shot-"))
    try:
        example_session(work / "team.json")
        done = subprocess.run(
            [sys.executable, "-m", "app", "export", "--format", "html", "--plate", "all",
             "--session", str(work / "team.json"), "--out", str(work)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        page = Path(done.stdout.strip())
        os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager: no telemetry
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or ""
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--proxy-server=127.0.0.1:9",
                     "--window-size=1366,768", "--hide-scrollbars",
                     f"--user-data-dir={work / 'profile'}"):  # fmt: skip
            options.add_argument(flag)
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "")
        driver = webdriver.Chrome(options=options, service=service)
        try:
            if args.dark:
                driver.execute_cdp_cmd(
                    "Emulation.setEmulatedMedia",
                    {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
                )
            driver.get(page.as_uri())
            driver.execute_script("document.getElementById('plate-strategie').scrollIntoView()")
            node = driver.find_element(By.ID, "e-strategie.npuls")
            driver.execute_script(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node
            )
            driver.execute_script("document.getElementById('plate-strategie').scrollIntoView()")
            driver.save_screenshot(args.out)
        finally:
            driver.quit()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
