#!/usr/bin/env bash
# Issue 16 (files from colleagues can't hurt): the program on hostile session and plate
# files under strace, and the fault tests that need a real small disk (tmpfs, as root).
# The main run skips the strace test when strace is missing; here it is installed and run.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
if ! command -v strace >/dev/null; then
  apt-get install -y -qq --no-install-recommends strace >/dev/null \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends strace >/dev/null; }
fi
python=${SEC_IO_PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=python3
echo "== hostile files: strace of the whole program, special files, session faults"
log=$(mktemp)
QT_QPA_PLATFORM=offscreen "$python" -m pytest -q -p no:cacheprovider -rs \
  tests/hostile/test_strace_app.py tests/io/test_special_files.py tests/ui/test_session_faults.py \
  | tee "$log"
if grep -q "SKIPPED.*test_strace_app" "$log"; then
  echo "sec-io: the strace test was skipped; CI must run it" >&2
  exit 1
fi
# the real-small-disk tests need root and a tmpfs mount; their faked twins always run
grep "SKIPPED" "$log" || true
rm -f "$log"
echo "sec-io CI part: $(( $(date +%s) - start )) s"
