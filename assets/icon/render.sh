#!/usr/bin/env bash
# Renders assets/icon/courier.svg to the PNG sizes the desktop and the window use (assets/icon/courier-SIZE.png)
# and copies the ones the window's stage icons need onto the class path. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
resources=../../src/main/resources/dev/courier/ui/icon
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" courier.svg --output "courier-$size.png"
done
# The window manager picks the best fitting stage icon; these four cover title bars, task bars and switchers.
for size in 16 32 64 256; do
    cp "courier-$size.png" "$resources/courier-$size.png"
done
