#!/usr/bin/env bash
# `screenshots FOLDER` on a fresh home (no name set in the preferences, no
# display): it must draw every picture and exit, never wait for someone to
# answer a question.
#   screenshots.sh ALLIANCE_PILOT_BINARY
set -euo pipefail
bin=${1:?usage: screenshots.sh ALLIANCE_PILOT_BINARY}
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
  XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/home" \
  timeout 120 "$bin" screenshots "$tmp/pictures" >"$tmp/log" 2>&1 \
  || { cat "$tmp/log" >&2; fail "screenshots did not finish (exit $?)"; }
# The start page, the seven steps and the dashboard (as shown, and whole), in two languages.
count=$(find "$tmp/pictures" -name '*.png' -size +1k | wc -l)
[ "$count" -eq 20 ] || { ls "$tmp/pictures" >&2; fail "$count pictures written, 20 expected"; }
echo "$count pictures written without anyone at the screen"
