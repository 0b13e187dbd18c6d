"""The version lives in one place: app/__init__.py, read by pyproject, the CLI and the build."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

import app
from tests.conftest import REPO


def test_the_command_line_reports_the_packages_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.stdout.strip() == f"overzichtsplaten {app.__version__}"


def test_pyproject_and_build_spec_read_it_from_the_package() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'attr = "app.__version__"' in pyproject
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert '__version__ = "' in spec and 'app" / "__init__.py"' in spec
    assert re.fullmatch(r"\d+\.\d+\.\d+", app.__version__)


def test_an_installed_copy_has_the_same_version() -> None:
    try:
        installed = metadata.version("overzichtsplaten")
    except metadata.PackageNotFoundError:
        return  # running from a source tree that was never installed
    assert installed == app.__version__
