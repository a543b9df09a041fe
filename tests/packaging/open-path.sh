#!/usr/bin/env bash
# A project whose path has spaces and accents: created with `new --example`,
# then `validate` and `info` on it exit 0, in a UTF-8 locale and in the
# environment as it is. Then the window (offscreen platform, no display)
# opens it when given on the command line: its lock file appears beside it.
#   open-path.sh ALLIANCE_PILOT_BINARY
set -euo pipefail
bin=${1:?usage: open-path.sh ALLIANCE_PILOT_BINARY}
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
run() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
          XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" "$@"; }
n=0
for locale in "" C.UTF-8; do
  n=$((n + 1))
  dir="$tmp/x$n/Mon dossier é"
  file="$dir/Projet à tester.alliance"
  mkdir -p "$dir"
  prefix=()
  [ -z "$locale" ] || prefix=(env LC_ALL="$locale")
  run "${prefix[@]}" "$bin" new --example "$file" || fail "new --example \"$file\" (${locale:-inherited locale})"
  [ -s "$file" ] || fail "\"$file\" was not written"
  run "${prefix[@]}" "$bin" validate "$file" || fail "validate \"$file\" (${locale:-inherited locale})"
  out=$(run "${prefix[@]}" "$bin" info "$file") || fail "info \"$file\" (${locale:-inherited locale})"
  [ -n "$out" ] || fail "info printed nothing"
  echo "${locale:-inherited locale}: new, validate and info work on \"$file\""
done

# The window, given the file: opening it writes the lock file ".~NAME#".
lock="$(dirname "$file")/.~$(basename "$file")#"
# A simple command (not the run function), so that $! is the app itself.
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
  XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/home" \
  QT_QPA_PLATFORM=offscreen "$bin" "$file" >"$tmp/gui.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  [ -e "$lock" ] && break
  kill -0 $pid 2>/dev/null || { cat "$tmp/gui.log" >&2; fail "the window exited before opening \"$file\""; }
  sleep 0.2
done
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
! kill -0 $pid 2>/dev/null || { kill -KILL $pid 2>/dev/null; fail "the window did not quit on SIGTERM"; }
[ -e "$lock" ] || { cat "$tmp/gui.log" >&2; fail "the window did not open \"$file\" within 20 s"; }
echo "the window opened \"$file\""
