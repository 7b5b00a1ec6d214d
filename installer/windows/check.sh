#!/usr/bin/env bash
# `make windows-check`: build (build.sh), then prove the installer in a fresh Wine prefix, as a clerk would use it:
#   0. a setup whose bundle fails its self-test must fail (exit code 10) when silent
#   1. install the previous release silently, per user; its post-install self-test must pass
#   2. make data with it: import a dossier, sign and export a package (hskt-cli export)
#   3. update to this build over it: the old version backs the data folder up first; data and backup stay
#   4. the installed hskt-cli --self-test, printing through a pipe and into a file (UTF-8, no UnicodeEncodeError)
#   5. the .asice association: registry entries, then the registered command opens the viewer on that package
#   6. uninstall: program, shortcuts and association gone (no empty keys left), data folder and backups kept
#   7. sizes: installed ≤ 200 MB, setup.exe ≤ 70 MB
# Any failed step fails the whole check; a step that cannot run says SKIPPED in the log and the timings table.
#   HSKT_WIN_SKIP_BUILD=1 …   reuse the last build's setup.exe (while working on this script; says SKIPPED)
set -Eeuo pipefail
if [ "${HSKT_WIN_SKIP_BUILD:-0}" = 1 ]; then
  source "$(dirname "$0")/lib.sh"
  : > "$TIMINGS"
  skipped build "HSKT_WIN_SKIP_BUILD=1: the installer of an earlier run"
else
  bash "$(dirname "$0")/build.sh"
  source "$(dirname "$0")/lib.sh"
fi

VERSION=$("$HOST_PYTHON" -c "import tomllib; print(tomllib.load(open('$ROOT/pyproject.toml', 'rb'))['project']['version'])")
PREVIOUS=0.0.9             # stands for the last release: the same bundle, an older version number
SRC=$OUT/src
SETUP=$ROOT/dist/windows/HSKT-$VERSION-cai-dat.exe
OLD_SETUP=$ROOT/dist/windows/HSKT-$PREVIOUS-cai-dat.exe
T=$OUT/check                # inputs and logs of this check, seen by Wine as Z:\…
rm -rf "$T" && mkdir -p "$T"
WT=$(winpath "$T")

# The previous release: no earlier HSKT installer exists, so the same bundle is packed as version $PREVIOUS.
old_setup() {
  wn "$ISCC" /Qp "/DAppVersion=$PREVIOUS" "/DOutputBase=HSKT-$PREVIOUS-cai-dat" "/DCompression=none" \
    "$(winpath "$SRC/installer/windows/hskt.iss")"
  cp "$SRC/dist/HSKT-$PREVIOUS-cai-dat.exe" "$OLD_SETUP"
}
step previous-installer old_setup

# A bundle whose self-test fails (its rule sets removed) must make a silent setup fail: exit code 10, and the log
# says why. Its own throw-away prefix; fast compression, since only the exit code matters.
failed_selftest() {
  rm -rf "$T/broken" && mkdir -p "$T/broken" && cp -a "$SRC/dist/hskt" "$T/broken/"
  rm -rf "$T/broken/hskt/_internal/resources/rulesets"
  wn "$ISCC" /Qp "/DAppVersion=$VERSION" "/DOutputBase=HSKT-hong" "/DCompression=none" \
    "/DBundle=$WT\\broken\\hskt" "$(winpath "$SRC/installer/windows/hskt.iss")"
  new_prefix "$CACHE/broken-prefix"
  local rc=0
  wx "$(winpath "$SRC/dist/HSKT-hong.exe")" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART \
    "/LOG=$WT\\install-broken.log" || rc=$?
  grep -a 'HSKT self-test exit code' "$T/install-broken.log"
  echo "setup exit code: $rc"
  wineserver -k 2>/dev/null || true
  rm -rf "$CACHE/broken-prefix" "$T/broken" "$SRC/dist/HSKT-hong.exe"
  [ "$rc" = 10 ] && ! grep -aq 'HSKT self-test exit code: 0' "$T/install-broken.log"
}
step failed-selftest failed_selftest

step test-prefix new_prefix "$CACHE/test-prefix"
WUSER=$(wine_user)
APPDIR=$WINEPREFIX/drive_c/users/$WUSER/AppData/Local/Programs/HSKT
WAPP="C:\\users\\$WUSER\\AppData\\Local\\Programs\\HSKT"
DATA=$WINEPREFIX/drive_c/users/$WUSER/AppData/Local/HSKT
CLI="$WAPP\\hskt-cli.exe"

# setup.exe LOG: silent per-user install; the log must show success and a passing post-install self-test.
install() {
  local log=$T/$2
  wx "$(winpath "$1")" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART "/LOG=$WT\\$2"
  grep -a 'HSKT self-test exit code' "$log"
  grep -aq 'Installation process succeeded' "$log"
  grep -aq 'HSKT self-test exit code: 0' "$log"
  # (`! grep` would not stop a set -e script: test it explicitly)
  if grep -aq 'suppressed message box' "$log"; then echo "setup showed an error (see $log)"; return 1; fi
  wn reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F1C2B0E-5A9D-4E55-9B7A-3D2C8A1E7F40}_is1' \
    /v DisplayVersion
}
step install-previous install "$OLD_SETUP" install-previous.log

