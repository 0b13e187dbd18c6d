#!/usr/bin/env bash
# The HTML export in a real browser: headless Chromium through Selenium, network blocked
# (tests/browser). Installs Chromium and its driver, then runs those tests; here they must
# run, not skip. (The page's file-level tests run with the rest of the suite.)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
python=".venv/bin/python"
[ -x "$python" ] || python="python3"
"$python" -c 'import selenium' 2>/dev/null || "$python" -m pip install -q 'selenium>=4.20'
chromium --version
"$python" -m pytest -q -p no:cacheprovider -rs tests/browser 2>&1 | tee /tmp/html-ci.log
if grep -q "SKIPPED" /tmp/html-ci.log; then
  echo "browser tests were skipped: Chromium or Selenium is missing" >&2
  exit 1
fi
echo "html export in Chromium: $((SECONDS - start)) s"
