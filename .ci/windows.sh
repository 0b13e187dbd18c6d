#!/usr/bin/env bash
# The Windows program under Wine: install what it needs, then scripts/windows_under_wine.sh
# (fresh prefix, Windows CPython from PyPI, check/export, the window, the test suite,
# PyInstaller, the NSIS installer installed, started and uninstalled). Prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
export DEBIAN_FRONTEND=noninteractive
# Debian 12: wine64 alone runs 64-bit programs; no i386 architecture (wine32) is needed.
apt-get install -y -qq --no-install-recommends \
  wine wine64 fonts-wine gcc-mingw-w64-x86-64 nsis xvfb xdotool imagemagick zip unzip \
  poppler-utils >/dev/null
echo "   (apt packages for Windows: $((SECONDS - started)) s)"
python="${LINUX_PYTHON:-$PWD/.venv/bin/python}"
[ -x "$python" ] || python=python3
LINUX_PYTHON="$python" scripts/windows_under_wine.sh "$(mktemp -d -t windows-under-wine.XXXXXX)"
echo "   (Windows under Wine, all of it: $((SECONDS - started)) s)"
