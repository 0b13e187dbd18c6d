#!/usr/bin/env bash
# Screen-reader checks over the real AT-SPI bus (tests/a11y): the app under Xvfb in
# a D-Bus session with the AT-SPI registry, read by pyatspi as Orca reads it, keys
# from xdotool. Needs the .venv that .ci/run made. Here the tests may not skip.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends \
  xvfb xauth xdotool openbox dbus dbus-x11 at-spi2-core python3-pyatspi python3-gi \
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxcb-randr0 libegl1 libgl1 \
  libfontconfig1 libdbus-1-3 >/dev/null
A11Y_REQUIRED=1 .venv/bin/python -m pytest -q -p no:cacheprovider tests/a11y
echo "a11y (AT-SPI) checks took $(( $(date +%s) - started )) s"
