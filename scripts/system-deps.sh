#!/usr/bin/env bash
# Checks the shared libraries Qt needs at run time and names the Debian package for each one
# that is missing. As root (as in CI) it installs them; otherwise it prints the apt-get line.
# Usage: scripts/system-deps.sh test|demo
set -euo pipefail
profile=${1:-test}
qt=$(.venv/bin/python -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')

# soname -> Debian package (bookworm names).
declare -A package_of=(
  [libpulse.so.0]=libpulse0 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
  [libOpenGL.so.0]=libopengl0 [libfontconfig.so.1]=libfontconfig1
  [libfreetype.so.6]=libfreetype6 [libxkbcommon.so.0]=libxkbcommon0
  [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-shape.so.0]=libxcb-shape0 [libxcb-xfixes.so.0]=libxcb-xfixes0
  [libxcb-sync.so.1]=libxcb-sync1 [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-shm.so.0]=libxcb-shm0
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libX11-xcb.so.1]=libx11-xcb1
  [libxcb.so.1]=libxcb1 [libX11.so.6]=libx11-6 [libSM.so.6]=libsm6 [libICE.so.6]=libice6
)

binaries=("$qt/lib/libQt6Quick.so.6" "$qt/lib/libQt6Multimedia.so.6"
          "$qt/plugins/platforms/libqoffscreen.so" "$qt/plugins/multimedia/libffmpegmediaplugin.so")
extra=()
if [ "$profile" = demo ]; then
  binaries+=("$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6XcbQpa.so.6")
  extra+=(libxcb-cursor.so.0)  # loaded with dlopen by the xcb plugin, so ldd cannot see it
fi

missing=$( { for b in "${binaries[@]}"; do [ -e "$b" ] && ldd "$b"; done \
             | awk '/not found/ {print $1}'
           for s in "${extra[@]}"; do ldconfig -p | grep -q "$s" || echo "$s"; done; } | sort -u)
[ -z "$missing" ] && exit 0

packages=()
for soname in $missing; do
  packages+=("${package_of[$soname]:-?}")
  echo "system-deps: $soname is missing (Debian package: ${package_of[$soname]:-unknown})" >&2
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "system-deps: installing ${packages[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "system-deps: install them with: sudo apt-get install ${packages[*]}" >&2
  exit 1
fi
