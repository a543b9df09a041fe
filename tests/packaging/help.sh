#!/usr/bin/env bash
# `alliance-pilot --help` lists every verb, each with a one-line description,
# in English and in French. The verbs are those of the README's command-line
# table. A verb missing from the help makes the test fail.
#   help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR
set -euo pipefail
bin=${1:?usage: help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR}
src=${2:?usage: help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
verbs=$(sed -n 's/^| `alliance-pilot \([^ `]*\).*/\1/p' "$src/README.md")
[ -n "$verbs" ] || { echo "FAIL: no verb found in the README's table" >&2; exit 1; }
missing=0
for lang in en_GB.UTF-8 fr_FR.UTF-8; do
  help=$(env -u DISPLAY -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=$lang HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" \
           "$bin" --help 2>/dev/null)
  for verb in $verbs; do
    # "  VERB ARGUMENTS...   Description." on one line.
    grep -Eq "^  $verb( [^ ]+)*  +[^ ].*[.]$" <<<"$help" && continue
    echo "FAIL ($lang): --help has no line for '$verb' with a description" >&2
    missing=1
  done
done
case "$(env LANG=fr_FR.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" "$bin" --help 2>/dev/null)" in
  *Commandes*) ;;
  *) echo "FAIL: --help is not in French under LANG=fr_FR.UTF-8" >&2; missing=1 ;;
esac
[ $missing = 0 ] || exit 1
echo "help OK: $(echo $verbs)"