make_data() {
  "$HOST_PYTHON" "$HERE/sample_inputs.py" "$T/in"
  wn "$CLI" import-json "$WT\\in\\ho-so.json"
  wn "$CLI" export 1 --p12 "$WT\\in\\can-bo.p12" --password-file "$WT\\in\\mat-khau.txt" --out "$WT\\goi.asice"
  wn "$CLI" verify --trust "$WT\\in\\root.pem" "$WT\\goi.asice" | tee "$T/verify.txt"
  grep -q ': HỢP LỆ' "$T/verify.txt"  # not «KHÔNG HỢP LỆ»
  test -f "$DATA/hskt.sqlite3"
}
step data-and-package make_data

upgrade() {
  install "$SETUP" install-upgrade.log | tee "$T/upgrade.txt"
  grep -q "REG_SZ *$VERSION\$" "$T/upgrade.txt"
  grep -a 'HSKT backup before update' "$T/install-upgrade.log"
  grep -aq 'HSKT backup before update: .*, exit code 0' "$T/install-upgrade.log"
  ls -la "$DATA/backups/"
  ls "$DATA"/backups/hskt-truoc-cap-nhat-*.zip >/dev/null
  # (listed to a file first: `unzip | grep -q` can end unzip with SIGPIPE, which pipefail reports as a failure)
  unzip -l "$DATA"/backups/hskt-truoc-cap-nhat-*.zip > "$T/backup-list.txt"
  grep -q 'hskt.sqlite3' "$T/backup-list.txt"
  wn "$CLI" list | tee "$T/list.txt"
  grep -q 'Bình xét thi đua, khen thưởng năm 2025' "$T/list.txt"  # the sample dossier, still there
  du -sb "$APPDIR" | cut -f1 > "$T/installed-bytes"
}
step upgrade upgrade

# The installed program's self-test, its output once a pipe and once a file written by cmd's redirection.
installed_selftest() {
  wn "$CLI" --self-test | tee "$T/selftest-pipe.txt"
  grep -q 'Bước' "$T/selftest-pipe.txt"
  # a batch file: Wine hands cmd /c's quotes over escaped, which cmd does not understand
  printf '@echo off\r\n"%s" --self-test > "%s\\selftest-file.txt" 2>&1\r\nexit /b %%errorlevel%%\r\n' "$CLI" "$WT" \
    > "$T/selftest.cmd"
  wn cmd /c "$WT\\selftest.cmd"
  iconv -f utf-8 -t utf-8 "$T/selftest-file.txt" >/dev/null      # valid UTF-8, not cp1252
  grep -q 'Giao diện Qt' "$T/selftest-file.txt"
  if grep -q 'UnicodeEncodeError' "$T/selftest-file.txt"; then return 1; fi
}
step installed-selftest installed_selftest

# The association as Explorer uses it (open_package.sh says how, and why Qt's minimal platform under Wine).
open_package() {
  wn reg query 'HKCU\Software\Classes\.asice' /s | tee "$T/assoc.txt"
  grep -q 'HSKT.GoiHoSo' "$T/assoc.txt"
  wn reg query 'HKCU\Software\Classes\HSKT.GoiHoSo\shell\open\command' | tee -a "$T/assoc.txt"
  grep -q 'hskt.exe" view "%1"' "$T/assoc.txt"
  bash "$HERE/open_package.sh" "$WT\\goi.asice" "$T/viewer.png"
}
step open-package open_package

uninstall() {
  wx "$WAPP\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$WT\\uninstall.log"
  grep -aq 'Uninstallation process succeeded' "$T/uninstall.log"
  if [ -e "$APPDIR" ]; then echo "program folder left: $APPDIR"; find "$APPDIR" | head; return 1; fi
  local key
  for key in 'HKCU\Software\Classes\HSKT.GoiHoSo' 'HKCU\Software\Classes\.asice' \
             'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F1C2B0E-5A9D-4E55-9B7A-3D2C8A1E7F40}_is1'; do
    if wn reg query "$key" >/dev/null; then echo "left behind: $key"; return 1; fi
  done
  ls "$WINEPREFIX/drive_c/users/$WUSER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/HSKT" 2>/dev/null \
    && { echo "Start menu entries left"; return 1; }
  test -f "$DATA/hskt.sqlite3"
  ls "$DATA"/backups/hskt-truoc-cap-nhat-*.zip
  echo "uninstalled: program, association and uninstall entry gone; data folder kept"
}
step uninstall uninstall

sizes() {
  # installed: the program folder after the update (bundle + uninstaller), measured before uninstalling; MB = 10^6 B
  local installed setup
  installed=$(cat "$T/installed-bytes")
  setup=$(stat -c %s "$SETUP")
  printf 'windows: installed %d.%d MB (limit 200), %s files in the bundle; setup.exe %d.%d MB (limit 70)\n' \
    $((installed / 1000000)) $((installed / 100000 % 10)) "$(find "$SRC/dist/hskt" -type f | wc -l)" \
    $((setup / 1000000)) $((setup / 100000 % 10)) | tee -a "$TIMINGS"
  [ "$installed" -le 200000000 ] && [ "$setup" -le 70000000 ]
}
step sizes sizes

wineserver -k 2>/dev/null || true
echo "--- [windows] every step passed"
cat "$TIMINGS"
