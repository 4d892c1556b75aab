#!/usr/bin/env bash
# The programs `make bench` measures the kiosk against: vipsthumbnail (Debian's libvips-tools).
# As root (as in CI) it installs what is missing; otherwise it says what to install, and the
# figure that needs it is reported as not measured.
set -euo pipefail
command -v vipsthumbnail >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "bench-deps: installing libvips-tools (vipsthumbnail)" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvips-tools >/dev/null
else
  echo "bench-deps: vipsthumbnail is missing: sudo apt-get install libvips-tools" >&2
fi
