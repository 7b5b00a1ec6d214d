#!/usr/bin/env bash
# Screenshots of the installer wizard and the uninstaller under Wine + Xvfb, for docs/installer.md:
#   bash installer/windows/screenshots.sh [dist/windows/HSKT-<version>-cai-dat.exe]   → docs/images/windows-*.png
# Needs a finished `make windows`, xdotool and ImageMagick (CI does not run it). A fresh prefix each time.
set -Eeuo pipefail
if [ -z "${DISPLAY:-}" ]; then   # an X server of its own
  exec xvfb-run -a -s "-screen 0 1024x768x24" bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"
export WINEQT_QPA_PLATFORM=offscreen
VERSION=$("$HOST_PYTHON" -c "import tomllib; print(tomllib.load(open('$ROOT/pyproject.toml', 'rb'))['project']['version'])")
SETUP=${1:-$ROOT/dist/windows/HSKT-$VERSION-cai-dat.exe}
IMAGES=$ROOT/docs/images
new_prefix "$CACHE/shots-prefix"

# wait_window TITLE-PART: the id of the first visible window whose name contains it (up to 120 s)
wait_window() {
  local id
  for _ in $(seq 1 120); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -n1) && [ -n "$id" ] && { echo "$id"; return; }
    sleep 1
  done
  echo "no window named '$1'" >&2; xwininfo -root -tree >&2; return 1
}
shot() {  # shot NAME: the active wizard window, as docs/images/windows-NAME.png
  sleep 2
  import -window "$(wait_window "$2")" "$IMAGES/windows-$1.png"
  echo "docs/images/windows-$1.png"
}
key() { xdotool key --window "$(wait_window "$1")" "$2"; }

LOG=$CACHE/shots-install.log
rm -f "$LOG"
wine "$(winpath "$SETUP")" /CURRENTUSER "/LOG=$(winpath "$LOG")" </dev/null >/dev/null 2>&1 &
shot 1-thu-muc "Cài đặt"                 # destination folder (first install)
key "Cài đặt" Return
shot 2-viec-lam-them "Cài đặt"           # tasks: desktop icon, .asice association
key "Cài đặt" Return
shot 3-san-sang "Cài đặt"                # ready to install
key "Cài đặt" Return
sleep 6
shot 3b-dang-cai "Cài đặt"               # copying files
for _ in $(seq 1 300); do                # copying, then the post-install self-test, then the last page
  sleep 2
  grep -aq 'HSKT self-test exit code' "$LOG" 2>/dev/null && break
done
sleep 3
shot 4-xong "Cài đặt"                    # finished
key "Cài đặt" Return                     # Xong (HSKT starts, offscreen: end it)
sleep 5
wineserver -k || true
sleep 2

UNINS="C:\\users\\$(wine_user)\\AppData\\Local\\Programs\\HSKT\\unins000.exe"
wine "$UNINS" </dev/null >/dev/null 2>&1 &
shot 5-go-cai-dat "Gỡ cài đặt"           # "remove HSKT? the data folder is kept"
key "Gỡ cài đặt" y                       # Yes (the message box's buttons are the system's, English under Wine)
sleep 8
shot 6-da-go "Gỡ cài đặt"
key "Gỡ cài đặt" Return
wineserver -w
echo "screenshots written to $IMAGES"
