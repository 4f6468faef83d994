#!/usr/bin/env bash
# Rasterizes resources/icon.svg into every icon electron-builder.yml names. Debian packages:
# librsvg2-bin (rsvg-convert), imagemagick (the Windows .ico), icnsutils (png2icns, the macOS .icns).
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512 1024)
for size in "${sizes[@]}"; do rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"; done
cp icons/1024x1024.png icon.png
convert icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png icon.ico
png2icns icon.icns icons/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
