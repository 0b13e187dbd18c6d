"""Refresh the translation catalogue after UI texts change: `python scripts/update_translations.py`.

Runs pyside6-lupdate over app/ (keeping existing translations in the .ts),
then pyside6-lrelease to build the .qm the app loads. Translate new entries
in resources/translations/overzichtsplaten_en.ts (Qt Linguist or by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "overzichtsplaten_en.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"], cwd=REPO, check=True
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=REPO, check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
