#!/usr/bin/env bash
# Checks the shared libraries Qt needs at run time and names the Debian package for each one
# that is missing. As root (as in CI) it installs them; otherwise it prints the apt-get line.
# Usage: scripts/system-deps.sh test|demo
set -euo pipefail
profile=${1:-test}
qt=$(.venv/bin/python -m kiosk.ui.system_libs qt)

# soname -> Debian package: the table `kiosk run` names them from too.
declare -A package_of=()
while read -r soname package; do package_of[$soname]=$package; done \
  < <(.venv/bin/python -m kiosk.ui.system_libs)
# Programs the tests run: a real X display, a finger on it and a camera (tests/ui/test_real_window.py),
# a silent sound card of their own (tests/sound.py), systemd's checker of the kiosk's units
# (tests/test_packaging.py), cage, the compositor a kiosk PC runs it in (tests/ui/test_cage.py),
# debootstrap, which makes the minimal Debian 12 that install.sh is tried on (tests/test_bundle.py),
# Syncthing, the fleet's transport (tests/test_syncthing.py), and a D-Bus session for the
# accessibility bus a screen reader reads (tests/ui/test_screen_reader.py).
declare -A package_of_program=([Xvfb]=xvfb [xdotool]=xdotool [import]=imagemagick [pulseaudio]=pulseaudio
                               [systemd-analyze]=systemd [cage]=cage [Xwayland]=xwayland
                               [debootstrap]=debootstrap [syncthing]=syncthing
                               [dbus-run-session]=dbus-daemon)

binaries=("$qt/lib/libQt6Quick.so.6" "$qt/lib/libQt6Multimedia.so.6"
          "$qt/plugins/platforms/libqoffscreen.so" "$qt/plugins/multimedia/libffmpegmediaplugin.so")
# The platforms a kiosk runs on: X11 (xcb) and Wayland (cage), with what they dlopen.
binaries+=("$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6XcbQpa.so.6"
           "$qt/plugins/platforms/libqwayland.so" "$qt/lib/libQt6WaylandClient.so.6"
           "$qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so")
extra=(libxcb-cursor.so.0)  # loaded with dlopen by the xcb plugin, so ldd cannot see it
# Read aloud's voice (kiosk doctor's "voice"), for the kiosk and the tests alike: espeak-ng.
declare -A package_of_file=([/usr/bin/espeak-ng]=espeak-ng)
programs=()
[ "$profile" = test ] && programs+=(Xvfb xdotool import pulseaudio systemd-analyze cage Xwayland debootstrap
                                    syncthing dbus-run-session)
# The accessibility bus (AT-SPI) and the screen reader's side of it, in Debian's own Python.
[ "$profile" = test ] && package_of_file[/usr/libexec/at-spi-bus-launcher]=at-spi2-core

missing=$( { for b in "${binaries[@]}"; do [ -e "$b" ] && ldd "$b"; done \
             | awk '/not found/ {print $1}'
           for s in "${extra[@]}"; do ldconfig -p | grep -q "$s" || echo "$s"; done; } | sort -u)
missing_programs=$(for p in "${programs[@]}"; do command -v "$p" >/dev/null || echo "$p"; done)
for file in "${!package_of_file[@]}"; do
  [ -e "$file" ] || { missing_programs+=" $file"; package_of_program[$file]=${package_of_file[$file]}; }
done
# Debian's own Python with venv, as on a kiosk PC: tests/test_bundle.py installs the bundle with it;
# and with pyatspi, the screen reader's library (tests/at_spi.py).
if [ "$profile" = test ] && ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
  missing_programs+=" python3-venv"
  package_of_program[python3-venv]=python3-venv
fi
if [ "$profile" = test ] && ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  missing_programs+=" python3-pyatspi"
  package_of_program[python3-pyatspi]=python3-pyatspi
fi
[ -z "$missing$missing_programs" ] && exit 0

packages=()
for soname in $missing; do
  packages+=("${package_of[$soname]:-?}")
  echo "system-deps: $soname is missing (Debian package: ${package_of[$soname]:-unknown})" >&2
done
for program in $missing_programs; do
  packages+=("${package_of_program[$program]}")
  echo "system-deps: $program is missing (Debian package: ${package_of_program[$program]})" >&2
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "system-deps: installing ${packages[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "system-deps: install them with: sudo apt-get install ${packages[*]}" >&2
  exit 1
fi
