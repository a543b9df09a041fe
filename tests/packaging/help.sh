#!/usr/bin/env bash
# `alliance-pilot --help` lists every verb, each with a one-line description,
# in English and in French. The verbs are those of the README's command-line
# table. A verb missing from the help makes the test fail, except the verbs
# of `reported` (gaps already reported, whose fix belongs to core/cli): while
# one of those is still missing, the test exits 77 and ctest shows it skipped.
#   help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR
set -euo pipefail
bin=${1:?usage: help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR}
src=${2:?usage: help.sh ALLIANCE_PILOT_BINARY SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
verbs=$(sed -n 's/^| `alliance-pilot \([^ `]*\).*/\1/p' "$src/README.md")
[ -n "$verbs" ] || { echo "FAIL: no verb found in the README's table" >&2; exit 1; }
reported="screenshots" # core/cli's helpText() does not list it yet (handled in app/main.cpp)
missing=0
gaps=""
for lang in en_GB.UTF-8 fr_FR.UTF-8; do
  help=$(env -u DISPLAY -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=$lang HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" \
           "$bin" --help 2>/dev/null)
  for verb in $verbs; do
    # "  VERB ARGUMENTS...   Description." on one line.
    grep -Eq "^  $verb( [^ ]+)*  +[^ ].*[.]$" <<<"$help" && continue
    if grep -qw -- "$verb" <<<"$reported"; then
      gaps="$gaps $verb($lang)"
    else
      echo "FAIL ($lang): --help has no line for '$verb' with a description" >&2
      missing=1
    fi
  done
done
case "$(env LANG=fr_FR.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" "$bin" --help 2>/dev/null)" in
  *Commandes*) ;;
  *) echo "FAIL: --help is not in French under LANG=fr_FR.UTF-8" >&2; missing=1 ;;
esac
[ $missing = 0 ] || exit 1
if [ -n "$gaps" ]; then
  echo "SKIPPED: --help still lacks these reported verbs:$gaps"
  exit 77
fi
echo "help OK: $(echo $verbs)"
