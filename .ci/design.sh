#!/usr/bin/env bash
# Branch "design": the exports as other programs see them. Installs librsvg
# (rsvg-convert), poppler (pdftotext) and ImageMagick (compare), then runs the
# export tests that need them (they skip where a tool is missing), so here they
# really run: an SVG drawn without Inter looks as with it, at most six font sizes
# a plate, an exact A0 PDF whose text keeps "2022-2030" and reads element by element.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends librsvg2-bin poppler-utils imagemagick >/dev/null
for tool in rsvg-convert pdftotext compare; do
  command -v "$tool" >/dev/null || { echo "design.sh: $tool is missing" >&2; exit 1; }
done
python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || python=python3
# -rs lists skips; none may be left once the tools are installed
out=$("$python" -m pytest -q -p no:cacheprovider -rs tests/scene/test_export.py tests/scene/test_design.py 2>&1) || { echo "$out"; exit 1; }
echo "$out" | tail -n 5
if echo "$out" | grep -q "SKIPPED"; then
  echo "design.sh: export tests were skipped although the tools are installed" >&2
  exit 1
fi
echo "design.sh: $(( $(date +%s) - start )) s"
