#!/usr/bin/env bash
# Installs the museum kiosk on a Debian 12 PC from this folder (the bundle, unpacked from its
# tar on a USB stick), with no network. Run as root: sudo ./install.sh
#
#   ./install.sh             install, or upgrade in place: a release beside the others, then
#                            `current` switched to it in one step (the previous one kept)
#   ./install.sh --rollback  `current` back to the previous release
#
# It installs the Debian packages the PC lacks, creates the `kiosk` user and its home
# /var/lib/museum-kiosk, a Python venv per release under /opt/museum-kiosk/releases/<version>,
# enables the units (the kiosk under cage on tty1, the restart at closing time), and ends with
# `kiosk doctor`. Settings: KIOSK_PREFIX, KIOSK_DATA (for tests; the units name the defaults).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${KIOSK_PREFIX:-/opt/museum-kiosk}
DATA=${KIOSK_DATA:-/var/lib/museum-kiosk}
USER_NAME=kiosk
LOG=${KIOSK_INSTALL_LOG:-/var/log/museum-kiosk-install.log}  # what apt and pip said
export DEBIAN_FRONTEND=noninteractive  # apt asks nothing: no one may be at the keyboard
UNITS=(museum-kiosk.service museum-kiosk-restart.service museum-kiosk-restart.timer)

say() { echo "install: $*"; }
fail() { echo "install: $*" >&2; exit 1; }
booted() { [ -d /run/systemd/system ]; }  # systemd runs this system (not a chroot)
as_kiosk() { runuser -u "$USER_NAME" -- "$@"; }
quietly() {  # a command's output to the log; on failure its last lines, and stop
  echo "== $*" >>"$LOG"
  "$@" >>"$LOG" 2>&1 || { tail -n 5 "$LOG" >&2; fail "$(basename "$1") failed (all it said: $LOG)"; }
}

check_bundle() {
  say "checking the bundle's files"
  (cd "$HERE" && sha256sum --quiet --check SHA256SUMS) ||
    fail "the bundle in $HERE is damaged (a file differs from SHA256SUMS): copy it again"
}

