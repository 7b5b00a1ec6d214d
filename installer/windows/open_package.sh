#!/usr/bin/env bash
# Open PACKAGE through the .asice association, as a double-click in Explorer would, and prove that HSKT's viewer
# painted it; the last frame is saved as SCREENSHOT.
#   open_package.sh 'Z:\…\goi.asice' screenshot.png
#
# Explorer asks the shell, which reads HKCR = HKLM\Software\Classes merged with HKCU\Software\Classes. Wine 8 does
# not merge the per-user half, so there `start` finds no association; the command registered under HKCU is then run
# as the shell would run it (the log says which way was taken).
# Qt's windows platform aborts under Wine 8 (mscms.WcsCreateIccProfile is unimplemented), so the viewer runs on Qt's
# `minimal` platform, which with QT_DEBUG_BACKINGSTORE=1 writes every painted frame to outputNNNN.png in its working
# folder: the frames are the proof that the window opened and drew the package's checks.
set -euo pipefail
pkg=$1 shot=$2
regval() { wine reg query "$1" </dev/null 2>/dev/null | tr -d '\r' | sed -n 's/^ *(Default) *REG_SZ *//p'; }
frames=$(mktemp -d)
winframes="Z:${frames//\//\\}"

progid=$(regval 'HKCU\Software\Classes\.asice')
command=$(regval "HKCU\\Software\\Classes\\$progid\\shell\\open\\command")
echo "association: .asice -> $progid -> $command"
[ "$progid" = HSKT.GoiHoSo ] && [ -n "$command" ]
export WINEQT_QPA_PLATFORM=minimal:enable_fonts WINEQT_DEBUG_BACKINGSTORE=1   # arrive as QT_* (see lib.sh)
if [ "$(regval 'HKCR\.asice')" = "$progid" ]; then
  run="start \"\" \"$pkg\""
  echo "opening with: cmd /c $run"
else
  run=${command//%1/$pkg}
  echo "Wine: HKCR has no per-user classes, so start cannot see the association; running the registered command"
  echo "opening with: $run"
fi
printf '@echo off\r\ncd /d "%s"\r\n%s\r\n' "$winframes" "$run" > "$frames/open.cmd"  # cmd parses it as Windows would
(wine cmd /c "$winframes\\open.cmd" </dev/null 2>&1 | tr -d '\r' > "$frames/log.txt") &

# Wait for the verification to fill the viewer: frames stop changing for 10 s (a cold start under Wine: 10–60 s).
last= stable=0
for _ in $(seq 1 150); do
  sleep 1
  now=$(ls "$frames"/output*.png 2>/dev/null | tail -n1 || true)
  if [ -n "$now" ] && [ "$now" = "$last" ]; then stable=$((stable + 1)); else stable=0; last=$now; fi
  [ -n "$now" ] && [ "$stable" -ge 10 ] && break
done
ps -eo args | grep -F -i 'hskt.exe' | grep -v grep | head -n 3 || true   # the command line that ran
alive=$(ps -eo args | grep -F -i 'hskt.exe' | grep -v grep | grep -c -F 'view' || true)
wineserver -k || true                       # this check's own prefix: ends the viewer
cat "$frames/log.txt"
if [ -z "$last" ] || [ "$alive" = 0 ]; then
  echo "the viewer did not paint or did not stay open (frames: ${last:-none})"
  exit 1
fi
echo "viewer painted $(ls "$frames"/output*.png | wc -l) frames; last: $(stat -c %s "$last") bytes"
cp "$last" "$shot"
echo "the association opened ${pkg##*\\} in HSKT's viewer (last frame: $shot)"
