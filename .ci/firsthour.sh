#!/usr/bin/env bash
# Issue 22 (the first hour on a school laptop): the checks that need tools the main run
# does not install. Real key presses on US, Dutch and German keyboard layouts (Xvfb,
# setxkbmap, xdotool), the .desktop file (desktop-file-validate), the first window on a
# 1366x768 screen, the frozen build's Qt translations (when dist/ was built before).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends \
  xvfb x11-xkb-utils xdotool desktop-file-utils >/dev/null
python=.venv/bin/python
[ -x "$python" ] || python=python3
desktop-file-validate resources/overzichtsplaten.desktop
"$python" -m pytest -q -p no:cacheprovider \
  tests/ui/test_real_keyboards.py tests/test_desktop_file.py tests/ui/test_first_window.py
if [ -d dist/overzichtsplaten ]; then
  for qm in qtbase_nl.qm overzichtsplaten_en.qm overzichtsplaten_qt_nl.qm; do
    find dist/overzichtsplaten -name "$qm" | grep -q . || { echo "frozen build lacks $qm" >&2; exit 1; }
  done
  echo "frozen build carries Qt's Dutch catalogue and the app's own"
fi
echo "firsthour checks: $(( $(date +%s) - started )) s"