# Only the packages this PC lacks, or has older: never a downgrade of a newer security update.
debian_packages() {
  local wanted=() deb package version installed
  for deb in "$HERE"/debs/*.deb; do
    package=$(dpkg-deb --field "$deb" Package)
    version=$(dpkg-deb --field "$deb" Version)
    installed=$(dpkg-query --show --showformat='${db:Status-Status} ${Version}' "$package" 2>/dev/null || true)
    if [ "${installed%% *}" = installed ] && dpkg --compare-versions "${installed#* }" ge "$version"; then
      continue
    fi
    wanted+=("$deb")
  done
  if [ ${#wanted[@]} = 0 ]; then say "Debian packages: all there"; return; fi
  say "installing ${#wanted[@]} Debian packages"
  # In apt's cache too: a PC that knows Debian's mirror (its package lists) would otherwise
  # want the same versions from there.
  cp "${wanted[@]}" /var/cache/apt/archives/
  quietly apt-get install --yes --quiet --no-download \
    --no-install-recommends "${wanted[@]}"
}

kiosk_user() {
  if ! id "$USER_NAME" >/dev/null 2>&1; then
    say "creating the user $USER_NAME"
    useradd --system --home-dir "$DATA" --no-create-home --shell /usr/sbin/nologin \
      --user-group "$USER_NAME"
  fi
  local group
  # video: seatd's seat (the screen); render: the GPU; input: the touch panel; audio: sound
  for group in video render input audio; do
    getent group "$group" >/dev/null && usermod --append --groups "$group" "$USER_NAME"
  done
  # Its user manager from boot, with no login: PipeWire, the kiosk's sound server, runs there.
  mkdir -p /var/lib/systemd/linger && touch "/var/lib/systemd/linger/$USER_NAME"
}

# A release is complete when its marker is there: an install cut short is begun again.
release() {
  local version=$1 dir="$PREFIX/releases/$1"
  if [ -e "$dir/.complete" ]; then say "release $version: already installed"; return; fi
  rm -rf "$dir"
  say "installing release $version in $dir"
  mkdir -p "$PREFIX/releases"
  quietly python3 -m venv "$dir"
  quietly "$dir/bin/python" -m pip install --disable-pip-version-check --no-index \
    --require-hashes --find-links "$HERE/wheels" --requirement "$HERE/requirements.txt"
  quietly "$dir/bin/python" -m pip check
  quietly "$dir/bin/kiosk" --version
  mkdir -p "$dir/share" && cp "$HERE/README.md" "$HERE/LICENSE" "$dir/share/"
  cp -r "$HERE/licences" "$dir/share/licences"
  touch "$dir/.complete"
}

# Links switched by rename(2): whoever looks sees the old release or the new, never neither.
point() {  # point LINK TARGET
  ln -sfn "$2" "$1.new"
  mv -T "$1.new" "$1"
}

switch_to() {
  local target="releases/$1" now
  now=$(readlink "$PREFIX/current" 2>/dev/null || true)
  [ "$now" = "$target" ] && return
  [ -n "$now" ] && point "$PREFIX/previous" "$now"
  point "$PREFIX/current" "$target"
  say "current release: $1${now:+ (previous: ${now#releases/})}"
}

forget_old_releases() {  # all but current and previous
  local keep=("$(readlink "$PREFIX/current")" "$(readlink "$PREFIX/previous" 2>/dev/null || true)") dir
  for dir in "$PREFIX"/releases/*; do
    [[ " ${keep[*]} " == *" releases/$(basename "$dir") "* ]] || rm -rf "$dir"
  done
}

kiosk_home() {
  install -d -o "$USER_NAME" -g "$USER_NAME" -m 0755 "$DATA"
  [ -e "$DATA/settings.toml" ] && return
  say "a new kiosk home in $DATA, with the demo exhibition until yours is published"
  quietly as_kiosk "$PREFIX/current/bin/kiosk" init --demo --home "$DATA"
}

units() {
  local unit
  for unit in "${UNITS[@]}"; do install -m 0644 "$HERE/systemd/$unit" /etc/systemd/system/; done
  closing_time
  booted && systemctl daemon-reload
  quietly systemctl enable seatd.service museum-kiosk.service museum-kiosk-restart.timer
  quietly systemctl set-default graphical.target
}

# The nightly restart at the closing time of settings.toml's [hours] (03:30 without them).
closing_time() {
  local dropin=/etc/systemd/system/museum-kiosk-restart.timer.d
  mkdir -p "$dropin"
  as_kiosk "$PREFIX/current/bin/kiosk" hours --home "$DATA" --timer > "$dropin/closing.conf.new"
  mv "$dropin/closing.conf.new" "$dropin/closing.conf"
}

# A running kiosk moves to the new release at its next attract loop, never during a visit.
restart_into() {  # restart_into WHY
  booted || return 0
  if systemctl is-active --quiet museum-kiosk.service; then
    as_kiosk "$PREFIX/current/bin/kiosk" restart --home "$DATA" --reason "$1"
    say "the kiosk restarts ($1) at the end of the current visit"
  else
    systemctl start museum-kiosk.service || say "the kiosk did not start: see kiosk doctor below"
  fi
}

doctor() {
  say "kiosk doctor:"
  as_kiosk "$PREFIX/current/bin/kiosk" doctor --home "$DATA" ||
    say "some checks failed: see README.md, 'Installing on a kiosk PC', for what to do"
}

rollback() {
  local previous
  previous=$(readlink "$PREFIX/previous" 2>/dev/null) || fail "no previous release to go back to"
  local now
  now=$(readlink "$PREFIX/current")
  point "$PREFIX/previous" "$now"
  point "$PREFIX/current" "$previous"
  say "current release: ${previous#releases/} (was ${now#releases/})"
  restart_into "rollback to ${previous#releases/}"
}

[ "$(id -u)" = 0 ] || fail "run as root: sudo $0 $*"
case "${1:-}" in
  --rollback) rollback; exit 0 ;;
  "") ;;
  *) fail "unknown option $1 (usage: install.sh [--rollback])" ;;
esac
version=$(cat "$HERE/VERSION")
check_bundle
debian_packages
kiosk_user
release "$version"
switch_to "$version"
forget_old_releases
kiosk_home
units
restart_into "upgrade to $version"
doctor
