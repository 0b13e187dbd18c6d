#!/usr/bin/env bash
# Branch house-misc (issue 21): the layers, checked by a tool. `lint-imports` (import-linter,
# in the project's test extras, so .ci/run's venv has it) checks the contracts in
# pyproject.toml: ui -> export -> scene | io -> model, no Qt in model and io. Then the tests
# that guard them with no skips allowed: the contracts catch a planted break, only one
# module makes the QApplication, and high contrast repaints plate and widgets alike.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
venv="${VENV:-.venv}"
"$venv/bin/lint-imports" --no-cache --no-logo
out=$("$venv/bin/python" -m pytest -q -p no:cacheprovider -rs tests/test_layers.py tests/ui/test_theme.py 2>&1) || { echo "$out"; exit 1; }
echo "$out" | tail -n 3
if echo "$out" | grep -q "SKIPPED"; then
  echo "house-misc.sh: a layer or theme test was skipped" >&2
  exit 1
fi
echo "house-misc.sh: $(( $(date +%s) - start )) s"
