#!/bin/sh
# Install the built bundle (dist/hskt) for the current user, no root: ~/.local/opt/hskt, a `hskt` command in
# ~/.local/bin, the menu entry, the icon, and .asice opening in the viewer. Data stays in ~/.local/share/HSKT and is
# never touched here. Usage: installer/linux/install.sh [BUNDLE_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../../dist/hskt}
[ -x "$bundle/hskt" ] || { echo "Không thấy gói chạy $bundle/hskt; hãy chạy make bundle trước" >&2; exit 2; }
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/hskt
rm -rf "$prefix.new"
mkdir -p "$(dirname "$prefix")" "$HOME/.local/bin" "$data_home/applications" "$data_home/mime/packages" \
  "$data_home/icons/hicolor/256x256/apps" "$data_home/icons/hicolor/scalable/apps"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix" && mv "$prefix.new" "$prefix"
ln -sf "$prefix/hskt" "$HOME/.local/bin/hskt"
icons=$prefix/_internal/resources/icons
cp "$icons/hskt.png" "$data_home/icons/hicolor/256x256/apps/hskt.png"
cp "$icons/hskt.svg" "$data_home/icons/hicolor/scalable/apps/hskt.svg"
for f in hskt.desktop hskt-view.desktop; do
  sed "s|^Exec=hskt|Exec=$prefix/hskt|" "$here/$f" > "$data_home/applications/$f"
done
cp "$here/hskt-mime.xml" "$data_home/mime/packages/hskt.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default hskt-view.desktop application/vnd.etsi.asic-e+zip || true
echo "Đã cài HSKT vào $prefix (lệnh: hskt). Dữ liệu: $data_home/HSKT"
