#!/usr/bin/env bash
# Puts Pillow-SIMD in .venv in place of Pillow where this machine can build it. It is Pillow
# (the same API, kept by one of Pillow's developers) with resizing in SSE4 vector code: a
# 24-MP photo's display rendition shrinks in 6 ms instead of 30, and `kiosk import` takes some
# 15% less time. It publishes no wheels, so it is compiled here, with SSE4.2 (any x86-64 of
# the last 15 years; not AVX2, which would be 1 ms faster but crash a disk image moved to a
# Celeron kiosk). It needs a C compiler and the headers of Python, libjpeg, zlib, lcms2,
# libtiff, libwebp and FreeType: as root (as in CI) it installs the Debian packages missing;
# otherwise it names them. Anything missing or failing keeps Pillow: the kiosk works the same
# with either. PILLOW_SIMD=0 keeps Pillow.
set -uo pipefail
VERSION=12.1.1.post0
PY=.venv/bin/python
WHEELS=build/wheels

say() { echo "pillow-simd: $*" >&2; }

installed() {  # the distribution's version in .venv, or nothing
  $PY -c "import importlib.metadata as m, sys
try: print(m.version(sys.argv[1]))
except m.PackageNotFoundError: pass" "$1"
}

machine_fits() {
  [ "$(uname -m)" = x86_64 ] && grep -qw sse4_2 /proc/cpuinfo 2>/dev/null && return 0
  say "keeping Pillow: Pillow-SIMD needs an x86-64 processor with SSE4.2"
  return 1
}

# header -> Debian package (bookworm names)
declare -A package_of=(
  [jpeglib.h]=libjpeg-dev [zlib.h]=zlib1g-dev [lcms2.h]=liblcms2-dev [tiffio.h]=libtiff-dev
  [webp/encode.h]=libwebp-dev [ft2build.h]=libfreetype-dev [Python.h]=python3-dev
)

missing_packages() {
  command -v cc >/dev/null || { echo gcc libc6-dev; return; }
  local python_include
  python_include=$($PY -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
  for header in "${!package_of[@]}"; do
    printf '#include <%s>\n' "$header" |
      cc -E -x c -I/usr/include/freetype2 -I"$python_include" - >/dev/null 2>&1 ||
      echo "${package_of[$header]}"
  done
}

build_tools_ready() {
  local missing
  missing=$(missing_packages | sort -u | xargs)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing $missing"
    apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null && return 0
    say "keeping Pillow: apt-get could not install $missing"
    return 1
  fi
  say "keeping Pillow; for Pillow-SIMD: sudo apt-get install $missing; bash $0"
  return 1
}

build_wheel() {
  ls "$WHEELS"/pillow_simd-"$VERSION"-*.whl >/dev/null 2>&1 && return 0
  say "building Pillow-SIMD $VERSION (a minute at most)"
  $PY -m pip wheel --quiet --no-deps --no-cache-dir -w "$WHEELS" "pillow-simd==$VERSION" \
    >/dev/null 2>build/pillow-simd.log && return 0
  say "keeping Pillow: the build failed (build/pillow-simd.log)"
  return 1
}

works() {  # every format the kiosk reads, colour management and resizing
  $PY - <<'EOF' 2>>build/pillow-simd.log
from PIL import Image, features
needed = ("jpg", "zlib", "littlecms2", "libtiff", "webp", "freetype2")
assert all(features.check(name) for name in needed), [n for n in needed if not features.check(n)]
assert Image.new("RGB", (64, 64), "red").resize((9, 9), Image.Resampling.BILINEAR).getpixel((4, 4)) == (255, 0, 0)
EOF
}

swap_in() {
  $PY -m pip uninstall --quiet --yes pillow pillow-simd >/dev/null 2>&1
  $PY -m pip install --quiet --no-deps "$WHEELS"/pillow_simd-"$VERSION"-*.whl \
    2>>build/pillow-simd.log && works && { say "Pillow-SIMD $VERSION installed"; return 0; }
  say "keeping Pillow: Pillow-SIMD did not pass its check (build/pillow-simd.log)"
  back_to_pillow
  return 1
}

back_to_pillow() {  # the Pillow that pyproject.toml asks for
  $PY -m pip uninstall --quiet --yes pillow pillow-simd >/dev/null 2>&1
  $PY -m pip install --quiet "$($PY -c 'import importlib.metadata as m
print(next(r for r in m.requires("museum-kiosk") if r.lower().startswith("pillow")))')"
}

mkdir -p build
if [ "${PILLOW_SIMD:-1}" = 0 ]; then
  [ -n "$(installed pillow-simd)" ] && back_to_pillow && say "PILLOW_SIMD=0: Pillow put back"
  exit 0
fi
[ "$(installed pillow-simd)" = "$VERSION" ] && [ -z "$(installed pillow)" ] && exit 0
machine_fits && build_tools_ready && build_wheel && swap_in
exit 0
